/**
 * The book's outline: which chapters, in which order, with which sections. The default follows the Kominfo
 * masterplan; a manifest's `outline` may reorder, rename, drop or add chapters and sections (a new section
 * names a project template). Resolution turns either into one list the assembler walks.
 */
export interface SectionRef {
  id: string;
  title: string;
  /** A built-in section composer (`<chapter>/<section>`), or a template of the project. */
  template?: string;
  /** Figures of the catalogue (compose/figures FIGURES keys) added at the end of the section. */
  figures?: string[];
  /** The SECTION_COMPOSERS key when it is not `<chapter>/<id>` (a book drawing a section from another chapter). */
  source?: string;
}

export interface ChapterRef {
  id: string;
  title: string;
  /** One sentence for *Sistematika Penulisan* (built-in chapters only). */
  summary?: string;
  sections: SectionRef[];
  landscape: boolean;
}

export interface Outline {
  chapters: ChapterRef[];
  appendices: SectionRef[];
  /** Catalogue figures left out of their default places. */
  dropFigures: string[];
}

const s = (id: string, title: string): SectionRef => ({ id, title });

/** The default outline (DOMAIN.md / the Kominfo guideline), in Indonesian. */
export const DEFAULT_OUTLINE: Outline = {
  chapters: [
    { id: 'pendahuluan', summary: 'Menguraikan latar belakang, maksud dan tujuan, ruang lingkup, dasar hukum, dan sistematika penulisan masterplan.', title: 'PENDAHULUAN', landscape: false, sections: [
      s('latar-belakang', 'Latar Belakang'), s('maksud-tujuan', 'Maksud dan Tujuan'), s('ruang-lingkup', 'Ruang Lingkup'),
      s('dasar-hukum', 'Dasar Hukum'), s('sistematika', 'Sistematika Penulisan'),
    ] },
    { id: 'gambaran-umum', summary: 'Menggambarkan kondisi geografis, kependudukan, perekonomian, statistik pokok daerah, serta visi dan misi RPJMD.', title: 'GAMBARAN UMUM DAERAH', landscape: false, sections: [
      s('geografi', 'Kondisi Geografis dan Administratif'), s('demografi', 'Kependudukan'), s('ekonomi', 'Perekonomian'),
      s('statistik', 'Statistik Daerah'), s('rpjmd', 'Visi dan Misi RPJMD'),
    ] },
    { id: 'analisis-kesiapan', summary: 'Menganalisis kesiapan daerah pada pilar struktur, infrastruktur dan suprastruktur, kesenjangan, serta analisis SWOT.', title: 'ANALISIS KESIAPAN DAERAH', landscape: false, sections: [
      s('kesiapan', 'Kesiapan Daerah'), s('kesenjangan', 'Analisis Kesenjangan'), s('swot', 'Analisis SWOT'),
    ] },
    { id: 'strategi', summary: 'Merumuskan visi, tujuan dan strategi pengembangan Smart City pada setiap dimensi.', title: 'STRATEGI PENGEMBANGAN SMART CITY', landscape: false, sections: [
      s('visi', 'Visi dan Tujuan Smart City'), s('dimensi', 'Strategi per Dimensi'),
    ] },
    { id: 'rencana-program', summary: 'Memuat program setiap dimensi dan elemen beserta perangkat daerah pelaksana, keluaran, hasil dan indikatornya.', title: 'RENCANA PROGRAM', landscape: false, sections: [
      s('ringkasan', 'Ringkasan Program'), s('rencana-aksi', 'Rencana Aksi per Kelompok'), s('dimensi', 'Program per Dimensi'),
    ] },
    { id: 'peta-jalan', summary: 'Menyajikan peta jalan program per tahun dan kebutuhan anggaran per dimensi, sumber pendanaan dan jangka waktu.', title: 'PETA JALAN', landscape: false, sections: [
      s('anggaran', 'Kebutuhan Anggaran'), s('dimensi', 'Peta Jalan per Dimensi'), s('urutan', 'Urutan dan Tonggak Capaian'),
    ] },
    { id: 'quick-win', summary: 'Menguraikan program quick win yang dilaksanakan pada tahap awal.', title: 'QUICK WIN', landscape: false, sections: [
      s('ringkasan', 'Ringkasan Quick Win'), s('daftar', 'Rincian Quick Win'), s('risiko', 'Manajemen Risiko Quick Win'),
    ] },
    { id: 'penutup', summary: 'Memuat kesimpulan dan langkah tindak lanjut pelaksanaan masterplan.', title: 'PENUTUP', landscape: false, sections: [s('kesimpulan', 'Kesimpulan'), s('tindak-lanjut', 'Tindak Lanjut')] },
  ],
  appendices: [s('tim', 'Dewan Smart City dan Tim Pelaksana'), s('indikator', 'Matriks Indikator Program'), s('keterkaitan', 'Matriks Keterkaitan')],
  dropFigures: [],
};

