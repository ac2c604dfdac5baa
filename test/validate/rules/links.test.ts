import { describe, expect, it } from 'vitest';
import { links } from '../../../src/validate/rules/links.js';
import { briefs, minimal, ruleTester } from '../../_helpers/project.js';

const GAPS = `apiVersion: smartcity/v1
kind: GapAnalysis
gaps:
  - {id: gap-1, pillar: structure, aspect: SDM TIK, current: a, expected: b}
  - {id: gap-2, pillar: infrastructure, aspect: Sinyal desa, current: a, expected: b}
`;
const ONE_GAP = GAPS.split('\n').slice(0, 4).join('\n') + '\n';
const STRATEGY: [string, string] = ['programs:', 'strategies:\n  - {id: gov-st-1, element: service, title: Layanan terpadu}\nprograms:'];
const DIMENSION_WITHOUT_PROGRAMS = 'apiVersion: smartcity/v1\nkind: DimensionStrategy\ndimension: governance\ngoal: Layanan.\n';
const after = (text: string): [string, string] => ['    horizon: short\n', `    horizon: short\n${text}\n`];

ruleTester(links, {
  valid: [
    { name: 'no gaps, no strategies' },
    { name: 'every gap answered and every strategy carried out', patch: { 'gap.yaml': ONE_GAP, 'governance.yaml': [STRATEGY, after('    addresses: [gap-1]\n    strategy: gov-st-1')] } },
    { name: 'unanswered gaps are not reported while there are no programs at all (SC4005 says that)', patch: { 'gap.yaml': GAPS, 'governance.yaml': DIMENSION_WITHOUT_PROGRAMS, 'quick-wins.yaml': null } },
  ],
  invalid: [
    {
      name: 'SC3083 an unknown gap id, with did-you-mean',
      patch: { 'gap.yaml': ONE_GAP, 'governance.yaml': [after('    addresses: [gap-l]')] },
      // line 12 is the inserted one; "    addresses: [" is 16 characters
      // gap-1 is then answered by nothing: SC3080 at its id ("  - {id: " is 9 characters)
      expected: [
        { code: 'SC3080', at: 'gap.yaml:4:10', data: { gap: 'gap-1' } },
        { code: 'SC3083', at: 'governance.yaml:12:17', data: { id: 'gap-l' }, suggestion: 'gap-1' },
      ],
    },
    {
      name: 'SC3084 a strategy that is not one of the dimension, with did-you-mean and the allowed ids',
      patch: { 'governance.yaml': [STRATEGY, after('    strategy: gov-st-2')] },
      // two strategy lines shift the program by 2: horizon on 13, strategy on 14; "    strategy: " is 14 characters
      // and gov-st-1 is then carried out by nothing (SC3082, at its id on line 6)
      expected: [
        { code: 'SC3082', at: 'governance.yaml:6:10', data: { strategy: 'gov-st-1' } },
        { code: 'SC3084', at: 'governance.yaml:14:15', data: { id: 'gov-st-2', dimension: 'governance', allowed: 'gov-st-1' }, suggestion: 'gov-st-1' },
      ],
    },
    {
      name: 'SC3080 a gap no program addresses, at its id',
      patch: { 'gap.yaml': GAPS, 'governance.yaml': [after('    addresses: [gap-1]')] },
      expected: [{ code: 'SC3080', at: 'gap.yaml:5:10', data: { gap: 'gap-2' } }],
    },
    {
      name: 'SC3080 a gap without id is named by its aspect, at the aspect',
      patch: { 'gap.yaml': ONE_GAP.replace('{id: gap-1, ', '{') },
      // "  - {pillar: structure, aspect: " is 32 characters
      expected: [{ code: 'SC3080', at: 'gap.yaml:4:33', data: { gap: 'SDM TIK' } }],
    },
    {
      name: 'SC3082 a strategy no program carries out, at its id',
      patch: { 'governance.yaml': [STRATEGY] },
      expected: [{ code: 'SC3082', at: 'governance.yaml:6:10', data: { strategy: 'gov-st-1' } }],
    },
  ],
});

describe('SC3081 a program that answers nothing (from --stage 2)', () => {
  it('is reported at --stage 2, at the program id, and not without --stage', async () => {
    const files = await minimal();
    const at = (list: { code: string }[]) => list.filter((d) => d.code === 'SC3081');
    expect(at(await briefs(files, { stage: 2 }))).toEqual([{ code: 'SC3081', at: 'governance.yaml:6:9', data: { id: 'gov-01', dimension: 'governance' } }]);
    expect(at(await briefs(files, { stage: 1 }))).toEqual([]);
    expect(at(await briefs(files))).toEqual([]);
  });

  it('is not reported for a program that carries out a strategy', async () => {
    const files = await minimal({ 'governance.yaml': [STRATEGY, after('    strategy: gov-st-1')] });
    expect((await briefs(files, { stage: 4 })).filter((d) => d.code === 'SC3081')).toEqual([]);
  });
});
