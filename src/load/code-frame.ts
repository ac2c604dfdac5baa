import type { Pos } from '../diagnostics/diagnostic.js';

export interface CodeFrameOptions {
  /** Lines shown before and after the first line of the range (default 1). */
  context?: number;
  /** Longest line shown in full; longer lines are cut to a window around the range, marked with … (default 160). */
  maxWidth?: number;
}

/**
 * A plain-text excerpt of `text` around `start`..`end` (1-based lines and columns):
 *
 *     2 | kind: Program
 *   > 3 | lead: dinas-xyz
 *       |       ^^^^^^^^^
 *     4 | year: 2025
 *
 * At least one caret is drawn; a range spanning lines is underlined to the end of its first line.
 * Tabs are kept as they are in both the source line and the caret padding, so the caret stays
 * under the right character whatever the terminal's tab width. No colour: callers add it.
 * A line longer than `maxWidth` (minified YAML, a 40,000-character flow list) is cut to a window
 * around the range, so one diagnostic never floods the terminal.
 */
export function codeFrame(text: string, start: Pos, end: Pos, opts: CodeFrameOptions = {}): string {
  const context = Math.max(0, opts.context ?? 1);
  const lines = text.split(/\r\n|\r|\n/);
  // A final newline ends the last line rather than starting an empty one, unless the range is there.
  if (lines.length > 1 && lines[lines.length - 1] === '' && start.line < lines.length) lines.pop();
  const lineNo = Math.min(Math.max(1, start.line), lines.length);
  const first = Math.max(1, lineNo - context);
  const last = Math.min(lines.length, lineNo + context);
  const width = String(last).length;

  const maxWidth = Math.max(20, opts.maxWidth ?? 160);
  const full = lines[lineNo - 1] ?? '';
  const col0 = Math.min(Math.max(1, start.column), full.length + 1);
  const endCol0 = end.line === start.line ? Math.min(end.column, full.length + 1) : full.length + 1;
  // The window [from, from + maxWidth) of the marked line, starting a little before the range.
  const from = full.length <= maxWidth ? 0 : Math.max(0, Math.min(col0 - 1 - Math.floor(maxWidth / 4), full.length - maxWidth));
  const cut = (text: string): string => {
    if (text.length <= maxWidth) return text;
    const piece = text.slice(from, from + maxWidth);
    return (from > 0 ? '…' : '') + piece + (from + maxWidth < text.length ? '…' : '');
  };
  const lead = from > 0 && full.length > maxWidth ? 1 : 0; // the leading "…"
  const col = col0 - from + lead;
  const endCol = Math.min(endCol0 - from, maxWidth + 1) + lead;
  const carets = '^'.repeat(Math.max(1, endCol - col));
  const padding = (lead ? ' ' : '') + full.slice(from, col0 - 1).replace(/[^\t]/g, ' ');

  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const marker = n === lineNo ? '>' : ' ';
    const source = n === lineNo ? cut(full) : (lines[n - 1] ?? '').length > maxWidth ? (lines[n - 1] ?? '').slice(0, maxWidth) + '…' : lines[n - 1] ?? '';
    out.push(`${marker} ${String(n).padStart(width)} |${source === '' ? '' : ' ' + source}`);
    if (n === lineNo) out.push(`  ${' '.repeat(width)} | ${padding}${carets}`);
  }
  return out.join('\n');
}
