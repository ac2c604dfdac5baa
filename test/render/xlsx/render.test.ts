import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { recalculatedSheets } from '../../_helpers/libreoffice-calc.js';
import type { Workbook } from '../../../src/compose/workbook-tree.js';
import { composeWorkbook } from '../../../src/compose/workbook/index.js';
import { loadProject } from '../../../src/load/index.js';
import { buildModel } from '../../../src/model/build.js';
import { renderXlsx } from '../../../src/render/xlsx/index.js';

const model = buildModel(await loadProject('examples/kotawaringin-timur'));
const tree = composeWorkbook(model);
const bytes = await renderXlsx(tree);

async function read(b: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(b) as unknown as ArrayBuffer);
  return wb;
}
const book = await read(bytes);

const tmp = await mkdtemp(path.join(os.tmpdir(), 'smartcity-xlsx-'));
afterAll(() => rm(tmp, { recursive: true, force: true }));

/**
 * Every formula cell of a sheet: address → {formula, result}, read from the package XML
 * (exceljs's reader drops a cached result of 0, so it cannot check them).
 */
const zip = await JSZip.loadAsync(bytes);
const sheetXml = new Map<string, string>();
for (const [i, ws] of book.worksheets.entries()) sheetXml.set(ws.name, await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string'));

function formulas(ws: ExcelJS.Worksheet): Map<string, { formula: string; result: unknown }> {
  const out = new Map<string, { formula: string; result: unknown }>();
  for (const m of sheetXml.get(ws.name)!.matchAll(/<c r="([A-Z]+\d+)"[^>/]*>(.*?)<\/c>/g)) {
    const f = /<f>(.*?)<\/f>/.exec(m[2]);
    if (!f) continue;
    const v = /<v>(.*?)<\/v>/.exec(m[2]);
    out.set(m[1], { formula: f[1], result: v ? Number(v[1]) : undefined });
  }
  return out;
}

function rowOf(ws: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => { if (!found && row.getCell(2).value === label) found = row; });
  if (!found) throw new Error(`no row ${label} in ${ws.name}`);
  return found;
}

