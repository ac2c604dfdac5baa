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
import { STYLE, TOC_LEVEL_INDENT } from './styles.js';
import { textTwips } from '../../layout/widths.js';

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

/** What the page number and a few leader dots need at the end of an entry's last line (twips, ~1.2 cm). */
const NUMBER_ROOM = 680;

/**
 * The entry's text, split where a line break goes when its last line would reach into the page number's room:
 * there LibreOffice put the number on a line of its own, or left it no leader (issue 17: "Tabel 2.3 … persandian",
 * then "......5" below). The break goes before the last word; entries that fit are one piece, as before.
 */
export function numberRoomSplit(text: string, widthTwips: number, measure: (s: string) => number): string[] {
  const words = text.split(' ');
  let line = '';
  let lineStart = 0;
  words.forEach((w, i) => {
    const next = line ? `${line} ${w}` : w;
    if (line && measure(next) > widthTwips) {
      line = w;
      lineStart = i;
    } else line = next;
  });
  // Room enough, or the last line is one word already (a break before it changes nothing).
  if (measure(line) <= widthTwips - NUMBER_ROOM || lineStart === words.length - 1) return [text];
  return [words.slice(0, -1).join(' '), words[words.length - 1]];
}

function entryParagraph(ctx: Ctx, e: Entry, style: string): Paragraph {
  const level = style.startsWith('TOC') ? Number(style.slice(3)) : 1;
  const bold = style === 'TOC1';
  const measure = (t: string) => textTwips(t, ctx.meta.style.fontSize * 2, bold, ctx.meta.style.font);
  const [head, tail] = numberRoomSplit(e.text, ctx.textWidth - (level - 1) * TOC_LEVEL_INDENT, measure);
  const text = tail === undefined ? entryText(head) : [...entryText(head), new TextRun({ break: 1 }), ...entryText(tail)];
  return new Paragraph({
    style,
    tabStops: [{ type: TabStopType.RIGHT, position: ctx.textWidth, leader: LeaderType.DOT }],
    children: [
      new InternalHyperlink({
        anchor: bookmarkName(e.id),
        children: [...text, new TextRun({ children: [new Tab()] }), pageNumber(e, ctx.pages.get(e.id) ?? '')],
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
