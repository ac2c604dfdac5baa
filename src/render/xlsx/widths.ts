/** Column widths, measured from the text cells show, and the `<cols>` element that sets them. */
import { ISO_DATE, type Cell, type CellFormat, type Sheet } from '../../compose/workbook-tree.js';
import { formatDate, formatMonth, formatRupiah } from '../../format/indonesian.js';

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** Characters of a wrapping cell's text that count toward its column's width. */
const WRAP_WIDTH = 40;

const wrapped = (c: Cell, text: string): string => (c.wrap && !text.includes('\n') ? text.slice(0, WRAP_WIDTH) : text);

const SLOW_WIDTH = /[\n\uD800-\uDFFF]/;

/** Column widths in characters from headers (first 20 characters) and shown values, clamped to [6, 60]. */
export function columnWidths(sheet: Sheet): number[] {
  const widths: number[] = [];
  const fit = (c: number, s: string) => {
    // Most texts are one line without surrogate pairs: their length is their width.
    if (!SLOW_WIDTH.test(s)) {
      widths[c] = Math.max(widths[c] ?? 0, s.length + 2);
      return;
    }
    let longest = 0;
    for (const line of s.split('\n')) {
      let n = 0;
      // Code points, not UTF-16 units: an emoji counts once.
      for (const _ of line) n++;
      if (n > longest) longest = n;
    }
    widths[c] = Math.max(widths[c] ?? 0, longest + 2);
  };
  for (const table of sheet.tables) {
    table.columns.forEach((c, j) => {
      fit(j + 1, c.header.length > 20 ? c.header.slice(0, 20) : c.header);
      if (c.width) widths[j + 1] = Math.max(widths[j + 1] ?? 0, c.width);
    });
    for (const row of table.rows) {
      row.forEach((c, j) => {
        // A cell set to wrap (a sentence, an amount in words) wraps at WRAP_WIDTH instead of widening its column:
        // Ringkasan's terbilang line made its year column 60 characters wide.
        if (c.value !== null) fit(j + 1, wrapped(c, display(c, c.format ?? table.columns[j]?.format)));
      });
    }
  }
  return widths.map((w) => (w === undefined ? w : Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w))));
}

/**
 * Width exceljs took for "not set" and left out of `<cols>`: a column measured at exactly 9 characters was written
 * without a width (Excel's default, about 8.4). Kept, so the workbook stays the one exceljs wrote.
 */
const EXCELJS_DEFAULT_WIDTH = 9;

/** `<cols>`: runs of adjacent columns of equal width share one element; a column without a width ends a run. */
export function colsXml(widths: number[]): string {
  const runs: { min: number; max: number; width: number }[] = [];
  let run: { min: number; max: number; width: number } | undefined;
  for (let c = 1; c < widths.length; c++) {
    const w = widths[c];
    if (w === undefined || w === EXCELJS_DEFAULT_WIDTH) run = undefined;
    else if (run && run.width === w) run.max = c;
    else runs.push((run = { min: c, max: c, width: w }));
  }
  if (!runs.length) return '';
  return `<cols>${runs.map((r) => `<col min="${r.min}" max="${r.max}" width="${r.width}" customWidth="1"/>`).join('')}</cols>`;
}

/** The text a cell shows, for column widths. */
function display(c: Cell, format: CellFormat | undefined): string {
  // A date shows its Indonesian words ("1 November 2030"), wider than the ISO text it is written from.
  if (typeof c.value === 'string' && ISO_DATE.test(c.value)) {
    if (format === 'date') return formatDate(c.value);
    if (format === 'month') return formatMonth(c.value.slice(0, 7));
  }
  if (typeof c.value === 'string') return c.value;
  if (c.value === null) return '';
  if (format === 'money') return formatRupiah(c.value);
  return String(c.value);
}
