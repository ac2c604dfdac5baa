/**
 * The book's default figures, Model → Figure, each a chart block the writers draw natively. Figures aggregate
 * (per dimension, year, source, horizon, pillar, quick win), so their cost does not grow with the number of
 * programs beyond one pass. A figure whose data is empty (no budget, no scores, no quick wins) is undefined, so
 * it and the sentence citing it are left out, never drawn blank. Numbers come from model.totals; money is divided
 * by the scale `moneyScale` picks from the largest value, and the unit is in the axis title.
 */
import { formatDecimal, formatMonth, formatNumber, moneyScale } from '../../format/indonesian.js';
import type { Horizon, Model } from '../../model/types.js';
import { HORIZONS, PILLARS } from '../../model/types.js';
import { HORIZON_NAMES, PILLAR_NAMES } from '../labels.js';
import type { Chart, Figure } from '../tree.js';
import { budgetByActionFigure } from './action-plan.js';
import { riskMatrixFigure } from './risk-matrix.js';

export type FigureBuilder = (model: Model) => Figure | undefined;

/** Longest line of a category label on an axis; a longer name takes two lines, and is shortened only beyond. */
const AXIS_LABEL_MAX = 28;

/**
 * A category label for an axis: as it is when short, else on two lines broken at a space (issue 17: a cut
 * "Peta Titik Panas Gambut…" lost the words that tell programs apart); only a name longer than two lines is
 * shortened, at a word boundary, with an ellipsis. The alt text keeps every name whole.
 */
export function shortLabel(text: string, max = AXIS_LABEL_MAX): string {
  if (text.length <= max) return text;
  const words = text.split(' ');
  let first = '';
  while (words.length > 0 && (first === '' ? words[0] : `${first} ${words[0]}`).length <= max) first = first === '' ? words.shift()! : `${first} ${words.shift()}`;
  if (first === '') return cut(text, max);
  const rest = words.join(' ');
  return `${first}\n${rest.length <= max ? rest : cut(rest, max)}`;
}

/** Up to max - 1 characters and the ellipsis; at the last word boundary when there is one in the second half. */
function cut(text: string, max: number): string {
  const part = text.slice(0, max);
  const space = part.lastIndexOf(' ');
  return `${(space > max / 2 ? part.slice(0, space) : part.slice(0, max - 1)).replace(/[\s,;:–-]+$/, '')}…`;
}

const dimensionKey = (model: Model, id: string): string => `dimension:${model.framework.find((d) => d.id === id)?.index ?? 0}`;

/** A legend of the dimensions the tasks belong to, in the framework's order: what a Gantt's colours stand for. */
const dimensionLegend = (model: Model, ids: readonly string[]): { name: string; colorKey: string }[] =>
  model.framework.filter((d) => ids.includes(d.id)).map((d) => ({ name: d.name, colorKey: dimensionKey(model, d.id) }));

function figure(id: string, caption: string, altText: string, chart: Chart): Figure {
  return { kind: 'figure', id, number: '', caption: [{ kind: 'text', text: caption }], altText, chart };
}

/** "12,5" for a scaled amount (at most 2 decimals), Indonesian separators. */
const scaled = (value: number): string => formatNumber(Math.round(value * 100) / 100);

/** Scales amounts; keeps the exact quotient so the bars sum to the model's total. */
function money(values: number[]): { divisor: number; unit: string; scale: (v: number) => number } {
  const { divisor, unit } = moneyScale(Math.max(0, ...values));
  return { divisor, unit, scale: (v) => v / divisor };
}

const unitWord = (unit: string) => unit.replace(/ Rupiah$/, '').toLocaleLowerCase('id-ID');

// ---- BAB VI: budget ----

