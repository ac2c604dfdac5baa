import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/load/index.js';
import { buildModel } from '../../src/model/build.js';
import {
  achievementBp, computeAssessment, decimalOf, formatIndex, formatIndexChange, formatPercent, formatRealisation,
  implementationBp, percentTenths, progressFor, ratioBp,
} from '../../src/model/progress.js';
import { loadFiles, minimal, validateFiles } from '../_helpers/project.js';
import { GOVERNANCE, PROGRESS, PROGRESS_2025 } from './progress-fixture.js';

const example = path.resolve(__dirname, '../../examples/kotawaringin-timur');

async function handModel() {
  const files = await minimal({ 'governance.yaml': GOVERNANCE });
  files['progress.yaml'] = PROGRESS;
  return { files, model: buildModel(await loadFiles(files)) };
}

describe('model/progress', () => {
  describe('hand-computed fixture (2024)', async () => {
    const { files, model } = await handModel();
    const y = model.progress[0];

    it('the fixture validates (the unreported program is a warning only)', async () => {
      const ds = await validateFiles(files);
      expect(ds.filter((d) => d.severity === 'error')).toEqual([]);
      expect(ds.map((d) => d.code)).toContain('SC5007');
    });

    it('lists programs planned in the year (gov-05 is planned for 2025 only)', () => {
      expect(model.progress.map((p) => p.year)).toEqual([2024]);
      expect(y.asOf).toBe('2025-02-01');
      expect(y.programs.map((p) => [p.program.id, p.status, p.planned, p.realized])).toEqual([
        ['gov-01', 'on_track', 100_000_000, 90_000_000],
        ['gov-02', 'cancelled', 250_000_000, 0],
        ['gov-03', undefined, 300_000_000, 0],
        ['gov-04', 'done', 150_000_000, 160_000_000],
      ]);
      expect(y.unreported.map((p) => p.id)).toEqual(['gov-03']);
      expect(y.programs[1].obstacles).toEqual(['Anggaran dialihkan & ditunda']);
    });

    it('totals: 250 of 800 million = 31.25% → "31,3%" (half-up)', () => {
      expect(y.total).toMatchObject({ planned: 800_000_000, realized: 250_000_000, programs: 4, implemented: 2 });
      expect(ratioBp(y.total.realized, y.total.planned)).toBe(3125);
      expect(formatRealisation(y.total)).toBe('31,3%');
      expect(implementationBp(y.total)).toBe(5000);
    });

    it('status counts include the unreported program', () => {
      expect(y.statusCounts).toEqual({ not_started: 0, on_track: 1, delayed: 0, done: 1, cancelled: 1, unreported: 1 });
    });

    it('groups by dimension, element, source and lead agency (ratio of sums)', () => {
      expect(y.byDimension).toEqual([
        { key: 'governance', label: 'Smart Governance', planned: 800_000_000, realized: 250_000_000, programs: 4, implemented: 2 },
      ]);
      expect(y.byElement.map((r) => [r.key, r.label, r.planned, r.realized, r.programs, r.implemented])).toEqual([
        ['governance/service', 'Layanan Publik', 400_000_000, 90_000_000, 2, 1],
        ['governance/policy', 'Kebijakan Publik', 400_000_000, 160_000_000, 2, 1],
      ]);
      expect(formatRealisation(y.byElement[0])).toBe('22,5%');
      expect(y.bySource.map((r) => [r.key, r.planned, r.realized, r.programs, r.implemented])).toEqual([
        ['APBD', 600_000_000, 90_000_000, 3, 1],
        ['DAK', 200_000_000, 160_000_000, 2, 1],
      ]);
      expect(y.byAgency.map((r) => [r.key, r.label, r.planned, r.realized])).toEqual([
        ['diskominfo', 'Diskominfo', 400_000_000, 90_000_000],
        ['bappeda', 'Bappeda', 400_000_000, 160_000_000],
      ]);
    });

    it('indicator achievement: up, down, non-numeric, zero target, down floored at 0', () => {
      const [gov01, gov02, , gov04] = y.programs;
      expect(gov01.indicators).toEqual([
        { name: 'Layanan daring', unit: 'layanan', target: 20, actual: 12, polarity: 'up', achievementBp: 6000 },
      ]);
      // (2 − 5/4) × 100 = 75%
      expect(gov02.indicators[0]).toMatchObject({ actual: 5, target: 4, polarity: 'down', achievementBp: 7500 });
      expect(gov04.indicators[0]).toEqual({ name: 'Dokumen kebijakan', target: 'Perbup ditetapkan', actual: 'Perbup Nomor 5 Tahun 2024', polarity: 'up' });
      expect(gov04.indicators[1].achievementBp).toBeUndefined(); // target 0
      expect(gov04.indicators[2].achievementBp).toBe(0); // (2 − 10/3) × 100 < 0
    });

    it('quick wins with their budget and indicators', () => {
      expect(y.quickWins.map((q) => [q.quickWin.id, q.status, q.planned, q.realized, q.indicators[0].achievementBp])).toEqual([
        ['qw-portal', 'done', 50_000_000, 50_000_000, 11000],
      ]);
    });

    it('assessment with custom weights and the change from previous_index', () => {
      // (3.33 × 50 + 2.67 × 50) / 100 = 3.00; 3.00 − 3.1 = −0.10
      expect(y.assessment).toEqual({
        components: [
          { name: 'output', scoreHundredths: 333, weight: 50, weightedTenThousandths: 16650 },
          { name: 'outcome', scoreHundredths: 267, weight: 50, weightedTenThousandths: 13350 },
        ],
        indexTenThousandths: 30000,
        previousIndexHundredths: 310,
        changeTenThousandths: -1000,
      });
      expect(formatIndex(y.assessment!.indexTenThousandths)).toBe('3,00');
      expect(formatIndexChange(y.assessment!.changeTenThousandths!)).toBe('-0,10');
    });

    it('progressFor finds a year, or nothing', () => {
      expect(progressFor(model, 2024)).toBe(y);
      expect(progressFor(model, 2025)).toBeUndefined();
    });
  });

  describe('two years, read in any order', async () => {
    const files = await minimal({ 'governance.yaml': GOVERNANCE });
    files['progress.yaml'] = PROGRESS;
    files['monev/2025.yaml'] = PROGRESS_2025;
    const model = buildModel(await loadFiles(files));

    it('validates without errors', async () => {
      expect((await validateFiles(files)).filter((d) => d.severity === 'error')).toEqual([]);
    });

    it('sorts the years; a reported program without a planned amount counts in no ratio', () => {
      expect(model.progress.map((p) => p.year)).toEqual([2024, 2025]);
      const y = model.progress[1];
      expect(y.programs.map((p) => [p.program.id, p.status, p.planned, p.realized])).toEqual([
        ['gov-01', 'on_track', 0, 10_000_000],
        ['gov-02', undefined, 70_000_000, 0],
        ['gov-05', 'done', 80_000_000, 80_000_000],
      ]);
      expect(y.total).toMatchObject({ planned: 150_000_000, realized: 80_000_000, programs: 2, implemented: 1 });
      expect(formatRealisation(y.total)).toBe('53,3%');
      expect(y.statusCounts).toMatchObject({ on_track: 1, done: 1, unreported: 1 });
      expect(y.unreported.map((p) => p.id)).toEqual(['gov-02']);
      expect(y.assessment).toBeUndefined();
    });
  });

  describe('the published index of Jambi 2024 (golden value)', () => {
    it('3,84 / 3,18 / 3,53 / 3,63 / 3,35 with weights 10/20/30/20/20 give 3,48', () => {
      const a = computeAssessment({ scores: { baseline: 3.84, output: 3.18, outcome: 3.53, impact: 3.63, quick_win: 3.35 } })!;
      expect(a.components.map((c) => [c.name, c.weight, c.weightedTenThousandths])).toEqual([
        ['baseline', 10, 3840], ['output', 20, 6360], ['outcome', 30, 10590], ['impact', 20, 7260], ['quick_win', 20, 6700],
      ]);
      // Exactly 3.4750: binary floating point would give 3.4749999… and round down to 3,47.
      expect(a.indexTenThousandths).toBe(34750);
      expect(formatIndex(a.indexTenThousandths)).toBe('3,48');
    });

    it('fractional weights stay exact at two decimals', () => {
      const a = computeAssessment({ scores: { a: 3, b: 4, c: 5 }, weights: { a: 33.33, b: 33.33, c: 33.34 } })!;
      // 3 × 33.33 + 4 × 33.33 + 5 × 33.34 = 400.01 → 4.0001
      expect(a.indexTenThousandths).toBe(40001);
      expect(formatIndex(a.indexTenThousandths)).toBe('4,00');
    });
  });

  describe('exact arithmetic helpers', () => {
    it('reads decimals from their text', () => {
      expect(decimalOf(82.1)).toEqual({ digits: 821n, scale: 1 });
      expect(decimalOf(1e21)).toEqual({ digits: 10n ** 21n, scale: 0 });
      expect(decimalOf(-0.07)).toEqual({ digits: -7n, scale: 2 });
    });

    it('achievement in basis points, floored', () => {
      expect(achievementBp(82.1, 88, 'up')).toBe(9329); // 93.295…%
      expect(achievementBp(0.3, 0.1, 'up')).toBe(30000); // 0.3 / 0.1 is 2.9999999999999996 in floats
      expect(achievementBp(5, 3, 'down')).toBe(3333); // (2 − 1.666…) × 100 = 33.33…%
      expect(achievementBp(3, 0, 'up')).toBeUndefined();
      expect(achievementBp('58%', 90, 'up')).toBeUndefined();
      expect(achievementBp(3, '10', 'up')).toBeUndefined();
    });

    it('percentages: half-up on the exact ratio', () => {
      expect(formatPercent(1, 8)).toBe('12,5%');
      expect(formatPercent(1, 3)).toBe('33,3%');
      expect(formatPercent(2, 3)).toBe('66,7%');
      expect(formatPercent(5, 0)).toBe('–');
      expect(percentTenths(250, 800)).toBe(31.3);
      expect(percentTenths(1, 3)).toBe(33.3);
    });
  });

  describe('on the Kotawaringin Timur example (2023)', async () => {
    const project = await loadProject(example);
    const model = buildModel(project);
    const y = model.progress[0];

    it('has one year, 2023', () => {
      expect(model.progress.map((p) => p.year)).toEqual([2023]);
    });

    it('totals match the YAML summed independently', () => {
      const lines = project.documents
        .filter((d) => d.kind === 'DimensionStrategy')
        .flatMap((d) => ((d.data as any).programs ?? []).flatMap((p: any) => p.budget ?? []))
        .filter((b: any) => b.year === 2023);
      const doc = project.documents.find((d) => d.kind === 'Progress')!.data as any;
      const realised = doc.programs.flatMap((e: any) => e.realized ?? []).reduce((s: number, r: any) => s + r.amount, 0);
      expect(y.total.planned).toBe(lines.reduce((s: number, b: any) => s + b.amount, 0));
      expect(y.total.realized).toBe(realised);
      expect(y.total.planned).toBe(13_810_000_000);
      expect(y.total.realized).toBe(10_722_750_000);
      expect(formatRealisation(y.total)).toBe('77,6%');
      expect(y.byDimension.reduce((s, d) => s + d.planned, 0)).toBe(y.total.planned);
      expect(y.bySource.reduce((s, d) => s + d.realized, 0)).toBe(y.total.realized);
      expect(y.byAgency.reduce((s, d) => s + d.planned, 0)).toBe(y.total.planned);
      expect(y.byElement.reduce((s, d) => s + d.realized, 0)).toBe(y.total.realized);
    });

    it('status counts and implementation rate', () => {
      expect(y.statusCounts).toEqual({ not_started: 1, on_track: 10, delayed: 5, done: 5, cancelled: 1, unreported: 0 });
      expect(y.total).toMatchObject({ programs: 22, implemented: 15 });
      expect(implementationBp(y.total)).toBe(6818);
    });

    it('index exactly 3.0850 → "3,09", change +0,38', () => {
      expect(y.assessment!.indexTenThousandths).toBe(30850);
      expect(formatIndex(y.assessment!.indexTenThousandths)).toBe('3,09');
      expect(formatIndexChange(y.assessment!.changeTenThousandths!)).toBe('+0,38');
    });
  });

  it('a project without Progress documents has an empty progress list', async () => {
    expect(buildModel(await loadFiles(await minimal())).progress).toEqual([]);
  });
});
