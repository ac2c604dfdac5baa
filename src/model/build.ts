/**
 * Validated documents → the domain model. It assumes the project passed validation (no errors)
 * and throws only on bugs. Defaults of INPUT-FORMAT.md are applied here and nowhere else.
 */
import path from 'node:path';
import { locate } from '../load/locate.js';
import { documentDate } from './document-date.js';
import type { LoadedDocument, LoadedProject } from '../load/types.js';
import { DEFAULT_FUNDING_SOURCES, defaultHorizons, resolveFramework, type FrameworkDimensionDef } from './framework.js';
import { addByYear, computeTotals } from './totals.js';
import { buildGapAnalysis } from './gap-analysis.js';
import { buildProgress } from './progress.js';
import { buildRisk } from './quick-win-evaluation.js';
import { computeInsights } from './insights.js';
import { computeLinks } from './links.js';
import type {
  Enactment, Mission,
  Agency, Dimension, DimensionPlan, Horizon, Indicator, MasterplanInfo, Member, Model, Origin, Program, QuickWin, Region,
} from './types.js';

import type {
  BudgetLineInput, DimensionStrategyDoc, EnactmentInput, GapAnalysisDoc, IndicatorInput, MasterplanDoc, MemberInput, ProgramInput, QuickWinInput, QuickWinsDoc, RegionProfileDoc,
} from './input-types.js';

/** A document's data read through the type generated from its kind's schema (validation guarantees the shape). */
interface InputOf {
  Masterplan: MasterplanDoc;
  RegionProfile: RegionProfileDoc;
  GapAnalysis: GapAnalysisDoc;
  DimensionStrategy: DimensionStrategyDoc;
  QuickWins: QuickWinsDoc;
}
const input = <K extends keyof InputOf>(doc: LoadedDocument, _kind: K): InputOf[K] => doc.data as InputOf[K];

export interface BuildOptions {
  /** SOURCE_DATE_EPOCH (seconds), used for the document date when the manifest has no issue date. */
  sourceDateEpoch?: string;
}

function originOf(doc: LoadedDocument, p: (string | number)[]): Origin {
  const loc = locate(doc, p);
  return { file: loc.file, line: loc.start.line, column: loc.start.column };
}

function byKind(project: LoadedProject, kind: string): LoadedDocument[] {
  return project.documents.filter((d) => d.kind === kind);
}

export function buildModel(project: LoadedProject, opts: BuildOptions = {}): Model {
  const manifestDoc = byKind(project, 'Masterplan')[0];
  const profileDoc = byKind(project, 'RegionProfile')[0];
  const m = input(manifestDoc, 'Masterplan');
  const masterplan = buildMasterplan(m, opts);
  const framework = buildFramework(resolveFramework(m.framework));
  const region = buildRegion(profileDoc);
  const years = masterplan.years;

  const strategyDocs = new Map(byKind(project, 'DimensionStrategy').map((d) => [input(d, 'DimensionStrategy').dimension, d]));
  const quickWins: QuickWin[] = byKind(project, 'QuickWins').flatMap((doc) =>
    input(doc, 'QuickWins').quick_wins.map((q, i) => buildQuickWin(q, originOf(doc, ['quick_wins', i]))),
  );
  const dimensions: DimensionPlan[] = framework.map((dimension) => {
    const doc = strategyDocs.get(dimension.id);
    const raw: Partial<DimensionStrategyDoc> = doc ? input(doc, 'DimensionStrategy') : {};
    const programs = (raw.programs ?? []).map((p, i) =>
      buildProgram(p, dimension.id, masterplan, originOf(doc!, ['programs', i])),
    );
    const byYear = years.map(() => 0);
    for (const p of programs) p.byYear.forEach((v, i) => (byYear[i] += v));
    return {
      dimension,
      goal: raw.goal,
      strategies: (raw.strategies ?? []).map((s) => ({ id: s.id, elementId: s.element, title: s.title, description: s.description })),
      programs,
      quickWins: quickWins.filter((q) => q.dimensionId === dimension.id),
      total: programs.reduce((sum, p) => sum + p.total, 0),
      byYear,
    };
  });
  const programs = dimensions.flatMap((d) => d.programs);
  const gapDoc = byKind(project, 'GapAnalysis')[0];
  const agencies = new Map<string, Agency>(region.agencies.map((a) => [a.id, a]));
  const totals = computeTotals(years, dimensions, programs, quickWins, masterplan.fundingSources, region);
  const gapAnalysis = gapDoc ? buildGapAnalysis(input(gapDoc, 'GapAnalysis')) : undefined;
  const links = computeLinks(gapAnalysis?.gaps ?? [], dimensions, programs);
  const model: Model = {
    masterplan, region, framework, gapAnalysis,
    dimensions, programs, quickWins: dimensions.flatMap((d) => d.quickWins), totals, agencies,
    links, insights: computeInsights(gapAnalysis, totals, years, links),
    progress: [],
  };
  // Monitoring reads the plan and never changes it: the masterplan outputs ignore `progress`.
  model.progress = buildProgress(model, byKind(project, 'Progress'));
  return model;
}

