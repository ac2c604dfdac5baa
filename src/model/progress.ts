/**
 * Monitoring and evaluation: Progress documents → one ProgressYear per reported year, with
 * exactly the arithmetic of INPUT-FORMAT.md ("What the monitoring report computes"). Money is
 * whole Rupiah (safe integers, validated); scores, weights and indicator values are turned into
 * scaled integers from their decimal text, never multiplied as binary floating point.
 * Percentages and the index are stored as integers *truncated* (floored) one digit below what
 * is displayed, so that a half-up display (`63,1%`, `3,48`) from them equals the exact value
 * rounded half-up: floor((floor(x) + 5) / 10) = floor((x + 5) / 10).
 *
 * Public API for the outputs (summary, workbook, DOCX report):
 * - `model.progress`: ProgressYear[] in year order (empty without Progress documents);
 * - `progressFor(model, year)`;
 * - `ratioBp`, `formatPercent`, `implementationBp`, `formatIndex`, `formatIndexChange`,
 *   `formatAchievement`, `PROGRESS_STATUS_NAMES`, `statusName`.
 */
import { locate } from '../load/locate.js';
import type { LoadedDocument } from '../load/types.js';
import { formatBasisPoints, formatDecimal } from '../format/indonesian.js';
import { DEFAULT_WEIGHTS } from './framework.js';
import { criteriaScoresOf, outputsOf, realisationByAction, surveyOf } from './evaluation.js';
import type {
  Assessment, IndicatorResult, Model, Origin, Polarity, Program, ProgramProgress, ProgressStatus, ProgressYear,
  QuickWinProgress, Realisation,
} from './types.js';
import { PROGRESS_STATUSES } from './types.js';
import type { MoneyInput, ProgramProgressInput, ProgressDoc } from './input-types.js';


/** Indonesian status names (tables, the workbook, the terminal). */
export const PROGRESS_STATUS_NAMES: Record<ProgressStatus | 'unreported', string> = {
  not_started: 'Belum mulai',
  on_track: 'Sesuai rencana',
  delayed: 'Terlambat',
  done: 'Selesai',
  cancelled: 'Batal',
  unreported: 'Tidak dilaporkan',
};

export function statusName(status: ProgressStatus | undefined): string {
  return PROGRESS_STATUS_NAMES[status ?? 'unreported'];
}

/** Statuses that count as implemented in the implementation rate. */
function isImplemented(status: ProgressStatus | undefined): boolean {
  return status === 'on_track' || status === 'done';
}

/** What buildProgress reads from the model (the model is built before its progress). */
export type ModelForProgress = Pick<Model, 'masterplan' | 'framework' | 'programs' | 'quickWins' | 'region'>;

/** planned(program, Y): the sum of its budget lines with `year: Y`. */
function plannedIn(program: Program, year: number): number {
  let sum = 0;
  for (const line of program.budget) if (line.year === year) sum += line.amount;
  return sum;
}

function originOf(doc: LoadedDocument, p: (string | number)[]): Origin {
  const loc = locate(doc, p);
  return { file: loc.file, line: loc.start.line, column: loc.start.column };
}

/** Every reported year, in year order. Assumes the documents passed validation. */
export function buildProgress(model: ModelForProgress, docs: readonly LoadedDocument[]): ProgressYear[] {
  return docs
    .map((doc) => buildYear(model, doc.data as ProgressDoc, originOf(doc, ['year'])))
    .sort((a, b) => a.year - b.year);
}

