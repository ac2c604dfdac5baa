/**
 * A compose Chart drawn as an SVG picture of the size its native chart takes (chart.ts), with the same colours,
 * labels, legend and axis format. It is what LibreOffice lays out for page numbers and prints in `--pdf`: LibreOffice
 * spends about 100 ms importing each native chart (issue 22) and next to nothing on a picture, so the layout that
 * measures the pages is also the PDF, and `--pdf` costs no layout of its own. The DOCX keeps its native charts.
 *
 * Bars, columns, lines and Gantts here; pies, doughnuts and radars in chart-svg-round.ts.
 */
import type { Chart } from '../../compose/tree.js';
import { ganttInterval, labelDecimals, paletteColor, seriesColor, type ChartSize } from './chart.js';
import { AXIS, bottomLegend, FONT_PX, GRID, INK, label, line, LINE_PX, PAD, rect, SMALL_PX, text, textPx, valueAxis, wrap, type Axis } from './chart-svg-kit.js';
import { pieSvg, radarSvg } from './chart-svg-round.js';

/** The chart as a standalone SVG document of `size` px. */
export function chartSvg(chart: Chart, size: ChartSize, font: string): string {
  const body = chart.type === 'pie' || chart.type === 'doughnut' ? pieSvg(chart, size, font)
    : chart.type === 'radar' ? radarSvg(chart, size, font)
      : chart.type === 'column' || chart.type === 'stackedColumn' || chart.type === 'line' ? columnSvg(chart, size, font)
        : barSvg(chart, size, font);
  const { width: w, height: h } = size;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}" fill="#FFFFFF"/>${body}</svg>`;
}

/** A bar's colour: its category's in a one-series chart or a Gantt, else its series'. */
function barColor(chart: Chart, series: number, category: number): string {
  const byCategory = chart.series.length === 1 || chart.type === 'gantt';
  return (byCategory ? paletteColor(chart.categoryColorKeys?.[category]) : undefined) ?? seriesColor(chart.series[series].colorKey, series);
}

const isStacked = (chart: Chart): boolean => chart.type === 'stackedColumn' || chart.type === 'stackedBar' || chart.type === 'gantt';

/** The value axis of a bar or column chart: over the stacks' totals when stacked, from 0. */
function barAxis(chart: Chart): Axis {
  const n = chart.categories.length;
  const values = isStacked(chart)
    ? Array.from({ length: n }, (_, i) => chart.series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0))
    : chart.series.flatMap((s) => s.values);
  const lows = chart.series.flatMap((s) => s.values).filter((v) => v < 0);
  return valueAxis(Math.min(0, ...lows), Math.max(0, ...values), chart.valueRange ?? {});
}

/** Each bar of a category: its series, start and end value (stacked: one on another; else side by side). */
function bars(chart: Chart, category: number): { series: number; from: number; to: number }[] {
  let base = 0;
  return chart.series.map((s, k) => {
    const v = s.values[category] ?? 0;
    if (!isStacked(chart)) return { series: k, from: 0, to: v };
    const bar = { series: k, from: base, to: base + v };
    base += v;
    return bar;
  });
}

/** Vertical: columns (clustered or stacked) and lines, categories along the bottom. */
function columnSvg(chart: Chart, { width: W, height: H }: ChartSize, font: string): string {
  const dec = labelDecimals(chart);
  const axis = chart.type === 'line'
    ? valueAxis(Math.min(0, ...chart.series.flatMap((s) => s.values)), Math.max(0, ...chart.series.flatMap((s) => s.values)), chart.valueRange ?? {})
    : barAxis(chart);
  const single = chart.series.length === 1 && chart.type !== 'line';
  const outside = single && chart.type === 'column';
  const legend = bottomLegend(chart, W - 2 * PAD, font);
  const ticks = axis.ticks.map((t) => label(t, dec));
  const titleW = chart.valueAxisTitle ? LINE_PX + 4 : 0;
  const left = PAD + titleW + Math.max(...ticks.map((t) => textPx(t, FONT_PX, font))) + 6;
  const right = W - PAD;
  const n = Math.max(1, chart.categories.length);
  const slot = (right - left) / n;
  const names = chart.categories.map((c) => wrap(c, slot - 4, FONT_PX, font));
  const namesH = Math.max(1, ...names.map((l) => l.length)) * LINE_PX + 4;
  const bottom = H - PAD - (legend ? legend.height + 6 : 0) - namesH;
  const top = PAD + (outside ? LINE_PX : FONT_PX / 2);
  const y = (v: number) => bottom - ((v - axis.min) / (axis.max - axis.min || 1)) * (bottom - top);
  const out: string[] = [];
  axis.ticks.forEach((t, i) => {
    out.push(line(left, y(t), right, y(t), t === 0 ? AXIS : GRID));
    out.push(text(ticks[i], left - 6, y(t) - FONT_PX / 2, font, { anchor: 'end' }));
  });
  if (chart.valueAxisTitle) out.push(text(chart.valueAxisTitle, PAD + FONT_PX, (top + bottom) / 2, font, { anchor: 'middle', rotate: -90 }));
  names.forEach((l, i) => out.push(text(l, left + slot * (i + 0.5), bottom + 4, font, { anchor: 'middle' })));
  if (chart.type === 'line') out.push(...lines(chart, (i) => left + slot * (i + 0.5), y));
  else {
    const band = slot / (1 + (isStacked(chart) ? 0.6 : 0.8));
    const each = isStacked(chart) ? band : band / chart.series.length;
    chart.categories.forEach((_, i) => {
      const x0 = left + slot * i + (slot - band) / 2;
      for (const b of bars(chart, i)) {
        const x = isStacked(chart) ? x0 : x0 + each * b.series;
        const [hi, lo] = [Math.max(b.from, b.to), Math.min(b.from, b.to)];
        out.push(rect(x, y(hi), each, y(lo) - y(hi), barColor(chart, b.series, i)));
        if (single) {
          const v = label(b.to, dec);
          const at = outside ? y(hi) - SMALL_PX - 3 : y(hi) + 3;
          out.push(text(v, x + each / 2, at, font, { px: SMALL_PX, anchor: 'middle' }));
        }
      }
    });
  }
  if (legend) out.push(legend.draw(PAD, H - PAD - legend.height));
  return out.join('');
}

