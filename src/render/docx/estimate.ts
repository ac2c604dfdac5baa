/**
 * A page estimate for the TOC when no measured pages are given (no LibreOffice): it counts lines per block
 * against the lines that fit on a page. It is an ESTIMATE: close for prose, rougher for tables and figures.
 * `renderDocxWithPages` (page-oracle.ts) replaces it with pages measured from a real layout.
 */
import type { Block, DocTree, Section } from '../../compose/tree.js';
import { roman } from '../../format/indonesian.js';
import { plainText } from './context.js';
import { columnsFor } from '../../layout/fit.js';
import { typesetter } from '../../layout/typeset.js';
import { textHeight, textWidth } from './page.js';
import { BODY_LINE, lineTwips } from './styles.js';
import { LINE_TWIPS_PER_HALF_POINT, ROW_EXTRA_LINES, rowLines } from './table-keep.js';

export function estimatePages(tree: DocTree, tocEntryCount: { toc: number; tables: number; figures: number }): Map<string, string> {
  const pages = new Map<string, string>();
  const { fontSize, paper } = tree.meta.style;
  const lineTw = lineTwips(fontSize, BODY_LINE);
  let displayed = 0;
  let style: Section['pageNumbers'] = 'none';
  let used = 0; // lines used on the current page
  let perPage = 1;
  let charsPerLine = 1;
  let width = 1;
  const typeset = typesetter(tree.meta.identifiers);
  const show = (): string => (style === 'roman' ? roman(displayed).toLowerCase() : style === 'arabic' ? String(displayed) : '');
  const newPage = (): void => { displayed += 1; used = 0; };
  const add = (lines: number): void => {
    used += lines;
    while (used > perPage) { displayed += 1; used -= perPage; }
  };
  const textLines = (chars: number, cpl = charsPerLine): number => Math.max(1, Math.ceil(chars / cpl)) + 0.35;
  const block = (b: Block): void => {
    switch (b.kind) {
      case 'heading':
        if (b.level === 1 && used > 0) newPage();
        pages.set(b.id, show());
        add(b.level === 1 ? 4 : 2);
        break;
      case 'frontTitle':
        if (used > 0) newPage();
        pages.set(b.id, show());
        add(3);
        break;
      case 'paragraph': add(textLines(plainText(b.content).length)); break;
      case 'list': b.items.forEach((item) => item.forEach(block)); break;
      case 'table': {
        pages.set(b.id, show());
        // Its rows as the writer estimates them for its keeps (table-keep.ts), at the columns and size it lays the
        // table out with (layout/fit.ts), in lines of body text; the caption and the space after, two lines.
        const { widths, size } = columnsFor(b, width, { style: tree.meta.style, typeset });
        const lines = [...b.head, ...b.body].reduce((n, row) => n + rowLines(row, widths, size) + ROW_EXTRA_LINES, 0);
        add(2 + (lines * size * LINE_TWIPS_PER_HALF_POINT) / lineTw + (b.note ? 1 : 0));
        break;
      }
      case 'figure': {
        if (used > perPage * 0.6) newPage();
        pages.set(b.id, show());
        add(b.image || b.chart || b.grid ? Math.min(perPage * 0.6, 16) : 2);
        break;
      }
      case 'toc': if (used > 0) newPage(); add(2 + tocEntryCount.toc * 0.8); break;
      case 'listOfTables': if (used > 0) newPage(); add(2 + tocEntryCount.tables * 0.8); break;
      case 'listOfFigures': if (used > 0) newPage(); add(2 + tocEntryCount.figures * 0.8); break;
      case 'pageBreak': newPage(); break;
      case 'cover': add(perPage); break;
      case 'signature': add(7 + (b.lines?.length ?? 0)); break;
      case 'provision': add(textLines(plainText(b.content).length + 12)); break;
      case 'attachmentHead': add(b.rows.length + 2); break;
      case 'emblem': add(5); break;
    }
  };
  tree.sections.forEach((s, i) => {
    perPage = Math.floor(textHeight(paper, s.orientation) / lineTw);
    width = textWidth(paper, s.orientation);
    charsPerLine = Math.floor(width / (fontSize * 20 * 0.5));
    if (i > 0) newPage();
    else displayed = 1;
    style = s.pageNumbers;
    if (s.restart) displayed = 1;
    s.blocks.forEach(block);
  });
  return pages;
}
