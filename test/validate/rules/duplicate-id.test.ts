import { duplicateId } from '../../../src/validate/rules/duplicate-id.js';
import { ruleTester } from '../../_helpers/project.js';

const GAPS = `apiVersion: smartcity/v1
kind: GapAnalysis
gaps:
  - {id: gap-01, pillar: structure, aspect: SDM, current: a, expected: b}
  - {id: gap-01, pillar: structure, aspect: Anggaran, current: a, expected: b}
  - {pillar: structure, aspect: Tanpa id, current: a, expected: b}
  - {pillar: structure, aspect: Tanpa id juga, current: a, expected: b}
`;

ruleTester(duplicateId, {
  valid: [
    { name: 'the minimal project' },
    { name: 'gaps without ids may repeat nothing', patch: { 'gap.yaml': GAPS.replace('{id: gap-01, pillar: structure, aspect: Anggaran', '{id: gap-02, pillar: structure, aspect: Anggaran') } },
    { name: 'an agency id may equal a program id (separate namespaces)', patch: { 'profil.yaml': [['id: bappeda', 'id: gov-01']], 'governance.yaml': [['support: [bappeda]', 'support: [gov-01]']] } },
  ],
  invalid: [
    {
      name: 'SC3003 a quick win reuses a program id; related = the program',
      patch: { 'quick-wins.yaml': [['id: qw-portal', 'id: gov-01']] },
      expected: [{ code: 'SC3003', at: 'quick-wins.yaml:4:9', data: { id: 'gov-01' }, related: ['governance.yaml:6:9'] }],
    },
    {
      name: 'SC3003 agency ids',
      patch: { 'profil.yaml': [['{id: bappeda', '{id: diskominfo']] },
      expected: [{ code: 'SC3003', at: 'profil.yaml:10:10', data: { id: 'diskominfo' }, related: ['profil.yaml:9:10'] }],
    },
    {
      name: 'SC3003 gap ids',
      patch: { 'gap.yaml': GAPS },
      expected: [{ code: 'SC3003', at: 'gap.yaml:5:10', data: { id: 'gap-01' }, related: ['gap.yaml:4:10'] }],
    },
    {
      name: 'SC3003 strategy ids across documents',
      patch: {
        'governance.yaml': [['programs:', 'strategies:\n  - {id: st-1, title: A}\nprograms:']],
        'more.yaml': 'apiVersion: smartcity/v1\nkind: DimensionStrategy\ndimension: economy\ngoal: x\nstrategies:\n  - {id: st-1, title: B}\n',
      },
      expected: [{ code: 'SC3003', at: 'more.yaml:6:10', data: { id: 'st-1' }, related: ['governance.yaml:6:10'] }],
    },
  ],
});
