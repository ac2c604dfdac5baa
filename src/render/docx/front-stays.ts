/**
 * Whether writing the measured page numbers into Daftar Isi / Tabel / Gambar can move any page. The body restarts
 * at page 1, so only the front matter can move, and only if a list line wraps differently with its new number.
 * It cannot when the new number is as wide as the one the layout had, or when the entry, its number (the wider of
 * the two) and a run of leader dots fit on one line either way. Saying so spares a second layout of the front
 * matter (issue 22); when unsure (a font whose widths are not known, a long entry), the answer is no.
 */
import type { DocTree } from '../../compose/tree.js';
import type { Entry } from './context.js';
import { textWidth } from './page.js';
import { textTwips, widthsBound } from './widths.js';

// Fonts whose digits all have one width (tabular figures), so a 2-digit page number is as wide as any other.
const TABULAR_DIGITS = /^(arial|helvetica|liberation (sans|serif|mono)|times new roman|calibri|carlito|cambria|caladea|dejavu (sans|serif)|courier new|verdana|tahoma)$/i;
/** TOC 2 and 3 are indented by this much per level (styles.ts). */
const TOC_INDENT = 440;
/** Leader dots kept between an entry and its number, in em: room for rounding in the layout engine too. */
const LEADER_EM = 3;

const arabic = (s: string) => /^\d+$/.test(s);

/** `was` → `now` in a font with tabular digits: the same number of digits is the same width. */
function sameWidth(was: string, now: string, font: string): boolean {
  return was === now || (TABULAR_DIGITS.test(font.trim()) && arabic(was) && arabic(now) && was.length === now.length);
}

/** The entry's line holds its text, LEADER_EM of dots and the wider number, in the front matter's (portrait) text width. */
function fitsOneLine(tree: DocTree, e: Entry, was: string, now: string): boolean {
  const { font, fontSize, paper } = tree.meta.style;
  if (!widthsBound(font)) return false;
  const halfPoints = fontSize * 2;
  const level = Math.min(3, e.level);
  const bold = e.list === 'toc' && level === 1; // TOC 1 is bold
  const indent = e.list === 'toc' ? (level - 1) * TOC_INDENT : 0;
  const number = Math.max(textTwips(was, halfPoints, bold, font), textTwips(now, halfPoints, bold, font));
  const leader = LEADER_EM * (halfPoints / 2) * 20;
  return indent + textTwips(e.text, halfPoints, bold, font) + leader + number <= textWidth(paper, 'portrait');
}

/** True when no list line can wrap differently with `measured` in place of the `written` numbers. */
export function frontStays(tree: DocTree, entries: readonly Entry[], written: Map<string, string>, measured: Map<string, string>): boolean {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return [...measured].every(([id, now]) => {
    const was = written.get(id) ?? '';
    const entry = byId.get(id);
    return sameWidth(was, now, tree.meta.style.font) || (entry !== undefined && fitsOneLine(tree, entry, was, now));
  });
}
