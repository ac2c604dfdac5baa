import type { DimensionPlan, Model } from '../../model/types.js';
import { agencyShort, periodText, regionTitle } from '../labels.js';
import type { Cell, Column, Table } from '../tree.js';
import { groupRow, headRow, moneyCell, noCell, sourceNote, t, textCell } from './cells.js';
import { programsByElement } from './group.js';

/**
 * BAB VI (landscape): a dimension's roadmap, No | Program | OPD | one column per year | Jumlah,
 * with element group rows and a total row from the model (plan.byYear, plan.total).
 * Amounts in Rupiah without "Rp" ("-" for zero). Undefined when the dimension has no programs.
 */
export function roadmapTable(model: Model, plan: DimensionPlan): Table | undefined {
  if (plan.programs.length === 0) return undefined;
  const years = model.masterplan.years;
  const width = 4 + years.length;
  const body: Cell[][] = [];
  let n = 0;
  for (const group of programsByElement(plan)) {
    body.push(groupRow(`Elemen: ${group.name}`, width));
    for (const p of group.programs) {
      body.push([
        noCell(++n),
        textCell(p.name),
        textCell(agencyShort(model, p.leadId)),
        ...p.byYear.map((a) => moneyCell(a)),
        moneyCell(p.total, { bold: true }),
      ]);
    }
  }
  body.push([
    { content: [t(`Jumlah ${plan.dimension.name}`)], colSpan: 3, bold: true, shade: 'total', align: 'center' },
    ...plan.byYear.map((a) => moneyCell(a, { bold: true, shade: 'total' })),
    moneyCell(plan.total, { bold: true, shade: 'total' }),
  ]);
  const columns: Column[] = [
    { width: 3, align: 'center' }, { width: 20 }, { width: 8 },
    ...years.map((): Column => ({ width: 7, align: 'right' })),
    { width: 9, align: 'right' },
  ];
  return {
    kind: 'table',
    id: `tbl-roadmap-${plan.dimension.id}`,
    number: '',
    caption: [t(`Peta Jalan ${plan.dimension.name} Tahun ${periodText(model)} (Rp)`)],
    columns,
    head: [headRow(['No', 'Program', 'OPD', ...years.map(String), 'Jumlah (Rp)'])],
    body,
    note: sourceNote(`Hasil perumusan Tim Pelaksana Smart City ${regionTitle(model)}`),
    dense: true,
  };
}
