/**
 * A compose Chart drawn as an SVG picture of the size its native chart takes (chart.ts), looking as chart-style.ts
 * decides for both. It is what LibreOffice lays out for page numbers and prints in `--pdf`: LibreOffice spends about
 * 100 ms importing each native chart (issue 22) and next to nothing on a picture, so the layout that measures the
 * pages is also the PDF, and `--pdf` costs no layout of its own. The DOCX keeps its native charts.
 *
 * Bars, columns, lines and Gantts here; pies, doughnuts and radars in chart-svg-round.ts.
 */
import type { Chart } from '../../compose/tree.js';
import { formatNumber } from '../../format/indonesian.js';
import type { ChartSize } from './chart.js';
import { coloursByCategory, ganttAxis, gapWidth, isStacked, overlapPercent, labelDecimals, paletteColor, seriesColor, valueLabelPlace, WHITE, yearTickLabel } from './chart-style.js';
import { AXIS, bottomLegend, FONT_PX, GRID, INK, label, line, LINE_PX, PAD, r, rect, SMALL_PX, text, textPx, valueAxis, wrap, type Axis } from './chart-svg-kit.js';
import { pieSvg, radarSvg } from './chart-svg-round.js';

/** The chart as a standalone SVG document of `size` px. */
export function chartSvg(chart: Chart, size: ChartSize, font: string): string {
  const body = chart.type === 'pie' || chart.type === 'doughnut' ? pieSvg(chart, size, font)
    : chart.type === 'radar' ? radarSvg(chart, size, font)
      : chart.type === 'column' || chart.type === 'stackedColumn' || chart.type === 'line' ? columnSvg(chart, size, font)
        : barSvg(chart, size, font);
  const { width: w, height: h } = size;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}" fill="#${WHITE}"/>${body}</svg>`;
}

/** A bar's colour: its category's (coloursByCategory), else its series'. */
function barColor(chart: Chart, series: number, category: number): string {
  return (coloursByCategory(chart) ? paletteColor(chart.categoryColorKeys?.[category]) : undefined) ?? seriesColor(chart.series[series].colorKey, series);
}

/**
 * Where a category's bars stand in its slot of `slot` px: each bar's width and the distance from one bar's start to
 * the next's (gapWidth between groups, overlapPercent within one; a stack is one bar).
 */
function barBand(chart: Chart, slot: number): { width: number; step: number; group: number } {
  const n = isStacked(chart) ? 1 : Math.max(1, chart.series.length);
  const apart = -overlapPercent(chart) / 100;
  const width = slot / (n + apart * (n - 1) + gapWidth(chart) / 100);
  return { width, step: width * (1 + apart), group: width * (n + apart * (n - 1)) };
}

/** Each bar of a category: its series, start and end value. Stacked, positives stack up from 0 and negatives down. */
function bars(chart: Chart, category: number): { series: number; from: number; to: number }[] {
  let up = 0;
  let down = 0;
  return chart.series.map((s, k) => {
    const v = s.values[category] ?? 0;
    if (!isStacked(chart)) return { series: k, from: 0, to: v };
    const from = v < 0 ? down : up;
    if (v < 0) down += v;
    else up += v;
    return { series: k, from, to: from + v };
  });
}

/** The value axis of a bar, column or line chart: over every bar's ends (a stack's totals), from 0. */
function barAxis(chart: Chart, dec: number): Axis {
  const ends = chart.categories.flatMap((_, i) => bars(chart, i).map((b) => b.to));
  return valueAxis(Math.min(0, ...ends), Math.max(0, ...ends), dec, chart.valueRange ?? {});
}

