import type { Breakdown, DimensionPlan, Program, QuickWin, Region, Totals } from './types.js';
import { ACTION_GROUPS, HORIZONS } from './types.js';
import { actionKey, actionName, NO_ACTION_KEY } from './action-groups.js';

/** Adds `amount` at the year's position; years outside the period were rejected by validation. */
export function addByYear(byYear: number[], years: readonly number[], year: number, amount: number): void {
  const i = year - years[0];
  if (i >= 0 && i < byYear.length) byYear[i] += amount;
}

/** Every total of the masterplan, computed once, in one pass over the programs. */
export function computeTotals(
  years: readonly number[],
  dimensions: readonly DimensionPlan[],
  programs: readonly Program[],
  quickWins: readonly QuickWin[],
  fundingSources: readonly string[],
  region: Region,
): Totals {
  const zeros = () => years.map(() => 0);
  const sources = new Map<string, Breakdown>(fundingSources.map((s) => [s, { key: s, label: s, total: 0, byYear: zeros() }]));
  const agencies = new Map<string, Breakdown & { programs: number }>();
  const horizons = new Map(HORIZONS.map((h) => [h, { horizon: h, programs: 0, total: 0 }]));
  // Every group, zero rows included: "no action plan for SDM" is an evaluation finding to see.
  const actions = new Map([...ACTION_GROUPS, NO_ACTION_KEY].map((k) => [k as string, { key: k, label: actionName(k), total: 0, byYear: zeros(), programs: 0 }]));
  const byYear = zeros();
  let total = 0;
  for (const p of programs) {
    total += p.total;
    const action = actions.get(actionKey(p.action))!;
    action.programs++;
    action.total += p.total;
    for (const line of p.budget) addByYear(action.byYear, years, line.year, line.amount);
    const h = horizons.get(p.horizon)!;
    h.programs++;
    h.total += p.total;
    let agency = agencies.get(p.leadId);
    if (!agency) agencies.set(p.leadId, (agency = { key: p.leadId, label: p.leadId, total: 0, byYear: zeros(), programs: 0 }));
    agency.programs++;
    agency.total += p.total;
    for (const line of p.budget) {
      addByYear(byYear, years, line.year, line.amount);
      addByYear(agency.byYear, years, line.year, line.amount);
      const source = sources.get(line.source);
      if (source) {
        source.total += line.amount;
        addByYear(source.byYear, years, line.year, line.amount);
      }
    }
  }
  const byAgency = region.agencies
    .filter((a) => agencies.has(a.id))
    .map((a) => ({ ...agencies.get(a.id)!, label: a.short ?? a.name }));
  return {
    programs: total,
    quickWins: quickWins.reduce((sum, q) => sum + (q.budget?.amount ?? 0), 0),
    byYear,
    byDimension: dimensions.map((d) => ({ key: d.dimension.id, label: d.dimension.name, total: d.total, byYear: d.byYear })),
    bySource: [...sources.values()],
    byAgency,
    byHorizon: [...horizons.values()],
    byAction: [...actions.values()],
    programCount: programs.length,
    quickWinCount: quickWins.length,
  };
}
