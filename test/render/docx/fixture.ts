import type { Cell, DocTree } from '../../../src/compose/tree.js';

const t = (text: string) => [{ kind: 'text' as const, text }];
const c = (text: string, extra: Partial<Cell> = {}): Cell => ({ content: t(text), ...extra });
const HEADER = 'Masterplan Smart City Kabupaten Contoh';

export function fixtureTree(): DocTree {
  const longText = 'Pembangunan kota cerdas dilaksanakan secara bertahap dengan memperhatikan kesiapan infrastruktur, sumber daya manusia, dan tata kelola. '.repeat(4);
  return {
    meta: {
      title: 'Masterplan Smart City Kabupaten Contoh',
      subject: 'Masterplan Smart City 2024–2028',
      author: 'Kabupaten Contoh',
      date: '2023-10-16',
      language: 'id-ID',
      style: { font: 'Arial', fontSize: 11, paper: 'A4' },
      labels: { page: 'Halaman', table: 'Tabel', figure: 'Gambar', chapter: 'BAB' },
    },
    sections: [
      { kind: 'section', orientation: 'portrait', pageNumbers: 'none', restart: false, blocks: [
        { kind: 'cover', title: ['MASTERPLAN SMART CITY', 'KABUPATEN CONTOH'], subtitle: 'Dokumen Perencanaan', period: '2024 – 2028', footer: ['PEMERINTAH KABUPATEN CONTOH', '2023'] },
      ] },
      { kind: 'section', orientation: 'portrait', pageNumbers: 'roman', restart: true, header: HEADER, blocks: [
        { kind: 'frontTitle', id: 'kata-pengantar', text: 'KATA PENGANTAR' },
        { kind: 'paragraph', content: t(longText) },
        { kind: 'signature', placeDate: 'Sampit, 16 Oktober 2023', title: 'BUPATI CONTOH', name: 'H. CONTOH NAMA' },
        { kind: 'toc', title: 'DAFTAR ISI' },
        { kind: 'listOfTables', title: 'DAFTAR TABEL' },
      ] },
      { kind: 'section', orientation: 'portrait', pageNumbers: 'arabic', restart: true, header: HEADER, blocks: [
        { kind: 'heading', level: 1, id: 'bab-1', number: '1', content: t('PENDAHULUAN') },
        { kind: 'heading', level: 2, id: 'h-1-1', number: '1.1', content: t('Latar Belakang') },
        { kind: 'paragraph', content: [
          { kind: 'text', text: 'Anggaran R&D <5% dari total, disebut "kutip" dan {{x}} 😀 ' },
          { kind: 'strong', children: t('tebal') }, { kind: 'text', text: ' dan ' }, { kind: 'emph', children: t('miring') },
          { kind: 'text', text: ', lihat ' }, { kind: 'ref', target: 'tbl-1', text: 'Tabel 1.1' }, { kind: 'text', text: '.' },
        ] },
        { kind: 'paragraph', content: t(longText) },
        { kind: 'heading', level: 2, id: 'h-1-2', number: '1.2', content: t('Maksud dan Tujuan') },
        { kind: 'list', ordered: true, items: [[{ kind: 'paragraph', content: t('Tujuan pertama.') }], [{ kind: 'paragraph', content: t('Tujuan kedua.') }]] },
        { kind: 'list', ordered: false, items: [[{ kind: 'paragraph', content: t('Butir satu.') }], [{ kind: 'paragraph', content: t('Butir dua.') }]] },
        { kind: 'heading', level: 3, id: 'h-1-2-1', number: '1.2.1', content: t('Sasaran') },
        { kind: 'table', id: 'tbl-1', number: '1.1', caption: t('Daftar Program Prioritas'), columns: [{ width: 1, align: 'center' }, { width: 5 }, { width: 2, align: 'right' }],
          head: [[c('No'), c('Program'), c('Anggaran (Rp)')]],
          body: [
            ...Array.from({ length: 40 }, (_, i) => [c(String(i + 1)), c(`Program prioritas nomor ${i + 1}`), c('1.250.000.000')]),
            [c('Jumlah', { colSpan: 2, shade: 'total', align: 'center' }), c('50.000.000.000', { shade: 'total' })],
          ],
          note: t('Sumber: Hasil analisis, 2023') },
        { kind: 'heading', level: 1, id: 'bab-2', number: '2', content: t('GAMBARAN UMUM') },
        { kind: 'heading', level: 2, id: 'h-2-1', number: '2.1', content: t('Kondisi Wilayah') },
        { kind: 'paragraph', content: t(longText) },
        { kind: 'figure', id: 'fig-1', number: '2.1', caption: t('Anggaran per Dimensi'), altText: 'Grafik anggaran', chart: { type: 'column', categories: ['A'], series: [{ name: 's', values: [1] }] } },
      ] },
      { kind: 'section', orientation: 'landscape', pageNumbers: 'arabic', restart: false, header: HEADER, blocks: [
        { kind: 'table', id: 'tbl-2', number: '2.1', caption: t('Peta Jalan Dimensi Tata Kelola'), dense: true,
          columns: [{ width: 1 }, { width: 4 }, ...Array.from({ length: 5 }, () => ({ width: 1.5, align: 'right' as const }))],
          head: [[c('No', { rowSpan: 2 }), c('Program', { rowSpan: 2 }), c('Tahun', { colSpan: 5 })], ['2024', '2025', '2026', '2027', '2028'].map((y) => c(y))],
          body: [
            [c('A. Tata Kelola', { colSpan: 7, shade: 'group', align: 'left' })],
            ...Array.from({ length: 12 }, (_, i) => [c(String(i + 1)), c(`Program ${i + 1}`), ...Array.from({ length: 5 }, () => c('100.000.000'))]),
          ] },
      ] },
    ],
  };
}
