import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { suggest } from '../../diagnostics/suggest.js';
import type { DataPath } from '../../load/locate.js';
import type { LoadedDocument } from '../../load/types.js';
import type { RegionProfileDoc } from '../../model/input-types.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/**
 * SC3004: `lead`, `support`, a quick-win risk's `owner` and a team member's `agency` name an agency of RegionProfile.agencies. The did-you-mean also
 * catches the common slip of writing the short name ("Diskominfo") or full name instead of the id.
 */
export const unknownAgency: CrossFileRule = {
  name: 'unknown-agency',
  check(ctx) {
    const agencies = ctx.agencies;
    // No readable RegionProfile: that is its own error (SC3001 or a schema error), and every
    // reference would be an echo of it.
    if (!agencies || !ctx.profile) return [];
    const aliases = aliasTable(ctx.profile.data);
    const ids = [...agencies.keys()];
    const out: Diagnostic[] = [];
    const check = (id: string, doc: LoadedDocument, path: DataPath) => {
      if (agencies.has(id)) return;
      const suggestion = aliases.get(id.toLowerCase()) ?? suggest(id, ids);
      out.push(report('SC3004', { id }, doc, path, { suggestion }));
    };
    for (const { doc, data } of ctx.docs.DimensionStrategy) {
      (data.programs ?? []).forEach((p, i) => {
        check(p.lead, doc, ['programs', i, 'lead']);
        (p.support ?? []).forEach((s, j) => check(s, doc, ['programs', i, 'support', j]));
      });
    }
    const team = ctx.manifest?.data.team;
    for (const group of ['council', 'implementers'] as const) {
      (team?.[group] ?? []).forEach((m, i) => m.agency !== undefined && check(m.agency, ctx.manifest!.doc, ['team', group, i, 'agency']));
    }
    for (const { doc, data } of ctx.docs.QuickWins) {
      data.quick_wins.forEach((q, i) => {
        check(q.lead, doc, ['quick_wins', i, 'lead']);
        (q.risks ?? []).forEach((r, j) => r.owner !== undefined && check(r.owner, doc, ['quick_wins', i, 'risks', j, 'owner']));
      });
    }
    return out;
  },
};

/** Lower-cased short and full names → id. */
function aliasTable(profile: RegionProfileDoc): Map<string, string> {
  const table = new Map<string, string>();
  for (const a of profile.agencies) {
    for (const alias of [a.short, a.name]) {
      if (alias && !table.has(alias.toLowerCase())) table.set(alias.toLowerCase(), a.id);
    }
  }
  return table;
}
