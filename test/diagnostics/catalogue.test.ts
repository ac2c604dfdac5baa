import { describe, expect, it } from 'vitest';
import { CODES, type Code } from '../../src/diagnostics/codes.js';
import { messagesEn } from '../../src/diagnostics/messages.en.js';
import { messagesId } from '../../src/diagnostics/messages.id.js';
import { catalogue, DATA_WORDS, t, type Locale } from '../../src/diagnostics/translate.js';

const codes = Object.keys(CODES) as Code[];
const locales: Record<Locale, Record<string, string>> = { id: messagesId, en: messagesEn };

function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

describe('message catalogues', () => {
  it('are the catalogues translate.ts uses', () => {
    expect(catalogue('id')).toBe(messagesId);
    expect(catalogue('en')).toBe(messagesEn);
  });

  it.each(Object.keys(locales) as Locale[])('%s has a non-empty message for every code', (locale) => {
    const missing = codes.filter((code) => typeof locales[locale][code] !== 'string' || locales[locale][code].trim() === '');
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(locales) as Locale[])('%s has no entry for an unknown code', (locale) => {
    expect(Object.keys(locales[locale]).filter((code) => !Object.prototype.hasOwnProperty.call(CODES, code))).toEqual([]);
  });

  it('id and en use the same placeholders for every code', () => {
    const differ = codes
      .filter((code) => placeholders(messagesId[code]).join() !== placeholders(messagesEn[code]).join())
      .map((code) => ({ code, id: placeholders(messagesId[code]), en: placeholders(messagesEn[code]) }));
    expect(differ).toEqual([]);
  });

  it('every placeholder is well-formed (no stray or unbalanced braces)', () => {
    for (const locale of Object.keys(locales) as Locale[]) {
      for (const code of codes) {
        const rest = locales[locale][code].replace(/\{\w+\}/g, '');
        expect(rest, `${locale} ${code}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('every placeholder is filled when its data is given', () => {
    for (const locale of Object.keys(locales) as Locale[]) {
      for (const code of codes) {
        const data = Object.fromEntries(placeholders(messagesEn[code]).map((name) => [name, 'X']));
        expect(t(code, data, locale), `${locale} ${code}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('codes are unique by name and follow the SCnnnn form', () => {
    for (const code of codes) expect(code).toMatch(/^SC[1-9]\d{3}$/);
    const names = codes.map((code) => CODES[code].name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('data-word translators name known codes and placeholders of those codes', () => {
    for (const locale of Object.keys(DATA_WORDS) as Locale[]) {
      for (const [code, words] of Object.entries(DATA_WORDS[locale])) {
        expect(Object.prototype.hasOwnProperty.call(CODES, code), code).toBe(true);
        const names = placeholders(messagesEn[code as Code]);
        for (const key of Object.keys(words ?? {})) expect(names, `${code} {${key}}`).toContain(key);
      }
    }
  });
});