export const budgetByDimensionFigure: FigureBuilder = (model) => {
  const rows = model.totals.byDimension;
  if (model.totals.programs <= 0 || rows.length === 0) return undefined;
  const m = money(rows.map((r) => r.total));
  const values = rows.map((r) => m.scale(r.total));
  const parts = rows.map((r, i) => `${r.label} ${scaled(values[i])}`).join(', ');
  return figure(
    'fig-anggaran-dimensi',
    'Anggaran Program per Dimensi',
    `Grafik kolom anggaran program per dimensi dalam ${unitWord(m.unit)} rupiah: ${parts}; total ${scaled(m.scale(model.totals.programs))} ${unitWord(m.unit)} rupiah.`,
    {
      type: 'column',
      categories: rows.map((r) => shortLabel(r.label)),
      series: [{ name: `Anggaran (${m.unit})`, values }],
      categoryColorKeys: rows.map((r) => dimensionKey(model, r.key)),
      valueAxisTitle: m.unit,
      scale: m.divisor,
    },
  );
};

export const budgetByYearFigure: FigureBuilder = (model) => {
  const years = model.masterplan.years;
  const rows = model.totals.byDimension.filter((r) => r.total > 0);
  if (rows.length === 0 || years.length === 0) return undefined;
  const m = money(model.totals.byYear);
  const peak = model.totals.byYear.reduce((best, v, i) => (v > model.totals.byYear[best] ? i : best), 0);
  return figure(
    'fig-anggaran-tahun',
    'Anggaran Program per Tahun menurut Dimensi',
    `Grafik kolom bertumpuk anggaran program per tahun ${years[0]}–${years[years.length - 1]} menurut dimensi, dalam ${unitWord(m.unit)} rupiah: ` +
      `${years.map((y, i) => `${y} ${scaled(m.scale(model.totals.byYear[i]))}`).join(', ')}; tertinggi pada ${years[peak]}.`,
    {
      type: 'stackedColumn',
      categories: years.map(String),
      series: rows.map((r) => ({ name: r.label, values: r.byYear.map(m.scale), colorKey: dimensionKey(model, r.key) })),
      valueAxisTitle: m.unit,
      scale: m.divisor,
    },
  );
};

export const fundingSourceFigure: FigureBuilder = (model) => {
  const all = model.totals.bySource.map((r, i) => ({ ...r, index: i })).filter((r) => r.total > 0);
  const total = all.reduce((s, r) => s + r.total, 0);
  if (total <= 0) return undefined;
  const m = money(all.map((r) => r.total));
  const pct = (v: number) => `${formatDecimal((v * 100) / total, 1)}%`;
  return figure(
    'fig-sumber-dana',
    'Proporsi Anggaran Program menurut Sumber Pendanaan',
    `Grafik donat proporsi anggaran program menurut sumber pendanaan: ${all.map((r) => `${r.label} ${pct(r.total)}`).join(', ')}.`,
    {
      type: 'doughnut',
      categories: all.map((r) => shortLabel(r.label)),
      series: [{ name: `Anggaran (${m.unit})`, values: all.map((r) => m.scale(r.total)) }],
      categoryColorKeys: all.map((r) => `source:${r.index}`),
      valueAxisTitle: m.unit,
      scale: m.divisor,
    },
  );
};

// ---- BAB V: programs ----

export const programsByHorizonFigure: FigureBuilder = (model) => {
  if (model.totals.programCount === 0) return undefined;
  const count = (programs: { horizon: Horizon }[], h: Horizon) => programs.filter((p) => p.horizon === h).length;
  const dims = model.dimensions.filter((d) => d.programs.length > 0);
  return figure(
    'fig-program-jangka',
    'Jumlah Program per Jangka Waktu dan Dimensi',
    `Grafik kolom bertumpuk jumlah program per jangka waktu menurut dimensi: ` +
      `${model.totals.byHorizon.map((h) => `${HORIZON_NAMES[h.horizon].toLocaleLowerCase('id-ID')} ${formatNumber(h.programs)} program`).join(', ')}.`,
    {
      type: 'stackedColumn',
      categories: HORIZONS.map((h) => HORIZON_NAMES[h]),
      series: dims.map((d) => ({ name: d.dimension.name, values: HORIZONS.map((h) => count(d.programs, h)), colorKey: `dimension:${d.dimension.index}` })),
      valueAxisTitle: 'Jumlah Program',
    },
  );
};

