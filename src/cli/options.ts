import type { Locale } from '../diagnostics/translate.js';
import type { OutputFormat } from '../report/index.js';

/** Options shared by every command: declared once here, filled from flags and the environment. */
export interface GlobalOptions {
  locale: Locale;
  color: boolean;
  quiet: boolean;
  debug: boolean;
}

export interface ValidateOptions extends GlobalOptions {
  format: OutputFormat;
  strict: boolean;
  stage?: 1 | 2 | 3 | 4;
}

export function resolveLocale(flag: string | undefined, env: NodeJS.ProcessEnv): Locale {
  const value = (flag ?? env.SMARTCITY_LANG ?? 'id').toLowerCase();
  return value.startsWith('en') ? 'en' : 'id';
}

/** Colour only on a terminal, and never with NO_COLOR (any value) or --no-color. */
export function resolveColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}
