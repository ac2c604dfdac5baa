import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { reportAtProject } from './report.js';
import type { CrossFileRule, RuleContext } from './types.js';

/**
 * Warnings SC3015 (a dimension without a DimensionStrategy) and SC3016 (a dimension without a
 * quick win). They point at the manifest's `framework` key (or its first line): the finding is
 * about the project, not about any one value. Skipped when a document of the kind failed its
 * schema, since the missing one may be that document.
 */
export const coverage: CrossFileRule = {
  name: 'coverage',
  check(ctx) {
    if (!ctx.framework) return [];
    const out: Diagnostic[] = [];
    const withStrategy = dimensionsWithStrategy(ctx);
    const withQuickWin = dimensionsWithQuickWin(ctx);
    for (const dimension of ctx.framework.dimensionIds) {
      if (!ctx.failed.has('DimensionStrategy') && !withStrategy.has(dimension)) out.push(reportAtProject(ctx, 'SC3015', { dimension }));
      if (ctx.quickWinsComplete && !withQuickWin.has(dimension)) out.push(reportAtProject(ctx, 'SC3016', { dimension }));
    }
    return out;
  },
};

export function dimensionsWithStrategy(ctx: RuleContext): Set<string> {
  return new Set(ctx.docs.DimensionStrategy.map((d) => d.data.dimension));
}

export function dimensionsWithQuickWin(ctx: RuleContext): Set<string> {
  const set = new Set<string>();
  for (const { data } of ctx.docs.QuickWins) for (const q of data.quick_wins) set.add(q.dimension);
  return set;
}
