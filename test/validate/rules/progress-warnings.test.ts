import { progressWarnings } from '../../../src/validate/rules/progress-warnings.js';
import { ruleTester, withProgress } from '../../_helpers/project.js';

const SECOND_PROGRAM = `  - id: gov-02
    name: Kedua
    element: policy
    lead: bappeda
    horizon: medium
    budget: [{year: 2024, amount: 10, source: APBD}]
`;
const withSecond = { 'governance.yaml': [['    indicators:\n      - {name: Layanan daring, unit: layanan, baseline: 0, target: 20}\n', `    indicators:\n      - {name: Layanan daring, unit: layanan, baseline: 0, target: 20}\n${SECOND_PROGRAM}`]] as [string, string][] };

ruleTester(progressWarnings, {
  valid: [
    { name: 'every planned program reported, within 150%', patch: await withProgress() },
    { name: 'exactly 150% is not over', patch: await withProgress([['amount: 90000000', 'amount: 150000000']]) },
    { name: 'a program with no plan in the year need not be reported', patch: await withProgress([['year: 2024', 'year: 2025'], ['quick_wins:\n  - quick_win: qw-portal', 'quick_wins:\n  - quick_win: qw-portal']]).then((p) => ({ ...p, 'quick-wins.yaml': [['end: 2024-12', 'end: 2025-03'], ['start: 2024-01', 'start: 2024-04']] as [string, string][] })) },
  ],
  invalid: [
    {
      name: 'SC5007 a planned program without an entry, at the programs key',
      patch: await withProgress([], withSecond),
      expected: [{ code: 'SC5007', at: 'progress.yaml:4:1', data: { id: 'gov-02', year: 2024 } }],
    },
    {
      name: 'SC5007 at the year when there is no programs list',
      patch: await withProgress([['programs:\n  - program: gov-01\n    status: on_track\n    realized: [{amount: 90000000, source: APBD}]\n    indicators:\n      - {name: Layanan daring, actual: 12}\n', '']]),
      expected: [{ code: 'SC5007', at: 'progress.yaml:3:1', data: { id: 'gov-01', year: 2024 } }],
    },
    {
      name: 'SC5008 realised above 150% of planned',
      patch: await withProgress([['amount: 90000000', 'amount: 150000001']]),
      expected: [{ code: 'SC5008', at: 'progress.yaml:5:14', data: { id: 'gov-01', year: 2024, percent: '150%', planned: 100000000, realised: '150000001' } }],
    },
    {
      name: 'SC5009 a quick win reported outside its schedule',
      patch: await withProgress([['year: 2024', 'year: 2025']]),
      expected: [{ code: 'SC5009', at: 'progress.yaml:11:16', data: { id: 'qw-portal', year: 2025, start: '2024-01', end: '2024-12' } }],
    },
  ],
});
