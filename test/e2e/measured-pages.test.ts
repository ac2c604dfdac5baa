/**
 * Issue 22: measured page numbers at the cost of one LibreOffice per build and one layout per document. Every line of
 * a book's Daftar Isi / Tabel / Gambar shows the page its entry is on when the built DOCX is laid out afresh, and in
 * the `--pdf` PDF, which is that one layout; and a `--watch` session lays out again only what changed.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { build, type BuildResult } from '../../src/build/index.js';
import { RenderCache } from '../../src/render/render-cache.js';
import { readPdfPages, type PdfPage } from '../../src/render/docx/page-oracle.js';
import { convertToPdf, openLayoutSession } from '../../src/render/layout-session.js';
import { findSoffice } from '../../src/render/libreoffice.js';
import { listLines } from '../_helpers/list-lines.js';
import { REPO } from '../_helpers/project.js';

const soffice = findSoffice(process.env);
const pdftotext = spawnSync('pdftotext', ['-v']).status === 0;
const EXAMPLE = path.join(REPO, 'examples/kotawaringin-timur');

/** Every Daftar Isi / Tabel / Gambar line of a laid-out document (at least five) shows the page its entry is on. */
function expectListsRight(pages: PdfPage[], name: string): void {
  const lines = listLines(pages);
  expect(lines.length, name).toBeGreaterThanOrEqual(5);
  expect(lines.filter((l) => l.real !== l.listed), name).toEqual([]);
}

