/**
 * The book set end to end through build(): stages, cross-book citations, the executive summary's figures (checked
 * against sums taken straight from the example's YAML, not from the model) and its length. No LibreOffice here,
 * except the N=300 length test, which needs it to count pages.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { parse, parseAllDocuments } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { build } from '../../src/build/index.js';
import { findSoffice } from '../../src/render/libreoffice.js';
import { docxText as text, gapsOf } from '../_helpers/books.js';
import { REPO } from '../_helpers/project.js';

const EXAMPLE = path.join(REPO, 'examples/kotawaringin-timur');
const SUFFIX = 'Kabupaten-Kotawaringin-Timur-2023-2032';
const NO_SOFFICE: NodeJS.ProcessEnv = {};
const tmp = await mkdtemp(path.join(os.tmpdir(), 'smartcity-books-'));
afterAll(() => rm(tmp, { recursive: true, force: true }));

let n = 0;
async function copyExample(drop: string[] = [], books?: string): Promise<string> {
  const dir = path.join(tmp, `p${n++}`);
  await cp(EXAMPLE, dir, { recursive: true, filter: (src) => !['dist', ...drop].includes(path.relative(EXAMPLE, src).split(path.sep)[0]) });
  if (books) {
    const manifest = path.join(dir, 'smartcity.yaml');
    await writeFile(manifest, (await readFile(manifest, 'utf8')).replace(/^books: .*$/m, `books: ${books}`));
  }
  return dir;
}

/** The visible text of a DOCX body, runs joined, the writer's no-break spaces ("Tabel\u00A04.1") as spaces. */

const files = async (dir: string) => (await readdir(dir, { recursive: true })).map(String).filter((f) => /\.(docx|xlsx)$/.test(f)).sort();

describe('build --stage', () => {
  it('stage 1 with a profile and a gap analysis and no programs: Buku I only, and why the others were left out', async () => {
    const dir = await copyExample(['dimensi', 'quick-wins.yaml', 'monev']);
    const out = path.join(tmp, 'out-stage1');
    const r = await build(dir, { cwd: tmp, outDir: out, env: NO_SOFFICE, stage: 1 });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(await files(out)).toEqual([
      `Buku-I-Analisis-Strategis-${SUFFIX}.docx`,
      ...['I-Pendahuluan', 'II-Gambaran-Umum-Daerah', 'III-Analisis-Kesiapan-Daerah', 'IV-Analisis-Swot', 'V-Isu-Strategis', 'VI-Visi-Misi-Dan-Sasaran-Smart-City']
        .map((c) => `Buku-I-Analisis-Strategis-${SUFFIX}/BAB-${c}.docx`),
    ]);
    const notDue = r.diagnostics.filter((d) => d.code === 'SC6015');
    expect(notDue.map((d) => [d.data.book, d.data.due])).toEqual([
      ['Buku II Masterplan Smart City', 2], ['Buku III Quick Win', 3], ['Ringkasan Eksekutif', 4],
    ]);
    expect(notDue.every((d) => d.severity === 'info' && d.data.stage === 1)).toBe(true);
    // Strategies and quick wins are not due yet: no coverage warnings about them.
    expect(r.diagnostics.filter((d) => d.severity === 'warning' && d.code !== 'SC6001')).toEqual([]);
  });

  it('stage 1 checks that stage\'s data: without a SWOT the build stops (SC4003) and writes nothing', async () => {
    const dir = await copyExample(['dimensi', 'quick-wins.yaml', 'monev']);
    const gap = path.join(dir, 'analisis/kesiapan.yaml');
    await writeFile(gap, (await readFile(gap, 'utf8')).replace(/^swot:\n(  .*\n)+/m, ''));
    const r = await build(dir, { cwd: tmp, outDir: path.join(tmp, 'out-stage1-bad'), env: NO_SOFFICE, stage: 1 });
    expect(r.diagnostics.map((d) => d.code)).toContain('SC4003');
    expect(r.files).toEqual([]);
  });

  it('stage 2 adds Buku II and the roadmap workbook; stage 3 Buku III; the summary waits for stage 4', async () => {
    const dir = await copyExample(['monev']);
    const two = await build(dir, { cwd: tmp, outDir: path.join(tmp, 'out-stage2'), env: NO_SOFFICE, stage: 2 });
    const tops = (r: typeof two) => r.files.map((f) => path.relative(r.outDir, f.path)).filter((f) => !f.includes(path.sep));
    expect(tops(two)).toEqual([`Buku-I-Analisis-Strategis-${SUFFIX}.docx`, `Buku-II-Masterplan-Smart-City-${SUFFIX}.docx`, `Roadmap-Smart-City-${SUFFIX}.xlsx`]);
    const three = await build(dir, { cwd: tmp, outDir: path.join(tmp, 'out-stage3'), env: NO_SOFFICE, stage: 3 });
    expect(tops(three)).toContain(`Buku-III-Quick-Win-${SUFFIX}.docx`);
    expect(tops(three)).not.toContain(`Ringkasan-Eksekutif-${SUFFIX}.docx`);
    expect(three.diagnostics.filter((d) => d.code === 'SC6015').map((d) => d.data.book)).toEqual(['Ringkasan Eksekutif']);
  });
});