function buildMasterplan(m: MasterplanDoc, opts: BuildOptions): MasterplanInfo {
  const period = { start: m.period.start, end: m.period.end };
  const years = Array.from({ length: period.end - period.start + 1 }, (_, i) => period.start + i);
  const style = m.style ?? {};
  return {
    title: m.title,
    subtitle: m.subtitle,
    period,
    years,
    horizons: { ...defaultHorizons(period), ...(m.horizons ?? {}) },
    issued: m.issued ? { place: m.issued.place, date: m.issued.date } : undefined,
    documentDate: documentDate(m.issued?.date, opts.sourceDateEpoch, period.start),
    fundingSources: m.funding_sources ?? [...DEFAULT_FUNDING_SOURCES],
    legalBasis: m.legal_basis ?? [],
    foreword: m.foreword,
    team: { council: (m.team?.council ?? []).map(buildMember), implementers: (m.team?.implementers ?? []).map(buildMember), decree: m.team?.decree },
    style: { font: style.font ?? 'Arial', fontSize: style.font_size ?? 11, paper: style.paper ?? 'A4' },
    outline: m.outline,
    books: m.books,
    vision: m.vision,
    missions: missions(m.missions),
    strategicIssues: (m.strategic_issues ?? []).map((i) => ({ title: i.title, description: i.description, dimensionIds: i.dimensions ?? [] })),
    framework: m.framework === undefined || m.framework === 'kominfo' ? 'kominfo' : m.framework.dimensions,
    enactment: buildEnactment(m.enactment),
  };
}

/** The enacting regulation as given; numbers as text ("13" whether written 13 or "13"); absent parts stay absent. */
function buildEnactment(e: EnactmentInput | undefined): Enactment {
  const p = e?.promulgation;
  return {
    number: e?.number === undefined ? undefined : String(e.number),
    year: e?.year,
    date: e?.date,
    considerations: e?.considerations ?? [],
    promulgation: {
      number: p?.number === undefined ? undefined : String(p.number),
      date: p?.date,
      secretary: p?.secretary ? { name: p.secretary.name, title: p.secretary.title } : undefined,
    },
  };
}

function buildFramework(defs: readonly FrameworkDimensionDef[]): Dimension[] {
  return defs.map((d, index) => ({
    id: d.id, name: d.name, index,
    elements: d.elements.map((e) => ({ id: e.id, name: e.name, dimensionId: d.id })),
  }));
}

function buildRegion(doc: LoadedDocument): Region {
  const p = input(doc, 'RegionProfile');
  const r = p.region;
  return {
    name: r.name, type: r.type, province: r.province, capital: r.capital, shortName: r.short_name, head: r.head,
    logoPath: r.logo ? path.resolve(path.dirname(doc.source.absPath), r.logo) : undefined,
    overview: p.overview, geography: p.geography, demography: p.demography, economy: p.economy,
    statistics: p.statistics ?? [],
    rpjmd: p.rpjmd ? { period: p.rpjmd.period, vision: p.rpjmd.vision, missions: missions(p.rpjmd.missions) } : undefined,
    agencies: p.agencies.map((a) => ({ id: a.id, name: a.name, short: a.short })),
  };
}

