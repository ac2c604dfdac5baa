/**
 * The built-in books of the set (the 2022 cohort's deliverables) and the stage at which each is due. Every book is an
 * outline drawn from the one section catalogue (DEFAULT_OUTLINE's chapters and SECTION_COMPOSERS, plus the book
 * sections of ./sections.ts), so no number can differ between books. The masterplan's appendices and Buku III are
 * read from DEFAULT_OUTLINE when a book is resolved: sections added there flow into the books.
 */
import { DEFAULT_OUTLINE, type ChapterRef, type Outline, type SectionRef } from '../book/outline.js';

export type Stage = 1 | 2 | 3 | 4;

/**
 * THE stage table: at which bimtek stage each output is due (`build --stage N` writes those due at N or before; a
 * plain `build` is stage 4). Books of the set by id; `roadmap` is the XLSX workbook, `monev` the monitoring reports.
 * A book the manifest adds is due at its `stage` (default 4). The README shows this table.
 */
export const DUE_AT_STAGE = {
  'analisis-strategis': 1,
  masterplan: 2,
  roadmap: 2,
  'quick-win': 3,
  'ringkasan-eksekutif': 4,
  lengkap: 4,
  monev: 4,
  perbup: 4,
} as const satisfies Record<string, Stage>;

export interface BookDef {
  id: string;
  /** The cover's first line ("BUKU I"); '' for none. */
  label: string;
  title: string;
  /** File name before `-<Region>-<start>-<end>.docx`. */
  file: string;
  /** The bimtek stage at which the book is due (`build --stage N` builds books with stage <= N). */
  stage: Stage;
  outline(): Outline;
}

const from = (source: string, title?: string): SectionRef => {
  const [chapter, id] = source.split('/');
  const base = DEFAULT_OUTLINE.chapters.find((c) => c.id === chapter)?.sections.find((x) => x.id === id);
  return { id, title: title ?? base?.title ?? id, source };
};
const own = (id: string, title: string): SectionRef => ({ id, title, source: `buku/${id}` });
const chapter = (id: string, title: string, summary: string, sections: SectionRef[]): ChapterRef => ({ id, title, summary, landscape: false, sections });
const defaultChapter = (id: string): ChapterRef => {
  const c = DEFAULT_OUTLINE.chapters.find((x) => x.id === id);
  if (!c) throw new Error(`DEFAULT_OUTLINE has no chapter "${id}"`);
  return c;
};

const intro = (extra: SectionRef[] = []): SectionRef[] => [
  from('pendahuluan/latar-belakang'), from('pendahuluan/maksud-tujuan'), from('pendahuluan/dasar-hukum'), ...extra, from('pendahuluan/sistematika'),
];

