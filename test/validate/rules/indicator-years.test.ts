import { indicatorYears } from '../../../src/validate/rules/indicators.js';
import { years } from '../../../src/validate/rules/years.js';
import { ruleTester, type Patches } from '../../_helpers/project.js';

const LINE = '      - {name: Layanan daring, unit: layanan, baseline: 0, target: 20}';
/** The indicator on line 15 with extra fields; `col` finds a column by hand-readable text. */
const indicator = (extra: string): { patch: Patches; line: string } => {
  const line = LINE.replace('}', `, ${extra}}`);
  return { patch: { 'governance.yaml': [[LINE, line]] }, line };
};
const col = (line: string, needle: string, nth = 0): number => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = line.indexOf(needle, at + 1);
  return at + 1;
};

const unordered = indicator('baseline_year: 2023, targets: [{year: 2026, value: 10}, {year: 2025, value: 20}]');
const lastDiffers = indicator('targets: [{year: 2025, value: 10}, {year: 2027, value: 15}]');
const lateBaseline = indicator('baseline_year: 2025');
const outside = indicator('targets: [{year: 2030, value: 20}]');

ruleTester(indicatorYears, {
  valid: [
    { name: 'no yearly targets' },
    { name: 'ascending targets ending at the target, baseline the year before the plan', patch: indicator('baseline_year: 2023, targets: [{year: 2025, value: 10}, {year: 2028, value: 20}]').patch },
  ],
  invalid: [
    {
      name: 'SC3090 targets out of year order, at the later entry\'s year',
      patch: unordered.patch,
      expected: [{ code: 'SC3090', at: `governance.yaml:15:${col(unordered.line, '2025')}`, data: { year: 2025, previous: 2026 } }],
    },
    {
      name: 'SC3091 the last yearly target differs from target',
      patch: lastDiffers.patch,
      expected: [{ code: 'SC3091', at: `governance.yaml:15:${col(lastDiffers.line, '15}')}`, data: { last: '15', target: '20' } }],
    },
    {
      name: 'SC3092 a baseline year after the plan starts',
      patch: lateBaseline.patch,
      expected: [{ code: 'SC3092', at: `governance.yaml:15:${col(lateBaseline.line, '2025')}`, data: { year: 2025, start: 2024 } }],
    },
  ],
});

const milestone = "    horizon: short\n    milestones:\n      - {year: 2029, text: Portal aktif}\n";
ruleTester(years, {
  valid: [{ name: 'targets and milestones within the period', patch: { 'governance.yaml': [['    horizon: short\n', "    horizon: short\n    milestones:\n      - {year: 2028, text: Portal aktif}\n"]] } }],
  invalid: [
    {
      name: 'SC3009 a yearly target outside the period',
      patch: outside.patch,
      expected: [{ code: 'SC3009', at: `governance.yaml:15:${col(outside.line, '2030')}`, data: { year: 2030, start: 2024, end: 2028 } }],
    },
    {
      name: 'SC3009 a milestone outside the period',
      patch: { 'governance.yaml': [['    horizon: short\n', milestone]] },
      // line 13: "      - {year: " is 15 characters
      expected: [{ code: 'SC3009', at: 'governance.yaml:13:16', data: { year: 2029, start: 2024, end: 2028 } }],
    },
  ],
});
