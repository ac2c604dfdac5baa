import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composePerbup, isLegislation, perbupFileName } from '../../../src/compose/perbup/index.js';
import { Templates } from '../../../src/compose/templates.js';
import type { Block, Inline } from '../../../src/compose/tree.js';
import { buildModel } from '../../../src/model/build.js';
import { loadFiles, minimal, writeProject, fixture } from '../../_helpers/project.js';
import { loadProject } from '../../../src/load/index.js';

const text = (inlines: Inline[]): string => inlines.map((i) => (i.kind === 'text' || i.kind === 'ref' ? i.text : i.kind === 'break' ? '' : text(i.children))).join('');
const plain = (b: Block): string => (b.kind === 'paragraph' || b.kind === 'provision' ? text(b.content).replace(/\u2060/g, '') : '');

async function modelOf(patches: Parameters<typeof minimal>[0] = {}) {
  return buildModel(await loadFiles(await minimal(patches)));
}

const enactment = (yaml: string) => ({ 'smartcity.yaml': [['framework:', `${yaml}\nframework:`]] as [string, string][] });

const BOOKS = [
  { label: 'Buku I', title: 'Analisis Strategis' },
  { label: 'Buku II', title: 'Masterplan Smart City' },
  { label: 'Buku III', title: 'Quick Win' },
  { label: '', title: 'Ringkasan Eksekutif' },
];

describe('compose/perbup', () => {
  describe('perbupFileName', () => {
    it('names the head of region and the region without its type', async () => {
      const kab = await modelOf();
      expect(perbupFileName(kab)).toBe('Rancangan-Peraturan-Bupati-Contoh-2024-2028.docx');
      const kota = await modelOf({ 'profil.yaml': [['type: kabupaten', 'type: kota']] });
      expect(perbupFileName(kota)).toBe('Rancangan-Peraturan-Wali-Kota-Contoh-2024-2028.docx');
    });
  });

  describe('composePerbup', () => {
    it('takes the year of the regulation from its enactment date when no year is given', async () => {
      const model = await modelOf(enactment('enactment: {number: "07", date: 2024-08-17}'));
      const { tree } = composePerbup(model, new Templates({ lang: 'id' }), BOOKS);
      const blocks = tree.sections[0].blocks.map(plain);
      expect(blocks).toContain('NOMOR 07 TAHUN 2024');
      const signed = tree.sections[0].blocks.find((b) => b.kind === 'signature' && b.placeDate.startsWith('Ditetapkan'));
      expect(signed).toMatchObject({ lines: ['pada tanggal 17 Agustus 2024'], title: 'BUPATI CONTOH,', name: '……' });
    });

    it('lists the books it is given in the Pasal on systematics and in the Lampiran', async () => {
      const model = await modelOf();
      const books = [{ label: 'Buku 1', title: 'Rencana Induk' }, { label: 'Buku 2', title: 'Peta Jalan' }];
      const { tree, articles } = composePerbup(model, new Templates({ lang: 'id' }), books);
      const blocks = tree.sections[0].blocks.map(plain);
      expect(blocks).toContain('Masterplan Smart City disusun dalam 2 (dua) dokumen dengan sistematika sebagai berikut:');
      expect(blocks).toContain('Buku 1: Rencana Induk; dan');
      expect(blocks).toContain('Buku 2: Peta Jalan.');
      expect(blocks.at(-3)).toBe('Buku 2: Peta Jalan.'); // numbered 2. in the Lampiran, before its closing sentence and signature
      expect(articles).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });

    it('reads a region\'s own template, and reports a citation of an id nothing carries', async () => {
      const files = await fixture('minimal');
      const dir = await writeProject({
        ...files,
        'templates/id/perbup/pendanaan.md.hbs': 'BAB Pendanaan\n\nPasal\nPendanaan [[dimaksud:tidak-ada]] bersumber dari APBD.\n\nPasal\n(#) Lihat [[dimaksud:maksud-ayat]].\n',
      });
      const model = buildModel(await loadProject(dir, { cwd: dir }));
      const result = composePerbup(model, new Templates({ lang: 'id', projectDir: dir }), BOOKS);
      // Line 4, column 11 of the region's template: "Pendanaan [[dimaksud:tidak-ada]] …".
      expect(result.unknownRefs).toEqual([{ id: 'tidak-ada', file: path.join(dir, 'templates/id/perbup/pendanaan.md.hbs'), line: 4, column: 11 }]);
      const blocks = result.tree.sections[0].blocks.map(plain);
      // Two Pasal instead of one: the ones after move up, and a citation of Pasal 2 ayat (1) from Pasal 9 says so.
      expect(result.articles).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(blocks).toContain('Lihat sebagaimana dimaksud dalam Pasal 2 ayat (1).');
      expect(blocks).toContain('Pendanaan [tidak-ada?] bersumber dari APBD.');
    });
  });
});

describe('isLegislation: what Mengingat may recall (UU 12/2011, Pasal 7 and 8)', () => {
  it('takes the Constitution, laws and every kind of Peraturan; leaves memoranda, decrees and circulars', () => {
    for (const law of [
      'Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945',
      'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah',
      'Peraturan Pemerintah Nomor 59 Tahun 2022 tentang Perkotaan',
      'Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang …',
      'Peraturan Daerah Kabupaten Kotawaringin Timur tentang RPJMD',
      'Ketetapan Majelis Permusyawaratan Rakyat Nomor I/MPR/2003',
    ]) expect(isLegislation(law), law).toBe(true);
    for (const other of [
      'Nota Kesepakatan antara Direktorat Jenderal Aplikasi Informatika … tentang Implementasi Gerakan Menuju Kota Cerdas',
      'Keputusan Bupati Kotawaringin Timur Nomor 12 Tahun 2022 tentang Dewan Smart City',
      'Surat Edaran Menteri Komunikasi dan Informatika Nomor 5 Tahun 2021',
    ]) expect(isLegislation(other), other).toBe(false);
  });
});
