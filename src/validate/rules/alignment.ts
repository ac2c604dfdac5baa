import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/**
 * Warnings of alignment (issue 21): SC3093 the RPJMD period does not cover the plan's first
 * year (a common assessor finding: "not aligned with the RPJMD"); SC3094 an agency leads a
 * program but sits in neither the council nor the team, checked only when `team` names agencies
 * (otherwise there is nothing to compare with). Once per agency, at its first program.
 */
export const alignment: CrossFileRule = {
  name: 'alignment',
  check(ctx) {
    const out: Diagnostic[] = [];
    const rpjmd = ctx.profile?.data.rpjmd?.period;
    const period = ctx.period;
    if (ctx.profile && rpjmd && period && (period.start < rpjmd.start || period.start > rpjmd.end)) {
      out.push(report('SC3093', { rpjmdStart: rpjmd.start, rpjmdEnd: rpjmd.end, start: period.start }, ctx.profile.doc, ['rpjmd', 'period']));
    }
    const team = ctx.manifest?.data.team;
    const inTeam = new Set(
      [...(team?.council ?? []), ...(team?.implementers ?? [])].map((m) => m.agency).filter((a): a is string => a !== undefined),
    );
    if (inTeam.size === 0) return out;
    const seen = new Set<string>();
    for (const { doc, data } of ctx.docs.DimensionStrategy) {
      (data.programs ?? []).forEach((p, i) => {
        if (inTeam.has(p.lead) || seen.has(p.lead)) return;
        seen.add(p.lead);
        out.push(report('SC3094', { agency: p.lead, id: p.id }, doc, ['programs', i, 'lead']));
      });
    }
    return out;
  },
};
