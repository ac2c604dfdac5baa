import { unknownDimension } from '../../../src/validate/rules/unknown-dimension.js';
import { ruleTester } from '../../_helpers/project.js';

const GAP = 'apiVersion: smartcity/v1\nkind: GapAnalysis\ngaps:\n  - {pillar: structure, dimension: goverment, aspect: SDM, current: a, expected: b}\n';

ruleTester(unknownDimension, {
  valid: [
    { name: 'the minimal project' },
    { name: 'no check when the manifest fails its schema (framework unknown)', patch: { 'smartcity.yaml': [['title: Masterplan', 'titel: Masterplan']], 'quick-wins.yaml': [['dimension: governance', 'dimension: nowhere']] } },
    { name: 'Kominfo ids when the manifest says kominfo', patch: { 'smartcity.yaml': 'apiVersion: smartcity/v1\nkind: Masterplan\ntitle: T\nperiod: {start: 2024, end: 2028}\n' } },
  ],
  invalid: [
    {
      name: 'SC3005 a quick win dimension, with the allowed list; its element is not checked then',
      patch: { 'quick-wins.yaml': [['dimension: governance', 'dimension: goverance'], ['element: service', 'element: nothing']] },
      expected: [{ code: 'SC3005', at: 'quick-wins.yaml:6:16', data: { id: 'goverance', allowed: 'governance' }, suggestion: 'governance' }],
    },
    {
      name: 'SC3005 a DimensionStrategy dimension (Kominfo ids are not valid in a custom framework)',
      patch: { 'governance.yaml': [['dimension: governance', 'dimension: economy']] },
      expected: [{ code: 'SC3005', at: 'governance.yaml:3:12', data: { id: 'economy', allowed: 'governance' } }],
    },
    {
      name: 'SC3005 a gap dimension',
      patch: { 'gap.yaml': GAP },
      expected: [{ code: 'SC3005', at: 'gap.yaml:4:36', data: { id: 'goverment', allowed: 'governance' } }],
    },
    {
      name: 'SC3006 a program element of another dimension',
      patch: { 'governance.yaml': [['element: service', 'element: servise']] },
      expected: [{ code: 'SC3006', at: 'governance.yaml:8:14', data: { id: 'servise', dimension: 'governance', allowed: 'service, policy' }, suggestion: 'service' }],
    },
    {
      name: 'SC3006 a quick win element',
      patch: { 'quick-wins.yaml': [['element: service', 'element: health']] },
      expected: [{ code: 'SC3006', at: 'quick-wins.yaml:7:14', data: { id: 'health', dimension: 'governance', allowed: 'service, policy' } }],
    },
    {
      name: 'SC3006 a strategy element',
      patch: { 'governance.yaml': [['programs:', 'strategies:\n  - {element: polic, title: A}\nprograms:']] },
      expected: [{ code: 'SC3006', at: 'governance.yaml:6:15', data: { id: 'polic', dimension: 'governance', allowed: 'service, policy' }, suggestion: 'policy' }],
    },
  ],
});
