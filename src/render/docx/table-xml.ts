/**
 * A table's WordprocessingML written as text, not through `docx` objects. Program, roadmap and appendix
 * tables grow with the number of programs; at 1,000 programs their `docx` object trees were most of the
 * build's time and memory (an object per cell, paragraph, run and property, then an XML tree of them).
 * The markup is what `docx` wrote for the same options, element order per the OOXML schema
 * (tblPr → tblGrid → tr; trPr → tc; tcPr: tcW, gridSpan, vMerge, shd, vAlign; pPr: pStyle, keepNext, jc;
 * rPr: b, bCs, i, iCs).
 */
import type { Align, Cell, Inline } from '../../compose/tree.js';
import { JC, runsXml, type Sink } from './text-xml.js';
import type { Typeset } from '../../layout/typeset.js';

export interface TableLayout {
  widths: number[];
  /** Paragraph style of body and header cells. */
  style: string;
  /** Whether a row (header row or body row `index`) may not split across pages (header rows never do). */
  cantSplit: (cells: Cell[], header: boolean, index: number) => boolean;
  /** Whether body row `index` stays on the page of the row after it (keepNext on its paragraphs). */
  keepWithNext: (index: number) => boolean;
  /** A column's default alignment. */
  columnAlign: (col: number) => Align | undefined;
  /** Cell margins (twips) set once on the table. */
  margins: { left: number; right: number; top: number; bottom: number };
  /** The document's typesetter (identifiers kept whole). */
  typeset: Typeset;
  /** The table's source note ("Sumber: …") and its paragraph style: written as the table's last row (noteRow). */
  note?: { content: Inline[]; style: string };
}

const SHADE = {
  header: 'D9E2F3', group: 'EDEDED', total: 'F2F2F2',
  // Risk bands, green to red, light enough for black text.
  'risk-very_low': 'A9D18E', 'risk-low': 'D8E4BC', 'risk-medium': 'FFE699', 'risk-high': 'F4B183', 'risk-very_high': 'FF8B8B',
} as const;
const BORDER = 'w:val="single" w:color="000000" w:sz="4"';

/** The `<w:tbl>` element of a table with at least one row. */
export function tableXml(head: Cell[][], body: Cell[][], layout: TableLayout): string {
  const out: string[] = [];
  writeTable(head, body, layout, out);
  return out.join('');
}

/**
 * tableXml as UTF-8 bytes, encoded row by row as it is written: a table of 10,000 programs is ~30 MB of XML,
 * which as one array of small strings, then one two-byte string ("•", "→"), then bytes took three times that.
 */
export function tableXmlBytes(head: Cell[][], body: Cell[][], layout: TableLayout): Uint8Array {
  const sink = new ByteSink();
  writeTable(head, body, layout, sink);
  return sink.bytes();
}

/** Collects text and encodes it as UTF-8 in chunks of about 64 K characters. */
class ByteSink implements Sink {
  private readonly chunks: Buffer[] = [];
  private parts: string[] = [];
  private length = 0;

  push(...items: string[]): number {
    for (const item of items) {
      this.parts.push(item);
      this.length += item.length;
    }
    if (this.length >= 1 << 16) this.flush();
    return this.parts.length;
  }

  bytes(): Uint8Array {
    this.flush();
    return Buffer.concat(this.chunks);
  }

  private flush(): void {
    this.chunks.push(Buffer.from(this.parts.join(''), 'utf8'));
    this.parts = [];
    this.length = 0;
  }
}

