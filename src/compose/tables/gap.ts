import type { Model } from '../../model/types.js';
import { PILLAR_NAMES, regionTitle } from '../labels.js';
import type { Table } from '../tree.js';
import { headRow, noCell, paraCell, sourceNote, t, textCell } from './cells.js';

/**
 * BAB III: the gap analysis (No | Pilar | Aspek | Kondisi Saat Ini | Kondisi yang Diharapkan |
 * Kesenjangan | Rekomendasi), in input order; undefined when there are no gaps.
 */
export function gapTable(model: Model): Table | undefined {
  const gaps = model.gapAnalysis?.gaps ?? [];
  if (gaps.length === 0) return undefined;
  return {
    kind: 'table',
    id: 'tbl-kesenjangan',
    number: '',
    caption: [t(`Analisis Kesenjangan ${regionTitle(model)}`)],
    columns: [{ width: 4, align: 'center' }, { width: 10 }, { width: 13 }, { width: 18 }, { width: 18 }, { width: 16 }, { width: 21 }],
    head: [headRow(['No', 'Pilar', 'Aspek', 'Kondisi Saat Ini', 'Kondisi yang Diharapkan', 'Kesenjangan', 'Rekomendasi'])],
    body: gaps.map((g, i) => [
      noCell(i + 1),
      textCell(PILLAR_NAMES[g.pillar]),
      textCell(g.aspect),
      paraCell(g.current),
      paraCell(g.expected),
      paraCell(g.gap),
      paraCell(g.recommendation),
    ]),
    note: sourceNote(`Hasil analisis kesenjangan, Tim Pelaksana Smart City ${regionTitle(model)}`),
    dense: true,
  };
}
