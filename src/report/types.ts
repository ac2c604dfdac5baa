import type { Diagnostic } from '../diagnostics/diagnostic.js';

export interface FormatContext {
  locale: 'id' | 'en';
  /** ANSI colours; only the text formatter uses them. */
  color: boolean;
  /** Display file → source text, for code frames. A file not in the map gets no frame. */
  sources: Map<string, string>;
}

/** A formatter is pure: diagnostics in, the whole output out. */
export type Formatter = (diagnostics: readonly Diagnostic[], ctx: FormatContext) => string;
