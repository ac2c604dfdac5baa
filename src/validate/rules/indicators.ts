import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/**
 * A program indicator's years (issue 21), warnings: SC3090 yearly `targets` not in ascending
 * year order; SC3091 the last yearly target differs from `target`; SC3092 `baseline_year` after
 * the plan's first year. Target years outside the period are SC3009 (rule `years`).
 */
export const indicatorYears: CrossFileRule = {
  name: 'indicator-years',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const { doc, data } of ctx.docs.DimensionStrategy) {
      (data.programs ?? []).forEach((p, i) => {
        (p.indicators ?? []).forEach((ind, k) => {
          const at = (...rest: (string | number)[]) => ['programs', i, 'indicators', k, ...rest];
          const targets = ind.targets ?? [];
          for (let j = 1; j < targets.length; j++) {
            if (targets[j].year <= targets[j - 1].year) out.push(report('SC3090', { year: targets[j].year, previous: targets[j - 1].year }, doc, at('targets', j, 'year')));
          }
          const last = targets[targets.length - 1];
          if (last && ind.target !== undefined && last.value !== ind.target) {
            out.push(report('SC3091', { last: String(last.value), target: String(ind.target) }, doc, at('targets', targets.length - 1, 'value')));
          }
          if (ctx.period && ind.baseline_year !== undefined && ind.baseline_year > ctx.period.start) {
            out.push(report('SC3092', { year: ind.baseline_year, start: ctx.period.start }, doc, at('baseline_year')));
          }
        });
      });
    }
    return out;
  },
};
