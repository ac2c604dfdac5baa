/**
 * `build` writes the enactment draft (Rancangan Peraturan Bupati/Wali Kota) beside the book. The files are read
 * back with JSZip and a plain reading of document.xml (text, tabs, breaks), not with anything of our writer; the
 * expected texts are written out by hand from the YAML and UU 12/2011's frame. LibreOffice is never found (no PATH).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { build } from '../../src/build/index.js';
import { FIXTURES, REPO } from '../_helpers/project.js';

const EXAMPLE = path.join(REPO, 'examples/kotawaringin-timur');
const KOTA = path.join(FIXTURES, 'kota-perbup');
const MINIMAL = path.join(FIXTURES, 'minimal');
const tmp = await mkdtemp(path.join(os.tmpdir(), 'smartcity-build-perbup-'));
afterAll(() => rm(tmp, { recursive: true, force: true }));

interface Read { paragraphs: string[]; images: number; bytes: Buffer }

/**
 * Every paragraph of the body as text: runs' text, "\t" for a tab, "\n" for a break; word joiners dropped and
 * no-break spaces read as spaces (typesetting: "BAB\u00a0I" never splits, "2023\u2060–\u20602032" neither).
 */
async function readDocx(file: string): Promise<Read> {
  const bytes = await readFile(file);
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const body = xml.slice(xml.indexOf('<w:body>'));
  const paragraphs = [...body.matchAll(/<w:p(?: [^>]*)?>(.*?)<\/w:p>|<w:p\/>/gs)].map((m) => {
    const inner = m[1] ?? '';
    const pieces = [...inner.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)];
    return pieces
      .map((p) => (p[0] === '<w:tab/>' ? '\t' : p[0] === '<w:br/>' ? '\n' : p[1]))
      .join('')
      .replace(/\u2060/g, '')
      .replace(/\u00a0/g, ' ')
      .replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  });
  const images = (xml.match(/<pic:pic\b/g) ?? []).length;
  return { paragraphs, images, bytes };
}

async function built(project: string, out: string, file: string) {
  const result = await build(project, { cwd: tmp, outDir: path.join(tmp, out), env: {} });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const names = result.files.map((f) => path.basename(f.path));
  expect(names).toContain(file);
  return { result, doc: await readDocx(path.join(tmp, out, file)) };
}

