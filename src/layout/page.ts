/**
 * Page geometry, in twips (1/1440 inch; 1 mm = 56.6929 twips): what compose needs to choose a table's page and
 * unit, and what the DOCX writer sets up (render/docx/page.ts), from one table of papers and margins.
 */
import type { DocMeta, Section } from '../compose/tree.js';

export type Paper = DocMeta['style']['paper'];
export type Orientation = Section['orientation'];

export const mm = (v: number): number => Math.round(v * 1440 / 25.4);

export const PAPER: Record<Paper, { width: number; height: number }> = {
  A4: { width: mm(210), height: mm(297) },
  F4: { width: mm(215), height: mm(330) },
  Letter: { width: 12240, height: 15840 },
};

/** Government-book margins: 3 cm on the binding (left) side, 2.5 cm elsewhere. */
export const MARGIN = { top: mm(25), right: mm(25), bottom: mm(25), left: mm(30), header: mm(12.5), footer: mm(12.5) };

/** Width available to text (twips) on a page of this paper and orientation. */
export function textWidth(paper: Paper, orientation: Orientation): number {
  const p = PAPER[paper];
  const across = orientation === 'landscape' ? p.height : p.width;
  return across - MARGIN.left - MARGIN.right;
}

/** Height available to text (twips). */
export function textHeight(paper: Paper, orientation: Orientation): number {
  const p = PAPER[paper];
  const down = orientation === 'landscape' ? p.width : p.height;
  return down - MARGIN.top - MARGIN.bottom;
}
