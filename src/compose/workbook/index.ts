import { regionTitle } from '../labels.js';
import { sheetName, type Workbook } from '../../compose/workbook-tree.js';
import type { Model } from '../../model/types.js';
import { composeData } from './data.js';
import { composeDimension } from './dimension.js';
import { composeIndicators } from './indicators.js';
import { composeEvaluation } from './evaluation.js';
import { composeMonev } from './monev.js';
import { composeQuickWins } from './quick-wins.js';
import { composeSummary } from './summary.js';

/**
 * The roadmap workbook: Ringkasan, one sheet per dimension, Quick Win, Indikator, Monev <Y> and
 * Evaluasi <Y> per reported year, Data (last).
 * Names are reserved in sheet order so that a dimension called "Data" gets "Data (2)" only
 * after the fixed sheets keep their names. With Progress documents, a `Monev <Y>` sheet per
 * year goes just before Data; their names are reserved last, so the masterplan sheets are the
 * same with or without monitoring.
 */
export function composeWorkbook(model: Model): Workbook {
  const used = new Set<string>();
  const summaryName = sheetName('Ringkasan', used);
  const qwName = sheetName('Quick Win', used);
  const indName = sheetName('Indikator', used);
  const dataName = sheetName('Data', used);
  const dimNames = model.dimensions.map((plan) => sheetName(plan.dimension.name, used));
  const monevNames = model.progress.map((y) => sheetName(`Monev ${y.year}`, used));
  const evaluationNames = model.progress.map((y) => sheetName(`Evaluasi ${y.year}`, used));

  const data = composeData(model, dataName);
  const dims = model.dimensions.map((plan, i) => composeDimension(model, plan, dimNames[i]));
  const summary = composeSummary(model, summaryName, dims, data);
  return {
    meta: {
      title: model.masterplan.title,
      region: regionTitle(model),
      date: model.masterplan.documentDate,
      paper: model.masterplan.style.paper,
      creator: 'smartcity',
    },
    sheets: [
      summary,
      ...dims.map((d) => d.sheet),
      composeQuickWins(model, qwName),
      composeIndicators(model, indName),
      ...model.progress.flatMap((y, i) => [composeMonev(model, y, monevNames[i], data), composeEvaluation(model, y, evaluationNames[i])]),
      data.sheet,
    ],
  };
}