// ---- BAB III: readiness and gaps ----

export const readinessFigure: FigureBuilder = (model) => {
  const rows = (model.gapAnalysis?.readiness ?? [])
    .map((r) => {
      const scores = r.items.map((i) => i.score).filter((s): s is number => typeof s === 'number');
      return { pillar: r.pillar, n: scores.length, mean: scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length) };
    })
    .filter((r) => r.n > 0);
  if (rows.length === 0) return undefined;
  const values = rows.map((r) => Math.round(r.mean * 100) / 100);
  return figure(
    'fig-kesiapan',
    'Skor Rata-rata Kesiapan Daerah per Pilar',
    `Grafik kolom skor rata-rata kesiapan daerah (skala 1–5) per pilar: ${rows.map((r, i) => `${PILLAR_NAMES[r.pillar]} ${formatDecimal(values[i], 1)}`).join(', ')}.`,
    {
      type: 'column',
      categories: rows.map((r) => PILLAR_NAMES[r.pillar]),
      series: [{ name: 'Skor rata-rata', values }],
      categoryColorKeys: rows.map((r) => `pillar:${PILLARS.indexOf(r.pillar)}`),
      valueAxisTitle: 'Skor (1–5)',
      valueRange: { min: 0, max: 5 },
    },
  );
};

export const gapsByPillarFigure: FigureBuilder = (model) => {
  const gaps = model.gapAnalysis?.gaps ?? [];
  if (gaps.length === 0) return undefined;
  const rows = PILLARS.map((p) => ({ pillar: p, n: gaps.filter((g) => g.pillar === p).length }));
  return figure(
    'fig-kesenjangan',
    'Jumlah Kesenjangan per Pilar',
    `Grafik kolom jumlah kesenjangan per pilar: ${rows.map((r) => `${PILLAR_NAMES[r.pillar]} ${r.n}`).join(', ')}; seluruhnya ${gaps.length} kesenjangan.`,
    {
      type: 'column',
      categories: rows.map((r) => PILLAR_NAMES[r.pillar]),
      series: [{ name: 'Jumlah kesenjangan', values: rows.map((r) => r.n) }],
      categoryColorKeys: rows.map((r) => `pillar:${PILLARS.indexOf(r.pillar)}`),
      valueAxisTitle: 'Jumlah Kesenjangan',
    },
  );
};

// ---- BAB VII: quick wins ----

const monthIndex = (ym: string): number => {
  const [y, m] = ym.split('-').map(Number);
  return y * 12 + (m - 1);
};

/** More bars than this do not fit a page legibly; the Gantt then shows the earliest-starting ones. */
export const MAX_GANTT_TASKS = 40;