/** One year from an already-validated Progress document's data. */
function buildYear(model: ModelForProgress, data: ProgressDoc, origin: Origin): ProgressYear {
  const year = data.year;
  const entries = new Map<string, ProgramProgressInput>((data.programs ?? []).map((e) => [e.program, e]));

  const programs: ProgramProgress[] = [];
  for (const program of model.programs) {
    const planned = plannedIn(program, year);
    const entry = entries.get(program.id);
    if (planned <= 0 && !entry) continue;
    const realizedBySource = bySourceOf(model.masterplan.fundingSources, entry?.realized ?? []);
    programs.push({
      program,
      status: entry?.status,
      planned,
      realized: realizedBySource.reduce((sum, r) => sum + r.amount, 0),
      realizedBySource,
      indicators: (entry?.indicators ?? []).map((i) => {
        const def = program.indicators.find((d) => d.name === i.name);
        return indicatorResult(i.name, def?.unit, def?.target, i.actual, def?.polarity ?? 'up');
      }),
      obstacles: entry?.obstacles ?? [],
      followUp: entry?.follow_up ?? [],
      evidence: entry?.evidence ?? [],
    });
  }

  const qwById = new Map(model.quickWins.map((q) => [q.id, q]));
  const quickWins: QuickWinProgress[] = [];
  for (const e of data.quick_wins ?? []) {
    const quickWin = qwById.get(e.quick_win);
    if (!quickWin) continue;
    quickWins.push({
      quickWin,
      status: e.status,
      planned: quickWin.budget?.amount ?? 0,
      realized: e.realized?.amount ?? 0,
      indicators: (e.indicators ?? []).map((i) => {
        const def = quickWin.indicators.find((d) => d.name === i.name);
        return indicatorResult(i.name, undefined, def?.target, i.actual, 'up');
      }),
      obstacles: e.obstacles ?? [],
      followUp: e.follow_up ?? [],
      evidence: e.evidence ?? [],
      ...criteriaScoresOf(e.criteria_scores, hundredths),
    });
  }
  // Quick wins in model order (framework order), as everywhere else.
  const qwOrder = new Map(model.quickWins.map((q, i) => [q.id, i]));
  quickWins.sort((a, b) => qwOrder.get(a.quickWin.id)! - qwOrder.get(b.quickWin.id)!);

  const statusCounts = Object.fromEntries([...PROGRESS_STATUSES, 'unreported'].map((s) => [s, 0])) as ProgressYear['statusCounts'];
  for (const p of programs) statusCounts[p.status ?? 'unreported']++;

  return {
    year,
    asOf: data.as_of,
    programs,
    quickWins,
    // Derived once, here: the summary, the report and the sheet read it, never re-add it.
    quickWinTotal: { planned: sum(quickWins.map((q) => q.planned)), realized: sum(quickWins.map((q) => q.realized)) },
    ...realisations(model, programs, year),
    statusCounts,
    unreported: programs.filter((p) => p.status === undefined).map((p) => p.program),
    byAction: realisationByAction(programs.filter((p) => p.planned > 0), isImplemented),
    outputs: outputsOf(data.outputs),
    survey: surveyOf(data.survey, model.framework, hundredths),
    assessment: data.assessment ? computeAssessment(data.assessment) : undefined,
    origin,
  };
}

/** Realised amounts per source, in the manifest's order (a source absent there goes last). */
function bySourceOf(sources: readonly string[], realized: readonly MoneyInput[]): { source: string; amount: number }[] {
  const sums = new Map<string, number>();
  for (const r of realized) sums.set(r.source, (sums.get(r.source) ?? 0) + r.amount);
  const order = [...sources.filter((s) => sums.has(s)), ...[...sums.keys()].filter((s) => !sources.includes(s))];
  return order.map((source) => ({ source, amount: sums.get(source)! }));
}

/**
 * The groupings, over every program with a planned amount in the year whatever its status
 * (INPUT-FORMAT.md): a reported program without a planned amount is listed in `programs` but
 * counts in no ratio. By dimension: every framework dimension, zero rows included; by element:
 * elements with at least one counted program (key `dimension/element`); by source: sources
 * planned or realised, in the manifest's order; by lead agency: in RegionProfile order.
 */
