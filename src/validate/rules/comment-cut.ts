import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { CODES } from '../../diagnostics/codes.js';
import { span } from '../../load/locate.js';
import { scalars } from '../../load/tree.js';
import type { CrossFileRule } from './types.js';

/**
 * SC1035: `name: Satu Data #1 Prioritas` reads as "Satu Data" plus a comment. A comment written on
 * purpose starts "# " (with a space); a plain text value followed on its line by " #" and a
 * non-space character is almost always text the writer meant to keep.
 */
export const commentCut: CrossFileRule = {
  name: 'comment-cut',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const doc of ctx.project.documents) {
      const text = doc.source.text;
      for (const node of scalars(doc.tree.contents)) {
        if (typeof node.value !== 'string') continue;
        const [start, end] = node.range;
        // Plain scalars only: a quoted or block value keeps its `#`.
        if (/["'|>]/.test(text[start] ?? '')) continue;
        const m = /^([ \t]+)#(\S[^\n]*)/.exec(text.slice(end, text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end)));
        if (!m) continue;
        const comment = m[2].replace(/\r$/, '').trimEnd();
        out.push({ code: 'SC1035', severity: CODES.SC1035.severity, data: { value: node.value, comment }, location: span(doc.source, start, end + m[0].length) });
      }
    }
    return out;
  },
};
