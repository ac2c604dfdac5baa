// The one rule for whether a table fits a page (issue 17); figures by hand from the Helvetica/Arial AFM widths.
import { describe, expect, it } from 'vitest';
import type { Cell, Table } from '../../src/compose/tree.js';
import { fitTable, fits, tableSizes, wantedWidths } from '../../src/layout/fit.js';
import { typesetter } from '../../src/layout/typeset.js';

const amount: Cell = { content: [{ kind: 'text', text: '1.200.000.000' }] };
const amounts = (columns: number, dense = false): Table => ({
  kind: 'table', id: 'tbl-x', number: '', caption: [], dense,
  columns: Array.from({ length: columns }, () => ({ width: 1 })), head: [], body: [Array.from({ length: columns }, () => amount)],
});
const arial11 = { style: { font: 'Arial', fontSize: 11 }, typeset: typesetter() };

// A4 text width: portrait 210 − 30 − 25 mm = 11906 − 1701 − 1417 = 8788 twips; landscape 297 − 55 mm = 16838 − 3118 = 13720.
// "1.200.000.000" is 10 × 556 + 3 × 278 = 6394 / 1000 em; a column needs that plus margins and slack (220 twips):
// 11 pt 1407 + 220 = 1627; 9 pt 1151 + 220 = 1371; 8 pt 1024 + 220 = 1244.
describe('layout/fit', () => {
  describe('tableSizes', () => {
    it('tries the table’s own size, then 9 pt, then 8 pt (half-points), never above 11 pt', () => {
      expect(tableSizes({}, { font: 'Arial', fontSize: 11 })).toEqual([22, 18, 16]);
      expect(tableSizes({}, { font: 'Arial', fontSize: 12 })).toEqual([22, 18, 16]);
      expect(tableSizes({}, { font: 'Arial', fontSize: 10 })).toEqual([20, 18, 16]);
      expect(tableSizes({ dense: true }, { font: 'Arial', fontSize: 11 })).toEqual([18, 16]);
    });
  });

  describe('fitTable', () => {
    it('keeps 11 pt for five columns (5 × 1627 = 8135 ≤ 8788), widths from the relative ones', () => {
      // floor(8788 / 5) = 1757 each, 3 twips short of the page: the first of the widest takes them.
      expect(fitTable(amounts(5), 8788, arial11)).toEqual({ widths: [1760, 1757, 1757, 1757, 1757], size: 22 });
    });

    it('steps to 9 pt for six columns (6 × 1627 = 9762 > 8788 ≥ 6 × 1371 = 8226) and 8 pt for seven (7 × 1244 = 8708)', () => {
      expect(fitTable(amounts(6), 8788, arial11)?.size).toBe(18);
      expect(fitTable(amounts(7), 8788, arial11)?.size).toBe(16);
    });

    it('cannot fit eight columns on a portrait page (8 × 1244 = 9952 > 8788) but fits them at 11 pt on a landscape one (8 × 1627 = 13016)', () => {
      expect(fitTable(amounts(8), 8788, arial11)).toBeUndefined();
      expect(fitTable(amounts(8), 13720, arial11)?.size).toBe(22);
    });

    it('starts a dense table at 9 pt', () => {
      expect(fitTable(amounts(5, true), 8788, arial11)?.size).toBe(18);
    });
  });

  describe('fits', () => {
    it('is whether 8 pt fits: eleven columns fit a landscape page (13684 ≤ 13720), twelve do not (14928)', () => {
      expect(fits(amounts(11), 13720, arial11)).toBe(true);
      expect(fits(amounts(12), 13720, arial11)).toBe(false);
    });
  });

  describe('wantedWidths', () => {
    it('scales the relative widths to the text width, rounding down', () => {
      // 1 + 2 + 1 = 4 parts of 1001 twips: 250.25, 500.5, 250.25.
      expect(wantedWidths({ columns: [{ width: 1 }, { width: 2 }, { width: 1 }] }, 1001)).toEqual([250, 500, 250]);
    });
  });
});
