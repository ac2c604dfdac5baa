/**
 * What every block writer needs: the document meta, the text width of the current section, the collected
 * TOC / list-of-tables / list-of-figures entries with their displayed page numbers, and the warnings.
 */
import { randomBytes } from 'node:crypto';
import { Paragraph, TextRun, type FileChild } from 'docx';
import type { Block, DocMeta, DocTree, Inline } from '../../compose/tree.js';
import { roman } from '../../format/indonesian.js';
import type { Typeset } from '../../layout/typeset.js';

/**
 * Content the writer could not put on the page as asked. `subject` names the item as the reader sees it
 * ("Gambar 3.1", or its id when unnumbered); build turns each into a coded diagnostic (SC6010–SC6013).
 */
export interface Warning {
  kind: 'docx-toc-estimated' | 'docx-toc-unmeasured' | 'docx-empty-table' | 'docx-chart-failed' | 'docx-figure-empty' | 'docx-image-unreadable' | 'docx-table-too-wide';
  subject: string;
  message: string;
}

export interface Entry {
  id: string;
  /** 1–3 for headings and front titles; 1 for captions. */
  level: number;
  text: string;
  list: 'toc' | 'tables' | 'figures';
}

export interface Ctx {
  meta: DocMeta;
  textWidth: number;
  /** Height available to text (twips) in the current section. */
  textHeight: number;
  warnings: Warning[];
  entries: Entry[];
  /** id → displayed page ("iii", "12"), measured or estimated. */
  pages: Map<string, string>;
  /** Next numbering instance, so every ordered list restarts at 1. */
  nextListInstance: number;
  /** Body elements written as XML text (tables, paragraphs), spliced in for their placeholders after `docx` compiles. */
  raw: RawPiece[][];
  /** Placeholder paragraph → its index in `raw`. */
  placeholders: Map<FileChild, number>;
  /** This render's placeholder marker (see rawMarker). */
  marker: string;
  /** Text as written into the document (typeset.ts). */
  typeset: Typeset;
  /** Charts drawn as pictures, for LibreOffice's layout (RenderDocxOptions.chartPictures). */
  chartPictures: boolean;
  /** Figure id → how much smaller its chart is drawn, in the current section (chart.ts chartRunScales). */
  chartScales: Map<string, number>;
}

/**
 * A placeholder's text is "<marker><index>\uE000", the marker random per render: text from the YAML may hold any
 * character, but not a marker nobody can know in advance, so no user text is ever taken for a placeholder. The
 * marker never reaches the output (every placeholder is replaced), which stays byte-identical across renders.
 */
export function rawMarker(): string {
  return `\uE000smartcity-raw-${randomBytes(8).toString('hex')}-`;
}

/** Body XML written as text, or as UTF-8 bytes (a cached table: half the memory of a JavaScript string with "•" in it). */
export type RawPiece = string | Uint8Array;

/** A placeholder paragraph standing for `xml` (a whole body element such as `<w:tbl>`). */
export function rawBlock(ctx: Ctx, xml: RawPiece): Paragraph {
  const index = ctx.raw.push([xml]) - 1;
  const placeholder = new Paragraph({ children: [new TextRun({ text: `${ctx.marker}${index}\uE000` })] });
  ctx.placeholders.set(placeholder, index);
  return placeholder;
}

/** A section's children with each run of adjacent placeholders merged into one (fewer `docx` objects and splices). */
export function mergeRaw(ctx: Ctx, children: FileChild[]): FileChild[] {
  const out: FileChild[] = [];
  let previous: number | undefined;
  for (const child of children) {
    const index = ctx.placeholders.get(child);
    if (index !== undefined && previous !== undefined) {
      ctx.raw[previous].push(...ctx.raw[index]);
      ctx.raw[index] = [];
      continue;
    }
    previous = index;
    out.push(child);
  }
  return out;
}

/**
 * document.xml as pieces, each raw element in place of its placeholder: the pieces are zipped as they are, never
 * joined (see PartData). A placeholder left over is a bug.
 */
