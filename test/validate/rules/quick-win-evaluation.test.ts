import { describe, expect, it } from 'vitest';
import { t } from '../../../src/diagnostics/translate.js';
import { progressEvaluation } from '../../../src/validate/rules/progress-evaluation.js';
import { progressWarnings } from '../../../src/validate/rules/progress-warnings.js';
import { quickWinRisks } from '../../../src/validate/rules/quick-win-risks.js';
import { unknownAgency } from '../../../src/validate/rules/unknown-agency.js';
import { briefs, minimal, ruleTester, withProgress } from '../../_helpers/project.js';

/** Two risks appended to the minimal fixture's quick win (line 12 is `risks:`). */
const RISKS = (second = 'Data tidak mutakhir', owner = 'bappeda'): [string, string][] => [[
  '    indicators:',
  `    risks:\n      - {risk: Server down, likelihood: 2, impact: 4, owner: diskominfo}\n      - {risk: ${second}, likelihood: 3, impact: 3, owner: ${owner}}\n    indicators:`,
]];

ruleTester(unknownAgency, {
  valid: [{ name: 'risk owners that exist', patch: { 'quick-wins.yaml': RISKS() } }],
  invalid: [{
    name: 'SC3004 an unknown risk owner, with did-you-mean',
    patch: { 'quick-wins.yaml': RISKS('Data tidak mutakhir', 'bapeda') },
    expected: [{ code: 'SC3004', at: 'quick-wins.yaml:14:70', data: { id: 'bapeda' }, suggestion: 'bappeda' }],
  }],
});

ruleTester(quickWinRisks, {
  valid: [{ name: 'two different risks', patch: { 'quick-wins.yaml': RISKS() } }],
  invalid: [{
    name: 'SC3030 the same risk twice (case and spaces ignored), naming the first',
    patch: { 'quick-wins.yaml': RISKS('server  DOWN') },
    expected: [{ code: 'SC3030', at: 'quick-wins.yaml:14:16', data: { id: 'qw-portal', risk: 'server  DOWN' }, related: ['quick-wins.yaml:13:16'] }],
  }],
});

const SURVEY = 'survey:\n  respondents: 120\n  date: 2024-10-01\n  method: Kuesioner daring\n  scores: {governance: 3.25}\n';

ruleTester(progressEvaluation, {
  valid: [
    { name: 'a survey of a framework dimension, two decimals', patch: await withProgress([['assessment:', `${SURVEY}assessment:`]]) },
    { name: 'exactly 50 and exactly 300 respondents', patch: await withProgress([['assessment:', `${SURVEY.replace('120', '50')}assessment:`]]) },
    { name: 'criteria scores with two decimals', patch: await withProgress([['    status: done\n', '    status: done\n    criteria_scores: {innovation: 3.75, appeal: 4}\n']]) },
  ],
  invalid: [
    {
      name: 'SC5012 a survey key that is not a dimension, with did-you-mean, at the key',
      patch: await withProgress([['assessment:', `${SURVEY.replace('governance', 'govenance')}assessment:`]]),
      expected: [{ code: 'SC5012', at: 'progress.yaml:20:12', data: { id: 'govenance', allowed: 'governance' }, suggestion: 'governance' }],
    },
    {
      name: 'SC5010 a survey score with three decimals',
      patch: await withProgress([['assessment:', `${SURVEY.replace('3.25', '3.255')}assessment:`]]),
      expected: [{ code: 'SC5010', at: 'progress.yaml:20:24', data: { value: '3.255', component: 'governance' } }],
    },
    {
      name: 'SC5010 a criteria score with three decimals',
      patch: await withProgress([['    status: done\n', '    status: done\n    criteria_scores: {innovation: 3.125}\n']]),
      expected: [{ code: 'SC5010', at: 'progress.yaml:13:35', data: { value: '3.125', component: 'innovation' } }],
    },
    {
      name: 'SC5013 49 respondents',
      patch: await withProgress([['assessment:', `${SURVEY.replace('120', '49')}assessment:`]]),
      expected: [{ code: 'SC5013', at: 'progress.yaml:17:16', data: { respondents: 49 } }],
    },
  ],
});