/** Missions as written (a string, or `{text, dimensions}`) → text and dimension ids. */
function missions(list: readonly (string | { text: string; dimensions?: string[] })[] | undefined): Mission[] {
  return (list ?? []).map((m) => (typeof m === 'string' ? { text: m, dimensionIds: [] } : { text: m.text, dimensionIds: m.dimensions ?? [] }));
}

/** The years of a horizon: from period.start, `horizons[h]` years long, clipped to the period. */
function horizonYears(m: MasterplanInfo, h: Horizon): number[] {
  const length = Math.min(m.horizons[h], m.years.length);
  return m.years.slice(0, Math.max(1, length));
}

function buildMember(x: MemberInput): Member {
  return { name: x.name, position: x.position, role: x.role, agencyId: x.agency, duties: x.duties ?? [] };
}

function buildIndicator(i: IndicatorInput): Indicator {
  return {
    name: i.name, unit: i.unit, baseline: i.baseline, target: i.target, polarity: i.polarity ?? 'up',
    level: i.level, baselineYear: i.baseline_year, source: i.source,
    targets: (i.targets ?? []).map((t) => ({ year: t.year, value: t.value })),
  };
}

function buildProgram(p: ProgramInput, dimensionId: string, m: MasterplanInfo, origin: Origin): Program {
  const budget = (p.budget ?? []).map((b: BudgetLineInput) => ({ year: b.year, amount: b.amount, source: b.source }));
  const byYear = m.years.map(() => 0);
  for (const line of budget) addByYear(byYear, m.years, line.year, line.amount);
  const used = new Set(budget.map((b) => b.source));
  return {
    id: p.id, name: p.name, dimensionId, elementId: p.element, description: p.description, action: p.action,
    leadId: p.lead, supportIds: p.support ?? [], horizon: p.horizon,
    years: p.years ? [...p.years].sort((a: number, b: number) => a - b) : horizonYears(m, p.horizon),
    budget, total: budget.reduce((sum, b) => sum + b.amount, 0), byYear,
    sources: m.fundingSources.filter((s) => used.has(s)),
    outputs: p.outputs ?? [], outcomes: p.outcomes ?? [], indicators: (p.indicators ?? []).map(buildIndicator),
    addresses: p.addresses ?? [], strategyId: p.strategy, dependsOn: p.depends_on ?? [],
    milestones: (p.milestones ?? []).map((x) => ({ year: x.year, text: x.text })).sort((a, b) => a.year - b.year),
    origin,
  };
}

/** Inclusive months between two YYYY-MM values: 2023-01..2023-12 is 12. */
export function monthsBetween(start: string, end: string): number {
  const [sy, sm] = start.split('-').map(Number);
  const [ey, em] = end.split('-').map(Number);
  return (ey - sy) * 12 + (em - sm) + 1;
}

function buildQuickWin(q: QuickWinInput, origin: Origin): QuickWin {
  return {
    id: q.id, name: q.name, acronym: q.acronym, dimensionId: q.dimension, elementId: q.element, programId: q.program,
    leadId: q.lead, partners: q.partners ?? [], background: q.background, objective: q.objective,
    description: q.description, beneficiaries: q.beneficiaries, schedule: { start: q.schedule.start, end: q.schedule.end },
    months: monthsBetween(q.schedule.start, q.schedule.end),
    budget: q.budget ? { amount: q.budget.amount, source: q.budget.source } : undefined,
    indicators: (q.indicators ?? []).map((i) => ({ name: i.name, target: i.target })),
    risks: (q.risks ?? []).map((r) => buildRisk(r)), criteria: { ...(q.criteria ?? {}) }, origin,
  };
}
