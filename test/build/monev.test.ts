/**
 * `build` writes one Laporan Monev per Progress year, and the masterplan (book, chapters, roadmap sheets)
 * is byte-identical with or without Progress documents. The env has no PATH, so LibreOffice is never found.
 */
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { REPO } from '../_helpers/project.js';

const EXAMPLE = path.join(REPO, 'examples/kotawaringin-timur');
const REPORT = 'Laporan-Monev-Smart-City-Kabupaten-Kotawaringin-Timur-2023.docx';
const ROADMAP = 'Roadmap-Smart-City-Kabupaten-Kotawaringin-Timur-2023-2032.xlsx';
const NO_SOFFICE: NodeJS.ProcessEnv = {};

const tmp = await mkdtemp(path.join(os.tmpdir(), 'smartcity-build-monev-'));
afterAll(() => rm(tmp, { recursive: true, force: true }));

async function copyExample(name: string, withMonev: boolean): Promise<string> {
  const dir = path.join(tmp, name);
  await cp(EXAMPLE, dir, {
    recursive: true,
    filter: (src) => {
      const top = path.relative(EXAMPLE, src).split(path.sep)[0];
      return top !== 'dist' && (withMonev || top !== 'monev');
    },
  });
  return dir;
}

async function hashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  // Recursive: each book of the set has a folder of chapter files.
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const abs = path.join(e.parentPath, e.name);
    out[path.relative(dir, abs).split(path.sep).join('/')] = createHash('sha256').update(await readFile(abs)).digest('hex');
  }
  return out;
}

/** Sheet name → its XML with shared-string indices replaced by the strings themselves. */
async function sheetsByName(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (n: string) => zip.file(n)!.async('string');
  const shared = [...(await read('xl/sharedStrings.xml')).matchAll(/<si>(.*?)<\/si>/gs)].map((m) => m[1]);
  const names = [...(await read('xl/workbook.xml')).matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]);
  const out = new Map<string, string>();
  for (const [i, name] of names.entries()) {
    const xml = await read(`xl/worksheets/sheet${i + 1}.xml`);
    out.set(name, xml.replace(/(<c [^>]*t="s"[^>]*>)<v>(\d+)<\/v>/g, (_m, open: string, idx: string) => `${open}<v>${shared[Number(idx)]}</v>`));
  }
  return out;
}

