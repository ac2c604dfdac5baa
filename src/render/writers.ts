/**
 * The writer registry: one entry per output format. A build is a list of publications (file name, input, writer
 * id); a publication may wait for another's result (a chapter file continues its book's measured page numbers; a PDF
 * is its DOCX's measuring layout or converts it). A new format is a new entry here, a new book a new publication:
 * `build()` has no branch for either.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocTree } from '../compose/tree.js';
import type { Workbook } from '../compose/workbook-tree.js';
import type { Code } from '../diagnostics/codes.js';
import { renderDocx, type Warning } from './docx/index.js';
import { renderMeasured } from './docx/page-oracle.js';
import type { LayoutSession } from './layout-session.js';
import type { RenderCache } from './render-cache.js';
import { treeHash } from './tree-hash.js';
import { renderXlsx } from './xlsx/index.js';

export type Publication =
  | {
      name: string;
      writer: 'docx';
      /** Emptied once rendered, so a large tree is freed before the next publication. */
      tree?: DocTree;
      /** Measure TOC pages with LibreOffice (when there): books and reports, not chapter files. */
      measure: boolean;
      /** A chapter file: its first page continues `of`'s measured page of `headingId`. */
      continues?: { of: string; headingId: string };
    }
  | { name: string; writer: 'xlsx'; workbook?: Workbook }
  | { name: string; writer: 'pdf'; source: string };

export type WriterId = Publication['writer'];

/** A problem met while rendering, as data for a diagnostic (build adds the severity and location). */
export interface RenderProblem {
  code: Code;
  data: Record<string, string>;
}

export interface Rendered {
  /** Absent when the output could not be made (a PDF LibreOffice failed on): a problem says why. */
  bytes?: Uint8Array;
  /** Measured displayed page per heading/caption id (DOCX with LibreOffice). */
  pages?: Map<string, string>;
  /** The PDF of `bytes` for a PDF publication: the layout that measured its pages. */
  pdf?: Uint8Array;
  /** LibreOffice layouts made for it (its page measurement). */
  layouts?: number;
  problems: RenderProblem[];
}

export interface WriteEnv {
  /** The build's LibreOffice, when there is one and pages are measured. */
  layout?: LayoutSession;
  /** A `--watch` session's earlier renderings. */
  cache?: RenderCache;
  /** Another publication's result, by name (it may still be rendering). */
  result(name: string): Promise<Rendered> | undefined;
  /** A measured book's pages, as soon as its layout is read (before its DOCX is rendered with them); undefined if unmeasured. */
  bodyPages(name: string): Promise<Map<string, string> | undefined>;
  /** Called by the book's writer when they are. */
  tellBodyPages(name: string, pages: Map<string, string>): void;
  /** DOCX publications a PDF is made of: their measurement keeps its layout as that PDF. */
  pdfSources: ReadonlySet<string>;
  /** Node's rendering, one job at a time (see `Lane`). */
  lane: Lane;
}

/**
 * Runs jobs one at a time, in the order asked. Publications render concurrently only to wait for LibreOffice
 * together: their Node work goes through one lane, so each document is finished (and handed to LibreOffice) in
 * turn rather than all of them advancing a little, and no two renderings hold their intermediate objects at once.
 */
export class Lane {
  private tail: Promise<unknown> = Promise.resolve();

  run = <T>(job: () => Promise<T>): Promise<T> => {
    const next = this.tail.then(job, job);
    this.tail = next.catch(() => undefined);
    return next;
  };
}

type Writer<P extends Publication> = (pub: P, env: WriteEnv) => Promise<Rendered>;

/** The docx writer's warnings as problems with codes; the TOC estimate without LibreOffice is said once, by build. */
export function warningProblems(file: string, warnings: readonly Warning[]): RenderProblem[] {
  const codes: Partial<Record<Warning['kind'], Code>> = {
    'docx-toc-unmeasured': 'SC6010', 'docx-empty-table': 'SC6011', 'docx-chart-failed': 'SC6012', 'docx-figure-empty': 'SC6013',
    'docx-table-too-wide': 'SC6020',
  };
  return warnings.flatMap((w): RenderProblem[] => {
    const code = codes[w.kind];
    if (!code) return [];
    const item: Record<string, string> = w.kind === 'docx-empty-table' || w.kind === 'docx-table-too-wide' ? { table: w.subject } : w.kind === 'docx-toc-unmeasured' ? { entries: w.subject } : { figure: w.subject };
    return [{ code, data: { file, ...item, reason: w.message } }];
  });
}

