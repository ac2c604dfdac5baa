import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DataPath } from '../../load/locate.js';
import type { ProgramInput } from '../../model/input-types.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/** Realised above this share of planned is worth a second look (INPUT-FORMAT "Progress"). */
export const OVER_REALISED_PERCENT = 150;

/**
 * Warnings of the monitoring report, raised while validating so they are seen before the
 * report is built: SC5007 a program with a planned amount in the year but no entry; SC5008
 * realised above 150% of planned; SC5009 a quick win reported for a year outside its schedule;
 * SC5011 a quick win whose schedule overlaps the year but that has no entry.
 */
export const progressWarnings: CrossFileRule = {
  name: 'progress-warnings',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const { doc, data } of ctx.docs.Progress) {
      const year = data.year;
      const reported = new Set((data.programs ?? []).map((e) => e.program));
      // Programs in reading order, so the warnings come out in a stable order.
      for (const [id, site] of ctx.programs) {
        if (planned(site.program, year) > 0 && !reported.has(id)) {
          const at: DataPath = data.programs ? ['programs'] : ['year'];
          out.push(report('SC5007', { id, year }, doc, at, { target: 'key' }));
        }
      }
      (data.programs ?? []).forEach((entry, i) => {
        const site = ctx.programs.get(entry.program);
        if (!site) return;
        const plan = planned(site.program, year);
        // BigInt: exact sums and an exact comparison, realised / plan > 1.5 ⇔ 100 × realised > 150 × plan.
        const realised = (entry.realized ?? []).reduce((sum, r) => sum + BigInt(r.amount), 0n);
        if (plan > 0 && realised * 100n > BigInt(plan) * BigInt(OVER_REALISED_PERCENT)) {
          const percent = `${((Number(realised) / plan) * 100).toFixed(0)}%`;
          out.push(report('SC5008', { id: entry.program, year, percent, planned: plan, realised: realised.toString() }, doc, ['programs', i, 'program']));
        }
      });
      // A quick win running in the year must be reported too: a report was seen silently covering 3 of 6.
      const reportedQuickWins = new Set((data.quick_wins ?? []).map((e) => e.quick_win));
      for (const [id, site] of ctx.quickWins) {
        const { start, end } = site.quickWin.schedule;
        if (overlaps(start, end, year) && !reportedQuickWins.has(id)) {
          const at: DataPath = data.quick_wins ? ['quick_wins'] : ['year'];
          out.push(report('SC5011', { id, year, start, end }, doc, at, { target: 'key' }));
        }
      }
      (data.quick_wins ?? []).forEach((entry, i) => {
        const site = ctx.quickWins.get(entry.quick_win);
        if (!site) return;
        const { start, end } = site.quickWin.schedule;
        if (!overlaps(start, end, year)) {
          out.push(report('SC5009', { id: entry.quick_win, year, start, end }, doc, ['quick_wins', i, 'quick_win']));
        }
      });
    }
    return out;
  },
};

/** planned(program, Y): the sum of its budget lines with `year: Y`. */
export function planned(program: ProgramInput, year: number): number {
  let sum = 0;
  for (const line of program.budget ?? []) if (line.year === year) sum += line.amount;
  return sum;
}

/** Whether a schedule (YYYY-MM, inclusive) has at least one month in the year. */
export function overlaps(start: string, end: string, year: number): boolean {
  return Number(start.slice(0, 4)) <= year && year <= Number(end.slice(0, 4));
}
