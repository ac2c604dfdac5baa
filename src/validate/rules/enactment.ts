import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { impossibleDate } from './calendar-date.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/**
 * The enacting regulation's dates (manifest `enactment`), which the draft prints as they are:
 * SC3050 promulgation before enactment (a regulation is promulgated on or after the day it is signed);
 * SC3051 `year` not the year of `date` (the title's TAHUN and the date would disagree);
 * SC3052 (warning) enacted after the masterplan's period has ended.
 * Dates that are not real calendar days are SC3022's, and are skipped here.
 */
export const enactment: CrossFileRule = {
  name: 'enactment',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const { doc, data } of ctx.docs.Masterplan) {
      const e = data.enactment;
      if (!e) continue;
      const real = (d: string | undefined): d is string => d !== undefined && impossibleDate(d) === undefined;
      const promulgated = e.promulgation?.date;
      if (real(e.date) && real(promulgated) && promulgated < e.date) {
        out.push(report('SC3050', { promulgated, enacted: e.date }, doc, ['enactment', 'promulgation', 'date']));
      }
      if (real(e.date) && e.year !== undefined && Number(e.date.slice(0, 4)) !== e.year) {
        out.push(report('SC3051', { year: e.year, date: e.date }, doc, ['enactment', 'year']));
      }
      if (real(e.date) && ctx.period && Number(e.date.slice(0, 4)) > ctx.period.end) {
        out.push(report('SC3052', { date: e.date, end: ctx.period.end }, doc, ['enactment', 'date']));
      }
    }
    return out;
  },
};
