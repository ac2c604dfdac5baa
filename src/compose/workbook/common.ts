import { columnLetter, tableLayout, type Cell, type Sheet, type Table } from '../../compose/workbook-tree.js';
import type { Model } from '../../model/types.js';

export { ACTION_NAMES, agencyShort } from '../labels.js';

export function text(value: string | undefined | null, extra: Partial<Cell> = {}): Cell {
  return { value: value ?? null, format: 'text', ...extra };
}

export function money(value: number, extra: Partial<Cell> = {}): Cell {
  return { value, format: 'money', ...extra };
}

export function int(value: number, extra: Partial<Cell> = {}): Cell {
  return { value, format: 'integer', ...extra };
}

/** The header row a table would get if appended to a sheet with these title lines and tables. */
export function headerRowOf(title: string[], before: Table[], caption?: string): number {
  const probe: Table = { caption, columns: [], rows: [] };
  const layout = tableLayout({ title, tables: [...before, probe] });
  return layout[layout.length - 1].header;
}

/** `'Sheet name'!` for a cross-sheet reference. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

export const col = columnLetter;

export function printSetup(headerRow: number): Sheet['print'] {
  return { landscape: true, fitToWidth: true, titleRows: [headerRow, headerRow] };
}

export function periodLabel(model: Model): string {
  return `${model.masterplan.period.start}–${model.masterplan.period.end}`;
}
