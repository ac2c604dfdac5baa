import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeBook, unresolvedRefs } from '../../src/compose/book/index.js';
import { DEFAULT_OUTLINE, resolveOutline } from '../../src/compose/book/outline.js';
import { inlineText } from '../../src/compose/markdown.js';
import { TemplateError, Templates } from '../../src/compose/templates.js';
import type { Block, DocTree, Inline, Table } from '../../src/compose/tree.js';
import { formatRupiah, terbilang } from '../../src/format/indonesian.js';
import { loadProject } from '../../src/load/index.js';
import { buildModel } from '../../src/model/build.js';
import type { Model, QuickWin } from '../../src/model/types.js';
import { quickWinYears } from '../../src/compose/book/view.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { FIXTURES, loadFiles, minimal, writeProject } from '../_helpers/project.js';

const model = buildModel(await loadProject('examples/kotawaringin-timur'));
const builtIn = () => new Templates({ lang: 'id' });

function blocks(tree: DocTree): Block[] {
  const out: Block[] = [];
  const walk = (bs: Block[]) => bs.forEach((b) => { out.push(b); if (b.kind === 'list') b.items.forEach(walk); });
  tree.sections.forEach((s) => walk(s.blocks));
  return out;
}

/** Every piece of text in the tree, tables included. */
function text(tree: DocTree): string {
  return blocks(tree).map((b) => {
    switch (b.kind) {
      case 'heading': case 'paragraph': return inlineText(b.content);
      case 'table': return [inlineText(b.caption), ...[...b.head, ...b.body].flat().map((c) => inlineText(c.content))].join('\n');
      case 'cover': return b.title.join('\n');
      case 'frontTitle': return b.text;
      default: return '';
    }
  }).join('\n');
}

const flat = (s: string) => s.replace(/\s+/g, ' ').replace(/\*\*?|_/g, '').trim();