/** A line per series through the categories' points, each point marked. */
function lines(chart: Chart, x: (i: number) => number, y: (v: number) => number): string[] {
  return chart.series.map((s, k) => {
    const color = seriesColor(s.colorKey, k);
    const points = s.values.map((v, i) => `${x(i).toFixed(2)},${y(v).toFixed(2)}`).join(' ');
    const marks = s.values.map((v, i) => `<circle cx="${x(i).toFixed(2)}" cy="${y(v).toFixed(2)}" r="3.5" fill="#${color}"/>`).join('');
    return `<polyline points="${points}" fill="none" stroke="#${color}" stroke-width="2.25"/>${marks}`;
  });
}

/** The labels of a value axis along the bottom: a Gantt of years names its years and leaves the last tick blank. */
function horizontalTicks(chart: Chart, axis: Axis, dec: number): string[] {
  if (chart.type !== 'gantt') return axis.ticks.map((t) => label(t, dec));
  return axis.ticks.map((t) => (chart.yearAxis && t >= axis.max ? '' : String(Math.round(t))));
}

/** Horizontal: bars (clustered or stacked) and Gantts, the first category on top. */
function barSvg(chart: Chart, { width: W, height: H }: ChartSize, font: string): string {
  const gantt = chart.type === 'gantt';
  const dec = labelDecimals(chart);
  const min = chart.valueRange?.min ?? 0;
  const axis = gantt ? valueAxis(min, chart.valueRange?.max ?? min + 1, { min, max: chart.valueRange?.max, interval: ganttInterval((chart.valueRange?.max ?? min) - min) }) : barAxis(chart);
  const single = chart.series.length === 1;
  const outside = single && chart.type === 'bar';
  const legend = bottomLegend(chart, W - 2 * PAD, font);
  const ticks = horizontalTicks(chart, axis, dec);
  const names = chart.categories.map((c) => wrap(c, (W - 2 * PAD) * 0.35, FONT_PX, font, 2));
  const left = PAD + Math.max(0, ...names.flat().map((l) => textPx(l, FONT_PX, font))) + 6;
  const valueRoom = outside ? Math.max(0, ...chart.series[0].values.map((v) => textPx(label(v, dec), SMALL_PX, font))) + 4 : 0;
  const right = W - PAD - Math.max(valueRoom, textPx(ticks[ticks.length - 1] ?? '', FONT_PX, font) / 2);
  const bottom = H - PAD - (legend ? legend.height + 6 : 0) - (chart.valueAxisTitle ? LINE_PX + 4 : 0) - LINE_PX - 4;
  const top = PAD;
  const n = Math.max(1, chart.categories.length);
  const slot = (bottom - top) / n;
  const x = (v: number) => left + ((Math.min(Math.max(v, axis.min), axis.max) - axis.min) / (axis.max - axis.min || 1)) * (right - left);
  const out: string[] = [];
  axis.ticks.forEach((t, i) => {
    if (!gantt) out.push(line(x(t), top, x(t), bottom, t === 0 ? AXIS : GRID));
    out.push(text(ticks[i], x(t), bottom + 4, font, { anchor: 'middle' }));
  });
  out.push(line(left, bottom, right, bottom, AXIS));
  out.push(line(left, top, left, bottom, AXIS));
  if (chart.valueAxisTitle) out.push(text(chart.valueAxisTitle, (left + right) / 2, bottom + 4 + LINE_PX + 4, font, { anchor: 'middle' }));
  const band = slot / (1 + (gantt || isStacked(chart) ? 0.6 : 0.8));
  const each = isStacked(chart) ? band : band / chart.series.length;
  chart.categories.forEach((_, i) => {
    const mid = top + slot * (i + 0.5);
    out.push(text(names[i], left - 6, mid - (names[i].length * LINE_PX) / 2 + 1, font, { anchor: 'end' }));
    const y0 = mid - band / 2;
    for (const b of bars(chart, i)) {
      if (gantt && b.series === 0) continue; // the offset: no bar
      const y = isStacked(chart) ? y0 : y0 + each * b.series;
      const [x1, x2] = [x(Math.min(b.from, b.to)), x(Math.max(b.from, b.to))];
      out.push(rect(x1, y, x2 - x1, each, barColor(chart, b.series, i)));
      const v = label(b.to - b.from, gantt ? 0 : dec);
      const fits = textPx(v, SMALL_PX, font, gantt) + 4 <= x2 - x1;
      if (gantt && fits) out.push(text(v, (x1 + x2) / 2, y + each / 2 - SMALL_PX / 2, font, { px: SMALL_PX, anchor: 'middle', bold: true, fill: '#FFFFFF' }));
      else if (single && outside) out.push(text(v, x2 + 3, y + each / 2 - SMALL_PX / 2, font, { px: SMALL_PX }));
      else if (single && fits) out.push(text(v, x2 - 3, y + each / 2 - SMALL_PX / 2, font, { px: SMALL_PX, anchor: 'end', fill: INK }));
    }
  });
  if (legend) out.push(legend.draw(PAD, H - PAD - legend.height));
  return out.join('');
}
