/**
 * The enactment draft: the Rancangan Peraturan Bupati/Wali Kota tentang Masterplan Smart City, laid out as
 * regional regulations are (UU 12/2011, Lampiran II): judul, pembukaan (Menimbang, Mengingat, Menetapkan),
 * batang tubuh (BAB and Pasal, numbered continuously), penutup (Ditetapkan, Diundangkan, Berita Daerah) and the
 * Lampiran that lists the masterplan's books. Words the region may reword come from `templates/<lang>/perbup/`;
 * the fixed forms of the frame are in forms.ts; numbers and citations are computed by legal-text.ts.
 */
import { readFileSync } from 'node:fs';
import { formatDate } from '../../format/indonesian.js';
import type { Model } from '../../model/types.js';
import { imageInfo } from '../book/image.js';
import { fileSlug, regionFullName } from '../book/names.js';
import { identifiersOf } from '../identifiers.js';
import { parseInline } from '../markdown.js';
import type { Templates } from '../templates.js';
import type { Block, DocTree, Inline, Provision } from '../tree.js';
import { FORMS } from './forms.js';
import { citeLetters, letter, legalText } from './legal-text.js';
import { citeName, type BookSpec } from '../books/resolve.js';
import { BLANK, headWords, perbupView, regulationYear, subject, type BookEntry } from './view.js';

export type { BookEntry } from './view.js';

/** The parts of the batang tubuh, in order: one template each (a BAB or more), numbered as one text. */
export const BODY_PARTS = ['ketentuan-umum', 'maksud-tujuan', 'sistematika', 'pelaksanaan', 'pemantauan-evaluasi', 'pendanaan', 'ketentuan-penutup'] as const;

export interface ComposedPerbup {
  tree: DocTree;
  /** Pasal numbers in order: 1, 2, … without a gap. */
  articles: number[];
  /** Citations ([[dimaksud:id]]) in the templates that name no Pasal or ayat, with where the template writes them. */
  unknownRefs: { id: string; file?: string; line?: number; column?: number }[];
  /** True when `legal_basis` is empty: Mengingat is a blank for the legal bureau. */
  noLegalBasis: boolean;
}

/** `Rancangan-Peraturan-Bupati-Kotawaringin-Timur-2023-2032.docx` / `Rancangan-Peraturan-Wali-Kota-…`. */
export function perbupFileName(model: Pick<Model, 'region' | 'masterplan'>): string {
  const { period } = model.masterplan;
  return `Rancangan-Peraturan-${fileSlug(headWords(model.region).head)}-${fileSlug(model.region.name)}-${period.start}-${period.end}.docx`;
}

/** The books of the project's set as the regulation names them ("Buku I: Analisis Strategis"; a book without a label by its title). */
export function perbupBooks(books: readonly Pick<BookSpec, 'label' | 'title' | 'cite'>[]): BookEntry[] {
  return books.map((b) => ({ label: b.label ? b.cite : '', title: citeName('', b.title) }));
}

const upper = (s: string) => s.toLocaleUpperCase('id-ID');
const inline = (text: string): Inline[] => parseInline(text.replace(/\s*\n\s*/g, ' ').trim());

/**
 * Whether a legal basis is a peraturan perundang-undangan (UU 12/2011, Pasal 7 and 8): the Constitution (or an article
 * of it), a Ketetapan MPR, an Undang-Undang (or Perppu), or any Peraturan (Pemerintah, Presiden, Menteri, Daerah,
 * Gubernur, Bupati, Wali Kota …). A Nota Kesepakatan, a Keputusan or a Surat Edaran is not.
 */
export function isLegislation(basis: string): boolean {
  return /^\s*(?:(?:Pasal|Bab)\b.*\bUndang-Undang Dasar|Undang-Undang\b|Ketetapan Majelis Permusyawaratan Rakyat|Peraturan\b)/i.test(basis);
}

/** Each provision of Menimbang and Mengingat ends with a semicolon (UU 12/2011, Lampiran II). */
function withSemicolon(text: string): string {
  const t = text.trim().replace(/[.;,]+$/, '');
  return `${t};`;
}

/** `- ` items of a rendered template (an item may run over several lines). */
function items(rendered: string): string[] {
  const out: string[] = [];
  for (const line of rendered.split('\n')) {
    if (line.startsWith('- ')) out.push(line.slice(2));
    else if (line.trim() && out.length > 0) out[out.length - 1] += ` ${line.trim()}`;
  }
  return out;
}

function group(lead: string, labels: (i: number) => string, texts: string[]): Provision[] {
  return texts.map((text, i) => ({ kind: 'provision', lead: i === 0 ? lead : '', label: labels(i), depth: 0, content: inline(text) }));
}

