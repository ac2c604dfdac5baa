/**
 * TOC page numbers from a real layout: render the book, let LibreOffice lay it out as PDF, read each
 * page's text (pdftotext) and its displayed number (the footer), and find on which page each TOC /
 * list-of-tables / list-of-figures entry lands. LibreOffice is not Word, so the numbers are what
 * LibreOffice shows; for these plain styles the two agree far better than the line-count estimate.
 */
import { readFileSync } from 'node:fs';
import type { DocTree } from '../../compose/tree.js';
import { openLayoutSession, type LayoutSession } from '../layout-session.js';
import { run } from '../libreoffice.js';
import { changedChapters, rememberLayout, type ChangedChapters, type ChapterLayout, type LayoutMemory } from './chapter-layout.js';
import { collectEntries, type Entry, type Warning } from './context.js';
import { estimatePages } from './estimate.js';
import { renderDocx } from './index.js';
import { writtenAsText } from './toc.js';

export interface PdfPage {
  /** 0-based physical page index in the PDF. */
  index: number;
  /** Displayed page number from the footer ("iii", "12"), '' when the page shows none (cover). */
  number: string;
  /** Text lines, whitespace-collapsed, empty lines dropped. */
  lines: string[];
}

const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/g, ' ').trim();
const PAGE_NUMBER = /^(?:[ivxlcdm]+|\d+)$/i;
// A TOC line: text, a run of leader dots, the page number.
const LEADER = /\.{5,}\s*(?:[ivxlcdm]+|\d+)?$/i;

/** pdftotext output → pages (split on form feeds); the footer's last line is the displayed number. */
export function splitPdfText(text: string): PdfPage[] {
  const chunks = text.split('\f');
  if (chunks.length > 1 && chunks[chunks.length - 1].trim() === '') chunks.pop(); // pdftotext ends every page with \f
  return chunks.map((chunk, index) => {
    const lines = chunk.split(/\r?\n/).map(norm).filter(Boolean);
    const last = lines[lines.length - 1] ?? '';
    const number = PAGE_NUMBER.test(last) ? last : '';
    return { index, number, lines: number ? lines.slice(0, -1) : lines };
  });
}

/** Daftar Isi / Tabel / Gambar pages list every entry's text: never take them as where the entry is. */
export function isListPage(page: PdfPage): boolean {
  return page.lines.filter((l) => LEADER.test(l)).length >= 2;
}

/** The entry's text is one line of the page, or 2–3 consecutive lines (a wrapped heading, "BAB I" / "PENDAHULUAN"). */
function hasLine(lines: string[], target: string): boolean {
  for (let i = 0; i < lines.length; i++) {
    let joined = lines[i];
    if (joined === target) return true;
    for (let k = 1; k < 3 && i + k < lines.length && joined.length < target.length; k++) {
      joined += ` ${lines[i + k]}`;
      if (joined === target) return true;
    }
  }
  return false;
}

/** Looser: the text anywhere on the page between word boundaries (layout mode may put it beside other text). */
function hasText(lines: string[], target: string): boolean {
  const hay = ` ${lines.join(' ')} `;
  return hay.includes(` ${target} `);
}

/**
 * Entries (in document order) → displayed page: the first numbered, non-list page at or after the
 * previous entry's page that has the entry's text as a line (else, looser, anywhere on the page).
 */
export function matchEntries(entries: Pick<Entry, 'id' | 'text'>[], pdf: PdfPage[]): { pages: Map<string, string>; missing: string[] } {
  const pages = new Map<string, string>();
  const missing: string[] = [];
  const usable = pdf.filter((p) => p.number !== '' && !isListPage(p)).map((p) => ({ ...p, lines: p.lines.filter((l) => !LEADER.test(l)) }));
  let from = 0; // index into usable
  for (const e of entries) {
    const target = norm(e.text);
    let at = -1;
    for (const test of [hasLine, hasText]) {
      at = usable.findIndex((p, i) => i >= from && test(p.lines, target));
      if (at >= 0) break;
    }
    if (at < 0) { missing.push(e.id); continue; }
    pages.set(e.id, usable[at].number);
    from = at;
  }
  return { pages, missing };
}

