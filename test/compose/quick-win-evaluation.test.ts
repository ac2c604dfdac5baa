import { describe, expect, it } from 'vitest';
import { riskMatrixFigure } from '../../src/compose/figures/risk-matrix.js';
import { actionSummaryTable, codedRisks, criteriaTable, riskRegisterTable } from '../../src/compose/tables/index.js';
import type { Cell } from '../../src/compose/tree.js';
import { loadProject } from '../../src/load/index.js';
import { buildModel } from '../../src/model/build.js';

const model = buildModel(await loadProject('examples/kotawaringin-timur'));
const text = (c: Cell) => c.content.map((i) => ('text' in i ? i.text : '')).join('');

describe('quick-win evaluation in the book (example, hand-checked)', () => {
  it('codes risks R1… in quick-win order (framework order: SIPANDU, SAKTI, Sampit Creative Hub, …)', () => {
    const coded = codedRisks(model);
    expect(coded.length).toBe(18);
    expect(coded.slice(3, 6).map((c) => [c.code, c.quickWin.id, c.risk.level, c.risk.band.name])).toEqual([
      ['R4', 'qw-sakti', 16, 'Tinggi'], ['R5', 'qw-sakti', 9, 'Rendah'], ['R6', 'qw-sakti', 5, 'Sangat Rendah'],
    ]);
  });

  it('the register table: level and band shaded, owner by short name', () => {
    const sakti = model.quickWins.find((q) => q.id === 'qw-sakti')!;
    const table = riskRegisterTable(model, sakti, codedRisks(model))!;
    expect(table.body.map((r) => r.map(text))[0]).toEqual([
      'R4', 'OPD tidak menyerahkan data prioritas tepat waktu', '4', '4', '16', 'Tinggi',
      'Jadwal penyerahan data dalam Perbup Satu Data dan forum Satu Data triwulanan', 'Bappelitbangda',
    ]);
    expect(table.body[0][5].shade).toBe('risk-high');
    expect(table.body[2][5].shade).toBe('risk-very_low');
  });

  it('the matrix: likelihood 5 on top, impact 1 on the left; each risk in its cell, every cell shaded by band', () => {
    const fig = riskMatrixFigure(model)!;
    const body = fig.grid!.body;
    const cell = (likelihood: number, impact: number) => body[5 - likelihood][impact];
    // (4, 4): R4 SAKTI and R10 JELAWAT; (5, 3): R14 panggilan iseng; (1, 5): R6 portal diretas.
    expect(text(cell(4, 4))).toBe('R4, R10');
    expect(text(cell(5, 3))).toBe('R14');
    expect(text(cell(1, 5))).toBe('R6');
    expect(text(cell(1, 1))).toBe('');
    // Bands at the edges: 1×5 = 5 very low, 2×3 = 6 low, 3×5 = 15 medium, 4×4 = 16 high, 5×5 = 25 very high.
    expect([cell(1, 5), cell(2, 3), cell(3, 5), cell(4, 4), cell(5, 5)].map((c) => c.shade)).toEqual([
      'risk-very_low', 'risk-low', 'risk-medium', 'risk-high', 'risk-very_high',
    ]);
    const all = body.slice(0, 5).flatMap((r) => r.slice(1)).map(text).filter(Boolean).join(', ').split(', ');
    expect(all.sort()).toEqual(codedRisks(model).map((c) => c.code).sort());
    expect(fig.altText).toContain('18 risiko');
  });

  it('the criteria table lists all ten, saying which are not answered', () => {
    const qw = { ...model.quickWins[0], criteria: { ...model.quickWins[0].criteria, sustainability: undefined } };
    const rows = criteriaTable(qw)!.body.map((r) => r.map(text));
    expect(rows.length).toBe(10);
    expect(rows[9]).toEqual(['10', 'Keberlanjutan', 'Belum dijawab']);
    expect(rows[0][1]).toBe('Perumusan Inovasi');
  });

  it('the action-plan summary: every group, sdm included, shares of the total', () => {
    const rows = actionSummaryTable(model)!.body.map((r) => r.map(text));
    expect(rows.slice(0, -1).map((r) => r[1])).toEqual([
      'Kebijakan dan Kelembagaan', 'Infrastruktur Pendukung', 'Perangkat Lunak dan Aplikasi', 'Penguatan Literasi', 'Pengembangan SDM',
    ]);
    expect(rows.at(-1)!.slice(0, 2)).toEqual(['Jumlah', String(model.totals.programCount)]);
    // gov-05 alone is sdm; its budget over the period is the group's whole budget.
    const gov05 = model.programs.find((p) => p.id === 'gov-05')!;
    expect(rows[4][2]).toBe('1');
    expect(rows[4][3]).toBe(gov05.total.toLocaleString('de-DE'));
  });
});
