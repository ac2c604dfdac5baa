import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/load/index.js';
import { validateProject } from '../../../src/validate/index.js';
import { calendarDate, DATE_PATTERN, daysInMonth, impossibleDate, isLeapYear } from '../../../src/validate/rules/calendar-date.js';
import { brief, briefs, minimal, REPO, ruleTester, withProgress } from '../../_helpers/project.js';

const issued = (date: string) => ({ 'smartcity.yaml': [['period: {start: 2024, end: 2028}', `period: {start: 2024, end: 2028}\nissued: {place: Sampit, date: ${date}}`], ['issued: {place: Sampit, date: 2024-01-01}\n', '']] as [string, string][] });

ruleTester(calendarDate, {
  valid: [
    { name: 'no dates at all' },
    { name: 'an ordinary date', patch: issued('2023-10-16') },
    { name: 'the last day of a 31-day month', patch: issued('2023-12-31') },
    { name: 'the last day of a 30-day month', patch: issued('2023-04-30') },
    { name: '29 February of a leap year', patch: issued('2024-02-29') },
    { name: '29 February of a century divisible by 400', patch: issued('2000-02-29') },
    { name: 'a quoted date', patch: issued('"2024-02-29"') },
    { name: 'text that only looks like a date', patch: issued('"2023-02-30 (draft)"') },
  ],
  invalid: [
    { name: '30 February', patch: issued('2023-02-30'), expected: [{ code: 'SC3022', at: 'smartcity.yaml:5:31', data: { value: '2023-02-30', days: 28 } }] },
    { name: '29 February of a common year', patch: issued('2023-02-29'), expected: [{ code: 'SC3022', at: 'smartcity.yaml:5:31', data: { value: '2023-02-29', days: 28 } }] },
    { name: '29 February of a century not divisible by 400', patch: issued('1900-02-29'), expected: [{ code: 'SC3022', at: 'smartcity.yaml:5:31', data: { value: '1900-02-29', days: 28 } }] },
    { name: '31 April', patch: issued('2024-04-31'), expected: [{ code: 'SC3022', at: 'smartcity.yaml:5:31', data: { value: '2024-04-31', days: 30 } }] },
    { name: 'a quoted impossible date points at the quoted value', patch: issued('"2024-06-31"'), expected: [{ code: 'SC3022', at: 'smartcity.yaml:5:31', data: { value: '2024-06-31', days: 30 } }] },
    {
      name: 'any string value, at any depth (here a free-text field)',
      patch: { 'profil.yaml': [['  capital: Kota Contoh', '  capital: "2023-11-31"']] },
      expected: [{ code: 'SC3022', at: 'profil.yaml:7:12', data: { value: '2023-11-31', days: 30 } }],
    },
    {
      name: 'Progress as_of',
      patch: await withProgress([['year: 2024', 'year: 2024\nas_of: 2025-02-29']]),
      expected: [{ code: 'SC3022', at: 'progress.yaml:4:8', data: { value: '2025-02-29', days: 28 } }],
    },
  ],
});

describe('calendar helpers', () => {
  it('knows leap years', () => {
    expect([2024, 2000, 2400, 1600].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2023, 1900, 2100, 2200].map(isLeapYear)).toEqual([false, false, false, false]);
  });

  it('knows the length of every month', () => {
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2023, i + 1))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  it('agrees with the JavaScript calendar for every day shape of four years', () => {
    for (const year of [1900, 2000, 2023, 2024]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const real = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
          expect(impossibleDate(value) === undefined, value).toBe(real);
        }
      }
    }
  });

  it('ignores what is not of the date shape (left to the schema)', () => {
    expect(impossibleDate('2023-13-01')).toBeUndefined();
    expect(impossibleDate('2023-02-32')).toBeUndefined();
    expect(impossibleDate('2023-02')).toBeUndefined();
    expect(impossibleDate('23-02-30')).toBeUndefined();
  });

  it('uses the same pattern as common.schema.json#/$defs/date', async () => {
    const common = JSON.parse(await readFile(path.join(REPO, 'schemas/common.schema.json'), 'utf8'));
    expect(DATE_PATTERN.source).toBe(common.$defs.date.pattern);
  });
});

describe('calendar-date in a whole validation', () => {
  const tmp: string[] = [];
  afterAll(async () => {
    await Promise.all(tmp.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('reports an impossible date in a copy of examples/kotawaringin-timur, and nothing else', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'smartcity-calendar-'));
    tmp.push(dir);
    await cp(path.join(REPO, 'examples/kotawaringin-timur'), dir, { recursive: true });
    const manifest = path.join(dir, 'smartcity.yaml');
    const text = await readFile(manifest, 'utf8');
    expect(text).toContain('date: 2022-12-29');
    await writeFile(manifest, text.replace('date: 2022-12-29', 'date: 2022-02-29'));
    const got = validateProject(await loadProject(dir, { cwd: dir })).map(brief);
    expect(got).toEqual([{ code: 'SC3022', at: 'smartcity.yaml:13:31', data: { value: '2022-02-29', days: 28 } }]);
  });

  it('reports an impossible date even when the same document fails its schema', async () => {
    const got = await briefs(await minimal({ 'smartcity.yaml': [['period: {start: 2024, end: 2028}', 'period: {start: 2024, end: 2028}\nissued: {place: Sampit, date: 2023-02-30}\nunknown_field: 1'], ['issued: {place: Sampit, date: 2024-01-01}\n', '']] }));
    expect(got.map((d) => d.code).sort()).toEqual(['SC2004', 'SC3022']);
  });

  it('leaves month 13 to the schema: one SC2006, no second report', async () => {
    const got = await briefs(await minimal({ 'quick-wins.yaml': [['{start: 2024-01, end: 2024-12}', '{start: 2024-01, end: 2024-13}']] }));
    expect(got.map((d) => ({ code: d.code, data: d.data }))).toEqual([{ code: 'SC2006', data: { value: '2024-13', format: 'month (YYYY-MM)' } }]);
  });
});
