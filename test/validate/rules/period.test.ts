import { period } from '../../../src/validate/rules/period.js';
import { ruleTester } from '../../_helpers/project.js';

ruleTester(period, {
  valid: [
    { name: 'the minimal project' },
    { name: 'exactly 20 years (2024–2043)', patch: { 'smartcity.yaml': [['end: 2028', 'end: 2043']] } },
    { name: 'a one-year period', patch: { 'smartcity.yaml': [['end: 2028', 'end: 2024']] } },
    { name: 'partial horizons, defaults fill the rest', patch: { 'smartcity.yaml': [['framework:', 'horizons: {short: 1, medium: 3}\nframework:']] } },
  ],
  invalid: [
    {
      name: 'SC3010 start after end, at period.end',
      patch: { 'smartcity.yaml': [['{start: 2024, end: 2028}', '{start: 2028, end: 2024}']] },
      expected: [{ code: 'SC3010', at: 'smartcity.yaml:4:28', data: { start: 2028, end: 2024, reason: 'start > end' } }],
    },
    {
      name: 'SC3010 more than 20 years (2024–2044 is 21)',
      patch: { 'smartcity.yaml': [['end: 2028', 'end: 2044']] },
      expected: [{ code: 'SC3010', at: 'smartcity.yaml:4:28', data: { start: 2024, end: 2044, reason: '21 > 20', years: 21, limit: 20 } }],
    },
    {
      name: 'SC3020 horizons out of order (long defaults to the period length, 5)',
      patch: { 'smartcity.yaml': [['framework:', 'horizons: {short: 5, medium: 2}\nframework:']] },
      expected: [{ code: 'SC3020', at: 'smartcity.yaml:5:1', data: { short: 5, medium: 2, long: 5 } }],
    },
    {
      name: 'SC3010 a reversed RPJMD period',
      patch: { 'profil.yaml': [['agencies:', 'rpjmd:\n  period: {start: 2026, end: 2021}\nagencies:']] },
      expected: [{ code: 'SC3010', at: 'profil.yaml:9:30', data: { start: 2026, end: 2021, reason: 'start > end' } }],
    },
  ],
});
