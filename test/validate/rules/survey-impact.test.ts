/** SC5014: the assessed impact score against the citizen survey's mean (issue 17). */
import { surveyImpact } from '../../../src/validate/rules/survey-impact.js';
import { ruleTester, withProgress } from '../../_helpers/project.js';

// The fixture's assessment has impact: 2.80 (progress.yaml line 17).
const survey = (scores: string) => `survey:\n  respondents: 120\n  date: 2024-10-01\n  method: Kuesioner daring\n  scores: {${scores}}\nassessment:`;

ruleTester(surveyImpact, {
  valid: [
    { name: 'no survey: nothing to compare' },
    { name: 'a survey whose mean is the impact score: (2.75 + 2.85) / 2 = 2.80', patch: await withProgress([['assessment:', survey('governance: 2.75, branding: 2.85')]]) },
    { name: 'the mean half-up: (2.80 + 2.81) / 2 = 2.805 → 2.81 is not 2.80, but (2.79 + 2.80) / 2 = 2.795 → 2.80 is', patch: await withProgress([['assessment:', survey('governance: 2.79, branding: 2.80')]]) },
  ],
  invalid: [
    {
      name: 'SC5014 impact 2.80 beside a survey mean of (3.12 + 2.60) / 2 = 2.86, at the impact score',
      patch: await withProgress([['assessment:', survey('governance: 3.12, branding: 2.60')]]),
      // line 22 after the six survey lines: "  scores: {baseline: 3.10, output: 3.25, outcome: 2.95, impact: " is 64 characters
      expected: [{ code: 'SC5014', at: 'progress.yaml:22:65', data: { impact: '2,80', mean: '2,86' } }],
    },
    {
      name: 'SC5014 for (2.80 + 2.81) / 2 = 2.805, which rounds half-up to 2,81',
      patch: await withProgress([['assessment:', survey('governance: 2.80, branding: 2.81')]]),
      expected: [{ code: 'SC5014', at: 'progress.yaml:22:65', data: { impact: '2,80', mean: '2,81' } }],
    },
  ],
});
