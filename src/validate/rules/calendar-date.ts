import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { LoadedDocument } from '../../load/types.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/**
 * The pattern of `common.schema.json#/$defs/date` (a test keeps the two equal). It checks the
 * shape only: months 01–12 and days 01–31, so `2023-02-30` and `2023-04-31` pass it.
 */
export const DATE_PATTERN = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

/** Proleptic Gregorian leap years: every 4th year, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The number of days of the month when `value` has the schema's date shape but names a day
 * that month does not have (`2023-02-29`, `2024-04-31`); undefined otherwise (a real date, or
 * not a date at all).
 */
export function impossibleDate(value: string): number | undefined {
  if (!DATE_PATTERN.test(value)) return undefined;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const days = daysInMonth(year, month);
  return day > days ? days : undefined;
}

/**
 * SC3022: every string value of the shape YYYY-MM-DD is a real calendar date. The schemas
 * check the shape by pattern only, so `2023-02-30` passes them. Walks every routed document,
 * including ones that failed their schema: an impossible date is never an echo of a schema
 * error (it matches the pattern), so it is reported either way. Month values (YYYY-MM) need
 * no check here: their pattern already allows only months 01–12 (SC2006 reports `2024-13`).
 */
export const calendarDate: CrossFileRule = {
  name: 'calendar-date',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const doc of ctx.project.documents) {
      if (doc.kind) walk(doc, doc.data, [], new WeakSet(), out);
    }
    return out;
  },
};

function walk(doc: LoadedDocument, value: unknown, path: (string | number)[], seen: WeakSet<object>, out: Diagnostic[]): void {
  if (typeof value === 'string') {
    const days = impossibleDate(value);
    if (days !== undefined) out.push(report('SC3022', { value, days }, doc, path));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  // An alias shares its object with the anchor: report a value once, where it is written.
  if (seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(doc, item, [...path, i], seen, out));
  } else {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) walk(doc, item, [...path, key], seen, out);
  }
}
