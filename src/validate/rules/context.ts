import type { DocumentKind, LoadedDocument, LoadedProject } from '../../load/types.js';
import { DEFAULT_FUNDING_SOURCES, KOMINFO_FRAMEWORK, resolveFramework } from '../../model/framework.js';
import type { DocsByKind, FrameworkIndex, ProgramSite, QuickWinSite, RuleContext, Site } from './types.js';

/**
 * Indexes the project once: maps keyed by id, filled in one pass over the documents.
 * `valid` are the documents that passed their schema; `failed` the kinds of those that did not.
 */
export function buildContext(project: LoadedProject, valid: readonly LoadedDocument[], failed: ReadonlySet<DocumentKind>): RuleContext {
  const docs: DocsByKind = { Masterplan: [], RegionProfile: [], GapAnalysis: [], DimensionStrategy: [], QuickWins: [], Progress: [] };
  for (const doc of valid) {
    if (doc.kind) (docs[doc.kind] as { doc: LoadedDocument; data: unknown }[]).push({ doc, data: doc.data });
  }
  const manifest = docs.Masterplan[0];
  const profile = docs.RegionProfile[0];
  // Without a readable manifest the defaults apply, unless a manifest exists but failed its
  // schema: then its framework and funding sources are unknown and those checks are skipped.
  const manifestUnknown = !manifest && failed.has('Masterplan');

  const ctx: RuleContext = {
    project,
    docs,
    failed,
    manifest,
    profile,
    programs: new Map(),
    quickWins: new Map(),
    programsComplete: !failed.has('DimensionStrategy'),
    quickWinsComplete: !failed.has('QuickWins'),
  };
  if (manifest && manifest.data.period.start <= manifest.data.period.end) ctx.period = { ...manifest.data.period };
  if (!manifestUnknown) {
    ctx.framework = indexFramework(manifest ? resolveFramework(manifest.data.framework) : KOMINFO_FRAMEWORK);
    ctx.fundingSources = manifest?.data.funding_sources ?? DEFAULT_FUNDING_SOURCES;
    ctx.fundingSet = new Set(ctx.fundingSources);
  }
  if (profile) {
    const agencies = new Map<string, Site>();
    profile.data.agencies.forEach((a, i) => {
      if (!agencies.has(a.id)) agencies.set(a.id, { doc: profile.doc, path: ['agencies', i, 'id'] });
    });
    ctx.agencies = agencies;
  }
  const programs = ctx.programs as Map<string, ProgramSite>;
  for (const { doc, data } of docs.DimensionStrategy) {
    (data.programs ?? []).forEach((program, i) => {
      if (!programs.has(program.id)) programs.set(program.id, { doc, path: ['programs', i, 'id'], program, dimension: data.dimension });
    });
  }
  const quickWins = ctx.quickWins as Map<string, QuickWinSite>;
  for (const { doc, data } of docs.QuickWins) {
    data.quick_wins.forEach((quickWin, i) => {
      if (!quickWins.has(quickWin.id)) quickWins.set(quickWin.id, { doc, path: ['quick_wins', i, 'id'], quickWin });
    });
  }
  return ctx;
}

function indexFramework(dimensions: readonly { id: string; name: string; elements: { id: string }[] }[]): FrameworkIndex {
  const elements = new Map<string, Set<string>>();
  for (const d of dimensions) {
    if (!elements.has(d.id)) elements.set(d.id, new Set(d.elements.map((e) => e.id)));
  }
  return { dimensions: dimensions as FrameworkIndex['dimensions'], dimensionIds: [...elements.keys()], elements };
}
