/**
 * The evaluation components that Progress documents add beyond plan and realisation
 * (INPUT-FORMAT.md "Progress"): the output evidence, the citizen survey (impact), quick-win
 * criteria scores, and realisation per action-plan group. Scores are exact hundredths read from
 * their decimal text; means are kept in ten-thousandths, floored, so that a half-up display at
 * two decimals equals the exact mean rounded half-up (the same rule as the index).
 */
import { ACTION_GROUPS } from './types.js';
import type { Dimension, OutputEvidence, Program, ProgressStatus, Realisation, Survey } from './types.js';
import { QUICK_WIN_CRITERIA, type QuickWinCriterion } from './quick-win-evaluation.js';
import { actionKey, actionName, NO_ACTION_KEY } from './action-groups.js';

/** Scaled-integer reader shared with progress.ts (exact hundredths from a number's decimal text). */
export type Hundredths = (value: number) => number;

/** The mean of values in hundredths, in ten-thousandths, floored; undefined for no values. */
export function meanTenThousandths(hundredths: readonly number[]): number | undefined {
  if (hundredths.length === 0) return undefined;
  const sum = hundredths.reduce((a, b) => a + BigInt(b), 0n);
  // Scores are >= 1, so the sum is positive and BigInt's truncation is the floor.
  return Number((sum * 100n) / BigInt(hundredths.length));
}

/** A quick-win entry's criteria scores in form order, and their mean. */
export function criteriaScoresOf(raw: Partial<Record<QuickWinCriterion, number>> | undefined, toHundredths: Hundredths) {
  const criteriaScores = QUICK_WIN_CRITERIA.filter((c) => raw?.[c] !== undefined).map((c) => ({ criterion: c, hundredths: toHundredths(raw![c]!) }));
  return { criteriaScores, criteriaMeanTenThousandths: meanTenThousandths(criteriaScores.map((s) => s.hundredths)) };
}

/** The survey with its scores in framework order (unknown keys were rejected by validation). */
export function surveyOf(raw: any, framework: readonly Dimension[], toHundredths: Hundredths): Survey | undefined { // eslint-disable-line @typescript-eslint/no-explicit-any
  if (!raw) return undefined;
  const scores = framework
    .filter((d) => raw.scores?.[d.id] !== undefined)
    .map((d) => ({ dimensionId: d.id, label: d.name, hundredths: toHundredths(raw.scores[d.id]) }));
  const survey: Survey = { respondents: raw.respondents, scores, meanTenThousandths: meanTenThousandths(scores.map((s) => s.hundredths)) ?? 0 };
  if (raw.date !== undefined) survey.date = raw.date;
  if (raw.method !== undefined) survey.method = raw.method;
  return survey;
}

export function outputsOf(raw: any[] | undefined): OutputEvidence[] { // eslint-disable-line @typescript-eslint/no-explicit-any
  return (raw ?? []).map((o) => {
    const out: OutputEvidence = { type: o.type, title: o.title };
    if (o.reference !== undefined) out.reference = o.reference;
    if (o.status !== undefined) out.status = o.status;
    return out;
  });
}

/**
 * Realisation per action-plan group over the programs with a planned amount in the year: every
 * group in ACTION_GROUPS order (zero rows included, so a missing SDM plan shows as 0), then the
 * programs without a group as a row of their own.
 */
export function realisationByAction(
  counted: readonly { program: Program; planned: number; realized: number; status?: ProgressStatus }[],
  isImplemented: (s: ProgressStatus | undefined) => boolean,
): Realisation[] {
  const rows = new Map<string, Realisation>(
    [...ACTION_GROUPS, NO_ACTION_KEY].map((k) => [k, { key: k, label: actionName(k), planned: 0, realized: 0, programs: 0, implemented: 0 }]),
  );
  for (const p of counted) {
    const r = rows.get(actionKey(p.program.action))!;
    r.planned += p.planned;
    r.realized += p.realized;
    r.programs++;
    if (isImplemented(p.status)) r.implemented++;
  }
  return [...rows.values()];
}
