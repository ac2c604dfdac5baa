/**
 * `smartcity build` end to end through the CLI's `run(argv, io)` with a fake io, on copies of the
 * Kotawaringin Timur example. The env handed to the CLI has no PATH (and no SMARTCITY_SOFFICE), so
 * LibreOffice is never found: the builds are quick, the TOC page numbers are estimated (SC6001).
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../../src/cli/main.js';
import { REPO } from '../_helpers/project.js';

const EXAMPLE = path.join(REPO, 'examples/kotawaringin-timur');
const BOOK = 'Masterplan-Smart-City-Kabupaten-Kotawaringin-Timur-2023-2032.docx';
const ROADMAP = 'Roadmap-Smart-City-Kabupaten-Kotawaringin-Timur-2023-2032.xlsx';
const CHAPTERS = [
  'BAB-I-Pendahuluan.docx',
  'BAB-II-Gambaran-Umum-Daerah.docx',
  'BAB-III-Analisis-Kesiapan-Daerah.docx',
  'BAB-IV-Strategi-Pengembangan-Smart-City.docx',
  'BAB-V-Rencana-Program.docx',
  'BAB-VI-Peta-Jalan.docx',
  'BAB-VII-Quick-Win.docx',
  'BAB-VIII-Penutup.docx',
  'Lampiran.docx',
];
/** The example has a Progress document for 2023: its monitoring and evaluation report. */
const MONEV = 'Laporan-Monev-Smart-City-Kabupaten-Kotawaringin-Timur-2023.docx';
/** The enactment draft (issue 19). */
const PERBUP = 'Rancangan-Peraturan-Bupati-Kotawaringin-Timur-2023-2032.docx';
const EXPECTED = [BOOK, ...CHAPTERS, ROADMAP, MONEV, PERBUP].sort();
/** The default book set (the example lists it under `books`): each book beside a folder of its chapter files. */
const PERIOD = 'Kabupaten-Kotawaringin-Timur-2023-2032';
const SET_CHAPTERS: Record<string, string[]> = {
  [`Buku-I-Analisis-Strategis-${PERIOD}`]: ['BAB-I-Pendahuluan', 'BAB-II-Gambaran-Umum-Daerah', 'BAB-III-Analisis-Kesiapan-Daerah', 'BAB-IV-Analisis-Swot', 'BAB-V-Isu-Strategis', 'BAB-VI-Visi-Misi-Dan-Sasaran-Smart-City'],
  [`Buku-II-Masterplan-Smart-City-${PERIOD}`]: ['BAB-I-Pendahuluan', 'BAB-II-Visi-Misi-Dan-Strategi', 'BAB-III-Rencana-Program', 'BAB-IV-Peta-Jalan-Dan-Anggaran', 'BAB-V-Kelembagaan-Dan-Pemantauan', 'BAB-VI-Penutup', 'Lampiran'],
  [`Buku-III-Quick-Win-${PERIOD}`]: ['BAB-I-Pendahuluan', 'BAB-II-Quick-Win', 'BAB-III-Anggaran-Quick-Win'],
  [`Ringkasan-Eksekutif-${PERIOD}`]: ['BAB-I-Visi-Dan-Kesiapan-Daerah', 'BAB-II-Angka-Kunci', 'BAB-III-Program-Dan-Quick-Win', 'BAB-IV-Langkah-Selanjutnya'],
};
const EXPECTED_SET = [
  ...Object.entries(SET_CHAPTERS).flatMap(([book, chapters]) => [`${book}.docx`, ...chapters.map((c) => `${book}/${c}.docx`)]),
  ROADMAP, MONEV, PERBUP,
].sort();

/** No PATH: findSoffice finds nothing, so no LibreOffice run. */
const NO_SOFFICE: NodeJS.ProcessEnv = {};

const created: string[] = [];
afterAll(async () => {
  await Promise.all(created.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'smartcity-build-'));
  created.push(dir);
  return dir;
}

