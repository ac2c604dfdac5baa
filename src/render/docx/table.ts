/**
 * Tables: caption ABOVE ("Tabel 3.2 …", plain-text number, TableCaption style, bookmarked for Daftar Tabel),
 * header rows repeated on every page, rows that do not split, column widths scaled to the text width,
 * shading for header / group / total cells, dense → 9 pt, and the source note under the table.
 */
import { AlignmentType, Bookmark, Paragraph, TextRun, type FileChild } from 'docx';
import type { Align, Cell, Table as TableBlock } from '../../compose/tree.js';
import { bookmarkName, rawBlock, type Ctx } from './context.js';
import { inlineRuns } from './inline.js';
import { STYLE } from './styles.js';
import { tableXmlBytes } from './table-xml.js';
import type { Typeset } from './typeset.js';
import { fitToContent, minimumWidths } from './widths.js';

const ALIGN = {
  left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED,
} as const;
export const alignOf = (a: Align | undefined) => (a ? ALIGN[a] : undefined);

export function renderTable(ctx: Ctx, t: TableBlock): FileChild[] {
  const out: FileChild[] = [];
  const captionRuns = inlineRuns(t.caption, ctx.typeset);
  const label = t.number ? [new TextRun({ text: `${ctx.meta.labels.table} ${t.number} ` })] : [];
  out.push(
    new Paragraph({
      style: STYLE.tableCaption,
      keepNext: true,
      children: [new Bookmark({ id: bookmarkName(t.id), children: [...label, ...captionRuns] })],
    }),
  );
  const { widths, size } = layoutColumns(ctx, t);
  if (t.head.length + t.body.length === 0) {
    ctx.warnings.push({ kind: 'docx-empty-table', subject: t.number ? `${ctx.meta.labels.table} ${t.number}` : t.id, message: 'no rows' });
    return out;
  }
  out.push(rawBlock(ctx, cachedTableXml(ctx, t, widths, size, styleOf(ctx, t, size))));
  if (t.note && t.note.length > 0) out.push(new Paragraph({ style: STYLE.note, children: inlineRuns(t.note, ctx.typeset) }));
  else out.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  return out;
}

/** A figure's grid (a risk matrix): the table alone, no caption or note; the figure captions it. */
export function renderGrid(ctx: Ctx, grid: Pick<TableBlock, 'columns' | 'head' | 'body'>): FileChild[] {
  const table: TableBlock = { kind: 'table', id: '', number: '', caption: [], ...grid };
  const { widths, size } = layoutColumns(ctx, table);
  return [rawBlock(ctx, cachedTableXml(ctx, table, widths, size, styleOf(ctx, table, size)))];
}

/**
 * A table's XML depends only on the table, its column widths and font size, and the document's typesetter: the
 * page oracle's layout, the book and its chapter file write the same tables, so each is written once.
 */
const written = new WeakMap<Typeset, WeakMap<TableBlock, Map<string, Uint8Array>>>();

function cachedTableXml(ctx: Ctx, t: TableBlock, widths: number[], size: number, style: string): Uint8Array {
  const key = `${widths.join(',')}/${size}`;
  let forTypeset = written.get(ctx.typeset);
  if (!forTypeset) written.set(ctx.typeset, (forTypeset = new WeakMap()));
  let forTable = forTypeset.get(t);
  if (!forTable) forTypeset.set(t, (forTable = new Map()));
  let xml = forTable.get(key);
  if (xml === undefined) {
    xml = tableXmlBytes(t.head, t.body, {
      widths,
      style,
      // Rows stay whole unless one is too tall for a page: Word cuts off a no-split row longer than the page.
      cantSplit: (cells, header) => header || rowLines(cells, widths, size) <= MAX_WHOLE_ROW_LINES,
      keepWithNext: keepRule(t, widths, size),
      columnAlign: (col) => t.columns[col]?.align,
      // Cell margins once for the table rather than on every cell.
      margins: { left: 80, right: 80, top: 20, bottom: 20 },
      typeset: ctx.typeset,
    });
    forTable.set(key, xml);
  }
  return xml;
}

/** A table of at most this many body rows and estimated lines is never split across pages. */
const SMALL_TABLE = { rows: 12, lines: 30 } as const;

