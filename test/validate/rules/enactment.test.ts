import { enactment } from '../../../src/validate/rules/enactment.js';
import { ruleTester } from '../../_helpers/project.js';

/** An `enactment` inserted before the minimal manifest's `framework:` (line 5); its lines are 5, 6, 7, 8. */
const withEnactment = (lines: string[]) => ({ 'smartcity.yaml': [['framework:', `enactment:\n${lines.map((l) => `  ${l}`).join('\n')}\nframework:`]] as [string, string][] });

ruleTester(enactment, {
  valid: [
    { name: 'the minimal project (no enactment)' },
    { name: 'number, year, date and a later promulgation', patch: withEnactment(['number: 13', 'year: 2024', 'date: 2024-06-10', 'promulgation: {number: 13, date: 2024-06-11}']) },
    { name: 'promulgated on the day it is enacted', patch: withEnactment(['date: 2024-06-10', 'promulgation: {date: 2024-06-10}']) },
    { name: 'a year without a date, a promulgation date without an enactment date', patch: withEnactment(['year: 2023', 'promulgation: {date: 2020-01-01}']) },
    { name: 'enacted in the last year of the period', patch: withEnactment(['date: 2028-12-31']) },
    { name: 'an impossible date is left to SC3022', patch: withEnactment(['year: 2023', 'date: 2024-02-30', 'promulgation: {date: 2024-01-01}']) },
  ],
  invalid: [
    {
      name: 'SC3050 promulgated the day before it is enacted, at promulgation.date',
      patch: withEnactment(['year: 2024', 'date: 2024-06-10', 'promulgation: {date: 2024-06-09}']),
      expected: [{ code: 'SC3050', at: 'smartcity.yaml:8:24', data: { promulgated: '2024-06-09', enacted: '2024-06-10' } }],
    },
    {
      name: 'SC3051 year 2023 with a date in 2024, at year',
      patch: withEnactment(['year: 2023', 'date: 2024-06-10']),
      expected: [{ code: 'SC3051', at: 'smartcity.yaml:6:9', data: { year: 2023, date: '2024-06-10' } }],
    },
    {
      name: 'SC3052 enacted in 2030, after the period 2024–2028 ends, at date',
      patch: withEnactment(['date: 2030-01-02']),
      expected: [{ code: 'SC3052', at: 'smartcity.yaml:6:9', data: { date: '2030-01-02', end: 2028 } }],
    },
  ],
});
