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
}

export interface ChapterRef {
  id: string;
  title: string;
  sections: SectionRef[];
  landscape: boolean;
}

export interface Outline {
  chapters: ChapterRef[];
  appendices: SectionRef[];
}

const s = (id: string, title: string): SectionRef => ({ id, title });

/** The default outline (DOMAIN.md / the Kominfo guideline), in Indonesian. */
export const DEFAULT_OUTLINE: Outline = {
  chapters: [
    { id: 'pendahuluan', title: 'PENDAHULUAN', landscape: false, sections: [
      s('latar-belakang', 'Latar Belakang'), s('maksud-tujuan', 'Maksud dan Tujuan'), s('ruang-lingkup', 'Ruang Lingkup'),
      s('dasar-hukum', 'Dasar Hukum'), s('sistematika', 'Sistematika Penulisan'),
    ] },
    { id: 'gambaran-umum', title: 'GAMBARAN UMUM DAERAH', landscape: false, sections: [
      s('geografi', 'Kondisi Geografis dan Administratif'), s('demografi', 'Kependudukan'), s('ekonomi', 'Perekonomian'),
      s('statistik', 'Statistik Daerah'), s('rpjmd', 'Visi dan Misi RPJMD'),
    ] },
    { id: 'analisis-kesiapan', title: 'ANALISIS KESIAPAN DAERAH', landscape: false, sections: [
      s('kesiapan', 'Kesiapan Daerah'), s('kesenjangan', 'Analisis Kesenjangan'), s('swot', 'Analisis SWOT'),
    ] },
    { id: 'strategi', title: 'STRATEGI PENGEMBANGAN SMART CITY', landscape: false, sections: [
      s('visi', 'Visi dan Tujuan Smart City'), s('dimensi', 'Strategi per Dimensi'),
    ] },
    { id: 'rencana-program', title: 'RENCANA PROGRAM', landscape: false, sections: [
      s('ringkasan', 'Ringkasan Program'), s('dimensi', 'Program per Dimensi'),
    ] },
    { id: 'peta-jalan', title: 'PETA JALAN', landscape: false, sections: [
      s('anggaran', 'Kebutuhan Anggaran'), s('dimensi', 'Peta Jalan per Dimensi'),
    ] },
    { id: 'quick-win', title: 'QUICK WIN', landscape: false, sections: [
      s('ringkasan', 'Ringkasan Quick Win'), s('daftar', 'Rincian Quick Win'),
    ] },
    { id: 'penutup', title: 'PENUTUP', landscape: false, sections: [s('kesimpulan', 'Kesimpulan'), s('tindak-lanjut', 'Tindak Lanjut')] },
  ],
  appendices: [s('tim', 'Dewan Smart City dan Tim Pelaksana'), s('indikator', 'Matriks Indikator Program')],
};

export type OutlineInput = {
  chapters?: (string | { id: string; title?: string; sections?: (string | { id: string; title?: string; template?: string })[]; landscape?: boolean })[];
  appendices?: (string | { id: string; title?: string; template?: string })[];
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
export function resolveOutline(input: OutlineInput | undefined, hasTemplate: (name: string) => boolean): { outline: Outline; problems: OutlineProblem[] } {
  if (!input) return { outline: DEFAULT_OUTLINE, problems: [] };
  const problems: OutlineProblem[] = [];
  const builtIn = new Map(DEFAULT_OUTLINE.chapters.map((c) => [c.id, c]));
  const chapters = (input.chapters ?? DEFAULT_OUTLINE.chapters.map((c) => c.id)).map((raw, ci): ChapterRef => {
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
    return { id: c.id, title: c.title ?? base?.title ?? c.id.toUpperCase(), landscape: Boolean(c.landscape ?? base?.landscape), sections };
  });
  const knownApp = new Map(DEFAULT_OUTLINE.appendices.map((x) => [x.id, x]));
  const appendices = input.appendices
    ? input.appendices.map((rs, i) => resolveSection(rs, knownApp, 'lampiran', ['outline', 'appendices', i], hasTemplate, problems))
    : DEFAULT_OUTLINE.appendices;
  return { outline: { chapters, appendices }, problems };
}

function resolveSection(
  raw: string | { id: string; title?: string; template?: string },
  known: Map<string, SectionRef>,
  chapterId: string,
  path: (string | number)[],
  hasTemplate: (name: string) => boolean,
  problems: OutlineProblem[],
): SectionRef {
  const r = typeof raw === 'string' ? { id: raw } : raw;
  const base = known.get(r.id);
  if (r.template) {
    if (!hasTemplate(r.template)) problems.push({ path: [...path, 'template'], id: r.template, known: [] });
    return { id: r.id, title: r.title ?? base?.title ?? r.id, template: r.template };
  }
  if (base) return { ...base, title: r.title ?? base.title };
  // A section without a built-in composer may still have a template of its own name in the project.
  const template = `${chapterId}/${r.id}`;
  if (hasTemplate(template)) return { id: r.id, title: r.title ?? r.id, template };
  problems.push({ path, id: r.id, known: [...known.keys()] });
  return { id: r.id, title: r.title ?? r.id };
}
