import { unknownProgram } from '../../../src/validate/rules/unknown-program.js';
import { ruleTester } from '../../_helpers/project.js';

ruleTester(unknownProgram, {
  valid: [
    { name: 'the minimal project' },
    { name: 'a quick win without program', patch: { 'quick-wins.yaml': [['    program: gov-01\n', '']] } },
    { name: 'no check while a DimensionStrategy fails its schema', patch: { 'governance.yaml': [['horizon: short', 'horizon: soon']], 'quick-wins.yaml': [['program: gov-01', 'program: gov-02']] } },
  ],
  invalid: [
    {
      name: 'SC3007 with did-you-mean',
      patch: { 'quick-wins.yaml': [['program: gov-01', 'program: gov-1']] },
      expected: [{ code: 'SC3007', at: 'quick-wins.yaml:8:14', data: { id: 'gov-1' }, suggestion: 'gov-01' }],
    },
  ],
});
