import { describe, expect, it } from 'vitest';
import { formatInteger, formatNumber } from '../../src/format/indonesian.js';

/** Some of the example's year tables (ten years of billions) do not fit a landscape page in full Rupiah, so all show millions (yearMoneyUnit). */
const juta = (a: number) => (a === 0 ? '-' : formatNumber(a / 1e6, 2));
import { loadProject } from '../../src/load/index.js';
import { buildModel } from '../../src/model/build.js';
import type { Model } from '../../src/model/types.js';
import { ACTION_NAMES, agencyName } from '../../src/compose/labels.js';
import { ACTION_NAMES as WORKBOOK_ACTION_NAMES } from '../../src/compose/workbook/common.js';
import type { Cell, Inline, Table } from '../../src/compose/tree.js';
import {
  budgetByDimensionTable, budgetByHorizonTable, budgetBySourceTable, councilTable, gapTable, indicatorMatrixTable,
  programTable, programsByElement, quickWinTable, quickWinsSummaryTable, readinessTable, roadmapTable,
  statisticsTable, strategyTable, swotStrategyTable, swotTable,
} from '../../src/compose/tables/index.js';

const model = buildModel(await loadProject('examples/kotawaringin-timur'));

function inlineText(content: Inline[]): string {
  return content.map((i) => {
    switch (i.kind) {
      case 'text': case 'ref': return i.text;
      case 'break': return '\n';
      default: return inlineText(i.children);
    }
  }).join('');
}
const cellText = (c: Cell) => inlineText(c.content);
const allText = (tbl: Table) => [...tbl.head, ...tbl.body].flat().map(cellText).join('\n');

function allTables(m: Model): Table[] {
  const ga = m.gapAnalysis!;
  const out: (Table | undefined)[] = [
    statisticsTable(m),
    ...ga.readiness.map((r) => readinessTable(m, r)),
    gapTable(m),
    swotTable(ga.swot!),
    swotStrategyTable(ga.swot!),
    ...m.dimensions.flatMap((d) => [strategyTable(d), programTable(m, d), roadmapTable(m, d)]),
    budgetByDimensionTable(m), budgetBySourceTable(m), budgetByHorizonTable(m),
    quickWinsSummaryTable(m),
    ...m.quickWins.map((q) => quickWinTable(m, q)),
    councilTable(m.masterplan.team.council, 'Dewan Smart City'),
    councilTable(m.masterplan.team.implementers, 'Tim Pelaksana Smart City'),
    indicatorMatrixTable(m),
  ];
  return out.filter((t): t is Table => t !== undefined);
}

/** Sum of colSpans of a row. */
const rowWidth = (row: Cell[]) => row.reduce((s, c) => s + (c.colSpan ?? 1), 0);