/**
 * In a `--watch` session, a publication whose tree hashes as in an earlier build is that build's rendering (layouts
 * made: 0). A rendering that failed is not kept.
 */
async function remembered(env: WriteEnv, key: () => string, make: () => Promise<Rendered>): Promise<Rendered> {
  if (!env.cache) return make();
  const k = key();
  const hit = env.cache.get(k);
  if (hit) return { ...hit, layouts: 0 };
  const made = await make();
  if (made.bytes && !made.problems.some((p) => p.code === 'SC6007')) env.cache.set(k, made);
  return made;
}

const docx: Writer<Extract<Publication, { writer: 'docx' }>> = async (pub, env) => {
  const tree = pub.tree!;
  pub.tree = undefined;
  const layout = env.layout;
  if (pub.measure && layout) {
    const keepPdf = env.pdfSources.has(pub.name);
    return remembered(env, () => `measured${keepPdf ? '+pdf' : ''}:${treeHash(tree)}`, async () => {
      const measured = await renderMeasured(tree, layout, {
        keepPdf, previous: env.cache?.lastPages(pub.name), memory: env.cache?.lastLayout(pub.name), lane: env.lane.run, name: pub.name.replace(/\.docx$/, ''),
        onBodyPages: (pages) => env.tellBodyPages(pub.name, pages),
      }).catch((error: Error) => error);
      if (!(measured instanceof Error)) {
        env.cache?.rememberPages(pub.name, measured.measurement.pages, measured.memory);
        return { bytes: measured.bytes, pages: measured.measurement.pages, pdf: measured.pdf, layouts: measured.layouts, problems: warningProblems(pub.name, measured.warnings) };
      }
      const { bytes, warnings } = await env.lane.run(() => renderDocx(tree));
      return { bytes, problems: [{ code: 'SC6007', data: { reason: measured.message.split('\n')[0] } }, ...warningProblems(pub.name, warnings)] };
    });
  }
  // A chapter file continues its book's page numbers (BAB V starting at 18 prints as 18), when they were measured.
  const pages = pub.continues ? await env.bodyPages(pub.continues.of) : undefined;
  const start = pub.continues ? Number(pages?.get(pub.continues.headingId)) : NaN;
  const first = tree.sections[0];
  const continued = Number.isInteger(start) && start > 0 && first ? { ...tree, sections: [{ ...first, startAt: start }, ...tree.sections.slice(1)] } : tree;
  return remembered(env, () => `docx:${treeHash(continued)}`, async () => {
    const { bytes, warnings } = await env.lane.run(() => renderDocx(continued));
    // A chapter's warnings were already said for its book.
    return { bytes, problems: pub.continues ? [] : warningProblems(pub.name, warnings) };
  });
};

const xlsx: Writer<Extract<Publication, { writer: 'xlsx' }>> = async (pub, env) => {
  const workbook = pub.workbook!;
  pub.workbook = undefined;
  return remembered(env, () => `xlsx:${treeHash(workbook)}`, async () => ({ bytes: await env.lane.run(() => renderXlsx(workbook)), problems: [] }));
};

const pdf: Writer<Extract<Publication, { writer: 'pdf' }>> = async (pub, env) => {
  const source = await env.result(pub.source);
  // The measurement's layout showed the final numbers (LibreOffice filled in the lists' fields): it is the PDF.
  if (source?.pdf) return { bytes: source.pdf, problems: [] };
  if (!source?.bytes || !env.layout) return { problems: [{ code: 'SC6006', data: { file: pub.source, reason: 'no DOCX or no LibreOffice' } }] };
  let out: string | undefined;
  try {
    out = await env.layout.toPdf(source.bytes, path.basename(pub.source, '.docx'));
    return { bytes: await readFile(out), layouts: 1, problems: [] };
  } catch (error) {
    return { problems: [{ code: 'SC6006', data: { file: pub.source, reason: (error as Error).message.split('\n')[0] } }] };
  } finally {
    if (out) env.layout.release(out);
  }
};

export const WRITERS: { [K in WriterId]: Writer<Extract<Publication, { writer: K }>> } = { docx, xlsx, pdf };

/** Renders one publication with its writer. */
export function renderPublication(pub: Publication, env: WriteEnv): Promise<Rendered> {
  return (WRITERS[pub.writer] as Writer<Publication>)(pub, env);
}
