/** `smartcity init`: scaffolds a project that validates and builds at once (see src/init/scaffold.ts). */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Code } from '../diagnostics/codes.js';
import { t, type Locale } from '../diagnostics/translate.js';
import { SCAFFOLD_SCHEMAS, scaffold } from '../init/scaffold.js';
import { writeAtomic } from '../render/write.js';
import { UsageError } from './errors.js';
import type { Io } from './main.js';
import { SCHEMA_DIR } from './schema.js';

export interface InitOptions {
  region: string;
  type?: 'kabupaten' | 'kota';
  province?: string;
  start?: number;
  force?: boolean;
  /** What the CI workflow installs smartcity from (see ScaffoldOptions.install). */
  installFrom?: string;
}

interface Globals { locale: Locale; quiet: boolean }

const rel = (cwd: string, p: string): string => {
  const r = path.relative(cwd, p);
  return r === '' ? '.' : r.startsWith('..') || path.isAbsolute(r) ? p : r;
};

/** Writes the project; refuses a folder that already holds one (SC9007) unless `force`. Returns the exit code. */
export async function initCommand(dir: string, o: InitOptions, g: Globals, io: Io, version: string): Promise<number> {
  const root = path.resolve(io.cwd, dir);
  const region = o.region.trim().replace(/^(kabupaten|kab\.|kota)\s+/i, '');
  if (region === '') throw new UsageError('SC9023', {});
  if (!o.force && existsSync(path.join(root, 'smartcity.yaml'))) throw new UsageError('SC9007', { path: rel(io.cwd, root) });

  const files = scaffold({
    region,
    type: o.type ?? (/^kota\s/i.test(o.region.trim()) ? 'kota' : 'kabupaten'),
    province: o.province,
    start: o.start ?? new Date().getFullYear() + 1,
    install: await installSource(root, o.installFrom, version, io),
  });
  const written: string[] = [];
  const kept: string[] = [];
  for (const [name, text] of files) {
    const target = path.join(root, name);
    // Files a repository may already have (README, .gitignore, the workflow) are kept unless --force.
    if (!o.force && existsSync(target)) {
      kept.push(name);
      continue;
    }
    await write(target, text, io);
    written.push(name);
  }
  for (const name of SCAFFOLD_SCHEMAS) {
    await write(path.join(root, 'schemas', name), await readFile(path.join(SCHEMA_DIR, name)), io);
    written.push(`schemas/${name}`);
  }
  if (!g.quiet) {
    const where = rel(io.cwd, root);
    const say = (code: Code, data: Record<string, string | number> = {}) => t(code, data, g.locale);
    const lines = [
      say('SC9037', { path: where, count: written.length }),
      ...written.map((n) => `  ${n}`),
      ...(kept.length ? [say('SC9038', { files: kept.join(', ') })] : []),
      '',
      say('SC9039'),
      `  smartcity validate ${where}`,
      `  smartcity build ${where}`,
      say('SC9040'),
    ];
    io.stdout(lines.join('\n') + '\n');
  }
  return 0;
}

/**
 * The workflow's SMARTCITY_INSTALL. A tarball on this machine (made by `npm pack`) is copied into
 * `<project>/.smartcity/`, so the workflow installs exactly that version from the repository itself;
 * a URL or a git spec is written as given. Without one, the tarball the README's install steps make.
 */
async function installSource(root: string, from: string | undefined, version: string, io: Io): Promise<string> {
  if (from === undefined) return `./.smartcity/smartcity-${version}.tgz`;
  const local = path.resolve(io.cwd, from);
  if (/\.tgz$/.test(from) && existsSync(local)) {
    const name = path.basename(local);
    await write(path.join(root, '.smartcity', name), await readFile(local), io);
    return `./.smartcity/${name}`;
  }
  return from;
}

async function write(target: string, bytes: string | Uint8Array, io: Io): Promise<void> {
  try {
    await writeAtomic(target, bytes);
  } catch (error) {
    throw new UsageError('SC9004', { path: rel(io.cwd, target), reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
  }
}
