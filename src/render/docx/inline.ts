/** Inlines → runs. Text goes in verbatim: the docx library escapes XML itself. */
import { TextRun, type IRunOptions } from 'docx';
import type { Inline } from '../../compose/tree.js';
import type { Typeset } from '../../layout/typeset.js';
import { fontSpans } from './fallback-fonts.js';

export type RunStyle = Pick<IRunOptions, 'bold' | 'italics' | 'size' | 'underline' | 'allCaps'>;

export function inlineRuns(inlines: Inline[], typeset: Typeset, style: RunStyle = {}): TextRun[] {
  const out: TextRun[] = [];
  // Adjacent text and a line break before text share one run: big tables stay small in XML.
  let text = '';
  let breaks = 0;
  const flush = () => {
    if (!text) {
      if (breaks) out.push(new TextRun({ ...style, break: breaks }));
    } else {
      // A run per font: emoji and symbols name a font that has them (fallback-fonts.ts); the breaks open the first.
      fontSpans(typeset(text)).forEach((s, k) => {
        out.push(new TextRun({ ...style, ...(s.font ? { font: s.font } : {}), ...(breaks && k === 0 ? { break: breaks } : {}), text: s.text }));
      });
    }
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
        out.push(...inlineRuns(i.children, typeset, { ...style, bold: true }));
        break;
      case 'emph':
        flush();
        out.push(...inlineRuns(i.children, typeset, { ...style, italics: true }));
        break;
    }
  }
  flush();
  return out;
}
