/** The workbook's shared string table (xl/sharedStrings.xml): each distinct text once, numbered by first use. */
import { escapeXml, XML_DECLARATION } from './xml.js';

export class SharedStrings {
  private readonly index = new Map<string, number>();
  /** String cells written, repeats included (the table's `count`). */
  count = 0;

  add(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(text, i);
    }
    return i;
  }

  /** The part in pieces of a few hundred strings, never joined whole (see render/zip.ts). */
  xml(): string[] {
    const out = [`${XML_DECLARATION}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.index.size}">`];
    let piece = '';
    let n = 0;
    for (const text of this.index.keys()) {
      // Leading or trailing white space, or a line break, is kept only when marked so.
      piece += /^\s|\n|\s$/.test(text) ? `<si><t xml:space="preserve">${escapeXml(text)}</t></si>` : `<si><t>${escapeXml(text)}</t></si>`;
      if (++n % 512 === 0) {
        out.push(piece);
        piece = '';
      }
    }
    out.push(`${piece}</sst>`);
    return out;
  }
}
