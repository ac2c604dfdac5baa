import { coverage } from '../../../src/validate/rules/coverage.js';
import { ruleTester } from '../../_helpers/project.js';

const KOMINFO = 'apiVersion: smartcity/v1\nkind: Masterplan\ntitle: T\nperiod: {start: 2024, end: 2028}\nframework: kominfo\n';
const others = ['branding', 'economy', 'living', 'society', 'environment'];

ruleTester(coverage, {
  valid: [
    { name: 'every dimension has a strategy and a quick win' },
    { name: 'no SC3016 while a QuickWins document fails its schema', patch: { 'quick-wins.yaml': [['dimension: governance', 'dimension: governance\n    colour: red']] } },
  ],
  invalid: [
    {
      name: 'SC3015 and SC3016 per uncovered dimension, at the framework key',
      patch: { 'smartcity.yaml': KOMINFO },
      expected: [
        ...others.map((dimension) => ({ code: 'SC3015', at: 'smartcity.yaml:5:1', data: { dimension } })),
        ...others.map((dimension) => ({ code: 'SC3016', at: 'smartcity.yaml:5:1', data: { dimension } })),
      ],
    },
    {
      name: 'without a framework key: the manifest start',
      patch: { 'smartcity.yaml': KOMINFO.replace('framework: kominfo\n', ''), 'quick-wins.yaml': null, 'governance.yaml': null },
      expected: [
        ...['governance', ...others].map((dimension) => ({ code: 'SC3015', at: 'smartcity.yaml:1:1', data: { dimension } })),
        ...['governance', ...others].map((dimension) => ({ code: 'SC3016', at: 'smartcity.yaml:1:1', data: { dimension } })),
      ],
    },
  ],
});
