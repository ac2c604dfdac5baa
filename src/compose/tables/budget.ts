import { formatInteger } from '../../format/indonesian.js';
import type { Breakdown, Model } from '../../model/types.js';
import { HORIZON_NAMES, periodText } from '../labels.js';
import type { Cell, Column, Table } from '../tree.js';
import { headRow, noCell, RUPIAH, unitMoneyCell, sourceNote, t, textCell, type MoneyUnit } from './cells.js';

/** A budget table with a column per year: its id, caption, the label of its rows and the rows. */
export interface ByYearSpec {
  id: string;
  caption: string;
  label: string;
  rows: Breakdown[];
}

/** The budget tables by year of a model: per dimension, per funding source, per lead agency (the books' own). */
export const BUDGET_BY_YEAR = {
  dimension: (model: Model): ByYearSpec => ({
    id: 'tbl-anggaran-dimensi', caption: `Rencana Anggaran per Dimensi Tahun ${periodText(model)}`, label: 'Dimensi', rows: model.totals.byDimension,
  }),
  // Every manifest source, zero rows included.
  source: (model: Model): ByYearSpec => ({
    id: 'tbl-anggaran-sumber', caption: `Rencana Anggaran per Sumber Dana Tahun ${periodText(model)}`, label: 'Sumber Dana', rows: model.totals.bySource,
  }),
  // The agencies that lead a program or hold budget.
  agency: (model: Model): ByYearSpec => ({
    id: 'tbl-anggaran-opd', caption: 'Rencana Anggaran per Perangkat Daerah Penanggung Jawab', label: 'Perangkat Daerah',
    rows: model.totals.byAgency.filter((a) => a.total > 0 || a.programs > 0),
  }),
};

/** No | `label` | one column per year | Jumlah (amounts in `unit`, the book's: year-tables.ts), with a total row from model.totals. */
export function byYearTable(model: Model, { id, caption, label, rows }: ByYearSpec, unit: MoneyUnit): Table {
  const years = model.masterplan.years;
  const money = (a: number, extra = {}) => unitMoneyCell(a, unit, extra);
  const body: Cell[][] = rows.map((r, i) => [
    noCell(i + 1),
    textCell(r.label),
    ...r.byYear.map((a) => money(a)),
    money(r.total, { bold: true }),
  ]);
  body.push([
    { content: [t('Jumlah')], colSpan: 2, bold: true, shade: 'total', align: 'center' },
    ...model.totals.byYear.map((a) => money(a, { bold: true, shade: 'total' })),
    money(model.totals.programs, { bold: true, shade: 'total' }),
  ]);
  const columns: Column[] = [
    { width: 3, align: 'center' }, { width: 16 },
    ...years.map((): Column => ({ width: 7, align: 'right' })),
    { width: 9, align: 'right' },
  ];
  return {
    kind: 'table',
    id,
    number: '',
    caption: [t(`${caption} (${unit.label})`)],
    columns,
    head: [headRow(['No', label, ...years.map(String), `Jumlah (${unit.label})`])],
    body,
    note: sourceNote('Rencana anggaran program Masterplan Smart City (diolah)'),
    dense: true,
  };
}

/**
 * Programs and budget per horizon (No | Jangka Waktu | Jumlah Program | Anggaran) with a total row, in `unit`: the
 * year tables' (year-tables.ts), which share its pages, so one page never shows "1.360.000.000" beside "1.360" (Rp juta).
 */
export function budgetByHorizonTable(model: Model, unit: MoneyUnit = RUPIAH): Table {
  const body: Cell[][] = model.totals.byHorizon.map((h, i) => [
    noCell(i + 1),
    textCell(`${HORIZON_NAMES[h.horizon]} (${model.masterplan.horizons[h.horizon]} tahun)`),
    textCell(formatInteger(h.programs), { align: 'right' }),
    unitMoneyCell(h.total, unit),
  ]);
  body.push([
    { content: [t('Jumlah')], colSpan: 2, bold: true, shade: 'total', align: 'center' },
    textCell(formatInteger(model.totals.programCount), { align: 'right', bold: true, shade: 'total' }),
    unitMoneyCell(model.totals.programs, unit, { bold: true, shade: 'total' }),
  ]);
  return {
    kind: 'table',
    id: 'tbl-anggaran-jangka',
    number: '',
    caption: [t('Jumlah Program dan Anggaran per Jangka Waktu')],
    columns: [{ width: 6, align: 'center' }, { width: 40 }, { width: 20, align: 'right' }, { width: 34, align: 'right' }],
    head: [headRow(['No', 'Jangka Waktu', 'Jumlah Program', `Anggaran (${unit.label})`])],
    body,
    note: sourceNote('Rencana anggaran program Masterplan Smart City (diolah)'),
  };
}
