/**
 * What a chart looks like, decided once for both of its forms: the native Word chart of the DOCX (chart.ts) and the
 * picture of it that LibreOffice lays out and prints in the PDF (chart-svg.ts). Colours come from the series' and
 * categories' palette keys ("dimension:2", "source:0" …), so a dimension has the same colour in every figure.
 */
import type { Chart } from '../../compose/tree.js';
import { largestRemainder } from '../../format/shares.js';

/** 96 dpi pixels per twip (1440 twips = 1 inch = 96 px). */
export const TWIPS_PER_PX = 15;

/** Palettes by key family; a key is "<family>:<index>", wrapped around its palette. */
const PALETTES: Record<string, readonly string[]> = {
  // Six Kominfo dimensions first, then extra colours for larger frameworks.
  dimension: ['1F4E79', 'C55A11', '548235', '7030A0', 'BF9000', '2E75B6', 'A5A5A5', '833C0B', '375623', 'C00000'],
  source: ['2F5597', 'ED7D31', '70AD47', 'FFC000', '5B9BD5', '7F6000', '9E480E', '43682B'],
  horizon: ['9DC3E6', '2E75B6', '1F3864'],
  pillar: ['2E75B6', 'C55A11', '548235'],
  series: ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'],
};

export const WHITE = 'FFFFFF';

/** Axis, legend and slice-label text (pt); value labels on bars (pt). */
export const TEXT_PT = 9;
export const VALUE_LABEL_PT = 8;
/** A doughnut's hole, % of its diameter. */
export const HOLE_PERCENT = 50;
/** A radar's rings: one per score. */
export const RADAR_INTERVAL = 1;
/** Slices under this share of the whole carry no label (it would overlap its neighbours'); the legend gives theirs. */
export const SMALL_SLICE = 0.03;

/** The colour of a palette key, or undefined (the theme's next accent) for none. */
export function paletteColor(key: string | undefined): string | undefined {
  if (!key) return undefined;
  const m = /^([a-z]+):(\d+)$/.exec(key);
  if (!m) return undefined;
  const palette = PALETTES[m[1]] ?? PALETTES.series;
  return palette[Number(m[2]) % palette.length];
}

/**
 * A series' (or an uncoloured slice's) colour: its palette key's, else the Office theme's accents in turn, which is
 * what Word gives the first six; from the seventh Word shades the accents, where the picture repeats them.
 */
export const seriesColor = (key: string | undefined, index: number): string => paletteColor(key) ?? PALETTES.series[index % PALETTES.series.length];

/** A pie's or a one-series bar chart's or a Gantt's bars take their category's colour; other charts their series'. */
export const coloursByCategory = (chart: Chart): boolean => chart.series.length === 1 || chart.type === 'gantt';

export const isStacked = (chart: Chart): boolean => chart.type === 'stackedColumn' || chart.type === 'stackedBar' || chart.type === 'gantt';

/** Gap between groups of bars, % of a bar's width: stacks stand closer. */
export const gapWidth = (chart: Chart): number => (isStacked(chart) ? 60 : 80);

/**
 * How much a group's bars overlap, % of a bar's width: side by side, columns stand a little apart (Office's -27),
 * horizontal bars touch (0); a stack's bars are one.
 */
export const overlapPercent = (chart: Chart): number => (isStacked(chart) ? 100 : chart.type === 'bar' ? 0 : -27);

/**
 * A one-series bar or column chart labels each bar with its value: above or beyond it, or inside its end when stacked
 * (docx refuses a stacked chart's label outside its bars: the chart would be dropped). Others carry none.
 */
export function valueLabelPlace(chart: Chart): 'outsideEnd' | 'insideEnd' | 'none' {
  if (chart.series.length !== 1 || !['column', 'bar', 'stackedColumn', 'stackedBar'].includes(chart.type)) return 'none';
  return isStacked(chart) ? 'insideEnd' : 'outsideEnd';
}

