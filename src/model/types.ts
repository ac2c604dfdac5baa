/**
 * The domain model: validated input, normalised (defaults applied, references resolved, lists
 * in a stable order) with every total derived once. Everything downstream (compose, summary)
 * reads this and never re-adds a number. Money is whole Rupiah in a JS number: amounts are
 * validated as safe integers and so are their sums (SC3019).
 */
import type { FrameworkDimensionDef } from './framework.js';
import type { QuickWinCriterion, Risk } from './quick-win-evaluation.js';
import type { ProgressYear } from './progress-types.js';
import type { Insights, Links } from './thread-types.js';

export type { GapLink, Insights, Links, PillarScore, StrategyLink } from './thread-types.js';
export * from './progress-types.js';

export type Horizon = 'short' | 'medium' | 'long';
export type ActionGroup = 'policy' | 'infrastructure' | 'application' | 'literacy' | 'sdm';
export type Pillar = 'structure' | 'infrastructure' | 'superstructure';
export type Polarity = 'up' | 'down';
export type Paper = 'A4' | 'F4' | 'Letter';

export const HORIZONS: readonly Horizon[] = ['short', 'medium', 'long'];
export const ACTION_GROUPS: readonly ActionGroup[] = ['policy', 'infrastructure', 'application', 'literacy', 'sdm'];
export const PILLARS: readonly Pillar[] = ['structure', 'infrastructure', 'superstructure'];

/** Where a record came from, for messages that point back at the YAML. */
export interface Origin {
  file: string;
  line: number;
  column: number;
}

export interface Element {
  id: string;
  name: string;
  dimensionId: string;
}

export interface Dimension {
  id: string;
  name: string;
  /** 0-based position in the framework: the order of chapters, sheets and palettes. */
  index: number;
  elements: Element[];
}

export interface Agency {
  id: string;
  name: string;
  short?: string;
}

export interface Member {
  name: string;
  position: string;
  role?: string;
  agencyId?: string;
  duties: string[];
}

export interface Period {
  start: number;
  end: number;
}

export interface MasterplanInfo {
  title: string;
  subtitle?: string;
  period: Period;
  /** Every year of the period, in order. */
  years: number[];
  horizons: { short: number; medium: number; long: number };
  /** As written: the schema makes place and date optional (--stage 4 asks for both). */
  issued?: { place?: string; date?: string };
  /** The document date (YYYY-MM-DD): issued.date, else SOURCE_DATE_EPOCH, else period.start-01-01. */
  documentDate: string;
  fundingSources: string[];
  legalBasis: string[];
  foreword?: string;
  team: { council: Member[]; implementers: Member[]; decree?: string };
  style: { font: string; fontSize: number; paper: Paper };
  /** The manifest's `outline` as written (compose interprets it), or undefined for the default. */
  outline?: unknown;
  /** The manifest's `books` as written (compose/books resolves it), or undefined for the default set. */
  books?: unknown;
  /** The smart-city vision (*visi smart city*), distinct from the RPJMD's. */
  vision?: string;
  /** The smart-city missions, each with the dimension ids that serve it. */
  missions: Mission[];
  /** *Isu strategis*. */
  strategicIssues: { title: string; description?: string; dimensionIds: string[] }[];
  /** The manifest's framework as written ('kominfo' when absent). */
  framework: 'kominfo' | FrameworkDimensionDef[];
  /** The Peraturan Bupati/Wali Kota that enacts the masterplan: what the legal bureau has given so far. */
  enactment: Enactment;
}

/** Every part optional: what is not given yet is printed as a dotted blank, never invented. */
export interface Enactment {
  number?: string;
  year?: number;
  date?: string;
  /** The considerations (Menimbang) as written; empty for the default ones. */
  considerations: string[];
  promulgation: { number?: string; date?: string; secretary?: { name?: string; title?: string } };
}

/** A mission (RPJMD or smart city) and the dimensions that serve it (ids, possibly none). */
export interface Mission {
  text: string;
  dimensionIds: string[];
}

export interface Statistic {
  label: string;
  value: number | string;
  unit?: string;
  year?: number;
  source?: string;
}

export interface Region {
  name: string;
  type: 'kabupaten' | 'kota';
  province: string;
  capital: string;
  shortName?: string;
  head?: { title?: string; name?: string };
  /** Absolute path of the logo file (validated: inside the project, PNG or JPEG). */
  logoPath?: string;
  overview?: string;
  geography?: { area_km2?: number; districts?: number; villages?: number; urban_villages?: number; description?: string };
  demography?: { population?: number; year?: number; description?: string };
  economy?: { description?: string };
  statistics: Statistic[];
  rpjmd?: { period?: Period; vision?: string; missions: Mission[] };
  agencies: Agency[];
}

export interface ReadinessItem {
  aspect: string;
  condition?: string;
  score?: number;
}