export function spliceRaw(xml: string, raw: RawPiece[][], marker: string): RawPiece[] {
  if (raw.length === 0) return [xml];
  // `docx` puts a section's properties into the pPr of the section's last paragraph, which may be a placeholder.
  const placeholder = new RegExp(`<w:p>(?:<w:pPr>(<w:sectPr>(?:(?!</w:sectPr>).)*</w:sectPr>)</w:pPr>)?<w:r><w:t xml:space="preserve">${marker}(\\d+)\uE000</w:t></w:r></w:p>`);
  const pieces = xml.split(placeholder);
  // split with two capture groups: text, sectPr or undefined, index, text, …, text.
  const out: RawPiece[] = [];
  for (let i = 0; i < pieces.length; i += 3) {
    if (pieces[i].includes(marker)) throw new Error('docx: a raw element was not replaced (the placeholder paragraph changed shape)');
    out.push(pieces[i]);
    if (i + 2 < pieces.length) out.push(...withSection(raw[Number(pieces[i + 2])], pieces[i + 1]));
  }
  return out;
}

/** Raw elements with the section properties `docx` gave their placeholder, in the last paragraph's pPr as `docx` would. */
function withSection(pieces: RawPiece[], sectPr: string | undefined): RawPiece[] {
  if (!sectPr) return pieces;
  const last = pieces[pieces.length - 1];
  // Bytes are a table; a paragraph after it carries the section.
  if (typeof last !== 'string') return [...pieces, `<w:p><w:pPr>${sectPr}</w:pPr></w:p>`];
  return [...pieces.slice(0, -1), lastWithSection(last, sectPr)];
}

function lastWithSection(xml: string, sectPr: string): string {
  if (xml.endsWith('<w:p/>')) return `${xml.slice(0, -'<w:p/>'.length)}<w:p><w:pPr>${sectPr}</w:pPr></w:p>`;
  if (!xml.endsWith('</w:p>')) return `${xml}<w:p><w:pPr>${sectPr}</w:pPr></w:p>`;
  const start = xml.lastIndexOf('<w:p>');
  if (xml.startsWith('<w:p><w:pPr>', start)) {
    const end = xml.indexOf('</w:pPr>', start);
    return `${xml.slice(0, end)}${sectPr}${xml.slice(end)}`;
  }
  return `${xml.slice(0, start)}<w:p><w:pPr>${sectPr}</w:pPr>${xml.slice(start + '<w:p>'.length)}`;
}

export function plainText(inlines: Inline[]): string {
  return inlines
    .map((i) => (i.kind === 'text' || i.kind === 'ref' ? i.text : i.kind === 'break' ? ' ' : plainText(i.children)))
    .join('');
}

/** "BAB I" for chapter number "1" (or the number as given when it is not arabic, e.g. an appendix letter). */
export function chapterLabel(meta: DocMeta, number: string): string {
  const n = Number(number);
  return `${meta.labels.chapter} ${Number.isInteger(n) && n > 0 ? roman(n) : number}`.trim();
}

function headingEntryText(meta: DocMeta, b: Extract<Block, { kind: 'heading' }>): string {
  const title = plainText(b.content);
  if (b.level === 1) return b.number ? `${chapterLabel(meta, b.number)} ${title}` : title;
  return b.number ? `${b.number} ${title}` : title;
}

function captionText(label: string, number: string, caption: Inline[]): string {
  const text = plainText(caption);
  return number ? `${label} ${number} ${text}` : text;
}

/** Entries in document order: headings and front titles for Daftar Isi, numbered tables and figures for the lists. */
export function collectEntries(tree: DocTree): Entry[] {
  const out: Entry[] = [];
  const visit = (b: Block): void => {
    if (b.kind === 'heading') out.push({ id: b.id, level: b.level, text: headingEntryText(tree.meta, b), list: 'toc' });
    else if (b.kind === 'frontTitle') out.push({ id: b.id, level: 1, text: b.text, list: 'toc' });
    else if (b.kind === 'table' && b.number) out.push({ id: b.id, level: 1, text: captionText(tree.meta.labels.table, b.number, b.caption), list: 'tables' });
    else if (b.kind === 'figure' && b.number) out.push({ id: b.id, level: 1, text: captionText(tree.meta.labels.figure, b.number, b.caption), list: 'figures' });
    else if (b.kind === 'list') b.items.forEach((item) => item.forEach(visit));
  };
  tree.sections.forEach((s) => s.blocks.forEach(visit));
  return out;
}

/** Word bookmark names: a letter first, letters/digits/underscore, at most 40 characters. */
export function bookmarkName(id: string): string {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const safe = id.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 28);
  return `_Ref_${safe}_${h.toString(36)}`.slice(0, 40);
}
