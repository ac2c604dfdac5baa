import type { Model } from '../../model/types.js';
import { dimensionName, PILLAR_NAMES, regionTitle } from '../labels.js';
import type { Table } from '../tree.js';
import { headRow, noCell, paraCell, sourceNote, t, textCell } from './cells.js';

/**
 * BAB III: the gap analysis (No | Kode | Pilar | Dimensi | Aspek | Kondisi Saat Ini | Kondisi yang
 * Diharapkan | Kesenjangan | Rekomendasi), in input order; undefined when there are no gaps. The code (the gap's
 * id) is the one id the books print, in this clearly headed column: the program tables and the Matriks Keterkaitan
 * cite gaps by it, compactly and across books (a row number would change with the book).
 */
export function gapTable(model: Model): Table | undefined {
  const gaps = model.gapAnalysis?.gaps ?? [];
  if (gaps.length === 0) return undefined;
  return {
    kind: 'table',
    id: 'tbl-kesenjangan',
    number: '',
    caption: [t(`Analisis Kesenjangan ${regionTitle(model)}`)],
    columns: [
      { width: 4, align: 'center' }, { width: 7 }, { width: 9 }, { width: 10 }, { width: 11 },
      { width: 15 }, { width: 15 }, { width: 13 }, { width: 16 },
    ],
    head: [headRow(['No', 'Kode', 'Pilar', 'Dimensi', 'Aspek', 'Kondisi Saat Ini', 'Kondisi yang Diharapkan', 'Kesenjangan', 'Rekomendasi'])],
    body: gaps.map((g, i) => [
      noCell(i + 1),
      textCell(g.id ?? '-'),
      textCell(PILLAR_NAMES[g.pillar]),
      textCell(g.dimensionId ? dimensionName(model, g.dimensionId) : '-'),
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
