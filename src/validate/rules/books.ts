import { existsSync } from 'node:fs';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { listAllowed, suggest } from '../../diagnostics/suggest.js';
import { FIGURES } from '../../compose/figures/index.js';
import { resolveBookSet, type BookInput } from '../../compose/books/resolve.js';
import { templateCandidates } from '../../compose/template-files.js';
import type { DataPath } from '../../load/locate.js';
import type { LoadedDocument } from '../../load/types.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/**
 * The book set and the new dimension lists of the manifest, profile and gap analysis:
 * - SC3023 a book that is neither built in nor given `chapters`; SC3024 a book or file name listed twice; SC6005 a
 *   chapter or section of a book that is not known (the same resolution as build, compose/books/resolve.ts);
 * - SC3005 a dimension id in `missions`, `strategic_issues` or the RPJMD missions that the framework lacks.
 */
export const books: CrossFileRule = {
  name: 'books',
  check(ctx) {
    const out: Diagnostic[] = [];
    const framework = ctx.framework;
    const dimensions = (ids: unknown, doc: LoadedDocument, path: DataPath) => {
      if (!framework || !Array.isArray(ids)) return;
      ids.forEach((id, i) => {
        if (typeof id !== 'string' || framework.elements.has(id)) return;
        out.push(report('SC3005', { id, allowed: listAllowed(framework.dimensionIds) }, doc, [...path, i], { suggestion: suggest(id, framework.dimensionIds) }));
      });
    };
    const missions = (list: unknown, doc: LoadedDocument, path: DataPath) => {
      if (!Array.isArray(list)) return;
      list.forEach((m, i) => typeof m === 'object' && m !== null && dimensions((m as { dimensions?: unknown }).dimensions, doc, [...path, i, 'dimensions']));
    };
    for (const { doc, data } of ctx.docs.Masterplan) {
      missions(data.missions, doc, ['missions']);
      (data.strategic_issues ?? []).forEach((s, i) => dimensions(s.dimensions, doc, ['strategic_issues', i, 'dimensions']));
      if (!data.books) continue;
      const region = ctx.profile?.data.region ?? { type: 'kabupaten' as const, name: '' };
      const hasTemplate = (name: string) => templateCandidates(name, 'id', ctx.project.root).some((f) => existsSync(f));
      const { problems } = resolveBookSet(data.books as BookInput[], { region, period: data.period, hasTemplate, figureKeys: Object.keys(FIGURES) });
      for (const p of problems) out.push(report(p.code, p.data, doc, p.path, p.suggestionFrom ? { suggestion: suggest(p.data.id, p.suggestionFrom) } : {}));
    }
    for (const { doc, data } of ctx.docs.RegionProfile) missions(data.rpjmd?.missions, doc, ['rpjmd', 'missions']);
    return out;
  },
};
