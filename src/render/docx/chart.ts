/**
 * A compose Chart as a native Word chart (`ChartRun` from `docx/charts`): the data stays in the document (an
 * embedded workbook per chart), so Word's "Edit Data" and restyling work. Colours come from the series' and
 * categories' palette keys ("dimension:2", "source:0" …), so a dimension has the same colour in every figure.
 *
 * Gantt: `docx` has no Gantt chart and no "no fill" for a series, so a Gantt is a stacked bar chart whose first
 * series (the offset from the first month) is filled with the chart area's white, has no labels, no legend entry,
 * and the value axis has no gridlines (a white bar would hide them).
 */
import { ChartRun, type ChartRunOptions, type ChartFont } from 'docx/charts';
import type { Block, Chart, Figure } from '../../compose/tree.js';
import { largestRemainder } from '../../format/shares.js';

/** 96 dpi pixels per twip (1440 twips = 1 inch = 96 px). */
const TWIPS_PER_PX = 15;

/** Palettes by key family; a key is "<family>:<index>", wrapped around its palette. */
const PALETTES: Record<string, readonly string[]> = {
  // Six Kominfo dimensions first, then extra colours for larger frameworks.
  dimension: ['1F4E79', 'C55A11', '548235', '7030A0', 'BF9000', '2E75B6', 'A5A5A5', '833C0B', '375623', 'C00000'],
  source: ['2F5597', 'ED7D31', '70AD47', 'FFC000', '5B9BD5', '7F6000', '9E480E', '43682B'],
  horizon: ['9DC3E6', '2E75B6', '1F3864'],
  pillar: ['2E75B6', 'C55A11', '548235'],
  series: ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'],
};

const WHITE = 'FFFFFF';

/** The colour of a palette key, or undefined (the theme's next accent) for none. */
export function paletteColor(key: string | undefined): string | undefined {
  if (!key) return undefined;
  const m = /^([a-z]+):(\d+)$/.exec(key);
  if (!m) return undefined;
  const palette = PALETTES[m[1]] ?? PALETTES.series;
  return palette[Number(m[2]) % palette.length];
}

export interface ChartSize { width: number; height: number }

/**
 * Width of the text column, height from the chart type (and the number of bars for bar charts and Gantts), times
 * `scale` (chartRunScales).
 */
export function chartSize(chart: Chart, textWidthTwips: number, maxHeightTwips: number, scale = 1): ChartSize {
  const width = Math.floor(textWidthTwips / TWIPS_PER_PX);
  const maxHeight = Math.floor(maxHeightTwips / TWIPS_PER_PX);
  let height: number;
  switch (chart.type) {
    case 'pie':
    case 'doughnut':
    case 'radar':
      height = Math.round(width * 0.62);
      break;
    case 'bar':
    case 'stackedBar':
    case 'gantt':
      // A row per category plus room for the axis and the legend.
      height = 90 + 30 * chart.categories.length;
      break;
    default:
      height = Math.round(width * 0.5);
  }
  return { width, height: Math.round(Math.max(200, Math.min(height, maxHeight)) * scale) };
}

/** Room a chart's paragraph and its caption take besides the chart (twips): spacing, one caption line, spacing. */
const CAPTION_TWIPS = 700;
/** Charts are drawn no smaller than this share of their height to share a page. */
const MIN_SCALE = 0.75;

/**
 * Charts in a row (no text between them) that are just too tall for one page together are drawn smaller, down to
 * MIN_SCALE of their height, so that they share one: otherwise the last of them took a page of its own and left it
 * half empty, as the budget doughnut did before BAB IV's landscape tables (issue 17). Figure id → scale.
 */
export function chartRunScales(blocks: readonly Block[], widthTwips: number, maxHeightTwips: number, pageTwips: number): Map<string, number> {
  const scales = new Map<string, number>();
  let run: Chart[] = [];
  let ids: string[] = [];
  const close = () => {
    if (run.length > 1) {
      const charts = run.reduce((n, c) => n + chartSize(c, widthTwips, maxHeightTwips).height * TWIPS_PER_PX, 0);
      const scale = (pageTwips - run.length * CAPTION_TWIPS) / charts;
      if (scale >= MIN_SCALE && scale < 1) for (const id of ids) scales.set(id, Math.floor(scale * 100) / 100);
    }
    run = [];
    ids = [];
  };
  for (const b of blocks) {
    if (b.kind === 'figure' && b.chart) {
      run.push(b.chart);
      ids.push(b.id);
    } else close();
  }
  close();
  return scales;
}

