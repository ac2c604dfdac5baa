/**
 * Table column widths from the content: a column is never narrower than its longest unbreakable word or number
 * at the table's font size ("Diskominfo", "1.580.000.000"), so the layout never breaks one inside; the width a
 * column needs beyond that comes from the columns with room to spare, in proportion to their spare room. Nothing of
 * DOCX: the writer sizes columns and fonts with these measures, and compose chooses a table's page and unit with
 * the same ones (fit.ts).
 */
import type { Cell, Table } from '../compose/tree.js';
import type { Typeset } from './typeset.js';

/**
 * Advance widths (1/1000 em) of ASCII 32–126 in Helvetica / Arial (Liberation Sans is metric-compatible), regular
 * and bold, from the Adobe AFM files. Times New Roman is narrower everywhere, so these bound serif text too.
 */
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611,
  611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

/** Fonts whose widths the table above bounds; any other font may be wider (DejaVu Sans stands in): 15% more. */
const KNOWN_FONTS = /^(arial|helvetica|liberation (sans|serif)|arimo|tinos|times( new roman)?|calibri|carlito|cambria|caladea|georgia)$/i;

/** Cell margins left + right (twips), set once on every table (table.ts). */
export const CELL_MARGINS = 160;
/** Room for rounding in the layout engine: a word exactly as wide as its cell may still wrap. */
const SLACK = 60;

/** Width of `text` in twips at `halfPoints`. */
export function textTwips(text: string, halfPoints: number, bold: boolean, font: string): number {
  const table = bold ? BOLD : REGULAR;
  let em = 0;
  for (const ch of text) em += advance(ch.codePointAt(0)!, table);
  return emToTwips(em, halfPoints, font);
}

/** Advance width (1/1000 em) of one code point. */
function advance(code: number, table: readonly number[]): number {
  if (code >= 32 && code <= 126) return table[code - 32];
  if (code === 0x2011) return table['-'.charCodeAt(0) - 32]; // a non-breaking hyphen is drawn as '-'
  if (code === 0xa0) return table[0]; // a no-break space is as wide as a space
  if (code < 0x2000) return table === BOLD ? 611 : 556; // Latin letters with diacritics, ², °
  if (code <= 0x206f) return code === 0x2022 ? 350 : 1000; // bullet; dashes and quotes at most an em
  return 1000; // symbols, CJK, emoji: an em
}

/** 1/1000 em → twips at `halfPoints` (1 pt = 20 twips; halfPoints / 2 pt per em), rounded up. */
function emToTwips(em: number, halfPoints: number, font: string): number {
  const scale = KNOWN_FONTS.test(font.trim()) ? 1 : 1.15;
  return Math.ceil((em / 1000) * (halfPoints / 2) * 20 * scale);
}

/**
 * The pieces of text a line may not break inside, in text as typeset (typeset.ts): split at spaces, after a
 * hyphen, and after a slash between two letters (LibreOffice breaks "Kabupaten/Kota" and "e-planning", but keeps
 * a reference number such as "188.45/112/Huk/2023" whole). An identifier's hyphens are non-breaking hyphens by
 * then, so "gov‑03" is one piece; so is anything joined by a no-break space ("Rp 1.580.000.000").
 */
export function unbreakables(text: string): string[] {
  // A no-break space joins (it is \s to JavaScript, so the split names the spaces a line breaks at).
  return text.split(/[^\S\u00A0]+/).flatMap((w) => w.split(/(?<=-)|(?<=\p{L}\/)(?=\p{L})/u)).filter((w) => w !== '');
}

/**
 * The widest piece of `text` (as unbreakables splits it) in 1/1000 em, in one pass over its characters: the width
 * of the piece being read grows until a break, with no substrings or regular expressions (a table of 1,000
 * programs has tens of thousands of cells; issue 17).
 */
function widestPieceEm(text: string, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  let widest = 0;
  let piece = 0;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (breaksAt(code)) {
      if (piece > widest) widest = piece;
      piece = 0;
    } else {
      piece += advance(code, table);
      // A line may break after a hyphen, and after a slash between two letters.
      if (code === 0x2d || (code === 0x2f && isLetter(prev) && isLetter(text.codePointAt(i + 1) ?? 0))) {
        if (piece > widest) widest = piece;
        piece = 0;
      }
    }
    prev = code;
  }
  return piece > widest ? piece : widest;
}

/** The widest unbreakable piece of `text` in twips at `halfPoints`. */
export const widestPiece = (text: string, halfPoints: number, bold: boolean, font: string): number =>
  emToTwips(widestPieceEm(text, bold), halfPoints, font);

