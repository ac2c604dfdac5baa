/**
 * The DOCX page setup. The geometry (papers, margins, text width and height) is src/layout/page.ts, shared with
 * compose; landscape sections are given the portrait size plus `orientation: LANDSCAPE`: docx swaps them itself.
 */
import { PageOrientation } from 'docx';
import { PAPER, type Orientation, type Paper } from '../../layout/page.js';

export { MARGIN, mm, textHeight, textWidth } from '../../layout/page.js';

export function pageSize(paper: Paper, orientation: Orientation) {
  const p = PAPER[paper];
  return {
    width: p.width,
    height: p.height,
    orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
  };
}