type SectionInput = string | { id: string; title?: string; template?: string; figures?: string[] };

export type OutlineInput = {
  chapters?: (string | { id: string; title?: string; sections?: SectionInput[]; landscape?: boolean })[];
  appendices?: SectionInput[];
  figures?: { drop?: string[] };
};

export interface OutlineProblem {
  /** JSON path into the manifest, e.g. ['outline', 'chapters', 2, 'sections', 1]. */
  path: (string | number)[];
  id: string;
  known: string[];
}

/**
 * The outline to build: the default, or the manifest's. A built-in chapter keeps its default sections unless
 * `sections` is given; a section that is neither built in nor given a `template` is a problem (SC6005).
 */
export function resolveOutline(
  input: OutlineInput | undefined,
  hasTemplate: (name: string) => boolean,
  figureKeys: readonly string[] = [],
  defaults: Outline = DEFAULT_OUTLINE,
): { outline: Outline; problems: OutlineProblem[] } {
  if (!input) return { outline: defaults, problems: [] };
  const problems: OutlineProblem[] = [];
  // A book's own chapters first, then the default outline's (a book may borrow any of them by id).
  const builtIn = new Map([...DEFAULT_OUTLINE.chapters, ...defaults.chapters].map((c) => [c.id, c]));
  const chapters = (input.chapters ?? defaults.chapters.map((c) => c.id)).map((raw, ci): ChapterRef => {
    const c = typeof raw === 'string' ? { id: raw } : raw;
    const base = builtIn.get(c.id);
    const path = ['outline', 'chapters', ci];
    if (!base && !c.sections) {
      const template = c.id;
      if (!hasTemplate(template)) problems.push({ path, id: c.id, known: [...builtIn.keys()] });
      return { id: c.id, title: c.title ?? c.id.toUpperCase(), landscape: Boolean(c.landscape), sections: [{ id: c.id, title: '', template }] };
    }
    const known = new Map((base?.sections ?? []).map((x) => [x.id, x]));
    const sections = c.sections
      ? c.sections.map((rs, si) => resolveSection(rs, known, `${c.id}`, [...path, 'sections', si], hasTemplate, problems))
      : base!.sections;
    return { id: c.id, title: c.title ?? base?.title ?? c.id.toUpperCase(), summary: base?.summary, landscape: Boolean(c.landscape ?? base?.landscape), sections };
  });
  const knownApp = new Map(DEFAULT_OUTLINE.appendices.map((x) => [x.id, x]));
  const appendices = input.appendices
    ? input.appendices.map((rs, i) => resolveSection(rs, knownApp, 'lampiran', ['outline', 'appendices', i], hasTemplate, problems))
    : defaults.appendices;
  // Figure keys: the schema's enum checks them too; this keeps compose honest when called without validate.
  const dropFigures = input.figures?.drop ?? [];
  dropFigures.forEach((key, i) => {
    if (!figureKeys.includes(key)) problems.push({ path: ['outline', 'figures', 'drop', i], id: key, known: [...figureKeys] });
  });
  return { outline: { chapters, appendices, dropFigures }, problems };
}

function resolveSection(
  raw: SectionInput,
  known: Map<string, SectionRef>,
  chapterId: string,
  path: (string | number)[],
  hasTemplate: (name: string) => boolean,
  problems: OutlineProblem[],
): SectionRef {
  const r = typeof raw === 'string' ? { id: raw } : raw;
  const base = known.get(r.id);
  const figures = r.figures && r.figures.length > 0 ? { figures: r.figures } : {};
  if (figures.figures && !r.template && !base) {
    // A section made only of catalogue figures.
    return { id: r.id, title: r.title ?? r.id, ...figures };
  }
  if (r.template) {
    if (!hasTemplate(r.template)) problems.push({ path: [...path, 'template'], id: r.template, known: [] });
    return { id: r.id, title: r.title ?? base?.title ?? r.id, template: r.template, ...figures };
  }
  if (base) return { ...base, title: r.title ?? base.title, ...figures };
  // A section without a built-in composer may still have a template of its own name in the project.
  const template = `${chapterId}/${r.id}`;
  if (hasTemplate(template)) return { id: r.id, title: r.title ?? r.id, template, ...figures };
  problems.push({ path, id: r.id, known: [...known.keys()] });
  return { id: r.id, title: r.title ?? r.id };
}
