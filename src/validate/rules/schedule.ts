import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/** A quick win is realised within a year (DOMAIN.md): at most 12 months, both ends counted. */
export const MAX_SCHEDULE_MONTHS = 12;

/** "2023-04" → months since year 0, so that differences are month counts. */
export function monthIndex(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return y * 12 + (m - 1);
}

/** Inclusive month count: 2023-01..2023-12 is 12 months. */
export function monthsBetween(start: string, end: string): number {
  return monthIndex(end) - monthIndex(start) + 1;
}

/**
 * SC3011 the schedule does not end before it starts; SC3012 it lasts at most 12 months;
 * SC3013 both months lie within the masterplan period.
 */
export const schedule: CrossFileRule = {
  name: 'schedule',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const { doc, data } of ctx.docs.QuickWins) {
      data.quick_wins.forEach((q, i) => {
        const { start, end } = q.schedule;
        const at = (field: 'start' | 'end') => ['quick_wins', i, 'schedule', field];
        const months = monthsBetween(start, end);
        if (months < 1) {
          out.push(report('SC3011', { start, end }, doc, at('end')));
          return;
        }
        if (months > MAX_SCHEDULE_MONTHS) out.push(report('SC3012', { start, end, months }, doc, at('end')));
        const period = ctx.period;
        if (!period) return;
        const startYear = Number(start.slice(0, 4));
        const endYear = Number(end.slice(0, 4));
        if (startYear < period.start || endYear > period.end) {
          const field = startYear < period.start ? 'start' : 'end';
          out.push(report('SC3013', { start, end, periodStart: period.start, periodEnd: period.end }, doc, at(field)));
        }
      });
    }
    return out;
  },
};
