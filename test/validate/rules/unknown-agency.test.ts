import { unknownAgency } from '../../../src/validate/rules/unknown-agency.js';
import { ruleTester } from '../../_helpers/project.js';

ruleTester(unknownAgency, {
  valid: [
    { name: 'the minimal project' },
    { name: 'no check without a readable RegionProfile (its schema error is the one to fix)', patch: { 'profil.yaml': [['  type: kabupaten', '  type: kabupatn']], 'governance.yaml': [['support: [bappeda]', 'support: [nobody]']] } },
  ],
  invalid: [
    {
      name: 'SC3004 a support id with a typo, did-you-mean by edit distance',
      patch: { 'governance.yaml': [['support: [bappeda]', 'support: [bapeda]']] },
      expected: [{ code: 'SC3004', at: 'governance.yaml:10:15', data: { id: 'bapeda' }, suggestion: 'bappeda' }],
    },
    {
      name: 'SC3004 a lead written as the short name suggests the id',
      patch: { 'governance.yaml': [['lead: diskominfo', 'lead: Diskominfo Kab']], 'profil.yaml': [['short: Diskominfo}', 'short: Diskominfo Kab}']] },
      expected: [{ code: 'SC3004', at: 'governance.yaml:9:11', data: { id: 'Diskominfo Kab' }, suggestion: 'diskominfo' }],
    },
    {
      name: 'SC3004 a quick win lead with nothing close: no suggestion',
      patch: { 'quick-wins.yaml': [['lead: diskominfo', 'lead: dinas-pariwisata']] },
      expected: [{ code: 'SC3004', at: 'quick-wins.yaml:9:11', data: { id: 'dinas-pariwisata' } }],
    },
  ],
});
