/**
 * The writer registry: one entry per output format. A build is a list of publications (file name, input, writer
 * id); each is rendered by its writer in list order, so a later publication may use an earlier one's result (a
 * chapter file continues its book's measured page numbers; a PDF converts a DOCX rendered before it). A new format
 * is a new entry here, a new book a new publication: `build()` has no branch for either.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DocTree } from '../compose/tree.js';
import type { Workbook } from '../compose/workbook-tree.js';
import type { Code } from '../diagnostics/codes.js';
import { renderDocx, type Warning } from './docx/index.js';
import { renderDocxWithPages } from './docx/page-oracle.js';
import { convertToPdf } from './libreoffice.js';
import { trackTempDir } from './write.js';
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
  problems: RenderProblem[];
}

export interface WriteEnv {
  soffice?: string;
  /** Publications already rendered in this build, by name. */
  rendered: ReadonlyMap<string, Rendered>;
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

const docx: Writer<Extract<Publication, { writer: 'docx' }>> = async (pub, env) => {
  const tree = pub.tree!;
  pub.tree = undefined;
  if (pub.measure && env.soffice) {
    const measured = await renderDocxWithPages(tree, { soffice: env.soffice }).catch((error: Error) => error);
    if (!(measured instanceof Error)) return { bytes: measured.bytes, pages: measured.measurement.pages, problems: warningProblems(pub.name, measured.warnings) };
    const { bytes, warnings } = await renderDocx(tree);
    return { bytes, problems: [{ code: 'SC6007', data: { reason: measured.message.split('\n')[0] } }, ...warningProblems(pub.name, warnings)] };
  }
  // A chapter file continues its book's page numbers (BAB V starting at 18 prints as 18), when they were measured.
  const start = pub.continues ? Number(env.rendered.get(pub.continues.of)?.pages?.get(pub.continues.headingId)) : NaN;
  const first = tree.sections[0];
  const continued = Number.isInteger(start) && start > 0 && first ? { ...tree, sections: [{ ...first, startAt: start }, ...tree.sections.slice(1)] } : tree;
  const { bytes, warnings } = await renderDocx(continued);
  // A chapter's warnings were already said for its book.
  return { bytes, problems: pub.continues ? [] : warningProblems(pub.name, warnings) };
};

const xlsx: Writer<Extract<Publication, { writer: 'xlsx' }>> = async (pub) => {
  const workbook = pub.workbook!;
  pub.workbook = undefined;
  return { bytes: await renderXlsx(workbook), problems: [] };
};

const pdf: Writer<Extract<Publication, { writer: 'pdf' }>> = async (pub, env) => {
  const source = env.rendered.get(pub.source);
  if (!source?.bytes || !env.soffice) return { problems: [{ code: 'SC6006', data: { file: pub.source, reason: 'no DOCX or no LibreOffice' } }] };
  const tmp = await mkdtemp(path.join(tmpdir(), 'smartcity-pdf-'));
  const untrack = trackTempDir(tmp);
  try {
    const input = path.join(tmp, path.basename(pub.source));
    await writeFile(input, source.bytes!);
    const out = await convertToPdf(input, tmp, { soffice: env.soffice });
    return { bytes: await readFile(out), problems: [] };
  } catch (error) {
    return { problems: [{ code: 'SC6006', data: { file: pub.source, reason: (error as Error).message.split('\n')[0] } }] };
  } finally {
    await rm(tmp, { recursive: true, force: true });
    untrack();
  }
};

export const WRITERS: { [K in WriterId]: Writer<Extract<Publication, { writer: K }>> } = { docx, xlsx, pdf };

/** Renders one publication with its writer. */
export function renderPublication(pub: Publication, env: WriteEnv): Promise<Rendered> {
  return (WRITERS[pub.writer] as Writer<Publication>)(pub, env);
}
