import type { Code } from './codes.js';
import { messagesEn } from './messages.en.js';
import { messagesId } from './messages.id.js';

export type Locale = 'id' | 'en';

const catalogues: Record<Locale, Record<Code, string>> = { id: messagesId, en: messagesEn };

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than blank. */
function interpolate(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
}

export function t(code: Code, data: Record<string, string | number>, locale: Locale): string {
  return interpolate(catalogues[locale][code], localizeData(code, data, locale));
}

export function catalogue(locale: Locale): Record<Code, string> {
  return catalogues[locale];
}

/**
 * Data words. A few diagnostics carry English words in their data (kept English there, as in
 * the JSON output, so that data stays stable): type names from the schema check, reasons of
 * the loader and of the logo rule. The sentence is localised here, not where the diagnostic is
 * made. A value not listed is shown as it is (an OS error code such as ENOENT, a user's text).
 */
type DataTranslator = (value: string) => string;

/** Type names as from-ajv.ts writes them. */
const TYPE_WORDS_ID: Record<string, string> = {
  text: 'teks',
  number: 'angka',
  'whole number': 'bilangan bulat',
  'true/false': 'boolean (true/false)',
  list: 'daftar',
  mapping: 'objek',
  'empty value': 'nilai kosong',
  // SC1004 names the JavaScript type of a non-mapping document.
  string: 'teks',
  boolean: 'boolean (true/false)',
  object: 'objek',
};

/** "text or whole number" → "teks atau bilangan bulat". */
function typeListId(value: string): string {
  return value
    .split(' or ')
    .map((word) => TYPE_WORDS_ID[word] ?? word)
    .join(' atau ');
}

/** A found value: a type name, optionally followed by the value ("text "abc"", "number 5"). */
function foundId(value: string): string {
  if (Object.prototype.hasOwnProperty.call(TYPE_WORDS_ID, value)) return TYPE_WORDS_ID[value];
  // Longest names first, so that "whole number" is not read as "whole" + "number".
  const names = Object.keys(TYPE_WORDS_ID).sort((a, b) => b.length - a.length);
  for (const name of names) {
    if (value.startsWith(`${name} `)) return `${TYPE_WORDS_ID[name]}${value.slice(name.length)}`;
  }
  return value;
}

/** SC2006: "date (YYYY-MM-DD)", "month (YYYY-MM)", "pattern ^…$". */
function formatId(value: string): string {
  if (value.startsWith('date ')) return `tanggal${value.slice('date'.length)}`;
  if (value.startsWith('month ')) return `bulan${value.slice('month'.length)}`;
  if (value.startsWith('pattern ')) return `pola${value.slice('pattern'.length)}`;
  return value;
}

/** SC3018 reasons, as src/validate/rules/logo.ts writes them. */
const LOGO_REASONS_ID: Record<string, string> = {
  'absolute path; write it relative to this file': 'path absolut; tuliskan relatif terhadap berkas ini',
  'outside the project folder': 'berada di luar folder proyek',
  'outside the project folder (symbolic link)': 'berada di luar folder proyek (tautan simbolis)',
  'file not found': 'berkas tidak ditemukan',
  'not a file': 'bukan berkas',
  'not a PNG or JPEG image': 'bukan gambar PNG atau JPEG',
};

function logoReasonId(value: string): string {
  const known = LOGO_REASONS_ID[value];
  if (known !== undefined) return known;
  const larger = /^larger than (.+)$/.exec(value);
  return larger ? `lebih besar dari ${larger[1]}` : value;
}

/** Per locale, per code, per placeholder: how to say an English data word. */
export const DATA_WORDS: Record<Locale, Partial<Record<Code, Record<string, DataTranslator>>>> = {
  en: {},
  id: {
    SC1004: { found: foundId },
    SC2002: { expected: typeListId, found: foundId },
    SC2006: { format: formatId },
    SC3018: { reason: logoReasonId },
  },
};

function localizeData(code: Code, data: Record<string, string | number>, locale: Locale): Record<string, string | number> {
  const words = DATA_WORDS[locale][code];
  if (!words) return data;
  const out = { ...data };
  for (const [key, translate] of Object.entries(words)) {
    const value = out[key];
    if (typeof value === 'string') out[key] = translate(value);
  }
  return out;
}
