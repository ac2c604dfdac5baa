#!/usr/bin/env node
// Page checker (issue 17): lays DOCX files out with LibreOffice and reports, from the PDF, what a mentor would
// send back for its looks:
//   split     a word or number of the document broken across two lines ("Diskomi" / "nfo");
//   sparse    a page with at most five rows of content that does not end a chapter (a blank page always);
//   stranded  a heading or table caption among the last two rows of a page, its content on the next (a next
//             page that opens with another heading means its content was complete); or a table caption with
//             fewer than three lines of its table's content under the header, the table going on overleaf;
//   glyph     a symbol or emoji no font of the PDF can draw (an empty box, or nothing): page-check-glyphs.mjs.
// `node scripts/page-check.mjs file.docx… [--json] [--keep DIR]`; exit 1 when any defect is found.
// Generic: any DOCX. The document's own words come from word/document.xml (plus charts, headers, footers), the
// layout from `pdftotext -bbox-layout`. Plain Node ESM so it runs without a TypeScript build.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bare, decode, norm, readDocx } from './page-check-docx.mjs';
import { missingGlyphs, pdfFonts } from './page-check-glyphs.mjs';

export { bare, captionedTables, isHeadingLike, paragraphsOf, readDocx } from './page-check-docx.mjs';
export { familyKey, missingGlyphs } from './page-check-glyphs.mjs';

/** At most this many rows of content make a page "nearly empty". */
export const SPARSE_ROWS = 5;

/** `pdftotext -bbox-layout` → pages of lines, each line with its words and box. */
export function parseBbox(html) {
  const pages = [];
  for (const pm of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const lines = [];
    for (const lm of pm[3].matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const words = [...lm[5].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
        xMin: +w[1], yMin: +w[2], xMax: +w[3], yMax: +w[4], text: decode(w[5]),
      }));
      if (words.length) lines.push({ xMin: +lm[1], yMin: +lm[2], xMax: +lm[3], yMax: +lm[4], words, text: words.map((w) => w.text).join(' ') });
    }
    pages.push({ width: +pm[1], height: +pm[2], lines });
  }
  return pages;
}

const furnitureKey = (l) => `${Math.round(l.yMin)}|${l.text}`;

/** Running headers and page numbers: in the top or bottom eighth of the page and repeated, or a lone page number. */
function furniture(pages) {
  const seen = new Map();
  for (const p of pages) for (const l of p.lines) seen.set(furnitureKey(l), (seen.get(furnitureKey(l)) ?? 0) + 1);
  const repeated = Math.max(2, Math.ceil(pages.length * 0.2));
  return (p, l) => {
    const edge = l.yMax < p.height / 8 || l.yMin > (p.height * 7) / 8;
    return edge && ((seen.get(furnitureKey(l)) ?? 0) >= repeated || /^(?:\d+|[ivxlcdm]+)$/i.test(l.text));
  };
}

/** A page's content lines grouped into rows (the cells of a table row share one row), top to bottom. */
function rowsOf(lines) {
  const sorted = [...lines].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
  const rows = [];
  for (const l of sorted) {
    const last = rows[rows.length - 1];
    const mid = (l.yMin + l.yMax) / 2;
    if (last && mid >= last.yMin && mid <= last.yMax) {
      last.lines.push(l);
      last.yMax = Math.max(last.yMax, l.yMax);
    } else rows.push({ yMin: l.yMin, yMax: l.yMax, lines: [l] });
  }
  for (const r of rows) r.text = norm(r.lines.sort((a, b) => a.xMin - b.xMin).map((l) => l.text).join(' '));
  return rows;
}

/**
 * Lines of text in a row of the page: those of its tallest column. A table row whose cells are centred vertically
 * interleaves its cells' lines (a two-line cell beside a three-line one), so rowsOf makes one row of them all; what a
 * reader sees is as many lines as its tallest cell holds, the estimate's unit too (table-keep.ts, rowLines). Lines
 * are in one column when they overlap across.
 */
export function linesIn(row) {
  const columns = [];
  for (const l of [...row.lines].sort((a, b) => a.xMin - b.xMin)) {
    const column = columns.find((c) => l.xMin < c.xMax && l.xMax > c.xMin);
    if (column) {
      column.count += 1;
      column.xMin = Math.min(column.xMin, l.xMin);
      column.xMax = Math.max(column.xMax, l.xMax);
    } else columns.push({ xMin: l.xMin, xMax: l.xMax, count: 1 });
  }
  return Math.max(0, ...columns.map((c) => c.count));
}

