import type { DimensionPlan } from '../../model/types.js';
import type { Table } from '../tree.js';
import { headRow, noCell, paraCell, t, textCell } from './cells.js';

/** BAB IV/V: a dimension's strategies (No | Elemen | Strategi | Uraian); undefined when there are none. */
export function strategyTable(plan: DimensionPlan): Table | undefined {
  if (plan.strategies.length === 0) return undefined;
  const elementName = (id: string | undefined) =>
    id === undefined ? '-' : plan.dimension.elements.find((e) => e.id === id)?.name ?? id;
  return {
    kind: 'table',
    id: `tbl-strategi-${plan.dimension.id}`,
    number: '',
    caption: [t(`Strategi ${plan.dimension.name}`)],
    columns: [{ width: 5, align: 'center' }, { width: 20 }, { width: 30 }, { width: 45 }],
    head: [headRow(['No', 'Elemen', 'Strategi', 'Uraian'])],
    body: plan.strategies.map((s, i) => [
      noCell(i + 1),
      textCell(elementName(s.elementId)),
      textCell(s.title, { bold: true }),
      paraCell(s.description),
    ]),
  };
}
