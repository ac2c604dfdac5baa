/**
 * What a client reads from an XLSX package, as plain data to compare: exceljs's reader gives values, formulas,
 * formats, widths, views, filters, page setup, print titles, header/footer and visibility; the cached formula
 * results come from the sheet XML, since the reader drops a cached 0.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export interface CellModel {
  address: string;
  type: number;
  value: unknown;
  formula?: string;
  result?: string;
  style: unknown;
  /** The apply flags of the cell's format (`applyFont` …), which the reader does not report but clients honour. */
  apply: string;
}

export interface SheetModel {
  name: string;
  meta: Record<string, unknown>;
  cells: CellModel[];
}

export interface WorkbookModel {
  properties: Record<string, unknown>;
  sheets: SheetModel[];
}

/** Plain JSON (dates as ISO text), so models compare with isDeepStrictEqual and print readably. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null));
}

export async function readWorkbookModel(bytes: Uint8Array): Promise<WorkbookModel> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const zip = await JSZip.loadAsync(bytes);
  const stylesXml = await zip.file('xl/styles.xml')!.async('string');
  const xfs = [...(/<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(stylesXml)?.[1] ?? '').matchAll(/<xf ([^>]*?)\/?>/g)]
    .map((m) => [...m[1].matchAll(/(apply\w+)="1"/g)].map((a) => a[1]).join(','));
  const sheets: SheetModel[] = [];
  for (const [i, ws] of book.worksheets.entries()) {
    const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string');
    const results = new Map<string, string>();
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>/]*>(.*?)<\/c>/g)) {
      const f = /<f>.*?<\/f><v>(.*?)<\/v>/.exec(m[2]);
      if (f) results.set(m[1], f[1]);
    }
    const formats = new Map<string, number>();
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g)) formats.set(m[1], Number(m[2] ?? 0));
    const cells: CellModel[] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const v = cell.value as ExcelJS.CellFormulaValue | null;
        const formula = v && typeof v === 'object' && 'formula' in v ? v.formula : undefined;
        cells.push({
          address: cell.address,
          type: cell.type,
          value: plain(formula === undefined ? cell.value : null),
          ...(formula === undefined ? {} : { formula, result: results.get(cell.address) }),
          style: plain({ numFmt: cell.numFmt, font: cell.font, fill: cell.fill, border: cell.border, alignment: cell.alignment }),
          apply: xfs[formats.get(cell.address) ?? 0] ?? '',
        });
      });
    });
    sheets.push({
      name: ws.name,
      meta: plain({
        state: ws.state,
        dimensions: ws.dimensions.range,
        views: ws.views,
        autoFilter: ws.autoFilter,
        pageSetup: ws.pageSetup,
        headerFooter: ws.headerFooter,
        merges: ws.model.merges,
        columns: (ws.columns ?? []).map((c) => ({ width: c.width, hidden: c.hidden })),
        rows: ws.rowCount,
      }) as Record<string, unknown>,
      cells,
    });
  }
  const { creator, lastModifiedBy, title, created, modified } = book;
  return { properties: plain({ creator, lastModifiedBy, title, created, modified }) as Record<string, unknown>, sheets };
}