describe('the default set of the example', async () => {
  const dir = await copyExample();
  const out = path.join(tmp, 'out-set');
  const r = await build(dir, { cwd: tmp, outDir: out, env: NO_SOFFICE });
  const book = (name: string) => text(path.join(out, `${name}-${SUFFIX}.docx`));

  it('builds without errors or unresolved references', () => {
    expect(r.diagnostics.filter((d) => d.severity === 'error' || d.code === 'SC6008')).toEqual([]);
  });

  it('Buku II cites Buku I by the numbers Buku I gave (BAB III readiness, Tabel 3.4 the gaps, Tabel 6.2 the goals)', async () => {
    const one = await book('Buku-I-Analisis-Strategis');
    // Buku I's BAB III holds three readiness tables (3.1–3.3), then the gap table; BAB VI the missions, then the goals.
    expect(one).toMatch(/Tabel 3\.4 Analisis Kesenjangan/);
    expect(one).toMatch(/Tabel 6\.2 Sasaran Setiap Dimensi/);
    const two = await book('Buku-II-Masterplan-Smart-City');
    expect(two).toContain('lihat Buku I, BAB III)');
    expect(two).toContain('lihat Buku I, Tabel 3.4)');
    expect(two).toContain('lihat Buku I, Tabel 6.2)');
  });

  it('Buku I says "Seluruh N kesenjangan" when every gap of the YAML is answered by a program', async () => {
    const { gaps, answered } = await gapsOf(EXAMPLE);
    expect(gaps.every((g) => answered.has(g))).toBe(true);
    expect((await book('Buku-I-Analisis-Strategis')).replace(/\s+/g, ' ')).toContain(`Seluruh ${gaps.length} kesenjangan telah dijawab oleh sedikitnya satu program.`);
  });

  it('Buku III says in which years the quick wins run, from their schedules (not "untuk periode 2023–2032")', async () => {
    const qws = parseAllDocuments(await readFile(path.join(EXAMPLE, 'quick-wins.yaml'), 'utf8')).flatMap((d) => d.toJS().quick_wins) as { schedule: { start: string; end: string } }[];
    const first = Math.min(...qws.map((q) => Number(String(q.schedule.start).slice(0, 4))));
    const last = Math.max(...qws.map((q) => Number(String(q.schedule.end).slice(0, 4))));
    const three = (await book('Buku-III-Quick-Win')).replace(/\s+/g, ' ');
    expect(three).toContain(`menetapkan ${qws.length} quick win yang dilaksanakan pada tahun ${first}–${last}.`);
  });

  it('the summary gives each pillar\'s mean score to two decimals, as Buku I\'s figure labels it', async () => {
    const readiness = parse(await readFile(path.join(EXAMPLE, 'analisis/kesiapan.yaml'), 'utf8')).readiness as Record<string, { items: { score?: number }[] }>;
    const summary = (await book('Ringkasan-Eksekutif')).replace(/\s+/g, ' ');
    for (const [pillar, name] of [['structure', 'Struktur'], ['infrastructure', 'Infrastruktur'], ['superstructure', 'Suprastruktur']]) {
      const scores = readiness[pillar].items.map((i) => i.score!);
      // Half-up to hundredths in integers: (200 × sum + n) / (2n).
      const hundredths = Math.floor((200 * scores.reduce((a, b) => a + b, 0) + scores.length) / (2 * scores.length));
      const shown = `${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, '0')}`;
      expect(summary, pillar).toContain(`${name}: ${scores.length} aspek, rata-rata skor ${shown} dari 5`);
    }
    expect(summary).toContain('Skor rata-rata setiap pilar digambarkan pada Gambar 1.1.');
  });

  it('the summary cites Buku II\'s budget table by its number there (BAB IV, first table)', async () => {
    expect(await book('Buku-II-Masterplan-Smart-City')).toMatch(/Tabel 4\.1 Rencana Anggaran per Dimensi/);
    expect(await book('Ringkasan-Eksekutif')).toContain('rinciannya dalam Buku II, Tabel 4.1');
  });

  it('every figure of the summary is the data\'s: programs, quick wins and budget per dimension and in total', async () => {
    // Sums straight from the YAML files, independent of the model.
    const thousands = (v: number) => v.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    const rupiah = (v: number) => `Rp ${thousands(v)}`;
    const names: Record<string, string> = { governance: 'Smart Governance', branding: 'Smart Branding', economy: 'Smart Economy', living: 'Smart Living', society: 'Smart Society', environment: 'Smart Environment' };
    const qws = parseAllDocuments(await readFile(path.join(EXAMPLE, 'quick-wins.yaml'), 'utf8')).flatMap((d) => d.toJS().quick_wins) as { dimension: string; budget?: { amount: number } }[];
    const summary = (await book('Ringkasan-Eksekutif')).replace(/\s+/g, ' ');
    let programs = 0;
    let total = 0;
    let tenths = 0;
    for (const [id, name] of Object.entries(names)) {
      const doc = parse(await readFile(path.join(EXAMPLE, `dimensi/${id}.yaml`), 'utf8'));
      const list = (doc.programs ?? []) as { budget?: { amount: number }[] }[];
      const sum = list.reduce((s, p) => s + (p.budget ?? []).reduce((a, b) => a + b.amount, 0), 0);
      const quick = qws.filter((q) => q.dimension === id).length;
      programs += list.length;
      total += sum;
      // The key-figures row: name, programs, quick wins, budget (the column says Rp).
      expect(summary, name).toContain(`${name} ${list.length} ${quick} ${thousands(sum)} `);
      const share = new RegExp(`${name} ${list.length} ${quick} ${thousands(sum).replace(/\./g, '\\.')} (\\d+),(\\d)%`).exec(summary);
      tenths += Number(share?.[1]) * 10 + Number(share?.[2]);
    }
    // The shares printed add up to the 100,0% printed under them (issue 17: they added up to 99,9).
    expect(tenths).toBe(1000);
    const quickTotal = qws.reduce((s, q) => s + (q.budget?.amount ?? 0), 0);
    expect(summary).toContain(`${programs} program`);
    expect(summary).toContain(`${qws.length} quick win`);
    expect(summary).toMatch(new RegExp(`${rupiah(total).replace(/\./g, '\\.')} \\([a-z ]+ rupiah\\)`));
    expect(summary).toContain(`Jumlah ${programs} ${qws.length} ${thousands(total)} 100,0%`);
    expect(summary).toContain(rupiah(quickTotal));
  });

  it('the summary names every program of a dimension of up to five, the five largest by budget of more', async () => {
    const summary = (await book('Ringkasan-Eksekutif')).replace(/\s+/g, ' ');
    let shortened = 0;
    for (const id of ['governance', 'branding', 'economy', 'living', 'society', 'environment']) {
      const doc = parse(await readFile(path.join(EXAMPLE, `dimensi/${id}.yaml`), 'utf8'));
      const programs = (doc.programs as { name: string; budget?: { amount: number }[] }[]).map((p, i) => ({ name: p.name, i, total: (p.budget ?? []).reduce((a, b) => a + b.amount, 0) }));
      if (programs.length <= 5) {
        expect(summary, id).toContain(`(${programs.length} program): ${programs.map((p) => p.name).join('; ')}.`);
        continue;
      }
      shortened++;
      const largest = [...programs].sort((a, b) => b.total - a.total || a.i - b.i).slice(0, 5).map((p) => p.name);
      expect(summary, id).toContain(`(${programs.length} program; lima dengan anggaran terbesar): ${largest.join('; ')}.`);
    }
    expect(shortened).toBeGreaterThan(0);
  });

  it('each book has its own cover and header', async () => {
    const one = await book('Buku-I-Analisis-Strategis');
    expect(one).toContain('BUKU I');
    expect(one).toContain('ANALISIS STRATEGIS');
    const zip = await JSZip.loadAsync(await readFile(path.join(out, `Buku-III-Quick-Win-${SUFFIX}.docx`)));
    const headers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/header\d*\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(headers.join('')).toContain('Buku III Quick Win Kabupaten Kotawaringin Timur');
  });

  it('a dropped Buku I: Buku II names no book that is not in the set, and nothing is left unresolved', async () => {
    const only = await copyExample([], '[masterplan, ringkasan-eksekutif]');
    const o = path.join(tmp, 'out-dropped');
    const d = await build(only, { cwd: tmp, outDir: o, env: NO_SOFFICE });
    expect(d.diagnostics.filter((x) => x.severity === 'error' || x.code === 'SC6008')).toEqual([]);
    const two = await text(path.join(o, `Buku-II-Masterplan-Smart-City-${SUFFIX}.docx`));
    expect(two).not.toContain('Buku I,');
    expect(two).toContain('Buku ini disusun berdasarkan analisis kesiapan daerah');
  });
});

