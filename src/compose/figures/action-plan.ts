/**
 * Budget per action-plan group (*rencana aksi*, with `sdm` as a group of its own): a column per
 * group, from model.totals.byAction, zero groups included (an evaluation faults a region with no
 * action plan for SDM, so an empty SDM column is information). The "no group" column is shown only
 * when some program has no group.
 */
import { formatNumber, moneyScale } from '../../format/indonesian.js';
import type { Model } from '../../model/types.js';
import { NO_ACTION_KEY } from '../../model/action-groups.js';
import type { Figure } from '../tree.js';

/** The groups the masterplan shows: every group, and "no group" only when it holds programs. */
export function actionRows(model: Model) {
  return model.totals.byAction.filter((r) => r.key !== NO_ACTION_KEY || r.programs > 0);
}

export function budgetByActionFigure(model: Model): Figure | undefined {
  const rows = actionRows(model);
  if (model.totals.programs <= 0) return undefined;
  const { divisor, unit } = moneyScale(Math.max(0, ...rows.map((r) => r.total)));
  const values = rows.map((r) => r.total / divisor);
  const shown = (v: number) => formatNumber(Math.round(v * 100) / 100);
  const word = unit.replace(/ Rupiah$/, '').toLocaleLowerCase('id-ID');
  return {
    kind: 'figure',
    id: 'fig-anggaran-rencana-aksi',
    number: '',
    caption: [{ kind: 'text', text: 'Anggaran Program per Kelompok Rencana Aksi' }],
    altText: `Grafik kolom anggaran program per kelompok rencana aksi dalam ${word} rupiah: ${rows.map((r, i) => `${r.label} ${shown(values[i])} (${r.programs} program)`).join(', ')}.`,
    chart: {
      type: 'column',
      categories: rows.map((r) => r.label),
      series: [{ name: `Anggaran (${unit})`, values }],
      categoryColorKeys: rows.map((_, i) => `dimension:${i}`),
      valueAxisTitle: unit,
      scale: divisor,
    },
  };
}
