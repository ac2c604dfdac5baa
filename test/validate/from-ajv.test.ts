import { describe, expect, it } from 'vitest';
import { dataPath } from '../../src/validate/from-ajv.js';
import { briefs, minimal, type Brief } from '../_helpers/project.js';

type Patches = Parameters<typeof minimal>[0];
interface Case {
  name: string;
  patch: Patches;
  expected: Partial<Brief>[];
}

// Each position was checked by hand against the patched fixture text.
const invalid: Case[] = [
  {
    name: 'SC2003 enum with did-you-mean, at the value',
    patch: { 'profil.yaml': [['  type: kabupaten', '  type: kabupatn']] },
    expected: [{ code: 'SC2003', at: 'profil.yaml:5:9', data: { value: 'kabupatn', allowed: 'kabupaten, kota' }, suggestion: 'kabupaten' }],
  },
  {
    name: 'SC2004 unknown property: caret on the key, did-you-mean among that object\'s fields',
    patch: { 'profil.yaml': [['short: Bappeda}', 'short: Bappeda, nmae: x}']] },
    expected: [{ code: 'SC2004', at: 'profil.yaml:10:79', data: { property: 'nmae', allowed: 'id, name, short' }, suggestion: 'name' }],
  },
  {
    name: 'a misspelt required key gives one SC2004, not also SC2001',
    patch: { 'profil.yaml': [['region:\n  name: Contoh', 'region:\n  nama: Contoh']] },
    expected: [{ code: 'SC2004', at: 'profil.yaml:4:3', data: { property: 'nama' }, suggestion: 'name' }],
  },
  {
    name: 'SC2001 required: points at the parent (the list item) when the field is absent',
    patch: { 'quick-wins.yaml': [['    lead: diskominfo\n', '']] },
    expected: [{ code: 'SC2001', at: 'quick-wins.yaml:4:5', data: { property: 'lead' } }],
  },
  {
    name: 'SC2001 required at the top level points at the document start',
    patch: { 'smartcity.yaml': [['title: Masterplan Smart City Kabupaten Contoh\n', '']] },
    expected: [{ code: 'SC2001', at: 'smartcity.yaml:1:1', data: { property: 'title' } }],
  },
  {
    name: 'SC2002 type and SC2010 whole number, each at its value',
    patch: { 'governance.yaml': [['amount: 100000000', 'amount: 1.5'], ['year: 2024', 'year: "2024"']] },
    expected: [
      { code: 'SC2002', at: 'governance.yaml:13:16', data: { expected: 'whole number', found: 'text "2024"' } },
      { code: 'SC2010', at: 'governance.yaml:13:32', data: { value: '1.5' } },
    ],
  },
  {
    name: 'SC2006 pattern names the format',
    patch: { 'quick-wins.yaml': [['start: 2024-01', 'start: 2024-1']] },
    expected: [{ code: 'SC2006', at: 'quick-wins.yaml:10:23', data: { value: '2024-1', format: 'month (YYYY-MM)' } }],
  },
  {
    name: 'SC2006 for a date',
    patch: { 'smartcity.yaml': [['period:', 'issued: {place: Sampit, date: 16-10-2023}\nperiod:'], ['issued: {place: Sampit, date: 2024-01-01}\n', '']] },
    expected: [{ code: 'SC2006', at: 'smartcity.yaml:4:31', data: { value: '16-10-2023', format: 'date (YYYY-MM-DD)' } }],
  },
  {
    name: 'SC2009 empty text and SC2005 range',
    patch: { 'smartcity.yaml': [['title: Masterplan Smart City Kabupaten Contoh', 'title: ""'], ['end: 2028', 'end: 2300']] },
    expected: [
      { code: 'SC2009', at: 'smartcity.yaml:3:8', data: {} },
      { code: 'SC2005', at: 'smartcity.yaml:4:28', data: { value: '2300', comparison: '<=', limit: '2200' } },
    ],
  },
  {
    name: 'SC2007 too few items',
    patch: { 'profil.yaml': [['agencies:\n  - {id: diskominfo, name: Dinas Komunikasi dan Informatika, short: Diskominfo}\n  - {id: bappeda, name: Badan Perencanaan Pembangunan Daerah, short: Bappeda}', 'agencies: []']] },
    expected: [{ code: 'SC2007', at: 'profil.yaml:8:1', data: { limit: 1 } }],
  },
  {
    name: 'anyOf: a string framework gets the enum error of the string branch only',
    patch: { 'smartcity.yaml': [['framework:\n  dimensions:', 'framework: kominfoo\nx:\n  dimensions:']] },
    expected: [
      { code: 'SC2003', at: 'smartcity.yaml:5:12', data: { value: 'kominfoo', allowed: 'kominfo' }, suggestion: 'kominfo' },
      { code: 'SC2004', at: 'smartcity.yaml:6:1', data: { property: 'x' } },
    ],
  },
  {
    name: 'anyOf: a mapping framework gets the errors of the mapping branch only',
    patch: { 'smartcity.yaml': [['framework:\n  dimensions:', 'framework:\n  dimensionz:']] },
    expected: [{ code: 'SC2004', at: 'smartcity.yaml:6:3', data: { property: 'dimensionz', allowed: 'dimensions' }, suggestion: 'dimensions' }],
  },
  {
    name: 'anyOf: a value of no accepted shape gets one type error naming both',
    patch: { 'smartcity.yaml': [['framework:\n  dimensions:', 'framework: 7\nx:\n  dimensions:']] },
    expected: [
      { code: 'SC2002', at: 'smartcity.yaml:5:12', data: { expected: '"kominfo" or mapping', found: 'number 7' } },
      { code: 'SC2004', at: 'smartcity.yaml:6:1', data: { property: 'x' } },
    ],
  },
  {
    name: 'an empty value is reported as empty',
    patch: { 'governance.yaml': [['goal: Layanan publik yang cepat dan terpadu.', 'goal:']] },
    expected: [{ code: 'SC2002', at: 'governance.yaml:4:1', data: { expected: 'text', found: 'empty value' } }],
  },
];

describe('fromAjv', () => {
  it.each(invalid)('$name', async ({ patch, expected }) => {
    const got = await briefs(await minimal(patch));
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
  });

  it('gives every schema diagnostic a path and the default severity', async () => {
    const { validateFiles } = await import('../_helpers/project.js');
    const list = await validateFiles(await minimal({ 'profil.yaml': [['  type: kabupaten', '  type: kabupatn']] }));
    expect(list[0]).toMatchObject({ severity: 'error', path: ['region', 'type'] });
  });
});

describe('dataPath', () => {
  it('turns list indexes into numbers but keeps digit-only mapping keys as strings', () => {
    const data = { programs: [{ budget: [{ year: 1 }] }], scores: { '2023': 1 } };
    expect(dataPath(data, '/programs/0/budget/0/year')).toEqual(['programs', 0, 'budget', 0, 'year']);
    expect(dataPath(data, '/scores/2023')).toEqual(['scores', '2023']);
    expect(dataPath(data, '')).toEqual([]);
    expect(dataPath({ 'a/b': 1 }, '/a~1b')).toEqual(['a/b']);
  });
});
