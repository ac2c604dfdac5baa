/**
 * `build`: load → validate → model → compose → render, then write. Every output is rendered in memory
 * first and written only when all of them succeeded, each atomically (temporary name, then rename), so a
 * failed build leaves the previous outputs untouched. Nothing is written below the project's inputs
 * except into the output folder.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CODES, type Code } from '../diagnostics/codes.js';
import { promoteWarnings, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { DocTree } from '../compose/tree.js';
import { check, resolveProjectDir } from '../index.js';
import { UsageError } from '../cli/errors.js';
import { locate } from '../load/locate.js';
import type { LoadedProject } from '../load/types.js';
import { buildModel } from '../model/build.js';
import { composeBook, unresolvedRefs } from '../compose/book/index.js';
import { fileSlug, regionFullName } from '../compose/book/names.js';
import { TemplateError, Templates } from '../compose/templates.js';
import { composeWorkbook } from '../compose/workbook/index.js';
import { composeMonev, monevFileName } from '../compose/monev/index.js';
import { composePerbup, defaultPerbupBooks, perbupFileName } from '../compose/perbup/index.js';
import { renderDocx } from '../render/docx/index.js';
import { renderDocxWithPages } from '../render/docx/page-oracle.js';
import { convertToPdf, findSoffice } from '../render/libreoffice.js';
import { renderXlsx } from '../render/xlsx/index.js';
import { trackTempDir, writeAtomic } from '../render/write.js';

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
  /** Called after each output file is rendered in memory, with the time it took (for progress lines). */
  onProgress?: (event: { file: string; ms: number }) => void;
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
}

/**
 * A DOCX with TOC pages measured by LibreOffice when it is there; otherwise (or when it fails) estimated
 * pages and the warning that says so. Never fails because of LibreOffice.
 */
