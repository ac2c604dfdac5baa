import { describe, expect, it } from 'vitest';
import { monthsBetween, schedule } from '../../../src/validate/rules/schedule.js';
import { ruleTester } from '../../_helpers/project.js';

const at = (start: string, end: string) => ({ 'quick-wins.yaml': [['{start: 2024-01, end: 2024-12}', `{start: ${start}, end: ${end}}`]] as [string, string][] });
const PERIOD = { periodStart: 2024, periodEnd: 2028 };

ruleTester(schedule, {
  valid: [
    { name: '12 months in one year' },
    { name: '12 months across a year end', patch: at('2024-04', '2025-03') },
    { name: 'one month', patch: at('2028-12', '2028-12') },
  ],
  invalid: [
    { name: 'SC3011 ends before it starts', patch: at('2024-05', '2024-03'), expected: [{ code: 'SC3011', at: 'quick-wins.yaml:10:37', data: { start: '2024-05', end: '2024-03' } }] },
    { name: 'SC3012 13 months', patch: at('2024-01', '2025-01'), expected: [{ code: 'SC3012', at: 'quick-wins.yaml:10:37', data: { start: '2024-01', end: '2025-01', months: 13 } }] },
    { name: 'SC3013 starts before the period', patch: at('2023-06', '2024-03'), expected: [{ code: 'SC3013', at: 'quick-wins.yaml:10:23', data: { start: '2023-06', end: '2024-03', ...PERIOD } }] },
    { name: 'SC3013 ends after the period', patch: at('2028-06', '2029-02'), expected: [{ code: 'SC3013', at: 'quick-wins.yaml:10:37', data: { start: '2028-06', end: '2029-02', ...PERIOD } }] },
  ],
});

describe('monthsBetween', () => {
  it('counts both ends', () => {
    expect(monthsBetween('2023-01', '2023-12')).toBe(12);
    expect(monthsBetween('2023-04', '2024-03')).toBe(12);
    expect(monthsBetween('2023-04', '2023-04')).toBe(1);
    expect(monthsBetween('2023-05', '2023-04')).toBe(0);
  });
});
