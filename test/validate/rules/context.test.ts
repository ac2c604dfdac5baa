import { describe, expect, it } from 'vitest';
import { validDocuments } from '../../../src/validate/index.js';
import { loadFiles, minimal } from '../../_helpers/project.js';

describe('buildContext', () => {
  it('indexes the minimal project', async () => {
    const ctx = validDocuments(await loadFiles(await minimal()));
    expect(ctx.period).toEqual({ start: 2024, end: 2028 });
    expect(ctx.framework?.dimensionIds).toEqual(['governance']);
    expect([...(ctx.framework?.elements.get('governance') ?? [])]).toEqual(['service', 'policy']);
    expect(ctx.fundingSources).toContain('APBD');
    expect([...(ctx.agencies?.keys() ?? [])]).toEqual(['diskominfo', 'bappeda']);
    expect(ctx.programs.get('gov-01')).toMatchObject({ dimension: 'governance', path: ['programs', 0, 'id'] });
    expect(ctx.quickWins.get('qw-portal')?.path).toEqual(['quick_wins', 0, 'id']);
    expect(ctx.programsComplete && ctx.quickWinsComplete).toBe(true);
  });

  it('leaves framework and funding sources unknown when the manifest fails its schema', async () => {
    const ctx = validDocuments(await loadFiles(await minimal({ 'smartcity.yaml': [['title:', 'titel:']] })));
    expect(ctx.manifest).toBeUndefined();
    expect(ctx.framework).toBeUndefined();
    expect(ctx.fundingSources).toBeUndefined();
    expect(ctx.period).toBeUndefined();
  });

  it('falls back to the Kominfo framework and default sources when there is no manifest at all', async () => {
    const ctx = validDocuments(await loadFiles(await minimal({ 'smartcity.yaml': null })));
    expect(ctx.framework?.dimensionIds).toHaveLength(6);
    expect(ctx.fundingSources).toHaveLength(8);
  });

  it('keeps the first definition of a repeated program id', async () => {
    const ctx = validDocuments(await loadFiles(await minimal({ 'z.yaml': 'apiVersion: smartcity/v1\nkind: DimensionStrategy\ndimension: governance\ngoal: g\nprograms:\n  - {id: gov-01, name: Lagi, element: policy, lead: bappeda, horizon: long}\n' })));
    expect(ctx.programs.get('gov-01')?.doc.source.file).toBe('governance.yaml');
  });

  it('marks programs incomplete when a DimensionStrategy fails its schema', async () => {
    const ctx = validDocuments(await loadFiles(await minimal({ 'governance.yaml': [['horizon: short', 'horizon: soon']] })));
    expect(ctx.programsComplete).toBe(false);
    expect(ctx.programs.size).toBe(0);
  });
});
