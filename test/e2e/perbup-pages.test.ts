/**
 * The enactment draft's pages as LibreOffice lays them out: the paper of `style.paper`, no BAB or Pasal heading
 * left at a page's foot, the Lampiran on a page of its own, no near-empty page before the signatures. Skipped
 * without LibreOffice (pdftotext and pdfinfo from poppler-utils are needed too).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { readPdfPages, type PdfPage } from '../../src/render/docx/page-oracle.js';
import { findSoffice } from '../../src/render/libreoffice.js';
import { convertToPdf } from '../../src/render/layout-session.js';
import { FIXTURES, REPO } from '../_helpers/project.js';

const soffice = findSoffice(process.env);
const tmp = await mkdtemp(path.join(os.tmpdir(), 'smartcity-perbup-pages-'));
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** Built without LibreOffice (fast), then only the draft is converted. */
async function draftPages(project: string, name: string, file: string): Promise<{ pages: PdfPage[]; pdf: string }> {
  const out = path.join(tmp, name);
  await build(project, { cwd: tmp, outDir: out, env: {} });
  const pdf = await convertToPdf(path.join(out, file), out, { soffice: soffice! });
  return { pages: await readPdfPages(pdf), pdf };
}

/** Page size in points (1 mm = 72 / 25.4 pt). */
function pageSizePt(pdf: string, n: number): { width: number; height: number } {
  const r = spawnSync('pdfinfo', ['-f', String(n), '-l', String(n), pdf], { encoding: 'utf8' });
  const m = /Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+)/.exec(r.stdout);
  if (!m) throw new Error(`pdfinfo: no page size\n${r.stdout}${r.stderr}`);
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** Within 1 mm (2.83 pt): LibreOffice rounds a page size to its own units (F4 comes out 215.2 mm wide). */
const expectMm = (pt: number, mm: number) => expect(Math.abs(pt - (mm * 72) / 25.4)).toBeLessThan(2.83);

/** The page's lines without its footer page number. */
const body = (p: PdfPage) => p.lines.filter((l) => !/^\d+$/.test(l.trim()));

function pageChecks(get: () => { pages: PdfPage[] }) {
  it('leaves no BAB or Pasal heading (nor a BAB title) at the foot of a page', () => {
    for (const p of get().pages) {
      const last = body(p).at(-1)?.trim() ?? '';
      expect(last, `page ${p.index + 1}`).not.toMatch(/^(BAB [IVXL]+|Pasal \d+)$/);
      const secondLast = body(p).at(-2)?.trim() ?? '';
      expect(secondLast, `page ${p.index + 1}`).not.toMatch(/^BAB [IVXL]+$/);
    }
  });

  it('starts the Lampiran on a page of its own, its heading block first', () => {
    const pages = get().pages;
    const at = pages.findIndex((p) => body(p)[0]?.trim() === 'LAMPIRAN');
    expect(at).toBe(pages.length - 1);
  });

  it('has no near-empty page', () => {
    for (const p of get().pages) expect(body(p).length, `page ${p.index + 1}`).toBeGreaterThanOrEqual(8);
  });
}

describe.skipIf(!soffice)('e2e: the enactment draft laid out by LibreOffice', async () => {
  describe('of the example (A4)', async () => {
    const draft = soffice ? await draftPages(path.join(REPO, 'examples/kotawaringin-timur'), 'example', 'Rancangan-Peraturan-Bupati-Kotawaringin-Timur-2023-2032.docx') : { pages: [], pdf: '' };
    it('is on A4 (210 × 297 mm = 595.3 × 841.9 pt) and runs to 6–12 pages', () => {
      const size = pageSizePt(draft.pdf, 1);
      expectMm(size.width, 210);
      expectMm(size.height, 297);
      expect(draft.pages.length).toBeGreaterThanOrEqual(6);
      expect(draft.pages.length).toBeLessThanOrEqual(12);
    });
    pageChecks(() => draft);
  });

  describe('of the kota fixture (F4)', async () => {
    const draft = soffice ? await draftPages(path.join(FIXTURES, 'kota-perbup'), 'kota', 'Rancangan-Peraturan-Wali-Kota-Sukamaju-2025-2029.docx') : { pages: [], pdf: '' };
    it('is on F4 (215 × 330 mm = 609.4 × 935.4 pt)', () => {
      const size = pageSizePt(draft.pdf, 1);
      expectMm(size.width, 215);
      expectMm(size.height, 330);
    });
    pageChecks(() => draft);
  });
});
