import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Code } from '../diagnostics/codes.js';
import { locateDocument, type DataPath } from '../load/locate.js';
import type { LoadedDocument } from '../load/types.js';
import { exampleMarkers } from './rules/example-markers.js';
import { dimensionsWithQuickWin, dimensionsWithStrategy } from './rules/coverage.js';
import { report, reportAtProject } from './rules/report.js';
import type { RuleContext } from './rules/types.js';
import { missingCriteria } from '../model/quick-win-evaluation.js';

export type Stage = 1 | 2 | 3 | 4;
const ROMAN = ['', 'I', 'II', 'III', 'IV'] as const;

/**
 * Completeness for a bimtek stage (`--stage N`, cumulative: stage 3 checks 1, 2 and 3). The
 * exact list is in STAGES.md. These run only under --stage, and always as errors. A check
 * whose input kind failed its schema is skipped: the schema error is the one to fix first.
 */
export function checkStage(ctx: RuleContext, stage: Stage): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (stage >= 1) out.push(...stageOne(ctx));
  if (stage >= 2) out.push(...stageTwo(ctx));
  if (stage >= 3) out.push(...stageThree(ctx));
  if (stage >= 4) out.push(...stageFour(ctx));
  return out;
}

const nonEmpty = (list: readonly unknown[] | undefined) => list !== undefined && list.length > 0;
const hasText = (s: string | undefined) => s !== undefined && s.trim() !== '';

/** At `path` of `doc` when it exists there, else at the document's first line. */
function at(code: Code, data: Diagnostic['data'], doc: LoadedDocument, path: DataPath, exists: boolean): Diagnostic {
  const d = report(code, data, doc, exists ? path : [], { target: 'key' });
  if (!exists) d.location = locateDocument(doc);
  return d;
}

function stageOne(ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stage = ROMAN[1];
  if (!ctx.failed.has('GapAnalysis')) {
    const gap = ctx.docs.GapAnalysis[0];
    const r = gap?.data.readiness;
    const missingPillars = (['structure', 'infrastructure', 'superstructure'] as const).filter(
      (p) => !r?.[p] || (!hasText(r[p]?.summary) && !nonEmpty(r[p]?.items)),
    );
    const swot = gap?.data.swot;
    const missingSwot = (['strengths', 'weaknesses', 'opportunities', 'threats'] as const).filter((k) => !nonEmpty(swot?.[k]));
    const anywhere = (code: Code, data: Diagnostic['data'], key: string, exists: boolean) =>
      out.push(gap ? at(code, data, gap.doc, [key], exists) : reportAtProject(ctx, code, data));
    if (missingPillars.length > 0) anywhere('SC4001', { stage, missing: missingPillars.join(', ') }, 'readiness', r !== undefined);
    if (!nonEmpty(gap?.data.gaps)) anywhere('SC4002', { stage }, 'gaps', gap?.data.gaps !== undefined);
    if (missingSwot.length > 0) anywhere('SC4003', { stage, missing: missingSwot.join(', ') }, 'swot', swot !== undefined);
  }
  const profile = ctx.profile;
  if (profile) {
    const rpjmd = profile.data.rpjmd;
    const missing = [hasText(rpjmd?.vision) ? '' : 'vision', nonEmpty(rpjmd?.missions) ? '' : 'missions'].filter(Boolean);
    if (missing.length > 0) out.push(at('SC4004', { stage, missing: missing.join(', ') }, profile.doc, ['rpjmd'], rpjmd !== undefined));
  }
  return out;
}

function stageTwo(ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stage = ROMAN[2];
  if (ctx.programs.size === 0 && ctx.programsComplete) out.push(reportAtProject(ctx, 'SC4005', { stage }));
  for (const [id, site] of ctx.programs) {
    if (!nonEmpty(site.program.indicators)) out.push(report('SC4006', { stage, id }, site.doc, site.path));
  }
  return out;
}

