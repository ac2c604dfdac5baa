/**
 * One worksheet's XML, written as text a row at a time (`<row>` per piece), in the element order and with the
 * attributes exceljs's WorksheetXform wrote for the same sheet. exceljs kept an object per cell, then a model and an
 * XML tree of them: at 10,000 programs that was most of the build's peak memory.
 */
import { columnLetter, isDateFormat, ISO_DATE, tableLayout, type Cell, type CellFormat, type Sheet, type Workbook } from '../../compose/workbook-tree.js';
import type { SharedStrings } from './shared-strings.js';
import type { CellStyle, Styles } from './styles.js';
import { colsXml, columnWidths } from './widths.js';
import { printScale, rowHeight } from './print.js';
import { escapeXml, XML_DECLARATION } from './xml.js';
import { formatDate } from '../../format/indonesian.js';

export const NUM_FMT: Record<CellFormat, string | undefined> = {
  // Zero shows "-", as in the book: an empty year is not "Rp 0".
  money: '"Rp"\\ #,##0;-"Rp"\\ #,##0;"-"',
  integer: '0',
  year: '0',
  text: '@',
  // Indonesian month names ([$-421] is the Indonesian locale): "1 Februari 2023", as in the book.
  date: '[$-421]d mmmm yyyy',
  month: '[$-421]mmmm yyyy',
  // The report's precision (3,09 and +0,38, not 3,085 and 0,375); [$-421] gives LibreOffice Indonesian separators.
  score: '[$-421]0.00',
  weighted: '[$-421]0.0000',
  change: '[$-421]+0.00;-0.00;0.00',
};

/** OOXML paperSize codes: A4 = 9, Letter = 1, F4 ≈ Folio 8.5 × 13 in = 14. */
export const PAPER_SIZE: Record<Workbook['meta']['paper'], number> = { A4: 9, Letter: 1, F4: 14 };

const HEADER_FILL = 'FFD9E1F2';
const TOTAL_FILL = 'FFF2F2F2';
const HEADER_STYLE: CellStyle = { font: { bold: true }, fill: HEADER_FILL, border: true, alignment: { vertical: 'center', horizontal: 'center', wrapText: true } };
const MS_PER_DAY = 24 * 3600 * 1000;
/** Excel's serial day number of 1970-01-01 (1900 date system). */
const EPOCH_SERIAL = 25569;

const WORKSHEET_OPEN = `${XML_DECLARATION}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">`;
const SHEET_FORMAT = '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>';
const MARGINS = '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

/**
 * The sheet's XML in pieces, one per row. Column widths come first in the file, so a first pass over the cells
 * measures them; the second writes the rows. Strings go to the workbook's shared strings, formats to its styles,
 * both in the order cells use them (row by row, left to right), as exceljs numbered them.
 */
/** Excel allows one auto-filter per sheet: the first table that asks for one (and has columns) gets it. */
const filteredTable = (sheet: Sheet): number => sheet.tables.findIndex((table) => table.filter && table.columns.length > 0);

/** The range of the sheet's auto-filter (its table's header row to its last row), or undefined without one. */
export function filterRange(sheet: Sheet): string | undefined {
  const t = filteredTable(sheet);
  if (t < 0) return undefined;
  const { header, last } = tableLayout(sheet)[t];
  return `${columnLetter(1)}${header}:${columnLetter(sheet.tables[t].columns.length)}${Math.max(last, header)}`;
}

