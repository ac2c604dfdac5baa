/**
 * `build`: load → validate → model → compose → render, then write. Every output is rendered in memory
 * first and written only when all of them succeeded, each atomically (temporary name, then rename), so a
 * failed build leaves the previous outputs untouched. Nothing is written below the project's inputs
 * except into the output folder.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CODES, type Code } from '../diagnostics/codes.js';
import { promoteWarnings, type Diagnostic } from '../diagnostics/diagnostic.js';
import { check, resolveProjectDir } from '../index.js';
import { UsageError } from '../cli/errors.js';
import { locate } from '../load/locate.js';
import type { LoadedProject } from '../load/types.js';
import { buildModel } from '../model/build.js';
import { unresolvedRefs } from '../compose/book/index.js';
import { imageInfo } from '../compose/book/image.js';
import { resolveOutline, type OutlineInput } from '../compose/book/outline.js';
import { bookName, resolveBookSet, type BookInput, type Stage } from '../compose/books/index.js';
import { FIGURES } from '../compose/figures/index.js';
import { TemplateError, Templates } from '../compose/templates.js';
import { findSoffice } from '../render/libreoffice.js';
import { openLayoutSession, type LayoutSession } from '../render/layout-session.js';
import type { RenderCache } from '../render/render-cache.js';
import { renderAll } from './render-all.js';
import { writeAtomic } from '../render/write.js';
import { planPublications } from './publications.js';

export interface BuildOptions {
  cwd?: string;
  /** Output folder, relative to cwd (default `dist` inside the project). */
  outDir?: string;
  pdf?: boolean;
  lang?: 'id' | 'en';
  env?: NodeJS.ProcessEnv;
  /** Use LibreOffice to measure TOC pages (default: when installed). */
  measure?: boolean;
  /** Warnings stop the build like errors. */
  strict?: boolean;
  /** Bimtek stage 1..4: validate that stage's completeness and write only the books due then (default: all). */
  stage?: Stage;
  /** Called after each output file is rendered in memory, with the time it took (for progress lines). */
  onProgress?: (event: { file: string; ms: number }) => void;
  /** A LibreOffice kept running by the caller (`--watch`); else the build starts and stops its own. */
  layout?: LayoutSession;
  /** The caller's earlier renderings (`--watch`): unchanged documents are neither rendered nor laid out again. */
  renderCache?: RenderCache;
}

export interface BuiltFile {
  /** Absolute path. */
  path: string;
  bytes: number;
}

export interface BuildResult {
  /** The files read; once the model is built, `documents` keeps only the manifest. */
  project: LoadedProject;
  /** Errors stop the build (nothing written); warnings and notes accompany a successful one. */
  diagnostics: Diagnostic[];
  files: BuiltFile[];
  outDir: string;
  /** Whether TOC page numbers were measured by LibreOffice (else estimated). */
  measured: boolean;
  /** Documents LibreOffice laid out for this build (page measurement and PDFs; 0 for those a `--watch` cache had). */
  layouts: number;
}

/** Where a template problem is: the template file (relative to cwd), line and column. */
function templateLocation(t: { file: string; line: number; column: number }, cwd: string): Diagnostic['location'] {
  const file = path.relative(cwd, t.file);
  const pos = { line: t.line, column: t.column, offset: 0 };
  return { file, start: pos, end: pos };
}

const diag = (code: Code, data: Diagnostic['data'], location?: Diagnostic['location']): Diagnostic => ({
  code, severity: CODES[code].severity, data, ...(location ? { location } : {}),
});

/** A render problem located at the output file it is about (relative to cwd). */
function outputLocation(outDir: string, name: string, cwd: string): Diagnostic['location'] {
  const pos = { line: 1, column: 1, offset: 0 };
  return { file: path.relative(cwd, path.join(outDir, name)), start: pos, end: pos };
}

export async function build(dir: string, opts: BuildOptions = {}): Promise<BuildResult> {
  const cwd = opts.cwd ?? process.cwd();
  const env = opts.env ?? process.env;
  const root = await resolveProjectDir(dir, cwd);
  const outDir = path.resolve(cwd, opts.outDir ?? path.join(path.relative(cwd, root) || '.', 'dist'));
  const rel = path.relative(outDir, root);
  // The output folder may live inside the project (it is skipped when loading), never be it or hold it.
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) throw new UsageError('SC9003', { path: path.relative(cwd, outDir) || '.' });

  // --pdf without LibreOffice is a usage error: say so before any work.
  if (opts.pdf && (opts.measure === false || !findSoffice(env))) throw new UsageError('SC9008', {});
  const soffice = opts.measure === false ? undefined : findSoffice(env);
  // LibreOffice starts now, so it loads while the project is read and checked; the session's owner stops it.
  const own = soffice && !opts.layout ? openLayoutSession(soffice, { env }) : undefined;
  try {
    return await buildProject(root, outDir, { ...opts, cwd, env, layout: opts.layout ?? own }, dir);
  } finally {
    await own?.close();
  }
}

