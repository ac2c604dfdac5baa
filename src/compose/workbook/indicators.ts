import type { Cell, Sheet, Table } from '../../compose/workbook-tree.js';
import type { Model } from '../../model/types.js';
import { LEVEL_NAMES } from '../labels.js';
import { targetsText } from '../tables/indicators.js';
import { headerRowOf, printSetup, text } from './common.js';

function value(v: number | string | undefined): Cell {
  if (v === undefined) return { value: null };
  return typeof v === 'number' ? { value: v } : text(v);
}

/** The `Indikator` sheet: every program indicator with unit, baseline and target, level, baseline year, yearly targets and source. */
export function composeIndicators(model: Model, name: string): Sheet {
  const title = [model.masterplan.title, 'Indikator program'];
  const header = headerRowOf(title, []);
  const rows: Cell[][] = [];
  for (const plan of model.dimensions) {
    for (const p of plan.programs) {
      for (const i of p.indicators) {
        rows.push([
          { value: rows.length + 1, format: 'integer' },
          text(plan.dimension.name),
          text(p.id),
          text(p.name, { wrap: true }),
          text(i.name, { wrap: true }),
          text(i.unit ?? null),
          value(i.baseline),
          value(i.target),
          text(i.polarity === 'up' ? 'Naik (lebih tinggi lebih baik)' : 'Turun (lebih rendah lebih baik)'),
          text(i.level ? LEVEL_NAMES[i.level] : null),
          i.baselineYear !== undefined ? { value: i.baselineYear, format: 'integer' } : { value: null },
          text(i.targets.length > 0 ? targetsText(i) : null, { wrap: true }),
          text(i.source ?? null, { wrap: true }),
        ]);
      }
    }
  }
  const table: Table = {
    columns: [
      { header: 'No', format: 'integer' }, { header: 'Dimensi' }, { header: 'ID program' }, { header: 'Program' },
      { header: 'Indikator' }, { header: 'Satuan' }, { header: 'Baseline' }, { header: 'Target' }, { header: 'Polaritas' },
      // Issue 21, after the older columns so their positions stay.
      { header: 'Tingkat' }, { header: 'Tahun baseline', format: 'integer' }, { header: 'Target tahunan' }, { header: 'Sumber data' },
    ],
    rows,
    filter: true,
  };
  return { name, title, tables: [table], freeze: { rows: header, cols: 0 }, print: printSetup(header) };
}
