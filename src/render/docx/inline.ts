/** Inlines → runs. Text goes in verbatim: the docx library escapes XML itself. */
import { TextRun, type IRunOptions } from 'docx';
import type { Inline } from '../../compose/tree.js';

export type RunStyle = Pick<IRunOptions, 'bold' | 'italics' | 'size' | 'underline' | 'allCaps'>;

export function inlineRuns(inlines: Inline[], style: RunStyle = {}): TextRun[] {
  const out: TextRun[] = [];
  // Adjacent text and a line break before text share one run: big tables stay small in XML.
  let text = '';
  let breaks = 0;
  const flush = () => {
    if (text || breaks) out.push(new TextRun({ ...style, ...(breaks ? { break: breaks } : {}), ...(text ? { text: typeset(text) } : {}) }));
    text = '';
    breaks = 0;
  };
  for (const i of inlines) {
    switch (i.kind) {
      case 'text':
      case 'ref':
        text += i.text;
        break;
      case 'break':
        flush();
        breaks = 1;
        break;
      case 'strong':
        flush();
        out.push(...inlineRuns(i.children, { ...style, bold: true }));
        break;
      case 'emph':
        flush();
        out.push(...inlineRuns(i.children, { ...style, italics: true }));
        break;
    }
  }
  flush();
  return out;
}

/**
 * Typesetting, not content: a no-break space after "Rp", "Tabel" and "Gambar" before a number, so
 * "Rp 11.550.000.000" or "Tabel 5.4" never split across lines.
 */
export function typeset(text: string): string {
  // Most cell texts have none of the words: four native searches are cheaper than the regular expression.
  if (!(text.includes('Rp ') || text.includes('Tabel ') || text.includes('Gambar ') || text.includes('BAB '))) return text;
  return text.replace(/\b(Rp|Tabel|Gambar|BAB) (?=[\dIVXL])/g, '$1\u00A0');
}