export function composePerbup(model: Model, templates: Templates, books: readonly BookEntry[]): ComposedPerbup {
  const view = perbupView(model, books);
  const perbup = view.perbup as Record<string, unknown>;
  const render = (name: string, extra: Record<string, unknown> = {}) => templates.render(`perbup/${name}`, { ...view, perbup: { ...perbup, ...extra } });
  const words = headWords(model.region);
  const e = model.masterplan.enactment;
  const region = regionFullName(model.region);
  const blocks: Block[] = [];

  // Judul, with the region's emblem above it.
  const logo = model.region.logoPath ? imageInfo(readFileSync(model.region.logoPath)) : undefined;
  if (logo) blocks.push({ kind: 'emblem', image: logo, altText: `Lambang ${region}` });
  blocks.push(...legalText(render('judul')).blocks);

  // Menimbang: the considerations (given, else the template's), then the closing clause citing each by letter.
  const considerations = e.considerations.length > 0 ? e.considerations : items(render('menimbang'));
  const closing = render('menimbang-penutup', { citedLetters: citeLetters(considerations.length) }).trim();
  blocks.push(...group(FORMS.considering, (i) => `${letter(i)}.`, [...considerations, closing].map(withSemicolon)));

  // Mengingat: the legal bases in the order given that are peraturan perundang-undangan; none is a blank, not an
  // invented law. A memorandum or a decree the book lists under Dasar Hukum is no basis a regulation recalls.
  const bases = model.masterplan.legalBasis.filter(isLegislation);
  blocks.push(spacer(), ...group(FORMS.recalling, (i) => `${i + 1}.`, bases.length > 0 ? bases.map(withSemicolon) : [BLANK]));

  // MEMUTUSKAN: Menetapkan: …
  blocks.push(spacer(), { kind: 'paragraph', style: 'legalHeading', content: [{ kind: 'text', text: FORMS.decide }] }, spacer());
  blocks.push({ kind: 'provision', lead: FORMS.enact, label: '', depth: 0, content: inline(render('menetapkan')) });

  // Batang tubuh: every part as one text, so Pasal numbers run on and citations reach across parts.
  const body = legalText(BODY_PARTS.map((p) => render(p)).join('\n'));
  blocks.push(...body.blocks);
  blocks.push({ kind: 'paragraph', content: inline(render('pengundangan')), align: 'justify' });

  // Penutup.
  const place = model.masterplan.issued?.place ?? model.region.capital;
  const headTitle = `${upper(words.head)} ${upper(model.region.name)},`;
  const headName = model.region.head?.name ? upper(model.region.head.name) : BLANK;
  blocks.push({ kind: 'signature', placeDate: `${FORMS.enactedAt} ${place}`, lines: [`${FORMS.onDate} ${e.date ? formatDate(e.date) : BLANK}`], title: headTitle, name: headName });
  const p = e.promulgation;
  blocks.push({
    kind: 'signature',
    side: 'left',
    placeDate: `${FORMS.promulgatedAt} ${place}`,
    lines: [`${FORMS.onDate} ${p.date ? formatDate(p.date) : BLANK}`],
    title: `${p.secretary?.title ? upper(p.secretary.title).replace(/,\s*$/, '') : `${FORMS.secretary} ${upper(region)}`},`,
    name: p.secretary?.name ? upper(p.secretary.name) : BLANK,
  });
  const gazetteYear = p.date ? p.date.slice(0, 4) : BLANK;
  blocks.push(spacer(), { kind: 'paragraph', align: 'left', content: [{ kind: 'strong', children: [{ kind: 'text', text: `${upper(words.gazette)} ${FORMS.year} ${gazetteYear} ${FORMS.number} ${p.number ?? BLANK}` }] }] });

  // Lampiran: its heading block, the books, and the head of region's signature again.
  const number = e.number ?? BLANK;
  const year = regulationYear(e);
  const annex = legalText(render('lampiran'), body.targets);
  const attachment: Block[] = [
    { kind: 'pageBreak' },
    {
      kind: 'attachmentHead',
      rows: [
        { label: FORMS.attachment, text: '' },
        { label: '', text: `${upper(words.regulation)} ${upper(model.region.name)}` },
        { label: FORMS.number, text: number },
        { label: FORMS.year, text: year },
        { label: FORMS.about, text: upper(subject(model)) },
      ],
    },
    ...annex.blocks,
    { kind: 'signature', placeDate: '', title: headTitle, name: headName },
  ];
  blocks.push(...attachment);

  keepYearRanges(blocks);
  const m = model.masterplan;
  const tree: DocTree = {
    meta: {
      title: `Rancangan ${words.regulation} ${model.region.name} tentang ${subject(model)}`,
      subject: subject(model),
      author: region,
      date: m.documentDate,
      language: 'id-ID',
      style: m.style,
      labels: { page: 'Halaman', table: 'Tabel', figure: 'Gambar', chapter: 'BAB' },
      identifiers: identifiersOf(model),
    },
    sections: [{ kind: 'section', orientation: 'portrait', pageNumbers: 'arabic', restart: true, blocks }],
  };
  return { tree, articles: body.articles, unknownRefs: [...body.unknownRefs, ...annex.unknownRefs].map((id) => ({ id, ...citationSite(templates, id) })), noLegalBasis: bases.length === 0 };
}

/** The template file, line and column where `[[…:id]]` is written (the first one), for the warning. */
function citationSite(templates: Templates, id: string): { file: string; line: number; column: number } | undefined {
  for (const part of [...BODY_PARTS, 'lampiran']) {
    const file = templates.find(`perbup/${part}`);
    if (!file) continue;
    const source = readFileSync(file, 'utf8');
    const at = new RegExp(`\\[\\[(?:dimaksud|pasal|ayat):${id}\\]\\]`).exec(source);
    if (!at) continue;
    const before = source.slice(0, at.index);
    return { file, line: before.split('\n').length, column: at.index - before.lastIndexOf('\n') };
  }
  return undefined;
}

/** A word joiner each side of the dash of "2023–2032" in centred titles, so a title never breaks a period in two. */
const JOIN = (text: string) => text.replace(/(\d)–(\d)/g, '$1\u2060–\u2060$2');

function keepYearRanges(blocks: Block[]): void {
  const fix = (inlines: Inline[]) => inlines.forEach((i) => {
    if (i.kind === 'text') i.text = JOIN(i.text);
    else if (i.kind === 'strong' || i.kind === 'emph') fix(i.children);
  });
  for (const b of blocks) {
    if (b.kind === 'paragraph' && b.style === 'legalHeading') fix(b.content);
    else if (b.kind === 'attachmentHead') b.rows.forEach((r) => { r.text = JOIN(r.text); });
  }
}

const spacer = (): Block => ({ kind: 'paragraph', style: 'legalHeading', content: [] });
