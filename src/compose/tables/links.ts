import type { GapLink, Model, Program, StrategyLink } from '../../model/types.js';
import { dimensionName, PILLAR_NAMES } from '../labels.js';
import type { Cell, Inline, Table } from '../tree.js';
import { groupRow, headRow, lines, moneyCell, noCell, strong, t } from './cells.js';

const COLUMNS = 5;
const NONE = 'Belum ada program';

/** "gap-03 — Sinyal seluler di desa (Infrastruktur, Smart Society)": the code of the gap table's Kode column, then the aspect. */
export function gapLabel(model: Model, l: GapLink): string {
  const where = [PILLAR_NAMES[l.gap.pillar], l.gap.dimensionId ? dimensionName(model, l.gap.dimensionId) : undefined].filter(Boolean).join(', ');
  return `${l.gap.id ? `${l.gap.id} — ` : ''}${l.gap.aspect} (${where})`;
}

/** "Layanan publik terpadu (Smart Governance)": by its title, as the dimension's strategy table lists it, not its id. */
export function strategyLabel(l: StrategyLink): string {
  return `${l.strategy.title} (${l.dimension.name})`;
}

function row(n: number, label: string, programs: Program[], total: number): Cell[] {
  if (programs.length === 0) {
    return [noCell(n), { content: [t(label)] }, { content: [strong(NONE)], colSpan: 3, shade: 'group' }];
  }
  const indicators = programs.flatMap((p) => p.indicators.map((i) => i.name));
  const names: Inline[] = lines(programs.map((p) => p.name), programs.length > 1);
  return [
    noCell(n),
    { content: [t(label)] },
    { content: names },
    { content: indicators.length > 0 ? lines(indicators, indicators.length > 1) : [t('-')] },
    moneyCell(total),
  ];
}

/**
 * Appendix *Matriks Keterkaitan* (landscape): one row per gap, then one per strategy, with the
 * programs that answer it, their indicators and their budget (Rp). Within each group the gaps and
 * strategies that nothing answers come first, so a mentor sees them before anything else.
 * Undefined when there are neither gaps nor strategies.
 */
export function linkMatrixTable(model: Model): Table | undefined {
  const { gaps, strategies } = model.links;
  if (gaps.length === 0 && strategies.length === 0) return undefined;
  const firstUnanswered = <T extends { programs: Program[] }>(list: T[]) => [...list.filter((l) => l.programs.length === 0), ...list.filter((l) => l.programs.length > 0)];
  const body: Cell[][] = [];
  let n = 0;
  if (gaps.length > 0) {
    body.push(groupRow('Kesenjangan', COLUMNS));
    for (const l of firstUnanswered(gaps)) body.push(row(++n, gapLabel(model, l), l.programs, l.total));
  }
  if (strategies.length > 0) {
    body.push(groupRow('Strategi', COLUMNS));
    for (const l of firstUnanswered(strategies)) body.push(row(++n, strategyLabel(l), l.programs, l.total));
  }
  return {
    kind: 'table',
    id: 'tbl-keterkaitan',
    number: '',
    caption: [t('Matriks Keterkaitan Kesenjangan, Strategi dan Program')],
    columns: [{ width: 4, align: 'center' }, { width: 28 }, { width: 28 }, { width: 26 }, { width: 14, align: 'right' }],
    head: [headRow(['No', 'Kesenjangan / Strategi', 'Program yang Menjawab', 'Indikator', 'Anggaran (Rp)'])],
    body,
    note: [t('Anggaran: jumlah seluruh anggaran program yang menjawab; satu program dapat menjawab beberapa kesenjangan sehingga kolom ini tidak dijumlahkan.')],
    dense: true,
  };
}
