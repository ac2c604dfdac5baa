import { years } from '../../../src/validate/rules/years.js';
import { ruleTester } from '../../_helpers/project.js';

ruleTester(years, {
  valid: [
    { name: 'the minimal project' },
    { name: 'first and last year of the period', patch: { 'governance.yaml': [['    budget:', '    years: [2024, 2028]\n    budget:']] } },
    { name: 'no check when the period is reversed (SC3010 says so)', patch: { 'smartcity.yaml': [['{start: 2024, end: 2028}', '{start: 2028, end: 2024}']], 'governance.yaml': [['year: 2024', 'year: 2030']] } },
  ],
  invalid: [
    {
      name: 'SC3009 in years and in a budget line',
      patch: { 'governance.yaml': [['    budget:', '    years: [2023, 2024]\n    budget:'], ['year: 2024', 'year: 2030']] },
      expected: [
        { code: 'SC3009', at: 'governance.yaml:12:13', data: { year: 2023, start: 2024, end: 2028 } },
        { code: 'SC3009', at: 'governance.yaml:14:16', data: { year: 2030, start: 2024, end: 2028 } },
      ],
    },
  ],
});
