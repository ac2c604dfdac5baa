/**
 * The monitoring and evaluation report (Laporan Monev) as a document tree: its structure, that every total in
 * it is the model's figure (compose never re-adds), and that YAML text reaches the DOCX verbatim.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { composeMonev, monevFileName, percentWords } from '../../src/compose/monev/index.js';
import { inlineText } from '../../src/compose/markdown.js';
import { Templates } from '../../src/compose/templates.js';
import type { Block, Cell, DocTree, Table } from '../../src/compose/tree.js';
import { formatInteger, rupiahWithWords } from '../../src/format/indonesian.js';
import { loadProject } from '../../src/load/index.js';
import { buildModel } from '../../src/model/build.js';
import { formatIndex, formatIndexChange, formatRealisation } from '../../src/model/progress.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { loadFiles, minimal, withProgress } from '../_helpers/project.js';

const model = buildModel(await loadProject('examples/kotawaringin-timur'));
const y = model.progress[0];
const templates = () => new Templates({ lang: 'id' });
const tree = composeMonev(model, y, templates());

function blocks(t: DocTree): Block[] {
  const out: Block[] = [];
  const walk = (bs: Block[]) => bs.forEach((b) => { out.push(b); if (b.kind === 'list') b.items.forEach(walk); });
  t.sections.forEach((s) => walk(s.blocks));
  return out;
}
const tables = (t: DocTree) => blocks(t).filter((b): b is Table => b.kind === 'table');
const table = (t: DocTree, id: string) => tables(t).find((b) => b.id === id)!;
const cellText = (c: Cell) => inlineText(c.content);
const rowText = (row: Cell[]) => row.map(cellText);
const paragraphs = (t: DocTree) => blocks(t).filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? inlineText(b.content) : '')).join('\n');

describe('composeMonev on the example (2023)', () => {
  it("a quick win's bare number takes the unit of its target text; no capaian from a text target (INPUT-FORMAT)", () => {
    // quick-wins.yaml: {name: Permohonan daring, target: 5000 permohonan}; monev 2023: {name: Permohonan daring, actual: 4120}.
    const sipandu = table(tree, 'tbl-monev-quick-win').body.map(rowText).find((r) => r[1].startsWith('Sistem Informasi Pelayanan Terpadu'))!;
    expect(sipandu.at(-1)).toContain('Permohonan daring: 4.120 permohonan (target 5.000 permohonan)');
    // Written with its unit, the actual is shown as written.
    expect(sipandu.at(-1)).toContain('Layanan yang dapat diajukan melalui SIPANDU: 64 jenis layanan (target 60 jenis layanan)');
  });

  it('prints an index or score with no kind word as its unit; a real unit stays (mentor review)', () => {
    // governance.yaml: Indeks SPBE Kabupaten {unit: indeks, target: 3.5}, IKM MPP {unit: nilai, target: 88}; monev 2023: 2.45 and 82.1.
    const cells = tables(tree).flatMap((b) => b.body.flat().map(cellText)).join('\n');
    expect(cells).toContain('Indeks SPBE Kabupaten: 2,45 (target 3,5; capaian 70,0%)');
    expect(cells).toContain('Indeks Kepuasan Masyarakat MPP: 82,1 (target 88; capaian 93,3%)');
    expect(cells).toContain('Rata-rata waktu penerbitan izin: 5 hari kerja (target 3 hari kerja');
    expect(cells).not.toMatch(/\d (indeks|nilai)\b/);
  });

  it('says the quick wins\' criteria figures are mean scores, over all ten criteria or the ones scored so far', () => {
    // monev 2023: SIPANDU scored on all ten criteria (mean 3,50); Kotim Siaga 112 on nine (28,5 / 9 → 3,17).
    const text = paragraphs(tree);
    expect(text).toContain('SIPANDU: skor rata-rata 3,50 atas kesepuluh kriteria;');
    expect(text).toContain('Kotim Siaga 112: skor rata-rata 3,17 atas 9 kriteria yang sudah dinilai.');
    expect(text).not.toMatch(/\d dari \d+ kriteria/);
  });

  it('has the cover, the front lists and the chapters in order, numbered like the book', () => {
    const cover = tree.sections[0].blocks[0];
    expect(cover.kind).toBe('cover');
    if (cover.kind === 'cover') {
      expect(cover.title).toEqual(['LAPORAN MONITORING DAN EVALUASI', 'MASTERPLAN SMART CITY', 'KABUPATEN KOTAWARINGIN TIMUR']);
      expect(cover.period).toBe('TAHUN 2023');
    }
    expect(tree.sections[1].blocks.map((b) => b.kind)).toEqual(['frontTitle', 'paragraph', 'paragraph', 'paragraph', 'signature', 'toc', 'listOfTables', 'listOfFigures']);
    expect(tree.sections[1].pageNumbers).toBe('roman');
    expect(tree.sections[2]).toMatchObject({ pageNumbers: 'arabic', restart: true });
    const h1 = blocks(tree).filter((b) => b.kind === 'heading' && b.level === 1).map((b) => (b.kind === 'heading' ? `${b.number} ${inlineText(b.content)}` : ''));
    expect(h1).toEqual([
      '1 RINGKASAN EKSEKUTIF', '2 BASELINE: RENCANA DAN REALISASI PROGRAM', '3 OUTPUT: KEBIJAKAN, KELEMBAGAAN DAN ANGGARAN',
      '4 OUTCOME: PELAKSANAAN MASTERPLAN', '5 DAMPAK: SURVEI WARGA', '6 QUICK WIN',
      '7 KENDALA DAN TINDAK LANJUT', '8 BUKTI DUKUNG', '9 INDEKS SMART CITY',
    ]);
    expect(tables(tree).map((b) => b.number)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '3.1', '4.1', '4.2', '5.1', '6.1', '6.2', '7.1', '9.1']);
    const figs = blocks(tree).filter((b) => b.kind === 'figure');
    expect(figs).toMatchObject([{ id: 'fig-monev-dimensi', number: '4.1' }, { id: 'fig-monev-survei', number: '5.1' }]);
    expect(tree.meta).toMatchObject({ author: 'Kabupaten Kotawaringin Timur', date: '2024-06-07' });
    expect(monevFileName(model, 2023)).toBe('Laporan-Monev-Smart-City-Kabupaten-Kotawaringin-Timur-2023.docx');
  });

  it('opens with a Kata Pengantar for the year, signed by the head of region on the date of the data (as_of)', () => {
    const front = tree.sections[1].blocks;
    expect(front[0]).toEqual({ kind: 'frontTitle', id: 'kata-pengantar', text: 'KATA PENGANTAR' });
    const words = front.slice(1, 4).map((b) => (b.kind === 'paragraph' ? inlineText(b.content) : '')).join('\n');
    expect(words).toContain('Laporan Monitoring dan Evaluasi Masterplan Smart City Kabupaten Kotawaringin Timur Tahun 2023 dapat diselesaikan');
    expect(words).toContain('Masterplan Smart City Kabupaten Kotawaringin Timur Tahun 2023–2032');
    // The example reports a citizen survey, so its respondents are thanked.
    expect(words).toContain('kepada warga yang telah menjadi responden survei dampak');
    // The masterplan's own foreword (smartcity.yaml) belongs to the books, not to a yearly report.
    expect(words).not.toContain('hari jadi ke-69');
    // issued.place Sampit; monev/2023.yaml as_of 2024-06-07; profil-daerah.yaml head {title: Bupati, name: Halikinnor}.
    expect(front[4]).toEqual({ kind: 'signature', placeDate: 'Sampit, 7 Juni 2024', title: 'BUPATI KOTAWARINGIN TIMUR', name: 'Halikinnor' });
  });

  it('lists the Kata Pengantar in Daftar Isi, as the books do', async () => {
    const xml = await (await JSZip.loadAsync((await renderDocx(tree)).bytes)).file('word/document.xml')!.async('string');
    const toc = xml.slice(xml.indexOf('DAFTAR ISI'), xml.indexOf('DAFTAR TABEL'));
    expect(toc).toContain('KATA PENGANTAR');
  });

  it('resolves every cross-reference', () => {
    const text = paragraphs(tree);
    expect(text).not.toMatch(/\[[a-z-]+\?\]/);
    expect(text).toContain('disajikan pada Tabel 4.1 dan digambarkan pada Gambar 4.1');
    expect(text).toContain('(lihat Tabel 9.1)');
    expect(text).toContain('Skor 6 dimensi disajikan pada Tabel 5.1 dan Gambar 5.1');
  });

  it('states the model\'s totals in the executive summary, with terbilang', () => {
    const text = paragraphs(tree);
    expect(text).toContain(rupiahWithWords(y.total.planned));
    expect(text).toContain(rupiahWithWords(y.total.realized));
    const pct = formatRealisation(y.total);
    expect(text).toContain(`${pct} (${percentWords(pct)}) dari pagu`);
    expect(text).toContain('tingkat implementasi program adalah 68,2% (enam puluh delapan koma dua persen)');
    expect(text).toContain(`Indeks Smart City hasil penilaian tahun 2023 adalah ${formatIndex(y.assessment!.indexTenThousandths)}`);
    expect(text).toContain(`naik ${formatIndexChange(y.assessment!.changeTenThousandths!)} dari indeks tahun sebelumnya sebesar 2,71`);
    expect(text).toContain('Terlambat: 5 program;');
  });

  it('the dimension table shows every dimension and the total of the model', () => {
    const t = table(tree, 'tbl-monev-dimensi');
    expect(t.body).toHaveLength(y.byDimension.length + 1);
    y.byDimension.forEach((d, i) => {
      expect(rowText(t.body[i]).slice(1, 6)).toEqual([d.label, String(d.programs), formatInteger(d.planned), formatInteger(d.realized), formatRealisation(d)]);
    });
    expect(rowText(t.body.at(-1)!)).toEqual(['Total', '22', '13.810.000.000', '10.722.750.000', '77,6%', '68,2%']);
    expect(rowText(t.body.at(-1)!).slice(2, 5)).toEqual([formatInteger(y.total.planned), formatInteger(y.total.realized), formatRealisation(y.total)]);
  });

  it('the chart has planned and realised per dimension, scaled', () => {
    const fig = blocks(tree).find((b) => b.kind === 'figure');
    if (fig?.kind !== 'figure') throw new Error('no figure');
    expect(fig.chart).toMatchObject({ type: 'column', categories: y.byDimension.map((d) => d.label), scale: 1e9, valueAxisTitle: 'Miliar Rupiah' });
    expect(fig.chart!.series.map((s) => s.name)).toEqual(['Pagu', 'Realisasi']);
    expect(fig.chart!.series[0].values).toEqual(y.byDimension.map((d) => d.planned / 1e9));
    expect(fig.chart!.series[1].values).toEqual(y.byDimension.map((d) => d.realized / 1e9));
  });

  it('one program table per dimension, its total row the model\'s dimension figure', () => {
    for (const d of y.byDimension.filter((r) => r.programs > 0)) {
      const t = table(tree, `tbl-monev-program-${d.key}`);
      const programs = y.programs.filter((p) => p.program.dimensionId === d.key);
      expect(t.body).toHaveLength(programs.length + 1);
      expect(rowText(t.body.at(-1)!).slice(0, 4)).toEqual([`Total ${d.label}`, formatInteger(d.planned), formatInteger(d.realized), formatRealisation(d)]);
    }
    const gov = table(tree, 'tbl-monev-program-governance');
    expect(rowText(gov.head[0])).toEqual(['No', 'Program', 'Perangkat Daerah', 'Status', 'Pagu (Rp)', 'Realisasi (Rp)', '%', 'Capaian Indikator']);
    const mpp = gov.body.find((r) => cellText(r[1]).startsWith('Mal Pelayanan Publik'))!;
    expect(rowText(mpp).slice(3, 7)).toEqual(['Sesuai rencana', '1.250.000.000', '1.187.500.000', '95,0%']);
    // A `down` indicator: 5 days against a target of 3 → (2 − 5/3) = 33,3%.
    expect(cellText(mpp[7])).toContain('Rata-rata waktu penerbitan izin: 5 hari kerja (target 3 hari kerja; capaian 33,3%)');
    const eco = table(tree, 'tbl-monev-program-economy');
    expect(eco.body.some((r) => cellText(r[3]) === 'Batal' && cellText(r[5]) === '-')).toBe(true);
  });

  it('quick wins, obstacles and the index table', () => {
    const qw = table(tree, 'tbl-monev-quick-win');
    expect(qw.body).toHaveLength(y.quickWins.length + 1);
    // The total row is the model's quick-win total (840.500.000 of 1.000.000.000 in the example).
    expect(y.quickWinTotal).toEqual({ planned: 1_000_000_000, realized: 840_500_000 });
    expect(rowText(qw.body.at(-1)!).slice(0, 4)).toEqual(['Total Quick Win', '1.000.000.000', '840.500.000', '84,1%']);
    expect(rowText(qw.body[0]).slice(1, 7)).toEqual(['Sistem Informasi Pelayanan Terpadu (SIPANDU)', 'DPMPTSP', 'Selesai', '350.000.000', '342.000.000', '97,7%']);
    const k = table(tree, 'tbl-monev-kendala');
    const rows = k.body.filter((r) => r.length === 5);
    const expected = y.programs.filter((p) => p.obstacles.length || p.followUp.length).length + y.quickWins.filter((q) => q.obstacles.length || q.followUp.length).length;
    expect(rows).toHaveLength(expected);
    expect(k.body.map((r) => cellText(r[0]))).toContain('Quick Win');
    const idx = table(tree, 'tbl-monev-indeks');
    expect(idx.body.map(rowText)).toEqual([
      ['1', 'Baseline', '3,10', '10', '0,3100'],
      ['2', 'Output', '3,25', '20', '0,6500'],
      ['3', 'Outcome', '2,95', '30', '0,8850'],
      ['4', 'Dampak (Impact)', '2,80', '20', '0,5600'],
      ['5', 'Quick Win', '3,40', '20', '0,6800'],
      // 0,3100 + 0,6500 + 0,8850 + 0,5600 + 0,6800 = 3,0850, half-up to 3,09.
      ['Jumlah nilai tertimbang', '3,0850'],
      ['Indeks Smart City (dua desimal)', '3,09'],
      ['Indeks tahun sebelumnya', '2,71'],
      ['Perubahan', '+0,38'],
    ]);
  });

  it('lists the evidence of each program and quick win verbatim', () => {
    const list = tree.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'list' && b.ordered);
    if (list?.kind !== 'list') throw new Error('no evidence list');
    const withEvidence = [...y.programs, ...y.quickWins].filter((p) => p.evidence.length > 0);
    expect(list.items).toHaveLength(withEvidence.length);
    const first = list.items[0][1];
    expect(first.kind === 'list' && first.items.map((i) => (i[0].kind === 'paragraph' ? inlineText(i[0].content) : ''))).toEqual(withEvidence[0].evidence);
  });
});

describe('composeMonev on a small project', () => {
  const odd = 'R&D <x> "q" *a* [[ref:tbl-x]] {{y}}';
  // gov-02 has a budget in 2024 but no entry in the Progress document: planned but not reported.
  const gov02 = '  - id: gov-02\n    name: Sistem arsip & <e-Office>\n    element: policy\n    lead: bappeda\n    horizon: short\n' +
    '    budget:\n      - {year: 2024, amount: 60000000, source: APBD}\n';
  const files = async () => minimal(await withProgress([
    ['    indicators:\n      - {name: Layanan daring, actual: 12}\n', `    indicators:\n      - {name: Layanan daring, actual: 12}\n    obstacles: ['${odd.replace(/'/g, "''")}']\n    follow_up: ['Tindak & lanjut <segera>']\n    evidence: ['Bukti "A" & <B>']\n`],
  ], { 'governance.yaml': [['      - {name: Layanan daring, unit: layanan, baseline: 0, target: 20}\n', '      - {name: Layanan daring, unit: layanan, baseline: 0, target: 20}\n' + gov02]] }));

  it('keeps obstacles, follow-ups and evidence verbatim, in the tree and in the DOCX', async () => {
    const m = buildModel(await loadFiles(await files()));
    const py = m.progress[0];
    expect(py.programs.find((p) => p.program.id === 'gov-01')!.obstacles).toEqual([odd]);
    const t = composeMonev(m, py, templates());
    const k = table(t, 'tbl-monev-kendala');
    const row = k.body.find((r) => r.length === 5)!;
    expect(cellText(row[3])).toBe(odd);
    expect(cellText(row[4])).toBe('Tindak & lanjut <segera>');
    const { bytes } = await renderDocx(t);
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join('')
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    expect(text).toContain(odd);
    expect(text).toContain('Tindak & lanjut <segera>');
    expect(text).toContain('Bukti "A" & <B>');
  });

  it('with a program left unreported, lists it and counts it in the totals', async () => {
    const m = buildModel(await loadFiles(await files()));
    const py = m.progress[0];
    expect(py.unreported.map((p) => p.id)).toEqual(['gov-02']);
    const t = composeMonev(m, py, templates());
    const u = table(t, 'tbl-monev-tidak-dilaporkan');
    expect(u.number).toBe('2.2');
    expect(u.body.map(rowText)).toEqual([['1', 'Sistem arsip & <e-Office>', 'Smart Governance', 'Bappeda', '60.000.000']]);
    expect(paragraphs(t)).toContain('Sebanyak 1 program yang direncanakan pada tahun 2024 belum dilaporkan realisasinya (Tabel 2.2).');
    const dims = table(t, 'tbl-monev-dimensi');
    expect(rowText(dims.body.at(-1)!)).toEqual(['Total', '2', '160.000.000', '90.000.000', '56,3%', '50,0%']);
    const gov = table(t, 'tbl-monev-program-governance');
    expect(gov.body.slice(0, 2).map((r) => cellText(r[3]))).toEqual(['Sesuai rencana', 'Tidak dilaporkan']);
    expect(rowText(gov.body[2])).toEqual(['Total Smart Governance', '160.000.000', '90.000.000', '56,3%', '']);
    expect(rowText(gov.body[0])[7]).toBe('Layanan daring: 12 layanan (target 20 layanan; capaian 60,0%)');
  });
});

describe('percentWords', () => {
  it('reads a displayed percentage', () => {
    expect(percentWords('77,6%')).toBe('tujuh puluh tujuh koma enam persen');
    expect(percentWords('100,0%')).toBe('seratus persen');
    expect(percentWords('0,5%')).toBe('nol koma lima persen');
    expect(percentWords('1.234,1%')).toBe('seribu dua ratus tiga puluh empat koma satu persen');
  });
});

describe('composeMonev: a chapter whose table only a landscape page holds (issue 17)', () => {
  // Kendala and Tindak Lanjut each hold a 31-digit figure (31 × 556 + 10 × 278 = 20016 / 1000 em → 3203 twips at
  // 8 pt, plus 220 of margins and slack: 3423); No (bold "No" → 434), Program (bold "Program" → 878) and Status (at
  // least bold "Status" → 709) bring the table to at least 8867 twips, more than A4 portrait's 8788, less than
  // landscape's 13720.
  const long = "'1.000.000.000.000.000.000.000.000.000.000'";
  const orientationOf = async (obstacle: string) => {
    const files = await minimal(await withProgress([
      ['    indicators:\n      - {name: Layanan daring, actual: 12}\n', `    indicators:\n      - {name: Layanan daring, actual: 12}\n    obstacles: [${obstacle}]\n    follow_up: [${obstacle}]\n`],
    ]));
    const m = buildModel(await loadFiles(files));
    const t = composeMonev(m, m.progress[0], templates());
    return t.sections.find((s) => s.blocks.some((b) => b.kind === 'table' && b.id === 'tbl-monev-kendala'))!.orientation;
  };

  it('lays the chapter out landscape', async () => {
    expect(await orientationOf(long)).toBe('landscape');
  });

  it('keeps it portrait when its words fit', async () => {
    expect(await orientationOf("'Server belum tersedia'")).toBe('portrait');
  });
});
