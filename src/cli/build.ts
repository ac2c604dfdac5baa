import path from 'node:path';
import { countDiagnostics, promoteWarnings } from '../diagnostics/diagnostic.js';
import type { Locale } from '../diagnostics/translate.js';
import { build } from '../build/index.js';
import { formatInteger } from '../format/indonesian.js';
import { formatters } from '../report/index.js';
import type { Io } from './main.js';

interface Globals { locale: Locale; color: boolean; quiet: boolean }

/** Prints problems to stderr and the files written to stdout; returns the exit code. */
export async function buildCommand(dir: string, o: { out?: string; pdf?: boolean; strict?: boolean }, g: Globals, io: Io): Promise<number> {
  const result = await build(dir, { cwd: io.cwd, outDir: o.out, pdf: o.pdf, lang: g.locale, env: io.env, strict: o.strict });
  const diagnostics = o.strict ? promoteWarnings(result.diagnostics) : result.diagnostics;
  const counts = countDiagnostics(diagnostics);
  const shown = g.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  if (shown.length > 0) {
    const sources = new Map(result.project.files.map((f) => [f.file, f.text]));
    const text = formatters.text(shown, { locale: g.locale, color: g.color, sources });
    io.stderr(text.endsWith('\n') ? text : text + '\n');
  }
  if (counts.errors > 0) {
    io.stderr(g.locale === 'id' ? 'Tidak ada berkas yang ditulis.\n' : 'Nothing was written.\n');
    return 1;
  }
  if (!g.quiet) {
    const rel = (p: string) => {
      const r = path.relative(io.cwd, p);
      return r.startsWith('..') || path.isAbsolute(r) ? p : r;
    };
    const lines = result.files.map((f) => `  ${rel(f.path)}  (${formatInteger(Math.round(f.bytes / 1024))} KB)`);
    const pages = result.measured
      ? (g.locale === 'id' ? 'nomor halaman daftar isi diukur dengan LibreOffice' : 'table-of-contents page numbers measured with LibreOffice')
      : (g.locale === 'id' ? 'nomor halaman daftar isi DIPERKIRAKAN (LibreOffice tidak ada)' : 'table-of-contents page numbers ESTIMATED (no LibreOffice)');
    io.stdout(`${g.locale === 'id' ? `${result.files.length} berkas ditulis` : `${result.files.length} files written`} (${pages}):\n${lines.join('\n')}\n`);
  }
  return 0;
}