/**
 * "#,##0" for whole values and large ones; below 100, as many decimals as the values have, up to two, so a label
 * shows what the text and tables show (a score 2,67 is not labelled 2,7, nor 2,86 and 2,94 both 2,9).
 */
export function numberFormat(chart: Chart): string {
  const decimals = labelDecimals(chart);
  // [$-421]: Indonesian (LCID 0x0421), so LibreOffice writes 1.250,5 whatever the machine's locale; Word uses the
  // reader's system separators either way.
  return decimals === 0 ? '[$-421]#,##0' : `[$-421]#,##0.${'0'.repeat(decimals)}`;
}

/** The decimals of a chart's value labels and axis (numberFormat): 0 from 100 up, else as many as the values have, up to 2. */
export function labelDecimals(chart: Chart): number {
  const all = chart.series.flatMap((s) => s.values);
  const max = Math.max(0, ...all.map(Math.abs));
  return max >= 100 ? 0 : Math.min(2, Math.max(0, ...all.map(decimalsOf)));
}

/** Where a chart's legend stands: a slice's share beside a pie; none where the bars' colours are the categories'. */
export function legendPlace(chart: Chart): 'bottom' | 'right' | 'none' {
  switch (chart.type) {
    case 'pie':
    case 'doughnut':
      return 'right';
    case 'gantt':
      return 'none';
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

/** A Gantt's month or year ticks: every one up to 12, a quarter up to 24, half a year beyond. */
export const ganttInterval = (span: number): number => (span > 24 ? 6 : span > 12 ? 3 : 1);

/** Slices under this share of the whole carry no label (it would overlap its neighbours'); the legend gives theirs. */
export const SMALL_SLICE = 0.03;

/** A series' colour: its palette key's, else the next of the Office theme's accents (what Word gives a series without one). */
export const seriesColor = (key: string | undefined, index: number): string => paletteColor(key) ?? PALETTES.series[index % PALETTES.series.length];

/**
 * A year axis's labels: the year as written ("2023", never "2.023"); the axis's last tick, the end of the last year,
 * is left blank (a conditional format: what is not below `max` shows ""), so the axis names only the plan's years.
 */
export function yearAxisFormat(max: number | undefined): string {
  return max === undefined ? '0' : `[<${max}]0;""`;
}

/** Decimals of a value as written in its shortest form (2.67 → 2; 1.5 → 1; 3 → 0; 1e-7 → 7). */
function decimalsOf(v: number): number {
  const [mantissa, exponent] = String(Math.abs(v)).split('e');
  const fraction = (mantissa.split('.')[1] ?? '').length;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

/** Whole percentages of the total that add up to exactly 100 (largest remainder): three thirds show 34 + 33 + 33. */
export const wholePercentages = (values: number[]): number[] => largestRemainder(values, 100);

/** A label per slice with its whole percentage; none on slices under 3% (it would overlap its neighbours'). */
function sliceLabels(values: number[], percents: number[]): (false | { text: string; font: ChartFont })[] {
  const total = values.reduce((a, b) => a + b, 0);
  return values.map((v, i) => (total > 0 && v / total < SMALL_SLICE ? false : { text: `${percents[i]}%`, font: { size: 9, bold: true, color: WHITE } }));
}

/** The ChartRun options for a figure's chart; exported for tests. */
export function chartOptions(fig: Figure & { chart: Chart }, size: ChartSize, fontName: string): ChartRunOptions {
  const chart = fig.chart;
  const font: Omit<ChartFont, 'size'> = { name: fontName };
  const base = {
    font,
    transformation: size,
    altText: { name: fig.id, description: fig.altText, title: fig.altText },
    legend: legendPlace(chart) === 'bottom' ? { position: 'bottom' as const, font: { size: 9 } } : (false as const),
    chartArea: { fill: WHITE, border: 'none' as const },
  };
  const categories = chart.categories;
  const catColors = chart.categoryColorKeys?.map(paletteColor);
  const fmt = numberFormat(chart);
  const valueAxis = {
    title: chart.valueAxisTitle ? { text: chart.valueAxisTitle, font: { size: 9 } } : undefined,
    numberFormat: fmt,
    font: { size: 9 },
    minimum: chart.valueRange?.min,
    maximum: chart.valueRange?.max,
  };
  const categoryAxis = { font: { size: 9 } };
  const series = chart.series.map((s) => ({ name: s.name, values: s.values, color: paletteColor(s.colorKey) }));

  switch (chart.type) {
    case 'pie':
    case 'doughnut': {
      const one = chart.series[0];
      const percents = wholePercentages(one.values);
      return {
        ...base,
        type: chart.type,
        // The legend gives every slice its share, also the small ones that carry no label.
        categories: categories.map((c, i) => `${c} (${percents[i]}%)`),
        legend: { position: 'right', font: { size: 9 } },
        dataLabels: { percentage: true, font: { size: 9, bold: true, color: WHITE } },
        ...(chart.type === 'doughnut' ? { holeSize: 50 } : {}),
        series: [{ name: one.name, values: one.values, colors: catColors, pointLabels: sliceLabels(one.values, percents) }],
      };
    }
    case 'radar':
      return {
        ...base,
        type: 'radar',
        categories,
        markers: true,
        valueAxis: { ...valueAxis, interval: 1 },
        categoryAxis,
        series,
      };
    case 'gantt': {
      const [offset, ...spans] = chart.series;
      const min = chart.valueRange?.min ?? 0;
      const span = (chart.valueRange?.max ?? min) - min;
      return {
        ...base,
        type: 'bar',
        stacking: 'stacked',
        gapWidth: 60,
        categories,
        // First task on top; the month axis at the bottom, under the last task.
        categoryAxis: { ...categoryAxis, reverseOrder: true },
        valueAxis: {
          ...valueAxis,
          crossesAt: 'maximum',
          gridlines: false,
          // From the range's start: a Gantt of years starts at its first year, the white offset bars clipped below it.
          minimum: min,
          maximum: chart.valueRange?.max,
          interval: ganttInterval(span),
          numberFormat: chart.yearAxis ? yearAxisFormat(chart.valueRange?.max) : '0',
        },
        // The bars take their task's colour (its dimension), so a series legend would mislead (legendPlace).
        series: [
          { name: offset.name, values: offset.values, color: WHITE, dataLabels: false },
          ...spans.map((s) => ({
            name: s.name,
            values: s.values,
            color: paletteColor(s.colorKey),
            colors: catColors,
            dataLabels: { value: true, font: { size: 8, color: WHITE, bold: true } },
          })),
        ],
      };
    }
    case 'line':
      return { ...base, type: 'line', categories, markers: true, valueAxis, categoryAxis, series };
    default: {
      const bar = chart.type === 'bar' || chart.type === 'stackedBar';
      const stacked = chart.type === 'stackedBar' || chart.type === 'stackedColumn';
      const single = chart.series.length === 1;
      return {
        ...base,
        type: bar ? 'bar' : 'column',
        stacking: stacked ? 'stacked' : 'none',
        categories,
        gapWidth: stacked ? 60 : 80,
        valueAxis,
        categoryAxis: bar ? { ...categoryAxis, reverseOrder: true } : categoryAxis,
        // One series: the categories are its legend (legendPlace); its bars take the categories' colours.
        // A stacked chart takes no label outside its bars (docx refuses it: the chart would be dropped).
        dataLabels: single ? { value: true, position: stacked ? 'insideEnd' : 'outsideEnd', numberFormat: fmt, font: { size: 8 } } : undefined,
        series: single ? [{ ...series[0], colors: catColors }] : series,
      };
    }
  }
}

/** The figure's chart as a run, sized to the text column. */
export function chartRun(fig: Figure & { chart: Chart }, textWidthTwips: number, maxHeightTwips: number, fontName: string, scale = 1): ChartRun {
  return new ChartRun(chartOptions(fig, chartSize(fig.chart, textWidthTwips, maxHeightTwips, scale), fontName));
}
