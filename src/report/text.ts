import { countDiagnostics, sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { Diagnostic, Severity, SourceLocation } from '../diagnostics/diagnostic.js';
import { codeName } from '../diagnostics/codes.js';
import { t } from '../diagnostics/translate.js';
import { codeFrame } from '../load/code-frame.js';
import { cyan, dim, green, red, yellow } from './ansi.js';
import type { FormatContext, Formatter } from './types.js';

const words = {
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint: did you mean', related: 'related' },
  id: { error: 'kesalahan', warning: 'peringatan', info: 'info', hint: 'saran: maksud Anda', related: 'terkait' },
} as const;

const paint: Record<Severity, (s: string, on: boolean) => string> = { error: red, warning: yellow, info: cyan };

const where = (l: SourceLocation): string => `${l.file}:${l.start.line}:${l.start.column}`;

function block(d: Diagnostic, ctx: FormatContext): string {
  const w = words[ctx.locale];
  const severity = paint[d.severity](w[d.severity], ctx.color);
  const message = t(d.code, d.data, ctx.locale);
  const label = `[${d.code} ${codeName(d.code)}]`;
  if (!d.location) return `smartcity: ${severity} ${message} ${label}`;
  const out = [`${where(d.location)}  ${severity}  ${message}  ${label}`];
  const source = ctx.sources.get(d.location.file);
  if (source !== undefined) {
    const frame = codeFrame(source, d.location.start, d.location.end);
    out.push(...frame.split('\n').map((line) => dim(`  ${line}`, ctx.color)));
  }
  if (d.suggestion !== undefined) out.push(`  ${w.hint} "${d.suggestion}"?`);
  for (const r of d.related ?? []) out.push(`  ${w.related}: ${where(r)}`);
  return out.join('\n');
}

function summary(list: readonly Diagnostic[], ctx: FormatContext): string {
  const c = countDiagnostics(list);
  const en = ctx.locale === 'en';
  if (list.length === 0) return green(en ? '✔ no problems' : '✔ tidak ada masalah', ctx.color);
  const n = (count: number, one: string, many: string) => `${count} ${en && count !== 1 ? many : one}`;
  const parts = [
    n(c.errors, words[ctx.locale].error, 'errors'),
    n(c.warnings, words[ctx.locale].warning, 'warnings'),
  ];
  if (c.infos > 0) parts.push(n(c.infos, 'info', 'infos'));
  const line = `✖ ${parts.join(', ')}`;
  return c.errors > 0 ? red(line, ctx.color) : c.warnings > 0 ? yellow(line, ctx.color) : line;
}

/** One block per diagnostic (sorted), a blank line between blocks, then a count line. */
export const formatText: Formatter = (diagnostics, ctx) => {
  const sorted = sortDiagnostics(diagnostics);
  const blocks = sorted.map((d) => block(d, ctx));
  return [...blocks, summary(sorted, ctx)].join('\n\n') + '\n';
};