/** The word that starts the line continuing `line` in the same column (the next line below, beginning under it). */
function continuation(line, lines) {
  const h = line.yMax - line.yMin;
  let best;
  for (const o of lines) {
    if (o === line || o.yMin < line.yMax - h * 0.3 || o.yMin > line.yMax + h * 0.9) continue;
    // Left-aligned text continues at the line's left edge; centred or right-aligned text anywhere under the line.
    if (o.xMin < line.xMin - h * 3 || o.xMin > line.words[line.words.length - 1].xMin + 1) continue;
    if (o.xMax < line.xMin) continue;
    if (!best || o.yMin < best.yMin || (o.yMin === best.yMin && Math.abs(o.xMin - line.xMin) < Math.abs(best.xMin - line.xMin))) best = o;
  }
  return best?.words[0];
}

/** True when `a` at a line's end and `b` opening the next make one word of the document that neither is alone. */
export function isSplit(a, b, words) {
  const joined = bare(a + b);
  if (!/[\p{L}\p{N}]/u.test(a) || !/[\p{L}\p{N}]/u.test(b) || !words.has(joined)) return false;
  return !(words.has(bare(a)) && words.has(bare(b)));
}

/** An identifier's shape: lower-case letters and digits joined by hyphens, ending in digits ("gov-03", "gov-st-1"). */
const ID_SHAPE = /^\p{Ll}[\p{Ll}\p{N}_]*(?:-[\p{Ll}\p{N}_]+)*-\p{N}+$/u;

/**
 * True when `a` ends a line with a hyphen and `b` opens the next to make an identifier of the document: one the
 * DOCX wrote with non-breaking hyphens, or one shaped like an id. A prose word ("e-" / "planning") may break there.
 */
export function isSplitIdentifier(a, b, doc) {
  if (!a.endsWith('-')) return false;
  const joined = bare(a + b);
  return doc.words.has(joined) && Boolean(doc.noBreak?.has(joined) || ID_SHAPE.test(joined));
}

/**
 * Lines of table content a caption whose table continues on the next page must have under its header on its own
 * page: one tall row or three short ones are a start a reader can follow, one line is not. Counted in lines, not
 * rows: the layout keeps the same number of estimated lines with the caption (src/render/docx/table-keep.ts).
 */
export const MIN_LINES_UNDER_CAPTION = 3;

/**
 * Table captions whose table continues on the next page (that page opens with the repeated header) with fewer than
 * MIN_LINES_UNDER_CAPTION lines of content under the header on this page. The header's lines are those this page
 * shares with the next page's opening; group rows ("Kesenjangan", one cell across the table) are sub-headings, not
 * content. A row counts the lines of its tallest column (linesIn): the cells of a table row share a row.
 */
function strandedCaptions(doc, rows, next) {
  const out = [];
  rows.forEach((row, r) => {
    const table = (doc.tables ?? []).find((t) => t.caption === row.text || (row.text.length >= 12 && t.caption.startsWith(row.text)));
    if (!table || !rows[r + 1] || next[0]?.text !== rows[r + 1].text) return;
    let header = 1;
    while (r + 1 + header < rows.length && rows[r + 1 + header].text === next[header]?.text) header++;
    const groups = new Set(table.body.filter((b) => b.group).map((b) => b.text));
    const lines = rows.slice(r + 1 + header).filter((x) => !groups.has(x.text)).reduce((n, x) => n + linesIn(x), 0);
    if (lines < MIN_LINES_UNDER_CAPTION) out.push(row.text.slice(0, 80));
  });
  return out;
}