function realisations(model: ModelForProgress, programs: ProgramProgress[], year: number) {
  const counted = programs.filter((p) => p.planned > 0);
  const make = (key: string, label: string): Realisation => ({ key, label, planned: 0, realized: 0, programs: 0, implemented: 0 });
  const add = (r: Realisation, planned: number, realized: number, implemented: boolean) => {
    r.planned += planned;
    r.realized += realized;
    r.programs++;
    if (implemented) r.implemented++;
  };

  const total = make('total', 'Total');
  const dims = new Map(model.framework.map((d) => [d.id, make(d.id, d.name)]));
  const elements = new Map<string, Realisation>();
  for (const d of model.framework) for (const e of d.elements) elements.set(`${d.id}/${e.id}`, make(`${d.id}/${e.id}`, e.name));
  const agencies = new Map<string, Realisation>();
  const sources = new Map<string, Realisation>();
  const source = (s: string) => {
    let r = sources.get(s);
    if (!r) sources.set(s, (r = make(s, s)));
    return r;
  };

  for (const p of counted) {
    const done = isImplemented(p.status);
    add(total, p.planned, p.realized, done);
    const dim = dims.get(p.program.dimensionId) ?? dims.set(p.program.dimensionId, make(p.program.dimensionId, p.program.dimensionId)).get(p.program.dimensionId)!;
    add(dim, p.planned, p.realized, done);
    const ek = `${p.program.dimensionId}/${p.program.elementId}`;
    const el = elements.get(ek) ?? elements.set(ek, make(ek, p.program.elementId)).get(ek)!;
    add(el, p.planned, p.realized, done);
    let agency = agencies.get(p.program.leadId);
    if (!agency) agencies.set(p.program.leadId, (agency = make(p.program.leadId, p.program.leadId)));
    add(agency, p.planned, p.realized, done);
    // A program counts once per source it plans or realises money from.
    const plannedBy = new Map<string, number>();
    for (const line of p.program.budget) if (line.year === year) plannedBy.set(line.source, (plannedBy.get(line.source) ?? 0) + line.amount);
    const realizedBy = new Map(p.realizedBySource.map((r) => [r.source, r.amount]));
    for (const s of new Set([...plannedBy.keys(), ...realizedBy.keys()])) add(source(s), plannedBy.get(s) ?? 0, realizedBy.get(s) ?? 0, done);
  }

  const manifest = model.masterplan.fundingSources;
  const bySource = [...manifest.filter((s) => sources.has(s)), ...[...sources.keys()].filter((s) => !manifest.includes(s))]
    .map((s) => sources.get(s)!);
  const byAgency = [
    ...model.region.agencies.filter((a) => agencies.has(a.id)).map((a) => ({ ...agencies.get(a.id)!, label: a.short ?? a.name })),
    ...[...agencies.values()].filter((r) => !model.region.agencies.some((a) => a.id === r.key)),
  ];
  return {
    total,
    byDimension: [...dims.values()],
    byElement: [...elements.values()].filter((r) => r.programs > 0),
    bySource,
    byAgency,
  };
}

// ---- exact decimals ----

/** A number's exact decimal value as digits × 10^-scale, from its shortest decimal text. */
export function decimalOf(value: number): { digits: bigint; scale: number } {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(String(value));
  if (!m) throw new RangeError(`unexpected number text: ${value}`);
  const frac = m[3] ?? '';
  let digits = BigInt(m[2] + frac);
  let scale = frac.length - Number(m[4] ?? 0);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits: m[1] ? -digits : digits, scale };
}

/** The number scaled to `places` decimals, exactly (validation guarantees no more decimals). */
export function scaled(value: number, places: number): number {
  const { digits, scale } = decimalOf(value);
  if (scale > places) {
    // More decimals than expected: round half-up on the decimal text (never reached after validation).
    const div = 10n ** BigInt(scale - places);
    const q = (2n * digits + (digits < 0n ? -div : div)) / (2n * div);
    return Number(q);
  }
  return Number(digits * 10n ** BigInt(places - scale));
}

/** A score (at most two decimals, validated) in exact hundredths. */
const hundredths = (value: number): number => scaled(value, 2);

/** floor(a / b) for BigInt (BigInt division truncates towards zero). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/**
 * Indicator achievement (capaian) in basis points (hundredths of a percent), floored:
 * actual / target × 100 for `up`; (2 − actual / target) × 100, floored at 0, for `down`;
 * undefined unless both are numbers and the target is not 0.
 */
export function achievementBp(actual: unknown, target: unknown, polarity: Polarity): number | undefined {
  if (typeof actual !== 'number' || typeof target !== 'number' || target === 0) return undefined;
  if (!Number.isFinite(actual) || !Number.isFinite(target)) return undefined;
  const a = decimalOf(actual);
  const t = decimalOf(target);
  const scale = Math.max(a.scale, t.scale);
  const A = a.digits * 10n ** BigInt(scale - a.scale);
  const T = t.digits * 10n ** BigInt(scale - t.scale);
  if (polarity === 'up') return Number(floorDiv(A * 10000n, T));
  // floor(20000 − x) = 20000 − ceil(x) = 20000 + floor(−x)
  const bp = 20000n + floorDiv(-A * 10000n, T);
  return Number(bp < 0n ? 0n : bp);
}

function indicatorResult(
  name: string, unit: string | undefined, target: number | string | undefined, actual: unknown, polarity: Polarity,
): IndicatorResult {
  const shown: number | string = typeof actual === 'number' || typeof actual === 'string' ? actual : '';
  const result: IndicatorResult = { name, actual: shown, polarity };
  if (unit !== undefined) result.unit = unit;
  if (target !== undefined) result.target = target;
  const bp = achievementBp(actual, target, polarity);
  if (bp !== undefined) result.achievementBp = bp;
  return result;
}

