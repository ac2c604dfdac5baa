import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { defaultHorizons } from '../../model/framework.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/** A masterplan covers at most this many years (INPUT-FORMAT: "at most 20 years"). */
export const MAX_PERIOD_YEARS = 20;

/**
 * SC3010: `period.start <= period.end` and at most 20 years (counting both ends: 2023–2042 is
 * 20 years); the RPJMD period must not be reversed either. SC3020: when horizons are given,
 * short <= medium <= long, with the defaults standing in for the ones left out.
 */
export const period: CrossFileRule = {
  name: 'period',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const { doc, data } of ctx.docs.Masterplan) {
      const { start, end } = data.period;
      if (start > end) {
        out.push(report('SC3010', { start, end, reason: 'start > end' }, doc, ['period', 'end']));
        continue;
      }
      const years = end - start + 1;
      if (years > MAX_PERIOD_YEARS) {
        out.push(report('SC3010', { start, end, reason: `${years} > ${MAX_PERIOD_YEARS}`, years, limit: MAX_PERIOD_YEARS }, doc, ['period', 'end']));
      }
      if (data.horizons) {
        const h = { ...defaultHorizons(data.period), ...data.horizons };
        if (h.short > h.medium || h.medium > h.long) {
          out.push(report('SC3020', { short: h.short, medium: h.medium, long: h.long }, doc, ['horizons'], { target: 'key' }));
        }
      }
    }
    for (const { doc, data } of ctx.docs.RegionProfile) {
      const p = data.rpjmd?.period;
      if (p && p.start > p.end) out.push(report('SC3010', { start: p.start, end: p.end, reason: 'start > end' }, doc, ['rpjmd', 'period', 'end']));
    }
    return out;
  },
};
