import { formatNumber } from '../../format/indonesian.js';
import type { Model } from '../../model/types.js';
import { regionTitle } from '../labels.js';
import type { Table } from '../tree.js';
import { headRow, t, textCell } from './cells.js';

/** BAB II: the region's statistics (Uraian | Nilai | Satuan | Tahun | Sumber); undefined when there are none. */
export function statisticsTable(model: Model): Table | undefined {
  const stats = model.region.statistics;
  if (stats.length === 0) return undefined;
  return {
    kind: 'table',
    id: 'tbl-statistik',
    number: '',
    caption: [t(`Data Statistik ${regionTitle(model)}`)],
    columns: [{ width: 27 }, { width: 13, align: 'right' }, { width: 14 }, { width: 11, align: 'center' }, { width: 35 }],
    head: [headRow(['Uraian', 'Nilai', 'Satuan', 'Tahun', 'Sumber'])],
    body: stats.map((s) => [
      textCell(s.label),
      typeof s.value === 'number' ? textCell(formatNumber(s.value), { align: 'right' }) : textCell(s.value, { align: 'left' }),
      textCell(s.unit),
      textCell(s.year === undefined ? undefined : String(s.year), { align: 'center' }),
      textCell(s.source),
    ]),
  };
}