const SECOND_QUICK_WIN = `  - id: qw-data
    name: Satu Data
    dimension: governance
    element: policy
    lead: bappeda
    schedule: {start: 2023-07, end: 2024-02}
`;

ruleTester(progressWarnings, {
  valid: [
    { name: 'a quick win whose schedule ends the year before is not expected', patch: await withProgress([], { 'quick-wins.yaml': [['    indicators:', `    indicators:`], ['      - {name: Layanan daring, target: 10}\n', `      - {name: Layanan daring, target: 10}\n${SECOND_QUICK_WIN.replace('end: 2024-02', 'end: 2023-12')}`]] }) },
  ],
  invalid: [{
    name: 'SC5011 a quick win running in the year (from the year before) with no entry, at the quick_wins key',
    patch: await withProgress([], { 'quick-wins.yaml': [['      - {name: Layanan daring, target: 10}\n', `      - {name: Layanan daring, target: 10}\n${SECOND_QUICK_WIN}`]] }),
    expected: [{ code: 'SC5011', at: 'progress.yaml:10:1', data: { id: 'qw-data', year: 2024, start: '2023-07', end: '2024-02' } }],
  }],
});

describe('quick-win evaluation through validate', () => {
  it('SC2004 a misspelt criterion and criteria score, with did-you-mean', async () => {
    const files = await minimal({
      'quick-wins.yaml': [['    indicators:', '    criteria: {inovation: Baru}\n    indicators:']],
      ...(await withProgress([['    status: done\n', '    status: done\n    criteria_scores: {sustainabilty: 4}\n']])),
    });
    const found = (await briefs(files)).filter((b) => b.code === 'SC2004');
    expect(found.map((b) => [b.at, b.data.property, b.suggestion])).toEqual([
      ['progress.yaml:13:23', 'sustainabilty', 'sustainability'],
      ['quick-wins.yaml:12:16', 'inovation', 'innovation'],
    ]);
  });

  it('SC2005 a likelihood above 5 and SC2005 a survey score below 1', async () => {
    const files = await minimal({
      'quick-wins.yaml': [['    indicators:', '    risks: [{risk: Banjir, likelihood: 6, impact: 1}]\n    indicators:']],
      ...(await withProgress([['assessment:', `${SURVEY.replace('3.25', '0.5')}assessment:`]])),
    });
    expect((await briefs(files)).filter((b) => b.code === 'SC2005').map((b) => b.at)).toEqual(['progress.yaml:20:24', 'quick-wins.yaml:12:40']);
  });

  it('says the new messages in both languages, each naming a fix', () => {
    expect(t('SC5011', { id: 'qw-data', year: 2024, start: '2023-07', end: '2024-02' }, 'id'))
      .toBe('quick win "qw-data" berjalan pada tahun 2024 (jadwal 2023-07–2024-02) tetapi tidak dilaporkan; tambahkan entrinya di bawah "quick_wins"');
    expect(t('SC5011', { id: 'qw-data', year: 2024, start: '2023-07', end: '2024-02' }, 'en'))
      .toBe('quick win "qw-data" runs in 2024 (schedule 2023-07–2024-02) but is not reported; add an entry under "quick_wins"');
    expect(t('SC4021', { stage: 'III', id: 'qw', count: 2, missing: 'appeal, sustainability' }, 'id'))
      .toBe('tahap III: quick win "qw" belum menjawab 2 dari sepuluh kriteria (appeal, sustainability); lengkapi di bawah "criteria"');
    expect(t('SC4020', { stage: 'III', id: 'qw' }, 'en')).toMatch(/^stage III: quick win "qw" has no risk register; add "risks"/);
    expect(t('SC5012', { id: 'x', allowed: 'governance' }, 'id')).toMatch(/gunakan salah satu dari: governance$/);
    expect(t('SC3030', { id: 'qw', risk: 'Banjir' }, 'en')).toMatch(/merge the two rows/);
  });
});
