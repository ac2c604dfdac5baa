// The XLSX writer (src/render/xlsx) against the exceljs in-memory writer it replaced (reference-writer.ts): for the
// example, a generated project and a tree of edge cases, a client must read the same workbook from both, sheet by
// sheet and cell by cell (workbook-model.ts lists what is compared).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../../bench/generate.mjs';
import type { Workbook } from '../../../src/compose/workbook-tree.js';
import { composeWorkbook } from '../../../src/compose/workbook/index.js';
import { loadProject } from '../../../src/load/index.js';
import { buildModel } from '../../../src/model/build.js';
import { renderXlsx } from '../../../src/render/xlsx/index.js';
import { renderXlsxReference } from './reference-writer.js';
import { readWorkbookModel, type WorkbookModel } from './workbook-model.js';

const dir = mkdtempSync(path.join(tmpdir(), 'smartcity-xlsx-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Both models equal; on a difference, the first differing sheet property or cell is what the failure shows. */
function expectSameWorkbook(actual: WorkbookModel, expected: WorkbookModel): void {
  expect(actual.properties).toEqual(expected.properties);
  expect(actual.sheets.map((s) => s.name)).toEqual(expected.sheets.map((s) => s.name));
  actual.sheets.forEach((sheet, i) => {
    const ref = expected.sheets[i];
    expect({ sheet: sheet.name, ...sheet.meta }).toEqual({ sheet: ref.name, ...ref.meta });
    expect(sheet.cells.length).toBe(ref.cells.length);
    const at = sheet.cells.findIndex((c, k) => !isDeepStrictEqual(c, ref.cells[k]));
    if (at >= 0) expect({ sheet: sheet.name, ...sheet.cells[at] }).toEqual({ sheet: ref.name, ...ref.cells[at] });
  });
}

async function compare(tree: Workbook): Promise<WorkbookModel> {
  const expected = await readWorkbookModel(await renderXlsxReference(tree));
  const actual = await readWorkbookModel(await renderXlsx(tree));
  expectSameWorkbook(actual, expected);
  return actual;
}

/** Every case a sheet of the composed workbooks never shows together. */
const edges: Workbook = {
  meta: { title: 'Edge & <cases>', region: "Kab. O'Hara", date: '2023-07-09', paper: 'Letter', creator: 'smartcity' },
  sheets: [
    {
      name: 'Bupati & Co', title: ['  padded title ', ''], print: { landscape: false, fitToWidth: false, titleRows: [4, 4] },
      tables: [{
        caption: 'Caption', filter: true,
        columns: [{ header: 'A very long header over twenty chars' }, { header: 'Tgl', format: 'date' }, { header: 'Rp', format: 'money', width: 9 }, { header: 'Teks', format: 'text' }],
        rows: [
          [{ value: 'line one\nline two' }, { value: '2024-02-29', format: 'date' }, { value: 0 }, { value: 'ctl\u0001char\ttab' }],
          [{ value: '=1+1' }, { value: 'not a date', format: 'date' }, { value: -1.5, bold: true }, { value: 12, shade: true }],
          [{ value: null }, { value: null }, { value: 0, formula: '=SUM(C4:C5)' }, { value: '🚀 wide', wrap: true }],
          [{ value: 'Total', bold: true, shade: true }, { value: 2024, format: 'year' }, { value: null, formula: 'C4+C5', shade: true, bold: true }],
          [{ value: 'beyond' }, { value: 1 }, { value: 2 }, { value: 3 }, { value: 'extra column' }],
        ],
      },
      { columns: [{ header: 'Second' }], rows: [[{ value: 'x' }]], filter: true }],
    },
    { name: 'Hidden', title: [], hidden: true, freeze: { rows: 0, cols: 2 }, print: { landscape: true, fitToWidth: true, titleRows: [1, 2] }, tables: [{ columns: [{ header: 'H' }, { header: '' }], rows: [] }] },
    { name: 'Rows only', title: ['T'], freeze: { rows: 3, cols: 0 }, print: { landscape: true, fitToWidth: true, titleRows: [3, 3] }, tables: [] },
    { name: 'Empty', title: [], print: { landscape: false, fitToWidth: false }, tables: [] },
    { name: 'Zero freeze', title: ['T'], freeze: { rows: 0, cols: 0 }, print: { landscape: false, fitToWidth: true }, tables: [{ columns: [], rows: [[{ value: 'no columns' }]] }] },
  ],
};

describe('the XLSX writer reads back as the exceljs writer did', () => {
  it('on the example project', async () => {
    const model = buildModel(await loadProject('examples/kotawaringin-timur'));
    const read = await compare(composeWorkbook(model));
    expect(read.sheets.length).toBeGreaterThan(5);
    expect(read.sheets.flatMap((s) => s.cells).filter((c) => c.formula).length).toBeGreaterThan(100);
  });

  it('on a generated project of 300 programs', async () => {
    const root = path.join(dir, 'n300');
    generate(root, { programs: 300, seed: 1 });
    const read = await compare(composeWorkbook(buildModel(await loadProject(root))));
    expect(read.sheets.find((s) => s.name === 'Data')!.cells.length).toBeGreaterThan(300 * 8);
  });

  it('on edge cases: hidden sheet, panes, paper, dates, control characters, wrapping, a width of 9', async () => {
    const read = await compare(edges);
    expect(read.sheets[1].meta.state).toBe('hidden');
  });

  // The one intended difference: exceljs wrote a quote inside a quoted sheet name as is, and its own reader (like
  // Excel) then found no print titles for that sheet.
  it("keeps the print titles of a sheet whose name has a quote (exceljs's did not)", async () => {
    const quoted: Workbook = { ...edges, sheets: [{ ...edges.sheets[0], name: "Bupati's" }] };
    const read = await readWorkbookModel(await renderXlsx(quoted));
    expect(read.sheets[0].name).toBe("Bupati's");
    expect(read.sheets[0].meta.pageSetup).toMatchObject({ printTitlesRow: '4:4' });
  });
});
