import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { suggest } from '../../diagnostics/suggest.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/** SC3007: a quick win's `program` names a program of some DimensionStrategy. */
export const unknownProgram: CrossFileRule = {
  name: 'unknown-program',
  check(ctx) {
    // A DimensionStrategy that failed its schema may hold the program: stay quiet.
    if (!ctx.programsComplete) return [];
    const out: Diagnostic[] = [];
    for (const { doc, data } of ctx.docs.QuickWins) {
      data.quick_wins.forEach((q, i) => {
        if (q.program === undefined || ctx.programs.has(q.program)) return;
        out.push(report('SC3007', { id: q.program }, doc, ['quick_wins', i, 'program'], { suggestion: suggest(q.program, ctx.programs.keys()) }));
      });
    }
    return out;
  },
};