export const quickWinScheduleFigure: FigureBuilder = (model) => {
  if (model.quickWins.length === 0) return undefined;
  const all = model.quickWins;
  const qs = all.length <= MAX_GANTT_TASKS
    ? all
    : all.map((q, i) => ({ q, i })).sort((a, b) => monthIndex(a.q.schedule.start) - monthIndex(b.q.schedule.start) || a.i - b.i).slice(0, MAX_GANTT_TASKS).map((x) => x.q);
  const partial = qs.length < all.length;
  const first = qs.reduce((min, q) => (monthIndex(q.schedule.start) < monthIndex(min) ? q.schedule.start : min), qs[0].schedule.start);
  const origin = monthIndex(first);
  const offsets = qs.map((q) => monthIndex(q.schedule.start) - origin);
  const lengths = qs.map((q) => q.months);
  const end = Math.max(...offsets.map((o, i) => o + lengths[i]));
  const last = qs.reduce((max, q) => (monthIndex(q.schedule.end) > monthIndex(max) ? q.schedule.end : max), qs[0].schedule.end);
  return figure(
    'fig-jadwal-quick-win',
    partial ? `Jadwal Pelaksanaan ${qs.length} Quick Win yang Paling Awal Dimulai (dari ${all.length})` : 'Jadwal Pelaksanaan Quick Win',
    `Diagram Gantt jadwal ${qs.length} quick win dari ${formatMonth(first)} sampai ${formatMonth(last)}: ` +
      `${qs.map((q) => `${q.acronym ?? q.name} ${formatMonth(q.schedule.start)}–${formatMonth(q.schedule.end)}`).join(', ')}.`,
    {
      type: 'gantt',
      categories: qs.map((q) => shortLabel(q.acronym ? `${q.acronym}` : q.name)),
      series: [
        { name: 'Mulai (bulan ke-)', values: offsets },
        { name: 'Lama pelaksanaan (bulan)', values: lengths },
      ],
      categoryColorKeys: qs.map((q) => dimensionKey(model, q.dimensionId)),
      colorLegend: dimensionLegend(model, qs.map((q) => q.dimensionId)),
      valueAxisTitle: `Bulan sejak ${formatMonth(first)}`,
      valueRange: { min: 0, max: end },
    },
  );
};

// ---- BAB VI: sequence ----

/**
 * Gantt of the programs in a sequence (with dependencies, depended on, or with milestones), one bar
 * per program from its first to its last year, in the order the sequence table lists them.
 */
export const programSequenceFigure: FigureBuilder = (model) => {
  const needed = new Set(model.programs.flatMap((p) => p.dependsOn));
  const ps = model.programs.filter((p) => p.dependsOn.length > 0 || p.milestones.length > 0 || needed.has(p.id)).slice(0, MAX_GANTT_TASKS);
  if (ps.length === 0) return undefined;
  const start = model.masterplan.period.start;
  // Bars start at their first calendar year, so the axis reads years, not "years since" (issue 17).
  const offsets = ps.map((p) => p.years[0]);
  const lengths = ps.map((p) => p.years[p.years.length - 1] - p.years[0] + 1);
  return figure(
    'fig-urutan-program',
    'Urutan Pelaksanaan Program',
    `Diagram Gantt urutan ${ps.length} program dari ${start} sampai ${model.masterplan.period.end}: ` +
      `${ps.map((p) => `${p.name} ${p.years[0]}–${p.years[p.years.length - 1]}${p.dependsOn.length ? ` sesudah ${p.dependsOn.join(', ')}` : ''}`).join('; ')}.`,
    {
      type: 'gantt',
      categories: ps.map((p) => shortLabel(p.name)),
      series: [
        { name: 'Tahun mulai', values: offsets },
        { name: 'Lama pelaksanaan (tahun)', values: lengths },
      ],
      categoryColorKeys: ps.map((p) => dimensionKey(model, p.dimensionId)),
      colorLegend: dimensionLegend(model, ps.map((p) => p.dimensionId)),
      valueAxisTitle: 'Tahun',
      valueRange: { min: start, max: model.masterplan.period.end + 1 },
      yearAxis: true,
    },
  );
};

/** Every figure by catalogue key (for the outline: drop one, or add one to another chapter). */
export const FIGURES: Record<string, FigureBuilder> = {
  'anggaran-dimensi': budgetByDimensionFigure,
  'anggaran-tahun': budgetByYearFigure,
  'sumber-dana': fundingSourceFigure,
  'program-jangka': programsByHorizonFigure,
  kesiapan: readinessFigure,
  kesenjangan: gapsByPillarFigure,
  'jadwal-quick-win': quickWinScheduleFigure,
  'anggaran-rencana-aksi': budgetByActionFigure,
  'matriks-risiko': riskMatrixFigure,
  'urutan-program': programSequenceFigure,
};