describe.skipIf(!soffice || !pdftotext)('measured page numbers, one LibreOffice per build', () => {
  let tmp = '';
  const built = new Map<string, BuildResult>();
  /** The example in a folder of its own, without its built outputs. */
  const copyExample = async (name: string): Promise<string> => {
    const dir = path.join(tmp, name);
    await cp(EXAMPLE, dir, { recursive: true, filter: (src) => path.relative(EXAMPLE, src).split(path.sep)[0] !== 'dist' });
    return dir;
  };

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'smartcity-measured-'));
    const example = await copyExample('kotim');
    const n300 = path.join(tmp, 'n300');
    generate(n300, { seed: 1, programs: 300, years: 5 });
    for (const [name, dir] of [['example', example], ['n300', n300]]) {
      built.set(name, await build(dir, { cwd: tmp, outDir: path.join(tmp, `${name}-out`), env: process.env }));
    }
  }, 600_000);

  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  for (const name of ['example', 'n300']) {
    it(`${name}: every list line of every book and report shows the page its entry is on`, async () => {
      const result = built.get(name)!;
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.measured).toBe(true);
      const out = path.join(tmp, `${name}-out`);
      const check = path.join(tmp, `${name}-check`);
      const books = (await readdir(out)).filter((f) => f.endsWith('.docx') && !f.startsWith('Rancangan-'));
      // Buku I, II, III, the Ringkasan, and for the example its monitoring report.
      expect(books.length).toBe(name === 'example' ? 5 : 4);
      for (const book of books) {
        await cp(path.join(out, book), path.join(check, book));
        expectListsRight(await readPdfPages(await convertToPdf(path.join(check, book), check, { soffice: soffice! })), book);
      }
      // One layout per measured document: LibreOffice fills in the lists' PAGEREF fields while it measures.
      expect(result.layouts).toBe(books.length);
    }, 300_000);
  }

  it('without LibreOffice the estimated list numbers of the example\'s books and report are within 2 pages of the measured ones', async () => {
    const out = path.join(tmp, 'estimated-out');
    const estimated = await build(await copyExample('estimated'), { cwd: tmp, outDir: out, env: process.env, measure: false });
    expect(estimated.measured).toBe(false);
    /** Each list line's link target → the page it shows (the field's stored result, or the text of a roman page). */
    const listed = async (file: string) => {
      const xml = await (await JSZip.loadAsync(await readFile(file))).file('word/document.xml')!.async('string');
      return new Map([...xml.matchAll(/w:anchor="([^"]+)">(.*?)<\/w:hyperlink>/g)].map((m) => [m[1], [...m[2].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].at(-1)?.[1]]));
    };
    const books = (await readdir(out)).filter((f) => f.endsWith('.docx') && !f.startsWith('Rancangan-'));
    expect(books.length).toBe(5);
    for (const book of books) {
      const measured = await listed(path.join(tmp, 'example-out', book));
      const errors = [...(await listed(path.join(out, book)))].flatMap(([id, page]) =>
        /^\d+$/.test(page ?? '') && /^\d+$/.test(measured.get(id) ?? '') ? [Math.abs(Number(page) - Number(measured.get(id)))] : []);
      expect(errors.length, book).toBeGreaterThanOrEqual(10);
      expect(Math.max(...errors), book).toBeLessThanOrEqual(2);
    }
  }, 300_000);

  it('--pdf: each PDF is the one layout of its book, and its lists show the pages their entries are on', async () => {
    const dir = await copyExample('pdf');
    const out = path.join(tmp, 'pdf-out');
    const result = await build(dir, { cwd: tmp, outDir: out, env: process.env, pdf: true });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const pdfs = (await readdir(out)).filter((f) => f.endsWith('.pdf'));
    // Buku I, II, III, the Ringkasan, the monitoring report, and the draft regulation (no lists).
    expect(pdfs.length).toBe(6);
    for (const pdf of pdfs.filter((f) => !f.startsWith('Rancangan-'))) {
      expectListsRight(await readPdfPages(path.join(out, pdf)), pdf);
    }
    // Six PDFs, six layouts: nothing is laid out twice.
    expect(result.layouts).toBe(pdfs.length);
    // The PDF draws Buku II's charts as pictures of them, the DOCX keeps them native, and both lay out alike.
    const name = pdfs.find((f) => f.startsWith('Buku-II-'))!;
    const docx = await JSZip.loadAsync(await readFile(path.join(out, name.replace(/\.pdf$/, '.docx'))));
    expect(Object.keys(docx.files).filter((f) => /^word\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(6);
    const printed = await readPdfPages(path.join(out, name));
    await mkdir(path.join(tmp, 'pdf-native'));
    const native = await readPdfPages(await convertToPdf(path.join(out, name.replace(/\.pdf$/, '.docx')), path.join(tmp, 'pdf-native'), { soffice: soffice! }));
    const captions = (pages: PdfPage[]) => pages.flatMap((p) => p.lines.filter((l) => /^Gambar \d+\.\d+ /.test(l) && !/\.{5}/.test(l)).map((l) => `${p.number} ${l}`));
    expect(printed.length).toBe(native.length);
    expect(captions(printed)).toEqual(captions(native));
    expect(captions(printed)).toHaveLength(6);
    // Gambar 4.1's bars are labelled in miliar: Smart Governance's Rp 13.060.000.000 (its program budgets) reads 13,06.
    const figure = printed.find((p) => p.lines.includes('Gambar 4.1 Anggaran Program per Dimensi'))!;
    expect(figure.lines.join(' ')).toMatch(/\b13,06\b/);
  }, 300_000);

  it('a --watch session: an unchanged project is not laid out again; a changed book is, and only it; the files are a fresh build\'s', async () => {
    const dir = await copyExample('watch');
    const layout = openLayoutSession(soffice!);
    const renderCache = new RenderCache();
    const once = async () => {
      renderCache.nextBuild();
      return build(dir, { cwd: tmp, outDir: path.join(tmp, 'watch-out'), env: process.env, layout, renderCache });
    };
    try {
      const first = await once();
      const files = async () => Object.fromEntries(await Promise.all(first.files.map(async (f) => [f.path, (await readFile(f.path)).toString('base64')])));
      const before = await files();
      const again = await once();
      expect(again.layouts).toBe(0);
      expect(await files()).toEqual(before);
      expect(layout.starts).toBe(1);
      // A quick win's description is in some books, not in all: those are laid out again, the others not.
      const qwFile = path.join(dir, 'quick-wins.yaml');
      const text = await readFile(qwFile, 'utf8');
      expect(text).toContain('Jadwal kelas kreatif mingguan');
      await writeFile(qwFile, text.replace('Jadwal kelas kreatif mingguan', 'Jadwal kelas kreatif dua mingguan'));
      const changed = await once();
      expect(changed.layouts).toBeGreaterThanOrEqual(1);
      expect(changed.layouts).toBeLessThan(first.layouts);
      expect(layout.starts).toBe(1);
      // What the session kept (renderings of unchanged documents, the previous numbers) makes the same files as a
      // build from nothing.
      const fresh = await build(dir, { cwd: tmp, outDir: path.join(tmp, 'fresh-out'), env: process.env, layout });
      expect(fresh.files.map((f) => path.basename(f.path))).toEqual(changed.files.map((f) => path.basename(f.path)));
      for (const [a, b] of changed.files.map((f, i) => [f.path, fresh.files[i].path])) {
        expect((await readFile(a)).equals(await readFile(b)), path.basename(a)).toBe(true);
      }
    } finally {
      await layout.close();
    }
  }, 300_000);

  it('a --watch edit inside one chapter lays out that chapter alone; the chapters after it move by the pages it gained', async () => {
    const dir = await copyExample('chapter');
    const out = path.join(tmp, 'chapter-out');
    const layout = openLayoutSession(soffice!);
    // The pages of every layout LibreOffice makes.
    const laidOut: number[] = [];
    const toPdf = layout.toPdf.bind(layout);
    layout.toPdf = async (docx, name) => {
      const pdf = await toPdf(docx, name);
      laidOut.push((await readPdfPages(pdf)).length);
      return pdf;
    };
    const renderCache = new RenderCache();
    const once = async () => {
      renderCache.nextBuild();
      return build(dir, { cwd: tmp, outDir: out, env: process.env, layout, renderCache });
    };
    const bukuII = (r: BuildResult) => r.files.map((f) => f.path).find((f) => /Buku-II-.*\.docx$/.test(f))!;
    /** The pages Buku II's Daftar Isi lists, when laid out afresh (each line also checked against where its entry is). */
    const listed = async (file: string, name: string) => {
      const check = path.join(tmp, `chapter-check-${name}`);
      await cp(file, path.join(check, path.basename(file)));
      const pages = await readPdfPages(await convertToPdf(path.join(check, path.basename(file)), check, { soffice: soffice! }));
      expectListsRight(pages, name);
      return new Map(listLines(pages).map((l) => [l.text, Number(l.listed)]));
    };
    try {
      const first = await once();
      const before = await listed(bukuII(first), 'before');
      const wholeBook = Math.max(...laidOut);
      laidOut.length = 0;
      // A program's description, in Buku II's BAB III only, grows by about two pages.
      const file = path.join(dir, 'dimensi/branding.yaml');
      const text = await readFile(file, 'utf8');
      expect(text).toContain('kerja sama pengelolaan dengan BUMDes.');
      const more = ' Pengelolaan bersama BUMDes mencakup loket, kios, kebersihan pantai dan pemandu wisata setempat.'.repeat(60);
      await writeFile(file, text.replace('kerja sama pengelolaan dengan BUMDes.', `kerja sama pengelolaan dengan BUMDes.${more}`));
      const changed = await once();
      // Buku II's one changed chapter, laid out alone; no other book has the description.
      expect(changed.layouts).toBe(1);
      expect(laidOut.length).toBe(1);
      expect(laidOut[0]).toBeLessThan(wholeBook / 2);
      const after = await listed(bukuII(changed), 'after');
      const babIII = [...before.keys()].find((t) => t.startsWith('BAB III'))!;
      const babIV = [...before.keys()].find((t) => t.startsWith('BAB IV'))!;
      expect(after.get(babIII)).toBe(before.get(babIII));
      expect(after.get(babIV)! - before.get(babIV)!).toBeGreaterThanOrEqual(1);
      // The same files as a build from nothing, which lays every book out whole.
      const fresh = await build(dir, { cwd: tmp, outDir: path.join(tmp, 'chapter-fresh'), env: process.env, layout });
      for (const [a, b] of changed.files.map((f, i) => [f.path, fresh.files[i].path])) {
        expect((await readFile(a)).equals(await readFile(b)), path.basename(a)).toBe(true);
      }
    } finally {
      await layout.close();
    }
  }, 300_000);
});
