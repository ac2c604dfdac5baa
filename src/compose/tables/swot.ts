import type { Swot } from '../../model/types.js';
import { SWOT_NAMES, SWOT_STRATEGY_NAMES } from '../labels.js';
import type { Cell, Table } from '../tree.js';
import { lines, t, th } from './cells.js';

function listCell(items: string[], extra: Partial<Cell> = {}): Cell {
  return { content: items.length ? lines(items, true) : [t('-')], ...extra };
}

/**
 * BAB III: the SWOT as a 2×2 matrix: Kekuatan | Kelemahan on top, Peluang | Ancaman below
 * (the second title row is a body row shaded as a header). `subject` ends the caption,
 * e.g. "Kabupaten Kotawaringin Timur".
 */
export function swotTable(swot: Swot, subject?: string): Table {
  return {
    kind: 'table',
    id: 'tbl-swot',
    number: '',
    caption: [t(subject ? `Matriks SWOT ${subject}` : 'Matriks SWOT')],
    columns: [{ width: 50 }, { width: 50 }],
    head: [[th(SWOT_NAMES.strengths), th(SWOT_NAMES.weaknesses)]],
    body: [
      [listCell(swot.strengths), listCell(swot.weaknesses)],
      [th(SWOT_NAMES.opportunities), th(SWOT_NAMES.threats)],
      [listCell(swot.opportunities), listCell(swot.threats)],
    ],
  };
}

/**
 * BAB III: the SWOT strategies as a TOWS matrix (rows Peluang/Ancaman × columns
 * Kekuatan/Kelemahan, cells SO/WO/ST/WT); undefined when the SWOT has no strategies.
 */
export function swotStrategyTable(swot: Swot, subject?: string): Table | undefined {
  const s = swot.strategies;
  if (!s || s.so.length + s.wo.length + s.st.length + s.wt.length === 0) return undefined;
  const cell = (title: string, items: string[]): Cell => ({
    content: [{ kind: 'strong', children: [t(title)] }, { kind: 'break' }, ...(items.length ? lines(items, true) : [t('-')])],
  });
  return {
    kind: 'table',
    id: 'tbl-swot-strategi',
    number: '',
    caption: [t(subject ? `Matriks Strategi SWOT ${subject}` : 'Matriks Strategi SWOT')],
    columns: [{ width: 16 }, { width: 42 }, { width: 42 }],
    head: [[th(''), th('Kekuatan (S)'), th('Kelemahan (W)')]],
    body: [
      [th('Peluang (O)', { align: 'left' }), cell(SWOT_STRATEGY_NAMES.so, s.so), cell(SWOT_STRATEGY_NAMES.wo, s.wo)],
      [th('Ancaman (T)', { align: 'left' }), cell(SWOT_STRATEGY_NAMES.st, s.st), cell(SWOT_STRATEGY_NAMES.wt, s.wt)],
    ],
  };
}
