import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DataPath } from '../../load/locate.js';
import type { LoadedDocument } from '../../load/types.js';
import { report, siteLocation } from './report.js';
import type { CrossFileRule, Site } from './types.js';

/** Collects ids in one namespace; a repeat is reported at the repeat, naming the first. */
class Namespace {
  private readonly first = new Map<string, Site>();
  readonly out: Diagnostic[] = [];

  add(id: string, doc: LoadedDocument, path: DataPath): void {
    const seen = this.first.get(id);
    if (!seen) {
      this.first.set(id, { doc, path });
      return;
    }
    this.out.push(report('SC3003', { id }, doc, path, { related: [siteLocation(seen)] }));
  }
}

/**
 * SC3003: ids are unique. Programs and quick wins share one namespace (a Progress entry or a
 * quick win's `program` must name exactly one thing); agencies, gaps and strategies each have
 * their own.
 */
export const duplicateId: CrossFileRule = {
  name: 'duplicate-id',
  check(ctx) {
    const work = new Namespace();
    const agencies = new Namespace();
    const gaps = new Namespace();
    const strategies = new Namespace();
    for (const { doc, data } of ctx.docs.DimensionStrategy) {
      (data.programs ?? []).forEach((p, i) => work.add(p.id, doc, ['programs', i, 'id']));
      (data.strategies ?? []).forEach((s, i) => s.id !== undefined && strategies.add(s.id, doc, ['strategies', i, 'id']));
    }
    for (const { doc, data } of ctx.docs.QuickWins) {
      data.quick_wins.forEach((q, i) => work.add(q.id, doc, ['quick_wins', i, 'id']));
    }
    for (const { doc, data } of ctx.docs.RegionProfile) {
      data.agencies.forEach((a, i) => agencies.add(a.id, doc, ['agencies', i, 'id']));
    }
    for (const { doc, data } of ctx.docs.GapAnalysis) {
      (data.gaps ?? []).forEach((g, i) => g.id !== undefined && gaps.add(g.id, doc, ['gaps', i, 'id']));
    }
    return [...work.out, ...agencies.out, ...gaps.out, ...strategies.out];
  },
};
