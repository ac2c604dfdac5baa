/**
 * The XLSX roadmap workbook as a small tree that knows nothing of exceljs: composed from the
 * model by `compose/workbook/*`, written by `render/xlsx`. Every formula carries its cached
 * value (computed from the model), so viewers that never recalculate still show numbers.
 */
import type { Paper } from '../model/types.js';

/** `month`: a date shown as "Desember 2023" (a quick win's schedule is in months). `score`: two decimals (an index, a 1–5 score); `weighted`: four; `change`: two with its sign, as the report prints them. */
export type CellFormat = 'money' | 'integer' | 'year' | 'text' | 'date' | 'month' | 'score' | 'weighted' | 'change';

/** A date cell: written as an Excel date from 'YYYY-MM-DD', shown as a day ('date') or a month ('month'). */
export const isDateFormat = (f: CellFormat | undefined): boolean => f === 'date' || f === 'month';

/** The text a date cell is written from ('2023-12-01'); other text in a date column stays text. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface Cell {
  /** A string is always written as text, never as a formula (formula injection). */
  value: string | number | null;
  format?: CellFormat;
  /** A1-style formula without the leading `=`; `value` is its cached result. */
  formula?: string;
  bold?: boolean;
  shade?: boolean;
  wrap?: boolean;
}

export interface Column {
  header: string;
  /** Width in characters; computed from the content by the renderer when absent. */
  width?: number;
  format?: CellFormat;
}

export interface Table {
  /** Optional caption row above the header (bold). */
  caption?: string;
  columns: Column[];
  rows: Cell[][];
  /** Adds an auto-filter over the header and the data rows. */
  filter?: boolean;
}

export interface Sheet {
  name: string;
  /** Title lines at the top of the sheet (bold), before the tables. */
  title: string[];
  tables: Table[];
  /** Frozen panes: rows above, columns to the left; `rows` counted from the sheet's first row. */
  freeze?: { rows: number; cols: number };
  /** fitToWidth: scaled to the page width, but never below 73% (text at 8 pt or more; render/xlsx/print.ts). */
  print: { landscape: boolean; fitToWidth: boolean; titleRows?: [number, number] };
  hidden?: boolean;
}

export interface Workbook {
  meta: { title: string; region: string; date: string; paper: Paper; creator: string };
  sheets: Sheet[];
}

/** Excel column letters for a 1-based index: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * The 1-based sheet row of a table's header and its first data row, given the layout the
 * renderer uses: title lines, a blank row, then each table as [caption], header, rows, blank.
 */
export function tableLayout(sheet: Pick<Sheet, 'title' | 'tables'>): { header: number; first: number; last: number }[] {
  let row = sheet.title.length + (sheet.title.length ? 2 : 1);
  return sheet.tables.map((t) => {
    if (t.caption !== undefined) row++;
    const header = row;
    const first = header + 1;
    const last = header + t.rows.length;
    row = last + 2;
    return { header, first, last };
  });
}

/** A valid, unique Excel sheet name: ≤ 31 characters, none of []:*?/\, not blank or 'History'. */
export function sheetName(wanted: string, used: Set<string>): string {
  let base = wanted.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').trim();
  if (!base || base.toLowerCase() === 'history') base = `Sheet ${base}`.trim();
  base = [...base].slice(0, 31).join('');
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    name = [...base].slice(0, 31 - suffix.length).join('').trimEnd() + suffix;
  }
  used.add(name.toLowerCase());
  return name;
}