/** Defects of a laid-out document (pure: the DOCX facts and the PDF pages in, the defects out). */
export function findDefects(doc, pages) {
  const defects = [];
  const isFurniture = furniture(pages);
  const headings = doc.headings.filter((h) => h.length >= 3);
  const matches = (list, text) => text.length >= 3 && list.some((h) => h === text || (text.length >= 12 && (h.startsWith(text) || h.endsWith(text))));
  const matchesHeading = (text) => matches(headings, text);
  const titles = (doc.titles ?? doc.headings).filter((h) => h.length >= 3);
  const content = pages.map((p) => p.lines.filter((l) => !isFurniture(p, l)));
  const rows = content.map(rowsOf);
  const opensChapter = (i) => {
    const first = rows[i]?.[0]?.text ?? '';
    return first !== '' && doc.chapterStarts.some((c) => first === c || (c.length >= 4 && first.startsWith(c)));
  };
  pages.forEach((p, i) => {
    const page = i + 1;
    for (const line of content[i]) {
      const a = line.words[line.words.length - 1].text;
      const b = continuation(line, content[i]);
      // A break after a hyphen or a slash is a line-break opportunity a typesetter uses too ("e-" / "planning"),
      // but not inside an identifier ("gov-" / "03").
      if (/[-/]$/.test(a)) {
        if (b && isSplitIdentifier(a, b.text, doc)) defects.push({ kind: 'split', page, text: `${a}/${b.text}` });
        continue;
      }
      if (b && isSplit(a, b.text, doc.words)) defects.push({ kind: 'split', page, text: `${a}/${b.text}` });
    }
    const n = rows[i].length;
    if (n === 0) defects.push({ kind: 'sparse', page, text: '(blank page)' });
    // Rows counted by their lines (linesIn): a page of one tall table row split over pages is full, not sparse.
    else if (rows[i].reduce((k, r) => k + linesIn(r), 0) <= SPARSE_ROWS && i < pages.length - 1 && !opensChapter(i + 1)) defects.push({ kind: 'sparse', page, text: `${n} rows: ${rows[i][0].text.slice(0, 60)}` });
    // A heading whose whole text fits under it on this page (the next page opens with another heading) is not
    // stranded: only one whose content starts on the next page is.
    const nextOpensWithHeading = matches(titles, rows[i + 1]?.[0]?.text ?? '');
    if (i < pages.length - 1 && n > 0 && !opensChapter(i + 1) && !nextOpensWithHeading) {
      // A heading starts at the text's left edge or is centred on it; the same words at a cell's foot are not one.
      const left = Math.min(...content[i].map((l) => l.xMin));
      const right = Math.max(...content[i].map((l) => l.xMax));
      const placedLikeHeading = (r) => {
        const first = r.lines[0];
        const last = r.lines[r.lines.length - 1];
        return first.xMin - left < 6 || Math.abs((first.xMin + last.xMax) / 2 - (left + right) / 2) < 12;
      };
      // Among the last two rows, and at most one line of content under it (a row may be a table row of many lines).
      rows[i].forEach((r, k) => {
        if (k < n - 2 || !matchesHeading(r.text) || !placedLikeHeading(r)) return;
        if (rows[i].slice(k + 1).reduce((lines, x) => lines + linesIn(x), 0) <= 1) defects.push({ kind: 'stranded', page, text: r.text.slice(0, 80) });
      });
    }
    if (i < pages.length - 1 && !opensChapter(i + 1)) {
      for (const text of strandedCaptions(doc, rows[i], rows[i + 1])) if (!defects.some((d) => d.page === page && d.text === text)) defects.push({ kind: 'stranded', page, text });
    }
  });
  return defects;
}

/** Lays `docx` out with LibreOffice (a private profile) and returns its pages. */
export const layout = (docx, options) => layOut(docx, options).pages;

/** Lays `docx` out with LibreOffice (a private profile): its pages, and the fonts embedded in its PDF. */
function layOut(docx, { soffice = process.env.SMARTCITY_SOFFICE || 'soffice', keep } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'page-check-'));
  try {
    const args = ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`, '--convert-to', 'pdf', '--outdir', dir, path.resolve(docx)];
    const lo = spawnSync(soffice, args, { encoding: 'utf8', timeout: 300_000 });
    const pdf = path.join(dir, `${path.basename(docx, path.extname(docx))}.pdf`);
    const text = spawnSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (text.status !== 0) throw new Error(`page-check: no PDF from LibreOffice for ${docx}\n${lo.stderr ?? ''}${text.stderr ?? ''}`);
    if (keep) copyFileSync(pdf, path.join(keep, path.basename(pdf)));
    return { pages: parseBbox(text.stdout), fonts: pdfFonts(pdf) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Checks one DOCX: pages and defects. */
export async function checkDocx(docx, options = {}) {
  const doc = await readDocx(docx);
  const { pages, fonts } = layOut(docx, options);
  return { file: docx, pages: pages.length, defects: [...findDefects(doc, pages), ...missingGlyphs(pages, fonts)] };
}

/** Defects counted by kind: { split, sparse, stranded, glyph }. */
export const countByKind = (defects) => ({
  split: defects.filter((d) => d.kind === 'split').length,
  sparse: defects.filter((d) => d.kind === 'sparse').length,
  stranded: defects.filter((d) => d.kind === 'stranded').length,
  glyph: defects.filter((d) => d.kind === 'glyph').length,
});

async function main(argv) {
  const json = argv.includes('--json');
  const keepAt = argv.indexOf('--keep');
  const keep = keepAt >= 0 ? argv[keepAt + 1] : undefined;
  const files = argv.filter((a, i) => !a.startsWith('--') && (keepAt < 0 || i !== keepAt + 1));
  if (files.length === 0) {
    process.stderr.write('usage: node scripts/page-check.mjs file.docx… [--json] [--keep DIR]\n');
    return 2;
  }
  let found = 0;
  const results = [];
  for (const f of files) {
    const r = await checkDocx(f, { keep });
    results.push({ ...r, counts: countByKind(r.defects) });
    found += r.defects.length;
    if (!json) {
      const c = countByKind(r.defects);
      process.stdout.write(`${f}: ${r.pages} pages, split ${c.split}, sparse ${c.sparse}, stranded ${c.stranded}, glyph ${c.glyph}\n`);
      for (const d of r.defects) process.stdout.write(`  p.${d.page} ${d.kind}: ${d.text}\n`);
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return found > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => { process.stderr.write(`${e.stack ?? e}\n`); process.exitCode = 2; });
}
