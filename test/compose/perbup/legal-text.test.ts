import { describe, expect, it } from 'vitest';
import { citeLetters, legalText, letter } from '../../../src/compose/perbup/legal-text.js';
import type { Block, Inline } from '../../../src/compose/tree.js';

const text = (inlines: Inline[]): string => inlines.map((i) => (i.kind === 'text' || i.kind === 'ref' ? i.text : i.kind === 'break' ? '\n' : text(i.children))).join('');

/** Each block as one line: "label|text" for provisions, the text for paragraphs. */
function lines(blocks: Block[]): string[] {
  return blocks.map((b) => {
    if (b.kind === 'provision') return `${'  '.repeat(b.depth)}${b.label}|${text(b.content)}`;
    if (b.kind === 'paragraph') return `${b.style === 'legalHeading' ? '= ' : ''}${text(b.content).trim()}`;
    return b.kind;
  });
}

describe('legal-text', () => {
  describe('letter', () => {
    it('runs a … z, then aa, bb as drafting continues a long list', () => {
      expect([0, 1, 25, 26, 27].map(letter)).toEqual(['a', 'b', 'z', 'aa', 'bb']);
    });
  });

  describe('citeLetters', () => {
    it('cites every consideration by letter, the last two joined by "dan"', () => {
      expect(citeLetters(1)).toBe('huruf a');
      expect(citeLetters(2)).toBe('huruf a dan huruf b');
      expect(citeLetters(4)).toBe('huruf a, huruf b, huruf c, dan huruf d');
    });
  });

  describe('legalText', () => {
    const source = [
      'BAB Ketentuan Umum',
      'Pasal {#satu}',
      'Dalam Peraturan ini yang dimaksud dengan:',
      '+ Daerah adalah Kota Contoh.',
      '+ Wali Kota adalah Wali Kota Contoh.',
      'BAB Pelaksanaan',
      'Pasal {#dua}',
      '(#) Tim dibentuk. {#tim}',
      '(#) Tim [[dimaksud:tim]] terdiri atas:',
      '- ketua {#ketua}',
      '- sekretaris',
      '- anggota',
      '(#) Ketua [[dimaksud:ketua]] memimpin rapat.',
      'Pasal',
      'Definisi [[dimaksud:satu]] dan tim [[dimaksud:tim]] berlaku; lihat [[pasal:dua]] [[ayat:ketua]].',
    ].join('\n');
    const result = legalText(source);

    it('numbers BAB, Pasal, ayat and items without a gap, continuously across chapters', () => {
      expect(result.articles).toEqual([1, 2, 3]);
      expect(lines(result.blocks)).toEqual([
        '= BAB I', '= KETENTUAN UMUM',
        '= Pasal 1',
        '|Dalam Peraturan ini yang dimaksud dengan:',
        '1.|Daerah adalah Kota Contoh.',
        '2.|Wali Kota adalah Wali Kota Contoh.',
        '= BAB II', '= PELAKSANAAN',
        '= Pasal 2',
        '(1)|Tim dibentuk.',
        '(2)|Tim sebagaimana dimaksud pada ayat (1) terdiri atas:',
        '  a.|ketua;',
        '  b.|sekretaris; dan',
        '  c.|anggota.',
        '(3)|Ketua sebagaimana dimaksud pada ayat (2) huruf a memimpin rapat.',
        '= Pasal 3',
        '|Definisi sebagaimana dimaksud dalam Pasal 1 dan tim sebagaimana dimaksud dalam Pasal 2 ayat (1) berlaku; lihat Pasal 2 ayat (2) huruf a.',
      ]);
      expect(result.unknownRefs).toEqual([]);
    });

    it('cites an item of the same ayat by its letter only', () => {
      const r = legalText(['Pasal', '(#) Syarat:', '- pertama {#p}', '- kedua, selain yang [[dimaksud:p]]'].join('\n'));
      expect(lines(r.blocks).at(-1)).toBe('  b.|kedua, selain yang sebagaimana dimaksud pada huruf a.');
    });

    it('lets a later text cite the earlier one (the Lampiran cites the body)', () => {
      const r = legalText('Lihat [[dimaksud:dua]].', result.targets);
      expect(lines(r.blocks)).toEqual(['Lihat sebagaimana dimaksud dalam Pasal 2.']);
      expect(r.articles).toEqual([]);
    });

    it('reports a citation of an id nothing carries, and shows it in the text', () => {
      const r = legalText('Pasal\n(#) Lihat [[dimaksud:tidak-ada]].');
      expect(r.unknownRefs).toEqual(['tidak-ada']);
      expect(lines(r.blocks)[1]).toBe('(1)|Lihat [tidak-ada?].');
    });

    it('cites the article it is in as "Pasal ini"', () => {
      const r = legalText('Pasal {#p}\n(#) Hal [[dimaksud:p]] berlaku.');
      expect(lines(r.blocks)[1]).toBe('(1)|Hal sebagaimana dimaksud dalam Pasal ini berlaku.');
    });

    it('leaves a list item that ends in punctuation as written', () => {
      const r = legalText('Pasal\n- satu:\n- dua,\n- tiga');
      expect(lines(r.blocks).slice(1)).toEqual(['a.|satu:', 'b.|dua,', 'c.|tiga.']);
    });
  });
});
