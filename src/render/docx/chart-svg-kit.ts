/**
 * What every chart drawing (chart-svg.ts) is made of: text measured with the layout's font widths, wrapped to a
 * width, a legend laid out in rows or a column, and an axis of round ticks. Pixels throughout (96 dpi, as the chart's
 * size); 9 pt is 12 px.
 */
import type { Chart } from '../../compose/tree.js';
import { formatDecimal } from '../../format/indonesian.js';
import { textTwips } from '../../layout/widths.js';
import { legendEntries, legendPlace, TEXT_PT, TWIPS_PER_PX, VALUE_LABEL_PT } from './chart-style.js';
import { escapeXml } from './text-xml.js';

/** The chart's text sizes (chart-style.ts) in px: 4/3 px per pt at 96 dpi. */
export const FONT_PX = (TEXT_PT * 4) / 3;
export const SMALL_PX = (VALUE_LABEL_PT * 4) / 3;
export const LINE_PX = 14;
/** Room around a drawing, inside its size. */
export const PAD = 8;
export const GRID = '#D9D9D9';
export const AXIS = '#BFBFBF';
export const INK = '#404040';

/** Width of a text in px at `px` size. */
export const textPx = (text: string, px: number, font: string, bold = false): number => textTwips(text, Math.round(px * 1.5), bold, font) / TWIPS_PER_PX;

/**
 * Greedy word wrap to `width` px, a line break in the text kept (compose breaks long names); a word wider than the
 * width is cut to fit, ending "…". At most `maxLines`, the last ending "…" when text was left over.
 */