async function buildProject(root: string, outDir: string, opts: BuildOptions & { cwd: string; env: NodeJS.ProcessEnv }, dir: string): Promise<BuildResult> {
  const { cwd, env, layout } = opts;
  const checked = await check(dir, { cwd, outputDir: outDir, strict: opts.strict, stage: opts.stage });
  const result: BuildResult = { project: checked.project, diagnostics: checked.diagnostics, files: [], outDir, measured: false, layouts: 0 };
  if (checked.diagnostics.some((d) => d.severity === 'error')) return result;

  const model = buildModel(checked.project, { sourceDateEpoch: env.SOURCE_DATE_EPOCH });
  // After the model (which keeps each program's source position) only the manifest's document is read again, to
  // point outline and book problems into it: the others' data and position trees (~190 MB at 10,000 programs) go.
  const manifest = checked.project.documents.find((d) => d.kind === 'Masterplan');
  checked.project.documents = manifest ? [manifest] : [];
  const templates = new Templates({ lang: opts.lang ?? 'id', projectDir: root });
  const stage: Stage = opts.stage ?? 4;
  const { books, problems: bookProblems } = resolveBookSet(model.masterplan.books as BookInput[] | undefined, {
    region: model.region, period: model.masterplan.period, outline: model.masterplan.outline as OutlineInput | undefined,
    hasTemplate: (n) => templates.has(n), figureKeys: Object.keys(FIGURES),
  });
  const at = (p: (string | number)[]) => (manifest ? locate(manifest, p) : undefined);
  for (const p of bookProblems) result.diagnostics.push({ ...diag(p.code, p.data, at(p.path)), path: p.path });
  // Compose every document first: template and outline problems stop the build before anything renders.
  let plan: ReturnType<typeof planPublications>;
  try {
    // The single volume's outline problems (SC6005 at `outline`), as before the book set.
    if (books.some((b) => b.id === 'lengkap')) {
      const { problems } = resolveOutline(model.masterplan.outline as OutlineInput | undefined, (n) => templates.has(n), Object.keys(FIGURES));
      for (const p of problems) result.diagnostics.push({ ...diag('SC6005', { id: p.id, allowed: p.known.join(', ') || '-' }, at(p.path)), path: p.path });
    }
    if (result.diagnostics.some((d) => d.severity === 'error')) return result;
    plan = planPublications(model, templates, books, { stage, pdf: Boolean(opts.pdf && layout) });
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    result.diagnostics.push(diag('SC6002', { message: error.message }, templateLocation(error, cwd)));
    return result;
  }
  for (const b of plan.notDue) result.diagnostics.push(diag('SC6015', { book: bookName(b), stage, due: b.stage }));
  if (plan.perbup?.noLegalBasis) result.diagnostics.push(diag('SC6030', { head: model.region.type === 'kota' ? 'Wali Kota' : 'Bupati' }, at(['legal_basis'])));
  for (const r of plan.perbup?.unknownRefs ?? []) {
    result.diagnostics.push(diag('SC6031', { target: r.id }, r.file ? templateLocation({ file: r.file, line: r.line!, column: r.column! }, cwd) : undefined));
  }
  if (model.region.logoPath && !logoReadable(model.region.logoPath)) result.diagnostics.push(diag('SC6014', { path: path.relative(cwd, model.region.logoPath) }));
  for (const w of templates.warnings) result.diagnostics.push(diag('SC6003', { field: w.field }, templateLocation(w, cwd)));
  for (const tree of plan.trees) {
    for (const target of unresolvedRefs(tree)) result.diagnostics.push(diag('SC6008', { target }));
  }
  plan.trees = [];
  // --strict: a template's warning stops the build like an error (LibreOffice's absence does not).
  if (opts.strict) result.diagnostics = promoteWarnings(result.diagnostics);
  if (result.diagnostics.some((d) => d.severity === 'error')) return result;

  // Render everything in memory first, each publication by its writer.
  const results = await renderAll(plan.publications, layout, opts);
  let measured: boolean | undefined;
  const outputs: { name: string; bytes: Uint8Array }[] = [];
  for (const pub of plan.publications) {
    const r = results.get(pub.name)!;
    if (pub.writer === 'docx' && pub.measure && measured === undefined) measured = r.pages !== undefined;
    for (const p of r.problems) result.diagnostics.push(diag(p.code, p.data, p.code === 'SC6007' || p.code === 'SC6006' ? undefined : outputLocation(outDir, pub.name, cwd)));
    if (r.bytes) outputs.push({ name: pub.name, bytes: r.bytes });
    result.layouts += r.layouts ?? 0;
  }
  result.measured = measured ?? false;
  // Without LibreOffice the page numbers are estimated: said once for the build.
  if (!layout && plan.publications.some((p) => p.writer === 'docx')) result.diagnostics.push(diag('SC6001', {}));

  for (const o of outputs) {
    const target = path.join(outDir, o.name);
    try {
      await writeAtomic(target, o.bytes);
    } catch (error) {
      throw new UsageError('SC9004', { path: path.relative(cwd, target), reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
    }
    result.files.push({ path: target, bytes: o.bytes.byteLength });
  }
  return result;
}

/** Whether the logo's header can be read (validate checked the type; a damaged file still drops off the cover). */
function logoReadable(file: string): boolean {
  try {
    return imageInfo(readFileSync(file)) !== undefined;
  } catch {
    return false;
  }
}
