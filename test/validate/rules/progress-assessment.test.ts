import { describe, expect, it } from 'vitest';
import { decimals, progressAssessment } from '../../../src/validate/rules/progress-assessment.js';
import { ruleTester, withProgress } from '../../_helpers/project.js';

const SCORES = '  scores: {baseline: 3.10, output: 3.25, outcome: 2.95, impact: 2.80, quick_win: 3.40}';

ruleTester(progressAssessment, {
  valid: [
    { name: 'scores with the default weights', patch: await withProgress() },
    { name: 'trailing zeros are not decimals (3.100)', patch: await withProgress([['baseline: 3.10', 'baseline: 3.100']]) },
    {
      name: 'weights of hundredths that sum to exactly 100',
      patch: await withProgress([[SCORES, '  scores: {a: 3, b: 3.5, c: 4}\n  weights: {a: 33.33, b: 33.33, c: 33.34}']]),
    },
  ],
  invalid: [
    {
      name: 'SC5005 weights that do not sum to 100, at the weights key',
      patch: await withProgress([[SCORES, `${SCORES}\n  weights: {baseline: 10, output: 20, outcome: 30, impact: 30, quick_win: 20}`]]),
      expected: [{ code: 'SC5005', at: 'progress.yaml:18:3', data: { sum: 110 } }],
    },
    {
      name: 'SC5006 a score without a weight, at its key',
      patch: await withProgress([[SCORES, '  scores: {baseline: 3.10, bonus: 3}']]),
      expected: [{ code: 'SC5006', at: 'progress.yaml:17:28', data: { component: 'bonus' } }],
    },
    {
      name: 'SC5010 three decimals, judged on the text as written',
      patch: await withProgress([['baseline: 3.10', 'baseline: 3.105']]),
      expected: [{ code: 'SC5010', at: 'progress.yaml:17:22', data: { value: '3.105', component: 'baseline' } }],
    },
  ],
});

describe('decimals', () => {
  it('counts the written decimals, ignoring trailing zeros and honouring exponents', () => {
    expect(decimals('3')).toBe(0);
    expect(decimals('3.10')).toBe(1);
    expect(decimals('3.125')).toBe(3);
    expect(decimals('3.1e-2')).toBe(3);
    expect(decimals('312.5e-2')).toBe(3);
  });
});