export interface Readiness {
  pillar: Pillar;
  summary?: string;
  items: ReadinessItem[];
}

export interface Gap {
  id?: string;
  pillar: Pillar;
  dimensionId?: string;
  aspect: string;
  current: string;
  expected: string;
  gap?: string;
  recommendation?: string;
}

export interface Swot {
  strengths: string[];
  weaknesses: string[];
  opportunities: string[];
  threats: string[];
  strategies?: { so: string[]; wo: string[]; st: string[]; wt: string[] };
}

export interface GapAnalysis {
  /** Pillars in PILLARS order, only those present in the input. */
  readiness: Readiness[];
  gaps: Gap[];
  swot?: Swot;
  /** The SWOT of each readiness pillar given, in PILLARS order. */
  swotByPillar: { pillar: Pillar; swot: Swot }[];
}

export interface Strategy {
  id?: string;
  elementId?: string;
  title: string;
  description?: string;
}

export interface Indicator {
  name: string;
  unit?: string;
  baseline?: number | string;
  target?: number | string;
  polarity: Polarity;
  level?: IndicatorLevel;
  baselineYear?: number;
  source?: string;
  /** Yearly targets as written (validated ascending and within the period). */
  targets: { year: number; value: number | string }[];
}

export type IndicatorLevel = 'output' | 'outcome' | 'impact';

export interface Milestone {
  year: number;
  text: string;
}

export interface BudgetLine {
  year: number;
  amount: number;
  source: string;
}

export interface Program {
  id: string;
  name: string;
  dimensionId: string;
  elementId: string;
  description?: string;
  action?: ActionGroup;
  leadId: string;
  supportIds: string[];
  horizon: Horizon;
  /** The years the program runs: `years` as given, else the years of its horizon. */
  years: number[];
  budget: BudgetLine[];
  /** Derived once: sum of budget amounts. */
  total: number;
  /** Derived once: amount per year of the period (aligned with MasterplanInfo.years). */
  byYear: number[];
  /** Funding sources used, in the manifest's order. */
  sources: string[];
  outputs: string[];
  outcomes: string[];
  indicators: Indicator[];
  /** Gap ids this program closes (`addresses`). */
  addresses: string[];
  /** The strategy id of its dimension it carries out. */
  strategyId?: string;
  /** Program ids that must come first (`depends_on`). */
  dependsOn: string[];
  /** In year order. */
  milestones: Milestone[];
  origin: Origin;
}

export interface QuickWin {
  id: string;
  name: string;
  acronym?: string;
  dimensionId: string;
  elementId: string;
  programId?: string;
  leadId: string;
  partners: string[];
  background?: string;
  objective?: string;
  description?: string;
  beneficiaries?: string;
  /** YYYY-MM */
  schedule: { start: string; end: string };
  /** Inclusive length in months. */
  months: number;
  budget?: { amount: number; source: string };
  indicators: { name: string; target?: number | string }[];
  /** The risk register, as written, each risk with its level and band. */
  risks: Risk[];
  /** The answers to the ten criteria that were given (text as written). */
  criteria: Partial<Record<QuickWinCriterion, string>>;
  origin: Origin;
}

export interface DimensionPlan {
  dimension: Dimension;
  goal?: string;
  strategies: Strategy[];
  programs: Program[];
  quickWins: QuickWin[];
  /** Derived once. */
  total: number;
  byYear: number[];
}

/** An amount split by year (aligned with MasterplanInfo.years), with its total. */
export interface Breakdown {
  key: string;
  label: string;
  total: number;
  byYear: number[];
}

export interface Totals {
  /** Sum of every program budget line. */
  programs: number;
  /** Sum of quick-win budgets (reported separately: a quick win may be part of a program). */
  quickWins: number;
  byYear: number[];
  byDimension: Breakdown[];
  /** Every manifest funding source, in its order (zero rows included). */
  bySource: Breakdown[];
  /** Lead agencies that lead at least one program, in RegionProfile order. */
  byAgency: (Breakdown & { programs: number })[];
  byHorizon: { horizon: Horizon; programs: number; total: number }[];
  /** Every action-plan group in ACTION_GROUPS order, then the programs without a group (key `none`). */
  byAction: (Breakdown & { programs: number })[];
  programCount: number;
  quickWinCount: number;
}

export interface Model {
  masterplan: MasterplanInfo;
  region: Region;
  framework: Dimension[];
  gapAnalysis?: GapAnalysis;
  dimensions: DimensionPlan[];
  /** Every program, in framework order then file order. */
  programs: Program[];
  quickWins: QuickWin[];
  totals: Totals;
  agencies: ReadonlyMap<string, Agency>;
  /** Gap → strategy → program links, computed once (model/links.ts). */
  links: Links;
  /** Figures the narrative interprets (model/insights.ts). */
  insights: Insights;
  /** Monitoring and evaluation: one entry per Progress document, in year order (empty without any). */
  progress: ProgressYear[];
}
