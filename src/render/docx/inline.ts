/** Inlines → runs. Text goes in verbatim: the docx library escapes XML itself. */
import { TextRun, type IRunOptions } from 'docx';
import type { Inline } from '../../compose/tree.js';

export type RunStyle = Pick<IRunOptions, 'bold' | 'italics' | 'size' | 'underline' | 'allCaps'>;

export function inlineRuns(inlines: Inline[], style: RunStyle = {}): TextRun[] {
  const out: TextRun[] = [];
  for (const i of inlines) {
    switch (i.kind) {
      case 'text':
      case 'ref':
        out.push(new TextRun({ ...style, text: typeset(i.text) }));
        break;
      case 'break':
        out.push(new TextRun({ ...style, break: 1 }));
        break;
      case 'strong':
        out.push(...inlineRuns(i.children, { ...style, bold: true }));
        break;
      case 'emph':
        out.push(...inlineRuns(i.children, { ...style, italics: true }));
        break;
    }
  }
  return out;
}

/**
 * Typesetting, not content: a no-break space after "Rp", "Tabel" and "Gambar" before a number, so
 * "Rp 11.550.000.000" or "Tabel 5.4" never split across lines.
 */
export function typeset(text: string): string {
  return text.replace(/\b(Rp|Tabel|Gambar|BAB) (?=[\dIVXL])/g, '$1\u00A0');
}
