import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/load/index.js';
import { buildModel } from '../../src/model/build.js';
import { formatSummary, summarize } from '../../src/summary/index.js';

describe('summary', async () => {
  const model = buildModel(await loadProject(path.resolve(__dirname, '../../examples/kotawaringin-timur')));
  const s = summarize(model);

  describe('summarize', () => {
    it('reads every figure from the model totals', () => {
      expect(s.total).toBe(model.totals.programs);
      expect(s.byDimension.reduce((a, r) => a + r.total, 0)).toBe(s.total);
      expect(s.byYear.reduce((a, r) => a + r.total, 0)).toBe(s.total);
      expect(s.bySource.reduce((a, r) => a + r.total, 0)).toBe(s.total);
      expect(s.byDimension.reduce((a, r) => a + (r.programs ?? 0), 0)).toBe(model.programs.length);
    });

    it('lists every year of the period and leaves out unused sources', () => {
      expect(s.byYear.map((r) => Number(r.key))).toEqual(model.masterplan.years);
      expect(s.bySource.every((r) => r.total > 0)).toBe(true);
    });
  });

  describe('formatSummary', () => {
    it('writes Indonesian money and the total in words', () => {
      const text = formatSummary(s, 'id');
      expect(text).toContain('Kabupaten Kotawaringin Timur');
      expect(text).toMatch(/Total: Rp \d{1,3}(\.\d{3})+ \([a-z ]+ rupiah\)/);
      expect(text).toContain('Smart Governance');
    });

    it('labels columns in English with --lang en', () => {
      expect(formatSummary(s, 'en')).toContain('Funding source');
    });
  });
});
