import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatInteger } from '../../format/indonesian.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/** No programme line of a Smart City masterplan costs less than this; a smaller figure is in juta (millions). */
const SMALLEST_PLAUSIBLE = 1_000_000;
const JUTA = 1_000_000;

/** SC3061: `amount: 750` meant Rp 750 juta. Zero stays quiet (a line not yet costed). */
export const smallAmounts: CrossFileRule = {
  name: 'small-amounts',
  check(ctx) {
    const out: Diagnostic[] = [];
    const check = (amount: number, at: () => Diagnostic) => {
      if (amount > 0 && amount < SMALLEST_PLAUSIBLE) out.push(at());
    };
    const data = (amount: number) => ({ amount: formatInteger(amount), meant: formatInteger(amount * JUTA), meantRaw: String(amount * JUTA) });
    for (const { doc, data: strategy } of ctx.docs.DimensionStrategy) {
      (strategy.programs ?? []).forEach((program, p) => {
        (program.budget ?? []).forEach((line, l) => {
          check(line.amount, () => report('SC3061', data(line.amount), doc, ['programs', p, 'budget', l, 'amount']));
        });
      });
    }
    for (const { doc, data: quickWins } of ctx.docs.QuickWins) {
      quickWins.quick_wins.forEach((qw, q) => {
        const amount = qw.budget?.amount;
        if (amount !== undefined) check(amount, () => report('SC3061', data(amount), doc, ['quick_wins', q, 'budget', 'amount']));
      });
    }
    return out;
  },
};
