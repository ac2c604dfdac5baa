import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { promoteWarnings } from '../../src/diagnostics/diagnostic.js';
import { loadProject } from '../../src/load/index.js';
import { validDocuments, validateProject } from '../../src/validate/index.js';
import { briefs, minimal, REPO, validateFiles, writeProject } from '../_helpers/project.js';

const EXAMPLE = path.join(REPO, 'examples/kotawaringin-timur');

async function hashTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const abs = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, abs)] = createHash('sha256').update(await readFile(abs)).digest('hex');
  }
  return out;
}

describe('validateProject', () => {
  it('finds nothing in examples/kotawaringin-timur, even at --stage 4 --strict', async () => {
    const project = await loadProject(EXAMPLE);
    expect(promoteWarnings(validateProject(project, { stage: 4 }))).toEqual([]);
    expect(validateProject(project)).toEqual([]);
  });

  it('finds nothing in the minimal fixture', async () => {
    expect(await validateFiles(await minimal())).toEqual([]);
  });

  it('does not modify the input files', async () => {
    const before = await hashTree(EXAMPLE);
    validateProject(await loadProject(EXAMPLE), { stage: 4 });
    const dir = await writeProject(await minimal({ 'profil.yaml': [['  type: kabupaten', '  type: kabupatn']] }));
    const beforeBroken = await hashTree(dir);
    validateProject(await loadProject(dir), { stage: 4 });
    expect(await hashTree(EXAMPLE)).toEqual(before);
    expect(await hashTree(dir)).toEqual(beforeBroken);
  });

  describe('when a document fails its schema', () => {
    it('reports the schema error only, not "no RegionProfile" nor every lead as unknown', async () => {
      expect(await briefs(await minimal({ 'profil.yaml': [['  type: kabupaten', '  type: kabupatn']] }))).toEqual([
        { code: 'SC2003', at: 'profil.yaml:5:9', data: { value: 'kabupatn', allowed: 'kabupaten, kota' }, suggestion: 'kabupaten' },
      ]);
    });

    it('keeps quiet about the quick win program and coverage while the strategy is unreadable', async () => {
      expect(await briefs(await minimal({ 'governance.yaml': [['horizon: short', 'horizon: soon']] }))).toEqual([
        { code: 'SC2003', at: 'governance.yaml:11:14', data: { value: 'soon', allowed: 'short, medium, long' } },
      ]);
    });

    it('treats a YAML syntax error the same way', async () => {
      const got = await briefs(await minimal({ 'profil.yaml': [['  name: Contoh', '  name: [Contoh']] }));
      expect(got.map((d) => d.code).every((c) => c.startsWith('SC1'))).toBe(true);
    });

    it('treats a misspelt kind the same way, and the loader suggests the kind', async () => {
      expect(await briefs(await minimal({ 'quick-wins.yaml': [['kind: QuickWins', 'kind: Quickwins']] }))).toEqual([
        { code: 'SC1012', at: 'quick-wins.yaml:2:7', data: { value: 'Quickwins', allowed: 'Masterplan, RegionProfile, GapAnalysis, DimensionStrategy, QuickWins, Progress' }, suggestion: 'QuickWins' },
      ]);
    });
  });

  describe('with --stage', () => {
    it('drops the coverage warning that a stage error already states', async () => {
      const codes = (await briefs(await minimal({ 'quick-wins.yaml': null }), { stage: 3 })).map((d) => d.code);
      expect(codes).toContain('SC4008');
      expect(codes).not.toContain('SC3016');
      expect((await briefs(await minimal({ 'quick-wins.yaml': null }))).map((d) => d.code)).toEqual(['SC3016']);
    });

    it('sorts by file, position and code', async () => {
      const list = await validateFiles(await minimal(), { stage: 4 });
      const keys = list.map((d) => `${d.location?.file}:${String(d.location?.start.offset).padStart(6, '0')}:${d.code}`);
      expect(keys).toEqual([...keys].sort());
    });
  });
});

describe('validDocuments', () => {
  it('indexes programs, quick wins, agencies and the framework for the model stage', async () => {
    const ctx = validDocuments(await loadProject(EXAMPLE));
    expect(ctx.programs.size).toBeGreaterThan(20);
    expect(ctx.quickWins.has('qw-sipandu')).toBe(true);
    expect(ctx.agencies?.has('diskominfo')).toBe(true);
    expect(ctx.framework?.dimensionIds).toEqual(['governance', 'branding', 'economy', 'living', 'society', 'environment']);
    expect(ctx.period).toEqual({ start: 2023, end: 2032 });
  });
});
