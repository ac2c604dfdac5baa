/**
 * Round charts as SVG (chart-svg.ts): pies and doughnuts with their shares, radars with their score rings. Angles
 * start at twelve o'clock and go clockwise, as Word draws them.
 */
import type { Chart } from '../../compose/tree.js';
import type { ChartSize } from './chart.js';
import { HOLE_PERCENT, labelDecimals, paletteColor, RADAR_INTERVAL, seriesColor, sliceLegendLabel, SMALL_SLICE, WHITE, wholePercentages } from './chart-style.js';
import { bottomLegend, columnLegend, FONT_PX, GRID, label, line, LINE_PX, PAD, r, text, textPx, valueAxis, wrap } from './chart-svg-kit.js';

/** The point at `angle` (radians from twelve o'clock, clockwise) and `radius` from the centre. */
const at = (cx: number, cy: number, radius: number, angle: number): [number, number] => [cx + radius * Math.sin(angle), cy - radius * Math.cos(angle)];

/** A slice between two angles, as a ring when `inner` > 0; a whole circle when it spans all of it. */
function slicePath(cx: number, cy: number, outer: number, inner: number, a0: number, a1: number): string {
  if (a1 - a0 >= 2 * Math.PI - 1e-9) {
    const ring = (rad: number) => `M${r(cx - rad)} ${r(cy)}a${r(rad)} ${r(rad)} 0 1 0 ${r(2 * rad)} 0a${r(rad)} ${r(rad)} 0 1 0 ${r(-2 * rad)} 0Z`;
    return ring(outer) + (inner > 0 ? ring(inner) : '');
  }
  const large = a1 - a0 > Math.PI ? 1 : 0;
  const [ox0, oy0] = at(cx, cy, outer, a0);
  const [ox1, oy1] = at(cx, cy, outer, a1);
  const outerArc = `M${r(ox0)} ${r(oy0)}A${r(outer)} ${r(outer)} 0 ${large} 1 ${r(ox1)} ${r(oy1)}`;
  if (inner <= 0) return `${outerArc}L${r(cx)} ${r(cy)}Z`;
  const [ix1, iy1] = at(cx, cy, inner, a1);
  const [ix0, iy0] = at(cx, cy, inner, a0);
  return `${outerArc}L${r(ix1)} ${r(iy1)}A${r(inner)} ${r(inner)} 0 ${large} 0 ${r(ix0)} ${r(iy0)}Z`;
}

/** A pie or doughnut of the first series, its slices labelled with whole percentages, the legend on the right. */
export function pieSvg(chart: Chart, { width: W, height: H }: ChartSize, font: string): string {
  const values = chart.series[0]?.values ?? [];
  const percents = wholePercentages(values);
  const colors = chart.categories.map((_, i) => paletteColor(chart.categoryColorKeys?.[i]) ?? seriesColor(undefined, i));
  // The legend takes at most 40% of the width, its names wrapped, so long source names leave the ring its room.
  const legend = columnLegend(chart.categories.map((c, i) => ({ label: sliceLegendLabel(c, percents[i]), color: colors[i] })), W * 0.4, font);
  const plotW = W - 3 * PAD - legend.width - 16;
  const outer = Math.max(10, Math.min(plotW, H - 2 * PAD) / 2);
  const inner = chart.type === 'doughnut' ? (outer * HOLE_PERCENT) / 100 : 0;
  const cx = PAD + plotW / 2;
  const cy = H / 2;
  const total = values.reduce((a, b) => a + Math.max(0, b), 0);
  const out: string[] = [];
  let angle = 0;
  values.forEach((v, i) => {
    if (total <= 0 || v <= 0) return;
    const sweep = (v / total) * 2 * Math.PI;
    out.push(`<path d="${slicePath(cx, cy, outer, inner, angle, angle + sweep)}" fill="#${colors[i]}" fill-rule="evenodd" stroke="#${WHITE}" stroke-width="1"/>`);
    if (v / total >= SMALL_SLICE) {
      const [lx, ly] = at(cx, cy, inner > 0 ? (outer + inner) / 2 : outer * 0.62, angle + sweep / 2);
      out.push(text(`${percents[i]}%`, lx, ly - FONT_PX * 0.45, font, { anchor: 'middle', bold: true, fill: `#${WHITE}` }));
    }
    angle += sweep;
  });
  out.push(legend.draw(W - PAD - legend.width, cy - legend.height / 2));
  return out.join('');
}

/** A radar: a ring per RADAR_INTERVAL, a spoke per category, a closed line per series. */
export function radarSvg(chart: Chart, { width: W, height: H }: ChartSize, font: string): string {
  const all = chart.series.flatMap((s) => s.values);
  const dec = labelDecimals(chart);
  const axis = valueAxis(Math.min(0, ...all), Math.max(0, ...all), dec, { ...chart.valueRange, interval: RADAR_INTERVAL });
  const legend = bottomLegend(chart, W - 2 * PAD, font);
  const labelW = Math.min(120, Math.max(0, ...chart.categories.map((c) => textPx(c, FONT_PX, font))));
  const n = Math.max(3, chart.categories.length);
  const plotH = H - 2 * PAD - (legend ? legend.height + 6 : 0);
  const outer = Math.max(10, Math.min((W - 2 * PAD) / 2 - labelW - 8, plotH / 2 - 2 * LINE_PX - 4));
  const cx = W / 2;
  const cy = PAD + plotH / 2;
  const angle = (i: number) => (i / n) * 2 * Math.PI;
  const radius = (v: number) => ((Math.min(Math.max(v, axis.min), axis.max) - axis.min) / (axis.max - axis.min || 1)) * outer;
  const polygon = (rad: (i: number) => number) => chart.categories.map((_, i) => at(cx, cy, rad(i), angle(i)).map(r).join(',')).join(' ');
  const out: string[] = [];
  for (const t of axis.ticks) {
    if (t <= axis.min) continue;
    out.push(`<polygon points="${polygon(() => radius(t))}" fill="none" stroke="${GRID}" stroke-width="0.75"/>`);
    out.push(text(label(t, dec), cx - 4, cy - radius(t) - FONT_PX / 2, font, { anchor: 'end' }));
  }
  chart.categories.forEach((c, i) => {
    const [ex, ey] = at(cx, cy, outer, angle(i));
    out.push(line(cx, cy, ex, ey, GRID));
    const [lx, ly] = at(cx, cy, outer + 8, angle(i));
    const lines = wrap(c, labelW, FONT_PX, font, 2);
    const sin = Math.sin(angle(i));
    const cos = Math.cos(angle(i));
    const anchor = Math.abs(sin) < 0.2 ? 'middle' : sin > 0 ? 'start' : 'end';
    const top = cos > 0.3 ? ly - lines.length * LINE_PX : cos < -0.3 ? ly : ly - (lines.length * LINE_PX) / 2;
    out.push(text(lines, lx, top, font, { anchor }));
  });
  chart.series.forEach((s, k) => {
    const color = seriesColor(s.colorKey, k);
    out.push(`<polygon points="${polygon((i) => radius(s.values[i] ?? 0))}" fill="none" stroke="#${color}" stroke-width="2.25"/>`);
    s.values.forEach((v, i) => {
      const [px, py] = at(cx, cy, radius(v), angle(i));
      out.push(`<circle cx="${r(px)}" cy="${r(py)}" r="3.5" fill="#${color}"/>`);
    });
  });
  if (legend) out.push(legend.draw(PAD, H - PAD - legend.height));
  return out.join('');
}
