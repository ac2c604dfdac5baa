import { progressEntries } from '../../../src/validate/rules/progress-entries.js';
import { ruleTester, withProgress } from '../../_helpers/project.js';

ruleTester(progressEntries, {
  valid: [
    { name: 'the minimal Progress document', patch: await withProgress() },
    { name: 'entries without indicators', patch: await withProgress([['    indicators:\n      - {name: Layanan daring, actual: 12}\n', '']]) },
    {
      name: 'unknown ids are not reported while a DimensionStrategy fails its schema',
      patch: await withProgress([['program: gov-01', 'program: gov-99']], { 'governance.yaml': [['horizon: short', 'horizon: soon']] }),
    },
  ],
  invalid: [
    {
      name: 'SC3007 an unknown program, with did-you-mean',
      patch: await withProgress([['program: gov-01', 'program: gov-1']]),
      expected: [{ code: 'SC3007', at: 'progress.yaml:5:14', data: { id: 'gov-1' }, suggestion: 'gov-01' }],
    },
    {
      name: 'SC5002 a program reported twice names the first entry',
      patch: await withProgress([['quick_wins:', '  - {program: gov-01, status: done}\nquick_wins:']]),
      expected: [{ code: 'SC5002', at: 'progress.yaml:10:15', data: { id: 'gov-01' }, related: ['progress.yaml:5:14'] }],
    },
    {
      name: 'SC5003 an unknown quick win',
      patch: await withProgress([['quick_win: qw-portal', 'quick_win: qw-portl']]),
      expected: [{ code: 'SC5003', at: 'progress.yaml:11:16', data: { id: 'qw-portl' }, suggestion: 'qw-portal' }],
    },
    {
      name: 'SC5004 indicator names must match the program\'s and the quick win\'s exactly',
      patch: await withProgress([['{name: Layanan daring, actual: 12}', '{name: Layanan  Daring, actual: 12}'], ['{name: Layanan daring, actual: 11}', '{name: Jumlah pengguna, actual: 11}']]),
      expected: [
        { code: 'SC5004', at: 'progress.yaml:9:16', data: { name: 'Layanan  Daring', owner: '"gov-01"' }, suggestion: 'Layanan daring' },
        { code: 'SC5004', at: 'progress.yaml:15:16', data: { name: 'Jumlah pengguna', owner: '"qw-portal"' } },
      ],
    },
  ],
});
