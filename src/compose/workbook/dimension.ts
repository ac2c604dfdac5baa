import type { Cell, Sheet, Table } from '../../compose/workbook-tree.js';
import { measureUnit } from '../../format/indonesian.js';
import type { DimensionPlan, Indicator, Model, Program } from '../../model/types.js';
import { ACTION_NAMES, agencyShort, col, headerRowOf, money, periodLabel, printSetup, text } from './common.js';
import { valueText } from '../tables/cells.js';

/** The mark for a year in which a program runs without a budget of its own. */
export const RUNS_MARK = '✓';

export interface DimensionSheet {
  /** The dimension's id. */
  id: string;
  sheet: Sheet;
  /** Sheet row of the grand total, and the columns of the first year and of the total. */
  totalRow: number;
  firstYearCol: number;
  totalCol: number;
}

const FIXED = ['No', 'Elemen', 'Program', 'Kegiatan', 'Kelompok aksi', 'OPD penanggung jawab', 'OPD pendukung'];

/** Numbers in Indonesian notation (78,4), text as written. */
function indicatorText(i: Indicator): string {
  const shown = measureUnit(i.unit); // "indeks" says what kind of number, not a unit beside it
  const unit = shown ? ` ${shown}` : '';
  const parts: string[] = [];
  if (i.baseline !== undefined) parts.push(`baseline ${valueText(i.baseline)}${unit}`);
  if (i.target !== undefined) parts.push(`target ${valueText(i.target)}${unit}`);
  return parts.length ? `${i.name} (${parts.join('; ')})` : i.name;
}

function lines(items: string[]): string | null {
  return items.length ? items.map((s) => (items.length > 1 ? `• ${s}` : s)).join('\n') : null;
}

/** One roadmap sheet for a dimension: programs grouped by element, with subtotals and a total. */
export function composeDimension(model: Model, plan: DimensionPlan, name: string): DimensionSheet {
  const years = model.masterplan.years;
  // The legend of ✓ (the book shows "-" there): only on a sheet that uses the mark.
  const marked = plan.programs.some((p) => years.some((y, i) => p.byYear[i] === 0 && p.years.includes(y)));
  const title = [
    model.masterplan.title,
    `Peta jalan ${plan.dimension.name} ${periodLabel(model)}`,
    ...(marked ? [`Keterangan: ${RUNS_MARK} = program berjalan pada tahun itu tanpa anggaran sendiri`] : []),
  ];
  const header = headerRowOf(title, []);
  const firstYearCol = FIXED.length + 1;
  const totalCol = firstYearCol + years.length;
  const yc = (i: number) => col(firstYearCol + i);
  const tc = col(totalCol);

  const rows: Cell[][] = [];
  const subtotalRows: number[] = [];
  const rowAt = () => header + 1 + rows.length;

  // Elements in framework order; programs whose element is unknown go last under their id.
  const order = plan.dimension.elements.map((e) => ({ id: e.id, name: e.name }));
  for (const p of plan.programs) if (!order.some((e) => e.id === p.elementId)) order.push({ id: p.elementId, name: p.elementId });

  let no = 0;
  for (const element of order) {
    const programs = plan.programs.filter((p) => p.elementId === element.id);
    if (!programs.length) continue;
    const first = rowAt();
    for (const p of programs) rows.push(programRow(model, p, ++no, element.name, rowAt(), years, yc));
    const last = rowAt() - 1;
    const r = rowAt();
    subtotalRows.push(r);
    const sub: Cell[] = [
      text(null, { shade: true }), text(`Subtotal ${element.name}`, { bold: true, shade: true }),
      ...FIXED.slice(2).map(() => text(null, { shade: true })),
    ];
    years.forEach((_, i) => {
      sub.push(money(sum(programs.map((p) => p.byYear[i])), { formula: `SUM(${yc(i)}${first}:${yc(i)}${last})`, bold: true, shade: true }));
    });
    sub.push(money(sum(programs.map((p) => p.total)), { formula: `SUM(${tc}${first}:${tc}${last})`, bold: true, shade: true }));
    sub.push(...[0, 1, 2, 3].map(() => text(null, { shade: true })));
    rows.push(sub);
  }

  const totalRow = rowAt();
  const refs = (c: string) => (subtotalRows.length ? `SUM(${subtotalRows.map((r) => `${c}${r}`).join(',')})` : '0');
  const total: Cell[] = [
    text(null, { shade: true }), text(`Total ${plan.dimension.name}`, { bold: true, shade: true }),
    ...FIXED.slice(2).map(() => text(null, { shade: true })),
    ...years.map((_, i) => money(plan.byYear[i], { formula: refs(yc(i)), bold: true, shade: true })),
    money(plan.total, { formula: refs(tc), bold: true, shade: true }),
    ...[0, 1, 2, 3].map(() => text(null, { shade: true })),
  ];
  rows.push(total);

  const table: Table = {
    columns: [
      { header: 'No', format: 'integer' }, { header: 'Elemen' }, { header: 'Program' }, { header: 'Kegiatan' },
      { header: 'Kelompok aksi' }, { header: 'OPD penanggung jawab' }, { header: 'OPD pendukung' },
      ...years.map((y) => ({ header: String(y), format: 'money' as const })),
      { header: 'Total anggaran', format: 'money' }, { header: 'Sumber dana' }, { header: 'Keluaran' },
      { header: 'Hasil' }, { header: 'Indikator' },
    ],
    rows,
    filter: true,
  };
  return {
    id: plan.dimension.id,
    sheet: { name, title, tables: [table], freeze: { rows: header, cols: 3 }, print: printSetup(header) },
    totalRow,
    firstYearCol,
    totalCol,
  };
}

function programRow(
  model: Model, p: Program, no: number, elementName: string, row: number, years: number[],
  yc: (i: number) => string,
): Cell[] {
  const cells: Cell[] = [
    { value: no, format: 'integer' },
    text(elementName, { wrap: true }),
    text(p.name, { wrap: true }),
    text(p.description?.trim() ?? null, { wrap: true }),
    text(p.action ? ACTION_NAMES[p.action] : null, { wrap: true }),
    text(agencyShort(model, p.leadId)),
    text(p.supportIds.map((id) => agencyShort(model, id)).join(', ') || null, { wrap: true }),
  ];
  years.forEach((y, i) => {
    const amount = p.byYear[i];
    if (amount) cells.push(money(amount));
    else if (p.years.includes(y)) cells.push(text(RUNS_MARK));
    else cells.push({ value: null, format: 'money' });
  });
  cells.push(money(p.total, { formula: `SUM(${yc(0)}${row}:${yc(years.length - 1)}${row})`, bold: true }));
  cells.push(text(p.sources.join(', ') || null, { wrap: true }));
  cells.push(text(lines(p.outputs), { wrap: true }));
  cells.push(text(lines(p.outcomes), { wrap: true }));
  cells.push(text(lines(p.indicators.map(indicatorText)), { wrap: true }));
  return cells;
}

/** Integer sum of model amounts (safe integers: exact, and equal to Excel's SUM). */
function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