describe('composeBook on the example', () => {
  const { book, problems } = composeBook(model, builtIn());
  const all = blocks(book.book);

  it('follows the default outline: BAB I … BAB VIII and LAMPIRAN, front matter first', () => {
    expect(problems).toEqual([]);
    const h1 = all.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level === 1);
    expect(h1.map((h) => inlineText(h.content))).toEqual([...DEFAULT_OUTLINE.chapters.map((c) => c.title), 'LAMPIRAN']);
    expect(h1.map((h) => h.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '']);
    expect(book.book.sections[0].blocks[0].kind).toBe('cover');
    expect(book.book.sections[1]).toMatchObject({ pageNumbers: 'roman', restart: true });
    const firstBody = book.book.sections[2];
    expect(firstBody).toMatchObject({ pageNumbers: 'arabic', restart: true });
    expect(book.book.sections.slice(3).every((s) => !s.restart)).toBe(true);
    expect(book.chapters.map((c) => c.fileName)).toEqual([
      'BAB-I-Pendahuluan.docx', 'BAB-II-Gambaran-Umum-Daerah.docx', 'BAB-III-Analisis-Kesiapan-Daerah.docx',
      'BAB-IV-Strategi-Pengembangan-Smart-City.docx', 'BAB-V-Rencana-Program.docx', 'BAB-VI-Peta-Jalan.docx',
      'BAB-VII-Quick-Win.docx', 'BAB-VIII-Penutup.docx', 'Lampiran.docx',
    ]);
    expect(book.fileName).toBe('Masterplan-Smart-City-Kabupaten-Kotawaringin-Timur-2023-2032.docx');
  });

  it('numbers captions per chapter (Tabel 5.1 …) with unique ids, and resolves every reference', () => {
    const tables = all.filter((b): b is Table => b.kind === 'table');
    expect(new Set(tables.map((t) => t.id)).size).toBe(tables.length);
    const numbers = tables.map((t) => t.number);
    expect(numbers).toContain('5.1');
    expect(numbers).toContain('L.1');
    // Within each chapter the numbers run 1, 2, 3 … without gaps.
    const byChapter = new Map<string, number[]>();
    for (const n of numbers) {
      const [c, k] = n.split('.');
      byChapter.set(c, [...(byChapter.get(c) ?? []), Number(k)]);
    }
    for (const ks of byChapter.values()) expect(ks).toEqual(ks.map((_, i) => i + 1));
    expect(unresolvedRefs(book.book)).toEqual([]);
    expect(text(book.book)).toContain('disajikan pada Tabel 2.1');
  });

  it('puts the roadmap tables on landscape pages', () => {
    const landscape = book.book.sections.filter((s) => s.orientation === 'landscape');
    const ids = landscape.flatMap((s) => s.blocks.filter((b): b is Table => b.kind === 'table').map((t) => t.id));
    for (const d of model.dimensions) expect(ids).toContain(`tbl-roadmap-${d.dimension.id}`);
  });

  it('lays a subchapter with a wide table out landscape whole: heading and narrative share its pages (issue 17)', () => {
    const sectionOf = (pred: (b: Block) => boolean) => book.book.sections.find((s) => s.blocks.some(pred));
    const heading = (title: string) => (b: Block) => b.kind === 'heading' && inlineText(b.content) === title;
    // BAB V: each dimension's heading, narrative and program names are in the section of its program table,
    // and the six dimensions share one landscape section (no page break between them).
    const programs = sectionOf(heading('Program Smart Governance'))!;
    expect(programs.orientation).toBe('landscape');
    expect(sectionOf(heading('Program Smart Environment'))).toBe(programs);
    expect(programs.blocks.some((b) => b.kind === 'paragraph' && b.style === 'subheading')).toBe(true);
    // 6.2's heading is on the pages of the roadmap tables, not alone on a portrait page.
    expect(sectionOf(heading('Peta Jalan per Dimensi'))).toBe(sectionOf((b) => b.kind === 'table' && b.id === 'tbl-roadmap-governance'));
    // The charts of 6.1 stay on portrait pages; the budget tables after them go landscape.
    expect(sectionOf((b) => b.kind === 'figure' && b.id === 'fig-anggaran-dimensi')!.orientation).toBe('portrait');
    // A chapter never opens on a portrait page of its own before a landscape subchapter.
    for (const [i, s] of book.book.sections.entries()) {
      const next = book.book.sections[i + 1];
      if (next && s.orientation === 'portrait' && next.orientation === 'landscape') expect(s.blocks.every((b) => b.kind === 'heading' && b.level === 1)).toBe(false);
    }
  });

  it('signs with the head of region\'s name as written: degrees are not upper-cased', () => {
    const withDegrees: Model = { ...model, region: { ...model.region, head: { ...model.region.head!, name: 'Drs. Sakariyas, M.Si.' } } };
    const signature = blocks(composeBook(withDegrees, builtIn()).book.book).find((b) => b.kind === 'signature');
    expect(signature).toMatchObject({ kind: 'signature', title: 'BUPATI KOTAWARINGIN TIMUR', name: 'Drs. Sakariyas, M.Si.' });
  });

  it('shows every program, quick win and free-text field of the input', () => {
    const all = flat(text(book.book));
    for (const p of model.programs) {
      expect(all).toContain(p.name);
      if (p.description) for (const line of p.description.split('\n').filter(Boolean)) expect(all).toContain(flat(line.replace(/^\s*(\d+\.|-)\s+/, '')));
      for (const o of [...p.outputs, ...p.outcomes]) expect(all).toContain(flat(o));
    }
    for (const q of model.quickWins) {
      expect(all).toContain(q.name);
      for (const f of [q.background, q.objective, q.beneficiaries]) if (f) expect(all).toContain(flat(f));
    }
    for (const f of [model.region.overview, model.region.geography?.description, model.region.economy?.description, model.masterplan.foreword]) {
      if (f) for (const para of f.split(/\n\s*\n/)) expect(all).toContain(flat(para.split('\n')[0].replace(/^\s*(\d+\.|-)\s+/, '')));
    }
    for (const law of model.masterplan.legalBasis) expect(all).toContain(law);
    for (const m of [...model.masterplan.team.council, ...model.masterplan.team.implementers]) expect(all).toContain(m.name);
  });

  it('states totals from the model, with the amount in words', () => {
    const all = text(book.book);
    expect(all).toContain(`${formatRupiah(model.totals.programs)} (${terbilang(model.totals.programs)} rupiah)`);
    expect(all).toContain(`${model.totals.programCount} program`);
  });

  it('tells each quick win\'s objective once, and introduces the criteria tables in full only the first time (mentor review)', () => {
    const all = flat(text(book.book));
    // quick-wins.yaml, SIPANDU's objective: printed above its card, not again inside it.
    const objective = 'Satu pintu pendaftaran layanan, daring maupun di loket MPP, dengan status permohonan yang dapat dipantau melalui ponsel.';
    expect(all.split(objective)).toHaveLength(2);
    expect(all.match(/memenuhi sepuluh kriteria penilaian quick win/g)).toHaveLength(1);
    expect(all).toMatch(/Cara quick win SIPANDU memenuhi sepuluh kriteria penilaian quick win Kementerian Komunikasi dan Informatika diuraikan pada Tabel \d+\.\d+\./);
    expect(all).toMatch(/Pemenuhan kesepuluh kriteria oleh BASADA disajikan pada Tabel \d+\.\d+\./);
    expect(all).not.toContain('Jawaban quick win');
  });

  it('dates the quick wins by their schedules, and explains the SDM action group in a sentence (mentor review)', () => {
    const all = flat(text(book.book));
    // quick-wins.yaml: the first schedule starts 2023-01, the last ends 2024-12.
    expect(all).toContain('melaksanakan quick win sesuai jadwalnya pada tahun 2023–2024;');
    expect(all).not.toContain('tahun pertama;');
    expect(all).toContain('Pengembangan SDM disusun sebagai kelompok sendiri');
    expect(all).not.toContain('kelompok tersendiri');
  });

  it('gives each chapter file its own tree starting at page 1', () => {
    for (const c of book.chapters) {
      expect(c.tree.sections[0].restart).toBe(true);
      expect(c.tree.sections.some((s) => s.blocks.some((b) => b.kind === 'toc' || b.kind === 'cover'))).toBe(false);
    }
  });
});

