/**
 * A page estimate for the TOC when no measured pages are given (no LibreOffice): it counts lines per block
 * against the lines that fit on a page. It is an ESTIMATE: close for prose, rougher for tables and figures.
 * `renderDocxWithPages` (page-oracle.ts) replaces it with pages measured from a real layout.
 */
import type { Block, DocTree, Section } from '../../compose/tree.js';
import { roman } from '../../format/indonesian.js';
import { plainText } from './context.js';
import { textHeight, textWidth } from './page.js';

export function estimatePages(tree: DocTree, tocEntryCount: { toc: number; tables: number; figures: number }): Map<string, string> {
  const pages = new Map<string, string>();
  const { fontSize, paper } = tree.meta.style;
  const lineTw = fontSize * 20 * 1.15 * 1.5; // Normal is 1.5 lines of the font's ~1.15 em line (styles.ts, lineSpacing)
  let displayed = 0;
  let style: Section['pageNumbers'] = 'none';
  let used = 0; // lines used on the current page
  let perPage = 1;
  let charsPerLine = 1;
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
        const cpl = charsPerLine * (b.dense ? 1.5 : 1.25);
        const rows = [...b.head, ...b.body].reduce((n, row) => {
          const widest = Math.max(1, ...row.map((c) => Math.ceil(plainText(c.content).length / Math.max(4, cpl / Math.max(1, row.length)))));
          return n + widest * 0.75;
        }, 0);
        add(2 + rows * (b.dense ? 0.85 : 1) + (b.note ? 1 : 0));
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
    charsPerLine = Math.floor(textWidth(paper, s.orientation) / (fontSize * 20 * 0.5));
    if (i > 0) newPage();
    else displayed = 1;
    style = s.pageNumbers;
    if (s.restart) displayed = 1;
    s.blocks.forEach(block);
  });
  return pages;
}