/** Vertical: columns (clustered or stacked) and lines, categories along the bottom. */
function columnSvg(chart: Chart, { width: W, height: H }: ChartSize, font: string): string {
  const dec = labelDecimals(chart);
  const axis = barAxis(chart, dec);
  const place = valueLabelPlace(chart);
  const legend = bottomLegend(chart, W - 2 * PAD, font);
  const ticks = axis.ticks.map((t) => label(t, dec));
  const titleW = chart.valueAxisTitle ? LINE_PX + 4 : 0;
  const left = PAD + titleW + Math.max(0, ...ticks.map((t) => textPx(t, FONT_PX, font))) + 6;
  const right = W - PAD;
  const n = Math.max(1, chart.categories.length);
  const slot = (right - left) / n;
  const names = chart.categories.map((c) => wrap(c, slot - 4, FONT_PX, font));
  const namesH = Math.max(1, ...names.map((l) => l.length)) * LINE_PX + 4;
  const bottom = H - PAD - (legend ? legend.height + 6 : 0) - namesH;
  const top = PAD + (place === 'outsideEnd' ? LINE_PX : FONT_PX / 2);
  const y = (v: number) => bottom - ((Math.min(Math.max(v, axis.min), axis.max) - axis.min) / (axis.max - axis.min)) * (bottom - top);
  const out: string[] = [];
  axis.ticks.forEach((t, i) => {
    out.push(line(left, y(t), right, y(t), t === 0 ? AXIS : GRID));
    out.push(text(ticks[i], left - 6, y(t) - FONT_PX / 2, font, { anchor: 'end' }));
  });
  if (chart.valueAxisTitle) out.push(text(chart.valueAxisTitle, PAD + FONT_PX, (top + bottom) / 2 - 0.8 * FONT_PX, font, { anchor: 'middle', rotate: -90 }));
  names.forEach((l, i) => out.push(text(l, left + slot * (i + 0.5), bottom + 4, font, { anchor: 'middle' })));
  if (chart.type === 'line') out.push(...lines(chart, (i) => left + slot * (i + 0.5), y));
  else {
    const { width: each, step, group } = barBand(chart, slot);
    chart.categories.forEach((_, i) => {
      const x0 = left + slot * i + (slot - group) / 2;
      for (const b of bars(chart, i)) {
        const x = isStacked(chart) ? x0 : x0 + step * b.series;
        const [hi, lo] = [y(Math.max(b.from, b.to)), y(Math.min(b.from, b.to))];
        out.push(rect(x, hi, each, lo - hi, barColor(chart, b.series, i)));
        if (place === 'none') continue;
        const v = label(b.to - b.from, dec);
        const negative = b.to < b.from;
        // Beyond the bar's end (below a negative one), or inside its end when there is room.
        if (place === 'outsideEnd') out.push(text(v, x + each / 2, negative ? lo + 3 : hi - SMALL_PX - 3, font, { px: SMALL_PX, anchor: 'middle' }));
        else if (lo - hi >= SMALL_PX + 6) out.push(text(v, x + each / 2, negative ? lo - SMALL_PX - 3 : hi + 3, font, { px: SMALL_PX, anchor: 'middle' }));
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
    const points = s.values.map((v, i) => `${r(x(i))},${r(y(v))}`).join(' ');
    const marks = s.values.map((v, i) => `<circle cx="${r(x(i))}" cy="${r(y(v))}" r="3.5" fill="#${color}"/>`).join('');
    return `<polyline points="${points}" fill="none" stroke="#${color}" stroke-width="2.25"/>${marks}`;
  });
}

/** Horizontal: bars (clustered or stacked) and Gantts, the first category on top, the value axis at the bottom. */
function barSvg(chart: Chart, { width: W, height: H }: ChartSize, font: string): string {
  const gantt = chart.type === 'gantt';
  const dec = labelDecimals(chart);
  const g = gantt ? ganttAxis(chart) : undefined;
  const axis = g ? valueAxis(g.min, g.end, 0, { min: g.min, max: g.end, interval: g.interval }) : barAxis(chart, dec);
  const place = valueLabelPlace(chart);
  const legend = bottomLegend(chart, W - 2 * PAD, font);
  const ticks = axis.ticks.map((t) => (!gantt ? label(t, dec) : chart.yearAxis ? yearTickLabel(t, g?.max) : String(Math.round(t))));
  const names = chart.categories.map((c) => wrap(c, (W - 2 * PAD) * 0.35, FONT_PX, font, 2));
  const left = PAD + Math.max(0, ...names.flat().map((l) => textPx(l, FONT_PX, font))) + 6;
  const valueRoom = place === 'outsideEnd' ? Math.max(0, ...(chart.series[0]?.values ?? []).map((v) => textPx(label(v, dec), SMALL_PX, font))) + 4 : 0;
  const right = W - PAD - Math.max(valueRoom, textPx(ticks[ticks.length - 1] ?? '', FONT_PX, font) / 2);
  const bottom = H - PAD - (legend ? legend.height + 6 : 0) - (chart.valueAxisTitle ? LINE_PX + 4 : 0) - LINE_PX - 4;
  const top = PAD;
  const slot = (bottom - top) / Math.max(1, chart.categories.length);
  const x = (v: number) => left + ((Math.min(Math.max(v, axis.min), axis.max) - axis.min) / (axis.max - axis.min)) * (right - left);
  const out: string[] = [];
  axis.ticks.forEach((t, i) => {
    if (!gantt) out.push(line(x(t), top, x(t), bottom, t === 0 ? AXIS : GRID));
    out.push(text(ticks[i], x(t), bottom + 4, font, { anchor: 'middle' }));
  });
  out.push(line(left, bottom, right, bottom, AXIS));
  out.push(line(left, top, left, bottom, AXIS));
  if (chart.valueAxisTitle) out.push(text(chart.valueAxisTitle, (left + right) / 2, bottom + 4 + LINE_PX + 4, font, { anchor: 'middle' }));
  const { width: each, step, group } = barBand(chart, slot);
  chart.categories.forEach((_, i) => {
    const mid = top + slot * (i + 0.5);
    out.push(text(names[i], left - 6, mid - (names[i].length * LINE_PX) / 2 + 1, font, { anchor: 'end' }));
    const y0 = mid - group / 2;
    for (const b of bars(chart, i)) {
      if (gantt && b.series === 0) continue; // the offset: no bar
      const y = isStacked(chart) ? y0 : y0 + step * b.series;
      const [x1, x2] = [x(Math.min(b.from, b.to)), x(Math.max(b.from, b.to))];
      out.push(rect(x1, y, x2 - x1, each, barColor(chart, b.series, i)));
      // A Gantt's length as the native chart writes it (General: "3", "2,5"), else in the chart's decimals.
      const v = gantt ? formatNumber(b.to - b.from) : label(b.to - b.from, dec);
      const room = textPx(v, SMALL_PX, font, gantt) + 6 <= x2 - x1;
      const mid = y + each / 2 - SMALL_PX / 2;
      if (gantt && room) out.push(text(v, (x1 + x2) / 2, mid, font, { px: SMALL_PX, anchor: 'middle', bold: true, fill: `#${WHITE}` }));
      else if (place === 'outsideEnd') out.push(b.to < b.from ? text(v, x1 - 3, mid, font, { px: SMALL_PX, anchor: 'end' }) : text(v, x2 + 3, mid, font, { px: SMALL_PX }));
      else if (place === 'insideEnd' && room) out.push(text(v, b.to < b.from ? x1 + 3 : x2 - 3, mid, font, { px: SMALL_PX, anchor: b.to < b.from ? 'start' : 'end', fill: INK }));
    }
  });
  if (legend) out.push(legend.draw(PAD, H - PAD - legend.height));
  return out.join('');
}
