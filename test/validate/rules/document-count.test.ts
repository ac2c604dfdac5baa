import { documentCount } from '../../../src/validate/rules/document-count.js';
import { ruleTester } from '../../_helpers/project.js';

const PROFILE2 = 'apiVersion: smartcity/v1\nkind: RegionProfile\nregion: {name: B, type: kota, province: P, capital: C}\nagencies: [{id: a, name: A}]\n';
const GAP = 'apiVersion: smartcity/v1\nkind: GapAnalysis\n';
const STRATEGY2 = 'apiVersion: smartcity/v1\nkind: DimensionStrategy\ndimension: governance\ngoal: Lagi.\n';

ruleTester(documentCount, {
  valid: [
    { name: 'the minimal project' },
    { name: 'one GapAnalysis', patch: { 'gap.yaml': GAP } },
    { name: 'a RegionProfile that fails its schema still counts', patch: { 'profil.yaml': [['  type: kabupaten', '  type: kabupatn']] } },
    { name: 'a RegionProfile with a YAML syntax error still counts', patch: { 'profil.yaml': [['  name: Contoh', '  name: [Contoh']] } },
    { name: 'a RegionProfile whose kind is misspelt still counts', patch: { 'profil.yaml': [['kind: RegionProfile', 'kind: RegionProfil']] } },
    { name: 'no smartcity.yaml is SC1013 (the loader), not also SC3001', patch: { 'smartcity.yaml': null } },
  ],
  invalid: [
    {
      name: 'SC3001 no RegionProfile, pointed at the manifest',
      patch: { 'profil.yaml': null },
      expected: [{ code: 'SC3001', at: 'smartcity.yaml:1:1', data: { kind: 'RegionProfile' } }],
    },
    {
      name: 'SC3002 a second RegionProfile names the first',
      patch: { 'z/profil-2.yaml': PROFILE2 },
      expected: [{ code: 'SC3002', at: 'z/profil-2.yaml:1:1', data: { kind: 'RegionProfile' }, related: ['profil.yaml:1:1'] }],
    },
    {
      name: 'SC3002 a second GapAnalysis in the same file (second document)',
      patch: { 'gap.yaml': `${GAP}---\n${GAP}` },
      expected: [{ code: 'SC3002', at: 'gap.yaml:4:1', data: { kind: 'GapAnalysis' }, related: ['gap.yaml:1:1'] }],
    },
    {
      name: 'SC3014 two DimensionStrategy documents for one dimension',
      patch: { 'z-governance.yaml': STRATEGY2 },
      expected: [{ code: 'SC3014', at: 'z-governance.yaml:3:12', data: { dimension: 'governance' }, related: ['governance.yaml:3:12'] }],
    },
  ],
});
