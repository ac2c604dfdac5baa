import type { GapAnalysisDoc } from './input-types.js';
import { PILLARS, type GapAnalysis } from './types.js';

type SwotInput = { strengths?: string[]; weaknesses?: string[]; opportunities?: string[]; threats?: string[]; strategies?: { so?: string[]; wo?: string[]; st?: string[]; wt?: string[] } };

function swotOf(s: SwotInput) {
  return {
    strengths: s.strengths ?? [], weaknesses: s.weaknesses ?? [], opportunities: s.opportunities ?? [], threats: s.threats ?? [],
    strategies: s.strategies
      ? { so: s.strategies.so ?? [], wo: s.strategies.wo ?? [], st: s.strategies.st ?? [], wt: s.strategies.wt ?? [] }
      : undefined,
  };
}

export function buildGapAnalysis(g: GapAnalysisDoc): GapAnalysis {
  const readiness = PILLARS.filter((p) => g.readiness?.[p]).map((pillar) => ({
    pillar,
    summary: g.readiness?.[pillar]?.summary,
    items: (g.readiness?.[pillar]?.items ?? []).map((i) => ({ aspect: i.aspect, condition: i.condition, score: i.score })),
  }));
  const s = g.swot;
  return {
    readiness,
    gaps: (g.gaps ?? []).map((x) => ({
      id: x.id, pillar: x.pillar, dimensionId: x.dimension, aspect: x.aspect, current: x.current,
      expected: x.expected, gap: x.gap, recommendation: x.recommendation,
    })),
    swot: s ? swotOf(s) : undefined,
    swotByPillar: PILLARS.filter((p) => g.swot_by_pillar?.[p]).map((pillar) => ({ pillar, swot: swotOf(g.swot_by_pillar![pillar]!) })),
  };
}
