import type { Code } from './codes.js';

/** 1-based line and column; offset is the 0-based character offset in the source text. */
export interface Pos {
  line: number;
  column: number;
  offset: number;
}

export interface SourceLocation {
  /** Path as shown to the user (relative to the working directory). */
  file: string;
  start: Pos;
  end: Pos;
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem found in the input, as plain data. Nothing that creates one knows how it is printed. */
export interface Diagnostic {
  code: Code;
  severity: Severity;
  /** Fills the placeholders of the sentence for `code` in the message catalogues. */
  data: Record<string, string | number>;
  /** Absent only for run-level problems (e.g. no manifest in the folder). */
  location?: SourceLocation;
  /** Data path inside the document, e.g. ['programs', 3, 'lead']. */
  path?: readonly (string | number)[];
  /** A did-you-mean value, shown as a hint. */
  suggestion?: string;
  /** Other places involved, e.g. where a duplicate id was first defined. */
  related?: readonly SourceLocation[];
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: file, line, column, code. Output must not depend on rule order. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => {
    const fa = a.location?.file ?? '';
    const fb = b.location?.file ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.location?.start.offset ?? -1;
    const lb = b.location?.start.offset ?? -1;
    if (la !== lb) return la - lb;
    if (a.code !== b.code) return a.code < b.code ? -1 : 1;
    return severityRank[a.severity] - severityRank[b.severity];
  });
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countDiagnostics(list: readonly Diagnostic[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of list) {
    if (d.severity === 'error') counts.errors++;
    else if (d.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** `--strict`: warnings become errors. */
export function promoteWarnings(list: readonly Diagnostic[]): Diagnostic[] {
  return list.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' } : d));
}

