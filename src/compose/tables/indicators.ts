import type { Model } from '../../model/types.js';
import { POLARITY_NAMES } from '../labels.js';
import type { Cell, Table } from '../tree.js';
import { groupRow, headRow, noCell, t, textCell, valueText } from './cells.js';

/**
 * Appendix: every program indicator (No | Program | Indikator | Satuan | Baseline | Target |
 * Arah) with dimension group rows; a program with several indicators is named on its first
 * row only. Undefined when no program has indicators.
 */
export function indicatorMatrixTable(model: Model): Table | undefined {
  const body: Cell[][] = [];
  let n = 0;
  for (const plan of model.dimensions) {
    const programs = plan.programs.filter((p) => p.indicators.length > 0);
    if (programs.length === 0) continue;
    body.push(groupRow(plan.dimension.name, 7));
    for (const p of programs) {
      n++;
      p.indicators.forEach((ind, i) => {
        body.push([
          i === 0 ? noCell(n) : textCell(undefined),
          i === 0 ? textCell(p.name) : textCell(undefined),
          textCell(ind.name),
          textCell(ind.unit ?? '-'),
          textCell(valueText(ind.baseline) ?? '-', { align: 'right' }),
          textCell(valueText(ind.target) ?? '-', { align: 'right' }),
          textCell(POLARITY_NAMES[ind.polarity], { align: 'center' }),
        ]);
      });
    }
  }
  if (n === 0) return undefined;
  return {
    kind: 'table',
    id: 'tbl-indikator',
    number: '',
    caption: [t('Matriks Indikator Program')],
    columns: [
      { width: 4, align: 'center' }, { width: 26 }, { width: 30 }, { width: 11 },
      { width: 10, align: 'right' }, { width: 10, align: 'right' }, { width: 9, align: 'center' },
    ],
    head: [headRow(['No', 'Program', 'Indikator', 'Satuan', 'Baseline', 'Target', 'Arah'])],
    body,
    note: [t('Arah: Naik = nilai lebih tinggi lebih baik; Turun = nilai lebih rendah lebih baik.')],
    dense: true,
  };
}
