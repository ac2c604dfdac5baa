/**
 * Tables: caption ABOVE ("Tabel 3.2 …", plain-text number, TableCaption style, bookmarked for Daftar Tabel),
 * header rows repeated on every page, rows that do not split, column widths scaled to the text width,
 * shading for header / group / total cells, dense → 9 pt, and the source note under the table.
 */
import { AlignmentType, Bookmark, LineRuleType, Paragraph, TextRun, type FileChild } from 'docx';
import type { Align, Table as TableBlock } from '../../compose/tree.js';
import { columnsFor, fitTable } from '../../layout/fit.js';
import type { Typeset } from '../../layout/typeset.js';
import { bookmarkName, rawBlock, type Ctx } from './context.js';
import { inlineRuns } from './inline.js';
import { lineTwips, STYLE } from './styles.js';
import { tableXmlBytes } from './table-xml.js';
import { LINE_TWIPS_PER_HALF_POINT, linesWithCaption, rowHolds } from './table-keep.js';

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
  // The note is the table's last row (table-xml.ts, noteRow); the paragraph after the table only spaces it, under
  // a note by the 12 pt the note's style leaves after it (an exact line: an empty line of body text is 18 pt).
  out.push(new Paragraph({ spacing: noted(t) ? { after: 0, line: 240, lineRule: LineRuleType.EXACT } : { after: 120 }, children: [] }));
  return out;
}

/** A figure's grid (a risk matrix): the table alone, no caption or note; the figure captions it. */
export function renderGrid(ctx: Ctx, grid: Pick<TableBlock, 'columns' | 'head' | 'body'>): FileChild[] {
  const table: TableBlock = { kind: 'table', id: '', number: '', caption: [], ...grid };
  const { widths, size } = layoutColumns(ctx, table);
  return [rawBlock(ctx, cachedTableXml(ctx, table, widths, size, styleOf(ctx, table, size)))];
}

/**
 * A table's XML depends only on the table, its column widths, font size and page height, and the document's typesetter: the
 * page oracle's layout, the book and its chapter file write the same tables, so each is written once.
 */
const written = new WeakMap<Typeset, WeakMap<TableBlock, Map<string, Uint8Array>>>();

function cachedTableXml(ctx: Ctx, t: TableBlock, widths: number[], size: number, style: string): Uint8Array {
  const key = `${widths.join(',')}/${size}/${ctx.textHeight}`;
  let forTypeset = written.get(ctx.typeset);
  if (!forTypeset) written.set(ctx.typeset, (forTypeset = new WeakMap()));
  let forTable = forTypeset.get(t);
  if (!forTable) forTypeset.set(t, (forTable = new Map()));
  let xml = forTable.get(key);
  if (xml === undefined) {
    xml = tableXmlBytes(t.head, t.body, {
      widths,
      style,
      ...rowHolds(t, widths, size, Math.floor(ctx.textHeight / (size * LINE_TWIPS_PER_HALF_POINT))),
      columnAlign: (col) => t.columns[col]?.align,
      // Cell margins once for the table rather than on every cell.
      margins: { left: 80, right: 80, top: 20, bottom: 20 },
      typeset: ctx.typeset,
      ...(noted(t) ? { note: { content: t.note!, style: STYLE.note } } : {}),
    });
    forTable.set(key, xml);
  }
  return xml;
}

const noted = (t: TableBlock): boolean => Boolean(t.note && t.note.length > 0);

function styleOf(ctx: Ctx, t: TableBlock, size: number): string {
  if (size === 16) return STYLE.tableTextSmall;
  if (size === Math.min(ctx.meta.style.fontSize * 2, 22) && !t.dense) return STYLE.tableText;
  return STYLE.tableTextDense;
}

/**
 * Column widths from the content at the largest size that fits every column's longest word or number
 * (layout/fit.ts); when even 8 pt cannot, the relative widths at 8 pt and a warning. Compose has chosen the page
 * and money unit by the same rule (a landscape page, Rp juta), so this warns only of a table nothing could fit.
 */
function layoutColumns(ctx: Ctx, t: TableBlock): { widths: number[]; size: number } {
  const style = { style: ctx.meta.style, typeset: ctx.typeset };
  if (!fitTable(t, ctx.textWidth, style)) ctx.warnings.push({ kind: 'docx-table-too-wide', subject: t.number ? `${ctx.meta.labels.table} ${t.number}` : t.id, message: '8 pt' });
  return columnsFor(t, ctx.textWidth, style);
}

/**
 * The estimated height (twips) of what a page break cannot part from a table's caption: the caption, the header, and
 * the whole table when it is kept whole, else its opening rows (table-keep.ts).
 */
export function captionKeepsTwips(ctx: Ctx, t: TableBlock): number {
  const { widths, size } = columnsFor(t, ctx.textWidth, { style: ctx.meta.style, typeset: ctx.typeset });
  const line = size * LINE_TWIPS_PER_HALF_POINT;
  // The caption: one line of body text at single spacing and its 6 pt before and after (styles.ts).
  const caption = lineTwips(ctx.meta.style.fontSize, 240) + 240;
  return caption + linesWithCaption(t, widths, size, Math.floor(ctx.textHeight / line)) * line;
}
