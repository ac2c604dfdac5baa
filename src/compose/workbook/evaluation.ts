/**
 * The `Evaluasi <Y>` sheet, laid out like Kominfo's self-assessment form: the component scores with
 * weights, weighted results and the index; then the evidence of each component (output documents,
 * outcome per action-plan group, the impact survey, the quick wins' criteria scores). Every total
 * is a live formula carrying the model's value as its cached result. Means are ROUND(AVERAGE(…), 2) and
 * weighted values ROUND(…, 4), so the cached value (exact, from the model) is what a recalculation
 * gives, to the digit.
 */
import type { Cell, Sheet, Table } from '../../compose/workbook-tree.js';
import { formatDate } from '../../format/indonesian.js';
import { percentTenths } from '../../model/progress.js';
import { CRITERION_NAMES, QUICK_WIN_CRITERIA } from '../../model/quick-win-evaluation.js';
import type { Model, ProgressYear } from '../../model/types.js';
import { COMPONENT_NAMES } from '../monev/index.js';
import { OUTPUT_STATUS_NAMES, OUTPUT_TYPE_NAMES } from '../monev/evaluation.js';
import { col, headerRowOf, int, money, printSetup, text } from './common.js';

const shaded = { bold: true, shade: true } as const;
/**
 * A mean shown as the report shows it: half-up at two decimals, from the model's floored
 * ten-thousandths (floor((floor(x) + 50) / 100) = floor((x + 50) / 100)); the sheet's formula
 * is ROUND(AVERAGE(…), 2), so the cached value is what any recalculation gives.
 */
function halfUpHundredths(tenThousandths: number): number {
  return Math.floor((tenThousandths + 50) / 100) / 100;
}

const num = (value: number | null, extra: Partial<Cell> = {}): Cell => ({ value, ...extra });

