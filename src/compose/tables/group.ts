import type { DimensionPlan, Program } from '../../model/types.js';

/** A dimension's programs grouped by element, in framework element order (empty elements skipped). */
export function programsByElement(plan: DimensionPlan): { elementId: string; name: string; programs: Program[] }[] {
  const groups = plan.dimension.elements
    .map((e) => ({ elementId: e.id, name: e.name, programs: plan.programs.filter((p) => p.elementId === e.id) }));
  const known = new Set(plan.dimension.elements.map((e) => e.id));
  for (const p of plan.programs) {
    if (known.has(p.elementId)) continue;
    let g = groups.find((x) => x.elementId === p.elementId);
    if (!g) groups.push((g = { elementId: p.elementId, name: p.elementId, programs: [] }));
    g.programs.push(p);
  }
  return groups.filter((g) => g.programs.length > 0);
}
