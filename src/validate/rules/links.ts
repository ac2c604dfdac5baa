import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { listAllowed, suggest } from '../../diagnostics/suggest.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/**
 * The golden thread (issue 21). Errors: SC3083 an `addresses` id names no gap; SC3084 a
 * `strategy` names no strategy of the program's dimension. Warnings: SC3080 a gap no program
 * answers; SC3082 a strategy no program carries out; SC3081 (from --stage 2, when programs are
 * expected) a program that answers no gap and carries out no strategy.
 */
export const links: CrossFileRule = {
  name: 'links',
  check(ctx) {
    const out: Diagnostic[] = [];
    const gapsKnown = !ctx.failed.has('GapAnalysis');
    const gapIds = new Set<string>();
    for (const { data } of ctx.docs.GapAnalysis) for (const g of data.gaps ?? []) if (g.id !== undefined) gapIds.add(g.id);
    const addressed = new Set<string>();
    for (const { doc, data } of ctx.docs.DimensionStrategy) {
      const strategyIds = (data.strategies ?? []).map((s) => s.id).filter((id): id is string => id !== undefined);
      const known = new Set(strategyIds);
      (data.programs ?? []).forEach((p, i) => {
        (p.addresses ?? []).forEach((id, j) => {
          addressed.add(id);
          if (gapsKnown && !gapIds.has(id)) out.push(report('SC3083', { id }, doc, ['programs', i, 'addresses', j], { suggestion: suggest(id, gapIds) }));
        });
        if (p.strategy !== undefined && !known.has(p.strategy)) {
          out.push(report('SC3084', { id: p.strategy, dimension: data.dimension, allowed: strategyIds.length ? listAllowed(strategyIds) : '-' }, doc,
            ['programs', i, 'strategy'], { suggestion: suggest(p.strategy, strategyIds) }));
        }
        if ((ctx.stage ?? 0) >= 2 && (p.addresses ?? []).length === 0 && p.strategy === undefined) {
          out.push(report('SC3081', { id: p.id, dimension: data.dimension }, doc, ['programs', i, 'id']));
        }
      });
    }
    // Unanswered gaps and unused strategies only once there are programs that could answer them
    // (no programs at all is its own finding, SC4005) and every program could be read.
    if (!ctx.programsComplete || ctx.programs.size === 0) return out;
    for (const { doc, data } of ctx.docs.GapAnalysis) {
      (data.gaps ?? []).forEach((g, i) => {
        if (g.id !== undefined && addressed.has(g.id)) return;
        out.push(report('SC3080', { gap: g.id ?? g.aspect }, doc, g.id !== undefined ? ['gaps', i, 'id'] : ['gaps', i, 'aspect']));
      });
    }
    for (const { doc, data } of ctx.docs.DimensionStrategy) {
      const used = new Set((data.programs ?? []).map((p) => p.strategy));
      (data.strategies ?? []).forEach((s, i) => {
        if (s.id !== undefined && used.has(s.id)) return;
        out.push(report('SC3082', { strategy: s.id ?? s.title }, doc, s.id !== undefined ? ['strategies', i, 'id'] : ['strategies', i, 'title']));
      });
    }
    return out;
  },
};