export interface OracleOptions {
  soffice: string;
  /** Per conversion; default 120 s. */
  timeoutMs?: number;
  /** pdftotext binary; default SMARTCITY_PDFTOTEXT or `pdftotext` on PATH. */
  pdftotext?: string;
}

/** The PDF's pages as text (`pdftotext -layout`, which keeps the footer as each page's last line). */
export async function readPdfPages(pdfPath: string, opts: { pdftotext?: string; timeoutMs?: number } = {}): Promise<PdfPage[]> {
  const bin = opts.pdftotext ?? process.env.SMARTCITY_PDFTOTEXT ?? 'pdftotext';
  try {
    const { stdout } = await run(bin, ['-layout', '-enc', 'UTF-8', pdfPath, '-'], opts.timeoutMs ?? 60_000);
    return splitPdfText(stdout);
  } catch (err) {
    throw new Error(`${(err as Error).message}\n(pdftotext comes with poppler-utils)`);
  }
}

export interface Measurement {
  /** id → displayed page for every entry found. */
  pages: Map<string, string>;
  /** Entry ids not found in the layout; they keep the estimate. */
  missing: string[];
  /** Physical pages of the whole book's layout (the first pass). */
  pdfPages: number;
}

export interface Measured {
  /** The DOCX with the measured numbers in its TOC and lists. */
  bytes: Uint8Array;
  warnings: Warning[];
  measurement: Measurement;
  /** The PDF, when asked for (`keepPdf`): the layout that measured the pages, whose lists LibreOffice filled in itself. */
  pdf?: Uint8Array;
  /** Layouts LibreOffice made for this document (1; 2 when a roman page written as text moved; one per chapter laid out alone). */
  layouts: number;
  /** What a `--watch` rebuild needs to lay out only the chapters it changes (chapter-layout.ts). */
  memory?: LayoutMemory;
}

export interface MeasureOptions {
  pdftotext?: string;
  /** Also return the PDF (`build --pdf`): the layout that showed the final numbers, its charts drawn as pictures. */
  keepPdf?: boolean;
  /** The numbers this document had in the previous build of a `--watch` session: rendered with while it is laid out. */
  previous?: Map<string, string>;
  /** The previous build's layout of this document in a `--watch` session: only the chapters that changed are laid out. */
  memory?: LayoutMemory;
  /** A name for LibreOffice's files (messages). */
  name?: string;
  /**
   * Runs Node's own work (rendering) one job at a time across the build's documents, so a document reaches
   * LibreOffice as soon as it is rendered rather than after every document's rendering has advanced a little.
   */
  lane?: <T>(job: () => Promise<T>) => Promise<T>;
  /** Told the measured pages as soon as they are known (after the first layout), before the DOCX is rendered with them. */
  onBodyPages?: (pages: Map<string, string>) => void;
}

const sameAs = (a: Map<string, string>, b: Map<string, string>): boolean => [...a].every(([k, v]) => b.get(k) === v);

/** One layout: the DOCX through the session's LibreOffice, read back as pages (and bytes when wanted). */
async function layOut(session: LayoutSession, bytes: Uint8Array, opts: MeasureOptions, keepPdf: boolean): Promise<{ pages: PdfPage[]; pdf?: Uint8Array }> {
  const path = await session.toPdf(bytes, opts.name);
  try {
    const pages = await readPdfPages(path, opts);
    return { pages, pdf: keepPdf ? readFileSync(path) : undefined };
  } finally {
    session.release(path);
  }
}

