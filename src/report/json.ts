/**
 * `--format json`: a stable shape for scripts. Keys always appear in this order; a key whose value
 * is absent is omitted (run-level diagnostics have no file/line/column; `related` is omitted when empty).
 *
 * {
 *   "version": 1,
 *   "summary": { "errors": 0, "warnings": 0, "infos": 0 },
 *   "diagnostics": [{
 *     "code": "SC3003", "name": "ref/duplicate-id", "severity": "error" | "warning" | "info",
 *     "message": "…in the chosen locale…",
 *     "file": "programs.yaml", "line": 3, "column": 7, "endLine": 3, "endColumn": 12,  // 1-based
 *     "path": ["programs", 0, "id"], "suggestion": "…",
 *     "related": [{ "file": "…", "line": 1, "column": 7 }]
 *   }]
 * }
 *
 * Diagnostics are sorted by file, position and code, so the output does not depend on rule order.
 * Bump `version` on any incompatible change.
 */
import { countDiagnostics, sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { codeName } from '../diagnostics/codes.js';
import { t } from '../diagnostics/translate.js';
import type { FormatContext, Formatter } from './types.js';

function entry(d: Diagnostic, ctx: FormatContext): Record<string, unknown> {
  const l = d.location;
  // JSON.stringify drops undefined values, which gives "absent values omitted" with a fixed key order.
  return {
    code: d.code,
    name: codeName(d.code),
    severity: d.severity,
    message: t(d.code, d.data, ctx.locale),
    file: l?.file,
    line: l?.start.line,
    column: l?.start.column,
    endLine: l?.end.line,
    endColumn: l?.end.column,
    path: d.path,
    suggestion: d.suggestion,
    related: d.related?.length
      ? d.related.map((r) => ({ file: r.file, line: r.start.line, column: r.start.column }))
      : undefined,
  };
}

export const formatJson: Formatter = (diagnostics, ctx) => {
  const sorted = sortDiagnostics(diagnostics);
  const doc = {
    version: 1,
    summary: countDiagnostics(sorted),
    diagnostics: sorted.map((d) => entry(d, ctx)),
  };
  return JSON.stringify(doc, null, 2) + '\n';
};
