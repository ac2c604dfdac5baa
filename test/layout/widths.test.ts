// Column widths from content (issue 17): the figures are computed by hand from the Helvetica/Arial AFM widths.
import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/compose/tree.js';
import { typesetter } from '../../src/layout/typeset.js';
import { fitToContent, minimumWidths, textTwips, unbreakables, widestPiece } from '../../src/layout/widths.js';

const cell = (text: string, extra = {}) => ({ content: [{ kind: 'text' as const, text }], ...extra });

describe('table column widths from content', () => {
  it('measures a word at a size: "Diskominfo" at 9 pt is 4.945 em = 44.5 pt = 891 twips', () => {
    // D 722 + i 222 + s 500 + k 500 + o 556 + m 833 + i 222 + n 556 + f 278 + o 556 = 4945 / 1000 em.
    expect(textTwips('Diskominfo', 18, false, 'Arial')).toBe(891);
    // Digits are 556 and "." 278: "1.580.000.000" = 10 × 556 + 3 × 278 = 6394 → 6.394 × 9 × 20 = 1150.9 → 1151.
    expect(textTwips('1.580.000.000', 18, false, 'Arial')).toBe(1151);
    // A font we have no widths for is taken 15% wider (DejaVu Sans stands in for it).
    expect(textTwips('Diskominfo', 18, false, 'Bookman Old Style')).toBe(Math.ceil(4.945 * 9 * 20 * 1.15));
  });

  it('a line may break at spaces and after a hyphen or slash, nowhere else', () => {
    expect(unbreakables('Smart Governance e-planning Kabupaten/Kota 1.580.000.000')).toEqual(['Smart', 'Governance', 'e-', 'planning', 'Kabupaten/', 'Kota', '1.580.000.000']);
    // LibreOffice breaks after a hyphen before a digit, but keeps a reference number with slashes whole.
    expect(unbreakables('gov-0001 188.45/112/Huk/2023')).toEqual(['gov-', '0001', '188.45/112/Huk/2023']);
  });

  it('keeps an identifier (non-breaking hyphens) and a label joined by a no-break space as one piece', () => {
    expect(unbreakables('Layanan (gov\u201103) Rp\u00A01.580')).toEqual(['Layanan', '(gov\u201103)', 'Rp\u00A01.580']);
  });

  it('measures an identifier whole once typeset: "(gov-03)" is the column minimum, not "(gov-"', () => {
    const t: Pick<Table, 'columns' | 'head' | 'body'> = { columns: [{ width: 1 }], head: [], body: [[cell('(gov-03)')]] };
    // "(gov-03)": ( 333 + g 556 + o 556 + v 500 + - 333 + 0 556 + 3 556 + ) 333 = 3.723 em × 9 × 20 = 670.14 → 671.
    expect(minimumWidths(t, 18, 'Arial', typesetter(['gov-03']))).toEqual([671 + 220]);
    // Without the id known, "(gov-" (2.278 em → 411) is the widest piece.
    expect(minimumWidths(t, 18, 'Arial', typesetter())).toEqual([411 + 220]);
  });

  it('a column is at least its longest piece plus margins (160) and slack (60); bold headers measured bold', () => {
    const t: Pick<Table, 'columns' | 'head' | 'body'> = {
      columns: [{ width: 1 }, { width: 5 }],
      head: [[cell('No'), cell('OPD')]],
      body: [[cell('1'), cell('Diskominfo')], [cell('Jumlah seluruh dimensi', { colSpan: 2 })]],
    };
    // Bold "No": N 722 + o 611 = 1.333 em × 9 × 20 = 239.94 → 240; "OPD" bold 778 + 667 + 722 = 2.167 em → 390.06 → 391,
    // less than "Diskominfo" (891). The spanning row does not count.
    expect(minimumWidths(t, 18, 'Arial', typesetter())).toEqual([240 + 220, 891 + 220]);
  });

  it('raises columns to their minimum, taking the width from columns with room in proportion', () => {
    expect(fitToContent([1000, 3000, 1000], [1111, 500, 1200], 5000)).toEqual([1111, 2689, 1200]);
    // The first column needs 300 more; the others have 2000 and 1000 above their minimum and give 200 and 100.
    expect(fitToContent([1300, 2500, 1400], [1600, 500, 400], 5200)).toEqual([1600, 2300, 1300]);
    // Minimums wider than the page: the table cannot fit at this size.
    expect(fitToContent([1000, 1000], [3000, 3000], 5000)).toBeUndefined();
  });

  describe('the one-pass measure (widestPiece) agrees with the definition (unbreakables, then textTwips)', () => {
    const strings = [
      '', ' ', 'Diskominfo', 'Smart Governance', 'gov-0001', 'Layanan (gov\u201103) aktif', 'gov\u2011st\u20111',
      'Rp\u00A01.580.000.000', 'Kabupaten/Kota', '188.45/112/Huk/2023', 'a/b/c', 'Dinas/ 12', '/Kota', 'Kota/',
      'e-planning', '--', 'x-/y', 'Ölçü/Ğüz café', 'kantor\u202Fdesa', 'tab\there\nline', '\u2022 Aplikasi\u2014terpadu',
      'Rp 11.550.000.000 (gov-03).', 'Ibu\u00A0Kota/Kab.', 'emoji \u{1F3DB}\u{FE0F}/gedung', 'x\u3000y\uFEFFz',
    ];
    const byDefinition = (text: string, halfPoints: number, bold: boolean, font: string) =>
      Math.max(0, ...unbreakables(text).map((piece) => textTwips(piece, halfPoints, bold, font)));
    const settings = [[22, 'Arial'], [18, 'Arial'], [16, 'Bookman Old Style'], [100, 'Arial']] as const;

    for (const text of strings) {
      it(JSON.stringify(text), () => {
        for (const bold of [false, true]) {
          for (const [size, font] of settings) expect(widestPiece(text, size, bold, font)).toBe(byDefinition(text, size, bold, font));
        }
      });
    }
  });
});
