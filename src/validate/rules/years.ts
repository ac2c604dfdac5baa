import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/** SC3009: a program's `years`, budget, milestone and indicator target years lie within the masterplan period. */
export const years: CrossFileRule = {
  name: 'years',
  check(ctx) {
    const period = ctx.period;
    if (!period) return []; // unknown or reversed period: SC3010 or a schema error says so
    const out: Diagnostic[] = [];
    const inside = (year: number) => year >= period.start && year <= period.end;
    for (const { doc, data } of ctx.docs.DimensionStrategy) {
      (data.programs ?? []).forEach((p, i) => {
        (p.years ?? []).forEach((year, j) => {
          if (!inside(year)) out.push(report('SC3009', { year, ...period }, doc, ['programs', i, 'years', j]));
        });
        (p.budget ?? []).forEach((b, j) => {
          if (!inside(b.year)) out.push(report('SC3009', { year: b.year, ...period }, doc, ['programs', i, 'budget', j, 'year']));
        });
        (p.milestones ?? []).forEach((m, j) => {
          if (!inside(m.year)) out.push(report('SC3009', { year: m.year, ...period }, doc, ['programs', i, 'milestones', j, 'year']));
        });
        (p.indicators ?? []).forEach((ind, k) => (ind.targets ?? []).forEach((t, j) => {
          if (!inside(t.year)) out.push(report('SC3009', { year: t.year, ...period }, doc, ['programs', i, 'indicators', k, 'targets', j, 'year']));
        }));
      });
    }
    return out;
  },
};
