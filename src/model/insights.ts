/**
 * The figures the narrative interprets instead of announcing a table (issue 21): weakest and
 * strongest readiness pillar, the peak spending year, the share outside APBD, the largest
 * dimension, how many gaps the programs close. Exact integer arithmetic; templates only format.
 */
import type { GapAnalysis, Insights, Links, PillarScore, Totals } from './types.js';
import { PILLARS } from './types.js';

/** The regency's or city's own budget; every other source (APBD Provinsi, APBN, DAK, CSR…) is outside it. */
export const OWN_BUDGET_SOURCE = 'APBD';

/** num / den in hundredths (of a unit or a percent, by `scale`), rounded half-up; num, den >= 0, den > 0. */
export function ratioHalfUp(num: bigint, den: bigint, scale: bigint): number {
  return Number((num * scale * 2n + den) / (2n * den));
}

export function computeInsights(gapAnalysis: GapAnalysis | undefined, totals: Totals, years: readonly number[], links: Links): Insights {
  const pillarScores: PillarScore[] = [];
  for (const pillar of PILLARS) {
    const scores = (gapAnalysis?.readiness.find((r) => r.pillar === pillar)?.items ?? [])
      .map((i) => i.score)
      .filter((s): s is number => s !== undefined);
    if (scores.length === 0) continue;
    const total = scores.reduce((a, b) => a + b, 0);
    pillarScores.push({ pillar, meanHundredths: ratioHalfUp(BigInt(total), BigInt(scores.length), 100n), items: scores.length });
  }
  const insights: Insights = {
    pillarScores,
    outsideApbd: { amount: 0, shareBp: 0 },
    gapsClosed: { answered: links.gaps.length - links.unansweredGaps.length, total: links.gaps.length },
  };
  if (pillarScores.length >= 2) {
    // Ties: the first in PILLARS order, so the sentence does not change with input order.
    const weakest = pillarScores.reduce((a, b) => (b.meanHundredths < a.meanHundredths ? b : a));
    const strongest = pillarScores.reduce((a, b) => (b.meanHundredths > a.meanHundredths ? b : a));
    if (weakest.meanHundredths !== strongest.meanHundredths) {
      insights.weakestPillar = weakest;
      insights.strongestPillar = strongest;
    }
  }
  const total = totals.programs;
  if (total > 0) {
    let peak = 0;
    totals.byYear.forEach((amount, i) => {
      if (amount > totals.byYear[peak]) peak = i;
    });
    const amount = totals.byYear[peak];
    const n = BigInt(years.length);
    insights.peakYear = {
      year: years[peak],
      amount,
      yearlyMean: ratioHalfUp(BigInt(total), n, 1n),
      // (amount − total/n) / (total/n) = (amount·n − total) / total
      aboveMeanBp: ratioHalfUp(BigInt(amount) * n - BigInt(total), BigInt(total), 10000n),
    };
    const own = totals.bySource.find((b) => b.key === OWN_BUDGET_SOURCE)?.total ?? 0;
    insights.outsideApbd = { amount: total - own, shareBp: ratioHalfUp(BigInt(total - own), BigInt(total), 10000n) };
    const largest = totals.byDimension.reduce((a, b) => (b.total > a.total ? b : a));
    insights.largestDimension = { name: largest.label, total: largest.total, shareBp: ratioHalfUp(BigInt(largest.total), BigInt(total), 10000n) };
  }
  return insights;
}
