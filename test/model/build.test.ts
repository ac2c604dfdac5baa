import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/load/index.js';
import { buildModel, monthsBetween } from '../../src/model/build.js';
import { documentDate } from '../../src/model/document-date.js';
import { KOMINFO_FRAMEWORK } from '../../src/model/framework.js';

const example = path.resolve(__dirname, '../../examples/kotawaringin-timur');

describe('model/build', () => {
  describe('on the Kotawaringin Timur example', async () => {
    const project = await loadProject(example);
    const model = buildModel(project);
    // Independent sums straight from the YAML data, to check the model's one-pass totals.
    const rawLines = project.documents
      .filter((d) => d.kind === 'DimensionStrategy')
      .flatMap((d) => ((d.data as any).programs ?? []).flatMap((p: any) => p.budget ?? []));

    it('applies the kominfo framework by default, in table order', () => {
      expect(model.framework.map((d) => d.id)).toEqual(KOMINFO_FRAMEWORK.map((d) => d.id));
      expect(model.dimensions.map((d) => d.dimension.id)).toEqual(KOMINFO_FRAMEWORK.map((d) => d.id));
    });

    it('totals every budget line once', () => {
      const sum = rawLines.reduce((s: number, b: any) => s + b.amount, 0);
      expect(model.totals.programs).toBe(sum);
      expect(model.totals.byYear.reduce((a, b) => a + b, 0)).toBe(sum);
      expect(model.totals.byDimension.reduce((a, b) => a + b.total, 0)).toBe(sum);
      expect(model.totals.bySource.reduce((a, b) => a + b.total, 0)).toBe(sum);
      expect(model.totals.byAgency.reduce((a, b) => a + b.total, 0)).toBe(sum);
      expect(model.totals.byHorizon.reduce((a, b) => a + b.total, 0)).toBe(sum);
    });

    it('splits each source by year consistently with the year totals', () => {
      model.masterplan.years.forEach((year, i) => {
        const expected = rawLines.filter((b: any) => b.year === year).reduce((s: number, b: any) => s + b.amount, 0);
        expect(model.totals.byYear[i]).toBe(expected);
        expect(model.totals.bySource.reduce((s, src) => s + src.byYear[i], 0)).toBe(expected);
      });
    });

    it('counts programs and quick wins', () => {
      expect(model.totals.programCount).toBe(model.programs.length);
      expect(model.programs.length).toBeGreaterThanOrEqual(24);
      expect(model.quickWins.length).toBe(model.totals.quickWinCount);
    });

    it('uses the issue date as the document date', () => {
      expect(model.masterplan.documentDate).toBe(model.masterplan.issued?.date);
    });

    it('keeps the origin of each program for messages', () => {
      const p = model.programs[0];
      expect(p.origin.file).toMatch(/dimensi\/governance\.yaml$/);
      expect(p.origin.line).toBeGreaterThan(1);
    });
  });

  describe('defaults', () => {
    it('takes the document date from issued, then SOURCE_DATE_EPOCH, never the clock', () => {
      expect(documentDate('2023-10-16', '0', 2023)).toBe('2023-10-16');
      expect(documentDate(undefined, '1700000000', 2023)).toBe('2023-11-14');
      expect(documentDate(undefined, undefined, 2023)).toBe('2023-01-01');
      expect(documentDate(undefined, 'garbage', 2023)).toBe('2023-01-01');
    });

    it('counts schedule months inclusively', () => {
      expect(monthsBetween('2023-01', '2023-12')).toBe(12);
      expect(monthsBetween('2023-11', '2024-02')).toBe(4);
      expect(monthsBetween('2023-05', '2023-05')).toBe(1);
    });
  });
});