/**
 * The DOCX with measured pages for every TOC / list entry, in one layout of the book: the lists' numbers are PAGEREF
 * fields (toc.ts), which LibreOffice fills in as it lays the book out, so that layout shows every number where it is
 * and is final, PDF included. What it measures is written into the DOCX as the fields' stored results, which is what
 * Word shows. Only a number written as text (a roman front-matter page) that the layout moved costs a second layout.
 *
 * The layout is of a probe: the book with its estimated numbers and its charts drawn as pictures (`chartPictures`,
 * chart-svg.ts), which LibreOffice imports far faster than native charts. That layout is also the PDF (`keepPdf`), so
 * `--pdf` adds no layout. The output is the book rendered with the measured numbers and its native charts. In a
 * `--watch` session it is rendered with the previous build's numbers while LibreOffice lays the probe out, and kept
 * when they are still right.
 */
export async function renderMeasured(tree: DocTree, session: LayoutSession, opts: MeasureOptions = {}): Promise<Measured> {
  const keepPdf = opts.keepPdf ?? false;
  const chapters = !keepPdf && opts.memory ? changedChapters(tree, opts.memory) : undefined;
  const quick = chapters && (await measureChapters(tree, chapters, session, opts));
  if (quick) return quick;
  const chartPictures = hasChart(tree);
  const probe = await (opts.lane ?? now)(() => renderDocx(tree, { chartPictures }));
  return measure(tree, { ...probe, chartPictures }, session, opts);
}

const now = <T>(job: () => Promise<T>): Promise<T> => job();

// Charts at the top level of a section, where compose puts figures. A tree with none is laid out as written: its probe
// can be its output.
const hasChart = (tree: DocTree): boolean => tree.sections.some((s) => s.blocks.some((b) => b.kind === 'figure' && b.chart !== undefined));

type Rendering = { bytes: Uint8Array; warnings: Warning[] };

/** A measured rendering's warnings: not that its pages are estimated, but which entries the layout did not show. */
function measuredWarnings(r: Rendering, missing: string[]): Warning[] {
  const w = r.warnings.filter((x) => x.kind !== 'docx-toc-estimated');
  if (missing.length > 0) w.push({ kind: 'docx-toc-unmeasured', subject: missing.join(', '), message: 'not found in the LibreOffice layout' });
  return w;
}

/** The pages the renderer writes without a layout (what the lists of a probe show). */
function estimatedFor(tree: DocTree, entries: Entry[]): Map<string, string> {
  const count = (l: Entry['list']) => entries.filter((e) => e.list === l).length;
  return estimatePages(tree, { toc: count('toc'), tables: count('tables'), figures: count('figures') });
}

async function measure(tree: DocTree, probe: Rendering & { chartPictures: boolean }, session: LayoutSession, opts: MeasureOptions): Promise<Measured> {
  const keepPdf = opts.keepPdf ?? false;
  const entries = collectEntries(tree);
  const render = (o: Parameters<typeof renderDocx>[1]) => (opts.lane ?? now)(() => renderDocx(tree, o));
  const estimated = estimatedFor(tree, entries);
  const laidOut = layOut(session, probe.bytes, opts, keepPdf);
  // Candidate outputs and the numbers they show: the probe (when it has no chart pictures), and the previous build's numbers.
  const candidates: { pages: Map<string, string>; rendering: Promise<Rendering> }[] = probe.chartPictures ? [] : [{ pages: estimated, rendering: Promise.resolve(probe) }];
  const previous = opts.previous;
  if (previous && (probe.chartPictures || !sameAs(previous, estimated))) {
    const pages = new Map([...estimated, ...previous]);
    candidates.push({ pages, rendering: render({ tocPages: pages }) });
  }
  for (const c of candidates) c.rendering.catch(() => undefined); // awaited below, or not needed
  const one = await laidOut;
  const m1 = matchEntries(entries, one.pages);
  const done = (r: Rendering, pages: Map<string, string>, layouts: number, pdf?: Uint8Array): Measured => {
    return { bytes: r.bytes, warnings: measuredWarnings(r, m1.missing), measurement: { pages, missing: m1.missing, pdfPages: one.pages.length }, pdf, layouts, memory: rememberLayout(tree, pages, one.pages) };
  };
  // Entries not found keep the number they were written with.
  const right = candidates.find((c) => sameAs(m1.pages, c.pages));
  // The layout is the PDF when the roman numbers it showed as text were the measured ones.
  const pdfRight = textNumbersStayed(entries, estimated, m1.pages);
  if (right) return done(await right.rendering, m1.pages, 1, pdfRight ? one.pdf : undefined);
  opts.onBodyPages?.(m1.pages);
  const final = await render({ tocPages: m1.pages });
  if (pdfRight) return done(final, m1.pages, 1, one.pdf);
  // A number written as text moved: its line may wrap otherwise, so the book is laid out again with it.
  const again = probe.chartPictures ? await render({ tocPages: m1.pages, chartPictures: true }) : final;
  const two = await layOut(session, again.bytes, opts, keepPdf);
  const pages = new Map([...m1.pages, ...matchEntries(entries, two.pages).pages]);
  if (sameAs(pages, m1.pages)) return done(final, pages, 2, two.pdf);
  return done(await render({ tocPages: pages }), pages, 2);
}

