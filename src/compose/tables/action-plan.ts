/**
 * The masterplan per action-plan group (*rencana aksi*): a summary of programs and budget per
 * group, and each group's programs. Figures from model.totals.byAction, never re-added.
 */
import { formatBasisPoints } from '../../format/indonesian.js';
import { sharesBp } from '../../format/shares.js';
import { actionKey } from '../../model/action-groups.js';
import type { Model } from '../../model/types.js';
import { actionRows } from '../figures/action-plan.js';
import { agencyShort, dimensionName } from '../labels.js';
import type { Cell, Table } from '../tree.js';
import { headRow, moneyCell, noCell, sourceNote, t, textCell } from './cells.js';

/** No | Kelompok Rencana Aksi | Jumlah Program | Anggaran (Rp) | Porsi, with a total row. */
export function actionSummaryTable(model: Model): Table | undefined {
  if (model.programs.length === 0) return undefined;
  const total = model.totals.programs;
  const rows = actionRows(model);
  const shares = sharesBp(rows.map((r) => r.total));
  const body: Cell[][] = rows.map((r, i) => [
    noCell(i + 1), textCell(r.label), textCell(String(r.programs), { align: 'center' }), moneyCell(r.total),
    textCell(total > 0 ? formatBasisPoints(shares[i], 1) : '-', { align: 'right' }),
  ]);
  body.push([
    { content: [t('Jumlah')], colSpan: 2, bold: true, shade: 'total', align: 'center' },
    textCell(String(model.totals.programCount), { align: 'center', bold: true, shade: 'total' }),
    moneyCell(total, { bold: true, shade: 'total' }),
    textCell(total > 0 ? '100,0%' : '-', { align: 'right', bold: true, shade: 'total' }),
  ]);
  return {
    kind: 'table',
    id: 'tbl-rencana-aksi',
    number: '',
    caption: [t('Program dan Anggaran per Kelompok Rencana Aksi')],
    columns: [{ width: 5, align: 'center' }, { width: 40 }, { width: 15, align: 'center' }, { width: 25, align: 'right' }, { width: 15, align: 'right' }],
    head: [headRow(['No', 'Kelompok Rencana Aksi', 'Jumlah Program', 'Anggaran (Rp)', 'Porsi'])],
    body,
    note: sourceNote('Rencana program Masterplan Smart City (diolah)'),
  };
}

/** One group's programs: No | Program | Dimensi | OPD | Anggaran (Rp); undefined for an empty group. */
export function actionProgramsTable(model: Model, key: string): Table | undefined {
  const programs = model.programs.filter((p) => actionKey(p.action) === key);
  if (programs.length === 0) return undefined;
  const group = model.totals.byAction.find((r) => r.key === key)!;
  const body: Cell[][] = programs.map((p, i) => [
    noCell(i + 1), textCell(p.name), textCell(dimensionName(model, p.dimensionId)), textCell(agencyShort(model, p.leadId)), moneyCell(p.total),
  ]);
  body.push([
    { content: [t('Jumlah')], colSpan: 4, bold: true, shade: 'total', align: 'center' },
    moneyCell(group.total, { bold: true, shade: 'total' }),
  ]);
  return {
    kind: 'table',
    id: `tbl-rencana-aksi-${key}`,
    number: '',
    caption: [t(`Program Kelompok ${group.label}`)],
    columns: [{ width: 5, align: 'center' }, { width: 38 }, { width: 17 }, { width: 17 }, { width: 23, align: 'right' }],
    head: [headRow(['No', 'Program', 'Dimensi', 'OPD', 'Anggaran (Rp)'])],
    body,
  };
}
