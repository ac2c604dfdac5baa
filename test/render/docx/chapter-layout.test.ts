import { describe, expect, it } from 'vitest';
import type { Block, DocTree, Section } from '../../../src/compose/tree.js';
import { changedChapters, chaptersOf, rememberLayout } from '../../../src/render/docx/chapter-layout.js';
import type { PdfPage } from '../../../src/render/docx/page-oracle.js';

const t = (text: string) => [{ kind: 'text' as const, text }];
const heading = (level: 1 | 2, id: string, text: string): Block => ({ kind: 'heading', level, id, number: '', content: t(text) });
const para = (text: string): Block => ({ kind: 'paragraph', content: t(text) });
const section = (pageNumbers: Section['pageNumbers'], restart: boolean, blocks: Block[], orientation: Section['orientation'] = 'portrait'): Section =>
  ({ kind: 'section', orientation, pageNumbers, restart, blocks });

/** Cover, front matter, then three chapters; the first has a landscape section of its own after its opening one. */
function book(chapter2 = 'Isi bab dua.', heading2 = 'Sub bab dua'): DocTree {
  return {
    meta: {
      title: 'Buku', subject: 'Buku', author: 'Kabupaten Contoh', date: '2023-10-16', language: 'id-ID',
      style: { font: 'Arial', fontSize: 11, paper: 'A4' }, labels: { page: 'Halaman', table: 'Tabel', figure: 'Gambar', chapter: 'BAB' },
    },
    sections: [
      section('none', false, [{ kind: 'cover', title: ['BUKU'], period: '2024 – 2028', footer: [] }]),
      section('roman', true, [{ kind: 'frontTitle', id: 'kp', text: 'KATA PENGANTAR' }, { kind: 'toc', title: 'DAFTAR ISI' }]),
      section('arabic', true, [heading(1, 'bab1', 'PENDAHULUAN'), para('Isi bab satu.')]),
      section('arabic', false, [heading(2, 'bab1-2', 'Tabel besar'), para('Isi lanskap.')], 'landscape'),
      section('arabic', false, [heading(1, 'bab2', 'ANALISIS'), heading(2, 'bab2-1', heading2), para(chapter2)]),
      section('arabic', false, [heading(1, 'bab3', 'PENUTUP'), para('Isi bab tiga.')]),
    ],
  };
}

/** A laid-out PDF: `front` unnumbered or roman pages, then arabic pages 1..`body`. */
const pdf = (front: number, body: number): PdfPage[] => [
  ...Array.from({ length: front }, (_, i) => ({ index: i, number: i === 0 ? '' : 'i'.repeat(i), lines: [] })),
  ...Array.from({ length: body }, (_, i) => ({ index: front + i, number: String(i + 1), lines: [] })),
];

// The whole book's layout: cover + 2 roman pages, then BAB I on 1–5, BAB II on 6–8, BAB III on 9–10.
const measured = new Map([['kp', 'i'], ['bab1', '1'], ['bab1-2', '4'], ['bab2', '6'], ['bab2-1', '7'], ['bab3', '9']]);

describe('chapter layout (a --watch rebuild lays out only the chapters it changed)', () => {
  it('a chapter runs from a section opening with a level-1 heading to the next', () => {
    const parts = chaptersOf(book())!;
    expect(parts.front.length).toBe(2);
    expect(parts.chapters.map((c) => [c.firstId, c.sections.length])).toEqual([['bab1', 2], ['bab2', 1], ['bab3', 1]]);
  });

  it('no chapters when a body section restarts its numbering or the body is not arabic', () => {
    const restarted = book();
    restarted.sections[5] = { ...restarted.sections[5], restart: true };
    expect(chaptersOf(restarted)).toBeUndefined();
    const roman = book();
    roman.sections[4] = { ...roman.sections[4], pageNumbers: 'roman' };
    expect(chaptersOf(roman)).toBeUndefined();
  });

  it('remembers each chapter\'s page count from its first page and the next chapter\'s (the last to the last page)', () => {
    const memory = rememberLayout(book(), measured, pdf(3, 10))!;
    expect(memory.chapters.map((c) => [c.firstId, c.pageCount])).toEqual([['bab1', 5], ['bab2', 3], ['bab3', 2]]);
    expect(memory.pdfPages).toBe(13);
    // A chapter whose first page was not found: nothing to remember.
    expect(rememberLayout(book(), new Map([...measured].filter(([k]) => k !== 'bab2')), pdf(3, 10))).toBeUndefined();
  });

  it('an edit inside BAB II: BAB II alone is laid out, BAB III moves by the two pages it gained', () => {
    const memory = rememberLayout(book(), measured, pdf(3, 10))!;
    const changed = changedChapters(book('Isi bab dua, jauh lebih panjang.'), memory)!;
    expect([...changed.changed.keys()]).toEqual([1]);
    const alone = changed.changed.get(1)!;
    expect(alone.sections.map((s) => [s.restart, s.startAt])).toEqual([[true, 1]]);
    // Laid out alone: BAB II on 1, its sub-heading on 4, five pages.
    const spliced = changed.splice(new Map([[1, { pages: new Map([['bab2', '1'], ['bab2-1', '4']]), pageCount: 5 }]]))!;
    expect(Object.fromEntries(spliced.pages)).toEqual({ kp: 'i', bab1: '1', 'bab1-2': '4', bab2: '6', 'bab2-1': '9', bab3: '11' });
    expect(spliced.memory.chapters.map((c) => c.pageCount)).toEqual([5, 5, 2]);
    expect(spliced.memory.pdfPages).toBe(15);
    // The next rebuild starts from this one: nothing changed since.
    expect(changedChapters(book('Isi bab dua, jauh lebih panjang.'), spliced.memory)).toBeUndefined();
  });

  it('the whole book is laid out when a list line changed, nothing changed, or a chapter lost an entry alone', () => {
    const memory = rememberLayout(book(), measured, pdf(3, 10))!;
    expect(changedChapters(book(), memory)).toBeUndefined();
    expect(changedChapters(book('Isi bab dua.', 'Sub bab dua yang diganti'), memory)).toBeUndefined();
    const changed = changedChapters(book('Isi lain.'), memory)!;
    expect(changed.splice(new Map([[1, { pages: new Map([['bab2', '1']]), pageCount: 3 }]]))).toBeUndefined();
  });
});
