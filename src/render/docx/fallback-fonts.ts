/**
 * Fonts for the characters a book's font has no glyph for (issue 17: a 📱 in a quick win's name printed as an
 * empty box). Arial and Times New Roman have neither emoji nor the symbol blocks below, so a run holding them names
 * the font Word itself sets when one is inserted on Windows: Segoe UI Emoji (colour) and Segoe UI Symbol. Where
 * those are missing (LibreOffice on Linux), fontconfig substitutes them and LibreOffice takes each glyph from a font
 * that has it: DejaVu Sans for ✓ and ★, Symbola for emoji (.ci/run installs it; measured in issue 17).
 */

export const EMOJI_FONT = 'Segoe UI Emoji';
export const SYMBOL_FONT = 'Segoe UI Symbol';

/** A piece of a run's text, and the font it needs (none: the paragraph's). */
export interface Span {
  text: string;
  font?: string;
}

/**
 * Anything that may need another font: the symbol blocks, emoji (planes 1's pictographs, regional indicators), the
 * emoji variation selector and keycap. Most text has none, and is returned whole without the search below.
 */
const MAYBE = /[\u2300-\u23FF\u2460-\u24FF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u20E3\u{1F000}-\u{1FAFF}]/u;

/**
 * One emoji as a reader sees it: a keycap (1️⃣), a flag (two regional indicators), or a pictograph drawn as emoji
 * (by default, or asked for with U+FE0F) with its skin tone, tags and zero-width-joined parts (👩‍💻).
 */
const EMOJI = /[#*0-9]\uFE0F?\u20E3|\p{Regional_Indicator}{1,2}|(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:[\u{1F3FB}-\u{1F3FF}\uFE0F\u{E0020}-\u{E007F}]|\u200D(?:\p{Emoji_Presentation}|\p{Extended_Pictographic})\uFE0F?)*/u;

/**
 * Symbols drawn as text: Miscellaneous Technical, Enclosed Alphanumerics (①), Miscellaneous Symbols (★),
 * Dingbats (✓) and Miscellaneous Symbols and Arrows: blocks Segoe UI Symbol covers and Arial does not.
 */
const SYMBOL = /[\u2300-\u23FF\u2460-\u24FF\u2600-\u27BF\u2B00-\u2BFF]+/u;

const PIECE = new RegExp(`(${EMOJI.source})|(${SYMBOL.source})`, 'gu');

/** `text` split where its font changes: each emoji and each run of symbols apart, with their font. */
export function fontSpans(text: string): Span[] {
  if (!MAYBE.test(text)) return [{ text }];
  const out: Span[] = [];
  let at = 0;
  for (const m of text.matchAll(PIECE)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    const font = m[1] !== undefined ? EMOJI_FONT : SYMBOL_FONT;
    const last = out[out.length - 1];
    // Emoji side by side share one run.
    if (last?.font === font) last.text += m[0];
    else out.push({ text: m[0], font });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
