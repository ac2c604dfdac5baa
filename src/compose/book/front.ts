/**
 * Front matter: the cover (no page number), then Kata Pengantar with the signature block, Daftar Isi,
 * Daftar Tabel and Daftar Gambar (roman page numbers restarting at i). A list with no entries is left out:
 * never an empty list.
 */
import { formatDate } from '../../format/indonesian.js';
import type { Model } from '../../model/types.js';
import { markdownToBlocks } from '../markdown.js';
import type { Templates } from '../templates.js';
import type { Block, Section } from '../tree.js';
import type { ImageInfo } from './image.js';
import { regionFullName } from './names.js';
import type { View } from './view.js';

export function frontSections(model: Model, templates: Templates, view: View, header: string, logo: ImageInfo | undefined, lists = { tables: true, figures: false }, coverTitle = ['MASTERPLAN SMART CITY']): Section[] {
  const m = model.masterplan;
  const r = model.region;
  const full = regionFullName(r).toLocaleUpperCase('id-ID');
  const cover: Block = {
    kind: 'cover',
    title: [...coverTitle, full],
    subtitle: m.subtitle,
    period: `TAHUN ${m.period.start}–${m.period.end}`,
    ...(logo ? { logo } : {}),
    footer: [`PEMERINTAH ${full}`, `PROVINSI ${r.province.toLocaleUpperCase('id-ID')}`, String(Number(m.documentDate.slice(0, 4)))],
  };
  const template = coverTitle[0] === 'MASTERPLAN SMART CITY' && coverTitle.length === 1 ? 'depan/kata-pengantar' : 'depan/kata-pengantar-buku';
  const front: Block[] = [
    ...forewordBlocks(model, templates, template, view, m.documentDate),
    { kind: 'toc', title: 'DAFTAR ISI' },
    ...(lists.tables ? [{ kind: 'listOfTables' as const, title: 'DAFTAR TABEL' }] : []),
    ...(lists.figures ? [{ kind: 'listOfFigures' as const, title: 'DAFTAR GAMBAR' }] : []),
  ];
  return [
    { kind: 'section', orientation: 'portrait', pageNumbers: 'none', restart: false, blocks: [cover] },
    { kind: 'section', orientation: 'portrait', pageNumbers: 'roman', restart: true, header, blocks: front },
  ];
}

/**
 * KATA PENGANTAR (a front title, so Daftar Isi lists it) from `template`, then the head of region's signature with
 * the place of issue and `date`: the one foreword block of every document that has one (the books, the monev report).
 */
export function forewordBlocks(model: Model, templates: Templates, template: string, view: View, date: string): Block[] {
  const r = model.region;
  const place = model.masterplan.issued?.place ?? r.capital;
  // The name as written: upper-casing it mangles degrees ("Drs. Sakariyas, M.Si." → "DRS. SAKARIYAS, M.SI.").
  const signer = r.head?.title
    ? `${r.head.title.toLocaleUpperCase('id-ID')} ${r.name.toLocaleUpperCase('id-ID')}`
    : `KEPALA DAERAH ${regionFullName(r).toLocaleUpperCase('id-ID')}`;
  return [
    { kind: 'frontTitle', id: 'kata-pengantar', text: 'KATA PENGANTAR' },
    ...markdownToBlocks(templates.render(template, view)),
    { kind: 'signature', placeDate: `${place}, ${formatDate(date)}`, title: signer, name: r.head?.name ?? '' },
  ];
}
