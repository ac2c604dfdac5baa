import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { locate } from '../../load/locate.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/**
 * SC3030 (warning): a quick win's risk register lists the same risk twice (same text, ignoring
 * case and spaces); the 5×5 matrix would count it twice. The owners' agency ids are checked
 * with every other agency reference (unknown-agency.ts), the ranges by the schema.
 */
export const quickWinRisks: CrossFileRule = {
  name: 'quick-win-risks',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const { doc, data } of ctx.docs.QuickWins) {
      data.quick_wins.forEach((q, i) => {
        const seen = new Map<string, number>();
        (q.risks ?? []).forEach((r, j) => {
          const key = r.risk.toLowerCase().replace(/\s+/g, ' ').trim();
          const first = seen.get(key);
          if (first === undefined) {
            seen.set(key, j);
            return;
          }
          out.push(report('SC3030', { id: q.id, risk: r.risk }, doc, ['quick_wins', i, 'risks', j, 'risk'], {
            related: [locate(doc, ['quick_wins', i, 'risks', first, 'risk'])],
          }));
        });
      });
    }
    return out;
  },
};