describe.skipIf(!findSoffice(process.env))('the executive summary of a generated N=300 project', () => {
  it('stays within 20 pages', async () => {
    const dir = path.join(tmp, 'n300');
    generate(dir, { programs: 300, seed: 3 });
    const manifest = path.join(dir, 'smartcity.yaml');
    await writeFile(manifest, `${await readFile(manifest, 'utf8')}\nbooks: [ringkasan-eksekutif]\n`);
    const out = path.join(tmp, 'out-n300');
    const r = await build(dir, { cwd: tmp, outDir: out, pdf: true });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const pdf = (await readdir(out)).find((f) => f.startsWith('Ringkasan-Eksekutif') && f.endsWith('.pdf'))!;
    const info = spawnSync('pdfinfo', [path.join(out, pdf)], { encoding: 'utf8' }).stdout;
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(3);
    expect(pages).toBeLessThanOrEqual(20);
  });
});

describe('Buku I, SWOT per pillar: the sentence says which pillars have a strategy matrix', () => {
  const buku1 = async (edit: (yaml: string) => string): Promise<string> => {
    const dir = await copyExample(['dimensi', 'quick-wins.yaml', 'monev']);
    const file = path.join(dir, 'analisis/kesiapan.yaml');
    await writeFile(file, edit(await readFile(file, 'utf8')));
    const out = path.join(dir, 'out');
    const r = await build(dir, { cwd: tmp, outDir: out, env: NO_SOFFICE, stage: 1 });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return text(path.join(out, `Buku-I-Analisis-Strategis-${SUFFIX}.docx`));
  };
  // In the example only the structure pillar has strategies (analisis/kesiapan.yaml, swot_by_pillar).
  const strategies = '    strategies:\n      so: [Menggalang CSR melalui forum Dewan Smart City]\n'
    + '      wo: [Memanfaatkan pendampingan Kominfo untuk menandai anggaran Smart City dalam APBD]\n'
    + '      st: [Menjadikan Dewan Smart City forum tetap agar program berlanjut saat pejabat berganti]\n'
    + '      wt: [Menetapkan *tagging* anggaran Smart City dalam RKPD]\n';

  it('one of three: names it, and does not claim a matrix for every pillar', async () => {
    const t = await buku1((y) => y);
    expect(t).toContain('setiap pilar kesiapan (3 pilar); matriks strategi disusun untuk Pilar Struktur, sebagai berikut.');
    expect(t).not.toContain('(3 pilar) beserta matriks strateginya');
  });

  it('all three: "beserta matriks strateginya"; none: says there is none yet', async () => {
    const all = await buku1((y) => y
      .replace('    threats: [Banjir dan karhutla merusak jaringan]\n', `    threats: [Banjir dan karhutla merusak jaringan]\n${strategies}`)
      .replace('    threats: [Regulasi nasional yang berubah cepat]\n', `    threats: [Regulasi nasional yang berubah cepat]\n${strategies}`));
    expect(all).toContain('setiap pilar kesiapan (3 pilar) beserta matriks strateginya, sebagai berikut.');
    const none = await buku1((y) => y.replace(strategies, ''));
    expect(none).toContain('(3 pilar), sebagai berikut; matriks strategi per pilar belum disusun.');
  });
});
