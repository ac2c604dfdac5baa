/**
 * Daftar Isi / Daftar Tabel / Daftar Gambar as real TOC fields, written CLEAN with cached entries and page
 * numbers, so Word shows them on first open without F9 and without the update-fields prompt
 * (the document does not set `updateFields`). Entries link to bookmarks on the headings and captions (\h).
 */
import { AlignmentType, InternalHyperlink, LeaderType, Paragraph, StyleLevel, Tab, TabStopType, TableOfContents, TextRun, type FileChild } from 'docx';
import { bookmarkName, type Ctx, type Entry } from './context.js';
import { STYLE } from './styles.js';

function entryParagraph(ctx: Ctx, e: Entry, style: string): Paragraph {
  const page = ctx.pages.get(e.id) ?? '';
  return new Paragraph({
    style,
    tabStops: [{ type: TabStopType.RIGHT, position: ctx.textWidth, leader: LeaderType.DOT }],
    children: [
      new InternalHyperlink({
        anchor: bookmarkName(e.id),
        children: [new TextRun({ text: e.text }), new TextRun({ children: [new Tab(), page] })],
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
  const paragraphs = entries.map((e) => entryParagraph(ctx, e, list === 'toc' ? `TOC${Math.min(3, e.level)}` : STYLE.tof));
  const field =
    list === 'toc'
      ? new TableOfContents(text, {
          hyperlink: true,
          headingStyleRange: '1-3',
          useAppliedParagraphOutlineLevel: true,
          hideTabAndPageNumbersInWebView: true,
          beginDirty: false,
          contentChildren: paragraphs,
        })
      : new TableOfContents(text, {
          hyperlink: true,
          hideTabAndPageNumbersInWebView: true,
          // Captions are plain text (numbers known at compose time), so the list is built from their style.
          stylesWithLevels: [new StyleLevel(list === 'tables' ? STYLE.tableCaption : STYLE.figureCaption, 1)],
          beginDirty: false,
          contentChildren: paragraphs,
        });
  return [title(text), field];
}
