import { describe, expect, it } from 'vitest';
import { sheetName, tableLayout, columnLetter, type Cell } from '../../../src/compose/workbook-tree.js';
import { composeWorkbook } from '../../../src/compose/workbook/index.js';
import { loadProject } from '../../../src/load/index.js';
import { buildModel } from '../../../src/model/build.js';

const model = buildModel(await loadProject('examples/kotawaringin-timur'));
const wb = composeWorkbook(model);

function find(rows: Cell[][], label: string): Cell[] {
  const row = rows.find((r) => r.some((c) => c.value === label));
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

describe('composeWorkbook on the example', () => {
  it('has the sheets in order', () => {
    expect(wb.sheets.map((s) => s.name)).toEqual([
      'Ringkasan', ...model.dimensions.map((d) => d.dimension.name), 'Quick Win', 'Indikator',
      ...model.progress.flatMap((p) => [`Monev ${p.year}`, `Evaluasi ${p.year}`]), 'Data',
    ]);
    expect(wb.meta).toMatchObject({ date: model.masterplan.documentDate, paper: 'A4', region: `Kabupaten ${model.region.name}` });
  });

  it('summary totals are the model totals, also in words', () => {
    const s = wb.sheets[0];
    const dimTotal = s.tables[0].rows.at(-1)!;
    expect(dimTotal.at(-1)).toMatchObject({ value: model.totals.programs, formula: expect.stringMatching(/^SUM\(/) });
    expect(dimTotal.slice(2, -1).map((c) => c.value)).toEqual(model.totals.byYear);
    expect(s.tables[1].rows.at(-1)!.at(-1)!.value).toBe(model.totals.programs);
    expect(s.tables[2].rows.at(-1)!.at(-1)!.value).toBe(model.totals.programs);
    expect(s.tables[3].rows.at(-1)!.slice(2).map((c) => c.value)).toEqual([model.totals.programCount, model.totals.quickWinCount]);
    // The last table numbers its rows like the others (column A holds "No" on this sheet).
    const grand = s.tables[5].rows.find((r) => r[1].value === 'Total anggaran program')!;
    expect(grand[2].value).toBe(model.totals.programs);
    expect(s.tables[5].rows.find((r) => r[1].value === 'Terbilang')![2].value).toBe('Delapan puluh enam miliar delapan puluh lima juta rupiah');
    expect(s.tables[5].rows.map((r) => r[0].value)).toEqual([1, 2, 3]);
    // Source × year cells are SUMIFS over the Data sheet.
    expect(s.tables[1].rows[0][2].formula).toMatch(/^SUMIFS\('Data'!\$H\$\d+:\$H\$\d+,/);
  });

  it("each dimension sheet's grand total caches the dimension total", () => {
    model.dimensions.forEach((plan, i) => {
      const sheet = wb.sheets[1 + i];
      const rows = sheet.tables[0].rows;
      const total = find(rows, `Total ${plan.dimension.name}`);
      const years = model.masterplan.years.length;
      expect(total.slice(7, 7 + years).map((c) => c.value)).toEqual(plan.byYear);
      expect(total[7 + years]).toMatchObject({ value: plan.total, formula: expect.stringMatching(/^SUM\(/) });
      // Every program row's total formula caches the program total.
      for (const p of plan.programs) expect(find(rows, p.name)[7 + years].value).toBe(p.total);
      expect(rows.filter((r) => String(r[1].value).startsWith('Subtotal ')).length).toBeGreaterThan(0);
    });
  });

  it('heads a dimension sheet\'s result columns Keluaran and Hasil, like the books\' program tables (mentor review)', () => {
    const headers = wb.sheets[1].tables[0].columns.map((c) => c.header);
    expect(headers.slice(-3)).toEqual(['Keluaran', 'Hasil', 'Indikator']);
    // governance.yaml: Indeks SPBE Kabupaten {unit: indeks, baseline: 2.1, target: 3.5}: no "indeks" beside the numbers.
    const cells = wb.sheets[1].tables[0].rows.flat().map((c) => String(c.value ?? ''));
    expect(cells.some((v) => v.includes('Indeks SPBE Kabupaten (baseline 2,1; target 3,5)'))).toBe(true);
  });

  it('marks years a program runs without a budget, and uses Indonesian action names', () => {
    const cells = wb.sheets.slice(1, 7).flatMap((s) => s.tables[0].rows.flat());
    expect(cells.some((c) => c.value === 'Kebijakan dan Kelembagaan')).toBe(true);
    const runs = model.programs.some((p) => p.years.some((y, _i) => p.byYear[model.masterplan.years.indexOf(y)] === 0));
    expect(cells.some((c) => c.value === '✓')).toBe(runs);
  });

  it('the Data sheet has one row per budget line summing to the total', () => {
    const rows = wb.sheets.at(-1)!.tables[0].rows;
    expect(rows.length).toBe(model.programs.reduce((n, p) => n + p.budget.length, 0));
    expect(rows.reduce((a, r) => a + (r[7].value as number), 0)).toBe(model.totals.programs);
  });

  it('quick wins total caches the model total', () => {
    const qw = wb.sheets.find((s) => s.name === 'Quick Win')!;
    expect(qw.tables[0].rows.at(-1)![10].value).toBe(model.totals.quickWins);
    expect(qw.tables[0].rows.length).toBe(model.quickWins.length + 1);
  });

  it('formulas point at the rows the layout gives', () => {
    const sheet = wb.sheets[1];
    const { first } = tableLayout(sheet)[0];
    const years = model.masterplan.years.length;
    const c = columnLetter(8);
    expect(sheet.tables[0].rows[0][7 + years].formula).toBe(`SUM(${c}${first}:${columnLetter(7 + years)}${first})`);
  });
});

describe('sheetName', () => {
  it('makes names valid and unique', () => {
    const used = new Set<string>();
    expect(sheetName('a/b:c*d?[e]\\f', used)).toBe('a-b-c-d--e--f');
    const long = 'Smart Governance and Very Long Names Indeed';
    expect(sheetName(long, used)).toBe(long.slice(0, 31));
    const second = sheetName(long, used);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith(' (2)')).toBe(true);
    expect(sheetName('DATA', new Set(['data']))).toBe('DATA (2)');
    expect(sheetName('', used)).toBe('Sheet');
  });
  it('columnLetter', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});

describe('the Indikator sheet (issue 21)', () => {
  it('ends each row with level, baseline year, yearly targets and source, as the YAML gives them', () => {
    const sheet = wb.sheets.find((s) => s.name === 'Indikator')!;
    const table = sheet.tables[0];
    expect(table.columns.slice(-4).map((c) => c.header)).toEqual(['Tingkat', 'Tahun baseline', 'Target tahunan', 'Sumber data']);
    const row = find(table.rows, 'Luas kebakaran hutan dan lahan');
    expect(row.slice(-4).map((c) => c.value)).toEqual(['Dampak', 2022, '2024: 1.800; 2026: 1.200; 2029: 800; 2032: 500', 'SiPongi KLHK dan laporan BPBPK']);
  });
});