/** Someone may have built the example in place: its dist/ is output, not input. */
const isBuildOutput = (src: string) => path.relative(EXAMPLE, src).split(path.sep)[0] === 'dist';

/**
 * A copy of the example in `<tmp>/kotim` (so its parent is a folder of our own). Unless `set` is asked for, its
 * `books` is the single volume (`lengkap`): the tests of templates, outline and cover read that one book.
 */
async function copyExample(opts: { set?: boolean } = {}): Promise<string> {
  const dir = path.join(await tempDir(), 'kotim');
  await cp(EXAMPLE, dir, { recursive: true, filter: (src) => !isBuildOutput(src) });
  if (!opts.set) await patch(path.join(dir, 'smartcity.yaml'), /^books: .*$/m, 'books: [lengkap]');
  return dir;
}

async function cli(argv: string[], env: NodeJS.ProcessEnv = NO_SOFFICE, cwd = REPO) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, cwd, isTTY: false };
  const code = await run([...argv, '--no-color'], io);
  return { code, stdout, stderr };
}

/** sha256 of every file below dir, keyed by relative path (dot files included). */
async function hashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const abs = path.join(e.parentPath, e.name);
    out[path.relative(dir, abs).split(path.sep).join('/')] = createHash('sha256').update(await readFile(abs)).digest('hex');
  }
  return out;
}

async function patch(file: string, from: string | RegExp, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`patch: ${String(from)} not found in ${file}`);
  await writeFile(file, next);
}

async function zipEntry(file: string, entry: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const f = zip.file(entry);
  if (!f) throw new Error(`${entry} not in ${file}`);
  return f.async('string');
}

/** An error line ("file:1:2  kesalahan  ...") or a non-zero error count. */
const ERRORS = / {2}kesalahan {2}|[1-9]\d* kesalahan|SC9005/;

const count = (hay: string, needle: string) => hay.split(needle).length - 1;

