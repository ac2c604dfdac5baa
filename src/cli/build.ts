import path from 'node:path';
import { countDiagnostics, promoteWarnings } from '../diagnostics/diagnostic.js';
import { t, type Locale } from '../diagnostics/translate.js';
import { build } from '../build/index.js';
import { formatDuration } from '../format/duration.js';
import { formatInteger } from '../format/indonesian.js';
import { formatters } from '../report/index.js';
import type { Io } from './main.js';

interface Globals { locale: Locale; color: boolean; quiet: boolean }

/** What `build --result-json` prints on stdout, one line: read by `build --all` (src/build/all.ts). */
export interface RegionOutcome { errors: number; warnings: number; files: number }

/** Prints problems to stderr and the files written to stdout; returns the exit code. */
export async function buildCommand(dir: string, o: { out?: string; pdf?: boolean; strict?: boolean; stage?: 1 | 2 | 3 | 4; resultJson?: boolean }, g: Globals, io: Io): Promise<number> {
  // Progress (which file, how long) is a report on the run, so it goes to stderr; --quiet silences it.
  const onProgress = g.quiet ? undefined : progressLine(g.locale, io);
  const result = await build(dir, { cwd: io.cwd, outDir: o.out, pdf: o.pdf, lang: g.locale, env: io.env, strict: o.strict, stage: o.stage, onProgress });
  const diagnostics = o.strict ? promoteWarnings(result.diagnostics) : result.diagnostics;
  const counts = countDiagnostics(diagnostics);
  // --quiet hides progress only: every warning and error is still shown.
  const shown = diagnostics;
  if (shown.length > 0) {
    const sources = new Map(result.project.files.map((f) => [f.file, f.text]));
    const text = formatters.text(shown, { locale: g.locale, color: g.color, sources });
    io.stderr(text.endsWith('\n') ? text : text + '\n');
  }
  if (o.resultJson) {
    // For `build --all`: the parent reads the result as data, never our sentences.
    const outcome: RegionOutcome = { errors: counts.errors, warnings: counts.warnings, files: result.files.length };
    io.stdout(`${JSON.stringify(outcome)}\n`);
    return counts.errors > 0 ? 1 : 0;
  }
  if (counts.errors > 0) {
    io.stderr(`${t('SC9026', {}, g.locale)}\n`);
    return 1;
  }
  if (!g.quiet) {
    const rel = (p: string) => {
      const r = path.relative(io.cwd, p);
      return r.startsWith('..') || path.isAbsolute(r) ? p : r;
    };
    const lines = result.files.map((f) => `  ${rel(f.path)}  (${formatInteger(Math.round(f.bytes / 1024))} KB)`);
    io.stdout(`${t(result.measured ? 'SC9024' : 'SC9025', { count: result.files.length }, g.locale)}\n${lines.join('\n')}\n`);
  }
  return 0;
}

/** One stderr line per rendered output: `  … BAB-I-Pendahuluan.docx (312 ms)`. */
function progressLine(locale: Locale, io: Io): (e: { file: string; ms: number }) => void {
  return (e) => io.stderr(`  ${t('SC9027', { file: e.file, duration: formatDuration(e.ms, locale) }, locale)}\n`);
}

/** `build --all`: one line per region on stdout as it finishes, problems of failed regions on stderr; exit 1 if any failed. */
export async function buildAllCommand(dir: string, o: { out?: string; pdf?: boolean; strict?: boolean; stage?: 1 | 2 | 3 | 4; jobs?: number }, g: Globals, io: Io): Promise<number> {
  const { buildAll } = await import('../build/all.js');
  const results = await buildAll(dir, {
    cwd: io.cwd, out: o.out, pdf: o.pdf, strict: o.strict, stage: o.stage, lang: g.locale, env: io.env, jobs: o.jobs,
    onResult: (r) => {
      const data = { name: r.name, count: r.files, duration: formatDuration(r.ms, g.locale) };
      if (r.code === 0) {
        if (!g.quiet) io.stdout(`✔ ${t('SC9028', data, g.locale)}\n`);
        return;
      }
      io.stdout(`✘ ${t(r.code === 1 ? 'SC9029' : 'SC9030', data, g.locale)}\n`);
      // The child ran with --quiet: its stderr holds problems only.
      const problems = r.stderr.split('\n').filter((l) => l.trim() !== '');
      if (problems.length) io.stderr(problems.map((l) => `  ${r.name}: ${l}`).join('\n') + '\n');
    },
  });
  const failed = results.filter((r) => r.code !== 0).length;
  if (!g.quiet || failed) {
    io.stdout(`${t('SC9031', { built: results.length - failed, total: results.length }, g.locale)}\n`);
  }
  return failed > 0 ? 1 : 0;
}
