import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { listAllowed, suggest } from '../../diagnostics/suggest.js';
import { locate, type DataPath } from '../../load/locate.js';
import type { LoadedDocument } from '../../load/types.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/**
 * SC3008: every `source` (program and quick-win budgets, realised amounts in Progress) is one
 * of the manifest's `funding_sources` (or the defaults). SC3021: that list has no repeats,
 * since totals per source would silently merge them.
 */
export const fundingSource: CrossFileRule = {
  name: 'funding-source',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const { doc, data } of ctx.docs.Masterplan) {
      const seen = new Map<string, number>();
      (data.funding_sources ?? []).forEach((name, i) => {
        const first = seen.get(name);
        if (first === undefined) seen.set(name, i);
        else out.push(report('SC3021', { value: name }, doc, ['funding_sources', i], { related: [locate(doc, ['funding_sources', first])] }));
      });
    }
    const allowed = ctx.fundingSources;
    const set = ctx.fundingSet;
    if (!allowed || !set) return out; // the manifest failed its schema: sources are unknown
    const check = (value: string, doc: LoadedDocument, path: DataPath) => {
      if (set.has(value)) return;
      out.push(report('SC3008', { value, allowed: listAllowed(allowed) }, doc, path, { suggestion: suggest(value, allowed) }));
    };
    for (const { doc, data } of ctx.docs.DimensionStrategy) {
      (data.programs ?? []).forEach((p, i) => (p.budget ?? []).forEach((b, j) => check(b.source, doc, ['programs', i, 'budget', j, 'source'])));
    }
    for (const { doc, data } of ctx.docs.QuickWins) {
      data.quick_wins.forEach((q, i) => q.budget && check(q.budget.source, doc, ['quick_wins', i, 'budget', 'source']));
    }
    for (const { doc, data } of ctx.docs.Progress) {
      (data.programs ?? []).forEach((e, i) => (e.realized ?? []).forEach((r, j) => check(r.source, doc, ['programs', i, 'realized', j, 'source'])));
      (data.quick_wins ?? []).forEach((e, i) => e.realized && check(e.realized.source, doc, ['quick_wins', i, 'realized', 'source']));
    }
    return out;
  },
};