/** The books in the default order; `lengkap` (last) is not in the default set. */
export const BUILT_IN_BOOKS: readonly BookDef[] = [
  {
    id: 'analisis-strategis', label: 'BUKU I', title: 'ANALISIS STRATEGIS', file: 'Buku-I-Analisis-Strategis', stage: DUE_AT_STAGE['analisis-strategis'],
    outline: () => ({
      chapters: [
        chapter('pendahuluan', 'PENDAHULUAN', 'Menguraikan latar belakang, maksud dan tujuan, dasar hukum, dan sistematika buku.', intro([from('pendahuluan/ruang-lingkup')])),
        chapter('gambaran-umum', 'GAMBARAN UMUM DAERAH', 'Menggambarkan kondisi geografis, kependudukan, perekonomian, statistik daerah, serta visi dan misi RPJMD beserta dimensi yang mendukungnya.', [
          from('gambaran-umum/geografi'), from('gambaran-umum/demografi'), from('gambaran-umum/ekonomi'), from('gambaran-umum/statistik'),
          from('gambaran-umum/rpjmd'), own('misi-dimensi', 'Misi RPJMD dan Dimensi Smart City'),
        ]),
        chapter('analisis-kesiapan', 'ANALISIS KESIAPAN DAERAH', 'Menganalisis kesiapan daerah pada pilar struktur, infrastruktur dan suprastruktur, serta kesenjangannya.', [
          from('analisis-kesiapan/kesiapan'), from('analisis-kesiapan/kesenjangan'),
        ]),
        chapter('swot', 'ANALISIS SWOT', 'Memuat analisis kekuatan, kelemahan, peluang dan ancaman beserta matriks strateginya.', [
          from('analisis-kesiapan/swot', 'Analisis SWOT Daerah'), own('swot-pilar', 'Analisis SWOT per Pilar'),
        ]),
        chapter('isu-strategis', 'ISU STRATEGIS', 'Merumuskan isu strategis yang dijawab oleh pengembangan Smart City.', [own('isu-strategis', 'Isu Strategis Daerah')]),
        chapter('visi-sasaran', 'VISI, MISI DAN SASARAN SMART CITY', 'Menetapkan visi dan misi Smart City serta sasaran setiap dimensi.', [
          own('visi-misi', 'Visi dan Misi Smart City'), own('sasaran', 'Sasaran per Dimensi'),
        ]),
      ],
      appendices: [],
      dropFigures: [],
    }),
  },
  {
    id: 'masterplan', label: 'BUKU II', title: 'MASTERPLAN SMART CITY', file: 'Buku-II-Masterplan-Smart-City', stage: DUE_AT_STAGE['masterplan'],
    outline: () => ({
      chapters: [
        chapter('pendahuluan', 'PENDAHULUAN', 'Menguraikan latar belakang, maksud dan tujuan, dasar hukum, hasil analisis strategis, dan sistematika buku.', intro([own('hasil-analisis', 'Hasil Analisis Strategis')])),
        chapter('strategi', 'VISI, MISI DAN STRATEGI', 'Memuat visi dan misi Smart City serta strategi setiap dimensi dan elemen.', [
          own('visi-misi', 'Visi dan Misi Smart City'), from('strategi/dimensi'),
        ]),
        chapter('rencana-program', 'RENCANA PROGRAM', 'Memuat program setiap dimensi menurut jangka waktu dan kelompok rencana aksi.', [
          from('rencana-program/ringkasan'), from('rencana-program/dimensi'), from('rencana-program/rencana-aksi'),
        ]),
        chapter('peta-jalan', 'PETA JALAN DAN ANGGARAN', 'Menyajikan peta jalan program dan kebutuhan anggaran per tahun, sumber dana, dimensi dan perangkat daerah.', [
          from('peta-jalan/anggaran'), own('anggaran-opd', 'Anggaran per Perangkat Daerah'), from('peta-jalan/dimensi'), from('peta-jalan/urutan'),
        ]),
        chapter('kelembagaan', 'KELEMBAGAAN DAN PEMANTAUAN', 'Menguraikan Dewan Smart City, Tim Pelaksana, serta cara pemantauan dan evaluasi masterplan.', [
          own('kelembagaan', 'Dewan Smart City dan Tim Pelaksana'), own('pemantauan', 'Pemantauan dan Evaluasi'),
        ]),
        chapter('penutup', 'PENUTUP', 'Memuat kesimpulan dan langkah tindak lanjut.', [from('penutup/kesimpulan'), from('penutup/tindak-lanjut')]),
      ],
      appendices: DEFAULT_OUTLINE.appendices,
      dropFigures: [],
    }),
  },
  {
    id: 'quick-win', label: 'BUKU III', title: 'QUICK WIN', file: 'Buku-III-Quick-Win', stage: DUE_AT_STAGE['quick-win'],
    outline: () => {
      const qw = defaultChapter('quick-win');
      return {
        chapters: [
          chapter('pendahuluan', 'PENDAHULUAN', 'Menguraikan pengertian dan kriteria quick win.', [own('quick-win-kriteria', 'Pengertian dan Kriteria Quick Win')]),
          { ...qw, summary: 'Memuat daftar dan jadwal quick win serta rincian setiap quick win.', sections: qw.sections.map((x) => ({ ...x, source: `quick-win/${x.id}` })) },
          chapter('anggaran', 'ANGGARAN QUICK WIN', 'Menyajikan anggaran quick win per dimensi dan sumber dana.', [own('anggaran-quick-win', 'Anggaran Quick Win')]),
        ],
        appendices: [],
        dropFigures: [],
      };
    },
  },
  {
    id: 'ringkasan-eksekutif', label: '', title: 'RINGKASAN EKSEKUTIF', file: 'Ringkasan-Eksekutif', stage: DUE_AT_STAGE['ringkasan-eksekutif'],
    outline: () => ({
      chapters: [
        chapter('visi', 'VISI DAN KESIAPAN DAERAH', '', [own('ringkas-visi', 'Visi Smart City'), own('ringkas-kesiapan', 'Kesiapan Daerah')]),
        chapter('angka', 'ANGKA KUNCI', '', [own('ringkas-angka', 'Program dan Anggaran')]),
        chapter('program', 'PROGRAM DAN QUICK WIN', '', [own('ringkas-program', 'Program per Dimensi'), own('ringkas-quick-win', 'Quick Win')]),
        chapter('langkah', 'LANGKAH SELANJUTNYA', '', [own('ringkas-langkah', 'Tindak Lanjut')]),
      ],
      appendices: [],
      dropFigures: [],
    }),
  },
  {
    id: 'lengkap', label: '', title: 'MASTERPLAN SMART CITY', file: 'Masterplan-Smart-City', stage: DUE_AT_STAGE['lengkap'],
    outline: () => DEFAULT_OUTLINE,
  },
];

export const DEFAULT_BOOK_IDS: readonly string[] = ['analisis-strategis', 'masterplan', 'quick-win', 'ringkasan-eksekutif'];