/**
 * A `--watch` rebuild of a book whose edit stayed inside some chapters: each is laid out alone (chapter-layout.ts) while
 * the book is rendered with the previous numbers; undefined when a chapter's layout lost an entry (the whole book is
 * laid out then).
 */
async function measureChapters(tree: DocTree, chapters: ChangedChapters, session: LayoutSession, opts: MeasureOptions): Promise<Measured | undefined> {
  const lane = opts.lane ?? now;
  const previous = opts.memory!.pages;
  const entries = collectEntries(tree);
  const estimated = estimatedFor(tree, entries);
  const merged = new Map([...estimated, ...previous]);
  const layouts = new Map<number, ChapterLayout>();
  const laidOut = Promise.all([...chapters.changed].map(async ([i, chapter]) => {
    const probe = await lane(() => renderDocx(chapter, { chartPictures: hasChart(chapter) }));
    const { pages } = await layOut(session, probe.bytes, { ...opts, name: `${opts.name ?? 'book'}-${i + 1}` }, false);
    layouts.set(i, { pages: matchEntries(collectEntries(chapter), pages).pages, pageCount: pages.length });
  }));
  const candidate = lane(() => renderDocx(tree, { tocPages: merged }));
  candidate.catch(() => undefined); // awaited below, or not needed
  await laidOut;
  const spliced = chapters.splice(layouts);
  if (!spliced) return undefined;
  const { pages, memory } = spliced;
  opts.onBodyPages?.(pages);
  const r = sameAs(pages, merged) ? await candidate : await lane(() => renderDocx(tree, { tocPages: pages }));
  const missing = entries.filter((e) => !pages.has(e.id)).map((e) => e.id);
  return { bytes: r.bytes, warnings: measuredWarnings(r, missing), measurement: { pages, missing, pdfPages: memory.pdfPages }, layouts: chapters.changed.size, memory };
}

/** Whether every entry whose number is text, not a field (toc.ts: roman pages), shows in the layout the number it was given. */
function textNumbersStayed(entries: Entry[], written: Map<string, string>, measured: Map<string, string>): boolean {
  return entries.every((e) => {
    const w = written.get(e.id) ?? '';
    const m = measured.get(e.id);
    return m === undefined || !(writtenAsText(w) || writtenAsText(m)) || w === m;
  });
}

/** Measured pages of one tree with a LibreOffice of its own (tests; a build shares one session for every document). */
export async function measurePages(tree: DocTree, opts: OracleOptions): Promise<Measurement> {
  const session = openLayoutSession(opts.soffice, { timeoutMs: opts.timeoutMs });
  try {
    return (await renderMeasured(tree, session, opts)).measurement;
  } finally {
    await session.close();
  }
}
