/** `smartcity templates`: copies the built-in narrative templates into a project, where a build prefers them. */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../diagnostics/translate.js';
import { writeAtomic } from '../render/write.js';
import { UsageError } from './errors.js';
import type { Io } from './main.js';

/** `templates/` at the package root (the same path from src/cli and dist/cli); kept free of handlebars. */
const TEMPLATE_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

interface Globals { locale: Locale; quiet: boolean }

async function walk(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p, base)));
    else if (e.name.endsWith('.md.hbs')) out.push(path.relative(base, p));
  }
  return out;
}

/**
 * Copies `templates/<lang>/**` into `<dir>/templates/<lang>/` (or `<out>/<lang>/`). Refuses to overwrite any
 * existing file (SC9009, nothing written) unless `force`.
 */
export async function templatesCommand(dir: string, o: { out?: string; force?: boolean; lang?: 'id' }, g: Globals, io: Io): Promise<number> {
  const lang = o.lang ?? 'id';
  const target = o.out ? path.resolve(io.cwd, o.out) : path.resolve(io.cwd, dir, 'templates');
  const names = await walk(path.join(TEMPLATE_DIR, lang));
  const rel = (p: string) => {
    const r = path.relative(io.cwd, p);
    return r.startsWith('..') || path.isAbsolute(r) ? p : r;
  };
  if (!o.force) {
    const existing = names.map((n) => path.join(target, lang, n)).find((p) => existsSync(p));
    if (existing) throw new UsageError('SC9009', { path: rel(existing) });
  }
  for (const n of names) {
    const dest = path.join(target, lang, n);
    try {
      await writeAtomic(dest, await readFile(path.join(TEMPLATE_DIR, lang, n)));
    } catch (error) {
      throw new UsageError('SC9004', { path: rel(dest), reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
    }
  }
  if (!g.quiet) {
    io.stdout(g.locale === 'id'
      ? `${names.length} templat disalin ke ${rel(path.join(target, lang))}; sunting seperlunya, build berikutnya memakainya.\n`
      : `${names.length} templates copied to ${rel(path.join(target, lang))}; edit them, the next build uses them.\n`);
  }
  return 0;
}
