// Which rows of a table hold together (issue 17): the caption keeps lines of content under it, not a count of rows.
import { describe, expect, it } from 'vitest';
import type { Cell, Table } from '../../../src/compose/tree.js';
import { MIN_LINES_UNDER_CAPTION } from '../../../scripts/page-check.mjs';
import { CAPTION_CONTENT_LINES, KEEP_WHOLE_SHARE, keptWhole, linesWithCaption, ROW_EXTRA_LINES, rowHolds, rowLines, TAIL_ROWS } from '../../../src/render/docx/table-keep.js';

// One column 2000 twips wide at 9 pt: (2000 − 160 margins) / (18 × 5.5 twips a character) = 18 characters a line.
const WIDTHS = [2000];
const SIZE = 18;
const row = (lines: number): Cell[] => [{ content: [{ kind: 'text', text: 'x'.repeat(18 * lines) }] }];
const group: Cell[] = [{ content: [{ kind: 'text', text: 'Elemen' }], shade: 'group' }];
/** A table too large to move whole (20 body rows): `first` rows, then one-line rows. */
const table = (first: Cell[][]): Pick<Table, 'head' | 'body' | 'note'> => ({
  head: [row(1)],
  body: [...first, ...Array.from({ length: 20 - first.length }, () => row(1))],
});
const holds = (t: Pick<Table, 'head' | 'body' | 'note'>, pageLines = 40) => rowHolds(t, WIDTHS, SIZE, pageLines);
const keeps = (t: Pick<Table, 'head' | 'body' | 'note'>) => t.body.map((_, i) => holds(t).keepWithNext(i));