export function sheetXml(sheet: Sheet, wb: Workbook, styles: Styles, strings: SharedStrings): string[] {
  const layout = tableLayout(sheet);
  const widths = columnWidths(sheet);
  const letters: string[] = [''];
  const letter = (c: number) => letters[c] ?? (letters[c] = columnLetter(c));
  const body: string[] = [];
  const dim = { top: 0, left: 0, bottom: 0, right: 0 };
  const bodyStyles = new Map<string, number>();

  // The row being written, its first slot kept for the `<row>` tag: cells are added left to right, so its first
  // and last columns are its span. Joined, a row is one flat string; built with `+=` it would be kept as a rope of
  // every cell's pieces, which the collector copied from young to old space (most of the render's time at 10,000).
  let row: string[] = [''];
  let min = 0;
  let max = 0;
  // The row's height in points when a wrapped cell needs more than one line (undefined: the default height).
  let height: number | undefined;
  const add = (col: number, cellXml: string) => {
    if (!min) min = col;
    max = col;
    row.push(cellXml);
  };
  const endRow = (r: number) => {
    if (!min) return;
    if (!dim.top || r < dim.top) dim.top = r;
    if (!dim.left || min < dim.left) dim.left = min;
    if (!dim.bottom || r > dim.bottom) dim.bottom = r;
    if (!dim.right || max > dim.right) dim.right = max;
    row[0] = `<row r="${r}" spans="${min}:${max}"${height ? ` ht="${height}" customHeight="1"` : ''} x14ac:dyDescent="0.25">`;
    row.push('</row>');
    body.push(row.join(''));
    row = [''];
    min = max = 0;
    height = undefined;
  };
  const text = (r: number, col: number, value: string, style: number) => {
    add(col, `<c r="${letter(col)}${r}"${style ? ` s="${style}"` : ''} t="s"><v>${strings.add(value)}</v></c>`);
  };

  sheet.title.forEach((line, i) => {
    text(i + 1, 1, line, styles.id({ font: { bold: true, size: i === 0 ? 13 : 11 } }));
    endRow(i + 1);
  });
  let filter = '';
  const filtered = filteredTable(sheet);
  sheet.tables.forEach((table, t) => {
    const { header, first, last } = layout[t];
    if (table.caption !== undefined) {
      text(header - 1, 1, table.caption, styles.id({ font: { bold: true } }));
      endRow(header - 1);
    }
    const headerStyle = table.columns.length ? styles.id(HEADER_STYLE) : 0;
    table.columns.forEach((c, j) => text(header, j + 1, c.header, headerStyle));
    height = rowHeight(table.columns.map((c) => c.header), widths);
    endRow(header);
    table.rows.forEach((cells, i) => {
      const r = first + i;
      const shown: (string | undefined)[] = [];
      cells.forEach((c, j) => {
        const wrap = wraps(c, widths[j + 1]);
        if (wrap) shown[j] = c.value as string;
        add(j + 1, cellXml(`${letter(j + 1)}${r}`, c, c.format ?? table.columns[j]?.format, styles, strings, bodyStyles, wrap));
      });
      height = rowHeight(shown, widths);
      endRow(r);
    });
    if (t === filtered) filter = `<autoFilter ref="${filterRange(sheet)}"/>`;
  });

  const freeze = sheet.freeze && (sheet.freeze.rows || sheet.freeze.cols) ? sheet.freeze : undefined;
  // A scale that fits the width, but never below the size that keeps 11 pt text at 8 pt: a wider sheet prints
  // on more pages across (fitting ten year columns on one A4 page made the text ~3 pt). A scale, not fit-to-page:
  // no fitToWidth is written, as it would read as a fit that was meant but switched off.
  const scale = sheet.print.fitToWidth ? printScale(widths, wb.meta.paper, sheet.print.landscape) : 100;
  const head = WORKSHEET_OPEN
    // An empty sheet's range is A1:A1, as exceljs wrote it.
    + (dim.top ? `<dimension ref="${letter(dim.left)}${dim.top}:${letter(dim.right)}${dim.bottom}"/>` : '<dimension ref="A1:A1"/>')
    + `<sheetViews>${sheetView(freeze, letter)}</sheetViews>`
    + SHEET_FORMAT
    + colsXml(widths)
    + (body.length ? '<sheetData>' : '<sheetData/>');
  const tail = (body.length ? '</sheetData>' : '')
    + filter
    + MARGINS
    + `<pageSetup paperSize="${PAPER_SIZE[wb.meta.paper]}" orientation="${sheet.print.landscape ? 'landscape' : 'portrait'}" horizontalDpi="4294967295" verticalDpi="4294967295" scale="${scale}"/>`
    + `<headerFooter><oddHeader>${escapeXml(`&L${hfText(wb.meta.region)}&C${hfText(wb.meta.title)}&RHalaman &P dari &N`)}</oddHeader>`
    // The document date as the book writes it ("29 Desember 2022"), not ISO.
    + `<oddFooter>${escapeXml(`&L${hfText(sheet.name)}&R${hfText(formatDate(wb.meta.date))}`)}</oddFooter></headerFooter></worksheet>`;
  body.unshift(head);
  body.push(tail);
  return body;
}

