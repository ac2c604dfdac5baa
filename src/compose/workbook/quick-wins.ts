import type { Cell, Sheet, Table } from '../../compose/workbook-tree.js';
import type { Model } from '../../model/types.js';
import { agencyShort, col, headerRowOf, int, money, printSetup, text } from './common.js';

/** The `Quick Win` sheet: one row per quick win, with the total of their budgets. */
export function composeQuickWins(model: Model, name: string): Sheet {
  const title = [model.masterplan.title, 'Program quick win'];
  const header = headerRowOf(title, []);
  const dims = new Map(model.dimensions.map((d) => [d.dimension.id, d.dimension]));
  const rows: Cell[][] = model.quickWins.map((q, i) => {
    const dim = dims.get(q.dimensionId);
    const element = dim?.elements.find((e) => e.id === q.elementId);
    return [
      int(i + 1),
      text(q.name, { wrap: true }),
      text(q.acronym ?? null),
      text(dim?.name ?? q.dimensionId),
      text(element?.name ?? q.elementId, { wrap: true }),
      text(agencyShort(model, q.leadId)),
      text(q.partners.join(', ') || null, { wrap: true }),
      { value: `${q.schedule.start}-01`, format: 'month' },
      { value: `${q.schedule.end}-01`, format: 'month' },
      int(q.months),
      q.budget ? money(q.budget.amount) : { value: null, format: 'money' },
      text(q.budget?.source ?? null),
      text(q.indicators.map((x) => (x.target !== undefined ? `${x.name}: ${x.target}` : x.name)).join('\n') || null, { wrap: true }),
    ];
  });
  const amountCol = col(11);
  const first = header + 1;
  const last = header + rows.length;
  rows.push([
    text(null, { shade: true }), text('Total', { bold: true, shade: true }),
    ...Array.from({ length: 8 }, () => text(null, { shade: true })),
    money(model.totals.quickWins, { formula: rows.length ? `SUM(${amountCol}${first}:${amountCol}${last})` : '0', bold: true, shade: true }),
    text(null, { shade: true }), text(null, { shade: true }),
  ]);
  const table: Table = {
    columns: [
      { header: 'No', format: 'integer' }, { header: 'Quick win' }, { header: 'Akronim' }, { header: 'Dimensi' },
      { header: 'Elemen' }, { header: 'OPD penanggung jawab' }, { header: 'Mitra' },
      { header: 'Mulai', format: 'month' }, { header: 'Selesai', format: 'month' }, { header: 'Lama (bulan)', format: 'integer' },
      { header: 'Anggaran', format: 'money' }, { header: 'Sumber dana' }, { header: 'Indikator' },
    ],
    rows,
    filter: true,
  };
  return { name, title, tables: [table], freeze: { rows: header, cols: 2 }, print: printSetup(header) };
}
