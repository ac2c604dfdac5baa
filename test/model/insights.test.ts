import { describe, expect, it } from 'vitest';
import { computeInsights, ratioHalfUp } from '../../src/model/insights.js';
import { computeLinks } from '../../src/model/links.js';
import type { GapAnalysis, Totals } from '../../src/model/types.js';

const totals = (byYear: number[], bySource: [string, number][], byDimension: [string, number][]): Totals => ({
  programs: byYear.reduce((a, b) => a + b, 0),
  quickWins: 0,
  byYear,
  byDimension: byDimension.map(([label, total]) => ({ key: label, label, total, byYear: [] })),
  bySource: bySource.map(([key, total]) => ({ key, label: key, total, byYear: [] })),
  byAgency: [],
  byHorizon: [],
  byAction: [],
  programCount: 0,
  quickWinCount: 0,
});
const noLinks = computeLinks([], [], []);
const readiness = (scores: Record<string, number[]>): GapAnalysis => ({
  readiness: Object.entries(scores).map(([pillar, s]) => ({ pillar: pillar as 'structure', items: s.map((score) => ({ aspect: 'x', score })) })),
  gaps: [],
  swotByPillar: [],
});

describe('computeInsights', () => {
  it('rounds half-up on exact integers', () => {
    expect(ratioHalfUp(1n, 8n, 100n)).toBe(13); // 12,5 → 13
    expect(ratioHalfUp(2n, 3n, 10000n)).toBe(6667); // 66,666…% → 66,67%
  });

  it('names no weakest or strongest pillar when only one is scored or all are equal', () => {
    const one = computeInsights(readiness({ structure: [2, 3] }), totals([0], [], []), [2024], noLinks);
    expect(one.pillarScores).toEqual([{ pillar: 'structure', meanHundredths: 250, items: 2 }]);
    expect(one.weakestPillar).toBeUndefined();
    const equal = computeInsights(readiness({ structure: [3], superstructure: [3] }), totals([0], [], []), [2024], noLinks);
    expect(equal.weakestPillar).toBeUndefined();
    expect(equal.strongestPillar).toBeUndefined();
  });

  it('takes the earliest peak year on a tie and measures it against the yearly mean', () => {
    // 2024: 400, 2025: 400, 2026: 200 → total 1.000, mean 333,33…; (400 − 333,33) / 333,33 = 20,00 %
    const i = computeInsights(undefined, totals([400, 400, 200], [['APBD', 1000]], [['A', 1000]]), [2024, 2025, 2026], noLinks);
    expect(i.peakYear).toEqual({ year: 2024, amount: 400, yearlyMean: 333, aboveMeanBp: 2000 });
    expect(i.outsideApbd).toEqual({ amount: 0, shareBp: 0 });
  });

  it('leaves the money figures out when nothing is budgeted', () => {
    const i = computeInsights(undefined, totals([0, 0], [['APBD', 0]], [['A', 0]]), [2024, 2025], noLinks);
    expect(i.peakYear).toBeUndefined();
    expect(i.largestDimension).toBeUndefined();
    expect(i.gapsClosed).toEqual({ answered: 0, total: 0 });
  });

  it('counts APBD Provinsi as outside the regency\'s own APBD', () => {
    // 300 APBD, 100 APBD Provinsi: 100 / 400 = 25 %
    const i = computeInsights(undefined, totals([400], [['APBD', 300], ['APBD Provinsi', 100]], [['A', 100], ['B', 300]]), [2024], noLinks);
    expect(i.outsideApbd).toEqual({ amount: 100, shareBp: 2500 });
    expect(i.largestDimension).toEqual({ name: 'B', total: 300, shareBp: 7500 });
  });
});
