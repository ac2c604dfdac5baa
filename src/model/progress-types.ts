/** The monitoring and evaluation part of the model: one ProgressYear per Progress document (types.ts re-exports it). */
import type { QuickWinCriterion } from './quick-win-evaluation.js';
import type { Origin, Polarity, Program, QuickWin } from './types.js';

export type ProgressStatus = 'not_started' | 'on_track' | 'delayed' | 'done' | 'cancelled';
export const PROGRESS_STATUSES: readonly ProgressStatus[] = ['not_started', 'on_track', 'delayed', 'done', 'cancelled'];

export interface IndicatorResult {
  name: string;
  unit?: string;
  target?: number | string;
  actual: number | string;
  polarity: Polarity;
  /** Achievement in hundredths of a percent (integer), when computable; see INPUT-FORMAT.md. */
  achievementBp?: number;
}

export interface ProgramProgress {
  program: Program;
  /** Undefined when the program has a planned amount in the year but no entry. */
  status?: ProgressStatus;
  planned: number;
  realized: number;
  realizedBySource: { source: string; amount: number }[];
  indicators: IndicatorResult[];
  obstacles: string[];
  followUp: string[];
  evidence: string[];
}

export interface QuickWinProgress {
  quickWin: QuickWin;
  status: ProgressStatus;
  planned: number;
  realized: number;
  indicators: IndicatorResult[];
  obstacles: string[];
  followUp: string[];
  evidence: string[];
  /** The self-assessed criteria scores given, in form order, in exact hundredths. */
  criteriaScores: { criterion: QuickWinCriterion; hundredths: number }[];
  /** Their mean in ten-thousandths, floored (displayed half-up at two decimals); undefined without scores. */
  criteriaMeanTenThousandths?: number;
}

/** Planned vs realised for one group (dimension, element, source, agency, or the total). */
export interface Realisation {
  key: string;
  label: string;
  planned: number;
  realized: number;
  programs: number;
  /** Programs with status on_track or done. */
  implemented: number;
}

export interface Assessment {
  /** Components in weight order: score and weight as written, scores in exact hundredths. */
  components: { name: string; scoreHundredths: number; weight: number; weightedTenThousandths: number }[];
  /** sum(score x weight) / 100, in ten-thousandths (exact integer arithmetic). */
  indexTenThousandths: number;
  previousIndexHundredths?: number;
  /** index − previous_index, in ten-thousandths (with previous_index only). */
  changeTenThousandths?: number;
}

export interface ProgressYear {
  year: number;
  asOf?: string;
  /** Programs with a planned amount in the year, plus reported programs without one. */
  programs: ProgramProgress[];
  quickWins: QuickWinProgress[];
  /** Quick-win budgets planned and realised in the year (reported apart from the programs). */
  quickWinTotal: { planned: number; realized: number };
  total: Realisation;
  byDimension: Realisation[];
  byElement: Realisation[];
  bySource: Realisation[];
  byAgency: Realisation[];
  statusCounts: Record<ProgressStatus | 'unreported', number>;
  unreported: Program[];
  /** Per action-plan group (ACTION_GROUPS order, then `none`), like byDimension. */
  byAction: Realisation[];
  /** The output component's evidence, as written. */
  outputs: OutputEvidence[];
  survey?: Survey;
  assessment?: Assessment;
  origin: Origin;
}

export type OutputType = 'regulation' | 'institution' | 'budget' | 'other';
export type OutputStatus = 'done' | 'in_progress' | 'planned';

export interface OutputEvidence {
  type: OutputType;
  title: string;
  reference?: string;
  status?: OutputStatus;
}

/** The citizen survey of the impact component. */
export interface Survey {
  respondents: number;
  date?: string;
  method?: string;
  /** One row per scored dimension, in framework order, in exact hundredths. */
  scores: { dimensionId: string; label: string; hundredths: number }[];
  /** The mean of the dimension scores in ten-thousandths, floored (displayed half-up). */
  meanTenThousandths: number;
}
