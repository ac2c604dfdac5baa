/**
 * The manifest's `books` → the books to build, each with its label, title, file name, chapter folder, stage and
 * outline. One resolution for validate (problems located in the manifest) and build, like compose/book/outline.ts.
 */
import type { Model } from '../../model/types.js';
import { resolveOutline, type OutlineInput, type OutlineProblem, type Outline } from '../book/outline.js';
import { fileSlug, regionFullName } from '../book/names.js';
import { BUILT_IN_BOOKS, DEFAULT_BOOK_IDS, type BookDef, type Stage } from './catalogue.js';

export type BookInput = string | { id: string; label?: string; title?: string; file?: string; stage?: number; chapters?: OutlineInput['chapters'] };

export interface BookSpec {
  id: string;
  /** Cover label ("BUKU I"), '' for none. */
  label: string;
  title: string;
  /** How other books cite it: "Buku I", or the title in title case when there is no label. */
  cite: string;
  fileName: string;
  /** Folder of its chapter files, with a trailing "/"; '' for the single volume (chapter files beside it). */
  chapterDir: string;
  stage: Stage;
  outline: Outline;
}

export interface BookProblem {
  code: 'SC3023' | 'SC3024' | 'SC6005';
  path: (string | number)[];
  data: Record<string, string>;
  suggestionFrom?: readonly string[];
}

export interface BookContext {
  region: { type: 'kabupaten' | 'kota'; name: string };
  period: { start: number; end: number };
  /** The manifest's `outline`: it shapes `lengkap`. */
  outline?: OutlineInput;
  hasTemplate: (name: string) => boolean;
  figureKeys: readonly string[];
}

const BY_ID = new Map(BUILT_IN_BOOKS.map((b) => [b.id, b]));

/** "BUKU II" → "Buku II"; "RINGKASAN EKSEKUTIF" → "Ringkasan Eksekutif". */
export function citeName(label: string, title: string): string {
  const words = (label || title).toLocaleLowerCase('id-ID').split(/\s+/);
  return words.map((w) => (/^[ivxlc]+$/.test(w) ? w.toUpperCase() : w.charAt(0).toLocaleUpperCase('id-ID') + w.slice(1))).join(' ');
}

/** How a message names a book: "Buku II Masterplan Smart City", or "Ringkasan Eksekutif" for one without a label. */
export function bookName(b: Pick<BookSpec, 'label' | 'title' | 'cite'>): string {
  return b.label ? `${b.cite} ${citeName('', b.title)}` : b.cite;
}

export function resolveBookSet(input: readonly BookInput[] | undefined, ctx: BookContext): { books: BookSpec[]; problems: BookProblem[] } {
  const problems: BookProblem[] = [];
  const suffix = `-${fileSlug(regionFullName(ctx.region))}-${ctx.period.start}-${ctx.period.end}`;
  const seen = new Map<string, number>();
  const books: BookSpec[] = [];
  (input ?? DEFAULT_BOOK_IDS).forEach((raw, i) => {
    const b = typeof raw === 'string' ? { id: raw } : raw;
    const path = typeof raw === 'string' ? ['books', i] : ['books', i, 'id'];
    const def: BookDef | undefined = BY_ID.get(b.id);
    if (!def && !b.chapters) {
      problems.push({ code: 'SC3023', path, data: { id: b.id, allowed: [...BY_ID.keys()].join(', ') }, suggestionFrom: [...BY_ID.keys()] });
      return;
    }
    const title = b.title ?? def?.title ?? b.id.toLocaleUpperCase('id-ID');
    const fileName = b.file ? (/\.docx$/i.test(b.file) ? b.file : `${b.file}.docx`) : `${def?.file ?? fileSlug(citeName('', title))}${suffix}.docx`;
    for (const [field, key] of [['id', `id:${b.id}`], ['file', `file:${fileName.toLowerCase()}`]] as const) {
      const first = seen.get(key);
      if (first !== undefined) {
        // One problem per entry: a repeated id repeats its file name too.
        problems.push({ code: 'SC3024', path: field === 'id' ? path : ['books', i], data: { id: b.id, field, first: `books[${first}]` } });
        break;
      }
      seen.set(key, i);
    }
    let outline: Outline;
    if (b.chapters) {
      const resolved = resolveOutline({ chapters: b.chapters, appendices: [] }, ctx.hasTemplate, ctx.figureKeys, def?.outline());
      resolved.problems.forEach((p: OutlineProblem) => problems.push({ code: 'SC6005', path: ['books', i, ...p.path.slice(1)], data: { id: p.id, allowed: p.known.join(', ') || '-' }, suggestionFrom: p.known }));
      // A built-in book keeps its appendices when its chapters are rearranged.
      outline = { ...resolved.outline, appendices: def?.outline().appendices ?? [] };
    } else if (b.id === 'lengkap') {
      // The single volume: today's book, `outline` shaping it (its problems are reported at `outline` by its own rule).
      outline = resolveOutline(ctx.outline, ctx.hasTemplate, ctx.figureKeys).outline;
    } else {
      outline = def!.outline();
    }
    const label = b.label ?? def?.label ?? '';
    const stage = (b.stage ?? def?.stage ?? 4) as Stage;
    const chapterDir = b.id === 'lengkap' ? '' : `${fileName.replace(/\.docx$/i, '')}/`;
    books.push({ id: b.id, label, title, cite: citeName(label, title), fileName, chapterDir, stage, outline });
  });
  return { books, problems };
}

/** The books of the model's set (label, title, file, stage), for documents that list them (the Perbup's attachment). */
export function resolveBooks(model: Model): { id: string; label: string; title: string; fileName: string; stage: Stage }[] {
  const { books } = resolveBookSet(model.masterplan.books as BookInput[] | undefined, {
    region: model.region, period: model.masterplan.period, hasTemplate: () => true, figureKeys: [],
  });
  return books.map(({ id, label, title, fileName, stage }) => ({ id, label, title, fileName, stage }));
}