/** The white space a line breaks at: JavaScript's \s without the no-break space (which joins). */
function breaksAt(code: number): boolean {
  if (code === 0x20) return true;
  if (code < 0x80) return code >= 0x09 && code <= 0x0d;
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const LETTER = /\p{L}/u;
function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER.test(String.fromCodePoint(code));
}

function cellText(c: Cell): string {
  // Most cells are one run of text.
  if (c.content.length === 1 && c.content[0].kind === 'text') return c.content[0].text;
  const walk = (xs: Cell['content']): string =>
    xs.map((x) => (x.kind === 'break' ? ' ' : x.kind === 'text' || x.kind === 'ref' ? x.text : walk(x.children))).join('');
  return walk(c.content);
}

const isBold = (c: Cell, header: boolean) => header || Boolean(c.bold) || c.shade === 'total' || c.shade === 'group' || c.content.some((x) => x.kind === 'strong');

/** Each column's minimum width (twips): its longest unbreakable piece in a one-column cell, plus margins. */
export function minimumWidths(t: Pick<Table, 'columns' | 'head' | 'body'>, halfPoints: number, font: string, typeset: Typeset): number[] {
  return columnEms(t, typeset).map((em) => (em === 0 ? 0 : emToTwips(em, halfPoints, font) + CELL_MARGINS + SLACK));
}

type Measured = Pick<Table, 'columns' | 'head' | 'body'>;

/**
 * Each column's widest piece in 1/1000 em, the same at every font size, so a table tried at 11, 9 and 8 pt is read
 * once (the widest piece in twips is the widest in em converted: the conversion only grows with em).
 */
const measured = new WeakMap<Measured, { typeset: Typeset; ems: number[] }>();

function columnEms(t: Measured, typeset: Typeset): number[] {
  const known = measured.get(t);
  if (known?.typeset === typeset) return known.ems;
  const ems = t.columns.map(() => 0);
  // Texts repeat within a table ("Penanggung jawab:", an OPD's name, "-"): each measured once, regular and bold.
  const seen = [new Map<string, number>(), new Map<string, number>()];
  // Columns still covered by a rowSpan from a row above: the cells given for a row skip them.
  const covered = t.columns.map(() => 0);
  const measureRow = (cells: Cell[], header: boolean) => {
    let col = 0;
    for (const c of cells) {
      while (col < covered.length && covered[col] > 0) col++;
      const span = c.colSpan ?? 1;
      if (span === 1 && col < ems.length) {
        const bold = isBold(c, header);
        const text = cellText(c);
        const memo = seen[bold ? 1 : 0];
        let em = memo.get(text);
        if (em === undefined) memo.set(text, (em = widestPieceEm(typeset(text), bold)));
        if (em > ems[col]) ems[col] = em;
      }
      if ((c.rowSpan ?? 1) > 1) for (let k = col; k < col + span && k < covered.length; k++) covered[k] = c.rowSpan!;
      col += span;
    }
    for (let k = 0; k < covered.length; k++) if (covered[k] > 0) covered[k] -= 1;
  };
  for (const r of t.head) measureRow(r, true);
  for (const r of t.body) measureRow(r, false);
  measured.set(t, { typeset, ems });
  return ems;
}

/**
 * Widths (twips, summing to `total`) starting from `wanted` with every column raised to its minimum; undefined
 * when the minimums alone are wider than `total` (the table cannot fit at this font size).
 */
export function fitToContent(wanted: number[], minimum: number[], total: number): number[] | undefined {
  const needed = minimum.reduce((a, b) => a + b, 0);
  if (needed > total) return undefined;
  const out = wanted.map((w, i) => Math.max(w, minimum[i]));
  let excess = out.reduce((a, b) => a + b, 0) - total;
  // Take the excess from the columns above their minimum, in proportion to their room; repeat for rounding.
  for (let round = 0; excess > 0 && round < 4; round++) {
    const room = out.map((w, i) => w - minimum[i]);
    const free = room.reduce((a, b) => a + b, 0);
    if (free <= 0) break;
    const share = room.map((r) => Math.min(r, Math.ceil((excess * r) / free)));
    share.forEach((s, i) => { out[i] -= s; });
    excess -= share.reduce((a, b) => a + b, 0);
  }
  // Rounding: the widest column absorbs what is left, so the table is exactly the text width.
  const widest = out.reduce((best, w, k) => (w > out[best] ? k : best), 0);
  out[widest] += total - out.reduce((a, b) => a + b, 0);
  return out;
}