export function wrap(text: string, width: number, px: number, font: string, maxLines = 3): string[] {
  const lines: string[] = [];
  for (const part of text.split('\n')) {
    let fresh = true;
    for (const word of part.split(/\s+/).filter(Boolean)) {
      const last = lines[lines.length - 1];
      if (!fresh && textPx(`${last} ${word}`, px, font) <= width) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(fit(word, width, px, font));
      fresh = false;
    }
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fit(`${kept[maxLines - 1]}…`, width, px, font);
  return kept;
}

/** The text, or as much of it as fits `width` followed by "…". */
function fit(text: string, width: number, px: number, font: string): string {
  if (text.length <= 1 || textPx(text, px, font) <= width) return text;
  let cut = text.replace(/…$/, '');
  while (cut.length > 1 && textPx(`${cut}…`, px, font) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

interface TextOptions {
  px?: number;
  anchor?: 'start' | 'middle' | 'end';
  bold?: boolean;
  fill?: string;
  rotate?: number;
}

/**
 * A text whose first line's top is at `top` (its baseline 0.8 of the size below), lines LINE_PX apart: baselines are
 * placed by hand, since LibreOffice's SVG import ignores `dominant-baseline`.
 */
export function text(lines: string | string[], x: number, top: number, font: string, o: TextOptions = {}): string {
  const px = o.px ?? FONT_PX;
  const all = typeof lines === 'string' ? [lines] : lines;
  const step = px === FONT_PX ? LINE_PX : px * 1.2;
  // Rotated text keeps its anchor; level text is placed from its measured width, since LibreOffice's SVG import
  // misplaces a long line anchored at its end by a few pixels.
  const anchor = o.rotate && o.anchor && o.anchor !== 'start' ? ` text-anchor="${o.anchor}"` : '';
  const attrs = `font-family="${escapeXml(font)}" font-size="${r(px)}" fill="${o.fill ?? INK}"${o.bold ? ' font-weight="bold"' : ''}${anchor}`;
  return all.map((line, i) => {
    const y = top + px * 0.8 + i * step;
    const shift = o.rotate || !o.anchor || o.anchor === 'start' ? 0 : textPx(line, px, font, o.bold) * (o.anchor === 'end' ? 1 : 0.5);
    const turn = o.rotate ? ` transform="rotate(${o.rotate} ${r(x)} ${r(y)})"` : '';
    return `<text x="${r(x - shift)}" y="${r(y)}" ${attrs}${turn}>${escapeXml(line)}</text>`;
  }).join('');
}

export const rect = (x: number, y: number, w: number, h: number, fill: string): string =>
  `<rect x="${r(x)}" y="${r(y)}" width="${r(Math.max(0, w))}" height="${r(Math.max(0, h))}" fill="#${fill}"/>`;

export const line = (x1: number, y1: number, x2: number, y2: number, stroke: string): string =>
  `<line x1="${r(x1)}" y1="${r(y1)}" x2="${r(x2)}" y2="${r(y2)}" stroke="${stroke}" stroke-width="0.75"/>`;

/** Two decimals are enough for a picture drawn at 96 dpi. */
export const r = (v: number): string => String(Math.round(v * 100) / 100);

interface LegendEntry { label: string; color: string }
export interface Legend { height: number; width: number; draw: (x: number, y: number) => string }

const MARK = 8;
const MARK_GAP = 4;
const ENTRY_GAP = 14;

/**
 * A legend under the plot: entries in as few rows as fit `width`, as even as those rows allow (six series in two rows
 * of three, not five and one), each row centred.
 */
export function rowLegend(entries: LegendEntry[], width: number, font: string): Legend {
  const widths = entries.map((e) => MARK + MARK_GAP + textPx(e.label, FONT_PX, font));
  const rowWidth = (row: number[]) => row.reduce((n, i) => n + widths[i], 0) + ENTRY_GAP * (row.length - 1);
  let rows: number[][] = [];
  for (let perRow = entries.length; perRow >= 1; perRow--) {
    rows = [];
    for (let i = 0; i < entries.length; i += perRow) rows.push(entries.slice(i, i + perRow).map((_, k) => i + k));
    const even = Math.ceil(entries.length / rows.length);
    if (even < perRow) continue; // the same rows hold fewer each: try that
    if (rows.every((row) => rowWidth(row) <= width)) break;
  }
  const draw = (x: number, y: number): string => rows.map((row, k) => {
    let at = x + (width - rowWidth(row)) / 2;
    return row.map((i) => {
      const out = entry(entries[i], at, y + k * LINE_PX, font);
      at += widths[i] + ENTRY_GAP;
      return out;
    }).join('');
  }).join('');
  return { height: rows.length * LINE_PX, width, draw };
}

/** The series' legend under the plot, when the chart has one there (legendPlace). */
export function bottomLegend(chart: Chart, width: number, font: string): Legend | undefined {
  if (legendPlace(chart) !== 'bottom') return undefined;
  return rowLegend(legendEntries(chart).map((e) => ({ label: e.name, color: e.color })), width, font);
}

/** A legend beside the plot: one entry per line, wrapped to `maxWidth` (two lines at most). */
export function columnLegend(entries: LegendEntry[], maxWidth: number, font: string): Legend {
  const labels = entries.map((e) => wrap(e.label, maxWidth - MARK - MARK_GAP, FONT_PX, font, 2));
  const width = Math.max(0, ...labels.flat().map((l) => MARK + MARK_GAP + textPx(l, FONT_PX, font)));
  const height = labels.reduce((n, l) => n + l.length * LINE_PX, 0);
  const draw = (x: number, y: number): string => {
    let top = y;
    return entries.map((e, i) => {
      const out = entry({ ...e, label: '' }, x, top, font) + text(labels[i], x + MARK + MARK_GAP, top + 1, font);
      top += labels[i].length * LINE_PX;
      return out;
    }).join('');
  };
  return { height, width, draw };
}

function entry(e: LegendEntry, x: number, top: number, font: string): string {
  return rect(x, top + (LINE_PX - MARK) / 2, MARK, MARK, e.color) + (e.label ? text(e.label, x + MARK + MARK_GAP, top + 1, font) : '');
}

export interface Axis { min: number; max: number; ticks: number[] }

/**
 * Ticks as Office chooses them: the values plus 5% of headroom, about ten steps of 1, 2 or 5 × 10ⁿ, none finer than
 * `decimals` can write, from 0 unless the values go below it (the tallest bar never touches the top line, and an
 * axis of whole numbers never steps by 2,5). A fixed range and interval are kept; an axis with nothing to show runs
 * from 0 to 1.
 */
export function valueAxis(lo: number, hi: number, decimals: number, fixed: { min?: number; max?: number; interval?: number } = {}): Axis {
  const base = fixed.min ?? Math.min(0, lo);
  const top = fixed.max !== undefined && fixed.max > base ? fixed.max : undefined;
  const range = hi > base ? hi - base : 1;
  const from = fixed.min ?? (lo < 0 ? lo - 0.05 * range : 0);
  const to = top ?? (hi > base ? hi + 0.05 * range : base + 1);
  let step = fixed.interval;
  if (!step) {
    const rough = (to - from) / 10;
    const mag = 10 ** Math.floor(Math.log10(rough));
    step = Math.max(10 ** -decimals, [1, 2, 5, 10].map((k) => k * mag).find((v) => v >= rough - 1e-12) ?? 10 * mag);
  }
  const min = fixed.min ?? Math.floor(from / step + 1e-9) * step;
  const max = top ?? Math.ceil(to / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = min; v <= max + step * 1e-6; v += step) ticks.push(Math.round(v * 1e9) / 1e9);
  return { min, max, ticks };
}

/** A value as its chart labels it: Indonesian separators, the chart's decimals (labelDecimals). */
export const label = (v: number, decimals: number): string => formatDecimal(v, decimals);
