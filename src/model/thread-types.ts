/** The golden thread's model types (issue 21): links gap → strategy → program, and the interpreted figures. */
import type { Dimension, Gap, Pillar, Program, Strategy } from './types.js';

export interface GapLink {
  gap: Gap;
  /** Programs whose `addresses` name the gap, in model order. */
  programs: Program[];
  /** Sum of those programs' totals. */
  total: number;
}

export interface StrategyLink {
  strategy: Strategy;
  dimension: Dimension;
  programs: Program[];
  total: number;
}

export interface Links {
  /** Every gap in input order. */
  gaps: GapLink[];
  /** Every strategy, in framework then input order. */
  strategies: StrategyLink[];
  unansweredGaps: GapLink[];
  unusedStrategies: StrategyLink[];
  /** Programs that address no gap and carry out no strategy. */
  unlinkedPrograms: Program[];
  /** Sum of the unlinked programs' totals. */
  unlinkedTotal: number;
}

export interface PillarScore {
  pillar: Pillar;
  /** Mean of the pillar's item scores, in exact hundredths rounded half-up. */
  meanHundredths: number;
  items: number;
}

export interface Insights {
  /** Pillars with at least one scored item, in PILLARS order. */
  pillarScores: PillarScore[];
  /** Only when two or more pillars are scored and not all equal. */
  weakestPillar?: PillarScore;
  strongestPillar?: PillarScore;
  /** The year with the largest planned amount (the earliest on a tie); undefined with no budget. */
  peakYear?: {
    year: number;
    amount: number;
    /** The mean amount per year of the period, rounded to whole Rupiah. */
    yearlyMean: number;
    /** How far the peak lies above the mean, in hundredths of a percent, rounded half-up. */
    aboveMeanBp: number;
  };
  /** Amount funded by anything but the source `APBD`, and its share of the total (hundredths of a percent). */
  outsideApbd: { amount: number; shareBp: number };
  /** The dimension with the largest total (the first on a tie); undefined with no budget. */
  largestDimension?: { name: string; total: number; shareBp: number };
  /** Gaps answered by at least one program, of all gaps. */
  gapsClosed: { answered: number; total: number };
}
