/**
 * The whole masterplan as document trees: the book and one tree per chapter. Walks the outline, asks each
 * section composer for its blocks, then numbers headings (BAB I, 1.1, 1.1.1), captions per chapter
 * (Tabel 5.3) and resolves cross-references, in one pass, so every number is known before any writer runs.
 */
import { readFileSync } from 'node:fs';
import { roman } from '../../format/indonesian.js';
import type { Model } from '../../model/types.js';
import { identifiersOf } from '../identifiers.js';
import { inlineText } from '../markdown.js';
import type { Templates } from '../templates.js';
import type { Block, ComposedBook, DocMeta, DocTree, Inline, Section } from '../tree.js';
import { makeSectionCtx, type Piece } from './context.js';
import { frontSections } from './front.js';
import { imageInfo } from './image.js';
import { fileSlug, regionFullName } from './names.js';
import { resolveOutline, type ChapterRef, type Outline, type OutlineInput, type OutlineProblem, type SectionRef } from './outline.js';
import { SECTION_COMPOSERS } from './sections.js';
import { needsLandscape } from '../page-fit.js';
import { FIGURES } from '../figures/index.js';
import { baseView } from './view.js';

export interface ComposeResult {
  book: ComposedBook;
  problems: OutlineProblem[];
}

interface ComposedChapter {
  ref: ChapterRef;
  /** '1'… for BAB, '' for the appendix. */
  number: string;
  fileName: string;
  sections: Section[];
}

export function composeBook(model: Model, templates: Templates): ComposeResult {
  const { outline, problems } = resolveOutline(model.masterplan.outline as OutlineInput | undefined, (n) => templates.has(n), Object.keys(FIGURES));
  const name = `Masterplan-Smart-City-${fileSlug(regionFullName(model.region))}-${model.masterplan.period.start}-${model.masterplan.period.end}.docx`;
  return { book: composeVolume(model, templates, { outline, fileName: name, chapterDir: '' }), problems };
}

/** What makes one volume of the book set: its outline, file names and cover (default: the single masterplan). */
export interface VolumeSpec {
  outline: Outline;
  fileName: string;
  /** Prefix of its chapter files ("Buku-I-…/"), '' for beside the volume. */
  chapterDir: string;
  /** Cover lines above the region's name, e.g. ["BUKU I", "ANALISIS STRATEGIS"] (default "MASTERPLAN SMART CITY"). */
  coverTitle?: string[];
  /** Running header (default the masterplan's title). */
  header?: string;
  /** Extra fields for this volume's templates (e.g. the book set). */
  view?: Record<string, unknown>;
}

