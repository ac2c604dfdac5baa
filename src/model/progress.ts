/**
 * Monitoring and evaluation: Progress documents → one ProgressYear per reported year, with
 * exactly the arithmetic of INPUT-FORMAT.md ("What the monitoring report computes"). Money is
 * whole Rupiah (safe integers, validated); scores, weights and indicator values are turned into
 * scaled integers from their decimal text, never multiplied as binary floating point.
 * Percentages and the index are stored as integers *truncated* (floored) one digit below what
 * is displayed, so that a half-up display (`63,1%`, `3,48`) from them equals the exact value
 * rounded half-up: floor((floor(x) + 5) / 10) = floor((x + 5) / 10).
 *
 * Public API for the outputs (summary, workbook, DOCX report; the arithmetic and formats are in progress-math.ts):
 * - `model.progress`: ProgressYear[] in year order (empty without Progress documents);
 * - `progressFor(model, year)`;
 * - `ratioBp`, `formatPercent`, `implementationBp`, `formatIndex`, `formatIndexChange`,
 *   `formatAchievement`, `PROGRESS_STATUS_NAMES`, `statusName`.
 */
import { locate } from '../load/locate.js';
import type { LoadedDocument } from '../load/types.js';
import { criteriaScoresOf, outputsOf, realisationByAction, surveyOf } from './evaluation.js';
import type {
  IndicatorResult, Model, Origin, Polarity, Program, ProgramProgress, ProgressStatus, ProgressYear,
  QuickWinProgress, Realisation,
} from './types.js';
import { PROGRESS_STATUSES } from './types.js';
import type { MoneyInput, ProgramProgressInput, ProgressDoc } from './input-types.js';
import { achievementBp, computeAssessment, hundredths, ratioBp } from './progress-math.js';

export * from './progress-math.js';


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

export function progressFor(model: Pick<Model, 'progress'>, year: number): ProgressYear | undefined {
  return model.progress.find((p) => p.year === year);
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