/** The index of the first paragraph starting with each marker, which must exist and come in this order. */
function expectInOrder(paragraphs: string[], markers: string[]): void {
  let from = 0;
  for (const marker of markers) {
    const at = paragraphs.findIndex((p, i) => i >= from && p.trim().startsWith(marker));
    expect(at, `"${marker}" after paragraph ${from}`).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
}

const pasals = (ps: string[]) => ps.map((p) => /^Pasal (\d+)$/.exec(p.trim())?.[1]).filter(Boolean).map(Number);
const babs = (ps: string[]) => ps.map((p) => /^BAB ([IVXL]+)$/.exec(p.trim())?.[1]).filter(Boolean);

describe('build: the enactment draft', async () => {
  describe('of the example (kabupaten, no enactment numbers yet)', async () => {
    const { doc } = await built(EXAMPLE, 'example', 'Rancangan-Peraturan-Bupati-Kotawaringin-Timur-2023-2032.docx');
    const ps = doc.paragraphs;

    it('keeps the first item of Menimbang and Mengingat with the second, and the closing formula with the signature (issue 17)', async () => {
      const xml = await (await JSZip.loadAsync(doc.bytes)).file('word/document.xml')!.async('string');
      const para = (starts: string) => [...xml.matchAll(/<w:p>(.*?)<\/w:p>/gs)].map((m) => m[1]).find((p) => p.replace(/<[^>]+>/g, '').startsWith(starts))!;
      for (const lead of ['Menimbang', 'Mengingat']) expect(para(lead), lead).toMatch(/^<w:pPr><w:keepNext\/>/);
      expect(para('Agar setiap orang mengetahuinya')).toContain('<w:keepNext/>');
    });

    it('has the blocks of a regional regulation in order', () => {
      expectInOrder(ps, [
        'BUPATI KOTAWARINGIN TIMUR', 'PERATURAN BUPATI KOTAWARINGIN TIMUR', 'NOMOR', 'TENTANG',
        'MASTERPLAN SMART CITY KABUPATEN KOTAWARINGIN TIMUR TAHUN 2023–2032', 'DENGAN RAHMAT TUHAN YANG MAHA ESA',
        'BUPATI KOTAWARINGIN TIMUR,', 'Menimbang\t:\ta.\t', 'Mengingat\t:\t1.\t', 'MEMUTUSKAN:',
        'Menetapkan\t:\tPERATURAN BUPATI TENTANG MASTERPLAN SMART CITY KABUPATEN KOTAWARINGIN TIMUR TAHUN 2023–2032.',
        'BAB I', 'KETENTUAN UMUM', 'Pasal 1', 'BAB VII', 'KETENTUAN PENUTUP',
        'Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Bupati ini dengan penempatannya dalam Berita Daerah Kabupaten Kotawaringin Timur.',
        'Ditetapkan di Sampit', 'pada tanggal', 'BUPATI KOTAWARINGIN TIMUR,', 'HALIKINNOR',
        'Diundangkan di Sampit', 'pada tanggal', 'SEKRETARIS DAERAH KABUPATEN KOTAWARINGIN TIMUR,', 'FAJRURRAHMAN',
        'BERITA DAERAH KABUPATEN KOTAWARINGIN TIMUR TAHUN', 'LAMPIRAN', 'PERATURAN BUPATI KOTAWARINGIN TIMUR', 'NOMOR', 'TAHUN', 'TENTANG',
      ]);
    });

    it('numbers the Pasal 1 … 9 and BAB I … VII without a gap', () => {
      expect(pasals(ps)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(babs(ps)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
    });

    it('lists every legal basis of the manifest that is legislation, in order, numbered, each ending with a semicolon', async () => {
      const manifest = parse(await readFile(path.join(EXAMPLE, 'smartcity.yaml'), 'utf8')) as { legal_basis: string[] };
      // The example's last basis is the Nota Kesepakatan with Kominfo: Buku II lists it, a regulation does not recall it.
      expect(manifest.legal_basis.at(-1)).toMatch(/^Nota Kesepakatan /);
      const laws = manifest.legal_basis.slice(0, -1);
      expect(laws[0]).toBe('Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945');
      const first = ps.findIndex((p) => p.startsWith('Mengingat\t'));
      const listed = ps.slice(first, first + laws.length);
      expect(listed).toEqual(laws.map((b, i) => `${i === 0 ? 'Mengingat\t:' : '\t'}\t${i + 1}.\t${b};`));
      expect(ps[first + laws.length]).not.toMatch(/^\t\t\d+\./);
    });

    it('cites an Undang-Undang with its Lembaran Negara and Tambahan Lembaran Negara when legal_basis gives them (issue 17)', () => {
      expect(ps).toContain(
        '\t\t6.\tUndang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, ' +
          'Tambahan Lembaran Negara Republik Indonesia Nomor 5587) sebagaimana telah diubah beberapa kali, terakhir dengan Undang-Undang Nomor 11 Tahun 2020 ' +
          'tentang Cipta Kerja (Lembaran Negara Republik Indonesia Tahun 2020 Nomor 245, Tambahan Lembaran Negara Republik Indonesia Nomor 6573);',
      );
    });

    it('leaves the membership of the Dewan and the Tim Pelaksana to a Keputusan Bupati, listing no member (issue 17)', () => {
      const p5 = ps.findIndex((p) => p.trim() === 'Pasal 5');
      const p6 = ps.findIndex((p) => p.trim() === 'Pasal 6');
      expect(ps.slice(p5 + 1, p6).filter((p) => p.trim() !== '')).toEqual([
        '(1)\tPelaksanaan Masterplan Smart City diarahkan oleh Dewan Smart City dan dilaksanakan oleh Tim Pelaksana Smart City.',
        '(2)\tSusunan keanggotaan, tugas dan tata kerja Dewan Smart City dan Tim Pelaksana Smart City sebagaimana dimaksud pada ayat (1) ditetapkan dengan Keputusan Bupati.',
      ]);
      expect(ps.join('\n')).not.toContain('sebagai Pembina');
    });

    it('closes Menimbang by citing the three default considerations by letter', () => {
      expect(ps.find((p) => p.startsWith('\t\td.\t'))).toBe(
        '\t\td.\tbahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, dan huruf c, perlu menetapkan Peraturan Bupati tentang Masterplan Smart City Kabupaten Kotawaringin Timur Tahun 2023–2032;',
      );
    });

    it('leaves the numbers and dates the legal bureau has not given as dotted blanks', () => {
      expect(ps).toContain('NOMOR …… TAHUN ……');
      expect(ps).toContain('RANCANGAN'); // a draft until it has a number
      expect(ps.filter((p) => p.trim() === 'pada tanggal ……')).toHaveLength(2);
      expect(ps).toContain('BERITA DAERAH KABUPATEN KOTAWARINGIN TIMUR TAHUN …… NOMOR ……');
      expect(ps.join('\n')).toContain('NOMOR\t:\t……\nTAHUN\t:\t……'.split('\n')[0]);
    });

    it('cites in the Indonesian legal form, computed', () => {
      expect(ps).toContain('(2)\tMasterplan Smart City sebagaimana dimaksud pada ayat (1) bertujuan untuk:');
      expect(ps).toContain('Masterplan Smart City sebagaimana dimaksud dalam Pasal 4 Peraturan Bupati ini terdiri atas:');
      expect(ps).toContain('(2)\tPerangkat Daerah yang menjadi penanggung jawab program dan kegiatan sebagaimana dimaksud pada ayat (1) meliputi:');
      // Pasal 4 is the one that lists the books.
      const p4 = ps.findIndex((p) => p.trim() === 'Pasal 4');
      expect(ps[p4 + 1]).toBe('(1)\tMasterplan Smart City disusun dalam 4 (empat) dokumen dengan sistematika sebagai berikut:');
      // Legal drafting writes a period out in words: "tahun 2023 sampai dengan tahun 2032", not "2023–2032".
      expect(ps.find((p) => p.includes('untuk jangka waktu 10 (sepuluh) tahun'))).toContain('yaitu tahun 2023 sampai dengan tahun 2032.');
      expect(ps.slice(p4 + 2, p4 + 6)).toEqual(['\ta.\tBuku I: Analisis Strategis;', '\tb.\tBuku II: Masterplan Smart City;', '\tc.\tBuku III: Quick Win; dan', '\td.\tRingkasan Eksekutif.']);
    });

    it('defines each of the six Kominfo dimensions in Pasal 1', () => {
      expect(ps).toContain('15.\tSmart Environment adalah dimensi Smart City yang meliputi Proteksi Lingkungan, Tata Kelola Sampah dan Limbah, dan Tata Kelola Energi.');
      expect(ps.filter((p) => /^\d+\.\tSmart \w+ adalah dimensi Smart City/.test(p))).toHaveLength(6);
    });
  });

  describe('of a kota with a custom framework and a partly given enactment', async () => {
    const file = 'Rancangan-Peraturan-Wali-Kota-Sukamaju-2025-2029.docx';
    const { doc } = await built(KOTA, 'kota', file);
    const ps = doc.paragraphs;

    it('is a Peraturan Wali Kota, signed by the Wali Kota, in the Berita Daerah Kota', () => {
      expectInOrder(ps, [
        'WALI KOTA SUKAMAJU', 'PROVINSI JAWA BARAT', 'PERATURAN WALI KOTA SUKAMAJU', 'NOMOR 7 TAHUN 2025', 'MASTERPLAN SMART CITY KOTA SUKAMAJU TAHUN 2025–2029',
        'WALI KOTA SUKAMAJU,', 'Ditetapkan di Sukamaju', 'pada tanggal 10 Maret 2025', 'WALI KOTA SUKAMAJU,', 'BUDI SANTOSO',
        'Diundangkan di Sukamaju', 'pada tanggal 11 Maret 2025', 'SEKRETARIS DAERAH KOTA SUKAMAJU,', 'ANI WULANDARI',
        'BERITA DAERAH KOTA SUKAMAJU TAHUN 2025 NOMOR ……',
      ]);
      expect(ps.join('\n')).not.toMatch(/Bupati|BUPATI|Kabupaten|KABUPATEN/);
      expect(ps).not.toContain('RANCANGAN'); // numbered: the regulation itself
      expect(ps).toContain('3.\tWali Kota adalah Wali Kota Sukamaju.');
    });

    it('uses the given considerations, then the closing clause citing both', () => {
      expect(ps.filter((p) => /^(Menimbang\t:|\t)\t[a-z]\.\t/.test(p))).toEqual([
        'Menimbang\t:\ta.\tbahwa Kota Sukamaju telah ditetapkan sebagai peserta Gerakan Menuju Smart City tahun 2024;',
        '\t\tb.\tbahwa pembangunan kota cerdas memerlukan pedoman yang terpadu;',
        '\t\tc.\tbahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Peraturan Wali Kota tentang Masterplan Smart City Kota Sukamaju Tahun 2025–2029;',
      ]);
    });

    it('lists the three legal bases in order, a trailing full stop made a semicolon', () => {
      expect(ps.filter((p) => /^(Mengingat\t:|\t)\t\d+\.\t/.test(p))).toEqual([
        'Mengingat\t:\t1.\tUndang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;',
        '\t\t2.\tPeraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;',
        '\t\t3.\tPeraturan Daerah Kota Sukamaju Nomor 3 Tahun 2021 tentang Rencana Pembangunan Jangka Menengah Daerah;',
      ]);
    });

    it('defines the custom dimensions and scopes the plan to them', () => {
      expect(ps).toContain('10.\tSmart People adalah dimensi Smart City yang meliputi Ekosistem Belajar dan Komunitas Digital.');
      expect(ps).toContain('11.\tSmart Infrastructure adalah dimensi Smart City yang meliputi Jaringan Pita Lebar dan Pusat Data Kota.');
      expect(ps).toContain('Ruang lingkup Masterplan Smart City meliputi dimensi:');
      expect(ps).toContain('a.\tSmart People; dan');
      expect(ps).toContain('b.\tSmart Infrastructure.');
      expect(pasals(ps)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });

    it('names the lead agencies and the funding sources, and leaves the council to a Keputusan Wali Kota', () => {
      expect(ps).toContain('\ta.\tDinas Komunikasi dan Informatika; dan');
      expect(ps).toContain('\tb.\tDinas Pendidikan.');
      expect(ps).not.toContain('\ta.\tWali Kota Sukamaju sebagai Pembina; dan');
      expect(ps).toContain('(2)\tSusunan keanggotaan, tugas dan tata kerja Dewan Smart City dan Tim Pelaksana Smart City sebagaimana dimaksud pada ayat (1) ditetapkan dengan Keputusan Wali Kota.');
      expect(ps).toContain('a.\tAnggaran Pendapatan dan Belanja Daerah; dan');
      expect(ps).toContain('b.\tHibah Daerah.');
    });

    it('puts the emblem above the title', () => {
      expect(doc.images).toBe(1);
    });

    it('is byte-identical when built again', async () => {
      const again = await built(KOTA, 'kota-again', file);
      expect(again.doc.bytes.equals(doc.bytes)).toBe(true);
    });
  });

  describe('of a project without legal bases, head of region or enactment', async () => {
    const { result, doc } = await built(MINIMAL, 'minimal', 'Rancangan-Peraturan-Bupati-Contoh-2024-2028.docx');
    const ps = doc.paragraphs;

    it('leaves Mengingat, the numbers, the dates and the names blank, and says so', () => {
      expect(ps).toContain('Mengingat\t:\t1.\t……');
      expect(ps).toContain('NOMOR …… TAHUN ……');
      expect(ps.filter((p) => p.trim() === '……')).toHaveLength(3); // the Bupati twice (penutup, Lampiran), the Sekretaris Daerah
      expect(ps).toContain('Ditetapkan di Sampit'); // the minimal project's issued.place
      const note = result.diagnostics.find((d) => d.code === 'SC6030');
      expect(note).toMatchObject({ severity: 'info', data: { head: 'Bupati' } });
      expect(note?.location?.file).toMatch(/minimal[\\/]smartcity\.yaml$/);
    });

    it('has no emblem without a logo', () => {
      expect(doc.images).toBe(0);
    });
  });
});
