import { describe, expect, it } from 'vitest';
import type { DocTree } from '../../../src/compose/tree.js';
import type { Entry } from '../../../src/render/docx/context.js';
import { frontStays } from '../../../src/render/docx/front-stays.js';
import { fixtureTree } from './fixture.js';

const withFont = (font: string): DocTree => {
  const tree = fixtureTree();
  return { ...tree, meta: { ...tree.meta, style: { ...tree.meta.style, font, fontSize: 11, paper: 'A4' } } };
};
const short: Entry = { id: 'a', level: 1, text: 'BAB I PENDAHULUAN', list: 'toc' };
// About 120 characters: wider than an A4 line at 11 pt (some 90 characters of Arial), so it wraps either way.
const long: Entry = { id: 'b', level: 2, text: '3.2.1 Program Pengembangan Sistem Informasi Pelayanan Terpadu Satu Pintu Berbasis Elektronik untuk Seluruh Kecamatan', list: 'toc' };
const pages = (a: string, b: string) => new Map([['a', a], ['b', b]]);

describe('frontStays: whether writing the measured numbers can move a page of the front matter', () => {
  it('a short entry whose number grows by a digit still fits its line: nothing moves', () => {
    expect(frontStays(withFont('Arial'), [short], pages('9', ''), new Map([['a', '10']]))).toBe(true);
  });

  it('numbers with as many digits are as wide in a font with tabular digits, even for an entry that wraps', () => {
    expect(frontStays(withFont('Arial'), [short, long], pages('9', '12'), pages('9', '14'))).toBe(true);
  });

  it('a wrapping entry whose number gets a digit more may wrap differently: not sure', () => {
    expect(frontStays(withFont('Arial'), [short, long], pages('9', '9'), pages('9', '10'))).toBe(false);
  });

  it('a roman number of another width on a wrapping entry: not sure', () => {
    expect(frontStays(withFont('Arial'), [{ ...long, id: 'b' }], pages('', 'ii'), new Map([['b', 'iv']]))).toBe(false);
  });

  it('a font whose widths are not known: only identical numbers are safe', () => {
    expect(frontStays(withFont('Comic Sans MS'), [short], pages('9', ''), new Map([['a', '10']]))).toBe(false);
    expect(frontStays(withFont('Comic Sans MS'), [short], pages('12', ''), new Map([['a', '14']]))).toBe(false);
    expect(frontStays(withFont('Comic Sans MS'), [short], pages('12', ''), new Map([['a', '12']]))).toBe(true);
  });
});
