import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { codeName } from '../diagnostics/codes.js';
import { t } from '../diagnostics/translate.js';
import { formatText } from './text.js';
import type { FormatContext, Formatter } from './types.js';

const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

// GitHub reads one workflow command per line, so a raw newline in a message would end the command
// and the rest would print as plain log text; `%` is the escape character itself, so it goes first.
// (Rules from actions/toolkit `command.ts`: escapeData and escapeProperty.)
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

// Properties are `key=value` pairs separated by `,` and ended by `::`, so `,` and `:` inside a value
// (a Windows path, a title) would cut it short unless escaped as well.
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function annotation(d: Diagnostic, ctx: FormatContext): string {
  const props: [string, string | number][] = [];
  const l = d.location;
  if (l) {
    props.push(['file', l.file], ['line', l.start.line], ['col', l.start.column]);
    props.push(['endLine', l.end.line], ['endColumn', l.end.column]);
  }
  props.push(['title', `${d.code} ${codeName(d.code)}`]);
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${command[d.severity]} ${list}::${escapeData(t(d.code, d.data, ctx.locale))}`;
}

/**
 * Annotations first, then the full text report: GitHub shows only ten annotations of each kind
 * per step, so the log must still hold everything. Never coloured.
 */
export const formatGithub: Formatter = (diagnostics, ctx) => {
  const lines = sortDiagnostics(diagnostics).map((d) => annotation(d, ctx));
  const text = formatText(diagnostics, { ...ctx, color: false });
  return lines.length ? `${lines.join('\n')}\n${text}` : text;
};
