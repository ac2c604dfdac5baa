import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { locate } from '../../load/locate.js';
import type { LoadedDocument } from '../../load/types.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/** SC3009: a Progress year lies within the period. SC5001: one Progress document per year. */
export const progressYear: CrossFileRule = {
  name: 'progress-year',
  check(ctx) {
    const out: Diagnostic[] = [];
    const first = new Map<number, LoadedDocument>();
    for (const { doc, data } of ctx.docs.Progress) {
      const { year } = data;
      if (ctx.period && (year < ctx.period.start || year > ctx.period.end)) {
        out.push(report('SC3009', { year, ...ctx.period }, doc, ['year']));
      }
      const seen = first.get(year);
      if (seen) out.push(report('SC5001', { year }, doc, ['year'], { related: [locate(seen, ['year'])] }));
      else first.set(year, doc);
    }
    return out;
  },
};
