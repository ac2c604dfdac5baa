/**
 * Tables only the books need (the set's own sections): missions × dimensions, goals per dimension, quick-win budget
 * per dimension, the executive summary's key figures. Every figure is the model's.
 */
import { formatBasisPoints, formatInteger } from '../../format/indonesian.js';
import { sharesBp } from '../../format/shares.js';
import type { Mission, Model } from '../../model/types.js';
import { headRow, moneyCell, noCell, paraCell, sourceNote, t, textCell } from '../tables/cells.js';
import type { Cell, Table } from '../tree.js';

const dimensionNames = (model: Model, ids: readonly string[]) =>
  ids.map((id) => model.framework.find((d) => d.id === id)?.name ?? id).join(', ') || '-';
const totalRow = (label: string, span: number, cells: Cell[]): Cell[] => [
  { content: [t(label)], colSpan: span, bold: true, shade: 'total', align: 'center' }, ...cells,
];
const count = (n: number, extra: Partial<Cell> = {}) => textCell(formatInteger(n), { align: 'right', ...extra });

/** No | Misi | Dimensi Smart City: a list of missions and the dimensions that serve each. */
export function missionTable(model: Model, missions: readonly Mission[], id: string, caption: string): Table | undefined {
  if (missions.length === 0) return undefined;
  return {
    kind: 'table', id, number: '', caption: [t(caption)],
    columns: [{ width: 6, align: 'center' }, { width: 60 }, { width: 34 }],
    head: [headRow(['No', 'Misi', 'Dimensi Smart City'])],
    body: missions.map((m, i) => [noCell(i + 1), paraCell(m.text), textCell(dimensionNames(model, m.dimensionIds))]),
  };
}

/** No | Dimensi | Sasaran | Strategi: the goal (*sasaran*) of each dimension. */
export function goalTable(model: Model): Table {
  return {
    kind: 'table', id: 'tbl-sasaran', number: '', caption: [t('Sasaran Setiap Dimensi Smart City')],
    columns: [{ width: 6, align: 'center' }, { width: 22 }, { width: 58 }, { width: 14, align: 'right' }],
    head: [headRow(['No', 'Dimensi', 'Sasaran', 'Jumlah Strategi'])],
    body: model.dimensions.map((d, i) => [noCell(i + 1), textCell(d.dimension.name), paraCell(d.goal ?? '-'), count(d.strategies.length)]),
  };
}

/** No | Dimensi | Quick Win | Anggaran: the quick wins' count and budget per dimension. */
export function quickWinBudgetTable(model: Model): Table | undefined {
  if (model.quickWins.length === 0) return undefined;
  const sum = (qs: Model['quickWins']) => qs.reduce((s, q) => s + (q.budget?.amount ?? 0), 0);
  const body = model.dimensions.map((d, i) => [noCell(i + 1), textCell(d.dimension.name), count(d.quickWins.length), moneyCell(sum(d.quickWins))]);
  body.push(totalRow('Jumlah', 2, [count(model.totals.quickWinCount, { bold: true, shade: 'total' }), moneyCell(model.totals.quickWins, { bold: true, shade: 'total' })]));
  return {
    kind: 'table', id: 'tbl-anggaran-quick-win', number: '', caption: [t('Anggaran Quick Win per Dimensi')],
    columns: [{ width: 6, align: 'center' }, { width: 44 }, { width: 16, align: 'right' }, { width: 34, align: 'right' }],
    head: [headRow(['No', 'Dimensi', 'Jumlah Quick Win', 'Anggaran (Rp)'])],
    body,
    note: sourceNote('Rencana quick win Masterplan Smart City (diolah)'),
  };
}

/** The executive summary's key figures per dimension: programs, quick wins, budget and its share of the total. */
export function keyFiguresTable(model: Model): Table {
  const shares = sharesBp(model.totals.byDimension.map((b) => b.total));
  const share = (i: number) => (model.totals.programs > 0 ? formatBasisPoints(shares[i], 1) : '-');
  const body = model.totals.byDimension.map((b, i) => {
    const d = model.dimensions[i];
    return [noCell(i + 1), textCell(b.label), count(d.programs.length), count(d.quickWins.length), moneyCell(b.total), textCell(share(i), { align: 'right' })];
  });
  body.push(totalRow('Jumlah', 2, [
    count(model.totals.programCount, { bold: true, shade: 'total' }), count(model.totals.quickWinCount, { bold: true, shade: 'total' }),
    moneyCell(model.totals.programs, { bold: true, shade: 'total' }), textCell(model.totals.programs > 0 ? formatBasisPoints(10000, 1) : '-', { align: 'right', bold: true, shade: 'total' }),
  ]));
  return {
    kind: 'table', id: 'tbl-angka-kunci', number: '', caption: [t('Angka Kunci per Dimensi')],
    columns: [{ width: 5, align: 'center' }, { width: 31 }, { width: 13, align: 'right' }, { width: 13, align: 'right' }, { width: 26, align: 'right' }, { width: 12, align: 'right' }],
    head: [headRow(['No', 'Dimensi', 'Program', 'Quick Win', 'Anggaran (Rp)', 'Porsi'])],
    body,
    note: sourceNote('Masterplan Smart City (diolah)'),
  };
}
