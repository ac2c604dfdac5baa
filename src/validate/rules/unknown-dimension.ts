import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { listAllowed, suggest } from '../../diagnostics/suggest.js';
import type { DataPath } from '../../load/locate.js';
import type { LoadedDocument } from '../../load/types.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/**
 * SC3005 / SC3006: every `dimension` is a dimension of the framework, and every `element` an
 * element of that dimension. An element is only checked when its dimension is known, so one
 * wrong dimension gives one error, not one more per program.
 */
export const unknownDimension: CrossFileRule = {
  name: 'unknown-dimension',
  check(ctx) {
    const framework = ctx.framework;
    if (!framework) return []; // the manifest failed its schema: the framework is unknown
    const out: Diagnostic[] = [];
    const dimensionOk = (id: string, doc: LoadedDocument, path: DataPath): boolean => {
      if (framework.elements.has(id)) return true;
      const allowed = framework.dimensionIds;
      out.push(report('SC3005', { id, allowed: listAllowed(allowed) }, doc, path, { suggestion: suggest(id, allowed) }));
      return false;
    };
    const element = (dimension: string, id: string, doc: LoadedDocument, path: DataPath) => {
      const elements = framework.elements.get(dimension);
      if (!elements || elements.has(id)) return;
      const allowed = [...elements];
      out.push(report('SC3006', { id, dimension, allowed: listAllowed(allowed) }, doc, path, { suggestion: suggest(id, allowed) }));
    };
    for (const { doc, data } of ctx.docs.DimensionStrategy) {
      if (!dimensionOk(data.dimension, doc, ['dimension'])) continue;
      (data.strategies ?? []).forEach((s, i) => s.element !== undefined && element(data.dimension, s.element, doc, ['strategies', i, 'element']));
      (data.programs ?? []).forEach((p, i) => element(data.dimension, p.element, doc, ['programs', i, 'element']));
    }
    for (const { doc, data } of ctx.docs.QuickWins) {
      data.quick_wins.forEach((q, i) => {
        if (dimensionOk(q.dimension, doc, ['quick_wins', i, 'dimension'])) element(q.dimension, q.element, doc, ['quick_wins', i, 'element']);
      });
    }
    for (const { doc, data } of ctx.docs.GapAnalysis) {
      (data.gaps ?? []).forEach((g, i) => g.dimension !== undefined && dimensionOk(g.dimension, doc, ['gaps', i, 'dimension']));
    }
    return out;
  },
};
