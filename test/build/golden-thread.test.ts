/**
 * The golden thread read back from the built DOCX (issue 21): the Matriks Keterkaitan lists what
 * nothing answers first, with programs, indicators and budgets; the sentences interpret the data.
 * Every expected figure below is computed by hand from the YAML in this file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { minimal, writeProject } from '../_helpers/project.js';

const GAP = `apiVersion: smartcity/v1
kind: GapAnalysis
readiness:
  structure: {items: [{aspect: SDM, score: 2}, {aspect: Anggaran, score: 3}]}
  infrastructure: {items: [{aspect: Jaringan, score: 4}]}
  superstructure: {items: [{aspect: Regulasi, score: 1}, {aspect: Kelembagaan, score: 2}, {aspect: SOP, score: 2}]}
gaps:
  - {id: gap-1, pillar: structure, dimension: governance, aspect: SDM TIK, current: a, expected: b}
  - {id: gap-2, pillar: infrastructure, aspect: Sinyal desa, current: a, expected: b}
  - {id: gap-3, pillar: superstructure, aspect: Penandaan anggaran, current: a, expected: b}
`;
const STRATEGIES = `strategies:
  - {id: s1, element: service, title: Layanan terpadu}
  - {id: s2, element: policy, title: Regulasi daerah}
programs:`;
const SECOND = `  - id: gov-02
    name: Jaringan desa
    element: policy
    lead: bappeda
    horizon: medium
    years: [2025, 2026, 2027]
    addresses: [gap-1, gap-2]
    depends_on: [gov-01]
    milestones:
      - {year: 2026, text: BTS di 10 desa}
    budget:
      - {year: 2025, amount: 300000000, source: APBD}
      - {year: 2026, amount: 600000000, source: DAK}
      - {year: 2027, amount: 100000000, source: CSR}
    indicators:
      - {name: Desa terjangkau sinyal, unit: desa, baseline: 5, target: 25, level: outcome, baseline_year: 2023, source: DPMD, targets: [{year: 2026, value: 15}, {year: 2027, value: 25}]}
`;
const LAST = '      - {name: Layanan daring, unit: layanan, baseline: 0, target: 20}\n';

/** Paragraph texts (runs joined) and tables (rows of cell texts) of a DOCX part, in document order. */
function read(xml: string): { paragraphs: string[]; tables: string[][][] } {
  const text = (s: string) => [...s.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replace(/&amp;/g, '&').replace(/\u00a0/g, ' ');
  // A table's source note is written as its last row (TableNote style); it is not a row of the table's data.
  const tables = [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((t) =>
    [...t[1].matchAll(/<w:tr[ >](.*?)<\/w:tr>/gs)].filter((r) => !r[1].includes('<w:pStyle w:val="TableNote"/>'))
      .map((r) => [...r[1].matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => text(c[1]))));
  const paragraphs = xml.replace(/<w:tbl>.*?<\/w:tbl>/gs, '').split('</w:p>').map(text).filter(Boolean);
  return { paragraphs, tables };
}

describe('the golden thread in the built book', async () => {
  const files = await minimal({
    'gap.yaml': GAP,
    'governance.yaml': [['programs:', STRATEGIES], ['    horizon: short\n', '    horizon: short\n    strategy: s1\n'], [LAST, LAST + SECOND]],
  });
  const dir = await writeProject(files);
  const result = await build(dir, { cwd: dir, outDir: 'out', env: {} });
  // The matrix is an appendix of Buku II (Masterplan Smart City), the book whose programs answer the gaps.
  const buku2 = result.files.find((f) => /\/Buku-II-Masterplan-[^/]*\.docx$/.test(f.path))!.path;
  const zip = await JSZip.loadAsync(await readFile(path.join(buku2.replace(/\.docx$/, ''), 'Lampiran.docx')));
  const appendix = read(await zip.file('word/document.xml')!.async('string'));
  const bookZip = await JSZip.loadAsync(await readFile(buku2));
  const book = read(await bookZip.file('word/document.xml')!.async('string'));
  // Buku I holds the readiness analysis and its sentence.
  const buku1 = result.files.find((f) => /\/Buku-I-Analisis-[^/]*\.docx$/.test(f.path))!.path;
  const analysis = read(await (await JSZip.loadAsync(await readFile(buku1))).file('word/document.xml')!.async('string'));

  it('builds with the warnings of what nothing answers', () => {
    // (besides SC6001: no LibreOffice in this test's environment, and SC6030: the enactment draft's note that the
    // minimal project has no legal basis)
    const found = result.diagnostics.filter((d) => d.code !== 'SC6001' && d.code !== 'SC6030');
    expect(found.map((d) => `${d.code} ${Object.values(d.data).join(' ')}`)).toEqual(['SC3080 gap-3', 'SC3082 s2']);
  });

  it('has the heading "Matriks Keterkaitan" and says first what nothing answers', () => {
    // Ids are written with non-breaking hyphens (U+2011), so a line never breaks inside one (issue 17).
    const at = appendix.paragraphs.findIndex((p) => /Matriks Keterkaitan$/.test(p));
    expect(at).toBeGreaterThanOrEqual(0);
    const after = appendix.paragraphs.slice(at + 1, at + 6);
    expect(after[0]).toBe('Kesenjangan yang belum dijawab program mana pun (1 dari 3 kesenjangan):');
    expect(after[1]).toBe('gap\u20113 — Penandaan anggaran.');
    expect(after[2]).toBe('Strategi yang belum dijalankan program mana pun (1 dari 2 strategi):');
    // With something unanswered, the sentence says where it stands in the matrix (without, it does not).
    expect(appendix.paragraphs.some((p) => p.includes('; yang belum dijawab ditempatkan paling atas pada kelompoknya.'))).toBe(true);
    // A strategy by its title, not its YAML id s2 (issue 17).
    expect(after[3]).toBe('Regulasi daerah (Smart Governance).');
  });

  it('lists every gap and strategy with the programs, indicators and budgets that answer it, unanswered first', () => {
    const matrix = appendix.tables.find((t) => t[0].join('|') === 'No|Kesenjangan / Strategi|Program yang Menjawab|Indikator|Anggaran (Rp)')!;
    expect(matrix.slice(1)).toEqual([
      ['Kesenjangan'],
      ['1', 'gap\u20113 — Penandaan anggaran (Suprastruktur)', 'Belum ada program'],
      // gov-02 alone: 300.000.000 + 600.000.000 + 100.000.000
      // Gaps keep the code of the gap table's Kode column; programs and strategies go by name (issue 17).
      ['2', 'gap\u20111 — SDM TIK (Struktur, Smart Governance)', 'Jaringan desa', 'Desa terjangkau sinyal', '1.000.000.000'],
      ['3', 'gap\u20112 — Sinyal desa (Infrastruktur)', 'Jaringan desa', 'Desa terjangkau sinyal', '1.000.000.000'],
      ['Strategi'],
      ['4', 'Regulasi daerah (Smart Governance)', 'Belum ada program'],
      ['5', 'Layanan terpadu (Smart Governance)', 'Portal layanan terpadu', 'Layanan daring', '100.000.000'],
    ]);
  });

  it('names programs and strategies in the program table, citing gaps by their code and a strategy by its row (issue 17)', () => {
    const programs = book.tables.find((t) => t[0].join('|') === 'No|Program|Kelompok Aksi|OPD Penanggung Jawab / Pendukung|Keluaran / Hasil|Indikator|Menjawab')!;
    const row = (name: string) => programs.find((r) => r[1] === name)!;
    // gov-01 carries out s1, the first of the dimension's strategies; gov-02 answers gap-1 and gap-2, no strategy.
    expect(row('Portal layanan terpadu').at(-1)).toBe('Strategi:1. Layanan terpadu');
    expect(row('Jaringan desa').at(-1)).toBe('Kesenjangan:gap\u20111, gap\u20112');
    const gaps = analysis.tables.find((t) => t[0].includes('Pilar') && t[0].includes('Kondisi yang Diharapkan'))!;
    expect(gaps[0].slice(0, 3)).toEqual(['No', 'Kode', 'Pilar']);
    expect(book.paragraphs.concat(...book.tables.flat()).join('\n')).not.toMatch(/gov\u20110[12]|\bs[12]\b/);
  });

  it('shows an indicator\'s level, baseline with its year, yearly targets and source', () => {
    const indicators = appendix.tables.find((t) => t[0][0] === 'No' && t[0].includes('Target Tahunan'))!;
    expect(indicators.find((r) => r.includes('Desa terjangkau sinyal'))).toEqual(
      ['2', 'Jaringan desa', 'Desa terjangkau sinyal', 'Hasil', 'desa', '5 (2023)', '2026: 15; 2027: 25', '25', 'Naik', 'DPMD'],
    );
  });

  it('interprets the figures in sentences', () => {
    const all = [...analysis.paragraphs, ...book.paragraphs].join('\n');
    // readiness means: structure (2+3)/2 = 2,5; infrastructure 4; superstructure (1+2+2)/3 = 1,67
    expect(all).toContain('Rata-rata skor tertinggi terdapat pada pilar Infrastruktur (4,00) dan terendah pada pilar Suprastruktur (1,67)');
    // per year 2024–2028: 100 (gov-01), 300, 600, 100, 0 million; total 1.100 million, mean 220 million;
    // (600 − 220) / 220 = 172,73 %
    expect(all).toContain('Kebutuhan anggaran tertinggi jatuh pada tahun 2026, yaitu Rp 600.000.000, 172,7% di atas rata-rata tahunan Rp 220.000.000.');
    // outside APBD: DAK 600 + CSR 100 = 700 of 1.100 million = 63,64 %
    expect(all).toContain('Sebesar 63,6% (Rp 700.000.000) direncanakan bersumber dari luar APBD Kabupaten Contoh.');
    expect(all).toContain('Dimensi dengan anggaran terbesar adalah Smart Governance, Rp 1.100.000.000 atau 100,0% dari seluruh anggaran program.');
    expect(all).toContain('Dari 3 kesenjangan, 2 telah dijawab oleh sedikitnya satu program, sedangkan 1 kesenjangan belum dijawab');
  });

  it('shows the sequence: dependencies and milestones per program, the funding source beside each amount', () => {
    const sequence = book.tables.find((t) => t[0].join('|') === 'No|Program|Tahun|Bergantung pada|Tonggak Capaian')!;
    expect(sequence.slice(1)).toEqual([
      ['1', 'Portal layanan terpadu', '2024', '-', '-'],
      ['2', 'Jaringan desa', '2025–2027', 'Portal layanan terpadu (2024)', '2026: BTS di 10 desa'],
    ]);
    const roadmap = book.tables.find((t) => t[0][0] === 'No' && t[0].includes('2026') && t[0].includes('OPD'))!;
    expect(roadmap.find((r) => r[1] === 'Jaringan desa')!.slice(3, 8)).toEqual(['-', '300.000.000(APBD)', '600.000.000(DAK)', '100.000.000(CSR)', '-']);
  });
});
