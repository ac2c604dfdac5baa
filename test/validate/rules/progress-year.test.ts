import { progressYear } from '../../../src/validate/rules/progress-year.js';
import { ruleTester, withProgress } from '../../_helpers/project.js';

const SECOND = 'apiVersion: smartcity/v1\nkind: Progress\nyear: 2024\n';

ruleTester(progressYear, {
  valid: [
    { name: 'one Progress document within the period', patch: await withProgress() },
    { name: 'two different years', patch: await withProgress([], { 'z-progress.yaml': SECOND.replace('2024', '2025') }) },
  ],
  invalid: [
    {
      name: 'SC3009 a year outside the period',
      patch: await withProgress([['year: 2024', 'year: 2030']]),
      expected: [{ code: 'SC3009', at: 'progress.yaml:3:7', data: { year: 2030, start: 2024, end: 2028 } }],
    },
    {
      name: 'SC5001 a second document for the same year names the first',
      patch: await withProgress([], { 'z-progress.yaml': SECOND }),
      expected: [{ code: 'SC5001', at: 'z-progress.yaml:3:7', data: { year: 2024 }, related: ['progress.yaml:3:7'] }],
    },
  ],
});
