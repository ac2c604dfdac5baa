import type { Code } from './codes.js';
import { messagesEn } from './messages.en.js';
import { messagesId } from './messages.id.js';

export type Locale = 'id' | 'en';

const catalogues: Record<Locale, Record<Code, string>> = { id: messagesId, en: messagesEn };

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than blank. */
export function interpolate(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
}

export function t(code: Code, data: Record<string, string | number>, locale: Locale): string {
  return interpolate(catalogues[locale][code], data);
}

export function catalogue(locale: Locale): Record<Code, string> {
  return catalogues[locale];
}
