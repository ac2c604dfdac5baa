import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { nodeAt } from '../../load/tree.js';
import type { LoadedDocument } from '../../load/types.js';
import { DEFAULT_WEIGHTS } from '../../model/framework.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/**
 * The self-assessment of a Progress document: SC5005 the weights (given or default) sum to
 * 100; SC5006 every score has a weight of the same name; SC5010 every score is written with at
 * most two decimals, because the index is computed in exact hundredths.
 */
export const progressAssessment: CrossFileRule = {
  name: 'progress-assessment',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const { doc, data } of ctx.docs.Progress) {
      const assessment = data.assessment;
      if (!assessment) continue;
      const weights = (assessment.weights ?? DEFAULT_WEIGHTS) as Record<string, number>;
      if (assessment.weights) {
        // Hundredths as integers: 33.33 + 33.33 + 33.34 is 100 exactly, not 99.99999….
        const hundredths = Object.values(weights).reduce((sum, w) => sum + Math.round(w * 100), 0);
        if (hundredths !== 10000) out.push(report('SC5005', { sum: hundredths / 100 }, doc, ['assessment', 'weights'], { target: 'key' }));
      }
      for (const component of Object.keys(assessment.scores ?? {})) {
        const path = ['assessment', 'scores', component];
        if (!Object.prototype.hasOwnProperty.call(weights, component)) out.push(report('SC5006', { component }, doc, path, { target: 'key' }));
        const written = sourceText(doc, path);
        if (written !== undefined && decimals(written) > 2) out.push(report('SC5010', { value: written, component }, doc, path));
      }
    }
    return out;
  },
};

/** The number exactly as the user wrote it: float math would turn 3.1 into 3.1000000000000001. */
export function sourceText(doc: LoadedDocument, path: string[]): string | undefined {
  const node = nodeAt(doc.tree, path);
  if (node?.kind !== 'scalar') return undefined;
  return doc.source.text.slice(node.range[0], node.range[1]).trim();
}

/** Decimal places of a written number, ignoring trailing zeros ("3.10" → 1, "3.125" → 3, "1e-3" → 3). */
export function decimals(written: string): number {
  const m = /^[-+]?\d*(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(written);
  if (!m) return 0;
  const fraction = (m[1] ?? '').replace(/0+$/, '');
  return Math.max(0, fraction.length - Number(m[2] ?? 0));
}