describe('build', () => {
  it('writes the book set (four books, each with its chapter folder), the roadmap, the report and the enactment draft into <project>/dist, no temp files left', async () => {
    const dir = await copyExample({ set: true });
    const r = await cli(['build', dir]);
    expect(r.stderr).not.toMatch(ERRORS);
    expect(r.code).toBe(0);
    const out = path.join(dir, 'dist');
    const names = Object.keys(await hashes(out)).sort();
    expect(names).toEqual(EXPECTED_SET);
    expect(names.filter((n) => path.basename(n).startsWith('.'))).toEqual([]);
    expect(r.stdout).toContain('27 berkas ditulis');
    for (const n of EXPECTED_SET) expect(r.stdout).toContain(n);
    // Nothing else appeared in the project (only dist/).
    expect((await readdir(dir)).sort()).toEqual([...(await readdir(EXAMPLE)).filter((n) => n !== 'dist'), 'dist'].sort());
  });

  it('writes the single volume, nine chapter files beside it and the roadmap with `books: [lengkap]`', async () => {
    const dir = await copyExample();
    const r = await cli(['build', dir]);
    expect(r.code).toBe(0);
    expect((await readdir(path.join(dir, 'dist'))).sort()).toEqual(EXPECTED);
    expect(r.stdout).toContain('13 berkas ditulis');
  });

  it('is byte-identical across two builds, never modifies its inputs, and says page numbers are estimated (SC6001)', async () => {
    const dir = await copyExample({ set: true });
    const before = await hashes(dir);
    const a = await cli(['build', dir, '-o', path.join(dir, '..', 'out-a')]);
    const b = await cli(['build', dir, '-o', path.join(dir, '..', 'out-b')]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    // Estimated, not measured: a warning, and the summary line says so; still exit 0.
    expect(a.stderr).toContain('SC6001');
    expect(a.stderr).toContain('peringatan');
    expect(a.stdout).toContain('DIPERKIRAKAN');
    const ha = await hashes(path.join(dir, '..', 'out-a'));
    const hb = await hashes(path.join(dir, '..', 'out-b'));
    expect(Object.keys(ha).sort()).toEqual(EXPECTED_SET);
    expect(hb).toEqual(ha);
    expect(await hashes(dir)).toEqual(before);
  });

  it('SOURCE_DATE_EPOCH changes nothing when issued.date is set: the book is dated 2022-12-29', async () => {
    const dir = await copyExample();
    const out1 = path.join(dir, '..', 'plain');
    const out2 = path.join(dir, '..', 'epoch');
    expect((await cli(['build', dir, '-o', out1])).code).toBe(0);
    expect((await cli(['build', dir, '-o', out2], { SOURCE_DATE_EPOCH: '1700000000' })).code).toBe(0);
    expect(await hashes(out2)).toEqual(await hashes(out1));
    const core = await zipEntry(path.join(out2, BOOK), 'docProps/core.xml');
    expect(core).toContain('2022-12-29');
    expect(core).not.toContain('2023-11-14'); // the epoch's date
  });

  describe('broken input: exit 1, file:line:column, nothing written', () => {
    it('a program lead that names an unknown agency', async () => {
      const dir = await copyExample();
      await patch(path.join(dir, 'dimensi/governance.yaml'), 'lead: diskominfo', 'lead: diskominfox');
      const before = await hashes(dir);
      const r = await cli(['build', dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/governance\.yaml:29:11 +kesalahan/);
      expect(r.stderr).toContain('SC3004');
      expect(r.stderr).toContain('Tidak ada berkas yang ditulis; perbaiki kesalahan di atas lalu jalankan lagi.');
      expect(r.stdout).toBe('');
      expect(existsSync(path.join(dir, 'dist'))).toBe(false);
      expect(await hashes(dir)).toEqual(before);
    });

    it('a YAML syntax error leaves the previous outputs byte-identical', async () => {
      const dir = await copyExample();
      expect((await cli(['build', dir])).code).toBe(0);
      const previous = await hashes(path.join(dir, 'dist'));
      await patch(path.join(dir, 'quick-wins.yaml'), /\n$/, '\nbroken: [oops\n');
      const inputs = await hashes(dir);
      const r = await cli(['build', dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/quick-wins\.yaml:\d+:\d+ +kesalahan/);
      expect(await hashes(path.join(dir, 'dist'))).toEqual(previous);
      expect(await hashes(dir)).toEqual(inputs);
    });
  });

  describe('-o must not be the project or hold it (SC9003, exit 2)', () => {
    it.each([
      ['the project folder itself', (dir: string) => dir],
      ['its parent', (dir: string) => path.dirname(dir)],
      ['its parent, relative to cwd', (dir: string) => path.relative(REPO, path.dirname(dir))],
    ])('%s', async (_name, out) => {
      const dir = await copyExample();
      const before = await hashes(path.dirname(dir));
      const r = await cli(['build', dir, '-o', out(dir)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^smartcity: folder keluaran .+ tidak boleh sama dengan folder proyek/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(await hashes(path.dirname(dir))).toEqual(before);
    });

    it('in English with --lang en', async () => {
      const dir = await copyExample();
      const r = await cli(['build', dir, '-o', dir, '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('must not be the project folder');
    });
  });

  describe('project templates', () => {
    const OVERRIDE = 'templates/id/penutup/kesimpulan.md.hbs';

    it('a project template overrides the built-in one', async () => {
      const dir = await copyExample();
      await mkdir(path.join(dir, 'templates/id/penutup'), { recursive: true });
      await writeFile(path.join(dir, OVERRIDE), 'Kalimat penutup khas {{region.fullName}} untuk uji templat proyek.\n');
      const r = await cli(['build', dir]);
      expect(r.stderr).not.toMatch(ERRORS);
      expect(r.code).toBe(0);
      const xml = await zipEntry(path.join(dir, 'dist', BOOK), 'word/document.xml');
      expect(xml).toContain('Kalimat penutup khas Kabupaten Kotawaringin Timur untuk uji templat proyek.');
      // The built-in text is gone.
      expect(xml).not.toContain('menjadi pedoman bagi seluruh perangkat daerah dalam menyusun rencana kerja');
      const chapter = await zipEntry(path.join(dir, 'dist', 'BAB-VIII-Penutup.docx'), 'word/document.xml');
      expect(chapter).toContain('Kalimat penutup khas');
    });

    it('a template syntax error: exit 1 naming the template file and line, nothing written', async () => {
      const dir = await copyExample();
      await mkdir(path.join(dir, 'templates/id/penutup'), { recursive: true });
      await writeFile(path.join(dir, OVERRIDE), 'Baris satu.\n\n{{#if region}}\nTidak ditutup.\n');
      const r = await cli(['build', dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('SC6002');
      expect(r.stderr).toMatch(/kesimpulan\.md\.hbs/);
      // Handlebars reports the unclosed block at the end of the file (line 5); line 3 would be nicer.
      expect(r.stderr).toMatch(/kesimpulan\.md\.hbs:[35]:\d+/);
      expect(existsSync(path.join(dir, 'dist'))).toBe(false);
    });

    it('a misspelt field ({{region.nama}}): a warning at the template line, the field left empty; --strict stops it', async () => {
      const dir = await copyExample();
      await mkdir(path.join(dir, 'templates/id/penutup'), { recursive: true });
      await writeFile(path.join(dir, OVERRIDE), 'Baris satu.\n\nDaerah {{region.nama}} salah eja.\n');
      const strict = await cli(['build', dir, '--strict']);
      expect(strict.code).toBe(1);
      expect(strict.stderr).toMatch(/kesimpulan\.md\.hbs:3:\d+/);
      expect(existsSync(path.join(dir, 'dist'))).toBe(false);
      const r = await cli(['build', dir]);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('SC6003');
      expect(r.stderr).toMatch(/kesimpulan\.md\.hbs:3:\d+/);
      expect(r.stderr).toContain('data "nama" tidak ada');
      const xml = await zipEntry(path.join(dir, 'dist', 'Masterplan-Smart-City-Kabupaten-Kotawaringin-Timur-2023-2032.docx'), 'word/document.xml');
      expect(xml).toContain('Daerah  salah eja.');
    });
  });

  describe('manifest outline', () => {
    it('a chapter left out of outline.chapters is not written', async () => {
      const dir = await copyExample();
      await writeFile(path.join(dir, 'smartcity.yaml'), (await readFile(path.join(dir, 'smartcity.yaml'), 'utf8'))
        + 'outline:\n  chapters: [pendahuluan, gambaran-umum, rencana-program, penutup]\n');
      const r = await cli(['build', dir]);
      expect(r.stderr).not.toMatch(ERRORS);
      expect(r.code).toBe(0);
      const names = (await readdir(path.join(dir, 'dist'))).sort();
      expect(names).toEqual([
        BOOK,
        'BAB-I-Pendahuluan.docx',
        'BAB-II-Gambaran-Umum-Daerah.docx',
        'BAB-III-Rencana-Program.docx',
        'BAB-IV-Penutup.docx',
        'Lampiran.docx',
        ROADMAP,
        MONEV,
        PERBUP,
      ].sort());
      const xml = await zipEntry(path.join(dir, 'dist', BOOK), 'word/document.xml');
      expect(xml).not.toContain('QUICK WIN');
      expect(xml).not.toContain('PETA JALAN');
    });

    it('an unknown section id: exit 1, SC6005 at smartcity.yaml line:column', async () => {
      const dir = await copyExample();
      const text = await readFile(path.join(dir, 'smartcity.yaml'), 'utf8');
      const line = text.split('\n').length + 1; // the appended "chapters:" line
      await writeFile(path.join(dir, 'smartcity.yaml'), text + 'outline:\n  chapters: [pendahuluan, {id: strategi, sections: [visi, bogus]}, penutup]\n');
      const r = await cli(['build', dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`smartcity\\.yaml:${line}:59 +kesalahan +entri kerangka "bogus"`));
      expect(r.stderr).toContain('SC6005');
      expect(existsSync(path.join(dir, 'dist'))).toBe(false);
    });
  });

  it('copies YAML text verbatim: XML-escaped exactly once, {{x}} not compiled', async () => {
    const dir = await copyExample();
    const weird = 'Uji R&D <MPP-D> "kutip" {{x}} 😀 é selesai.';
    await patch(
      path.join(dir, 'dimensi/governance.yaml'),
      /description: Pembangunan Mal Pelayanan Publik \(MPP\)[^\n]*/,
      `description: '${weird}'`,
    );
    const r = await cli(['build', dir]);
    expect(r.stderr).not.toMatch(ERRORS);
    expect(r.code).toBe(0);
    const xml = await zipEntry(path.join(dir, 'dist', BOOK), 'word/document.xml');
    expect(xml).not.toContain('&amp;amp;');
    expect(xml).not.toContain('&amp;lt;');
    // The hyphen of an upper-case code is typeset non-breaking (layout/typeset.ts keepTerms); the text is the YAML's.
    expect(xml).toContain('R&amp;D &lt;MPP\u2011D&gt;');
    expect(xml).toContain('{{x}}');
    // The emoji in a run of its own, in a font that has it (render/docx/fallback-fonts.ts).
    expect(xml).toContain('<w:rFonts w:ascii="Segoe UI Emoji" w:cs="Segoe UI Emoji" w:eastAsia="Segoe UI Emoji" w:hAnsi="Segoe UI Emoji"/></w:rPr><w:t xml:space="preserve">😀</w:t>');
    // The text is split into runs only where formatting or font changes; strip tags to compare the sentence.
    const text = xml.replace(/<[^>]+>/g, '');
    const escaped = 'Uji R&amp;D &lt;MPP\u2011D&gt; ' + ['"kutip"', '&quot;kutip&quot;'].find((q) => text.includes(`&gt; ${q}`)) + ' {{x}} 😀 é selesai.';
    expect(count(text, escaped)).toBe(1);
  });
});

describe('cover logo, paper and font from the data', () => {
  it('embeds region.logo on the cover and sets F4 paper and the font of the manifest', async () => {
    const dir = await copyExample();
    // A real 2×3 red PNG; its header gives the size the cover scales.
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d4948445200000002000000030806000000b9eade810000001649444154' +
      '789c633c2127f79f8181818189010ae00c0031630209609690dc0000000049454e44ae426082',
      'hex',
    );
    await writeFile(path.join(dir, 'logo.png'), png);
    await patch(path.join(dir, 'profil-daerah.yaml'), '  short_name: Kotim\n', '  short_name: Kotim\n  logo: logo.png\n');
    await patch(path.join(dir, 'smartcity.yaml'), 'style: {font: Arial, font_size: 11, paper: A4}', 'style: {font: Bookman Old Style, font_size: 12, paper: F4}');
    const r = await cli(['build', dir]);
    expect(r.code, r.stderr).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(path.join(dir, 'dist', BOOK)));
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    expect(media.length).toBeGreaterThanOrEqual(1);
    const embedded = await Promise.all(media.map((n) => zip.file(n)!.async('nodebuffer')));
    expect(embedded.some((b) => b.equals(png))).toBe(true);
    const xml = await zip.file('word/document.xml')!.async('string');
    // F4 = 215 × 330 mm = 12189 × 18709 twips; portrait and landscape sections both use it.
    expect(xml).toMatch(/<w:pgSz w:w="12189" w:h="18709"/);
    expect(xml).toMatch(/<w:pgSz w:w="18709" w:h="12189" w:orient="landscape"/);
    expect(xml).not.toMatch(/<w:pgSz w:w="11906"/);
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toContain('Bookman Old Style');
    expect(styles).toMatch(/<w:sz w:val="24"\/>/);
  });
});