function stageThree(ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stage = ROMAN[3];
  const dimensions = ctx.framework?.dimensionIds ?? [];
  if (ctx.programsComplete) {
    const withStrategy = dimensionsWithStrategy(ctx);
    for (const dimension of dimensions) {
      if (!withStrategy.has(dimension)) out.push(reportAtProject(ctx, 'SC4007', { stage, dimension }));
    }
    for (const { doc, data } of ctx.docs.DimensionStrategy) {
      if (!hasText(data.goal) || !nonEmpty(data.strategies)) {
        const missing = [hasText(data.goal) ? '' : 'goal', nonEmpty(data.strategies) ? '' : 'strategies'].filter(Boolean);
        out.push(report('SC4013', { stage, dimension: data.dimension, missing: missing.join(', ') }, doc, ['dimension']));
      }
      // A dimension with no DimensionStrategy at all is SC4007 alone, not SC4012 as well.
      if (!nonEmpty(data.programs)) out.push(report('SC4012', { stage, dimension: data.dimension }, doc, ['dimension']));
    }
  }
  if (ctx.quickWinsComplete) {
    const withQuickWin = dimensionsWithQuickWin(ctx);
    for (const dimension of dimensions) {
      if (!withQuickWin.has(dimension)) out.push(reportAtProject(ctx, 'SC4008', { stage, dimension }));
    }
  }
  for (const [id, site] of ctx.programs) {
    if (!nonEmpty(site.program.budget)) out.push(report('SC4009', { stage, id }, site.doc, site.path));
  }
  // Stage III names the quick wins; since 2021 each comes with a risk-management form, and
  // Kominfo scores it on ten criteria. A missing answer is a warning: it may come at stage IV.
  for (const [id, site] of ctx.quickWins) {
    const q = site.quickWin;
    // At the field's key when written, else at the quick win's id.
    const where = (field: 'risks' | 'criteria'): [DataPath, { target: 'key' | 'value' }] =>
      q[field] !== undefined ? [[...site.path.slice(0, -1), field], { target: 'key' }] : [site.path, { target: 'value' }];
    if (!nonEmpty(q.risks)) out.push(report('SC4020', { stage, id }, site.doc, ...where('risks')));
    const missing = missingCriteria(q.criteria);
    if (missing.length > 0) out.push(report('SC4021', { stage, id, count: missing.length, missing: missing.join(', ') }, site.doc, ...where('criteria')));
  }
  return out;
}

function stageFour(ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stage = ROMAN[4];
  const manifest = ctx.manifest;
  if (!manifest) return out;
  const { team, issued } = manifest.data;
  const missingTeam = [nonEmpty(team?.council) ? '' : 'council', nonEmpty(team?.implementers) ? '' : 'implementers'].filter(Boolean);
  if (missingTeam.length > 0) out.push(at('SC4010', { stage, missing: missingTeam.join(', ') }, manifest.doc, ['team'], team !== undefined));
  for (const { doc, data } of ctx.docs.DimensionStrategy) {
    (data.programs ?? []).forEach((p, i) => (p.indicators ?? []).forEach((ind, k) => {
      const missing = [ind.baseline_year === undefined ? 'baseline_year' : '', hasText(ind.source) ? '' : 'source'].filter(Boolean);
      if (missing.length > 0) out.push(report('SC4030', { stage, id: p.id, name: ind.name, missing: missing.join(', ') }, doc, ['programs', i, 'indicators', k, 'name']));
    }));
  }
  const missingIssued = [hasText(issued?.place) ? '' : 'place', issued?.date ? '' : 'date'].filter(Boolean);
  if (missingIssued.length > 0) out.push(at('SC4011', { stage, missing: missingIssued.join(', ') }, manifest.doc, ['issued'], issued !== undefined));
  // The book goes to print after stage IV: an example value left from `init` is an error now.
  out.push(...exampleMarkers(ctx.project, 'SC4040', { stage }));
  return out;
}
