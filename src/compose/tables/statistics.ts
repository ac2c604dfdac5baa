import { formatNumber } from '../../format/indonesian.js';
import type { Model } from '../../model/types.js';
import { regionTitle } from '../labels.js';
import type { Table } from '../tree.js';
import { headRow, t, textCell } from './cells.js';

/** BAB II: the region's statistics (Uraian | Nilai | Satuan | Tahun | Sumber); undefined when there are none. */
export function statisticsTable(model: Model): Table | undefined {
  const stats = model.region.statistics;
  if (stats.length === 0) return undefined;
  // A value written as text ("Pelabuhan Sampit") needs a wider Nilai column than a number does.
  const textValues = stats.some((s) => typeof s.value === 'string');
  return {
    kind: 'table',
    id: 'tbl-statistik',
    number: '',
    caption: [t(`Data Statistik ${regionTitle(model)}`)],
    columns: [{ width: textValues ? 24 : 27 }, { width: textValues ? 22 : 13, align: 'right' }, { width: 13 }, { width: 10, align: 'center' }, { width: textValues ? 31 : 37 }],
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
