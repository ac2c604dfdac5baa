import { frameworkIds } from '../../../src/validate/rules/framework-ids.js';
import { ruleTester } from '../../_helpers/project.js';

ruleTester(frameworkIds, {
  valid: [
    { name: 'the minimal custom framework' },
    { name: 'the Kominfo framework', patch: { 'smartcity.yaml': 'apiVersion: smartcity/v1\nkind: Masterplan\ntitle: T\nperiod: {start: 2024, end: 2028}\nframework: kominfo\n' } },
    {
      name: 'the same element id in two dimensions',
      patch: { 'smartcity.yaml': [['        - {id: policy, name: Kebijakan Publik}', '        - {id: policy, name: Kebijakan Publik}\n    - id: economy\n      name: Smart Economy\n      elements: [{id: policy, name: Kebijakan}]']] },
    },
  ],
  invalid: [
    {
      name: 'SC3017 an element id twice in one dimension',
      patch: { 'smartcity.yaml': [['{id: policy,', '{id: service,']] },
      expected: [{ code: 'SC3017', at: 'smartcity.yaml:11:16', data: { id: 'service' }, related: ['smartcity.yaml:10:16'] }],
    },
    {
      name: 'SC3017 a dimension id twice',
      patch: { 'smartcity.yaml': [['        - {id: policy, name: Kebijakan Publik}', '        - {id: policy, name: Kebijakan Publik}\n    - id: governance\n      name: Lagi\n      elements: [{id: x, name: X}]']] },
      expected: [{ code: 'SC3017', at: 'smartcity.yaml:12:11', data: { id: 'governance' }, related: ['smartcity.yaml:7:11'] }],
    },
  ],
});
