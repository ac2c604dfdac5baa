/**
 * Typesetting, not content: characters that keep a line from breaking where a reader would stumble. The text a
 * reader copies from the PDF is unchanged (LibreOffice draws both as the plain glyph; measured in issue 17).
 */

/** Text as it is written into the document. */
export type Typeset = (text: string) => string;

/**
 * U+2011 NON-BREAKING HYPHEN. Chosen over Word's `<w:noBreakHyphen/>` element (issue 17, measured): LibreOffice
 * reads both as this character and lays both out the same; python-docx reads the element as nothing ("gov03")
 * and this character as a hyphen; Word saves the element as 0x1E in plain text. Liberation Sans and Serif have the
 * glyph, and LibreOffice's PDF carries an ASCII "-" for it, so "gov-03" is what a reader copies from the PDF.
 */
export const NO_BREAK_HYPHEN = '\u2011';

/** A no-break space after "Rp", "Tabel", "Gambar" and "BAB" before a number: "Rp 11.550.000.000" never splits. */
export function keepLabels(text: string): string {
  // Most cell texts have none of the words: four native searches are cheaper than the regular expression.
  if (!(text.includes('Rp ') || text.includes('Tabel ') || text.includes('Gambar ') || text.includes('BAB '))) return text;
  return text.replace(/\b(Rp|Tabel|Gambar|BAB) (?=[\dIVXL])/g, '$1\u00A0');
}

const MONTHS = 'Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember';
/** A month or "Tahun" before a year, a number before its time unit or month ("7 Juni"), the arrow of "38 → 600". */
const JOINED_SPACES = new RegExp(`\\b(${MONTHS}|Tahun|TAHUN) (?=\\d{4})|(\\d) (?=(?:bulan|tahun|hari|minggu|jam|menit|${MONTHS})\\b)|(\\d) → (?=\\d)`, 'g');
/** A hyphen after a one- or two-letter prefix ("e-planning") or inside an upper-case code ("PBB-P2", "e-PPGBM"). */
const JOINED_HYPHENS = /(?<![\p{L}\p{N}\u2011-])(\p{L}{1,2}|[\p{Lu}\p{N}]{2,})-(?=[\p{L}\p{N}])/gu;

/**
 * Spaces and hyphens a line should not break at (issue 17: "Maret 2024 (12 | bulan)", "0 | → 250", "e- | PPGBM",
 * "TAHUN | 2023–2032" in narrow cells and titles). Indonesian reduplications ("masing-masing") still break.
 */
export function keepTerms(text: string): string {
  let out = text;
  if (out.includes(' ')) out = out.replace(JOINED_SPACES, (_m, word: string | undefined, digit: string | undefined, before: string | undefined) => {
    if (word) return `${word}\u00A0`;
    if (digit) return `${digit}\u00A0`;
    return `${before}\u00A0→\u00A0`;
  });
  // A spaced dash between two dates or names ends a line, never starts one ("Desember 2026 –" / "November 2027").
  if (out.includes(' – ')) out = out.replace(/(\S) – /g, '$1\u00A0– ');
  if (out.includes('-')) out = out.replace(JOINED_HYPHENS, (_m, head: string) => `${head}${NO_BREAK_HYPHEN}`);
  return out;
}

/**
 * Candidates for an identifier: letters, digits, '_' and '.' joined by hyphens (a trailing full stop is tried off).
 * A candidate starts only where a run of those characters starts: the same matches, but a word without a hyphen is
 * rejected once rather than retried from each of its letters (half the time of typesetting a book; issue 17).
 */
const HYPHENATED = /(?<![\p{L}\p{N}_.])[\p{L}\p{N}_.]+(?:-[\p{L}\p{N}_.]+)+/gu;

/**
 * The typesetter of a document: labels kept with their numbers, and every hyphen inside one of `identifiers`
 * (as a whole token, not "gov-03" inside "xgov-03x") made a non-breaking hyphen.
 */
export function typesetter(identifiers: readonly string[] = []): Typeset {
  const key = identifiers.join('\n');
  if (last?.key === key) return last.typeset;
  const ids = new Set(identifiers.filter((id) => id.includes('-')));
  const keepIds = (text: string): string => {
    if (ids.size === 0 || !text.includes('-')) return text;
    return text.replace(HYPHENATED, (token) => {
      const id = ids.has(token) ? token : token.replace(/\.+$/, '');
      return ids.has(id) ? id.replaceAll('-', NO_BREAK_HYPHEN) + token.slice(id.length) : token;
    });
  };
  const typeset: Typeset = (text) => keepLabels(keepTerms(keepIds(text)));
  last = { key, typeset };
  return typeset;
}

/**
 * The last typesetter made: a book and its chapter files share one, so the tables they share are written once
 * (table.ts caches per typesetter).
 */
let last: { key: string; typeset: Typeset } | undefined;
