import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { CODES, type Code } from '../../diagnostics/codes.js';
import { position, span } from '../../load/locate.js';
import { scalars } from '../../load/tree.js';
import type { LoadedProject, SourceFile } from '../../load/types.js';
import type { CrossFileRule } from './types.js';

/** `init` marks every example value with this word; a value still holding it would be printed in the book. */
const MARKER = /\bCONTOH\b/;

/**
 * One finding per file that still holds example values: its lines, located at the first. Only
 * values count (they reach the book); comments mentioning CONTOH do not.
 */
export function exampleMarkers(project: LoadedProject, code: Code, data: Diagnostic['data'] = {}): Diagnostic[] {
  const byFile = new Map<SourceFile, (readonly [number, number])[]>();
  for (const doc of project.documents) {
    for (const node of scalars(doc.tree.contents)) {
      if (typeof node.value !== 'string' || !MARKER.test(node.value)) continue;
      const ranges = byFile.get(doc.source) ?? [];
      ranges.push(node.range);
      byFile.set(doc.source, ranges);
    }
  }
  const out: Diagnostic[] = [];
  for (const [source, ranges] of byFile) {
    const lines = [...new Set(ranges.map(([start]) => position(source, start).line))].sort((a, b) => a - b);
    const [start, end] = ranges.reduce((a, b) => (b[0] < a[0] ? b : a));
    out.push({ code, severity: CODES[code].severity, data: { ...data, count: lines.length, lines: lines.join(', ') }, location: span(source, start, end) });
  }
  return out;
}

/** SC1034: example values left from `init` (an error under --stage 4, SC4040). */
export const exampleMarkersRule: CrossFileRule = {
  name: 'example-markers',
  check: (ctx) => exampleMarkers(ctx.project, 'SC1034'),
};