/** One volume: front matter, numbered chapters (BAB I…, Lampiran) and a file per chapter; refs resolved within it. */
export function composeVolume(model: Model, templates: Templates, spec: VolumeSpec): ComposedBook {
  const { outline } = spec;
  // Templates run in strict mode: a section of the set (buku/*) composed into the single volume sees an empty set.
  const view: Record<string, unknown> = { ...baseView(model), book: null, bookSet: { analisisStrategis: null, masterplan: null, quickWin: null, ringkasanEksekutif: null, lengkap: null }, bookList: [], ...(spec.view ?? {}) };
  const header = spec.header ?? model.masterplan.title;
  view.outlineChapters = outline.chapters.map((c, i) => ({ label: `BAB ${roman(i + 1)}`, title: c.title, id: c.id, summary: c.summary ?? null }));

  const chapters: ComposedChapter[] = outline.chapters.map((c, i) => {
    const number = String(i + 1);
    const pieces: Piece[] = [{ kind: 'heading', level: 1, id: `bab-${number}`, number, content: [{ kind: 'text', text: c.title }] }];
    for (const s of c.sections) pieces.push(...composeSection(model, templates, view, c, s, c.id, outline.dropFigures));
    return { ref: c, number, fileName: `${spec.chapterDir}BAB-${roman(i + 1)}-${titleSlug(c.title)}.docx`, sections: toSections(wideToLandscape(model, pieces), c.landscape, header) };
  });
  if (outline.appendices.length > 0) {
    const ref: ChapterRef = { id: 'lampiran', title: 'LAMPIRAN', landscape: false, sections: outline.appendices };
    const pieces: Piece[] = [{ kind: 'heading', level: 1, id: 'lampiran', number: '', content: [{ kind: 'text', text: 'LAMPIRAN' }] }];
    for (const s of outline.appendices) pieces.push(...composeSection(model, templates, view, ref, s, 'lampiran', outline.dropFigures));
    chapters.push({ ref, number: '', fileName: `${spec.chapterDir}Lampiran.docx`, sections: toSections(wideToLandscape(model, pieces), false, header) });
  }

  numberChapters(chapters);

  const meta = docMeta(model);
  const logo = model.region.logoPath ? imageInfo(readFileSync(model.region.logoPath)) : undefined;
  const body = chapters.flatMap((c) => c.sections);
  const has = (kind: 'table' | 'figure') => body.some((s) => s.blocks.some((b) => b.kind === kind && b.number !== ''));
  const front = frontSections(model, templates, view, header, logo, { tables: has('table'), figures: has('figure') }, spec.coverTitle);
  if (body.length > 0) body[0] = { ...body[0], pageNumbers: 'arabic', restart: true };
  const book: DocTree = { meta: spec.coverTitle ? { ...meta, title: header } : meta, sections: [...front, ...body] };
  return {
    fileName: spec.fileName,
    book,
    chapters: chapters.map((c) => ({ fileName: c.fileName, tree: { meta, sections: c.sections.map((s, i) => ({ ...s, restart: i === 0 })) } })),
  };
}

function composeSection(
  model: Model, templates: Templates, view: Record<string, unknown>, chapter: ChapterRef, s: SectionRef, chapterId: string, dropFigures: readonly string[],
): Piece[] {
  const ctx = makeSectionCtx(model, templates, view, chapter, s, dropFigures);
  // Figures the outline adds to this section, after its own content; the id names the place, so a figure
  // shown both here and at its default place has two distinct bookmarks.
  const added = (s.figures ?? []).flatMap((key) => {
    const fig = FIGURES[key]?.(model);
    return fig ? [{ ...fig, id: `${fig.id}-${chapterId}-${s.id}` }] : [];
  });
  if (s.template) {
    // A project's own section (or whole chapter, title ''): its template is the content.
    return [...(s.title ? [headingPiece(s.title)] : []), ...ctx.narrative(s.template, { section: { id: s.id, title: s.title } }), ...added];
  }
  const composer = SECTION_COMPOSERS[s.source ?? `${chapterId}/${s.id}`];
  if (!composer) return added.length > 0 ? [headingPiece(s.title), ...added] : [];
  const pieces = composer.compose(ctx);
  return [...(composer.ownHeadings ? pieces : [headingPiece(s.title), ...pieces]), ...added];
}

const headingPiece = (text: string): Block => ({ kind: 'heading', level: 2, id: '', number: '', content: [{ kind: 'text', text }] });

/**
 * A table too wide for a portrait page that fits a landscape one is a landscape piece, as the wide tables the
 * composers place are (issue 17): its subchapter goes landscape with it (toSections) rather than breaking its words.
 */
function wideToLandscape(model: Model, pieces: Piece[]): Piece[] {
  return pieces.map((p) => (p.kind === 'table' && needsLandscape(model, p) ? { kind: 'landscape', blocks: [p] } : p));
}

/**
 * Sections of a chapter. A subchapter (from a level-1 or level-2 heading to the next) holding a landscape piece
 * is landscape whole: its heading and narrative share the pages of its wide table, so no portrait page is left
 * half empty before the table and no heading stands alone before a section break. Consecutive landscape
 * subchapters share one section (no page break between dimensions); the others stay portrait. The chapter's
 * heading and opening text belong to its first subchapter, so a chapter never opens on a page of its own.
 * Figures are the exception: those before the wide table stay on portrait pages.
 */