/**
 * Where a chart's legend stands: a slice's share beside a pie; none where the bars' colours are the categories'
 * (a Gantt's, unless it says what they stand for: `colorLegend`).
 */
export function legendPlace(chart: Chart): 'bottom' | 'right' | 'none' {
  switch (chart.type) {
    case 'pie':
    case 'doughnut':
      return 'right';
    case 'gantt':
      return chart.colorLegend?.length ? 'bottom' : 'none';
    case 'radar':
    case 'column':
    case 'bar':
    case 'stackedColumn':
    case 'stackedBar':
      return chart.series.length > 1 ? 'bottom' : 'none';
    default:
      return 'bottom';
  }
}

/** The legend's entries, in order: what the colours stand for (`colorLegend`), else the series. */
export function legendEntries(chart: Chart): { name: string; color: string }[] {
  if (chart.type === 'gantt') return (chart.colorLegend ?? []).map((e, i) => ({ name: e.name, color: seriesColor(e.colorKey, i) }));
  return chart.series.map((s, i) => ({ name: s.name, color: seriesColor(s.colorKey, i) }));
}

/** Whole percentages of the total that add up to exactly 100 (largest remainder): three thirds show 34 + 33 + 33. */
export const wholePercentages = (values: number[]): number[] => largestRemainder(values, 100);

/** A slice's legend entry: its name and whole share, also for the small slices that carry no label. */
export const sliceLegendLabel = (category: string, percent: number): string => `${category} (${percent}%)`;

/**
 * The decimals of a chart's value labels and axis: 0 when its largest bar (a stack's total) reaches 100, else as many
 * as the values have, up to 2 (an axis of stacks up to 400 reads 100, not 100,00).
 */
export function labelDecimals(chart: Chart): number {
  const all = chart.series.flatMap((s) => s.values);
  const totals = isStacked(chart) && chart.type !== 'gantt' ? chart.categories.map((_, i) => chart.series.reduce((n, s) => n + Math.abs(s.values[i] ?? 0), 0)) : [];
  const max = Math.max(0, ...all.map(Math.abs), ...totals);
  return max >= 100 ? 0 : Math.min(2, Math.max(0, ...all.map(decimalsOf)));
}

/** Decimals of a value as written in its shortest form (2.67 → 2; 1.5 → 1; 3 → 0; 1e-7 → 7). */
function decimalsOf(v: number): number {
  const [mantissa, exponent] = String(Math.abs(v)).split('e');
  const fraction = (mantissa.split('.')[1] ?? '').length;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

/**
 * A Gantt's time axis: from the range's start (a Gantt of years starts at its first year, the offsets before it
 * clipped) to its end, else to the end of the last task; a tick every month or year up to 12, a quarter up to 24,
 * half a year beyond. `max` is undefined when the range gives none (Word then picks its own end).
 */
export function ganttAxis(chart: Chart): { min: number; max?: number; end: number; interval: number } {
  const min = chart.valueRange?.min ?? 0;
  const [offset, ...spans] = chart.series;
  const ends = (offset?.values ?? []).map((start, i) => start + spans.reduce((n, s) => n + (s.values[i] ?? 0), 0));
  const end = chart.valueRange?.max ?? Math.max(min + 1, ...ends);
  const span = end - min;
  return { min, max: chart.valueRange?.max, end, interval: span > 24 ? 6 : span > 12 ? 3 : 1 };
}

/**
 * A year axis names the years as written ("2023", never "2.023") and leaves its last tick, the end of the last year,
 * blank, so it names only the plan's years. As an Excel number format (a conditional one: what is not below `max`
 * shows "") for the native chart, and as the label of tick `t` for the picture.
 */
export function yearAxisFormat(max: number | undefined): string {
  return max === undefined ? '0' : `[<${max}]0;""`;
}
export const yearTickLabel = (t: number, max: number | undefined): string => (max !== undefined && t >= max ? '' : String(Math.round(t)));
