/**
 * Which rows of a table hold together across a page break, from an estimate of each row's height in lines (the
 * layout engine's own heights are unknown when the document is written).
 */
import type { Cell, Table } from '../../compose/tree.js';
import { CELL_MARGINS } from '../../layout/widths.js';

/** A table line's height in twips per half-point of font size: single spacing (~1.15 em) and the paragraph's spacing. */
export const LINE_TWIPS_PER_HALF_POINT = 12;

/** A table of at most this many body rows and estimated lines is never split across pages (see keptWhole). */
export const SMALL_TABLE = { rows: 12, lines: 30 } as const;

/**
 * The most of a page a table kept whole may take (issue 17): moved whole to the next page, it leaves blank what it
 * could not fill, up to its own height. 30 lines were 57 % of a portrait page at 11 pt and 71 % of a landscape one at
 * 9 pt, and Buku III's detail tables (29 lines) left pages under headings half empty.
 */
export const KEEP_WHOLE_SHARE = 0.4;

/**
 * Body rows a split table never leaves alone on its last page: the rows before the last TAIL_ROWS keep with the
 * next, so a table's tail is a few rows a reader can follow, not a row or a total under a repeated header.
 */
export const TAIL_ROWS = 3;

/**
 * What a row takes beyond its lines of text: the cell margins (1 pt above and below, table.ts) and its paragraph's
 * spacing (1 pt before and after, the Table Text style), about 4 pt, a third of a table line (issue 17: without it,
 * tables of one-line rows ran 25–35 % taller than estimated, and "small" ones kept whole took half a page).
 */
export const ROW_EXTRA_LINES = 0.35;

/** Whether a table of these body row heights (estimated lines) moves to the next page whole rather than split. */
export function keptWhole(heights: number[], pageLines: number): boolean {
  const lines = heights.reduce((n, h) => n + h, 0);
  return heights.length <= SMALL_TABLE.rows && lines <= Math.min(SMALL_TABLE.lines, Math.floor(KEEP_WHOLE_SHARE * pageLines));
}

/**
 * Lines of content a caption and its header keep under them on their page (issue 17): counted in lines, not rows,
 * so one tall row is enough and two one-line rows are not; keeping whole rows up to a count of rows moved blocks
 * of tall rows to the next page and left nearly empty pages behind. The page checker's minimum
 * (scripts/page-check.mjs, MIN_LINES_UNDER_CAPTION) is the same number, judged on the laid-out page.
 */
export const CAPTION_CONTENT_LINES = 3;

/** A row of at most this many estimated lines never splits across pages (a third of a page). */
export const MAX_WHOLE_ROW_LINES = 15;

/** How a table's rows hold together: whether a row may not split, and whether body row `index` keeps with the next. */
export interface RowHolds {
  cantSplit: (cells: Cell[], header: boolean, index: number) => boolean;
  keepWithNext: (index: number) => boolean;
}

/**
 * Rows stay whole unless one is too tall for a page (Word cuts off a no-split row longer than the page) or, away
 * from the caption, taller than MAX_WHOLE_ROW_LINES (a gap that large is worse than a split row). The rows that
 * complete the caption's lines stay whole whenever they fit on a page under the caption and header: split, they
 * would leave a line or two of a row under the caption (issue 17).
 * Every body row keeps with the next in a small table (it moves to the next page whole, e.g. the 2×2 SWOT matrix);
 * in a larger one, the rows before the one that brings the content under the caption to CAPTION_CONTENT_LINES
 * (group rows are sub-headings, not content; header rows always keep with the next row), and the rows before the
 * last TAIL_ROWS body rows (a closing total not counted), so a table never ends on a page with a row or a total
 * alone; the last row keeps with the table's note (its last row, table-xml.ts), so a note never opens a page alone.
 */
