/**
 * Section properties: page size and orientation, margins, running header, footer with a centred PAGE field,
 * page-number format (lowerRoman / decimal) and restart. A 'none' section (the cover) gets empty header and
 * footer so nothing is inherited.
 */
import { AlignmentType, Footer, Header, NumberFormat, PageNumber, Paragraph, SectionType, TextRun, type ISectionOptions } from 'docx';
import type { DocMeta, Section } from '../../compose/tree.js';
import { MARGIN, pageSize } from './page.js';

export function sectionOptions(meta: DocMeta, s: Section, index: number, children: ISectionOptions['children']): ISectionOptions {
  const none = s.pageNumbers === 'none';
  const small = Math.max(16, meta.style.fontSize * 2 - 4);
  const header = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        border: none || !s.header ? undefined : { bottom: { style: 'single', size: 4, color: '000000', space: 1 } },
        children: none || !s.header ? [] : [new TextRun({ text: s.header, italics: true, size: small })],
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: none ? [] : [new TextRun({ children: [PageNumber.CURRENT], size: small })],
      }),
    ],
  });
  const formatType = s.pageNumbers === 'roman' ? NumberFormat.LOWER_ROMAN : NumberFormat.DECIMAL;
  return {
    properties: {
      type: index === 0 ? undefined : SectionType.NEXT_PAGE,
      page: {
        size: pageSize(meta.style.paper, s.orientation),
        margin: MARGIN,
        pageNumbers: { formatType, ...(s.restart ? { start: s.startAt ?? 1 } : {}) },
      },
    },
    headers: { default: header },
    footers: { default: footer },
    children,
  };
}
