/**
 * What a build writes, as a list of publications: each book of the set due at the stage (the book, then its chapter
 * files), the roadmap workbook, the monitoring reports, the enactment draft, and with --pdf a PDF of each book and report. The stage of
 * each comes from the one table, DUE_AT_STAGE (compose/books/catalogue.ts).
 */
import { composeBookSet, DUE_AT_STAGE, type BookSpec, type Stage } from '../compose/books/index.js';
import { fileSlug, regionFullName } from '../compose/book/names.js';
import { composeMonev, monevFileName } from '../compose/monev/index.js';
import { composePerbup, perbupBooks, perbupFileName, type ComposedPerbup } from '../compose/perbup/index.js';
import type { Templates } from '../compose/templates.js';
import type { DocTree } from '../compose/tree.js';
import { composeWorkbook } from '../compose/workbook/index.js';
import type { Model } from '../model/types.js';
import type { Publication } from '../render/writers.js';

export interface Plan {
  publications: Publication[];
  /** Books of the set left out because they are due at a later stage. */
  notDue: BookSpec[];
  /** Every composed document tree, for the checks that read them (unresolved refs). */
  trees: DocTree[];
  /** The enactment draft's own findings (no legal basis, a citation of an unknown provision), when it is due. */
  perbup?: Pick<ComposedPerbup, 'noLegalBasis' | 'unknownRefs'>;
}

/** Composes every document due at `stage` (templates and outline problems throw or surface before any render). */
export function planPublications(model: Model, templates: Templates, books: readonly BookSpec[], opts: { stage: Stage; pdf: boolean }): Plan {
  const due = books.filter((b) => b.stage <= opts.stage);
  const publications: Publication[] = [];
  const trees: DocTree[] = [];
  const pdfs: string[] = [];
  for (const v of composeBookSet(model, templates, due)) {
    trees.push(v.book);
    publications.push({ name: v.fileName, writer: 'docx', tree: v.book, measure: true });
    pdfs.push(v.fileName);
    for (const c of v.chapters) {
      const heading = c.tree.sections[0]?.blocks.find((b) => b.kind === 'heading' && b.level === 1);
      publications.push({ name: c.fileName, writer: 'docx', tree: c.tree, measure: false, ...(heading && heading.kind === 'heading' ? { continues: { of: v.fileName, headingId: heading.id } } : {}) });
    }
  }
  if (opts.stage >= DUE_AT_STAGE.roadmap) {
    const region = fileSlug(regionFullName(model.region));
    const period = `${model.masterplan.period.start}-${model.masterplan.period.end}`;
    publications.push({ name: `Roadmap-Smart-City-${region}-${period}.xlsx`, writer: 'xlsx', workbook: composeWorkbook(model) });
  }
  if (opts.stage >= DUE_AT_STAGE.monev) {
    // The monitoring and evaluation report of each Progress year (nothing in the books depends on them).
    for (const year of model.progress) {
      const tree = composeMonev(model, year, templates);
      const name = monevFileName(model, year.year);
      trees.push(tree);
      publications.push({ name, writer: 'docx', tree, measure: true });
      pdfs.push(name);
    }
  }
  let perbup: Plan['perbup'];
  if (opts.stage >= DUE_AT_STAGE.perbup) {
    // The draft regulation that enacts the plan; its attachment lists every book of the set. It has no list of
    // contents, so no page to measure.
    const draft = composePerbup(model, templates, perbupBooks(books));
    const name = perbupFileName(model);
    trees.push(draft.tree);
    publications.push({ name, writer: 'docx', tree: draft.tree, measure: false });
    pdfs.push(name);
    perbup = { noLegalBasis: draft.noLegalBasis, unknownRefs: draft.unknownRefs };
  }
  if (opts.pdf) for (const source of pdfs) publications.push({ name: source.replace(/\.docx$/, '.pdf'), writer: 'pdf', source });
  return { publications, notDue: books.filter((b) => b.stage > opts.stage), trees, perbup };
}