function toSections(pieces: Piece[], landscape: boolean, header: string): Section[] {
  const units: Piece[][] = [];
  for (const p of pieces) {
    // The chapter's own heading and opening text go with its first subchapter: landscape if that is.
    const opening = units.length === 1 && units[0].every((q) => q.kind !== 'heading' || q.level === 1);
    if (units.length === 0 || (p.kind === 'heading' && p.level === 2 && !opening)) units.push([]);
    units[units.length - 1].push(p);
  }
  const sections: Section[] = [];
  const put = (orientation: Section['orientation'], part: Piece[]) => {
    if (part.length === 0) return;
    let current = sections[sections.length - 1];
    if (!current || current.orientation !== orientation) {
      current = { kind: 'section', orientation, pageNumbers: 'arabic', restart: false, header, blocks: [] };
      sections.push(current);
    }
    for (const p of part) current.blocks.push(...(p.kind === 'landscape' ? p.blocks : [p]));
  };
  const wideAt = (unit: Piece[] | undefined) => unit?.findIndex((p) => p.kind === 'landscape' && p.blocks.length > 0) ?? -1;
  units.forEach((unit, u) => {
    const wide = wideAt(unit);
    // A few lines of text between landscape pages and the chapter's end (or the next landscape part) share the
    // landscape pages: a portrait page of their own would be nearly empty (issue 17: "4.4 Urutan dan Tonggak
    // Capaian" and its one sentence alone on a page).
    const between = sections.at(-1)?.orientation === 'landscape' && (u === units.length - 1 || wideAt(units[u + 1]) >= 0);
    if (!landscape && wide < 0 && between && fewLines(unit)) {
      put('landscape', unit);
      return;
    }
    if (landscape || wide < 0) {
      put(landscape ? 'landscape' : 'portrait', unit);
      return;
    }
    // Figures before the wide table stay portrait (a chart on a landscape page of its own wastes it): the
    // landscape part starts after the last of them.
    let from = 0;
    for (let i = 0; i < wide; i++) if (unit[i].kind === 'figure') from = i + 1;
    put('portrait', unit.slice(0, from));
    put('landscape', unit.slice(from));
  });
  return sections.filter((s) => s.blocks.length > 0);
}

/** Text of about five portrait lines at most: a subchapter of headings and short paragraphs, nothing else. */
const FEW_LINES_CHARACTERS = 450;

function fewLines(unit: Piece[]): boolean {
  let chars = 0;
  for (const p of unit) {
    if (p.kind === 'paragraph') chars += inlineText(p.content).length;
    else if (p.kind !== 'heading') return false;
  }
  return chars <= FEW_LINES_CHARACTERS;
}

/** A chapter to number: '1'… for BAB I…, '' for the appendix (A., B. and Tabel L.1). */
export interface NumberedChapter {
  number: string;
  sections: Section[];
}

/**
 * Numbers headings (1.1, 1.1.1), table and figure captions per chapter (Tabel 5.3, Gambar 5.1), then resolves
 * every cross-reference, in place: the one numbering of the book, shared by the other documents (the monev report).
 */
export function numberChapters(chapters: readonly NumberedChapter[]): void {
  chapters.forEach((c) => numberChapter(c));
  const refs = collectRefTexts(chapters.flatMap((c) => c.sections));
  for (const c of chapters) for (const s of c.sections) resolveRefs(s.blocks, refs);
}

