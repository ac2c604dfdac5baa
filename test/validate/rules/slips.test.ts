/** The slip warnings of a new user (src/validate/rules/slips.ts), each on variants of the minimal fixture. */
import { describe, expect, it } from 'vitest';
import { commentCut } from '../../../src/validate/rules/comment-cut.js';
import { exampleMarkersRule } from '../../../src/validate/rules/example-markers.js';
import { issuedMissing } from '../../../src/validate/rules/issued-missing.js';
import { quickWinDimension } from '../../../src/validate/rules/quick-win-dimension.js';
import { smallAmounts } from '../../../src/validate/rules/small-amounts.js';
import { briefs, minimal, ruleTester } from '../../_helpers/project.js';

const ECONOMY = {
  'smartcity.yaml': [['        - {id: policy, name: Kebijakan Publik}\n', '        - {id: policy, name: Kebijakan Publik}\n    - id: economy\n      name: Smart Economy\n      elements:\n        - {id: trade, name: Perdagangan}\n']] as [string, string][],
  'economy.yaml': 'apiVersion: smartcity/v1\nkind: DimensionStrategy\ndimension: economy\ngoal: Ekonomi tumbuh.\nprograms:\n  - id: eco-01\n    name: Pasar daring\n    element: trade\n    lead: diskominfo\n    horizon: short\n',
};

ruleTester(quickWinDimension, {
  valid: [
    { name: 'the minimal project (quick win and program of governance)' },
    { name: 'a program of another dimension not referenced', patch: ECONOMY },
  ],
  invalid: [
    {
      name: 'SC3060 a governance quick win pointing at an economy program',
      patch: { ...ECONOMY, 'quick-wins.yaml': [['program: gov-01', 'program: eco-01']] },
      expected: [{ code: 'SC3060', at: 'quick-wins.yaml:8:14', data: { program: 'eco-01', programDimension: 'economy', dimension: 'governance' } }],
    },
  ],
});

ruleTester(smallAmounts, {
  valid: [
    { name: 'the minimal project (Rp 100.000.000 and Rp 50.000.000)' },
    { name: 'exactly Rp 1.000.000', patch: { 'governance.yaml': [['amount: 100000000', 'amount: 1000000']] } },
    { name: 'zero (not yet costed)', patch: { 'governance.yaml': [['amount: 100000000', 'amount: 0']] } },
  ],
  invalid: [
    {
      name: 'SC3061 for 750 in a program and 50 in a quick win, with the amount in juta as the hint',
      patch: { 'governance.yaml': [['amount: 100000000', 'amount: 750']], 'quick-wins.yaml': [['amount: 50000000', 'amount: 999999']] },
      expected: [
        { code: 'SC3061', at: 'governance.yaml:13:30', data: { amount: '750', meant: '750.000.000', meantRaw: '750000000' } },
        { code: 'SC3061', at: 'quick-wins.yaml:11:22', data: { amount: '999.999', meant: '999.999.000.000', meantRaw: '999999000000' } },
      ],
    },
  ],
});

ruleTester(issuedMissing, {
  valid: [{ name: 'the minimal project (issued with its date)' }],
  invalid: [
    {
      name: 'SC3062 without issued: names 1 January of the first year',
      patch: { 'smartcity.yaml': [['issued: {place: Sampit, date: 2024-01-01}\n', '']] },
      expected: [{ code: 'SC3062', at: 'smartcity.yaml:3:1', data: { date: '1 Januari 2024' } }],
    },
    {
      name: 'SC3062 with a place but no date, at issued',
      patch: { 'smartcity.yaml': [['issued: {place: Sampit, date: 2024-01-01}', 'issued: {place: Sampit}']] },
      expected: [{ code: 'SC3062', at: 'smartcity.yaml:12:1', data: { date: '1 Januari 2024' } }],
    },
  ],
});

ruleTester(commentCut, {
  valid: [
    { name: 'the minimal project' },
    { name: 'a comment written on purpose ("# " with a space)', patch: { 'governance.yaml': [['name: Portal layanan terpadu', 'name: Portal layanan terpadu # nama sementara']] } },
    { name: 'a quoted value keeps its #', patch: { 'governance.yaml': [['name: Portal layanan terpadu', 'name: "Satu Data #1 Prioritas"']] } },
  ],
  invalid: [
    {
      name: 'SC1035 a plain value cut at " #1"',
      patch: { 'governance.yaml': [['name: Portal layanan terpadu', 'name: Satu Data #1 Prioritas']] },
      expected: [{ code: 'SC1035', at: 'governance.yaml:7:11', data: { value: 'Satu Data', comment: '1 Prioritas' } }],
    },
  ],
});

ruleTester(exampleMarkersRule, {
  valid: [
    { name: 'the minimal project' },
    { name: 'CONTOH in a comment only', patch: { 'governance.yaml': [['goal: Layanan', '# CONTOH: ganti\ngoal: Layanan']] } },
    { name: 'a word that only contains the letters', patch: { 'governance.yaml': [['goal: Layanan', 'goal: CONTOHNYA Layanan']] } },
  ],
  invalid: [
    {
      name: 'SC1034 one per file, listing its lines, at the first',
      patch: {
        'governance.yaml': [['goal: Layanan', 'goal: CONTOH Layanan'], ['name: Portal layanan terpadu', 'name: "Portal (CONTOH)"']],
        'quick-wins.yaml': [['name: Portal Layanan', 'name: CONTOH Portal']],
      },
      expected: [
        { code: 'SC1034', at: 'governance.yaml:4:7', data: { count: 2, lines: '4, 7' } },
        { code: 'SC1034', at: 'quick-wins.yaml:5:11', data: { count: 1, lines: '5' } },
      ],
    },
  ],
});

describe('example values at --stage 4', () => {
  it('are the error SC4040 instead of the warning SC1034', async () => {
    const files = await minimal({ 'governance.yaml': [['goal: Layanan', 'goal: CONTOH Layanan']] });
    const plain = await briefs(files);
    expect(plain.filter((b) => b.code === 'SC1034' || b.code === 'SC4040').map((b) => b.code)).toEqual(['SC1034']);
    const four = await briefs(files, { stage: 4 });
    expect(four.filter((b) => b.code === 'SC1034' || b.code === 'SC4040')).toEqual([{ code: 'SC4040', at: 'governance.yaml:4:7', data: { stage: 'IV', count: 1, lines: '4' } }]);
  });
});