describe('quickWinYears', () => {
  const qw = (start: string, end: string) => ({ schedule: { start, end } }) as QuickWin;
  it('spans the first start year to the last end year', () => {
    expect(quickWinYears([qw('2024-03', '2024-12'), qw('2023-04', '2024-03')])).toBe('2023–2024');
    expect(quickWinYears([qw('2023-02', '2023-12'), qw('2023-01', '2023-10')])).toBe('2023');
    expect(quickWinYears([qw('2025-11', '2026-04')])).toBe('2025–2026');
    expect(quickWinYears([])).toBeNull();
  });
});

describe('outline from the manifest', () => {
  const has = (n: string) => n === 'isu-strategis';

  it('reorders, renames and drops chapters and sections', () => {
    const { outline, problems } = resolveOutline({
      chapters: ['gambaran-umum', { id: 'pendahuluan', title: 'PENGANTAR', sections: ['dasar-hukum', { id: 'latar-belakang', title: 'Latar' }] }],
      appendices: [],
    }, has);
    expect(problems).toEqual([]);
    expect(outline.chapters.map((c) => c.title)).toEqual(['GAMBARAN UMUM DAERAH', 'PENGANTAR']);
    expect(outline.chapters[1].sections.map((s) => s.title)).toEqual(['Dasar Hukum', 'Latar']);
    expect(outline.appendices).toEqual([]);
  });

  it('adds a section from a project template and reports an unknown id with the known ones', () => {
    const { outline, problems } = resolveOutline({
      chapters: [{ id: 'pendahuluan', sections: ['latar-belakang', { id: 'isu', title: 'Isu Strategis', template: 'isu-strategis' }, 'latar-belakan'] }],
    }, has);
    expect(outline.chapters[0].sections[1]).toEqual({ id: 'isu', title: 'Isu Strategis', template: 'isu-strategis' });
    expect(problems).toEqual([{ path: ['outline', 'chapters', 0, 'sections', 2], id: 'latar-belakan', known: DEFAULT_OUTLINE.chapters[0].sections.map((s) => s.id) }]);
  });

  it('composes a book with only the listed chapters', () => {
    const m: Model = { ...model, masterplan: { ...model.masterplan, outline: { chapters: ['pendahuluan', 'peta-jalan'] } } };
    const { book } = composeBook(m, builtIn());
    expect(book.chapters.map((c) => c.fileName)).toEqual(['BAB-I-Pendahuluan.docx', 'BAB-II-Peta-Jalan.docx', 'Lampiran.docx']);
  });
});

