/**
 * The ids a reader may meet in a book: the gap codes of the gap table ("gap-01") and ids a region writes into its own
 * text from the YAML ("program gov-03"). The books name programs and strategies, not their ids (issue 17), but the
 * writer keeps any of these whole on a line wherever it appears (issue 17: LibreOffice broke "gov-/03" at the hyphen
 * in narrow cells). Only ids with a hyphen matter; every kind is listed here, once.
 */
import type { Model } from '../model/types.js';

export function identifiersOf(model: Model): string[] {
  const ids = new Set<string>();
  const add = (id: string | undefined) => {
    if (id && id.includes('-')) ids.add(id);
  };
  for (const d of model.framework) {
    add(d.id);
    d.elements.forEach((e) => add(e.id));
  }
  for (const plan of model.dimensions) plan.strategies.forEach((s) => add(s.id));
  model.programs.forEach((p) => add(p.id));
  model.quickWins.forEach((q) => add(q.id));
  model.gapAnalysis?.gaps.forEach((g) => add(g.id));
  // Sorted: the same model gives the same list, and so the same output.
  return [...ids].sort();
}
