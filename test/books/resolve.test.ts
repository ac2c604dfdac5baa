import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_OUTLINE } from '../../src/compose/book/outline.js';
import { BUILT_IN_BOOKS, resolveBookSet, type BookInput } from '../../src/compose/books/index.js';

const ctx = {
  region: { type: 'kabupaten' as const, name: 'Kotawaringin Timur' },
  period: { start: 2023, end: 2032 },
  hasTemplate: (name: string) => name === 'roadmap/pengantar',
  figureKeys: [],
};
const resolve = (books?: BookInput[], outline?: object) => resolveBookSet(books, { ...ctx, outline });
const SUFFIX = 'Kabupaten-Kotawaringin-Timur-2023-2032';

describe('resolveBookSet', () => {
  it('default: Buku I, II, III and the Ringkasan Eksekutif, in that order, each with its file, folder, label and stage', () => {
    const { books, problems } = resolve();
    expect(problems).toEqual([]);
    expect(books.map((b) => [b.id, b.label, b.cite, b.fileName, b.chapterDir, b.stage])).toEqual([
      ['analisis-strategis', 'BUKU I', 'Buku I', `Buku-I-Analisis-Strategis-${SUFFIX}.docx`, `Buku-I-Analisis-Strategis-${SUFFIX}/`, 1],
      ['masterplan', 'BUKU II', 'Buku II', `Buku-II-Masterplan-Smart-City-${SUFFIX}.docx`, `Buku-II-Masterplan-Smart-City-${SUFFIX}/`, 2],
      ['quick-win', 'BUKU III', 'Buku III', `Buku-III-Quick-Win-${SUFFIX}.docx`, `Buku-III-Quick-Win-${SUFFIX}/`, 3],
      ['ringkasan-eksekutif', '', 'Ringkasan Eksekutif', `Ringkasan-Eksekutif-${SUFFIX}.docx`, `Ringkasan-Eksekutif-${SUFFIX}/`, 4],
    ]);
  });

  it('chosen and reordered, one dropped', () => {
    const { books } = resolve(['ringkasan-eksekutif', 'analisis-strategis']);
    expect(books.map((b) => b.id)).toEqual(['ringkasan-eksekutif', 'analisis-strategis']);
  });

  it('renamed: label, title and file; the stage and chapters stay the built-in book\'s', () => {
    const { books, problems } = resolve([{ id: 'masterplan', label: 'BUKU 2', title: 'RENCANA INDUK SMART CITY', file: 'Rencana-Induk' }]);
    expect(problems).toEqual([]);
    expect(books[0]).toMatchObject({ label: 'BUKU 2', title: 'RENCANA INDUK SMART CITY', fileName: 'Rencana-Induk.docx', chapterDir: 'Rencana-Induk/', stage: 2 });
    expect(books[0].outline.chapters.map((c) => c.id)).toEqual(['pendahuluan', 'strategi', 'rencana-program', 'peta-jalan', 'kelembagaan', 'penutup']);
  });

  it('lengkap: the single volume shaped by `outline`, chapter files beside it', () => {
    const { books } = resolve(['lengkap'], { chapters: ['pendahuluan', 'penutup'] });
    expect(books[0]).toMatchObject({ id: 'lengkap', fileName: `Masterplan-Smart-City-${SUFFIX}.docx`, chapterDir: '', stage: 4 });
    expect(books[0].outline.chapters.map((c) => c.id)).toEqual(['pendahuluan', 'penutup']);
    expect(resolve(['lengkap']).books[0].outline).toBe(DEFAULT_OUTLINE);
  });

  it('a new book from chapters of the outline and a project template, due at its own stage', () => {
    const { books, problems } = resolve([{ id: 'road-map', label: 'BUKU IV', title: 'ROAD MAP', stage: 3, chapters: ['peta-jalan', { id: 'pengantar', title: 'PENGANTAR', sections: [{ id: 'isi', template: 'roadmap/pengantar' }] }] }]);
    expect(problems).toEqual([]);
    expect(books[0]).toMatchObject({ id: 'road-map', cite: 'Buku IV', fileName: `Road-Map-${SUFFIX}.docx`, stage: 3 });
    expect(books[0].outline.chapters.map((c) => c.title)).toEqual(['PETA JALAN', 'PENGANTAR']);
  });

  it('problems: an unknown book (SC3023), a book listed twice (SC3024, once), an unknown chapter (SC6005), each at its path', () => {
    const { books, problems } = resolve(['masterplen', 'quick-win', 'quick-win', { id: 'x', chapters: ['bogus'] }]);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['SC3023', ['books', 0]],
      ['SC3024', ['books', 2]],
      ['SC6005', ['books', 3, 'chapters', 0]],
    ]);
    expect(problems[0].suggestionFrom).toContain('masterplan');
    // A chapter is suggested from the chapters a book may draw on.
    expect(problems[2].suggestionFrom).toContain('peta-jalan');
    expect(books.map((b) => b.id)).toEqual(['quick-win', 'quick-win', 'x']);
  });
});

describe('the books draw on the one outline', () => {
  const appendices = DEFAULT_OUTLINE.appendices;
  const quickWin = DEFAULT_OUTLINE.chapters.find((c) => c.id === 'quick-win')!;
  const before = { appendices: [...appendices], sections: [...quickWin.sections] };
  afterEach(() => {
    appendices.splice(0, appendices.length, ...before.appendices);
    quickWin.sections.splice(0, quickWin.sections.length, ...before.sections);
  });

  it('a section added to DEFAULT_OUTLINE\'s appendices or quick-win chapter appears in Buku II and Buku III', () => {
    appendices.push({ id: 'keterkaitan', title: 'Matriks Keterkaitan' });
    quickWin.sections.push({ id: 'risiko', title: 'Risiko Quick Win' });
    const masterplan = BUILT_IN_BOOKS.find((b) => b.id === 'masterplan')!.outline();
    const buku3 = BUILT_IN_BOOKS.find((b) => b.id === 'quick-win')!.outline();
    expect(masterplan.appendices.map((s) => s.id)).toContain('keterkaitan');
    const chapter = buku3.chapters.find((c) => c.id === 'quick-win')!;
    expect(chapter.sections.map((s) => [s.id, s.source])).toContainEqual(['risiko', 'quick-win/risiko']);
  });
});