/**
 * Which body rows keep with the row below: every row of a small table (it moves to the next page whole, e.g. the
 * 2×2 SWOT matrix), and in a larger one the rows before its second row of content, so the caption and header
 * (which keep with what follows) never end a page with one row under them (group rows are sub-headings, not
 * content), and the row above a closing total row, so a total never stands alone; the last row keeps with the
 * table's note.
 */
function keepRule(t: TableBlock, widths: number[], size: number): (index: number) => boolean {
  const last = t.body.length - 1;
  // The last row keeps with the source note under the table, so a note never opens a page alone.
  const noted = Boolean(t.note && t.note.length > 0);
  const lines = t.body.reduce((n, r) => n + rowLines(r, widths, size), 0);
  if (t.body.length <= SMALL_TABLE.rows && lines <= SMALL_TABLE.lines) return (i) => i < last || noted;
  const closesWithTotal = t.body[last]?.some((c) => c.shade === 'total') ?? false;
  const content = t.body.map((r, i) => (r.some((c) => c.shade === 'group') ? -1 : i)).filter((i) => i >= 0);
  const opening = content[1] ?? 0;
  return (i) => i < opening || (closesWithTotal && i === last - 1) || (noted && i === last);
}

/** A row of at most this many estimated lines never splits across pages (a third of a page). */
const MAX_WHOLE_ROW_LINES = 15;

/** Estimated lines of a row's tallest cell: characters per line from the column width and font size. */
function rowLines(cells: Cell[], widths: number[], halfPoints: number): number {
  let col = 0;
  let most = 1;
  for (const c of cells) {
    const span = c.colSpan ?? 1;
    const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0) - 160;
    // The font size in twips is halfPoints × 10; an average character is about 0.55 of it wide.
    const perLine = Math.max(1, Math.floor(width / (halfPoints * 5.5)));
    const lines = plainLines(c).reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
    most = Math.max(most, lines);
    col += span;
  }
  return most;
}

function plainLines(c: Cell): string[] {
  const parts: string[] = [''];
  const walk = (xs: Cell['content']) => xs.forEach((x) => {
    if (x.kind === 'break') parts.push('');
    else if (x.kind === 'text' || x.kind === 'ref') parts[parts.length - 1] += x.text;
    else walk(x.children);
  });
  walk(c.content);
  return parts;
}

/** The table's font sizes to try (half-points): its own, then 9 pt, then 8 pt, the smallest a reader accepts. */
function sizesFor(ctx: Ctx, t: TableBlock): number[] {
  const own = t.dense ? 18 : Math.min(ctx.meta.style.fontSize * 2, 22);
  return [own, 18, 16].filter((s, i, all) => s <= own && all.indexOf(s) === i);
}

function styleOf(ctx: Ctx, t: TableBlock, size: number): string {
  if (size === 16) return STYLE.tableTextSmall;
  if (size === Math.min(ctx.meta.style.fontSize * 2, 22) && !t.dense) return STYLE.tableText;
  return STYLE.tableTextDense;
}

/**
 * Column widths from the content at the largest size that fits every column's longest word or number (see
 * widths.ts); when even 8 pt cannot, the relative widths at 8 pt and a warning (the compose step decides the
 * unit and orientation that make a table fit, e.g. Rp juta or a landscape page).
 */
function layoutColumns(ctx: Ctx, t: TableBlock): { widths: number[]; size: number } {
  const total = t.columns.reduce((s, c) => s + (c.width > 0 ? c.width : 0), 0) || t.columns.length;
  const wanted = t.columns.map((c) => Math.floor((ctx.textWidth * (c.width > 0 ? c.width : total / t.columns.length)) / total));
  const sizes = sizesFor(ctx, t);
  for (const size of sizes) {
    const widths = fitToContent(wanted, minimumWidths(t, size, ctx.meta.style.font, ctx.typeset), ctx.textWidth);
    if (widths) return { widths, size };
  }
  ctx.warnings.push({ kind: 'docx-table-too-wide', subject: t.number ? `${ctx.meta.labels.table} ${t.number}` : t.id, message: '8 pt' });
  return { widths: wanted, size: sizes[sizes.length - 1] };
}
