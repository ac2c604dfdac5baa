import { describe, expect, it } from 'vitest';
import { loadFiles, minimal, brief, type Patches } from '../_helpers/project.js';
import { sortDiagnostics } from '../../src/diagnostics/diagnostic.js';
import { validDocuments } from '../../src/validate/index.js';
import { checkStage, type Stage } from '../../src/validate/stages.js';

const GAP = `apiVersion: smartcity/v1
kind: GapAnalysis
readiness:
  structure: {summary: Ada.}
  infrastructure: {items: [{aspect: Jaringan}]}
  superstructure: {summary: Ada.}
gaps:
  - {pillar: structure, aspect: SDM, current: a, expected: b}
swot:
  strengths: [a]
  weaknesses: [b]
  opportunities: [c]
  threats: [d]
`;

/** The minimal project completed for every stage. */
const COMPLETE: Patches = {
  'gap.yaml': GAP,
  'profil.yaml': [['agencies:', 'rpjmd:\n  vision: Maju.\n  missions: [Satu]\nagencies:']],
  'governance.yaml': [
    ['programs:', 'strategies:\n  - {element: service, title: Layanan terpadu}\nprograms:'],
    ['target: 20}', 'target: 20, baseline_year: 2023, source: Laporan Diskominfo}'],
  ],
  'quick-wins.yaml': [['    indicators:', `    risks:
      - {risk: Server down, likelihood: 2, impact: 4, mitigation: Cadangan harian., owner: diskominfo}
    criteria:
      innovation: a
      appeal: b
      benefit: c
      uniqueness: d
      partnership: e
      potential: f
      continuity: g
      resources: h
      risk_management: i
      sustainability: j
    indicators:`]],
  'smartcity.yaml': [['framework:', 'issued: {place: Sampit, date: 2024-01-02}\nteam:\n  council: [{name: A, position: Bupati}]\n  implementers: [{name: B, position: Kepala Dinas}]\nframework:'], ['issued: {place: Sampit, date: 2024-01-01}\n', '']],
};

async function stage(n: Stage, patch: Patches) {
  return sortDiagnostics(checkStage(validDocuments(await loadFiles(await minimal(patch))), n)).map(brief);
}

function patched(key: string, extra: [string, string][]): Patches {
  const base = COMPLETE[key];
  return { ...COMPLETE, [key]: typeof base === 'string' ? extra.reduce((t, [a, b]) => t.replace(a, b), base) : [...(base ?? []), ...extra] };
}