describe('build with Progress documents', async () => {
  const withDir = await copyExample('with', true);
  const withoutDir = await copyExample('without', false);
  const withOut = path.join(tmp, 'out-with');
  const withoutOut = path.join(tmp, 'out-without');
  const a = await build(withDir, { cwd: tmp, outDir: withOut, env: NO_SOFFICE });
  const b = await build(withoutDir, { cwd: tmp, outDir: withoutOut, env: NO_SOFFICE });

  it('writes the Laporan Monev of each reported year beside the masterplan', async () => {
    expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const names = a.files.map((f) => path.basename(f.path));
    expect(names).toContain(REPORT);
    expect(names.filter((n) => n.startsWith('Laporan-Monev-'))).toEqual([REPORT]);
    const zip = await JSZip.loadAsync(await readFile(path.join(withOut, REPORT)));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('LAPORAN MONITORING DAN EVALUASI');
    expect(xml).toContain('RINGKASAN EKSEKUTIF');
    expect(xml).toContain('Listrik desa dan PLTS komunal');
    // A native chart for the planned vs realised figure.
    expect(Object.keys(zip.files).some((n) => /^word\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    expect(a.diagnostics.map((d) => d.code)).not.toContain('SC6003');
  });

  it('the report reads back per evaluation component, with the survey chart and criteria means', async () => {
    const zip = await JSZip.loadAsync(await readFile(path.join(withOut, REPORT)));
    const xml = await zip.file('word/document.xml')!.async('string');
    // No-break spaces (a year kept with "Tahun") read as spaces.
    const text = xml.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '').replace(/\u00A0/g, ' ');
    const order = ['BASELINE: RENCANA DAN REALISASI PROGRAM', 'OUTPUT: KEBIJAKAN, KELEMBAGAAN DAN ANGGARAN', 'OUTCOME: PELAKSANAAN MASTERPLAN',
      'DAMPAK: SURVEI WARGA', 'QUICK WIN', 'KENDALA DAN TINDAK LANJUT', 'BUKTI DUKUNG', 'INDEKS SMART CITY'].map((t) => text.lastIndexOf(t));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]))).toBe(true);
    expect(text).toContain('Perbup Kotim No. 27 Tahun 2023');
    expect(text).toContain('Pengembangan SDM');
    // Survey mean 16.80 / 6 = 2,80; Kotim Siaga 112's criteria 28.5 / 9 → 3,17.
    expect(text).toContain('dengan rata-rata 2,80 pada skala 1–5');
    expect(text).toContain('Kotim Siaga 112: skor rata-rata 3,17 atas 9 kriteria yang sudah dinilai');
    expect(text).toContain('SIPANDU: skor rata-rata 3,50 atas kesepuluh kriteria');
    const charts = Object.keys(zip.files).filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.length).toBe(2);
  });

  it('the book reads back each quick win\'s criteria, risk register and the 5x5 risk matrix', async () => {
    // Buku III: BAB I Pendahuluan, BAB II Quick Win (the risk matrix is its second figure).
    const zip = await JSZip.loadAsync(await readFile(path.join(withOut, 'Buku-III-Quick-Win-Kabupaten-Kotawaringin-Timur-2023-2032', 'BAB-II-Quick-Win.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Register Risiko Quick Win SAKTI');
    expect(text).toContain('Sepuluh Kriteria Quick Win Kotim Siaga 112');
    expect(text).toContain('Gambar 2.2 Matriks Risiko Quick Win');
    // OPD tidak menyerahkan data: 4 × 4 = 16, Tinggi, shaded with the "high" band colour.
    expect(text).toMatch(/R4 OPD tidak menyerahkan data prioritas tepat waktu 4 4 16 Tinggi/);
    expect(xml).toContain('w:fill="F4B183"');
    // Two risks share the top level 4 × 4 = 16: both are named.
    expect(text).toMatch(/Tingkat risiko tertinggi adalah 16 \(tinggi\), pada R4 .* dan R10 /);
  });

  it('is deterministic', async () => {
    const again = path.join(tmp, 'out-again');
    await build(withDir, { cwd: tmp, outDir: again, env: NO_SOFFICE });
    expect((await hashes(again))[REPORT]).toBe((await hashes(withOut))[REPORT]);
  });

  it('leaves the book, its chapters and the roadmap sheets byte-identical', async () => {
    expect(b.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const withHashes = await hashes(withOut);
    const withoutHashes = await hashes(withoutOut);
    expect(Object.keys(withoutHashes).some((n) => n.startsWith('Laporan-Monev-'))).toBe(false);
    expect(Object.keys(withHashes).sort()).toEqual([...Object.keys(withoutHashes), REPORT].sort());
    const docx = Object.keys(withoutHashes).filter((n) => n.endsWith('.docx'));
    expect(docx.length).toBeGreaterThan(5);
    for (const name of docx) expect(withHashes[name], name).toBe(withoutHashes[name]);
    // The workbook gains `Monev <Y>` and `Evaluasi <Y>` sheets; every other sheet is unchanged.
    const sheetsWith = await sheetsByName(await readFile(path.join(withOut, ROADMAP)));
    const sheetsWithout = await sheetsByName(await readFile(path.join(withoutOut, ROADMAP)));
    expect([...sheetsWith.keys()].filter((n) => !/^(Monev|Evaluasi) /.test(n))).toEqual([...sheetsWithout.keys()]);
    for (const [name, xml] of sheetsWithout) expect(sheetsWith.get(name), name).toBe(xml);
  });
});