export function composeEvaluation(model: Model, y: ProgressYear, name: string): Sheet {
  const title = [model.masterplan.title, `Evaluasi tahun ${y.year} (format penilaian mandiri)${y.asOf ? `, data per ${formatDate(y.asOf)}` : ''}`];
  const tables: Table[] = [];
  const add = (caption: string, build: (header: number) => Table) => tables.push({ ...build(headerRowOf(title, tables, caption)), caption });

  // 1. The index: score × weight / 100 per component, summed.
  const a = y.assessment;
  if (a && a.components.length > 0) {
    add('Indeks Smart City', (h) => {
      const first = h + 1;
      const last = h + a.components.length;
      const rows: Cell[][] = a.components.map((c, i) => {
        const r = first + i;
        return [
          int(i + 1), text(COMPONENT_NAMES[c.name] ?? c.name), num(c.scoreHundredths / 100, { format: 'score' }), num(c.weight),
          num(c.weightedTenThousandths / 10000, { formula: `ROUND(C${r}*D${r}/100,4)`, format: 'weighted' }),
        ];
      });
      const indexRow = last + 1;
      rows.push([text(null, shaded), text('Indeks', shaded), num(null, shaded), num(a.components.reduce((s, c) => s + c.weight, 0), { formula: `SUM(D${first}:D${last})`, ...shaded }),
        num(a.indexTenThousandths / 10000, { formula: `SUM(E${first}:E${last})`, format: 'score', ...shaded })]);
      if (a.previousIndexHundredths !== undefined) {
        rows.push([text(null), text('Indeks tahun sebelumnya'), num(null), num(null), num(a.previousIndexHundredths / 100, { format: 'score' })]);
        rows.push([text(null, shaded), text('Perubahan', shaded), num(null, shaded), num(null, shaded),
          num(a.changeTenThousandths! / 10000, { formula: `ROUND(E${indexRow}-E${indexRow + 1},4)`, format: 'change', ...shaded })]);
      }
      return { columns: [{ header: 'No', format: 'integer' }, { header: 'Komponen' }, { header: 'Nilai (1–5)' }, { header: 'Bobot (%)' }, { header: 'Nilai tertimbang' }], rows };
    });
  }

  // 2. Output: policy, institutions, budget.
  if (y.outputs.length > 0) {
    add('Output: kebijakan, kelembagaan dan anggaran', () => ({
      columns: [{ header: 'No', format: 'integer' }, { header: 'Jenis' }, { header: 'Dokumen' }, { header: 'Nomor' }, { header: 'Status' }],
      rows: y.outputs.map((o, i) => [
        int(i + 1), text(OUTPUT_TYPE_NAMES[o.type]), text(o.title, { wrap: true }), text(o.reference), text(o.status ? OUTPUT_STATUS_NAMES[o.status] : null),
      ]),
    }));
  }

  // 3. Outcome: realisation per action-plan group (with the ungrouped row when it holds programs).
  add('Outcome: realisasi per kelompok rencana aksi', (h) => {
    const groups = y.byAction.filter((g) => g.key !== 'none' || g.programs > 0);
    const first = h + 1;
    const last = h + groups.length;
    const pct = (r: number, n: number, d: number, numCol: string, denCol: string) =>
      num(percentTenths(n, d) ?? 0, { formula: `IF(${denCol}${r}=0,0,ROUND(${numCol}${r}/${denCol}${r}*100,1))` });
    const rows: Cell[][] = groups.map((g, i) => {
      const r = first + i;
      return [text(g.label), int(g.programs), int(g.implemented), money(g.planned), money(g.realized), pct(r, g.realized, g.planned, 'E', 'D'), pct(r, g.implemented, g.programs, 'C', 'B')];
    });
    const t = last + 1;
    const sum = (c: string) => `SUM(${c}${first}:${c}${last})`;
    rows.push([
      text('Total', shaded), int(y.total.programs, { formula: sum('B'), ...shaded }), int(y.total.implemented, { formula: sum('C'), ...shaded }),
      money(y.total.planned, { formula: sum('D'), ...shaded }), money(y.total.realized, { formula: sum('E'), ...shaded }),
      { ...pct(t, y.total.realized, y.total.planned, 'E', 'D'), ...shaded }, { ...pct(t, y.total.implemented, y.total.programs, 'C', 'B'), ...shaded },
    ]);
    return {
      columns: [
        { header: 'Kelompok rencana aksi' }, { header: 'Program', format: 'integer' }, { header: 'Terlaksana', format: 'integer' },
        { header: `Rencana ${y.year}`, format: 'money' }, { header: `Realisasi ${y.year}`, format: 'money' },
        { header: 'Realisasi (%)' }, { header: 'Tingkat pelaksanaan (%)' },
      ],
      rows,
    };
  });

  // 4. Impact: the survey, its mean as AVERAGE.
  const s = y.survey;
  if (s) {
    add(`Dampak: survei warga (${s.respondents} responden${s.method ? `, ${s.method}` : ''}${s.date ? `, ${formatDate(s.date)}` : ''})`, (h) => {
      const first = h + 1;
      const last = h + s.scores.length;
      const rows: Cell[][] = s.scores.map((r) => [text(r.label), num(r.hundredths / 100)]);
      rows.push([text('Rata-rata', shaded), num(halfUpHundredths(s.meanTenThousandths), { formula: `ROUND(AVERAGE(B${first}:B${last}),2)`, ...shaded })]);
      return { columns: [{ header: 'Dimensi' }, { header: 'Skor (1–5)' }], rows };
    });
  }

  // 5. Quick win: the ten criteria per quick win, the mean over the scored ones (AVERAGE skips blanks).
  const scored = y.quickWins.filter((q) => q.criteriaScores.length > 0);
  if (scored.length > 0) {
    add('Quick win: skor sepuluh kriteria', (h) => {
      const lastCriterion = col(1 + QUICK_WIN_CRITERIA.length);
      const rows: Cell[][] = scored.map((q, i) => {
        const r = h + 1 + i;
        const by = new Map(q.criteriaScores.map((c) => [c.criterion, c.hundredths]));
        return [
          text(q.quickWin.acronym ?? q.quickWin.name),
          ...QUICK_WIN_CRITERIA.map((c) => num(by.has(c) ? by.get(c)! / 100 : null)),
          num(halfUpHundredths(q.criteriaMeanTenThousandths!), { formula: `ROUND(AVERAGE(B${r}:${lastCriterion}${r}),2)`, bold: true }),
        ];
      });
      return {
        columns: [{ header: 'Quick win' }, ...QUICK_WIN_CRITERIA.map((c) => ({ header: CRITERION_NAMES[c] })), { header: 'Rata-rata' }],
        rows,
      };
    });
  }

  return { name, title, tables, print: printSetup(tables.length === 1 ? headerRowOf(title, [], tables[0]?.caption) : undefined) };
}
