/**
 * The XLSX writer as it was before src/render/xlsx wrote the package itself: the workbook tree through exceljs's
 * in-memory Workbook. Kept, for tests only, as the reference the differential test compares the new writer with;
 * the new writer's output is meant to be the same workbook (see differential.test.ts).
 */
import ExcelJS from 'exceljs';
import { tableLayout, type Cell, type CellFormat, type Sheet, type Workbook } from '../../../src/compose/workbook-tree.js';
import type { Paper } from '../../../src/model/types.js';
import { formatDate, formatMonth, formatRupiah } from '../../../src/format/indonesian.js';
import { normalizePackage } from '../../../src/render/deterministic.js';
import { printScale } from '../../../src/render/xlsx/print.js';

const NUM_FMT: Record<CellFormat, string | undefined> = {
  money: '"Rp"\\ #,##0;-"Rp"\\ #,##0;"-"',
  integer: '0',
  year: '0',
  text: '@',
  date: '[$-421]d mmmm yyyy',
  month: '[$-421]mmmm yyyy',
  score: '[$-421]0.00',
  weighted: '[$-421]0.0000',
  change: '[$-421]+0.00;-0.00;0.00',
};

/** OOXML paperSize codes: A4 = 9, Letter = 1, F4 ≈ Folio 8.5 × 13 in = 14. */
const PAPER_SIZE: Record<Paper, number> = { A4: 9, Letter: 1, F4: 14 };

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true }, fill: HEADER_FILL, border: BORDER, alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
};

export async function renderXlsxReference(wb: Workbook): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const date = new Date(`${wb.meta.date}T00:00:00Z`);
  book.creator = wb.meta.creator;
  book.lastModifiedBy = wb.meta.creator;
  book.created = date;
  book.modified = date;
  book.title = wb.meta.title;
  for (const sheet of wb.sheets) writeSheet(book, sheet, wb);
  // Stored, not deflated: normalizePackage re-zips every part once with native zlib anyway.
  const options = { zip: { compression: 'STORE' } } as Partial<ExcelJS.XlsxWriteOptions>;
  const bytes = new Uint8Array(await book.xlsx.writeBuffer(options));
  return normalizePackage(bytes, wb.meta.date);
}

