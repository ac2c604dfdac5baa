/**
 * Print layout of a worksheet a person can read on paper: the scale that fits the columns to the page width,
 * but never so small that the 11 pt text prints under 8 pt, and row heights for wrapped text (Excel and
 * LibreOffice do not grow a row when a file sets none, so a wrapped cell overlapped the row below).
 */
import type { Paper } from '../../model/types.js';

/** The workbook's body font size (styles.ts: Calibri 11). */
export const BODY_POINTS = 11;
/** The smallest printed size a reader accepts. */
export const MIN_PRINTED_POINTS = 8;
/** The smallest scale (percent) that keeps the body text at MIN_PRINTED_POINTS: 73% of 11 pt is 8.03 pt. */
export const MIN_SCALE = Math.ceil((MIN_PRINTED_POINTS / BODY_POINTS) * 100);

/** Paper sides in points (short, long); F4 is 215 × 330 mm. */
const PAPER_POINTS: Record<Paper, [number, number]> = { A4: [595, 842], F4: [609, 935], Letter: [612, 792] };
/** Left and right page margins together (sheet.ts writes 0.5 in each). */
const SIDE_MARGINS = 72;
/** Line height of 11 pt Calibri in points, and the default row height. */
const LINE_POINTS = 15;

/** A column of `chars` characters in points: Excel's pixel width (7 px per character of Calibri 11, plus 5) at 96 dpi. */
export function columnPoints(chars: number): number {
  return ((chars * 7 + 5) * 72) / 96;
}

/** Percent scale (MIN_SCALE–100) at which the columns fit the printable width of the page. */
export function printScale(widths: (number | undefined)[], paper: Paper, landscape: boolean): number {
  const [short, long] = PAPER_POINTS[paper];
  const printable = (landscape ? long : short) - SIDE_MARGINS;
  // A column without a width has Excel's default of 8.43 characters.
  const total = widths.slice(1).reduce((sum: number, w) => sum + columnPoints(w ?? 8.43), 0);
  if (total <= printable) return 100;
  return Math.max(MIN_SCALE, Math.floor((printable / total) * 100));
}

/** Lines a text takes in a column of `width` characters: each line broken at spaces, as a wrapping cell does. */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 1);
  let lines = 0;
  for (const line of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const word of line.split(' ')) {
      const n = [...word].length;
      if (used === 0) used = n;
      else if (used + 1 + n <= room) used += 1 + n;
      else { count++; used = n; }
      // A word longer than the column breaks over as many lines as it needs.
      while (used > room) { count++; used -= room; }
    }
    lines += count;
  }
  return lines;
}

/** The height (points) of a row whose wrapped cells are `shown` (by column index from 0), or undefined for one line. */
export function rowHeight(shown: (string | undefined)[], widths: (number | undefined)[]): number | undefined {
  let most = 1;
  shown.forEach((text, j) => {
    if (text) most = Math.max(most, wrappedLines(text, widths[j + 1] ?? 8.43));
  });
  return most > 1 ? most * LINE_POINTS : undefined;
}
