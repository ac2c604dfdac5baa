import { formatMonth, formatRupiah } from '../../format/indonesian.js';
import type { Model, QuickWin } from '../../model/types.js';
import { agencyName, agencyShort, dimensionName, elementName, regionTitle } from '../labels.js';
import type { Cell, Inline, Table } from '../tree.js';
import { headRow, lines, moneyCell, noCell, para, sourceNote, strong, t, textCell, th, valueText } from './cells.js';

/** "SIPANDU – Sistem Informasi Pelayanan Terpadu", or just the name. */
export function quickWinTitle(qw: QuickWin): string {
  return qw.acronym ? `${qw.acronym} – ${qw.name}` : qw.name;
}

/** "Februari 2023 – Desember 2023 (11 bulan)". */
export function quickWinSchedule(qw: QuickWin): string {
  const range = qw.schedule.start === qw.schedule.end
    ? formatMonth(qw.schedule.start)
    : `${formatMonth(qw.schedule.start)} – ${formatMonth(qw.schedule.end)}`;
  return `${range} (${qw.months} bulan)`;
}

/**
 * BAB VII: every quick win (No | Quick Win | Dimensi | OPD | Jadwal | Anggaran (Rp)) with a
 * total row from model.totals.quickWins; undefined when there are none.
 */
export function quickWinsSummaryTable(model: Model): Table | undefined {
  if (model.quickWins.length === 0) return undefined;
  const body: Cell[][] = model.quickWins.map((qw, i) => [
    noCell(i + 1),
    textCell(quickWinTitle(qw)),
    textCell(dimensionName(model, qw.dimensionId)),
    textCell(agencyShort(model, qw.leadId)),
    textCell(quickWinSchedule(qw)),
    qw.budget ? moneyCell(qw.budget.amount) : textCell('-', { align: 'right' }),
  ]);
  body.push([
    { content: [t('Jumlah')], colSpan: 5, bold: true, shade: 'total', align: 'center' },
    moneyCell(model.totals.quickWins, { bold: true, shade: 'total' }),
  ]);
  return {
    kind: 'table',
    id: 'tbl-quick-win',
    number: '',
    caption: [t(`Daftar Quick Win ${regionTitle(model)}`)],
    columns: [{ width: 4, align: 'center' }, { width: 30 }, { width: 15 }, { width: 12 }, { width: 22 }, { width: 17, align: 'right' }],
    head: [headRow(['No', 'Quick Win', 'Dimensi', 'OPD', 'Jadwal', 'Anggaran (Rp)'])],
    body,
    note: sourceNote(`Hasil perumusan Tim Pelaksana Smart City ${regionTitle(model)}`),
  };
}

/**
 * BAB VII: one quick win as a two-column card (Komponen | Keterangan). Rows whose value is
 * absent in the YAML are left out. The objective and description are not rows: the text above the
 * card tells them (quick-win/rincian, with the description's lists as lists), and a card repeating
 * them word for word read as a copy; the card keeps the facts a reader looks up.
 */
export function quickWinTable(model: Model, qw: QuickWin): Table {
  const rows: [string, Inline[]][] = [];
  const add = (key: string, content: Inline[]) => {
    if (content.length) rows.push([key, content]);
  };
  add('Nama', [strong(qw.name), ...(qw.acronym ? [t(` (${qw.acronym})`)] : [])]);
  add('Dimensi / Elemen', [t(`${dimensionName(model, qw.dimensionId)} / ${elementName(model, qw.dimensionId, qw.elementId)}`)]);
  if (qw.programId) {
    const p = model.programs.find((x) => x.id === qw.programId);
    add('Program terkait', [t(p ? p.name : qw.programId)]);
  }
  add('OPD Penanggung Jawab', [t(agencyName(model, qw.leadId))]);
  add('Mitra', lines(qw.partners));
  add('Latar Belakang', para(qw.background));
  add('Penerima Manfaat', para(qw.beneficiaries));
  add('Jadwal', [t(quickWinSchedule(qw))]);
  if (qw.budget) add('Anggaran', [t(`${formatRupiah(qw.budget.amount)} (${qw.budget.source})`)]);
  add('Indikator', lines(qw.indicators.map((i) => {
    const target = valueText(i.target);
    return target === undefined ? i.name : `${i.name}: ${target}`;
  })));
  return {
    kind: 'table',
    id: `tbl-quick-win-${qw.id}`,
    number: '',
    caption: [t(`Quick Win ${quickWinTitle(qw)}`)],
    columns: [{ width: 25 }, { width: 75 }],
    head: [[th('Komponen'), th('Keterangan')]],
    body: rows.map(([key, content]) => [textCell(key, { bold: true }), { content }]),
  };
}
