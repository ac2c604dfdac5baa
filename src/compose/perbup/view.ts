/**
 * What the perbup templates see, beside the book's base view: `perbup.*`. Numbers and dates the legal bureau has
 * not given are the dotted blank, never a guess. Head-of-region words follow `region.type`: a `kabupaten` is led
 * by a Bupati and its regulations are Peraturan Bupati in the Berita Daerah Kabupaten; a `kota` by a Wali Kota.
 */
import { formatDate } from '../../format/indonesian.js';
import type { Model } from '../../model/types.js';
import { baseView, type View } from '../book/view.js';
import { regionFullName } from '../book/names.js';

/** The dotted blank the legal bureau fills in by hand. */
export const BLANK = '……';

/** A book of the masterplan as the attachment lists it: "Buku I", "Analisis Strategis". */
export interface BookEntry {
  label: string;
  title: string;
}

/**
 * Long names of the usual funding sources, as a regulation spells them out; others are shown as written. The
 * province's budget is named with its province: "Daerah" alone is the regency or city (Pasal 1).
 */
const FUNDING_NAMES = (province: string): Record<string, string> => ({
  APBD: 'Anggaran Pendapatan dan Belanja Daerah',
  'APBD Provinsi': `Anggaran Pendapatan dan Belanja Daerah Provinsi ${province}`,
  APBN: 'Anggaran Pendapatan dan Belanja Negara',
  DAK: 'Dana Alokasi Khusus',
  CSR: 'tanggung jawab sosial dan lingkungan perusahaan (*corporate social responsibility*)',
  KPBU: 'Kerja Sama Pemerintah dengan Badan Usaha',
  Swasta: 'investasi swasta',
  Lainnya: 'sumber lain yang sah dan tidak mengikat sesuai dengan ketentuan peraturan perundang-undangan',
});

export interface HeadWords {
  /** "Bupati" / "Wali Kota". */
  head: string;
  /** "Peraturan Bupati" / "Peraturan Wali Kota". */
  regulation: string;
  /** "Berita Daerah Kabupaten Kotawaringin Timur". */
  gazette: string;
}

export function headWords(region: Model['region']): HeadWords {
  const head = region.type === 'kota' ? 'Wali Kota' : 'Bupati';
  return { head, regulation: `Peraturan ${head}`, gazette: `Berita Daerah ${regionFullName(region)}` };
}

/** "Masterplan Smart City Kabupaten X Tahun 2023–2032": the manifest's title, with the period unless it names it. */
export function subject(model: Model): string {
  const { title, period } = model.masterplan;
  return title.includes(String(period.start)) ? title : `${title} Tahun ${period.start}–${period.end}`;
}

/**
 * The TAHUN of the regulation: as given, else the year of its enactment date (regulations are numbered per year
 * of enactment, and SC3051 keeps the two equal when both are given), else the blank.
 */
export function regulationYear(e: Model['masterplan']['enactment']): string {
  if (e.year !== undefined) return String(e.year);
  return e.date ? e.date.slice(0, 4) : BLANK;
}

export function perbupView(model: Model, books: readonly BookEntry[]): View {
  const fundingNames = FUNDING_NAMES(model.region.province);
  const e = model.masterplan.enactment;
  const words = headWords(model.region);
  const leadIds = new Set([...model.programs.map((p) => p.leadId), ...model.quickWins.map((q) => q.leadId)]);
  const member = (m: { name: string; position: string; role?: string }) => ({ name: m.name, position: m.position, role: m.role ?? null });
  return {
    ...baseView(model),
    perbup: {
      ...words,
      number: e.number ?? BLANK,
      // A draft until the legal bureau gives it a number: the title says RANCANGAN until then.
      draft: e.number === undefined,
      year: regulationYear(e),
      date: e.date ? formatDate(e.date) : BLANK,
      subject: subject(model),
      dimensions: model.framework.map((d) => ({ name: d.name, elements: d.elements.map((el) => el.name) })),
      books: books.map((b) => ({ label: b.label, title: b.title })),
      // For a region's own template: the built-in Pasal leaves the membership to a Keputusan (pelaksanaan.md.hbs).
      council: model.masterplan.team.council.map(member),
      implementers: model.masterplan.team.implementers.map(member),
      // The lead agencies in the profile's order: the ones the plan gives work to.
      leads: model.region.agencies.filter((a) => leadIds.has(a.id)).map((a) => a.name),
      funding: model.masterplan.fundingSources.map((s) => fundingNames[s] ?? s),
      rpjmdPeriod: model.region.rpjmd?.period ? `${model.region.rpjmd.period.start}–${model.region.rpjmd.period.end}` : null,
      // Filled for menimbang-penutup only ("huruf a, huruf b, dan huruf c"): it depends on the considerations' count.
      citedLetters: '',
    },
  };
}
