import { sequence } from '../../../src/validate/rules/sequence.js';
import { ruleTester, type Patches } from '../../_helpers/project.js';

/** A second program after the first (lines 16–22); `depends_on` on line 22, its first id at column 18. */
const second = (years: string, deps: string) => `  - id: gov-02
    name: Kedua
    element: policy
    lead: bappeda
    horizon: medium
    years: ${years}
    depends_on: ${deps}
`;
const LAST_LINE = '      - {name: Layanan daring, unit: layanan, baseline: 0, target: 20}\n';
const withSecond = (years: string, deps: string, extra: [string, string][] = []): Patches => ({
  'governance.yaml': [...extra, [LAST_LINE, LAST_LINE + second(years, deps)]],
});
const gov01DependsOn = (ids: string): [string, string] => ['    horizon: short\n', `    horizon: short\n    depends_on: ${ids}\n`];

ruleTester(sequence, {
  valid: [
    { name: 'no dependencies' },
    { name: 'a dependent program that starts the year after its prerequisite starts', patch: withSecond('[2025, 2026]', '[gov-01]') },
    { name: 'a quick win in its program\'s first budget year, within its budget', patch: { 'quick-wins.yaml': [['amount: 50000000', 'amount: 100000000']] } },
    { name: 'a quick win source that is no funding source at all: SC3008 reports it, not SC3096', patch: { 'quick-wins.yaml': [['source: APBD}', 'source: APBDD}']] } },
  ],
  invalid: [
    {
      name: 'SC3087 a program that starts in the first year of its prerequisite',
      patch: withSecond('[2024, 2025]', '[gov-01]'),
      expected: [{ code: 'SC3087', at: 'governance.yaml:22:18', data: { id: 'gov-02', start: 2024, dependency: 'gov-01', dependencyStart: 2024 }, related: ['governance.yaml:6:9'] }],
    },
    {
      name: 'SC3085 an unknown prerequisite, with did-you-mean',
      patch: withSecond('[2025]', '[gov-1]'),
      expected: [{ code: 'SC3085', at: 'governance.yaml:22:18', data: { id: 'gov-1' }, suggestion: 'gov-01' }],
    },
    {
      name: 'SC3086 a cycle of two, named in full at the entry that closes it (and SC3087 for the one that starts first)',
      // gov-01 gains a line (12), so gov-02's depends_on moves to line 23
      patch: withSecond('[2025]', '[gov-01]', [gov01DependsOn('[gov-02]')]),
      expected: [
        { code: 'SC3087', at: 'governance.yaml:12:18', data: { id: 'gov-01', start: 2024, dependency: 'gov-02', dependencyStart: 2025 }, related: ['governance.yaml:17:9'] },
        { code: 'SC3086', at: 'governance.yaml:23:18', data: { cycle: 'gov-01 → gov-02 → gov-01' } },
      ],
    },
    {
      name: 'SC3086 a program that depends on itself',
      patch: { 'governance.yaml': [gov01DependsOn('[gov-01]')] },
      expected: [{ code: 'SC3086', at: 'governance.yaml:12:18', data: { cycle: 'gov-01 → gov-01' } }],
    },
    {
      name: 'SC3088 a quick win that starts before its program has a budget',
      patch: { 'governance.yaml': [['{year: 2024, amount: 100000000', '{year: 2025, amount: 100000000']] },
      // quick-wins.yaml line 10: "    schedule: {start: " is 22 characters
      expected: [{ code: 'SC3088', at: 'quick-wins.yaml:10:23', data: { id: 'qw-portal', start: '2024-01', program: 'gov-01', firstYear: 2025 } }],
    },
    {
      name: 'SC3089 a quick win whose budget exceeds its program\'s whole budget',
      patch: { 'quick-wins.yaml': [['amount: 50000000', 'amount: 100000001']] },
      // line 11: "    budget: {amount: " is 21 characters
      expected: [{ code: 'SC3089', at: 'quick-wins.yaml:11:22', data: { id: 'qw-portal', amount: 'Rp 100.000.001', program: 'gov-01', programTotal: 'Rp 100.000.000' } }],
    },
    {
      name: 'SC3096 a quick win paid from DAK while its program budgets only APBD in 2024',
      patch: { 'quick-wins.yaml': [['source: APBD}', 'source: DAK}']] },
      // line 11: "    budget: {amount: 50000000, source: " is 39 characters
      expected: [{ code: 'SC3096', at: 'quick-wins.yaml:11:40', data: { id: 'qw-portal', source: 'DAK', years: '2024', program: 'gov-01', planned: '2024: APBD' } }],
    },
  ],
});
