/**
 * Scalars for the fast YAML reader, resolved exactly as the `yaml` library (v2) does with
 * `schema: 'core'`: the same tests in the same order, the same conversions. A quoted scalar is read
 * only when it closes on its own line and holds nothing the library would report.
 */

/** A plain scalar's value under the YAML 1.2 core schema (the library's core tags, in its order). */
export function resolvePlain(text: string): unknown {
  // Only these first characters can make a null, a boolean or a number: most scalars are words.
  if (text !== '' && !'~nNtTfF0123456789+-.'.includes(text[0])) return text;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text)) return text[0] === 't' || text[0] === 'T';
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    if (text.slice(-3).toLowerCase() === 'nan') return NaN;
    return text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}

export interface Quoted {
  value: string;
  /** Offset just after the closing quote. */
  end: number;
}

/** A single-quoted scalar starting at `start` (the quote) and closing before `lineEnd`. */
export function readSingleQuoted(text: string, start: number, lineEnd: number): Quoted | undefined {
  let value = '';
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf("'", from);
    if (quote === -1 || quote >= lineEnd) return undefined; // multi-line or unclosed: the library's
    value += text.slice(from, quote);
    if (text[quote + 1] !== "'") return { value, end: quote + 1 };
    value += "'";
    from = quote + 2;
  }
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** From a position, the run of characters up to the next quote, backslash or line break. */
const DOUBLE_QUOTED_RUN = /[^"\\\n]*/y;

/** A double-quoted scalar starting at `start` (the quote) and closing before `lineEnd`. */
export function readDoubleQuoted(text: string, start: number, lineEnd: number): Quoted | undefined {
  let value = '';
  let from = start + 1;
  for (let i = from; i < lineEnd; i++) {
    DOUBLE_QUOTED_RUN.lastIndex = i;
    DOUBLE_QUOTED_RUN.test(text);
    i = DOUBLE_QUOTED_RUN.lastIndex;
    if (i >= lineEnd) break;
    const ch = text[i];
    if (ch === '"') return { value: value + text.slice(from, i), end: i + 1 };
    if (ch !== '\\') continue;
    value += text.slice(from, i);
    const next = text[i + 1];
    const simple = ESCAPES[next];
    if (simple !== undefined) {
      value += simple;
      i += 1;
    } else if (HEX_LENGTH[next] !== undefined) {
      const digits = text.substr(i + 2, HEX_LENGTH[next]);
      if (digits.length !== HEX_LENGTH[next] || !/^[0-9a-fA-F]+$/.test(digits)) return undefined;
      const code = parseInt(digits, 16);
      if (code > 0x10ffff) return undefined; // an error in the library
      value += String.fromCodePoint(code);
      i += 1 + digits.length;
    } else {
      return undefined; // an invalid escape, or a line break inside the quotes
    }
    from = i + 1;
  }
  return undefined;
}
