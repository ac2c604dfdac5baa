import type { Sheet, Table } from '../../compose/workbook-tree.js';
import type { Model } from '../../model/types.js';
import { agencyShort, headerRowOf, money, printSetup, text } from './common.js';
import { actionKey, actionName } from '../../model/action-groups.js';

/** The columns of the Data sheet (1-based), for SUMIFS from the summary. */
export const DATA_COLS = { dimension: 1, element: 2, programId: 3, program: 4, lead: 5, year: 6, source: 7, amount: 8, action: 9 } as const;

export interface DataSheet {
  sheet: Sheet;
  /** Sheet rows of the first and last data line (last < first when there is none). */
  first: number;
  last: number;
}

/** The flat, tidy `Data` sheet: one row per program budget line (program × year × source). */
export function composeData(model: Model, name: string): DataSheet {
  const title = [`Data anggaran program ${model.masterplan.title}`];
  const rows: Table['rows'] = [];
  for (const plan of model.dimensions) {
    const elements = new Map(plan.dimension.elements.map((e) => [e.id, e.name]));
    for (const p of plan.programs) {
      for (const line of p.budget) {
        rows.push([
          text(plan.dimension.name),
          text(elements.get(p.elementId) ?? p.elementId),
          text(p.id),
          text(p.name),
          text(agencyShort(model, p.leadId)),
          { value: line.year, format: 'year' },
          text(line.source),
          money(line.amount),
          text(actionName(actionKey(p.action))),
        ]);
      }
    }
  }
  const table: Table = {
    columns: [
      { header: 'Dimensi' }, { header: 'Elemen' }, { header: 'ID program' }, { header: 'Program' },
      { header: 'OPD penanggung jawab' }, { header: 'Tahun', format: 'year' }, { header: 'Sumber dana' },
      { header: 'Anggaran', format: 'money' }, { header: 'Rencana aksi' },
    ],
    rows,
    filter: true,
  };
  const header = headerRowOf(title, []);
  return {
    sheet: { name, title, tables: [table], freeze: { rows: header, cols: 0 }, print: printSetup(header) },
    first: header + 1,
    last: header + rows.length,
  };
}
