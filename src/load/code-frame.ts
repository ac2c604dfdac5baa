import type { Pos } from '../diagnostics/diagnostic.js';

export interface CodeFrameOptions {
  /** Lines shown before and after the first line of the range (default 1). */
  context?: number;
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

  const line = lines[lineNo - 1] ?? '';
  const col = Math.min(Math.max(1, start.column), line.length + 1);
  const endCol = end.line === start.line ? Math.min(end.column, line.length + 1) : line.length + 1;
  const carets = '^'.repeat(Math.max(1, endCol - col));
  const padding = line.slice(0, col - 1).replace(/[^\t]/g, ' ');

  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const marker = n === lineNo ? '>' : ' ';
    const source = lines[n - 1] ?? '';
    out.push(`${marker} ${String(n).padStart(width)} |${source === '' ? '' : ' ' + source}`);
    if (n === lineNo) out.push(`  ${' '.repeat(width)} | ${padding}${carets}`);
  }
  return out.join('\n');
}