async function renderMeasured(tree: DocTree, soffice: string | undefined): Promise<{ bytes: Uint8Array; pages?: Map<string, string>; problem?: Diagnostic }> {
  // A document without a list of contents (the enactment draft) has no page number to measure: LibreOffice's
  // layout would only cost its start-up (~5 s on the example).
  const lists = tree.sections.some((sec) => sec.blocks.some((b) => b.kind === 'toc' || b.kind === 'listOfTables' || b.kind === 'listOfFigures'));
  if (!lists) return { bytes: (await renderDocx(tree)).bytes };
  const measured = soffice ? await renderDocxWithPages(tree, { soffice }).catch((error: Error) => error) : undefined;
  if (measured && !(measured instanceof Error)) return { bytes: measured.bytes, pages: measured.measurement.pages };
  const { bytes } = await renderDocx(tree);
  return { bytes, problem: measured ? diag('SC6007', { reason: measured.message.split('\n')[0] }) : diag('SC6001', {}) };
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

type BookFiles = ReturnType<typeof composeBook>['book'];

/** The book (pages measured when LibreOffice is there) and its chapter files, continuing the book's page numbers. */
async function renderBookFiles(holder: { book?: BookFiles }, soffice: string | undefined, rendered: (name: string) => void) {
  const parts = holder.book!;
  holder.book = undefined;
  const outputs: { name: string; bytes: Uint8Array }[] = [];
  const book = await renderMeasured(parts.book, soffice);
  outputs.push({ name: parts.fileName, bytes: book.bytes });
  rendered(parts.fileName);
  const bookPages = book.pages ?? new Map<string, string>();
  for (const c of parts.chapters) {
    // A chapter file continues the book's page numbers (BAB V starting at 18 prints as 18), when measured.
    const first = c.tree.sections[0];
    const heading = first?.blocks.find((b) => b.kind === 'heading' && b.level === 1);
    const start = heading && heading.kind === 'heading' ? Number(bookPages.get(heading.id)) : NaN;
    const tree = Number.isInteger(start) && start > 0 ? { ...c.tree, sections: [{ ...first, startAt: start }, ...c.tree.sections.slice(1)] } : c.tree;
    outputs.push({ name: c.fileName, bytes: (await renderDocx(tree)).bytes });
    rendered(c.fileName);
  }
  return { outputs, problem: book.problem, measured: book.pages !== undefined };
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
  const checked = await check(dir, { cwd, outputDir: outDir, strict: opts.strict });
  const result: BuildResult = { project: checked.project, diagnostics: checked.diagnostics, files: [], outDir, measured: false };
  if (checked.diagnostics.some((d) => d.severity === 'error')) return result;

  const model = buildModel(checked.project, { sourceDateEpoch: env.SOURCE_DATE_EPOCH });
  // After the model (which keeps each program's source position) only the manifest's document is read again, to
  // point outline problems (SC6005) into it: the others' data and position trees (~190 MB at 10,000 programs) go.
  const manifest = checked.project.documents.find((d) => d.kind === 'Masterplan');
  checked.project.documents = manifest ? [manifest] : [];
  const templates = new Templates({ lang: opts.lang ?? 'id', projectDir: root });
  // Compose every document first: template and outline problems stop the build before anything renders.
  let composed: ReturnType<typeof composeBook> | undefined;
  let reports: { name: string; tree: DocTree }[];
  let perbup: ReturnType<typeof composePerbup>;
  try {
    composed = composeBook(model, templates);
    // The monitoring and evaluation report of each Progress year (nothing in the book depends on them).
    reports = model.progress.map((year) => ({ name: monevFileName(model, year.year), tree: composeMonev(model, year, templates) }));
    // LEAD: the enactment draft; move into issue 16's writer registry, and pass its book set for defaultPerbupBooks().
    perbup = composePerbup(model, templates, defaultPerbupBooks());
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    result.diagnostics.push(diag('SC6002', { message: error.message }, templateLocation(error, cwd)));
    return result;
  }
  for (const p of composed.problems) {
    result.diagnostics.push({ ...diag('SC6005', { id: p.id, allowed: p.known.join(', ') || '-' }, manifest ? locate(manifest, p.path) : undefined), path: p.path });
  }
  if (perbup.noLegalBasis) result.diagnostics.push(diag('SC6030', { head: model.region.type === 'kota' ? 'Wali Kota' : 'Bupati' }, manifest ? locate(manifest, ['legal_basis']) : undefined));
  for (const r of perbup.unknownRefs) {
    result.diagnostics.push(diag('SC6031', { target: r.id }, r.file ? templateLocation({ file: r.file, line: r.line!, column: r.column! }, cwd) : undefined));
  }
  for (const w of templates.warnings) result.diagnostics.push(diag('SC6003', { field: w.field }, templateLocation(w, cwd)));
  for (const tree of [composed.book.book, ...reports.map((r) => r.tree)]) {
    for (const target of unresolvedRefs(tree)) result.diagnostics.push(diag('SC6008', { target }));
  }
  // --strict: a template's warning stops the build like an error (LibreOffice's absence does not).
  if (opts.strict) result.diagnostics = promoteWarnings(result.diagnostics);
  if (result.diagnostics.some((d) => d.severity === 'error')) return result;

  // Render everything in memory first.
  const soffice = opts.measure === false ? undefined : findSoffice(env);
  const outputs: { name: string; bytes: Uint8Array }[] = [];
  let last = performance.now();
  const rendered = (name: string) => {
    const now = performance.now();
    opts.onProgress?.({ file: name, ms: Math.round(now - last) });
    last = now;
  };
  // The book and its chapter files, then the workbook. The book's trees (and the tables' XML written for them) are
  // handed over in a holder that renderBookFiles empties: once it returns nothing holds them, so they are freed
  // before the workbook, the other large working set, is built.
  const holder: { book?: BookFiles } = { book: composed.book };
  composed = undefined;
  const book = await renderBookFiles(holder, soffice, rendered);
  outputs.push(...book.outputs);
  if (book.problem) result.diagnostics.push(book.problem);
  result.measured = book.measured;
  const region = fileSlug(regionFullName(model.region));
  const period = `${model.masterplan.period.start}-${model.masterplan.period.end}`;
  outputs.push({ name: `Roadmap-Smart-City-${region}-${period}.xlsx`, bytes: await renderXlsx(composeWorkbook(model)) });
  rendered(outputs[outputs.length - 1].name);
  for (const { name, tree } of reports) {
    const report = await renderMeasured(tree, soffice);
    outputs.push({ name, bytes: report.bytes });
    // The book already said when LibreOffice is missing; a failure on this report is news.
    if (report.problem?.code === 'SC6007') result.diagnostics.push(report.problem);
    rendered(name);
  }
  {
    const name = perbupFileName(model);
    const draft = await renderMeasured(perbup.tree, soffice);
    outputs.push({ name, bytes: draft.bytes });
    if (draft.problem?.code === 'SC6007') result.diagnostics.push(draft.problem);
    rendered(name);
  }

  if (opts.pdf && soffice) {
    // The book and each monitoring report as PDF (the chapter files are parts of the book).
    const sources = [outputs[0], ...outputs.filter((o) => reports.some((r) => r.name === o.name))];
    const tmp = await mkdtemp(path.join(tmpdir(), 'smartcity-pdf-'));
    const untrack = trackTempDir(tmp);
    try {
      for (const doc of sources) {
        try {
          const input = path.join(tmp, doc.name);
          await writeFile(input, doc.bytes);
          const pdf = await convertToPdf(input, tmp, { soffice });
          outputs.push({ name: doc.name.replace(/\.docx$/, '.pdf'), bytes: await readFile(pdf) });
          rendered(outputs[outputs.length - 1].name);
        } catch (error) {
          result.diagnostics.push(diag('SC6006', { file: doc.name, reason: (error as Error).message.split('\n')[0] }));
        }
      }
    } finally {
      await rm(tmp, { recursive: true, force: true });
      untrack();
    }
  }

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
