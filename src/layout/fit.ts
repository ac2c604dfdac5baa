/**
 * Whether a table fits a page, and at which font size: the one rule the DOCX writer lays a table out by and compose
 * chooses a table's page (landscape) and money unit (Rp juta) by (issue 17), so the two can never disagree.
 */
import type { DocMeta, Table } from '../compose/tree.js';
import type { Typeset } from './typeset.js';
import { fitToContent, minimumWidths } from './widths.js';

/** What the fit of a table depends on besides the table: the document's font and size, and its typesetter. */
export interface TableStyle {
  style: Pick<DocMeta['style'], 'font' | 'fontSize'>;
  typeset: Typeset;
}

type Fitted = Pick<Table, 'columns' | 'head' | 'body' | 'dense'>;

/** The font sizes a table is tried at (half-points): its own, then 9 pt, then 8 pt, the smallest a reader accepts. */
export function tableSizes(t: Pick<Table, 'dense'>, style: TableStyle['style']): number[] {
  const own = t.dense ? 18 : Math.min(style.fontSize * 2, 22);
  return [own, 18, 16].filter((s, i, all) => s <= own && all.indexOf(s) === i);
}

/** The columns' relative widths scaled to `textWidth` (twips). */
export function wantedWidths(t: Pick<Table, 'columns'>, textWidth: number): number[] {
  const total = t.columns.reduce((s, c) => s + (c.width > 0 ? c.width : 0), 0) || t.columns.length;
  return t.columns.map((c) => Math.floor((textWidth * (c.width > 0 ? c.width : total / t.columns.length)) / total));
}

/**
 * Column widths (twips) from the content at the largest size whose column minimums (each column's longest word or
 * number, widths.ts) fit `textWidth`; undefined when even 8 pt cannot.
 */
export function fitTable(t: Fitted, textWidth: number, { style, typeset }: TableStyle): { widths: number[]; size: number } | undefined {
  // Remembered per typesetter and table: the page estimate, the keeps before a table and the writer ask for the same fit.
  let forTypeset = fitted.get(typeset);
  if (!forTypeset) fitted.set(typeset, (forTypeset = new WeakMap()));
  let forTable = forTypeset.get(t);
  if (!forTable) forTypeset.set(t, (forTable = new Map()));
  const key = `${textWidth}|${style.font}|${style.fontSize}`;
  if (forTable.has(key)) return forTable.get(key);
  let fit: { widths: number[]; size: number } | undefined;
  const wanted = wantedWidths(t, textWidth);
  for (const size of tableSizes(t, style)) {
    const widths = fitToContent(wanted, minimumWidths(t, size, style.font, typeset), textWidth);
    if (widths) { fit = { widths, size }; break; }
  }
  forTable.set(key, fit);
  return fit;
}

const fitted = new WeakMap<Typeset, WeakMap<Fitted, Map<string, { widths: number[]; size: number } | undefined>>>();

/** The fit, or when nothing fits the relative widths at the smallest size (the writer warns of such a table). */
export function columnsFor(t: Fitted, textWidth: number, style: TableStyle): { widths: number[]; size: number } {
  return fitTable(t, textWidth, style) ?? { widths: wantedWidths(t, textWidth), size: tableSizes(t, style.style).at(-1)! };
}

/** Whether the table fits `textWidth` at one of its sizes (the writer would not break a word in it). */
export const fits = (t: Fitted, textWidth: number, style: TableStyle): boolean => fitTable(t, textWidth, style) !== undefined;
