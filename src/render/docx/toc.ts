/**
 * Daftar Isi / Daftar Tabel / Daftar Gambar: one paragraph per entry, linked to the bookmark on its heading or caption,
 * its page number a PAGEREF field written clean with the measured (or estimated) number as its result.
 *
 * Why PAGEREF fields and no TOC field around them: LibreOffice computes a PAGEREF outside a TOC field while it lays
 * the book out (inside one it prints the stored result), so the one layout that measures the pages already shows the
 * right numbers, and its PDF is final. Word shows the stored result on opening, without the update-fields prompt;
 * F9 recomputes it from Word's own layout.
 */
import { AlignmentType, InternalHyperlink, LeaderType, Paragraph, SimpleField, Tab, TabStopType, TextRun, type FileChild } from 'docx';
import { bookmarkName, type Ctx, type Entry } from './context.js';
import { fontSpans } from './fallback-fonts.js';
import { STYLE } from './styles.js';

const ROMAN = /^[ivxlcdm]+$/i;

/**
 * A page in roman numerals (the front matter before the lists, e.g. Kata Pengantar's "i") is written as text:
 * LibreOffice 7.4 shows a PAGEREF in arabic whatever the page's numbering, and ignores `\* roman`.
 */
export const writtenAsText = (page: string): boolean => page === '' || ROMAN.test(page);

function pageNumber(e: Entry, page: string): SimpleField | TextRun {
  return writtenAsText(page) ? new TextRun(page) : new SimpleField(` PAGEREF ${bookmarkName(e.id)} \\h `, page);
}

/** The entry's text, an emoji or symbol in a font that has it (as in the heading it lists). */
const entryText = (text: string): TextRun[] => fontSpans(text).map((s) => new TextRun({ text: s.text, ...(s.font ? { font: s.font } : {}) }));

function entryParagraph(ctx: Ctx, e: Entry, style: string): Paragraph {
  return new Paragraph({
    style,
    tabStops: [{ type: TabStopType.RIGHT, position: ctx.textWidth, leader: LeaderType.DOT }],
    children: [
      new InternalHyperlink({
        anchor: bookmarkName(e.id),
        children: [...entryText(e.text), new TextRun({ children: [new Tab()] }), pageNumber(e, ctx.pages.get(e.id) ?? '')],
      }),
    ],
  });
}

function title(text: string): Paragraph {
  // Title style (not Heading1): the list's own title must not list itself.
  return new Paragraph({ style: STYLE.title, pageBreakBefore: true, alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [new TextRun({ text })] });
}

export function tocBlock(ctx: Ctx, kind: 'toc' | 'listOfTables' | 'listOfFigures', text: string): FileChild[] {
  const list = kind === 'toc' ? 'toc' : kind === 'listOfTables' ? 'tables' : 'figures';
  const entries = ctx.entries.filter((e) => e.list === list);
  return [title(text), ...entries.map((e) => entryParagraph(ctx, e, list === 'toc' ? `TOC${Math.min(3, e.level)}` : STYLE.tof))];
}
