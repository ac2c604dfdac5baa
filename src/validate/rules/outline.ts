import { existsSync } from 'node:fs';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { FIGURES } from '../../compose/figures/index.js';
import { resolveOutline, type OutlineInput } from '../../compose/book/outline.js';
import { templateCandidates } from '../../compose/template-files.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/**
 * SC6005: every chapter and section the manifest's `outline` names is built in or has a template (in the
 * project's `templates/` or built in), so a consultant's `validate` finds what `build` would refuse.
 * The same resolution as the book's composer (compose/book/outline.ts), without loading Handlebars.
 */
export const outline: CrossFileRule = {
  name: 'outline',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const { doc, data } of ctx.docs.Masterplan) {
      if (!data.outline) continue;
      const hasTemplate = (name: string) => templateCandidates(name, 'id', ctx.project.root).some((f) => existsSync(f));
      const { problems } = resolveOutline(data.outline as OutlineInput, hasTemplate, Object.keys(FIGURES));
      for (const p of problems) out.push(report('SC6005', { id: p.id, allowed: p.known.join(', ') || '-' }, doc, p.path));
    }
    return out;
  },
};
