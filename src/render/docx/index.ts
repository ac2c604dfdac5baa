/**
 * The DOCX writer: DocTree → a Word book. Split by job like pandoc's Writers/Docx: styles.ts, page.ts,
 * sections.ts, blocks.ts (+ table.ts, front.ts, toc.ts, inline.ts), estimate.ts, page-oracle.ts.
 * Output is byte-identical for identical input (normalizePackage with the document date).
 */
import { Document, Packer } from 'docx';
import type { DocTree } from '../../compose/tree.js';
import { normalizeParts } from '../deterministic.js';
import { readZip, type Parts } from '../zip.js';
import { chartMaxHeight, chartWidth, renderBlock } from './blocks.js';
import { chartRunScales } from './chart.js';
import { collectEntries, mergeRaw, rawMarker, spliceRaw, type Ctx, type Warning } from './context.js';
import { estimatePages } from './estimate.js';
import { textHeight, textWidth } from './page.js';
import { sectionOptions } from './sections.js';
import { buildNumbering, buildStyles } from './styles.js';
import { typesetter } from '../../layout/typeset.js';

export type { Warning } from './context.js';

export interface RenderDocxOptions {
  /** Displayed page per heading / table / figure id ("iii", "12"), e.g. from `measurePages`; else estimated. */
  tocPages?: Map<string, string>;
  /**
   * For LibreOffice to lay out (page numbers, and the PDF), never written as the DOCX: each chart is a picture of it
   * (chart-svg.ts) in the room the native chart takes. LibreOffice spends about 100 ms importing a native chart and
   * next to nothing on a picture (Buku II of the example, cold: 3.2–3.7 s → 2.5–2.8 s).
   */
  chartPictures?: boolean;
}

export async function renderDocx(tree: DocTree, opts: RenderDocxOptions = {}): Promise<{ bytes: Uint8Array; warnings: Warning[] }> {
  const entries = collectEntries(tree);
  const count = (l: string) => entries.filter((e) => e.list === l).length;
  const estimated = estimatePages(tree, { toc: count('toc'), tables: count('tables'), figures: count('figures') });
  const pages = new Map(estimated);
  for (const [k, v] of opts.tocPages ?? []) pages.set(k, v);
  const warnings: Warning[] = [];
  if (!opts.tocPages) warnings.push({ kind: 'docx-toc-estimated', subject: '', message: 'TOC page numbers are estimated (no measured pages given)' });

  const ctx: Ctx = { meta: tree.meta, textWidth: 0, textHeight: 0, warnings, entries, pages, nextListInstance: 1, raw: [], placeholders: new Map(), marker: rawMarker(), typeset: typesetter(tree.meta.identifiers), chartPictures: opts.chartPictures ?? false, chartScales: new Map() };
  const sections = tree.sections.map((s, i) => {
    ctx.textWidth = textWidth(tree.meta.style.paper, s.orientation);
    ctx.textHeight = textHeight(tree.meta.style.paper, s.orientation);
    ctx.chartScales = chartRunScales(s.blocks, chartWidth(ctx), chartMaxHeight(ctx), ctx.textHeight);
    const children = mergeRaw(ctx, s.blocks.flatMap((b, i) => renderBlock(ctx, b, s.blocks[i + 1], s.blocks[i - 1])));
    return sectionOptions(tree.meta, s, i, children);
  });

  const doc = new Document({
    title: tree.meta.title,
    subject: tree.meta.subject,
    creator: tree.meta.author,
    lastModifiedBy: tree.meta.author,
    description: tree.meta.subject,
    styles: buildStyles(tree.meta),
    numbering: buildNumbering(),
    sections,
  });
  // docx's public API gives a zipped package; its parts are read back and zipped once more, deterministically, by
  // normalizeParts. This module alone rewrites word/document.xml (stable bookmark ids, the raw tables spliced in).
  const parts: Parts = readZip(await Packer.toBuffer(doc));
  const bytes = normalizeParts(parts, tree.meta.date, (name, xml) => (name === 'word/document.xml' ? spliceRaw(renumberBookmarks(xml), ctx.raw, ctx.marker) : xml));
  return { bytes, warnings };
}

/** docx numbers bookmarks from a process-wide counter; renumber them by first appearance so output is stable. */
function renumberBookmarks(xml: string): string {
  const ids = new Map<string, number>();
  return xml.replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)(")/g, (_m, a: string, id: string, b: string) => {
    if (!ids.has(id)) ids.set(id, ids.size + 1);
    return `${a}${ids.get(id)}${b}`;
  });
}
