/**
 * Runs and plain paragraphs as WordprocessingML text, byte for byte what `docx` writes for the same options
 * (test/render/docx/table-xml.test.ts compares them). Used where blocks grow with the number of programs: table
 * cells and the paragraphs of BAB V; a `docx` object per run and property was most of the time and memory there.
 */
import type { Align, Inline } from '../../compose/tree.js';
import type { Typeset } from '../../layout/typeset.js';
import { fontSpans } from './fallback-fonts.js';

export const JC: Record<Align, string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Text as `docx` escapes it: the five XML entities, and control characters XML 1.0 does not allow dropped. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');
}

interface RunStyle { bold?: boolean; italics?: boolean }

/** Runs of inline content, merged like inlineRuns: adjacent text, and a line break before text, share a run. */
/** Where XML text is appended: an array, or a writer that turns it into bytes as it goes (table-xml.ts). */
export type Sink = Pick<string[], 'push'>;

export function runsXml<T extends Sink = string[]>(inlines: Inline[], typeset: Typeset, style: RunStyle = {}, out: T = [] as unknown as T): T {
  let text = '';
  let breaks = 0;
  const marks = `${style.bold ? '<w:b/><w:bCs/>' : ''}${style.italics ? '<w:i/><w:iCs/>' : ''}`;
  const rPr = (font?: string) => {
    const fonts = font ? `<w:rFonts w:ascii="${font}" w:cs="${font}" w:eastAsia="${font}" w:hAnsi="${font}"/>` : '';
    return fonts || marks ? `<w:rPr>${fonts}${marks}</w:rPr>` : '';
  };
  const flush = () => {
    if (!text) {
      if (breaks) out.push(`<w:r>${rPr()}${'<w:br/>'.repeat(breaks)}</w:r>`);
    } else {
      // A run per font, as inlineRuns writes them (fallback-fonts.ts).
      fontSpans(typeset(text)).forEach((s, k) => {
        out.push(`<w:r>${rPr(s.font)}${k === 0 ? '<w:br/>'.repeat(breaks) : ''}<w:t xml:space="preserve">${escapeXml(s.text)}</w:t></w:r>`);
      });
    }
    text = '';
    breaks = 0;
  };
  for (const i of inlines) {
    if (i.kind === 'text' || i.kind === 'ref') text += i.text;
    else if (i.kind === 'break') {
      flush();
      breaks = 1;
    } else {
      flush();
      runsXml(i.children, typeset, i.kind === 'strong' ? { ...style, bold: true } : { ...style, italics: true }, out);
    }
  }
  flush();
  return out;
}

/** A paragraph with an optional style and alignment, and no other properties. */
export function paragraphXml(content: Inline[], typeset: Typeset, opts: { style?: string; align?: Align; keepNext?: boolean }): string {
  const pPr = `${opts.style ? `<w:pStyle w:val="${opts.style}"/>` : ''}${opts.keepNext ? '<w:keepNext/>' : ''}${opts.align ? `<w:jc w:val="${JC[opts.align]}"/>` : ''}`;
  const inner = `${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runsXml(content, typeset).join('')}`;
  return inner ? `<w:p>${inner}</w:p>` : '<w:p/>';
}