function writeSheet(book: ExcelJS.Workbook, sheet: Sheet, wb: Workbook): void {
  const ws = book.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    views: sheet.freeze && (sheet.freeze.rows || sheet.freeze.cols)
      ? [{ state: 'frozen', xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }]
      : [{}],
    pageSetup: {
      paperSize: PAPER_SIZE[wb.meta.paper] as ExcelJS.PaperSize,
      orientation: sheet.print.landscape ? 'landscape' : 'portrait',
      // Issue 17: an explicit scale (printScale, set once the widths are known) instead of fit-to-page.
      fitToPage: false,
      fitToWidth: undefined,
      fitToHeight: undefined,
      printTitlesRow: sheet.print.titleRows ? `${sheet.print.titleRows[0]}:${sheet.print.titleRows[1]}` : undefined,
      printTitlesColumn: !sheet.print.titleRows && sheet.freeze?.cols ? `A:${String.fromCharCode(64 + sheet.freeze.cols)}` : undefined,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L${hfText(wb.meta.region)}&C${hfText(wb.meta.title)}&RHalaman &P dari &N`,
      oddFooter: `&L${hfText(sheet.name)}&R${hfText(formatDate(wb.meta.date))}`,
    },
  });

  const widths: number[] = [];
  const fit = (c: number, s: string) => {
    const longest = Math.max(...s.split('\n').map((l) => [...l].length));
    widths[c] = Math.max(widths[c] ?? 0, longest + 2);
  };

  sheet.title.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.font = { bold: true, size: i === 0 ? 13 : 11 };
  });

  const layout = tableLayout(sheet);
  let filtered = false;
  // Body cells, written once the column widths are known (a text longer than its column wraps).
  const pending: [number, number, Cell, CellFormat | undefined][] = [];
  sheet.tables.forEach((table, t) => {
    const { header, first, last } = layout[t];
    if (table.caption !== undefined) {
      const cell = ws.getCell(header - 1, 1);
      cell.value = table.caption;
      cell.font = { bold: true };
    }
    table.columns.forEach((c, j) => {
      const cell = ws.getCell(header, j + 1);
      cell.value = c.header;
      cell.style = HEADER_STYLE;
      fit(j + 1, c.header.length > 20 ? c.header.slice(0, 20) : c.header);
      if (c.width) widths[j + 1] = Math.max(widths[j + 1] ?? 0, c.width);
    });
    table.rows.forEach((row, r) => {
      row.forEach((c, j) => {
        pending.push([first + r, j + 1, c, c.format ?? table.columns[j]?.format]);
        const shown = c.value === null ? '' : display(c, c.format ?? table.columns[j]?.format);
        if (c.value !== null) fit(j + 1, c.wrap && !shown.includes('\n') ? shown.slice(0, 40) : shown);
      });
    });
    if (table.filter && !filtered && table.columns.length) {
      // Excel allows one auto-filter per sheet: the first table that asks for one gets it.
      ws.autoFilter = { from: { row: header, column: 1 }, to: { row: Math.max(last, header), column: table.columns.length } };
      filtered = true;
    }
  });

  const clamped = widths.map((w) => (w === undefined ? w : Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w))));
  clamped.forEach((w, c) => {
    if (w !== undefined) ws.getColumn(c).width = w;
  });
  for (const [r, c, cell, format] of pending) writeCell(ws.getCell(r, c), cell, format, clamped[c]);
  ws.pageSetup.scale = sheet.print.fitToWidth ? printScale(clamped, wb.meta.paper, sheet.print.landscape) : 100;
}

function writeCell(cell: ExcelJS.Cell, c: Cell, format: CellFormat | undefined, width: number | undefined): void {
  if (c.formula !== undefined) {
    if (typeof c.value === 'string') throw new Error(`formula ${c.formula} needs a numeric cached value`);
    cell.value = { formula: c.formula.replace(/^=/, ''), result: c.value ?? 0 } as ExcelJS.CellFormulaValue;
  } else if (typeof c.value === 'string') {
    if ((format === 'date' || format === 'month') && /^\d{4}-\d{2}-\d{2}$/.test(c.value)) cell.value = new Date(`${c.value}T00:00:00Z`);
    // A rich-text-free plain string: exceljs writes it as a shared string, never a formula.
    else cell.value = c.value;
  } else {
    cell.value = c.value;
  }
  const numFmt = format ? NUM_FMT[format] : undefined;
  const wrap = typeof c.value === 'string' && format !== 'date' && format !== 'month'
    && (Boolean(c.wrap) || c.value.includes('\n') || (width !== undefined && [...c.value].length > width - 1));
  cell.style = bodyStyle(numFmt && c.value !== null && !(typeof c.value === 'string' && format !== 'date' && format !== 'month' && format !== 'text') ? numFmt : undefined, Boolean(c.bold), Boolean(c.shade), wrap);
}

/**
 * One style object per combination, shared by every cell that has it: exceljs finds a style it has seen by the
 * object's identity and otherwise serialises it to XML to look it up, once per cell (a fifth of the workbook's
 * time at 1,000 programs).
 */
const bodyStyles = new Map<string, Partial<ExcelJS.Style>>();

function bodyStyle(numFmt: string | undefined, bold: boolean, shade: boolean, wrap: boolean): Partial<ExcelJS.Style> {
  const key = `${numFmt ?? ''}|${bold}|${shade}|${wrap}`;
  let style = bodyStyles.get(key);
  if (!style) {
    style = {
      ...(numFmt ? { numFmt } : {}),
      ...(bold ? { font: { bold: true } } : {}),
      ...(shade ? { fill: TOTAL_FILL } : {}),
      border: BORDER,
      alignment: { vertical: 'top', wrapText: wrap },
    };
    bodyStyles.set(key, style);
  }
  return style;
}

/** The text a cell shows, for column widths. */
function display(c: Cell, format: CellFormat | undefined): string {
  if (typeof c.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(c.value) && format === 'date') return formatDate(c.value);
  if (typeof c.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(c.value) && format === 'month') return formatMonth(c.value.slice(0, 7));
  if (typeof c.value === 'string') return c.value;
  if (c.value === null) return '';
  if (format === 'money') return formatRupiah(c.value);
  return String(c.value);
}

/** Header/footer text: `&` starts a code, so a literal one is doubled. */
function hfText(s: string): string {
  return s.replace(/&/g, '&&');
}