describe('templates', () => {
  it('renders YAML text verbatim: never escaped, never compiled', () => {
    const odd = 'R&D <MPP-D> "kutip" {{region.name}} 😀 é';
    const m: Model = { ...model, region: { ...model.region, economy: { description: odd } } };
    const { book } = composeBook(m, builtIn());
    expect(text(book.book)).toContain(odd);
  });

  it('lets a project override a built-in template by name, and names file and line on errors', async () => {
    const dir = await writeProject({
      'templates/id/penutup/kesimpulan.md.hbs': 'Kalimat khusus {{region.fullName}}.',
      'templates/id/penutup/tindak-lanjut.md.hbs': 'Baris satu.\n\n{{region.nama}}',
      'templates/id/broken.md.hbs': 'a\n{{#if region}}\nb',
    });
    const t = new Templates({ lang: 'id', projectDir: dir });
    expect(t.render('penutup/kesimpulan', { region: { fullName: 'Kabupaten X' } })).toBe('Kalimat khusus Kabupaten X.');
    // A misspelt field is a warning at its line, and renders empty.
    expect(t.render('penutup/tindak-lanjut', { region: { name: 'X' } })).toBe('Baris satu.\n\n');
    expect(t.warnings).toEqual([{ file: path.join(dir, 'templates/id/penutup/tindak-lanjut.md.hbs'), line: 3, column: 3, field: 'nama' }]);
    const broken = (() => { try { t.render('broken', {}); } catch (e) { return e; } })() as TemplateError;
    expect(broken).toBeInstanceOf(TemplateError);
    expect(broken.file).toContain('broken.md.hbs');
    expect(broken.line).toBeGreaterThanOrEqual(2);
  });

  it('renders every built-in template for a minimal project whose optional fields are all absent', async () => {
    const minimal = buildModel(await loadProject(path.join(FIXTURES, 'minimal')));
    const { book, problems } = composeBook(minimal, builtIn());
    expect(problems).toEqual([]);
    expect(unresolvedRefs(book.book)).toEqual([]);
    expect(text(book.book)).toContain('belum');
  });
});

