/**
 * The tables with a money column per year (each dimension's roadmap, the budget per dimension, per funding source
 * and per lead agency) and their one unit (issue 17): full Rupiah when every one of them fits a landscape page,
 * where they are laid out, at 8 pt at the least; else Rp juta for all of them. Ten year columns of billions do not
 * fit, and a broken "1.250.000.00/0" is worse than a unit a reader converts; one unit for the book, because a
 * reader compares these tables with each other (Tabel 6.1's total is the sum of the roadmaps').
 */
import type { DimensionPlan, Model } from '../../model/types.js';
import { fitsPage } from '../page-fit.js';
import type { Table } from '../tree.js';
import { BUDGET_BY_YEAR, byYearTable } from './budget.js';
import { millions, RUPIAH, type MoneyUnit } from './cells.js';
import { roadmapTableIn } from './roadmap.js';

const units = new WeakMap<Model, MoneyUnit>();

/** The unit of the model's year tables: each is built in full Rupiah and measured (layout/fit.ts), until one does not fit. */
export function yearMoneyUnit(model: Model): MoneyUnit {
  let unit = units.get(model);
  if (!unit) {
    let fit = true;
    for (const table of inRupiah(model)) if (table && !fitsPage(model, table, 'landscape')) { fit = false; break; }
    units.set(model, (unit = fit ? RUPIAH : millions(model)));
  }
  return unit;
}

/** The year tables in full Rupiah, one at a time: a table of 10,000 programs is dropped once measured. */
function* inRupiah(model: Model): Generator<Table | undefined> {
  for (const d of model.dimensions) yield roadmapTableIn(model, d, RUPIAH);
  for (const spec of Object.values(BUDGET_BY_YEAR)) yield byYearTable(model, spec(model), RUPIAH);
}

/** A dimension's roadmap (roadmap.ts) in the book's unit; undefined when the dimension has no programs. */
export const roadmapTable = (model: Model, plan: DimensionPlan): Table | undefined => roadmapTableIn(model, plan, yearMoneyUnit(model));

/** Budget per dimension × year with a total row. */
export const budgetByDimensionTable = (model: Model): Table => byYearTable(model, BUDGET_BY_YEAR.dimension(model), yearMoneyUnit(model));

/** Budget per funding source × year (every manifest source, zero rows included) with a total row. */
export const budgetBySourceTable = (model: Model): Table => byYearTable(model, BUDGET_BY_YEAR.source(model), yearMoneyUnit(model));

/** Budget per lead agency × year; undefined when no agency leads a program or holds budget. */
export function budgetByAgencyTable(model: Model): Table | undefined {
  const spec = BUDGET_BY_YEAR.agency(model);
  return spec.rows.length === 0 ? undefined : byYearTable(model, spec, yearMoneyUnit(model));
}
