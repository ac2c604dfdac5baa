import { formatNumber } from '../../format/indonesian.js';
import type { Model, Readiness } from '../../model/types.js';
import { PILLAR_NAMES, regionTitle } from '../labels.js';
import type { Column, Table } from '../tree.js';
import { headRow, noCell, paraCell, sourceNote, t, textCell } from './cells.js';

/**
 * BAB III: readiness of one pillar (No | Aspek | Kondisi | Skor). The Skor column appears only
 * when at least one item has a score. Undefined when the pillar has no items.
 */
export function readinessTable(model: Model, readiness: Readiness): Table | undefined {
  if (readiness.items.length === 0) return undefined;
  const scored = readiness.items.some((i) => i.score !== undefined);
  const columns: Column[] = [{ width: 5, align: 'center' }, { width: 28 }, { width: scored ? 57 : 67 }];
  const labels = ['No', 'Aspek', 'Kondisi'];
  if (scored) {
    columns.push({ width: 10, align: 'center' });
    labels.push('Skor (1–5)');
  }
  return {
    kind: 'table',
    id: `tbl-kesiapan-${readiness.pillar}`,
    number: '',
    caption: [t(`Kesiapan Pilar ${PILLAR_NAMES[readiness.pillar]} ${regionTitle(model)}`)],
    columns,
    head: [headRow(labels)],
    body: readiness.items.map((item, i) => {
      const row = [noCell(i + 1), textCell(item.aspect), paraCell(item.condition)];
      if (scored) row.push(textCell(item.score === undefined ? '-' : formatNumber(item.score), { align: 'center' }));
      return row;
    }),
    note: sourceNote(`Hasil analisis kesiapan daerah, Tim Pelaksana Smart City ${regionTitle(model)}`),
  };
}