export function rowHolds(t: Pick<Table, 'head' | 'body' | 'note'>, widths: number[], halfPoints: number, pageLines: number): RowHolds {
  const last = t.body.length - 1;
  const noted = Boolean(t.note && t.note.length > 0);
  const heights = bodyHeights(t, widths, halfPoints);
  // What a page holds under the caption's line and the header rows.
  const underCaption = pageLines - 1 - headLines(t, widths, halfPoints);
  if (keptWhole(heights, pageLines)) {
    return { cantSplit: (_, header, i) => header || heights[i] <= underCaption, keepWithNext: (i) => i < last || noted };
  }
  const closesWithTotal = t.body[last]?.some((c) => c.shade === 'total') ?? false;
  // The tail: TAIL_ROWS body rows and the total, fewer when more would take over KEEP_WHOLE_SHARE of a page (three
  // tall program rows held together would leave as large a gap as a table kept whole).
  let tail = last;
  for (let i = last, rows = 0, lines = 0; i >= 0 && rows < TAIL_ROWS + (closesWithTotal ? 1 : 0); i--, rows++) {
    lines += heights[i];
    if (rows > 0 && lines > KEEP_WHOLE_SHARE * pageLines) break;
    tail = i;
  }
  const opening = openingRow(t, widths, halfPoints);
  return {
    cantSplit: (_, header, i) => header || heights[i] <= Math.min(MAX_WHOLE_ROW_LINES, underCaption) || (i <= opening && heights[i] <= underCaption),
    keepWithNext: (i) => i < opening || (closesWithTotal && i === last - 1) || (noted && i === last) || (i < last && i >= tail),
  };
}

const bodyHeights = (t: Pick<Table, 'body'>, widths: number[], halfPoints: number): number[] =>
  t.body.map((r) => rowLines(r, widths, halfPoints) + ROW_EXTRA_LINES);

const headLines = (t: Pick<Table, 'head'>, widths: number[], halfPoints: number): number =>
  t.head.reduce((n, r) => n + rowLines(r, widths, halfPoints) + ROW_EXTRA_LINES, 0);

/** The body row that brings the content under the caption to CAPTION_CONTENT_LINES (group rows are not content). */
function openingRow(t: Pick<Table, 'body'>, widths: number[], halfPoints: number): number {
  for (let i = 0, seen = 0; i < t.body.length; i++) {
    if (t.body[i].some((c) => c.shade === 'group')) continue;
    // Unrounded: a row whose text runs two characters into an estimated third line may well lay out in two (the
    // character width is an average), and then it alone leaves two lines under the caption (issue 17).
    seen += rowLines(t.body[i], widths, halfPoints, false);
    if (seen >= CAPTION_CONTENT_LINES) return i;
  }
  return t.body.length - 1;
}

/**
 * Estimated lines of a table that a page break cannot part from its caption: the header rows, and the whole body
 * when the table is kept whole, else the rows up to the opening one (rowHolds).
 */
export function linesWithCaption(t: Pick<Table, 'head' | 'body'>, widths: number[], halfPoints: number, pageLines: number): number {
  const heights = bodyHeights(t, widths, halfPoints);
  const kept = keptWhole(heights, pageLines) ? heights.length : openingRow(t, widths, halfPoints) + 1;
  return headLines(t, widths, halfPoints) + heights.slice(0, kept).reduce((n, h) => n + h, 0);
}

/**
 * Estimated lines of a row's tallest cell: characters per line from the column width and font size. `whole` false
 * gives the unrounded estimate (a line's last part as the fraction of a line it fills), for a lower bound.
 */
export function rowLines(cells: Cell[], widths: number[], halfPoints: number, whole = true): number {
  let col = 0;
  let most = 1;
  for (const c of cells) {
    const span = c.colSpan ?? 1;
    let width = -CELL_MARGINS;
    for (let k = col; k < col + span && k < widths.length; k++) width += widths[k];
    // The font size in twips is halfPoints × 10; an average character is about 0.55 of it wide.
    const perLine = Math.max(1, Math.floor(width / (halfPoints * 5.5)));
    const lines = plainLines(c).reduce((n, line) => n + Math.max(1, whole ? Math.ceil(line.length / perLine) : line.length / perLine), 0);
    most = Math.max(most, lines);
    col += span;
  }
  return most;
}

/** A cell's lines of text (split at its breaks), kept per cell: the page estimate and the keeps both measure every row. */
const cellLines = new WeakMap<Cell, string[]>();

function plainLines(c: Cell): string[] {
  let lines = cellLines.get(c);
  if (!lines) cellLines.set(c, (lines = splitLines(c)));
  return lines;
}

function splitLines(c: Cell): string[] {
  const parts: string[] = [''];
  const walk = (xs: Cell['content']) => xs.forEach((x) => {
    if (x.kind === 'break') parts.push('');
    else if (x.kind === 'text' || x.kind === 'ref') parts[parts.length - 1] += x.text;
    else walk(x.children);
  });
  walk(c.content);
  return parts;
}
