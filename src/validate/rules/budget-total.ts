import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DataPath } from '../../load/locate.js';
import type { LoadedDocument } from '../../load/types.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * SC3019: the grand total of all planned amounts (programs and quick wins) stays an exact
 * whole number in JavaScript, so every subtotal of the roadmap and workbook is exact too.
 * Summed as BigInt; reported once, at the line where the running total first overflows.
 */
export const budgetTotal: CrossFileRule = {
  name: 'budget-total',
  check(ctx) {
    let total = 0n;
    let overflow: { doc: LoadedDocument; path: DataPath } | undefined;
    const add = (amount: number, doc: LoadedDocument, path: DataPath) => {
      total += BigInt(amount);
      if (!overflow && total > MAX) overflow = { doc, path };
    };
    for (const { doc, data } of ctx.docs.DimensionStrategy) {
      (data.programs ?? []).forEach((p, i) => (p.budget ?? []).forEach((b, j) => add(b.amount, doc, ['programs', i, 'budget', j, 'amount'])));
    }
    for (const { doc, data } of ctx.docs.QuickWins) {
      data.quick_wins.forEach((q, i) => q.budget && add(q.budget.amount, doc, ['quick_wins', i, 'budget', 'amount']));
    }
    const out: Diagnostic[] = [];
    if (overflow) out.push(report('SC3019', { total: total.toString() }, overflow.doc, overflow.path));
    return out;
  },
};
