/**
 * Which page a table fits, asked while composing (issue 17): a wide table goes to a landscape page, a money table
 * to Rp juta, when that is what makes it fit. The answer is the DOCX writer's own rule (layout/fit.ts) with the
 * book's font, size, paper and typesetter, so the page compose chooses is the page the writer lays the table out on.
 */
import type { Model } from '../model/types.js';
import { fits, type TableStyle } from '../layout/fit.js';
import { textWidth, type Orientation } from '../layout/page.js';
import { typesetter } from '../layout/typeset.js';
import { identifiersOf } from './identifiers.js';
import type { Table } from './tree.js';

/** The style every document of a model is written in (docMeta: the masterplan's style, its identifiers kept whole). */
const styles = new WeakMap<Model, TableStyle>();

function tableStyle(model: Model): TableStyle {
  let style = styles.get(model);
  if (!style) styles.set(model, (style = { style: model.masterplan.style, typeset: typesetter(identifiersOf(model)) }));
  return style;
}

/** Whether the table's longest words and numbers fit a page of this orientation at 8 pt at the least. */
export function fitsPage(model: Model, t: Table, orientation: Orientation): boolean {
  return fits(t, textWidth(model.masterplan.style.paper, orientation), tableStyle(model));
}

/** Whether the table fits a landscape page and not a portrait one: it is laid out landscape. */
export function needsLandscape(model: Model, t: Table): boolean {
  return !fitsPage(model, t, 'portrait') && fitsPage(model, t, 'landscape');
}