describe('figures in the outline', () => {
  it('the schema lists exactly the figure catalogue', async () => {
    const { FIGURES } = await import('../../src/compose/figures/index.js');
    const schema = JSON.parse(await (await import('node:fs/promises')).readFile('schemas/masterplan.schema.json', 'utf8'));
    expect(schema.$defs.figureKey.enum).toEqual(Object.keys(FIGURES));
  });

  it('drops a figure from its default place and adds one to another section', () => {
    const figuresOf = (m: Model) => blocks(composeBook(m, builtIn()).book.book).filter((b) => b.kind === 'figure').map((b) => (b as { id: string }).id);
    const all = figuresOf(model);
    expect(all.length).toBeGreaterThanOrEqual(6);
    const outline = {
      figures: { drop: ['sumber-dana'] },
      chapters: [...DEFAULT_OUTLINE.chapters.slice(0, 7).map((c) => c.id), { id: 'penutup', sections: ['kesimpulan', { id: 'grafik', title: 'Ringkasan Grafik', figures: ['sumber-dana'] }] }],
    };
    const m: Model = { ...model, masterplan: { ...model.masterplan, outline } };
    const { book, problems } = composeBook(m, builtIn());
    expect(problems).toEqual([]);
    const ids = blocks(book.book).filter((b) => b.kind === 'figure').map((b) => (b as { id: string; number: string }));
    const moved = ids.find((f) => f.id.endsWith('-penutup-grafik'))!;
    expect(moved.number).toMatch(/^8\.1$/);
    expect(ids).toHaveLength(all.length);
    expect(unresolvedRefs(book.book)).toEqual([]);
  });
});

describe('a table only a landscape page holds (issue 17)', () => {
  /** The minimal project with a statistics table whose row is `row` (YAML flow mapping). */
  const withStatistic = async (row: string) => buildModel(await loadFiles(await minimal({
    'profil.yaml': [['agencies:\n', `statistics:\n  - ${row}\nagencies:\n`]],
  })));
  const sectionOf = (tree: DocTree, id: string) => tree.sections.find((s) => s.blocks.some((b) => b.kind === 'table' && b.id === id))!;
  const headingsOf = (tree: DocTree, id: string) => sectionOf(tree, id).blocks.filter((b) => b.kind === 'heading').map((b) => inlineText((b as { content: Inline[] }).content));

  it('moves the subchapter of a table too wide for a portrait page to a landscape section, heading and all', async () => {
    // Four columns holding "1.000.000.000.000.000.000" (19 × 556 + 6 × 278 = 12232 / 1000 em → 1958 twips at 8 pt,
    // plus 220 of margins and slack: 2178) and Tahun (bold "Tahun" 3000 → 480 + 220 = 700): 4 × 2178 + 700 = 9412,
    // more than A4 portrait's 8788 twips and less than landscape's 13720.
    const n = "'1.000.000.000.000.000.000'";
    const m = await withStatistic(`{label: ${n}, value: ${n}, unit: ${n}, year: 2021, source: ${n}}`);
    const { book } = composeBook(m, builtIn());
    const section = sectionOf(book.book, 'tbl-statistik');
    expect(section.orientation).toBe('landscape');
    // Its heading goes with it (a short subchapter closing the chapter may follow on the same landscape pages).
    expect(headingsOf(book.book, 'tbl-statistik')[0]).toBe('Statistik Daerah');
    const { warnings } = await renderDocx(book.book);
    expect(warnings.filter((w) => w.kind === 'docx-table-too-wide')).toEqual([]);
  });

  it('puts a few lines of text between landscape pages and the chapter\'s end on the landscape pages (issue 17)', async () => {
    // The minimal project states no dependency or milestone: "Urutan dan Tonggak Capaian" is one sentence, after the
    // landscape roadmap tables and before the next chapter; on a portrait page of its own it filled two lines of it.
    const { book } = composeBook(await buildModel(await loadFiles(await minimal({}))), builtIn());
    const sequence = book.book.sections.findIndex((s) => s.blocks.some((b) => b.kind === 'heading' && inlineText(b.content) === 'Urutan dan Tonggak Capaian'));
    expect(sequence).toBeGreaterThan(0);
    const section = book.book.sections[sequence];
    expect(section.orientation).toBe('landscape');
    expect(section.blocks.some((b) => b.kind === 'table' && b.id.startsWith('tbl-roadmap-'))).toBe(true);
  });

  it('keeps a table a portrait page holds on it', async () => {
    const m = await withStatistic('{label: Luas wilayah, value: 16496, unit: km², year: 2021, source: BPS Kabupaten Contoh}');
    expect(sectionOf(composeBook(m, builtIn()).book.book, 'tbl-statistik').orientation).toBe('portrait');
  });
});
