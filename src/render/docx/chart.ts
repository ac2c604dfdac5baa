/**
 * A compose Chart as a native Word chart (`ChartRun` from `docx/charts`): the data stays in the document (an
 * embedded workbook per chart), so Word's "Edit Data" and restyling work. Its look is decided in chart-style.ts, which
 * the picture of it in LibreOffice's layout and the PDF (chart-svg.ts) follows too.
 *
 * Gantt: `docx` has no Gantt chart and no "no fill" for a series, so a Gantt is a stacked bar chart whose first
 * series (the offset from the first month) is filled with the chart area's white, has no labels, no legend entry,
 * and the value axis has no gridlines (a white bar would hide them).
 */
import { ChartRun, type ChartRunOptions, type ChartFont } from 'docx/charts';
import type { Block, Chart, Figure } from '../../compose/tree.js';
import {
  ganttAxis, gapWidth, HOLE_PERCENT, overlapPercent, labelDecimals, legendPlace, paletteColor, RADAR_INTERVAL, sliceLegendLabel, SMALL_SLICE, TEXT_PT,
  TWIPS_PER_PX, VALUE_LABEL_PT, valueLabelPlace, WHITE, wholePercentages, yearAxisFormat,
} from './chart-style.js';

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

/** A label per slice with its whole percentage; none on slices under 3% (it would overlap its neighbours'). */
function sliceLabels(values: number[], percents: number[]): (false | { text: string; font: ChartFont })[] {
  const total = values.reduce((a, b) => a + b, 0);
  return values.map((v, i) => (total > 0 && v / total < SMALL_SLICE ? false : { text: `${percents[i]}%`, font: { size: TEXT_PT, bold: true, color: WHITE } }));
}

/**
 * A Gantt's length series as Word draws them: one per `colorLegend` entry, holding its tasks' lengths (the others
 * empty), so the legend can name each colour; else as given, each bar in its task's colour.
 */
function ganttSpans(chart: Chart, spans: Chart['series']): { name: string; values: (number | null)[]; color?: string; colors?: (string | undefined)[] }[] {
  const keys = chart.categoryColorKeys ?? [];
  const legend = chart.colorLegend ?? [];
  const covered = spans.length === 1 && legend.length > 0 && chart.categories.every((_, i) => legend.some((e) => e.colorKey === keys[i]));
  if (!covered) return spans.map((s) => ({ name: s.name, values: s.values, color: paletteColor(s.colorKey), colors: chart.categoryColorKeys?.map(paletteColor) }));
  return legend.map((e) => ({ name: e.name, values: spans[0].values.map((v, i) => (keys[i] === e.colorKey ? v : null)), color: paletteColor(e.colorKey) }));
}

/** The ChartRun options for a figure's chart; exported for tests. */
export function chartOptions(fig: Figure & { chart: Chart }, size: ChartSize, fontName: string): ChartRunOptions {
  const chart = fig.chart;
  const font: Omit<ChartFont, 'size'> = { name: fontName };
  const base = {
    font,
    transformation: size,
    altText: { name: fig.id, description: fig.altText, title: fig.altText },
    legend: legendPlace(chart) === 'bottom' ? { position: 'bottom' as const, font: { size: TEXT_PT } } : (false as const),
    chartArea: { fill: WHITE, border: 'none' as const },
  };
  const categories = chart.categories;
  const catColors = chart.categoryColorKeys?.map(paletteColor);
  const fmt = numberFormat(chart);
  const valueAxis = {
    title: chart.valueAxisTitle ? { text: chart.valueAxisTitle, font: { size: TEXT_PT } } : undefined,
    numberFormat: fmt,
    font: { size: TEXT_PT },
    minimum: chart.valueRange?.min,
    maximum: chart.valueRange?.max,
  };
  const categoryAxis = { font: { size: TEXT_PT } };
  const series = chart.series.map((s) => ({ name: s.name, values: s.values, color: paletteColor(s.colorKey) }));

  switch (chart.type) {
    case 'pie':
    case 'doughnut': {
      const one = chart.series[0];
      const percents = wholePercentages(one.values);
      return {
        ...base,
        type: chart.type,
        categories: categories.map((c, i) => sliceLegendLabel(c, percents[i])),
        legend: { position: 'right', font: { size: TEXT_PT } },
        dataLabels: { percentage: true, font: { size: TEXT_PT, bold: true, color: WHITE } },
        ...(chart.type === 'doughnut' ? { holeSize: HOLE_PERCENT } : {}),
        series: [{ name: one.name, values: one.values, colors: catColors, pointLabels: sliceLabels(one.values, percents) }],
      };
    }
    case 'radar':
      return {
        ...base,
        type: 'radar',
        categories,
        markers: true,
        valueAxis: { ...valueAxis, interval: RADAR_INTERVAL },
        categoryAxis,
        series,
      };
    case 'gantt': {
      const [offset, ...spans] = chart.series;
      const axis = ganttAxis(chart);
      return {
        ...base,
        type: 'bar',
        stacking: 'stacked',
        gapWidth: gapWidth(chart),
        categories,
        // First task on top; the month axis at the bottom, under the last task.
        categoryAxis: { ...categoryAxis, reverseOrder: true },
        valueAxis: {
          ...valueAxis,
          crossesAt: 'maximum',
          gridlines: false,
          minimum: axis.min,
          maximum: axis.max,
          interval: axis.interval,
          numberFormat: chart.yearAxis ? yearAxisFormat(axis.max) : '0',
        },
        // The bars take their task's colour (its dimension): a legend names the colours when the chart says what they
        // stand for, with a series per colour (ganttSpans). The offsets' entry is a white key named by a zero-width space
        // (an empty name shows "Series1"; a space makes its workbook cell xml:space): a deleted legend entry
        // (c:legendEntry) would be cleaner, but LibreOffice 7.4 deletes the last entry of a bar chart instead.
        series: [
          { name: base.legend ? '\u200B' : offset.name, values: offset.values, color: WHITE, dataLabels: false },
          ...ganttSpans(chart, spans).map((s) => ({ ...s, dataLabels: { value: true, font: { size: VALUE_LABEL_PT, color: WHITE, bold: true } } })),
        ],
      };
    }
    case 'line':
      return { ...base, type: 'line', categories, markers: true, valueAxis, categoryAxis, series };
    default: {
      const bar = chart.type === 'bar' || chart.type === 'stackedBar';
      const place = valueLabelPlace(chart);
      return {
        ...base,
        type: bar ? 'bar' : 'column',
        stacking: chart.type === 'stackedBar' || chart.type === 'stackedColumn' ? 'stacked' : 'none',
        categories,
        gapWidth: gapWidth(chart),
        overlap: overlapPercent(chart),
        valueAxis,
        categoryAxis: bar ? { ...categoryAxis, reverseOrder: true } : categoryAxis,
        // One series: the categories are its legend (legendPlace); its bars take the categories' colours.
        dataLabels: place === 'none' ? undefined : { value: true, position: place, numberFormat: fmt, font: { size: VALUE_LABEL_PT } },
        series: chart.series.length === 1 ? [{ ...series[0], colors: catColors }] : series,
      };
    }
  }
}

/** The figure's chart as a run, sized to the text column. */
export function chartRun(fig: Figure & { chart: Chart }, textWidthTwips: number, maxHeightTwips: number, fontName: string, scale = 1): ChartRun {
  return new ChartRun(chartOptions(fig, chartSize(fig.chart, textWidthTwips, maxHeightTwips, scale), fontName));
}
