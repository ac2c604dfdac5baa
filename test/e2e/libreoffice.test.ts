/**
 * `smartcity build --pdf` with a real LibreOffice: the TOC / list-of-tables page numbers the build measured
 * must be the pages where the entries really are, and the roadmap pages must be landscape.
 * Skipped when LibreOffice is not installed (pdftotext / pdfinfo from poppler-utils are needed too).
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../../src/cli/main.js';
import { findSoffice } from '../../src/render/libreoffice.js';
import { isListPage, matchEntries, readPdfPages, type PdfPage } from '../../src/render/docx/page-oracle.js';
import { REPO } from '../_helpers/project.js';
import { listLines } from '../_helpers/list-lines.js';

const EXAMPLE = path.join(REPO, 'examples/kotawaringin-timur');
const PDF = 'Masterplan-Smart-City-Kabupaten-Kotawaringin-Timur-2023-2032.pdf';
/** The default set's books, built beside the single volume in the same run. */
const SET_PDFS = ['Buku-I-Analisis-Strategis', 'Buku-II-Masterplan-Smart-City', 'Buku-III-Quick-Win', 'Ringkasan-Eksekutif']
  .map((b) => `${b}-Kabupaten-Kotawaringin-Timur-2023-2032.pdf`);
const soffice = findSoffice(process.env);

/** A TOC / list line: text, leader dots, page number. */
const tocLine = (pages: PdfPage[], prefix: string): string | undefined => {
  for (const p of pages.filter(isListPage)) {
    for (const l of p.lines) {
      const m = /^(.*?)\s*\.{5,}\s*(\d+)$/.exec(l);
      if (m && m[1].startsWith(prefix)) return m[2];
    }
  }
  return undefined;
};

/** The first numbered, non-list page with a line satisfying `test`. */
const pageWith = (pages: PdfPage[], test: (line: string) => boolean): PdfPage | undefined =>
  pages.find((p) => p.number !== '' && !isListPage(p) && p.lines.some(test));

function pageSize(pdf: string, n: number): { width: number; height: number } {
  const r = spawnSync('pdfinfo', ['-f', String(n), '-l', String(n), pdf], { encoding: 'utf8' });
  const m = /Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+)/.exec(r.stdout);
  if (!m) throw new Error(`pdfinfo: no page size for page ${n}\n${r.stdout}${r.stderr}`);
  return { width: Number(m[1]), height: Number(m[2]) };
}

describe.skipIf(!soffice)('e2e: build --pdf with LibreOffice', () => {
  let tmp = '';
  let out = '';
  let pages: PdfPage[] = [];
  const setPages = new Map<string, PdfPage[]>();
  let stdout = '';
  let stderr = '';
  let code = -1;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'smartcity-e2e-'));
    const dir = path.join(tmp, 'kotim');
    // The example's own dist/ (if someone built it in place) is output, not input.
    await cp(EXAMPLE, dir, { recursive: true, filter: (src) => path.relative(EXAMPLE, src).split(path.sep)[0] !== 'dist' });
    // The default set and the single volume in one build: each book's page numbers are checked below.
    const manifest = path.join(dir, 'smartcity.yaml');
    await writeFile(manifest, (await readFile(manifest, 'utf8')).replace(/^books: .*$/m, 'books: [analisis-strategis, masterplan, quick-win, ringkasan-eksekutif, lengkap]'));
    out = path.join(tmp, 'out');
    const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: process.env, cwd: tmp, isTTY: false };
    code = await run(['build', dir, '-o', out, '--pdf', '--no-color'], io);
    if (existsSync(path.join(out, PDF))) pages = await readPdfPages(path.join(out, PDF));
    for (const name of SET_PDFS) if (existsSync(path.join(out, name))) setPages.set(name, await readPdfPages(path.join(out, name)));
  });

  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('writes the PDF next to the DOCX files, with measured page numbers', async () => {
    expect(stderr).not.toMatch(/ {2}kesalahan {2}|SC6006|SC9005/);
    expect(code).toBe(0);
    expect(stdout).toContain('diukur dengan LibreOffice');
    // Four books (+20 chapter files), the single volume (+9), the roadmap, the Laporan Monev 2023, the enactment
    // draft and seven PDFs (the five books, the report and the draft).
    expect(stdout).toContain('44 berkas ditulis');
    for (const name of SET_PDFS) expect(existsSync(path.join(out, name)), name).toBe(true);
    expect(existsSync(path.join(out, 'Laporan-Monev-Smart-City-Kabupaten-Kotawaringin-Timur-2023.pdf'))).toBe(true);
    expect(await readdir(out)).toContain(PDF);
  });

  it('has a sane number of pages', () => {
    // LibreOffice 7.4 laid the single volume out on 61 pages before the risk registers, the Matriks Keterkaitan, the
    // sequence section and the kept-together tables; 95 pages since.
    expect(pages.length).toBeGreaterThanOrEqual(45);
    expect(pages.length).toBeLessThanOrEqual(120);
  });

  it('the TOC line "BAB VI PETA JALAN" shows the page where the heading PETA JALAN is', () => {
    const listed = tocLine(pages, 'BAB VI PETA JALAN');
    expect(listed).toMatch(/^\d+$/);
    const heading = pageWith(pages, (l) => l === 'PETA JALAN');
    expect(heading).toBeDefined();
    expect(heading!.number).toBe(listed);
  });

  it('the DAFTAR TABEL line "Tabel 6.4" shows the page where that caption is', () => {
    const listed = tocLine(pages, 'Tabel 6.4 ');
    expect(listed).toMatch(/^\d+$/);
    const caption = pageWith(pages, (l) => l.startsWith('Tabel 6.4 '));
    expect(caption).toBeDefined();
    expect(caption!.number).toBe(listed);
  });

  it('every line of Daftar Isi, Daftar Tabel and Daftar Gambar shows the page its entry is on, roman pages included', () => {
    const lines = listLines(pages);
    // 73 headings, 37 tables and 8 figures in the example; KATA PENGANTAR and DAFTAR TABEL are on roman pages.
    expect(lines.length).toBeGreaterThanOrEqual(100);
    expect(lines.some((e) => /^[ivx]+$/.test(e.listed))).toBe(true);
    expect(lines.filter((e) => e.real !== e.listed)).toEqual([]);
  });

  it.each(SET_PDFS)('%s: every list line shows the page its entry is on; its body restarts at page 1', (name) => {
    const of = setPages.get(name) ?? [];
    const lines = listLines(of);
    expect(lines.length).toBeGreaterThanOrEqual(10);
    expect(lines.some((e) => /^[ivx]+$/.test(e.listed))).toBe(true);
    expect(lines.filter((e) => e.real !== e.listed)).toEqual([]);
    // BAB I is on the first arabic page.
    expect(lines.find((e) => e.text.startsWith('BAB I '))?.listed).toBe('1');
  });

  it('the executive summary stays within 20 pages', () => {
    const summary = setPages.get(SET_PDFS[3]) ?? [];
    expect(summary.length).toBeGreaterThan(3);
    expect(summary.length).toBeLessThanOrEqual(20);
  });

  it('the roadmap table page is landscape, the chapter heading page is portrait', () => {
    const roadmap = pageWith(pages, (l) => l.startsWith('Tabel') && l.includes('Peta Jalan Smart Governance'));
    expect(roadmap).toBeDefined();
    const pdf = path.join(out, PDF);
    const wide = pageSize(pdf, roadmap!.index + 1);
    expect(wide.width).toBeGreaterThan(wide.height);
    const first = pageSize(pdf, 1);
    expect(first.width).toBeLessThan(first.height);
  });
});
