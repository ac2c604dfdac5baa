import type { Indicator, Model } from '../../model/types.js';
import { LEVEL_NAMES, POLARITY_NAMES } from '../labels.js';
import type { Cell, Table } from '../tree.js';
import { groupRow, headRow, noCell, t, textCell, valueText } from './cells.js';

/** "78,4 (2022)"; the year only when given. */
export function baselineText(i: Indicator): string {
  const value = valueText(i.baseline) ?? '-';
  return i.baselineYear !== undefined ? `${value} (${i.baselineYear})` : value;
}

/** "2024: 40; 2025: 60; 2027: 90" — the yearly targets as written. */
export function targetsText(i: Indicator): string {
  return i.targets.length > 0 ? i.targets.map((x) => `${x.year}: ${valueText(x.value)}`).join('; ') : '-';
}

/**
 * Appendix (landscape): every program indicator (No | Program | Indikator | Tingkat | Satuan |
 * Baseline (tahun) | Target Tahunan | Target Akhir | Arah | Sumber Data) with dimension group
 * rows; a program with several indicators is named on its first row only. Undefined when no
 * program has indicators.
 */
export function indicatorMatrixTable(model: Model): Table | undefined {
  // A column no indicator fills (no level, no yearly targets) is left out rather than printed as "-" all down.
  const all = model.dimensions.flatMap((d) => d.programs.flatMap((p) => p.indicators));
  const keep = [true, true, true, all.some((i) => i.level), true, true, all.some((i) => targetsText(i) !== '-'), true, true, true];
  const kept = <T>(cells: T[]): T[] => cells.filter((_, c) => keep[c]);
  const span = keep.filter(Boolean).length;
  const body: Cell[][] = [];
  let n = 0;
  for (const plan of model.dimensions) {
    const programs = plan.programs.filter((p) => p.indicators.length > 0);
    if (programs.length === 0) continue;
    body.push(groupRow(plan.dimension.name, span));
    for (const p of programs) {
      n++;
      p.indicators.forEach((ind, i) => {
        body.push(kept([
          i === 0 ? noCell(n) : textCell(undefined),
          i === 0 ? textCell(p.name) : textCell(undefined),
          textCell(ind.name),
          textCell(ind.level ? LEVEL_NAMES[ind.level] : '-', { align: 'center' }),
          textCell(ind.unit ?? '-'),
          textCell(baselineText(ind), { align: 'right' }),
          textCell(targetsText(ind)),
          textCell(valueText(ind.target) ?? '-', { align: 'right' }),
          textCell(POLARITY_NAMES[ind.polarity], { align: 'center' }),
          textCell(ind.source ?? '-'),
        ]));
      });
    }
  }
  if (n === 0) return undefined;
  return {
    kind: 'table',
    id: 'tbl-indikator',
    number: '',
    caption: [t('Matriks Indikator Program')],
    columns: kept([
      { width: 4, align: 'center' }, { width: 15 }, { width: 19 }, { width: 7, align: 'center' }, { width: 7 },
      { width: 9, align: 'right' }, { width: 14 }, { width: 7, align: 'right' }, { width: 6, align: 'center' }, { width: 12 },
    ]),
    head: [headRow(kept(['No', 'Program', 'Indikator', 'Tingkat', 'Satuan', 'Baseline (Tahun)', 'Target Tahunan', 'Target Akhir', 'Arah', 'Sumber Data']))],
    body,
    note: [t(`Arah: Naik = nilai lebih tinggi lebih baik; Turun = nilai lebih rendah lebih baik.${keep[3] ? ' Tingkat: keluaran (output), hasil (outcome) atau dampak (impact).' : ''}`)],
    dense: true,
  };
}
