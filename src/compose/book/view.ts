/**
 * The data a narrative template sees: the model, projected into plain objects whose every field exists
 * (absent YAML values are null), because templates run in Handlebars strict mode where a misspelt field is
 * an error. Amounts stay numbers (helpers format them); totals come from the model, never re-added.
 * The field list is the template contract documented in templates/README.md.
 */
import { formatDate } from '../../format/indonesian.js';
import type { DimensionPlan, Model, QuickWin } from '../../model/types.js';
import { PILLAR_NAMES } from '../labels.js';
import { regionFullName } from './names.js';

export type View = Record<string, unknown>;

export function baseView(model: Model): View {
  const { masterplan: m, region: r, totals } = model;
  return {
    region: {
      name: r.name,
      fullName: regionFullName(r),
      type: r.type === 'kota' ? 'Kota' : 'Kabupaten',
      province: r.province,
      capital: r.capital,
      shortName: r.shortName ?? r.name,
      head: r.head ? { title: r.head.title, name: r.head.name } : null,
      overview: r.overview ?? null,
      geography: {
        area_km2: r.geography?.area_km2 ?? null,
        districts: r.geography?.districts ?? null,
        villages: r.geography?.villages ?? null,
        urban_villages: r.geography?.urban_villages ?? null,
        description: r.geography?.description ?? null,
      },
      demography: {
        population: r.demography?.population ?? null,
        year: r.demography?.year ?? null,
        description: r.demography?.description ?? null,
      },
      economy: { description: r.economy?.description ?? null },
      rpjmd: r.rpjmd
        ? { period: r.rpjmd.period ? `${r.rpjmd.period.start}–${r.rpjmd.period.end}` : null, vision: r.rpjmd.vision ?? null, missions: r.rpjmd.missions.map((x) => x.text) }
        : null,
      agencyCount: r.agencies.length,
    },
    masterplan: {
      title: m.title,
      subtitle: m.subtitle ?? null,
      period: `${m.period.start}–${m.period.end}`,
      start: m.period.start,
      end: m.period.end,
      years: m.years.length,
      horizons: m.horizons,
      issued: m.issued ? { place: m.issued.place ?? null, date: m.issued.date ? formatDate(m.issued.date) : null } : null,
      legalBasis: m.legalBasis,
      foreword: m.foreword ?? null,
      fundingSources: m.fundingSources,
    },
    totals: {
      programs: totals.programs,
      quickWins: totals.quickWins,
      programCount: totals.programCount,
      quickWinCount: totals.quickWinCount,
      dimensionCount: model.framework.length,
      byDimension: totals.byDimension.map((b) => ({ name: b.label, total: b.total })),
      bySource: totals.bySource.filter((b) => b.total > 0).map((b) => ({ name: b.label, total: b.total })),
      byHorizon: totals.byHorizon.map((h) => ({ horizon: h.horizon, programs: h.programs, total: h.total })),
      firstYear: { year: m.years[0], total: totals.byYear[0] ?? 0 },
      quickWinYears: quickWinYears(model.quickWins),
    },
    dimensions: model.dimensions.map((d) => dimensionView(d)),
    gap: model.gapAnalysis
      ? { gapCount: model.gapAnalysis.gaps.length, hasSwot: Boolean(model.gapAnalysis.swot), pillarCount: model.gapAnalysis.readiness.length }
      : null,
    insights: insightsView(model),
    links: linksView(model),
    team: { decree: m.team.decree ?? null },
  };
}

/**
 * The years the quick wins run in, from the first start to the last end ("2023–2024", or "2023"); null without
 * quick wins. A sentence on when they are carried out follows the schedules: "the first year" was wrong as soon
 * as one quick win started or ran into the second.
 */
export function quickWinYears(quickWins: readonly QuickWin[]): string | null {
  if (quickWins.length === 0) return null;
  const year = (ym: string) => Number(ym.slice(0, 4));
  const first = Math.min(...quickWins.map((q) => year(q.schedule.start)));
  const last = Math.max(...quickWins.map((q) => year(q.schedule.end)));
  return first === last ? String(first) : `${first}–${last}`;
}

/** The interpreted figures (model/insights.ts); percentages in hundredths of a percent for `persen`, scores as numbers for `angka`. */
export function insightsView(model: Model): View {
  const i = model.insights;
  const pillar = (p: typeof i.weakestPillar) => (p ? { name: PILLAR_NAMES[p.pillar], score: p.meanHundredths / 100 } : null);
  return {
    weakestPillar: pillar(i.weakestPillar),
    strongestPillar: pillar(i.strongestPillar),
    peakYear: i.peakYear ? { ...i.peakYear } : null,
    outsideApbd: { ...i.outsideApbd },
    largestDimension: i.largestDimension ? { ...i.largestDimension } : null,
    gapsClosed: { ...i.gapsClosed, unanswered: i.gapsClosed.total - i.gapsClosed.answered },
  };
}

/** The links a narrative names: what nothing answers, and the programs that answer nothing. */
export function linksView(model: Model): View {
  const l = model.links;
  return {
    unansweredGaps: l.unansweredGaps.map((g) => ({ id: g.gap.id ?? null, aspect: g.gap.aspect })),
    unusedStrategies: l.unusedStrategies.map((s) => ({ id: s.strategy.id ?? null, title: s.strategy.title, dimension: s.dimension.name })),
    unlinkedPrograms: l.unlinkedPrograms.length,
    unlinkedTotal: l.unlinkedTotal,
    strategyCount: l.strategies.length,
  };
}

export function dimensionView(d: DimensionPlan): View {
  return {
    id: d.dimension.id,
    name: d.dimension.name,
    goal: d.goal ?? null,
    elements: d.dimension.elements.map((e) => e.name),
    programCount: d.programs.length,
    quickWinCount: d.quickWins.length,
    strategyCount: d.strategies.length,
    total: d.total,
  };
}

export function quickWinView(q: QuickWin): View {
  return {
    id: q.id,
    name: q.name,
    acronym: q.acronym ?? null,
    background: q.background ?? null,
    objective: q.objective ?? null,
    description: q.description ?? null,
    beneficiaries: q.beneficiaries ?? null,
    start: q.schedule.start,
    end: q.schedule.end,
    months: q.months,
    budget: q.budget ? { amount: q.budget.amount, source: q.budget.source } : null,
  };
}