describe('checkStage', () => {
  it('finds nothing missing in a complete project at stage IV', async () => {
    expect(await stage(4, COMPLETE)).toEqual([]);
  });

  describe('stage I', () => {
    it('reports readiness, gaps and SWOT at the manifest when there is no GapAnalysis, and the RPJMD at the profile', async () => {
      expect(await stage(1, {})).toEqual([
        { code: 'SC4004', at: 'profil.yaml:1:1', data: { stage: 'I', missing: 'vision, missions' } },
        { code: 'SC4001', at: 'smartcity.yaml:5:1', data: { stage: 'I', missing: 'structure, infrastructure, superstructure' } },
        { code: 'SC4002', at: 'smartcity.yaml:5:1', data: { stage: 'I' } },
        { code: 'SC4003', at: 'smartcity.yaml:5:1', data: { stage: 'I', missing: 'strengths, weaknesses, opportunities, threats' } },
      ]);
    });

    it('names the missing pillar and SWOT lists, at their keys', async () => {
      const patch = patched('gap.yaml', [['  superstructure: {summary: Ada.}\n', ''], ['  threats: [d]\n', '  threats: []\n'], ['gaps:\n  - {pillar: structure, aspect: SDM, current: a, expected: b}\n', '']]);
      expect(await stage(1, patch)).toEqual([
        { code: 'SC4002', at: 'gap.yaml:1:1', data: { stage: 'I' } },
        { code: 'SC4001', at: 'gap.yaml:3:1', data: { stage: 'I', missing: 'superstructure' } },
        { code: 'SC4003', at: 'gap.yaml:6:1', data: { stage: 'I', missing: 'threats' } },
      ]);
    });
  });

  describe('stage II', () => {
    it('SC4006 a program without indicators, at its id', async () => {
      const patch = patched('governance.yaml', [['    indicators:\n      - {name: Layanan daring, unit: layanan, baseline: 0, target: 20, baseline_year: 2023, source: Laporan Diskominfo}\n', '']]);
      expect(await stage(2, patch)).toEqual([{ code: 'SC4006', at: 'governance.yaml:8:9', data: { stage: 'II', id: 'gov-01' } }]);
      expect(await stage(1, patch)).toEqual([]);
    });

    it('SC4005 no programs at all', async () => {
      const patch = patched('governance.yaml', [['programs:', 'x_programs:']]);
      patch['governance.yaml'] = 'apiVersion: smartcity/v1\nkind: DimensionStrategy\ndimension: governance\ngoal: G.\nstrategies: [{title: S}]\n';
      patch['quick-wins.yaml'] = [...(COMPLETE['quick-wins.yaml'] as [string, string][]), ['    program: gov-01\n', '']];
      expect((await stage(2, patch)).map((d) => d.code)).toEqual(['SC4005']);
      expect((await stage(3, patch)).map((d) => d.code)).toEqual(['SC4012', 'SC4005']);
    });
  });

  describe('stage III', () => {
    it('SC4013 a strategy document without strategies, SC4009 a program without budget', async () => {
      const patch = { ...COMPLETE, 'governance.yaml': [['    budget:\n      - {year: 2024, amount: 100000000, source: APBD}\n', '']] as [string, string][] };
      expect(await stage(3, patch)).toEqual([
        { code: 'SC4013', at: 'governance.yaml:3:12', data: { stage: 'III', dimension: 'governance', missing: 'strategies' } },
        { code: 'SC4009', at: 'governance.yaml:6:9', data: { stage: 'III', id: 'gov-01' } },
      ]);
    });

    it('SC4020 a quick win without risks and SC4021 (a warning) the criteria it does not answer, at their keys', async () => {
      const patch = patched('quick-wins.yaml', [
        ['      - {risk: Server down, likelihood: 2, impact: 4, mitigation: Cadangan harian., owner: diskominfo}\n', ''],
        ['    risks:\n', '    risks: []\n'],
        ['      appeal: b\n', ''],
        ['      sustainability: j\n', ''],
      ]);
      const found = await stage(3, patch);
      expect(found).toEqual([
        { code: 'SC4020', at: 'quick-wins.yaml:12:5', data: { stage: 'III', id: 'qw-portal' } },
        { code: 'SC4021', at: 'quick-wins.yaml:13:5', data: { stage: 'III', id: 'qw-portal', count: 2, missing: 'appeal, sustainability' } },
      ]);
      expect(sortDiagnostics(checkStage(validDocuments(await loadFiles(await minimal(patch))), 3)).map((d) => d.severity)).toEqual(['error', 'warning']);
      expect(await stage(2, patch)).toEqual([]);
    });

    it('SC4020 and SC4021 at the quick win id when risks and criteria are absent', async () => {
      const patch = { ...COMPLETE, 'quick-wins.yaml': [] as [string, string][] };
      expect(await stage(3, patch)).toEqual([
        { code: 'SC4020', at: 'quick-wins.yaml:4:9', data: { stage: 'III', id: 'qw-portal' } },
        {
          code: 'SC4021', at: 'quick-wins.yaml:4:9',
          data: { stage: 'III', id: 'qw-portal', count: 10, missing: 'innovation, appeal, benefit, uniqueness, partnership, potential, continuity, resources, risk_management, sustainability' },
        },
      ]);
    });

    it('SC4007 and SC4008 per dimension of the framework (and SC4005 of stage II)', async () => {
      const patch = { ...COMPLETE, 'governance.yaml': null, 'quick-wins.yaml': null };
      expect(await stage(3, patch)).toEqual([
        { code: 'SC4005', at: 'smartcity.yaml:9:1', data: { stage: 'II' } },
        { code: 'SC4007', at: 'smartcity.yaml:9:1', data: { stage: 'III', dimension: 'governance' } },
        { code: 'SC4008', at: 'smartcity.yaml:9:1', data: { stage: 'III', dimension: 'governance' } },
      ]);
    });
  });

  describe('stage IV', () => {
    it('SC4030 a program indicator without baseline year or source, at its name', async () => {
      const patch = patched('governance.yaml', [[', baseline_year: 2023, source: Laporan Diskominfo}', ', source: Laporan Diskominfo}']]);
      // strategies add 2 lines: the indicator is on line 17; "      - {name: " is 15 characters
      expect(await stage(4, patch)).toEqual([{ code: 'SC4030', at: 'governance.yaml:17:16', data: { stage: 'IV', id: 'gov-01', name: 'Layanan daring', missing: 'baseline_year' } }]);
      expect(await stage(3, patch)).toEqual([]);
      const neither = patched('governance.yaml', [[', baseline_year: 2023, source: Laporan Diskominfo}', '}']]);
      expect((await stage(4, neither))[0].data.missing).toBe('baseline_year, source');
    });

    it('SC4010 and SC4011 at the manifest start when team and issued are absent', async () => {
      expect(await stage(4, { ...COMPLETE, 'smartcity.yaml': [['issued: {place: Sampit, date: 2024-01-01}\n', '']] })).toContainEqual({ code: 'SC4010', at: 'smartcity.yaml:1:1', data: { stage: 'IV', missing: 'council, implementers' } });
      expect(await stage(4, { ...COMPLETE, 'smartcity.yaml': [['issued: {place: Sampit, date: 2024-01-01}\n', '']] })).toContainEqual({ code: 'SC4011', at: 'smartcity.yaml:1:1', data: { stage: 'IV', missing: 'place, date' } });
    });

    it('names what is missing inside team and issued, at their keys', async () => {
      const patch = patched('smartcity.yaml', [['{place: Sampit, date: 2024-01-02}', '{place: Sampit}'], ['  implementers: [{name: B, position: Kepala Dinas}]\n', '']]);
      expect(await stage(4, patch)).toEqual([
        { code: 'SC4011', at: 'smartcity.yaml:5:1', data: { stage: 'IV', missing: 'date' } },
        { code: 'SC4010', at: 'smartcity.yaml:6:1', data: { stage: 'IV', missing: 'implementers' } },
      ]);
    });
  });
});
