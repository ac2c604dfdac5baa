import { alignment } from '../../../src/validate/rules/alignment.js';
import { unknownAgency } from '../../../src/validate/rules/unknown-agency.js';
import { ruleTester } from '../../_helpers/project.js';

const rpjmd = (start: number, end: number): [string, string] => ['agencies:', `rpjmd:\n  period: {start: ${start}, end: ${end}}\nagencies:`];
const team = (members: string): [string, string] => ['framework:', `team:\n  council:\n${members}framework:`];

ruleTester(alignment, {
  valid: [
    { name: 'an RPJMD that covers the first year', patch: { 'profil.yaml': [rpjmd(2021, 2026)] } },
    { name: 'an RPJMD that ends in the first year', patch: { 'profil.yaml': [rpjmd(2019, 2024)] } },
    { name: 'a team that names no agencies', patch: { 'smartcity.yaml': [team('    - {name: A, position: Bupati}\n')] } },
    { name: 'a team with the lead agency', patch: { 'smartcity.yaml': [team('    - {name: A, position: Kepala Dinas, agency: diskominfo}\n')] } },
  ],
  invalid: [
    {
      name: 'SC3093 an RPJMD that ended before the plan starts, at its period',
      patch: { 'profil.yaml': [rpjmd(2019, 2023)] },
      // profil.yaml line 9; a mapping value is located at its key, "period" at column 3
      expected: [{ code: 'SC3093', at: 'profil.yaml:9:3', data: { rpjmdStart: 2019, rpjmdEnd: 2023, start: 2024 } }],
    },
    {
      name: 'SC3094 a lead agency outside the council and the team, at the lead',
      patch: { 'smartcity.yaml': [team('    - {name: A, position: Kepala Bappeda, agency: bappeda}\n')] },
      // governance.yaml line 9: "    lead: " is 10 characters
      expected: [{ code: 'SC3094', at: 'governance.yaml:9:11', data: { agency: 'diskominfo', id: 'gov-01' } }],
    },
  ],
});

ruleTester(unknownAgency, {
  valid: [{ name: 'a team member\'s known agency', patch: { 'smartcity.yaml': [team('    - {name: A, position: Kepala Dinas, agency: bappeda}\n')] } }],
  invalid: [
    {
      name: 'SC3004 a team member\'s unknown agency, with did-you-mean',
      patch: { 'smartcity.yaml': [team('    - {name: A, position: Kepala Dinas, agency: kominfo}\n')] },
      // smartcity.yaml line 7: "    - {name: A, position: Kepala Dinas, agency: " is 48 characters
      expected: [{ code: 'SC3004', at: 'smartcity.yaml:7:49', data: { id: 'kominfo' }, suggestion: 'diskominfo' }],
    },
  ],
});
