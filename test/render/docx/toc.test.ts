import { describe, expect, it } from 'vitest';
import { numberRoomSplit } from '../../../src/render/docx/toc.js';

// A measure of 100 twips per character: a line of 5,000 twips holds 50 characters, the number's room is 680.
const measure = (s: string) => s.length * 100;

describe('numberRoomSplit (issue 17)', () => {
  it('leaves an entry whose last line leaves the page number its room in one piece', () => {
    expect(numberRoomSplit('Tabel 2.1 Daftar Quick Win', 5000, measure)).toEqual(['Tabel 2.1 Daftar Quick Win']);
    // 60 characters: the second line is "persandian" (10 characters, 1,000 twips), room enough.
    expect(numberRoomSplit('Tabel 2.3 Sepuluh Kriteria Quick Win Layanan keamanan data persandian', 5000, measure)).toHaveLength(1);
  });
  it('breaks before the last word when the last line would reach into the room (45 of 50 characters)', () => {
    // 45 characters on one line: 4,500 > 5,000 - 680.
    expect(numberRoomSplit('Tabel 2.4 Register Risiko Quick Win persandian', 5000, measure)).toEqual(['Tabel 2.4 Register Risiko Quick Win', 'persandian']);
    // Wrapped by the line first ("… informasi dan" fills it), then its last line "persandian sandi data" (21) is short: one piece.
    expect(numberRoomSplit('Tabel 2.4 Register Risiko Quick Win informasi dan persandian sandi data', 5000, measure)).toHaveLength(1);
  });
  it('does not break before a last word that already stands alone on its line', () => {
    expect(numberRoomSplit('x'.repeat(30) + ' ' + 'y'.repeat(47), 5000, measure)).toHaveLength(1);
  });
});