function writeTable(head: Cell[][], body: Cell[][], layout: TableLayout, out: Sink): void {
  const { widths, margins } = layout;
  const total = widths.reduce((a, b) => a + b, 0);
  out.push(
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/><w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/>`,
    `<w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:type="dxa" w:w="${margins.top}"/>`,
    `<w:left w:type="dxa" w:w="${margins.left}"/><w:bottom w:type="dxa" w:w="${margins.bottom}"/><w:right w:type="dxa" w:w="${margins.right}"/></w:tblCellMar></w:tblPr><w:tblGrid>`,
    ...widths.map((w) => `<w:gridCol w:w="${w}"/>`),
    '</w:tblGrid>',
  );
  // Rows still covered by a rowSpan from above, per column, and the span of the cell that covers them:
  // Word wants a continuation cell (`<w:vMerge/>`) there, which the cells given for that row leave out.
  const covered: { rows: number; span: number }[] = widths.map(() => ({ rows: 0, span: 1 }));
  const widthOf = (col: number, span: number) => {
    let w = 0;
    for (let k = col; k < col + span && k < widths.length; k++) w += widths[k];
    return w;
  };
  const row = (cells: Cell[], header: boolean, index: number, keep: boolean) => {
    // `docx` spells a row that may split as cantSplit "off"; kept, so both writers' tables are the same.
    out.push(`<w:tr><w:trPr>${layout.cantSplit(cells, header, index) ? '<w:cantSplit/>' : '<w:cantSplit w:val="off"/>'}${header ? '<w:tblHeader/>' : ''}</w:trPr>`);
    let col = 0;
    const continuation = () => {
      while (col < covered.length && covered[col].rows > 0) {
        const span = Math.max(1, covered[col].span);
        out.push(`<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widthOf(col, span)}"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}<w:vMerge/></w:tcPr><w:p/></w:tc>`);
        col += span;
      }
    };
    for (const c of cells) {
      continuation();
      const span = c.colSpan ?? 1;
      const rows = c.rowSpan ?? 1;
      const shade = header ? SHADE.header : c.shade ? SHADE[c.shade] : undefined;
      const align = c.align ?? (header ? 'center' : layout.columnAlign(col));
      out.push(
        `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widthOf(col, span)}"/>`,
        span > 1 ? `<w:gridSpan w:val="${span}"/>` : '',
        rows > 1 ? '<w:vMerge w:val="restart"/>' : '',
        shade ? `<w:shd w:fill="${shade}" w:color="auto" w:val="clear"/>` : '',
        // A group row (an element's name) stays on the page of its first program.
        `<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="${layout.style}"/>${keep || c.shade === 'group' ? '<w:keepNext/>' : ''}`,
        align ? `<w:jc w:val="${JC[align]}"/>` : '',
        '</w:pPr>',
      );
      runsXml(c.content, layout.typeset, { bold: header || c.bold || c.shade === 'total' }, out);
      out.push('</w:p></w:tc>');
      if (rows > 1) for (let k = col; k < col + span && k < covered.length; k++) covered[k] = { rows, span: k === col ? span : 0 };
      col += span;
    }
    continuation();
    out.push('</w:tr>');
    for (const c of covered) if (c.rows > 0) c.rows -= 1;
  };
  // A header row keeps with the row below it: a header never ends a page alone (keepWithNext says how far the body
  // holds on).
  head.forEach((r, i) => row(r, true, i, true));
  body.forEach((r, i) => row(r, false, i, layout.keepWithNext(i)));
  if (layout.note) noteRow(layout.note, total, widths.length, layout.typeset, out);
  out.push('</w:tbl>');
}

/**
 * The source note as the table's last row, one cell across the table with no side or bottom border: it reads as the
 * note paragraph under the table. A paragraph after a table that runs over pages is left alone overleaf whenever
 * the last row ends a page: LibreOffice keeps a split table's last row with the next paragraph only on the table's
 * first page (measured, 7.4), while it does keep one row with the next inside the table (issue 17).
 */
function noteRow(note: NonNullable<TableLayout['note']>, width: number, columns: number, typeset: Typeset, out: Sink): void {
  const none = (side: string) => `<w:${side} w:val="nil"/>`;
  out.push(
    `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>`,
    columns > 1 ? `<w:gridSpan w:val="${columns}"/>` : '',
    `<w:tcBorders>${none('left')}${none('bottom')}${none('right')}</w:tcBorders><w:tcMar><w:left w:type="dxa" w:w="0"/></w:tcMar></w:tcPr>`,
    // The note style's space after is left to the paragraph after the table (table.ts), so the gap stays the same.
    `<w:p><w:pPr><w:pStyle w:val="${note.style}"/><w:spacing w:after="0"/></w:pPr>`,
  );
  runsXml(note.content, typeset, {}, out);
  out.push('</w:p></w:tc></w:tr>');
}
