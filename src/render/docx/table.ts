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

const ALIGN = {
  left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED,
} as const;
export const alignOf = (a: Align | undefined) => (a ? ALIGN[a] : undefined);

export function renderTable(ctx: Ctx, t: TableBlock): FileChild[] {
  const out: FileChild[] = [];
  const captionRuns = inlineRuns(t.caption);
  const label = t.number ? [new TextRun({ text: `${ctx.meta.labels.table} ${t.number} ` })] : [];
  out.push(
    new Paragraph({
      style: STYLE.tableCaption,
      keepNext: true,
      children: [new Bookmark({ id: bookmarkName(t.id), children: [...label, ...captionRuns] })],
    }),
  );
  const total = t.columns.reduce((s, c) => s + (c.width > 0 ? c.width : 0), 0) || t.columns.length;
  const widths = fitWidths(t.columns.map((c) => Math.floor((ctx.textWidth * (c.width > 0 ? c.width : total / t.columns.length)) / total)));
  const size = t.dense ? 18 : Math.min(ctx.meta.style.fontSize * 2, 22);
  if (t.head.length + t.body.length === 0) {
    ctx.warnings.push({ kind: 'docx-empty-table', message: `Tabel ${t.number || t.id} has no rows` });
    return out;
  }
  out.push(rawBlock(ctx, cachedTableXml(t, widths, size)));
  if (t.note && t.note.length > 0) out.push(new Paragraph({ style: STYLE.note, children: inlineRuns(t.note) }));
  else out.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  return out;
}

/** A figure's grid (a risk matrix): the table alone, no caption or note; the figure captions it. */
export function renderGrid(ctx: Ctx, grid: Pick<TableBlock, 'columns' | 'head' | 'body'>): FileChild[] {
  const table: TableBlock = { kind: 'table', id: '', number: '', caption: [], ...grid };
  const total = grid.columns.reduce((s, c) => s + c.width, 0);
  const widths = fitWidths(grid.columns.map((c) => Math.floor((ctx.textWidth * c.width) / total)));
  return [rawBlock(ctx, cachedTableXml(table, widths, Math.min(ctx.meta.style.fontSize * 2, 22)))];
}

/**
 * A table's XML depends only on the table, its column widths and font size: the page oracle's layout, the book
 * and its chapter file write the same tables, so each is written once.
 */
const written = new WeakMap<TableBlock, Map<string, Uint8Array>>();

function cachedTableXml(t: TableBlock, widths: number[], size: number): Uint8Array {
  const key = `${widths.join(',')}/${size}`;
  let forTable = written.get(t);
  if (!forTable) written.set(t, (forTable = new Map()));
  let xml = forTable.get(key);
  if (xml === undefined) {
    xml = tableXmlBytes(t.head, t.body, {
      widths,
      style: t.dense ? STYLE.tableTextDense : STYLE.tableText,
      // Rows stay whole unless one is too tall for a page: Word cuts off a no-split row longer than the page.
      cantSplit: (cells, header) => header || rowLines(cells, widths, size) <= MAX_WHOLE_ROW_LINES,
      columnAlign: (col) => t.columns[col]?.align,
      // Cell margins once for the table rather than on every cell.
      margins: { left: 80, right: 80, top: 20, bottom: 20 },
    });
    forTable.set(key, xml);
  }
  return xml;
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

/** Narrowest column (twips): "No" or a 4-digit year fits on one line at 9 pt with the cell margins. */
const MIN_COLUMN = 640;

/** Widens columns below MIN_COLUMN, taking the width from the widest column, so "No" never wraps as "N o". */
export function fitWidths(widths: number[]): number[] {
  const out = [...widths];
  for (let i = 0; i < out.length; i++) {
    const need = MIN_COLUMN - out[i];
    if (need <= 0) continue;
    const widest = out.reduce((best, w, k) => (w > out[best] ? k : best), 0);
    if (widest === i || out[widest] - need < MIN_COLUMN) continue;
    out[widest] -= need;
    out[i] += need;
  }
  return out;
}
