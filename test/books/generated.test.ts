/**
 * The book set of generated projects (bench/generate.mjs): sentences and lists that fit sparse data and many
 * programs, checked against facts read straight from the generated YAML (issue 17). No LibreOffice.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { build } from '../../src/build/index.js';
import { docxText as text, gapsOf } from '../_helpers/books.js';

const NO_SOFFICE: NodeJS.ProcessEnv = {};
const tmp = await mkdtemp(path.join(os.tmpdir(), 'smartcity-books-generated-'));
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('a sparse generated project: sentences that fit its data', () => {
  it('Buku I says how many gaps no program answers and that Buku II\'s Matriks Keterkaitan lists them first; each foreword names its book once', async () => {
    const dir = path.join(tmp, 'sparse');
    generate(dir, { programs: 6, years: 5, sparse: true, seed: 1 });
    // Which gaps no program answers, straight from the generated YAML.
    const { gaps, answered } = await gapsOf(dir);
    const open = gaps.filter((g) => !answered.has(g)).length;
    expect(open).toBeGreaterThan(0);
    const out = path.join(dir, 'out');
    await build(dir, { cwd: tmp, outDir: out, env: NO_SOFFICE });
    const one = (await text(path.join(out, (await readdir(out)).find((f) => f.startsWith('Buku-I-Analisis') && f.endsWith('.docx'))!))).replace(/\s+/g, ' ');
    expect(one).toContain(`sedangkan ${open} kesenjangan belum dijawab oleh program mana pun; Matriks Keterkaitan pada Lampiran Buku II mencantumkannya paling atas.`);
    // Without a foreword of its own (the example has one), each Kata Pengantar names its book once: "Buku II
    // Masterplan Smart City" is not followed by "Masterplan Smart City" again, Buku I's title is.
    const book = async (prefix: string) => (await text(path.join(out, (await readdir(out)).find((f) => f.startsWith(prefix) && f.endsWith('.docx'))!))).replace(/\s+/g, ' ');
    expect(one).toContain('rahmat-Nya Buku I Analisis Strategis Masterplan Smart City Kabupaten Sukamaju Tahun 2025–2029 dapat diselesaikan');
    expect(await book('Buku-II-Masterplan')).toContain('rahmat-Nya Buku II Masterplan Smart City Kabupaten Sukamaju Tahun 2025–2029 dapat diselesaikan');
    expect(await book('Ringkasan-Eksekutif')).toContain('rahmat-Nya Ringkasan Eksekutif Masterplan Smart City Kabupaten Sukamaju Tahun 2025–2029 dapat diselesaikan');
    // An action-plan group no program of the YAML belongs to: "belum ada program", not "0 program, Rp 0".
    const actions = new Set<string>();
    for (const f of await readdir(path.join(dir, 'dimensi'))) {
      for (const p of (parse(await readFile(path.join(dir, 'dimensi', f), 'utf8')).programs ?? []) as { action?: string }[]) if (p.action) actions.add(p.action);
    }
    const groups: Record<string, string> = { policy: 'Kebijakan dan Kelembagaan', infrastructure: 'Infrastruktur Pendukung', application: 'Perangkat Lunak dan Aplikasi', literacy: 'Penguatan Literasi', sdm: 'Pengembangan SDM' };
    const empty = Object.keys(groups).filter((g) => !actions.has(g));
    expect(empty.length).toBeGreaterThan(0);
    const two = await book('Buku-II-Masterplan');
    for (const g of empty) expect(two, g).toContain(`${groups[g]}: belum ada program.`);
    expect(two).not.toContain(': 0 program');
    // RPJMD missions written without dimensions (profil-daerah.yaml): no table of "-", a sentence saying so.
    expect(parse(await readFile(path.join(dir, 'profil-daerah.yaml'), 'utf8')).rpjmd.missions.every((m: unknown) => typeof m === 'string')).toBe(true);
    expect(one).toContain('Keterkaitan misi RPJMD dengan dimensi Smart City belum dicantumkan dalam profil daerah.');
    expect(one).not.toContain('Misi RPJMD dan Dimensi Smart City yang Mendukungnya');
  });
});

describe('Ringkasan Eksekutif of many programs', () => {
  it('names the five largest programs by budget of a dimension with more than five, not all of them', async () => {
    const dir = path.join(tmp, 'n60');
    generate(dir, { programs: 60, seed: 2 });
    const doc = parse(await readFile(path.join(dir, 'dimensi', (await readdir(path.join(dir, 'dimensi'))).sort()[0]), 'utf8'));
    const programs = (doc.programs as { name: string; budget?: { amount: number }[] }[]).map((p, i) => ({ name: p.name, i, total: (p.budget ?? []).reduce((s, b) => s + b.amount, 0) }));
    expect(programs.length).toBeGreaterThan(5);
    const largest = [...programs].sort((a, b) => b.total - a.total || a.i - b.i).slice(0, 5).map((p) => p.name);
    const out = path.join(dir, 'out');
    await build(dir, { cwd: tmp, outDir: out, env: NO_SOFFICE });
    const summary = (await text(path.join(out, (await readdir(out)).find((f) => f.startsWith('Ringkasan-Eksekutif') && f.endsWith('.docx'))!))).replace(/\s+/g, ' ');
    expect(summary).toContain(`(${programs.length} program; lima dengan anggaran terbesar): ${largest.join('; ')}.`);
    const smallest = [...programs].sort((a, b) => a.total - b.total)[0].name;
    expect(summary).not.toContain(smallest);
  });
});
