import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { CODES } from '../../diagnostics/codes.js';
import { locate, locateDocument } from '../../load/locate.js';
import type { DocumentKind, LoadedDocument } from '../../load/types.js';
import { report } from './report.js';
import type { CrossFileRule, RuleContext } from './types.js';

/** How many documents of a kind a project may hold (INPUT-FORMAT "Every document starts with"). */
const LIMITS: { kind: DocumentKind; min: number; max: number }[] = [
  { kind: 'Masterplan', min: 1, max: 1 },
  { kind: 'RegionProfile', min: 1, max: 1 },
  { kind: 'GapAnalysis', min: 0, max: 1 },
];

/**
 * SC3001 / SC3002 / SC3014. Counts every routed document, including those that failed their
 * schema: a RegionProfile with a typo is still there, so "no RegionProfile" would be wrong.
 * Likewise a document the loader could not route (syntax error, misspelt kind): ctx.failed.
 */
export const documentCount: CrossFileRule = {
  name: 'document-count',
  check(ctx) {
    const out: Diagnostic[] = [];
    const byKind = new Map<DocumentKind, LoadedDocument[]>();
    for (const doc of ctx.project.documents) {
      if (doc.kind) byKind.set(doc.kind, [...(byKind.get(doc.kind) ?? []), doc]);
    }
    for (const { kind, min, max } of LIMITS) {
      const found = byKind.get(kind) ?? [];
      if (found.length < min && !ctx.failed.has(kind)) {
        const missing = missingDocument(ctx, kind);
        if (missing) out.push(missing);
      }
      for (const extra of found.slice(max)) {
        out.push({ code: 'SC3002', severity: CODES.SC3002.severity, data: { kind }, path: [], location: locateDocument(extra), related: [locateDocument(found[0])] });
      }
    }
    out.push(...duplicateStrategies(ctx));
    return out;
  },
};

function missingDocument(ctx: RuleContext, kind: DocumentKind): Diagnostic | undefined {
  // No smartcity.yaml at all is already SC1013; saying "no Masterplan" too would repeat it.
  if (kind === 'Masterplan' && ctx.project.diagnostics.some((d) => d.code === 'SC1013')) return undefined;
  const d: Diagnostic = { code: 'SC3001', severity: CODES.SC3001.severity, data: { kind } };
  // The manifest is where a project is described, so it is the place to point at.
  const anchor = ctx.project.documents.find((doc) => doc.kind === 'Masterplan') ?? manifestFileDocument(ctx);
  if (anchor) d.location = locateDocument(anchor);
  return d;
}

function manifestFileDocument(ctx: RuleContext): LoadedDocument | undefined {
  return ctx.project.documents.find((doc) => doc.source.absPath.endsWith('/smartcity.yaml') || doc.source.absPath.endsWith('\\smartcity.yaml'));
}

/** SC3014: one DimensionStrategy per dimension; the second names the first. */
function duplicateStrategies(ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const first = new Map<string, LoadedDocument>();
  for (const { doc, data } of ctx.docs.DimensionStrategy) {
    const seen = first.get(data.dimension);
    if (!seen) {
      first.set(data.dimension, doc);
      continue;
    }
    out.push(report('SC3014', { dimension: data.dimension }, doc, ['dimension'], { related: [locate(seen, ['dimension'])] }));
  }
  return out;
}