/**
 * The weighted index: sum(score × weight) / 100. Scores (1–5, at most two decimals) and weights
 * (default Kominfo's 10/20/30/20/20) are read as exact hundredths; with whole weights the index
 * is exact in ten-thousandths (Jambi 2024: 3.84·10 + 3.18·20 + 3.53·30 + 3.63·20 + 3.35·20 =
 * 347.50 → 3.4750 → "3,48"). With fractional weights it is floored to ten-thousandths, which
 * still displays exactly at two decimals. Components: every scored component, in weight order
 * (a weight without a score contributes nothing).
 */
export function computeAssessment(raw: { scores?: Record<string, number | undefined>; weights?: Record<string, number | undefined>; previous_index?: number }): Assessment | undefined {
  const scores = raw.scores ?? {};
  const weights = (raw.weights ?? DEFAULT_WEIGHTS) as Record<string, number | undefined>;
  const components: Assessment['components'] = [];
  let millionths = 0n;
  for (const [name, weight] of Object.entries(weights)) {
    const score = scores[name];
    if (score === undefined || weight === undefined) continue;
    const scoreHundredths = scaled(score, 2);
    // score (1e-2) × weight (1e-2) = 1e-4 of score·weight = 1e-6 of the index (÷ 100).
    const product = BigInt(scoreHundredths) * BigInt(scaled(weight, 2));
    millionths += product;
    components.push({ name, scoreHundredths, weight, weightedTenThousandths: Number(floorDiv(product, 100n)) });
  }
  if (!components.length && raw.previous_index === undefined) return undefined;
  const assessment: Assessment = { components, indexTenThousandths: Number(floorDiv(millionths, 100n)) };
  if (raw.previous_index !== undefined) {
    assessment.previousIndexHundredths = scaled(raw.previous_index, 2);
    assessment.changeTenThousandths = assessment.indexTenThousandths - assessment.previousIndexHundredths * 100;
  }
  return assessment;
}

// ---- display helpers (half-up only here) ----

/** num / den in basis points, floored (exact for a one-decimal display); undefined when den is 0. */
export function ratioBp(num: number, den: number): number | undefined {
  if (den === 0) return undefined;
  return Number(floorDiv(BigInt(num) * 10000n, BigInt(den)));
}

/** "63,1%" (one decimal, half-up on the exact ratio); "–" when the denominator is 0. */
export function formatPercent(num: number, den: number, dash = '–'): string {
  const bp = ratioBp(num, den);
  return bp === undefined ? dash : formatBasisPoints(bp, 1);
}

/** The budget realisation of a group, "63,1%". */
export function formatRealisation(r: { planned: number; realized: number }): string {
  return formatPercent(r.realized, r.planned);
}

/** Implementation rate of a group (on_track or done / programs with a planned amount) in bp. */
export function implementationBp(r: Realisation): number | undefined {
  return ratioBp(r.implemented, r.programs);
}

/** One decimal of percent, half-up: the exact value of a ratio, as a number (63.1). */
export function percentTenths(num: number, den: number): number | undefined {
  if (den === 0) return undefined;
  // half-up: floor((2·num·1000 + den) / (2·den)) for non-negative values
  const n = BigInt(num) * 2000n + BigInt(den);
  return Number(floorDiv(n, 2n * BigInt(den))) / 10;
}

/** "3,48" from ten-thousandths, half-up. */
export function formatIndex(tenThousandths: number): string {
  return formatDecimal(tenThousandths / 10000, 2);
}

/** "+0,38", "-0,12", "0,00" from ten-thousandths, half-up (away from zero). */
export function formatIndexChange(tenThousandths: number): string {
  const text = formatDecimal(tenThousandths / 10000, 2);
  return text.startsWith('-') || text === '0,00' ? text : `+${text}`;
}

/** An indicator's achievement, "104,5%", or undefined when not computable. */
export function formatAchievement(i: IndicatorResult): string | undefined {
  return i.achievementBp === undefined ? undefined : formatBasisPoints(i.achievementBp, 1);
}

/** The year's figures, or undefined when the year was not reported. */
export function progressFor(model: Pick<Model, 'progress'>, year: number): ProgressYear | undefined {
  return model.progress.find((p) => p.year === year);
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
