import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { locate } from '../../load/locate.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/**
 * SC3017: in a custom framework, dimension ids are unique, and element ids are unique within
 * their dimension (programs name an element of their own dimension, so that is enough).
 */
export const frameworkIds: CrossFileRule = {
  name: 'framework-ids',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const { doc, data } of ctx.docs.Masterplan) {
      if (data.framework === undefined || data.framework === 'kominfo') continue;
      const dims = new Map<string, number>();
      data.framework.dimensions.forEach((dim, i) => {
        const path = ['framework', 'dimensions', i, 'id'];
        const first = dims.get(dim.id);
        if (first === undefined) dims.set(dim.id, i);
        else out.push(report('SC3017', { id: dim.id }, doc, path, { related: [locate(doc, ['framework', 'dimensions', first, 'id'])] }));
        const elements = new Map<string, number>();
        dim.elements.forEach((el, j) => {
          const at = elements.get(el.id);
          const elPath = ['framework', 'dimensions', i, 'elements', j, 'id'];
          if (at === undefined) elements.set(el.id, j);
          else out.push(report('SC3017', { id: el.id }, doc, elPath, { related: [locate(doc, ['framework', 'dimensions', i, 'elements', at, 'id'])] }));
        });
      });
    }
    return out;
  },
};