/** A body cell: formula with its cached result, date serial, number, shared string, or empty with its format. */
/** A text cell wraps when asked to, when it has line breaks, or when it is longer than its column is wide. */
function wraps(c: Cell, width: number | undefined): boolean {
  if (typeof c.value !== 'string' || isDateFormat(c.format)) return false;
  return Boolean(c.wrap) || c.value.includes('\n') || (width !== undefined && [...c.value].length > width - 1);
}

function cellXml(ref: string, c: Cell, format: CellFormat | undefined, styles: Styles, strings: SharedStrings, cache: Map<string, number>, wrap: boolean): string {
  let type = '';
  let inner = '';
  if (c.formula !== undefined) {
    if (typeof c.value === 'string') throw new Error(`formula ${c.formula} needs a numeric cached value`);
    inner = `<f>${escapeXml(c.formula.replace(/^=/, ''))}</f><v>${c.value ?? 0}</v>`;
  } else if (typeof c.value === 'string') {
    if (isDateFormat(format) && ISO_DATE.test(c.value)) inner = `<v>${EPOCH_SERIAL + Date.parse(`${c.value}T00:00:00Z`) / MS_PER_DAY}</v>`;
    // Always a (shared) string cell, never a formula: a YAML text like `=HYPERLINK(…)` stays text.
    else {
      type = ' t="s"';
      inner = `<v>${strings.add(c.value)}</v>`;
    }
  } else if (c.value !== null) {
    inner = `<v>${c.value}</v>`;
  }
  const numFmt = format ? NUM_FMT[format] : undefined;
  const fmt = numFmt && c.value !== null && !(typeof c.value === 'string' && !isDateFormat(format) && format !== 'text') ? numFmt : undefined;
  const key = `${fmt ?? ''}|${Boolean(c.bold)}|${Boolean(c.shade)}|${wrap}`;
  let style = cache.get(key);
  if (style === undefined) {
    style = styles.id({
      numFmt: fmt,
      font: c.bold ? { bold: true } : undefined,
      fill: c.shade ? TOTAL_FILL : undefined,
      border: true,
      alignment: { vertical: 'top', wrapText: wrap },
    });
    cache.set(key, style);
  }
  // Format 0 is the default and not written (every body cell has a border, so it never is).
  return `<c r="${ref}"${style ? ` s="${style}"` : ''}${type}${inner ? `>${inner}</c>` : '/>'}`;
}

function sheetView(freeze: { rows: number; cols: number } | undefined, letter: (c: number) => string): string {
  if (!freeze) return '<sheetView workbookViewId="0"/>';
  const x = freeze.cols || 0;
  const y = freeze.rows || 0;
  const pane = x && y ? 'bottomRight' : x ? 'topRight' : 'bottomLeft';
  return `<sheetView workbookViewId="0"><pane${x ? ` xSplit="${x}"` : ''}${y ? ` ySplit="${y}"` : ''} topLeftCell="${letter(x + 1)}${y + 1}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView>`;
}

/** Header/footer text: `&` starts a code, so a literal one is doubled. */
function hfText(s: string): string {
  return s.replace(/&/g, '&&');
}
