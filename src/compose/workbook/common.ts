import { columnLetter, tableLayout, type Cell, type Sheet, type Table } from '../../compose/workbook-tree.js';
import type { Model } from '../../model/types.js';
import { inlineText, parseInline } from '../markdown.js';

export { ACTION_NAMES, agencyShort } from '../labels.js';

/** A text cell; the Markdown subset's marks (*emphasis*, **strong**) are dropped: a cell shows plain text. */
export function text(value: string | undefined | null, extra: Partial<Cell> = {}): Cell {
  return { value: value ? plain(value) : value ?? null, format: 'text', ...extra };
}

/** Text without inline Markdown marks, line by line. */
export function plain(value: string): string {
  return /[*_]/.test(value) ? value.split('\n').map((line) => inlineText(parseInline(line))).join('\n') : value;
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

/**
 * Landscape, fitted to the width at a readable scale; `headerRow`, a single table's header, is printed atop every
 * page. A sheet of several tables has none: one table's header above another's rows would mislabel them (issue 17).
 */
export function printSetup(headerRow?: number): Sheet['print'] {
  return { landscape: true, fitToWidth: true, ...(headerRow ? { titleRows: [headerRow, headerRow] as [number, number] } : {}) };
}

export function periodLabel(model: Model): string {
  return `${model.masterplan.period.start}–${model.masterplan.period.end}`;
}
