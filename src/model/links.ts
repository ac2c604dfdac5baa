/**
 * The golden thread (issue 21): which program answers which gap, which strategy it carries out.
 * Computed once here so that tables, the matrix, sentences and the workbook read the same links.
 */
import type { DimensionPlan, Gap, GapLink, Links, Program, StrategyLink } from './types.js';

const sum = (programs: readonly Program[]) => programs.reduce((s, p) => s + p.total, 0);

export function computeLinks(gaps: readonly Gap[], dimensions: readonly DimensionPlan[], programs: readonly Program[]): Links {
  const byGap = new Map<string, Program[]>();
  for (const p of programs) {
    for (const id of new Set(p.addresses)) {
      const list = byGap.get(id) ?? [];
      list.push(p);
      byGap.set(id, list);
    }
  }
  const gapLinks: GapLink[] = gaps.map((gap) => {
    const answering = gap.id !== undefined ? byGap.get(gap.id) ?? [] : [];
    return { gap, programs: answering, total: sum(answering) };
  });
  const strategyLinks: StrategyLink[] = dimensions.flatMap((plan) =>
    plan.strategies.map((strategy) => {
      // A strategy id names a strategy of the program's own dimension (INPUT-FORMAT.md).
      const answering = strategy.id !== undefined ? plan.programs.filter((p) => p.strategyId === strategy.id) : [];
      return { strategy, dimension: plan.dimension, programs: answering, total: sum(answering) };
    }),
  );
  const unlinkedPrograms = programs.filter((p) => p.addresses.length === 0 && p.strategyId === undefined);
  return {
    gaps: gapLinks,
    strategies: strategyLinks,
    unansweredGaps: gapLinks.filter((l) => l.programs.length === 0),
    unusedStrategies: strategyLinks.filter((l) => l.programs.length === 0),
    unlinkedPrograms,
    unlinkedTotal: sum(unlinkedPrograms),
  };
}
