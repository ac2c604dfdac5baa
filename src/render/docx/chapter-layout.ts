/**
 * A `--watch` rebuild lays out only the chapters an edit changed (issue 22). Every chapter opens on a page of its own
 * (each section starts a new page) and the body's arabic numbering runs on from one chapter to the next, so a chapter
 * laid out alone breaks its pages as it does inside its book: its entries' pages are its first page plus their page
 * within it, and every later chapter moves by the pages it gained or lost. The front matter stays as it was when the
 * book's entries (the lines of its lists) and its look are unchanged. What is remembered of a layout to do this is a
 * `LayoutMemory`; anything this cannot vouch for takes the whole book's layout instead.
 */
import type { DocTree, Section } from '../../compose/tree.js';
import { treeHash } from '../tree-hash.js';
import { collectEntries, type Entry } from './context.js';
import type { PdfPage } from './page-oracle.js';

/** A chapter: the sections from one opening with a level-1 heading to the next. */
export interface Chapter {
  sections: Section[];
  /** Its level-1 heading, whose page is the chapter's first. */
  firstId: string;
}

/** What a layout of a book leaves for the next rebuild to lay out only its changed chapters. */
export interface LayoutMemory {
  /** Every entry's displayed page. */
  pages: Map<string, string>;
  /** The book's look and front matter, and the text of every list line: unchanged, the front matter lays out alike. */
  frame: string;
  chapters: { hash: string; firstId: string; pageCount: number }[];
  /** Physical pages of the whole book. */
  pdfPages: number;
}

/**
 * The body's chapters, or undefined when the body's numbering does not run on from chapter to chapter (a section that
 * restarts it, roman pages after the first chapter, content between the front matter and a chapter heading).
 */
export function chaptersOf(tree: DocTree): { front: Section[]; chapters: Chapter[] } | undefined {
  const opens = (s: Section): string | undefined => {
    const b = s.blocks[0];
    return b?.kind === 'heading' && b.level === 1 ? b.id : undefined;
  };
  const first = tree.sections.findIndex((s) => opens(s) !== undefined);
  if (first < 0) return undefined;
  const body = tree.sections.slice(first);
  if (body[0].pageNumbers !== 'arabic' || body.slice(1).some((s) => s.restart || s.pageNumbers !== 'arabic')) return undefined;
  const chapters: Chapter[] = [];
  for (const s of body) {
    const id = opens(s);
    if (id !== undefined) chapters.push({ sections: [s], firstId: id });
    else chapters[chapters.length - 1].sections.push(s);
  }
  return { front: tree.sections.slice(0, first), chapters };
}

const frameOf = (tree: DocTree, front: Section[], entries: Entry[]): string =>
  treeHash({ meta: tree.meta, front, entries: entries.map((e) => [e.id, e.text, e.list]) });

/** The displayed arabic page of the last numbered page of a layout. */
function lastNumber(pdf: PdfPage[]): number | undefined {
  for (let i = pdf.length - 1; i >= 0; i--) if (/^\d+$/.test(pdf[i].number)) return Number(pdf[i].number);
  return undefined;
}

/** What the next rebuild needs of this layout of the whole book; undefined when a chapter's first page is unknown. */
export function rememberLayout(tree: DocTree, pages: Map<string, string>, pdf: PdfPage[]): LayoutMemory | undefined {
  const parts = chaptersOf(tree);
  const end = lastNumber(pdf);
  if (!parts || end === undefined) return undefined;
  const starts = parts.chapters.map((c) => Number(pages.get(c.firstId)));
  if (starts.some((n) => !Number.isInteger(n))) return undefined;
  const counts = starts.map((s, i) => (i + 1 < starts.length ? starts[i + 1] : end + 1) - s);
  if (counts.some((n) => n < 1)) return undefined;
  return {
    pages,
    frame: frameOf(tree, parts.front, collectEntries(tree)),
    chapters: parts.chapters.map((c, i) => ({ hash: treeHash(c.sections), firstId: c.firstId, pageCount: counts[i] })),
    pdfPages: pdf.length,
  };
}

/** A chapter laid out alone: its entries' displayed pages (numbered from 1) and how many pages it took. */
export interface ChapterLayout {
  pages: Map<string, string>;
  pageCount: number;
}

export interface ChangedChapters {
  /** Chapter index → the chapter as its own document, numbered from 1, to be laid out. */
  changed: Map<number, DocTree>;
  /** The book's pages once each changed chapter's layout is known; undefined if one lost an entry. */
  splice(layouts: Map<number, ChapterLayout>): { pages: Map<string, string>; memory: LayoutMemory } | undefined;
}

/**
 * The chapters that differ from the remembered layout, each as a document of its own, or undefined when more than the
 * chapters changed (the look, the front matter, a list's lines, the number of chapters) or nothing did.
 */
export function changedChapters(tree: DocTree, memory: LayoutMemory): ChangedChapters | undefined {
  const parts = chaptersOf(tree);
  if (!parts || parts.chapters.length !== memory.chapters.length) return undefined;
  const entries = collectEntries(tree);
  if (frameOf(tree, parts.front, entries) !== memory.frame) return undefined;
  const hashes = parts.chapters.map((c) => treeHash(c.sections));
  if (parts.chapters.some((c, i) => c.firstId !== memory.chapters[i].firstId)) return undefined;
  const changed = new Map<number, DocTree>();
  hashes.forEach((h, i) => {
    if (h === memory.chapters[i].hash) return;
    const [first, ...rest] = parts.chapters[i].sections;
    changed.set(i, { meta: tree.meta, sections: [{ ...first, restart: true, startAt: 1 }, ...rest] });
  });
  if (changed.size === 0) return undefined;
  const chapterOf = new Map<string, number>();
  parts.chapters.forEach((c, i) => collectEntries({ meta: tree.meta, sections: c.sections }).forEach((e) => chapterOf.set(e.id, i)));
  return {
    changed,
    splice(layouts) {
      const pages = new Map<string, string>();
      const counts = memory.chapters.map((c, i) => layouts.get(i)?.pageCount ?? c.pageCount);
      const oldStart = (i: number): number => Number(memory.pages.get(memory.chapters[i].firstId));
      const starts = counts.map((_, i) => oldStart(0) + counts.slice(0, i).reduce((n, c) => n + c, 0));
      for (const e of entries) {
        const i = chapterOf.get(e.id);
        const local = i === undefined ? undefined : layouts.get(i);
        if (i === undefined) {
          const was = memory.pages.get(e.id);
          if (was !== undefined) pages.set(e.id, was);
        } else if (local) {
          const at = Number(local.pages.get(e.id));
          if (!Number.isInteger(at)) return undefined;
          pages.set(e.id, String(starts[i] + at - 1));
        } else {
          const was = Number(memory.pages.get(e.id));
          if (Number.isInteger(was)) pages.set(e.id, String(was - oldStart(i) + starts[i]));
        }
      }
      const chapters = memory.chapters.map((c, i) => ({ ...c, hash: hashes[i], pageCount: counts[i] }));
      const gained = counts.reduce((n, c, i) => n + c - memory.chapters[i].pageCount, 0);
      return { pages, memory: { ...memory, pages, chapters, pdfPages: memory.pdfPages + gained } };
    },
  };
}
