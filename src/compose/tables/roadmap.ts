import type { DimensionPlan, Model, Program } from '../../model/types.js';
import { agencyShort, periodText, regionTitle } from '../labels.js';
import type { Cell, Column, Table } from '../tree.js';
import { groupRow, headRow, noCell, unitMoneyCell, sourceNote, t, textCell, type MoneyUnit } from './cells.js';
import { programsByElement } from './group.js';

/** The funding sources of a program's budget lines in a year, in the manifest's order. */
export function sourcesIn(model: Model, p: Program, year: number): string[] {
  const used = new Set(p.budget.filter((b) => b.year === year && b.amount > 0).map((b) => b.source));
  return model.masterplan.fundingSources.filter((s) => used.has(s));
}

/** The amount with its funding sources beneath it, "(APBD, DAK)": a reader sees who pays beside what. */
function withSources(cell: Cell, sources: string[]): Cell {
  if (sources.length === 0) return cell;
  return { ...cell, content: [...cell.content, { kind: 'break' }, t(`(${sources.join(', ')})`)] };
}

/**
 * BAB VI (landscape): a dimension's roadmap, No | Program | OPD | one column per year | Jumlah,
 * with element group rows and a total row from the model (plan.byYear, plan.total).
 * Amounts in `unit` (the book's, year-tables.ts; "-" for zero), each with its funding sources beneath. Undefined
 * when the dimension has no programs.
 */
export function roadmapTableIn(model: Model, plan: DimensionPlan, unit: MoneyUnit): Table | undefined {
  if (plan.programs.length === 0) return undefined;
  const years = model.masterplan.years;
  const money = (a: number, extra = {}) => unitMoneyCell(a, unit, extra);
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
        ...p.byYear.map((a, i) => withSources(money(a), sourcesIn(model, p, years[i]))),
        money(p.total, { bold: true }),
      ]);
    }
  }
  body.push([
    { content: [t(`Jumlah ${plan.dimension.name}`)], colSpan: 3, bold: true, shade: 'total', align: 'center' },
    ...plan.byYear.map((a) => money(a, { bold: true, shade: 'total' })),
    money(plan.total, { bold: true, shade: 'total' }),
  ]);
  const columns: Column[] = [
    { width: 3, align: 'center' }, { width: 24 }, { width: 11 },
    ...years.map((): Column => ({ width: 6, align: 'right' })),
    { width: 8, align: 'right' },
  ];
  return {
    kind: 'table',
    id: `tbl-roadmap-${plan.dimension.id}`,
    number: '',
    caption: [t(`Peta Jalan ${plan.dimension.name} Tahun ${periodText(model)} (${unit.label})`)],
    columns,
    head: [headRow(['No', 'Program', 'OPD', ...years.map(String), `Jumlah (${unit.label})`])],
    body,
    note: sourceNote(`Hasil perumusan Tim Pelaksana Smart City ${regionTitle(model)}`),
    dense: true,
  };
}
