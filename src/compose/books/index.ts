/**
 * The book set as volumes: each resolved book composed from the one model (compose/book composeVolume), then the
 * citations between books ("lihat Buku II, Tabel 3.2", written `[[ref:masterplan:tbl-anggaran-dimensi]]`) resolved
 * against the numbers each book gave its tables, figures and headings.
 */
import type { Model } from '../../model/types.js';
import { collectRefTexts, composeVolume, resolveRefs } from '../book/index.js';
import type { Templates } from '../templates.js';
import type { ComposedBook } from '../tree.js';
import { citeName, type BookSpec } from './resolve.js';

export { resolveBookSet, resolveBooks, citeName, bookName, type BookSpec, type BookInput, type BookProblem } from './resolve.js';
export { BUILT_IN_BOOKS, DEFAULT_BOOK_IDS, DUE_AT_STAGE, type Stage } from './catalogue.js';

export interface ComposedVolume extends ComposedBook {
  spec: BookSpec;
}

/** `analisis-strategis` → `analisisStrategis`: how templates name a book of the set. */
const camel = (id: string) => id.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

/** What a template knows of the set: each built-in book present ({cite, title}) or null, and the list in order. */
export function bookSetView(books: readonly BookSpec[], current: BookSpec): Record<string, unknown> {
  const set: Record<string, unknown> = { analisisStrategis: null, masterplan: null, quickWin: null, ringkasanEksekutif: null, lengkap: null };
  // Titles in running text are in title case ("Masterplan Smart City"); the cover keeps the upper case.
  const title = (b: BookSpec) => citeName('', b.title);
  for (const b of books) set[camel(b.id)] = { cite: b.cite, title: title(b) };
  return {
    // "Buku II Masterplan Smart City" needs no "Masterplan Smart City" after it, as Buku I Analisis Strategis does.
    book: { id: current.id, label: current.label, title: title(current), cite: current.cite, namesMasterplan: /\bmasterplan\b/i.test(current.title) },
    bookSet: set,
    bookList: books.map((b) => ({ cite: b.cite, title: title(b), current: b.id === current.id })),
  };
}

export function composeBookSet(model: Model, templates: Templates, books: readonly BookSpec[]): ComposedVolume[] {
  const region = model.region;
  const volumes = books.map((spec): ComposedVolume => {
    const single = spec.id === 'lengkap' && spec.label === '' && spec.title === 'MASTERPLAN SMART CITY';
    const composed = composeVolume(model, templates, {
      outline: spec.outline,
      fileName: spec.fileName,
      chapterDir: spec.chapterDir,
      // The single volume keeps today's cover, header and foreword; a book of the set names itself.
      view: bookSetView(books, spec),
      ...(single ? {} : {
        coverTitle: [spec.label, spec.title].filter(Boolean),
        header: `${spec.cite} ${citeTitle(spec)} ${region.type === 'kota' ? 'Kota' : 'Kabupaten'} ${region.name}`.replace(/\s+/g, ' ').trim(),
      }),
    });
    return { ...composed, spec };
  });
  resolveCrossBookRefs(volumes);
  return volumes;
}

/** The header's title part: "Buku I Analisis Strategis", or just "Ringkasan Eksekutif" for a book without a label. */
function citeTitle(spec: BookSpec): string {
  if (!spec.label) return '';
  return spec.title.toLocaleLowerCase('id-ID').replace(/(^|\s)(\p{L})/gu, (_m, sp: string, ch: string) => sp + ch.toLocaleUpperCase('id-ID'));
}

/**
 * `[[ref:<book>:<id>]]` → "Buku II, Tabel 3.2" with the cited book's own number. A book not in the set, or an id the
 * book lacks, stays unresolved ("[masterplan:tbl-x?]") and build reports it (SC6008) like any unresolved ref.
 */
export function resolveCrossBookRefs(volumes: readonly ComposedVolume[]): void {
  const texts = new Map<string, string>();
  for (const v of volumes) {
    const own = collectRefTexts(v.book.sections);
    for (const [id, text] of own) texts.set(`${v.spec.id}:${id}`, `${v.spec.cite}, ${text}`);
    // A chapter is cited by its id ("analisis-strategis:bab-swot"), whatever its position in that book.
    v.spec.outline.chapters.forEach((c, i) => {
      const text = own.get(`bab-${i + 1}`);
      if (text) texts.set(`${v.spec.id}:bab-${c.id}`, `${v.spec.cite}, ${text}`);
    });
  }
  for (const v of volumes) for (const s of v.book.sections) resolveRefs(s.blocks, texts, (target) => target.includes(':'));
}