function numberChapter(c: NumberedChapter): void {
  const prefix = c.number || 'L';
  let h2 = 0;
  let h3 = 0;
  let tables = 0;
  let figures = 0;
  const used = new Set<string>();
  const unique = (id: string) => {
    let out = id;
    for (let k = 2; used.has(out); k++) out = `${id}-${k}`;
    used.add(out);
    return out;
  };
  for (const s of c.sections) {
    for (const b of s.blocks) {
      if (b.kind === 'heading' && b.level === 2) {
        h2++;
        h3 = 0;
        b.number = c.number ? `${c.number}.${h2}` : `${String.fromCharCode(64 + h2)}.`;
        b.id = unique(`h-${prefix}-${h2}`);
      } else if (b.kind === 'heading' && b.level === 3) {
        h3++;
        b.number = c.number ? `${c.number}.${h2}.${h3}` : '';
        b.id = unique(`h-${prefix}-${h2}-${h3}`);
      } else if (b.kind === 'table' && b.caption.length > 0) {
        b.number = `${prefix}.${++tables}`;
      } else if (b.kind === 'figure') {
        b.number = `${prefix}.${++figures}`;
      }
    }
  }
}

/** Each numbered table, figure and heading's citation text in these sections ("Tabel 3.2", "BAB IV", "subbab 2.1"). */
export function collectRefTexts(sections: Section[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of sections) for (const b of s.blocks) {
    if (b.kind === 'table' && b.number) out.set(b.id, `Tabel ${b.number}`);
    if (b.kind === 'figure' && b.number) out.set(b.id, `Gambar ${b.number}`);
    if (b.kind === 'heading' && b.number) out.set(b.id, b.level === 1 ? `BAB ${roman(Number(b.number))}` : `subbab ${b.number}`);
  }
  return out;
}

/** Sets each ref's text from `refs`; `only` limits it to the refs it accepts (the cross-book pass). */
export function resolveRefs(blocks: Block[], refs: Map<string, string>, only?: (target: string) => boolean): void {
  const fix = (inlines: Inline[]) => {
    for (const n of inlines) {
      if (n.kind === 'ref' && (!only || only(n.target))) n.text = refs.get(n.target) ?? `[${n.target}?]`;
      else if (n.kind === 'strong' || n.kind === 'emph') fix(n.children);
    }
  };
  for (const b of blocks) {
    if (b.kind === 'paragraph') fix(b.content);
    else if (b.kind === 'list') b.items.forEach((item) => resolveRefs(item, refs, only));
    else if (b.kind === 'table') { fix(b.caption); if (b.note) fix(b.note); b.head.concat(b.body).forEach((row) => row.forEach((cell) => fix(cell.content))); }
  }
}

/** Unresolved references left in the tree (a template named a table that is not there). */
export function unresolvedRefs(tree: DocTree): string[] {
  const out: string[] = [];
  const walk = (inlines: Inline[]) => inlines.forEach((n) => {
    if (n.kind === 'ref' && n.text.startsWith('[')) out.push(n.target);
    if (n.kind === 'strong' || n.kind === 'emph') walk(n.children);
  });
  const blocks = (bs: Block[]) => bs.forEach((b) => {
    if (b.kind === 'paragraph') walk(b.content);
    if (b.kind === 'list') b.items.forEach(blocks);
  });
  tree.sections.forEach((s) => blocks(s.blocks));
  return out;
}

function docMeta(model: Model): DocMeta {
  const m = model.masterplan;
  return {
    title: m.title,
    subject: `Masterplan Smart City ${m.period.start}–${m.period.end}`,
    author: regionFullName(model.region),
    date: m.documentDate,
    language: 'id-ID',
    style: m.style,
    labels: { page: 'Halaman', table: 'Tabel', figure: 'Gambar', chapter: 'BAB' },
    identifiers: identifiersOf(model),
  };
}

/** "GAMBARAN UMUM DAERAH" → "Gambaran-Umum-Daerah". */
function titleSlug(title: string): string {
  return fileSlug(title.toLocaleLowerCase('id-ID').replace(/(^|\s)(\p{L})/gu, (_m, sp: string, ch: string) => sp + ch.toLocaleUpperCase('id-ID')));
}

export { inlineText };
