import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { DocumentKind, LoadedDocument, LoadedProject } from '../load/types.js';
import { unreadKinds } from './unread-kinds.js';
import { validatorFor } from './ajv.js';
import { fromAjv } from './from-ajv.js';
import { buildContext } from './rules/context.js';
import { RULES } from './rules/index.js';
import type { RuleContext } from './rules/types.js';
import { checkStage, type Stage } from './stages.js';

export type { RuleContext, Doc, DocsByKind, ProgramSite, QuickWinSite } from './rules/types.js';
export type { Stage } from './stages.js';

export interface ValidateOptions {
  /** Bimtek stage completeness (`--stage`); not checked when absent. */
  stage?: Stage;
}

export interface SchemaPass {
  /** Routed documents that passed their schema, in reading order. */
  valid: LoadedDocument[];
  /** Kinds with at least one document that failed its schema or could not be routed. */
  failed: Set<DocumentKind>;
  diagnostics: Diagnostic[];
}

/** Checks every routed document against the schema of its kind. */
function schemaPass(project: LoadedProject): SchemaPass {
  // Documents the loader could not route count as failed too (see unread-kinds.ts).
  const pass: SchemaPass = { valid: [], failed: unreadKinds(project), diagnostics: [] };
  for (const doc of project.documents) {
    if (!doc.kind) continue; // unknown kind or apiVersion: the loader reported it
    const validate = validatorFor(doc.kind);
    if (validate(doc.data)) {
      pass.valid.push(doc);
    } else {
      pass.failed.add(doc.kind);
      pass.diagnostics.push(...fromAjv(doc, validate.errors ?? []));
    }
  }
  return pass;
}

/** The schema-valid documents, indexed: what the model stage builds on (it assumes validity). */
export function validDocuments(project: LoadedProject): RuleContext {
  const pass = schemaPass(project);
  return buildContext(project, pass.valid, pass.failed);
}

/**
 * Every problem of a project: the loader's, the schema's per document, the cross-file rules'
 * and, with `stage`, the bimtek completeness checks, in a stable order. Cross-file rules see
 * only documents that passed their schema, so they can trust shapes; the context marks what
 * is unknown because of a failed document, and rules stay quiet about it rather than report
 * an echo of the schema error.
 */
export function validateProject(project: LoadedProject, opts: ValidateOptions = {}): Diagnostic[] {
  // Too many files (SC1017): nothing was read, so "no Masterplan", "no strategy for …" would be noise.
  // …and so would a folder of projects (SC1036), which the loader does not read.
  if (project.diagnostics.some((d) => d.code === 'SC1017' || d.code === 'SC1036')) return sortDiagnostics([...project.diagnostics]);
  const pass = schemaPass(project);
  const ctx = buildContext(project, pass.valid, pass.failed);
  ctx.stage = opts.stage;
  const out: Diagnostic[] = [...project.diagnostics, ...pass.diagnostics];
  for (const rule of RULES) out.push(...rule.check(ctx));
  if (opts.stage !== undefined) {
    const stage = checkStage(ctx, opts.stage);
    out.push(...stage);
    return sortDiagnostics(withoutCoveredWarnings(out, stage).filter((d) => !notYetDue(d, opts.stage!)));
  }
  return sortDiagnostics(out);
}

/**
 * Coverage warnings about deliverables of a later stage are noise before it: no DimensionStrategy (programs) before
 * stage II, no quick win before stage III. `build --stage 1` of a project with only a profile and a gap analysis
 * stays quiet, and passes --strict.
 */
function notYetDue(d: Diagnostic, stage: Stage): boolean {
  return (d.code === 'SC3015' && stage < 2) || (d.code === 'SC3016' && stage < 3);
}

/**
 * Under --stage 3 the errors SC4007/SC4008 say what the warnings SC3015/SC3016 say about the
 * same dimension, and under --stage 4 SC4040 and SC4011 what SC1034 and SC3062 say about a file; one message per finding is enough.
 */
function withoutCoveredWarnings(list: Diagnostic[], stage: Diagnostic[]): Diagnostic[] {
  const byFile = ['SC1034', 'SC4040', 'SC3062', 'SC4011'];
  const subject = (d: Diagnostic) => (byFile.includes(d.code) ? d.location?.file : d.data.dimension);
  const twin: Record<string, string> = { SC3015: 'SC4007', SC3016: 'SC4008', SC1034: 'SC4040', SC3062: 'SC4011' };
  const covered = new Set(stage.filter((d) => Object.values(twin).includes(d.code)).map((d) => `${d.code}:${subject(d)}`));
  return list.filter((d) => !(d.code in twin) || !covered.has(`${twin[d.code]}:${subject(d)}`));
}