describe('table builders on the example', () => {
  const tables = allTables(model);

  it('builds every table with unique ids, empty numbers and consistent row widths', () => {
    expect(model.gapAnalysis?.swot?.strategies).toBeDefined();
    expect(tables.length).toBeGreaterThan(20);
    const ids = tables.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const tbl of tables) {
      expect(tbl.kind).toBe('table');
      expect(tbl.number).toBe('');
      expect(inlineText(tbl.caption)).not.toBe('');
      expect(tbl.head.length).toBeGreaterThan(0);
      expect(tbl.body.length).toBeGreaterThan(0);
      for (const row of [...tbl.head, ...tbl.body]) expect(rowWidth(row), tbl.id).toBe(tbl.columns.length);
      for (const c of tbl.head.flat()) expect(c.shade).toBe('header');
    }
  });

  it('roadmap: group rows, one row per program, total row from the model', () => {
    for (const plan of model.dimensions) {
      const tbl = roadmapTable(model, plan)!;
      expect(tbl.id).toBe(`tbl-roadmap-${plan.dimension.id}`);
      expect(tbl.dense).toBe(true);
      expect(tbl.columns).toHaveLength(4 + model.masterplan.years.length);
      expect(tbl.head[0].slice(3, -1).map(cellText)).toEqual(model.masterplan.years.map(String));
      const groups = programsByElement(plan).length;
      expect(tbl.body.filter((r) => r[0].shade === 'group')).toHaveLength(groups);
      expect(tbl.body).toHaveLength(plan.programs.length + groups + 1);
      const total = tbl.body.at(-1)!;
      expect(total.every((c) => c.shade === 'total')).toBe(true);
      expect(cellText(total.at(-1)!)).toBe(juta(plan.total));
      expect(total.slice(1, -1).map(cellText)).toEqual(plan.byYear.map((a) => juta(a)));
      // Money columns (years and Jumlah) are right-aligned, in the columns and in the cells.
      expect(tbl.columns.slice(3).every((c) => c.align === 'right')).toBe(true);
      for (const row of tbl.body.filter((r) => r[0].shade !== 'group' && r[0].shade !== 'total')) {
        expect(row.slice(3).every((c) => c.align === 'right')).toBe(true);
      }
    }
  });

  it('program table: element groups span the table, programs numbered in order', () => {
    const plan = model.dimensions[0];
    const tbl = programTable(model, plan)!;
    expect(tbl.id).toBe(`tbl-program-${plan.dimension.id}`);
    const groups = tbl.body.filter((r) => r[0].shade === 'group');
    expect(groups.every((r) => r.length === 1 && r[0].colSpan === 7)).toBe(true);
    const programRows = tbl.body.filter((r) => r[0].shade !== 'group');
    expect(programRows.map((r) => cellText(r[0]))).toEqual(plan.programs.map((_, i) => String(i + 1)));
    const p = plan.programs.find((x) => x.action)!;
    const row = programRows.find((r) => cellText(r[1]).startsWith(p.name))!;
    expect(cellText(row[2])).toBe(ACTION_NAMES[p.action!]);
    expect(row[1].content[0]).toEqual({ kind: 'strong', children: [{ kind: 'text', text: p.name }] });
    expect(allText(tbl)).toContain('→');
  });

  it('program table and indicator matrix name outputs and outcomes in Indonesian; an index has no "(indeks)" unit (mentor review)', () => {
    const gov = programTable(model, model.dimensions.find((d) => d.dimension.id === 'governance')!)!;
    expect(gov.head[0].map(cellText)).toEqual(['No', 'Program', 'Kelompok Aksi', 'OPD Penanggung Jawab / Pendukung', 'Keluaran / Hasil', 'Indikator', 'Menjawab']);
    const text = allText(gov);
    expect(text).toContain('Keluaran:\n');
    expect(text).toContain('Hasil:\n');
    expect(text).not.toMatch(/Output|Outcome/);
    // governance.yaml: {name: Indeks SPBE Kabupaten, unit: indeks, baseline: 2.1, target: 3.5}; {name: Aplikasi OPD yang terintegrasi, unit: aplikasi, baseline: 4, target: 40}.
    expect(text).toContain('Indeks SPBE Kabupaten: 2,1 → 3,5');
    expect(text).toContain('Aplikasi OPD yang terintegrasi (aplikasi): 4 → 40');
    const matrix = indicatorMatrixTable(model)!;
    const level = (name: string) => cellText(matrix.body.find((r) => r.length > 3 && cellText(r[2]) === name)![3]);
    expect(level('Aplikasi OPD yang terintegrasi')).toBe('Keluaran');
    expect(level('Indeks SPBE Kabupaten')).toBe('Hasil');
    expect(cellText(matrix.head[0][3])).toBe('Tingkat');
  });

  it('the indicator matrix leaves out Tingkat and Target Tahunan when no indicator fills them (issue 17)', () => {
    const bare = structuredClone(model);
    for (const d of bare.dimensions) for (const p of d.programs) p.indicators = p.indicators.map((i) => ({ ...i, level: undefined, targets: [] }));
    const matrix = indicatorMatrixTable(bare)!;
    expect(matrix.head[0].map(cellText)).toEqual(['No', 'Program', 'Indikator', 'Satuan', 'Baseline (Tahun)', 'Target Akhir', 'Arah', 'Sumber Data']);
    expect(matrix.columns).toHaveLength(8);
    expect(matrix.body.every((r) => r.length === 8 || (r.length === 1 && r[0].colSpan === 8))).toBe(true);
    expect(matrix.note!.map((x) => (x.kind === 'text' ? x.text : '')).join('')).not.toContain('Tingkat');
  });

  it('budget tables total from model.totals', () => {
    const dim = budgetByDimensionTable(model);
    expect(dim.body).toHaveLength(model.totals.byDimension.length + 1);
    expect(cellText(dim.body.at(-1)!.at(-1)!)).toBe(juta(model.totals.programs));
    expect(dim.head[0].at(-1)!.content).toEqual([{ kind: 'text', text: 'Jumlah (Rp juta)' }]);
    dim.body.slice(0, -1).forEach((r, i) => expect(cellText(r.at(-1)!)).toBe(juta(model.totals.byDimension[i].total)));
    const src = budgetBySourceTable(model);
    expect(src.body).toHaveLength(model.totals.bySource.length + 1);
    expect(cellText(src.body.at(-1)!.at(-1)!)).toBe(juta(model.totals.programs));
    const hz = budgetByHorizonTable(model);
    expect(cellText(hz.body.at(-1)!.at(-1)!)).toBe(formatInteger(model.totals.programs));
    expect(cellText(hz.body[0][1])).toMatch(/^Jangka Pendek/);
    for (const tbl of [dim, src, hz]) expect(tbl.columns.at(-1)!.align).toBe('right');
  });

  it('quick wins: summary total from the model, card rows', () => {
    const sum = quickWinsSummaryTable(model)!;
    expect(sum.body).toHaveLength(model.quickWins.length + 1);
    expect(cellText(sum.body.at(-1)!.at(-1)!)).toBe(formatInteger(model.totals.quickWins));
    const qw = model.quickWins[0];
    expect(cellText(sum.body[0][4])).toMatch(/ \(\d+ bulan\)$/);
    const card = quickWinTable(model, qw);
    expect(card.id).toBe(`tbl-quick-win-${qw.id}`);
    const keys = card.body.map((r) => cellText(r[0]));
    expect(keys).toEqual(expect.arrayContaining(['Nama', 'OPD Penanggung Jawab', 'Jadwal', 'Anggaran', 'Indikator']));
    // The text above the card tells the objective and description; the card does not repeat them.
    expect(keys).not.toContain('Tujuan');
    expect(keys).not.toContain('Uraian');
    const opd = card.body.find((r) => cellText(r[0]) === 'OPD Penanggung Jawab')!;
    expect(cellText(opd[1])).toBe(agencyName(model, qw.leadId));
    const budget = card.body.find((r) => cellText(r[0]) === 'Anggaran')!;
    expect(cellText(budget[1])).toBe(`Rp ${formatInteger(qw.budget!.amount)} (${qw.budget!.source})`);
  });

  it('other tables', () => {
    const stats = statisticsTable(model)!;
    expect(stats.body).toHaveLength(model.region.statistics.length);
    expect(cellText(stats.body[0][1])).toBe('16.496');
    expect(cellText(stats.body[0][3])).toBe('2021');
    const gaps = gapTable(model)!;
    expect(gaps.dense).toBe(true);
    expect(gaps.head[0]).toHaveLength(9);
    const swot = swotTable(model.gapAnalysis!.swot!);
    expect(swot.body[0][0].content.filter((i) => i.kind === 'break')).toHaveLength(model.gapAnalysis!.swot!.strengths.length - 1);
    expect(councilTable([], 'Dewan Smart City')).toBeUndefined();
    expect(councilTable(model.masterplan.team.council, 'Dewan Smart City')!.id).toBe('tbl-dewan-smart-city');
    const ind = indicatorMatrixTable(model)!;
    const count = model.programs.reduce((s, p) => s + p.indicators.length, 0);
    expect(ind.body.filter((r) => r[0].shade !== 'group')).toHaveLength(count);
    expect(WORKBOOK_ACTION_NAMES).toBe(ACTION_NAMES);
  });

  it('free text from the YAML appears verbatim', () => {
    const weird = 'R&D <MPP-D> "q" {{x}} 😀';
    const plan0 = model.dimensions[0];
    const program = { ...plan0.programs[0], name: weird, description: weird, outputs: [weird], indicators: [{ name: weird, polarity: 'up' as const, targets: [] }] };
    const plan = { ...plan0, programs: [program, ...plan0.programs.slice(1)], strategies: plan0.strategies.map((s) => ({ ...s, title: weird })) };
    const qw = { ...model.quickWins[0], name: weird, background: weird, partners: [weird] };
    const swot = { ...model.gapAnalysis!.swot!, strengths: [weird] };
    const m: Model = {
      ...model,
      dimensions: [plan, ...model.dimensions.slice(1)],
      programs: [program, ...model.programs.slice(1)],
      quickWins: [qw, ...model.quickWins.slice(1)],
      gapAnalysis: { ...model.gapAnalysis!, gaps: [{ ...model.gapAnalysis!.gaps[0], current: weird }], swot },
      region: { ...model.region, statistics: [{ label: weird, value: weird }] },
      masterplan: { ...model.masterplan, team: { ...model.masterplan.team, council: [{ name: weird, position: weird, duties: [] }] } },
    };
    const texts = [
      programTable(m, plan)!, roadmapTable(m, plan)!, strategyTable(plan)!, quickWinTable(m, qw), quickWinsSummaryTable(m)!,
      gapTable(m)!, swotTable(swot), statisticsTable(m)!, councilTable(m.masterplan.team.council, 'Dewan')!, indicatorMatrixTable(m)!,
    ].map(allText);
    for (const text of texts) expect(text).toContain(weird);
    // The text inline carries the string itself, unescaped.
    const cell = programTable(m, plan)!.body.flat().find((c) => c.content.some((i) => i.kind === 'text' && i.text === weird));
    expect(cell).toBeDefined();
  });
});
