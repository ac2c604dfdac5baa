// The page checker's glyph rule (issue 17): a symbol or emoji of the laid-out document that no font of the PDF can
// draw. LibreOffice writes the character into the PDF's text either way, so the text alone cannot tell: it shows an
// empty box when no font on the machine has the glyph, and nothing at all when the only one is a colour-bitmap font
// (Noto Color Emoji: LibreOffice 7.4 embeds it without outlines; measured in issue 17). A character is drawn when a
// font embedded in the PDF is one that fontconfig, which LibreOffice asks, lists with an outline glyph for it.
import { spawnSync } from 'node:child_process';

/** Code points worth asking about: from Miscellaneous Technical on (symbols, dingbats, emoji), not the joiners. */
const symbolic = (cp) => cp >= 0x2300 && cp !== 0xfe0f && cp !== 0xfe0e && !(cp >= 0xe0020 && cp <= 0xe007f);

/** "EAAAAA+DejaVuSans-Bold" and "DejaVu Sans" alike → "dejavusans": a font's family, comparable across the two. */
export const familyKey = (name) => name.replace(/^[A-Z]{6}\+/, '').replace(/-.*$/, '').replace(/\s+/g, '').toLowerCase();

/** The fonts embedded in a PDF (pdffonts), as family keys. */
export function pdfFonts(pdf) {
  const out = spawnSync('pdffonts', [pdf], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`page-check: pdffonts failed on ${pdf}\n${out.stderr}`);
  return [...new Set(out.stdout.split('\n').slice(2).map((l) => l.split(/\s+/)[0]).filter(Boolean).map(familyKey))];
}

const families = new Map();

/** The families of this machine's fonts with an outline glyph for `cp` (fontconfig), as family keys. */
export function outlineFamilies(cp) {
  let known = families.get(cp);
  if (!known) {
    const out = spawnSync('fc-list', [`:charset=${cp.toString(16)}:outline=true`, 'family'], { encoding: 'utf8' });
    known = new Set(out.stdout.split(/[\n,]/).map((f) => f.trim()).filter(Boolean).map(familyKey));
    families.set(cp, known);
  }
  return known;
}

/**
 * Defects of kind `glyph`, one per character and page: a symbolic character of the pages' text that none of `fonts`
 * (family keys) can draw, `drawers(cp)` giving the family keys that can.
 */
export function missingGlyphs(pages, fonts, drawers = outlineFamilies) {
  const defects = [];
  pages.forEach((p, i) => {
    const seen = new Set();
    for (const line of p.lines) for (const word of line.words) for (const ch of word.text) {
      const cp = ch.codePointAt(0);
      if (!symbolic(cp) || seen.has(cp)) continue;
      seen.add(cp);
      const can = drawers(cp);
      if (!fonts.some((f) => can.has(f))) defects.push({ kind: 'glyph', page: i + 1, text: `${ch} U+${cp.toString(16).toUpperCase()}` });
    }
  });
  return defects;
}
