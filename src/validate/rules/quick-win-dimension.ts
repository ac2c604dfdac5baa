import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/** SC3060: a quick win of one dimension tied to a program of another: one of the two is likely a slip. */
export const quickWinDimension: CrossFileRule = {
  name: 'quick-win-dimension',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const { doc, data } of ctx.docs.QuickWins) {
      data.quick_wins.forEach((qw, i) => {
        const site = qw.program === undefined ? undefined : ctx.programs.get(qw.program);
        if (!site || site.dimension === qw.dimension) return;
        out.push(report('SC3060', { program: site.program.id, programDimension: site.dimension, dimension: qw.dimension }, doc, ['quick_wins', i, 'program']));
      });
    }
    return out;
  },
};