describe('renderXlsx on the example', () => {
  it('writes the sheets, with metadata from the document date', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual(tree.sheets.map((s) => s.name));
    expect(book.creator).toBe('smartcity');
    expect(book.created.toISOString()).toBe(`${model.masterplan.documentDate}T00:00:00.000Z`);
  });

  it('every formula has a numeric cached result; totals equal the model', () => {
    let count = 0;
    for (const ws of book.worksheets) {
      for (const [, f] of formulas(ws)) {
        expect(typeof f.result).toBe('number');
        count++;
      }
    }
    expect(count).toBeGreaterThan(100);
    const summary = book.getWorksheet('Ringkasan')!;
    const total = rowOf(summary, 'Total');
    const years = model.masterplan.years.length;
    const cell = total.getCell(3 + years).value as ExcelJS.CellFormulaValue;
    expect(cell.result).toBe(model.totals.programs);
    for (const plan of model.dimensions) {
      const ws = book.getWorksheet(plan.dimension.name)!;
      const v = rowOf(ws, `Total ${plan.dimension.name}`).getCell(8 + years).value as ExcelJS.CellFormulaValue;
      expect(v.result).toBe(plan.total);
      expect(v.formula).toMatch(/^SUM\(/);
    }
  });

  it('number formats: Rupiah money, plain years', async () => {
    const ws = book.getWorksheet(model.dimensions[0].dimension.name)!;
    const years = model.masterplan.years.length;
    const row = rowOf(ws, `Total ${model.dimensions[0].dimension.name}`);
    // exceljs drops the backslash when reading; the package itself has "Rp"\ #,##0 (checked below).
    expect(row.getCell(8 + years).numFmt).toBe('"Rp" #,##0;-"Rp" #,##0;"-"');
    const styles = await (await JSZip.loadAsync(bytes)).file('xl/styles.xml')!.async('string');
    expect(styles).toContain('formatCode="&quot;Rp&quot;\\ #,##0;-&quot;Rp&quot;\\ #,##0;&quot;-&quot;"');
    const data = book.getWorksheet('Data')!;
    const first = data.getRow(4);
    expect(typeof first.getCell(6).value).toBe('number');
    expect(first.getCell(6).numFmt).toBe('0');
    expect(first.getCell(8).numFmt).toBe('"Rp" #,##0;-"Rp" #,##0;"-"');
    const qw = book.getWorksheet('Quick Win')!;
    expect(qw.getRow(5).getCell(8).value).toBeInstanceOf(Date);
  });

  it('frozen panes, auto-filter and print setup', () => {
    const ws = book.getWorksheet(model.dimensions[0].dimension.name)!;
    // The sheet uses ✓, so a third title line explains it (issue 17) and the header is row 5.
    expect(ws.getCell('A3').value).toBe('Keterangan: ✓ = program berjalan pada tahun itu tanpa anggaran sendiri');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 5 });
    expect(ws.autoFilter).toBeTruthy();
    expect(String(ws.autoFilter)).toMatch(/^A5:/);
    // Issue 17: an explicit scale that keeps 11 pt text at 8 pt or more, not fit-to-page (which ignores the scale).
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: false });
    expect(ws.pageSetup.scale).toBeGreaterThanOrEqual(73);
    expect(ws.pageSetup.printTitlesRow).toBe('5:5');
    expect(ws.headerFooter.oddHeader).toBe(`&LKabupaten ${model.region.name}&C${model.masterplan.title}&RHalaman &P dari &N`);
    // The example is dated 2022-12-29; the footer writes it in Indonesian (issue 17).
    expect(ws.headerFooter.oddFooter).toBe(`&L${ws.name}&R29 Desember 2022`);
    for (const w of book.worksheets) {
      for (const c of w.columns) if (c.width !== undefined) expect(c.width).toBeGreaterThanOrEqual(6), expect(c.width).toBeLessThanOrEqual(60);
    }
  });

  it('two renders are byte-identical', async () => {
    const again = await renderXlsx(composeWorkbook(model));
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('text is verbatim, never a formula', () => {
  const evil = ['=HYPERLINK("http://x","y")', '+1+2', '-3', '@SUM(A1)', 'R&D <b> "q" 🚀'];
  const small: Workbook = {
    meta: { title: 'T & T', region: 'R', date: '2024-01-02', paper: 'F4', creator: 'smartcity' },
    sheets: [{
      name: 'S', title: ['x'], freeze: { rows: 2, cols: 0 }, print: { landscape: true, fitToWidth: true },
      tables: [{ columns: [{ header: 'Nama' }, { header: 'Rp', format: 'money' }], filter: true,
        rows: [...evil.map((s) => [{ value: s, format: 'text' as const }, { value: 1, format: 'money' as const }]),
          [{ value: 'Total' }, { value: evil.length, format: 'money', formula: `SUM(B4:B${3 + evil.length})` }]] }],
    }],
  };

  it('writes formula-like strings as string cells', async () => {
    const out = await renderXlsx(small);
    const ws = (await read(out)).getWorksheet('S')!;
    evil.forEach((s, i) => {
      const cell = ws.getCell(4 + i, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(s);
    });
    expect(ws.getCell(4 + evil.length, 2).value).toEqual({ formula: `SUM(B4:B${3 + evil.length})`, result: evil.length });
    expect(ws.pageSetup.paperSize).toBe(14);
    expect(ws.headerFooter.oddHeader).toContain('&CT && T');
    const sheetXml = (await JSZip.loadAsync(out)).file('xl/worksheets/sheet1.xml')!;
    expect((await sheetXml.async('string')).match(/<f>/g)?.length).toBe(1);
  });
});

const soffice = '/usr/bin/soffice';


describe.skipIf(!existsSync(soffice))('LibreOffice recalculation', () => {
  it('recalculated formulas equal the cached results on every sheet', async () => {
    const file = path.join(tmp, 'roadmap.xlsx');
    await writeFile(file, bytes);
    const sheet = await recalculatedSheets(soffice, file, tmp);
    let checked = 0;
    for (const ws of book.worksheets) {
      const csv = await sheet(ws.name);
      for (const [address, f] of formulas(ws)) {
        const cell = ws.getCell(address);
        // A format with the Indonesian locale ([$-421]: scores, the index) makes LibreOffice write its decimal comma.
        const shown = csv[Number(cell.row) - 1]?.[Number(cell.col) - 1]?.replace(/^([+-]?\d+),(\d+)$/, '$1.$2');
        expect({ address: `${ws.name}!${address}`, value: shown })
          .toEqual({ address: `${ws.name}!${address}`, value: String(f.result) });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
    const summary = await sheet('Ringkasan');
    expect(summary.find((r) => r[1] === 'Total anggaran program')?.[2]).toBe(String(model.totals.programs));
  });
});

describe('auto-filters are named as Excel names them', () => {
  it('every sheet with an autoFilter has a hidden _xlnm._FilterDatabase of the same range, on that sheet', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    const sheetNames = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    let filtered = 0;
    for (let i = 0; i < sheetNames.length; i++) {
      const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string');
      const ref = /<autoFilter ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/.exec(xml);
      const named = new RegExp(`<definedName name="_xlnm\\._FilterDatabase" localSheetId="${i}" hidden="1">([^<]*)</definedName>`).exec(workbook);
      if (!ref) {
        expect(named, sheetNames[i]).toBeNull();
        continue;
      }
      filtered++;
      const quoted = `'${sheetNames[i].replace(/&apos;/g, "''")}'`;
      expect(named?.[1].replace(/&apos;/g, "'"), sheetNames[i]).toBe(`${quoted}!$${ref[1]}$${ref[2]}:$${ref[3]}$${ref[4]}`);
    }
    // The example's workbook filters its program and roadmap sheets.
    expect(filtered).toBeGreaterThanOrEqual(2);
  });
});

describe('print titles (issue 17)', () => {
  it('repeat a single table\'s header on every page down, else the frozen columns on every page across; one range each', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const workbook = (await zip.file('xl/workbook.xml')!.async('string')).replace(/&apos;/g, "'");
    const sheetNames = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    const titles = (name: string) => new RegExp(`<definedName name="_xlnm\\.Print_Titles" localSheetId="${sheetNames.indexOf(name)}">([^<]*)</definedName>`).exec(workbook)?.[1];
    // A roadmap sheet of one dimension: its header row.
    const dimension = sheetNames.find((n) => /Governance/.test(n))!;
    expect(titles(dimension)).toMatch(new RegExp(`^'${dimension}'!\\$\\d+:\\$\\d+$`));
    // Ringkasan holds six tables: no one table's header repeats; its frozen No and Uraian columns do.
    expect(titles('Ringkasan')).toBe("'Ringkasan'!$A:$B");
    const evaluation = sheetNames.find((n) => n.startsWith('Evaluasi'));
    if (evaluation) expect(titles(evaluation)).toBeUndefined();
    for (const name of sheetNames) expect(titles(name) ?? '', name).not.toContain(',');
  });
});

describe('quick-win schedule in months (issue 17)', () => {
  it('Mulai and Selesai are dates shown as "Desember 2023", in columns wide enough for the longest month', () => {
    const ws = book.getWorksheet('Quick Win')!;
    let header = 0;
    ws.eachRow((row, r) => { if (!header && row.getCell(2).value !== null && (row.values as unknown[]).includes('Mulai')) header = r; });
    const cols = (ws.getRow(header).values as unknown[]).flatMap((v, c) => (v === 'Mulai' || v === 'Selesai' ? [c] : []));
    expect(cols).toHaveLength(2);
    const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
    for (const c of cols) {
      let longest = 0;
      for (let r = header + 1; r <= ws.rowCount; r++) {
        const cell = ws.getRow(r).getCell(c);
        if (!(cell.value instanceof Date)) continue;
        expect(cell.numFmt).toBe('[$-421]mmmm yyyy');
        longest = Math.max(longest, `${MONTHS[cell.value.getUTCMonth()]} ${cell.value.getUTCFullYear()}`.length);
      }
      expect(longest).toBeGreaterThan(0);
      expect(ws.getColumn(c).width).toBeGreaterThanOrEqual(longest + 1);
    }
  });
});

describe('wrapping cells do not widen their column (issue 17)', () => {
  it('Ringkasan: the amount in words wraps in a column of at most 42 characters, with the row as tall as its lines', () => {
    const ws = book.getWorksheet('Ringkasan')!;
    let found = false;
    ws.eachRow((row) => {
      if (row.getCell(2).value !== 'Terbilang') return;
      found = true;
      const words = String(row.getCell(3).value);
      expect(words.length).toBeGreaterThan(42);
      const width = ws.getColumn(3).width!;
      expect(width).toBeLessThanOrEqual(42);
      expect(row.getCell(3).alignment?.wrapText).toBe(true);
      // At least as many 15-point lines as the words need at that width.
      expect(row.height).toBeGreaterThanOrEqual(15 * Math.ceil(words.length / width));
    });
    expect(found).toBe(true);
  });
});