describe('render/docx/table-keep', () => {
  it('estimates a row’s lines from its text, 18 characters a line here', () => {
    expect([rowLines(row(1), WIDTHS, SIZE), rowLines(row(3), WIDTHS, SIZE), rowLines([{ content: [{ kind: 'text', text: 'x'.repeat(19) }] }], WIDTHS, SIZE)]).toEqual([1, 3, 2]);
  });

  it('aims at the lines the page checker demands under a caption', () => {
    expect(CAPTION_CONTENT_LINES).toBe(MIN_LINES_UNDER_CAPTION);
  });

  it('keeps one-line rows with the caption until three lines of content are under it (a group row is no content)', () => {
    // Group, then rows 1–3 of one line each: the third brings the lines to 3, so rows 0–2 keep with the next.
    expect(keeps(table([group])).slice(0, 6)).toEqual([true, true, true, false, false, false]);
  });

  it('keeps nothing more when the first row alone is three lines tall', () => {
    expect(keeps(table([group, row(3)])).slice(0, 4)).toEqual([true, false, false, false]);
    expect(keeps(table([row(2), row(1)])).slice(0, 3)).toEqual([true, false, false]);
  });

  it('counts the lines under the caption unrounded: a row just over two lines keeps the next row with it', () => {
    // 38 characters = 2 lines and 2 characters (2,11 unrounded, 3 rounded up), then one-line rows: 2,11 + 1 ≥ 3.
    const justOverTwo: Cell[] = [{ content: [{ kind: 'text', text: 'x'.repeat(38) }] }];
    expect(rowLines(justOverTwo, WIDTHS, SIZE)).toBe(3);
    expect(keeps(table([justOverTwo])).slice(0, 3)).toEqual([true, false, false]);
  });

  it('keeps a tall row under the caption whole if it fits on a page, and lets the same row split elsewhere', () => {
    const t = table([row(20), row(1), row(1), row(1), row(20)]);
    // 20 lines > 15 (a third of a page), but it completes the caption's lines and fits under caption and header.
    expect(holds(t).cantSplit(t.body[0], false, 0)).toBe(true);
    expect(holds(t).cantSplit(t.body[4], false, 4)).toBe(false);
    expect(holds(t).cantSplit(t.body[1], false, 1)).toBe(true);
    // On a page of 20 lines, 20 lines do not fit under a caption and a one-line header: it may split.
    expect(holds(t, 20).cantSplit(t.body[0], false, 0)).toBe(false);
  });

  it('moves a small table whole, and keeps a closing total with the row above', () => {
    const small = { head: [row(1)], body: [row(1), row(1), row(1)] };
    expect(keeps(small)).toEqual([true, true, false]);
    const total: Cell[] = [{ content: [{ kind: 'text', text: 'Jumlah' }], shade: 'total' }];
    // 19 one-line rows and the total: the last three body rows and the total hold together (rows 16–18 keep).
    expect(keeps(table([...Array.from({ length: 19 }, () => row(1)), total])).slice(15)).toEqual([false, true, true, true, false]);
  });

  it('keeps a table whole only up to 40 % of a page: 21 lines of a 53-line page, 16 of a 42-line one', () => {
    expect([KEEP_WHOLE_SHARE, TAIL_ROWS]).toEqual([0.4, 3]);
    const rows = (...lines: number[]) => lines;
    // floor(0.4 × 53) = 21: eleven rows of two lines (22) split, ten rows and one of one line (21) do not.
    expect(keptWhole(rows(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2), 53)).toBe(false);
    expect(keptWhole(rows(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1), 53)).toBe(true);
    // floor(0.4 × 42) = 16; and never more than 12 rows or 30 lines on a page of any size.
    expect(keptWhole(rows(8, 8), 42)).toBe(true);
    expect(keptWhole(rows(8, 9), 42)).toBe(false);
    expect(keptWhole(Array.from({ length: 13 }, () => 1), 100)).toBe(false);
    expect(keptWhole(rows(10, 10, 11), 100)).toBe(false);
  });

  it('counts a third of a line a row for its margins and spacing: eight two-line rows no longer move whole on a 40-line page', () => {
    expect(ROW_EXTRA_LINES).toBe(0.35);
    const rowsOf = (n: number) => ({ head: [row(1)], body: Array.from({ length: n }, () => row(2)) });
    // 6 × 2,35 = 14,1 ≤ floor(0,4 × 40) = 16: whole. 8 × 2,35 = 18,8 > 16 (8 × 2 = 16 would have been whole): split,
    // the first two rows hold to the caption (2 + 2 ≥ 3 lines), the last three end it together.
    expect(keeps(rowsOf(6))).toEqual([true, true, true, true, true, false]);
    expect(keeps(rowsOf(8))).toEqual([true, false, false, false, false, true, true, false]);
  });

  it('holds to the caption the header and the whole of a small table, or the opening rows of a large one', () => {
    // Header 1,35; three one-line rows 3 × 1,35.
    expect(linesWithCaption({ head: [row(1)], body: [row(1), row(1), row(1)] }, WIDTHS, SIZE, 40)).toBeCloseTo(5.4);
    // 20 one-line rows: not whole; rows 0–2 bring three lines under the caption.
    expect(linesWithCaption(table([]), WIDTHS, SIZE, 40)).toBeCloseTo(5.4);
    // Group row first (no content, but it moves with them): 1,35 + 4 × 1,35.
    expect(linesWithCaption(table([group]), WIDTHS, SIZE, 40)).toBeCloseTo(6.75);
  });

  it('keeps the last three rows together unless they take over 40 % of a page', () => {
    // One-line rows: rows 17 and 18 keep with the next, so rows 17–19 end the table together.
    expect(keeps(table([])).slice(15)).toEqual([false, false, true, true, false]);
    // Rows 18 and 19 of 10 lines each: 20 > 0.4 × 40 = 16, so only the last row is the tail; nothing keeps.
    const tall = table(Array.from({ length: 18 }, () => row(1)).concat([row(10), row(10)]));
    expect(keeps(tall).slice(15)).toEqual([false, false, false, false, false]);
  });
});
