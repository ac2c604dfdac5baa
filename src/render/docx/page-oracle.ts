/**
 * TOC page numbers from a real layout: render the book, let LibreOffice lay it out as PDF, read each
 * page's text (pdftotext) and its displayed number (the footer), and find on which page each TOC /
 * list-of-tables / list-of-figures entry lands. LibreOffice is not Word, so the numbers are what
 * LibreOffice shows; for these plain styles the two agree far better than the line-count estimate.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { trackTempDir } from '../write.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocTree } from '../../compose/tree.js';
import { convertToPdf, run } from '../libreoffice.js';
import { collectEntries, type Entry, type Warning } from './context.js';
import { estimatePages } from './estimate.js';
import { renderDocx } from './index.js';

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

async function measureOnce(tree: DocTree, tocPages: Map<string, string> | undefined, opts: OracleOptions, entries?: Entry[]): Promise<Measurement> {
  const dir = mkdtempSync(join(tmpdir(), 'smartcity-pages-'));
  const untrack = trackTempDir(dir);
  try {
    const { bytes } = await renderDocx(tree, { tocPages, entries });
    const docx = join(dir, 'book.docx');
    writeFileSync(docx, bytes);
    const pdf = await convertToPdf(docx, dir, { soffice: opts.soffice, timeoutMs: opts.timeoutMs });
    const pages = await readPdfPages(pdf, opts);
    return { ...matchEntries(collectEntries(tree), pages), pdfPages: pages.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    untrack();
  }
}

const sameAs = (a: Map<string, string>, b: Map<string, string>): boolean => [...a].every(([k, v]) => b.get(k) === v);

/**
 * The sections before the body's first page (cover, Kata Pengantar, Daftar Isi …), when the body restarts its
 * arabic numbering: their pages then never depend on the body, nor the body's on them.
 */
function frontMatter(tree: DocTree): DocTree | undefined {
  const body = tree.sections.findIndex((s) => s.restart && s.pageNumbers === 'arabic');
  return body > 0 ? { ...tree, sections: tree.sections.slice(0, body) } : undefined;
}

/**
 * Measured pages for every TOC / list entry. Writing real numbers into the TOC can change its length, and so the
 * roman pages after it, hence a second pass with the measured numbers. The body restarts at page 1, so its pages
 * cannot move: the second pass lays out the front matter alone (a few pages rather than the whole book, whose layout
 * is most of LibreOffice's time), with the book's entries in its lists. Two passes at most.
 */
export async function measurePages(tree: DocTree, opts: OracleOptions): Promise<Measurement> {
  const first = await measureOnce(tree, undefined, opts);
  const entries = collectEntries(tree);
  const count = (l: string) => entries.filter((e) => e.list === l).length;
  const estimated = estimatePages(tree, { toc: count('toc'), tables: count('tables'), figures: count('figures') });
  // The first layout was made with the estimates; when they were already right it is final.
  if (sameAs(first.pages, estimated)) return first;
  const front = frontMatter(tree);
  if (!front) return measureOnce(tree, first.pages, opts);
  const again = await measureOnce(front, first.pages, opts, entries);
  const pages = new Map(first.pages);
  for (const [id, page] of again.pages) pages.set(id, page);
  return { pages, missing: first.missing, pdfPages: first.pdfPages };
}

/** renderDocx with measured TOC pages; warns (keeps estimates) for entries the layout did not show. */
export async function renderDocxWithPages(tree: DocTree, opts: OracleOptions): Promise<{ bytes: Uint8Array; warnings: Warning[]; measurement: Measurement }> {
  const measurement = await measurePages(tree, opts);
  const { bytes, warnings } = await renderDocx(tree, { tocPages: measurement.pages });
  if (measurement.missing.length > 0) {
    warnings.push({ kind: 'docx-toc-unmeasured', subject: measurement.missing.join(', '), message: 'not found in the LibreOffice layout' });
  }
  return { bytes, warnings, measurement };
}
