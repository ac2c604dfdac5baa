import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { suggest } from '../../diagnostics/suggest.js';
import { formatRupiah } from '../../format/indonesian.js';
import type { ProgramInput } from '../../model/input-types.js';
import { report, siteLocation } from './report.js';
import type { CrossFileRule, ProgramSite, RuleContext } from './types.js';

/** The first year a program runs: its first `years` entry, else the period's start (every horizon starts there). */
export function programStart(p: ProgramInput, periodStart: number): number {
  return p.years && p.years.length > 0 ? Math.min(...p.years) : periodStart;
}

/**
 * Sequence (issue 21). Errors: SC3085 a `depends_on` id names no program; SC3086 the
 * dependencies form a cycle (named in full). Warnings: SC3087 a program starts before the end
 * of the first year of a program it depends on; SC3088 a quick win starts before its program's
 * first budget year; SC3089 a quick win's budget exceeds its program's planned total; SC3096 a quick win is paid
 * from a source its program plans no money from in the quick win's years (the books would disagree on it).
 */
export const sequence: CrossFileRule = {
  name: 'sequence',
  check(ctx) {
    const out: Diagnostic[] = [];
    const period = ctx.period;
    for (const { doc, data } of ctx.docs.DimensionStrategy) {
      (data.programs ?? []).forEach((p, i) => {
        (p.depends_on ?? []).forEach((id, j) => {
          const dep = ctx.programs.get(id);
          if (!dep) {
            if (ctx.programsComplete) out.push(report('SC3085', { id }, doc, ['programs', i, 'depends_on', j], { suggestion: suggest(id, ctx.programs.keys()) }));
            return;
          }
          if (!period || dep.program === p) return;
          const start = programStart(p, period.start);
          const dependencyStart = programStart(dep.program, period.start);
          if (start <= dependencyStart) {
            out.push(report('SC3087', { id: p.id, start, dependency: id, dependencyStart }, doc, ['programs', i, 'depends_on', j], { related: [siteLocation(dep)] }));
          }
        });
      });
    }
    out.push(...cycles(ctx));
    for (const { doc, data } of ctx.docs.QuickWins) {
      data.quick_wins.forEach((q, i) => {
        const program = q.program !== undefined ? ctx.programs.get(q.program)?.program : undefined;
        const budget = program?.budget ?? [];
        if (!program || budget.length === 0) return;
        const firstYear = Math.min(...budget.map((b) => b.year));
        if (Number(q.schedule.start.slice(0, 4)) < firstYear) {
          out.push(report('SC3088', { id: q.id, start: q.schedule.start, program: program.id, firstYear }, doc, ['quick_wins', i, 'schedule', 'start']));
        }
        const programTotal = budget.reduce((s, b) => s + b.amount, 0);
        if (q.budget && q.budget.amount > programTotal) {
          out.push(report('SC3089', { id: q.id, amount: formatRupiah(q.budget.amount), program: program.id, programTotal: formatRupiah(programTotal) }, doc,
            ['quick_wins', i, 'budget', 'amount']));
        }
        // SC3096: the quick win is paid from a source its program plans no money from in the quick win's years.
        // An unknown source is SC3008's alone (one finding per slip).
        if (q.budget?.source && (!ctx.fundingSet || ctx.fundingSet.has(q.budget.source))) {
          const from = Number(q.schedule.start.slice(0, 4));
          const to = Number(q.schedule.end.slice(0, 4));
          const during = budget.filter((b) => b.year >= from && b.year <= to);
          if (during.length > 0 && !during.some((b) => b.source === q.budget!.source)) {
            const planned = [...new Set(during.map((b) => `${b.year}: ${b.source}`))].join(', ');
            out.push(report('SC3096', { id: q.id, source: q.budget.source, years: from === to ? `${from}` : `${from}–${to}`, program: program.id, planned }, doc,
              ['quick_wins', i, 'budget', 'source']));
          }
        }
      });
    }
    return out;
  },
};

/**
 * SC3086: every cycle of `depends_on` that a depth-first walk meets, once each, reported at the
 * `depends_on` entry that closes it. Iterative, so 10,000 chained programs do not overflow the stack.
 */
function cycles(ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const state = new Map<string, 1 | 2>(); // 1 on the current path, 2 done
  const reported = new Set<string>();
  for (const root of ctx.programs.keys()) {
    if (state.has(root)) continue;
    const path: string[] = [];
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 1);
    path.push(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const site = ctx.programs.get(top.id) as ProgramSite;
      const deps = site.program.depends_on ?? [];
      if (top.next >= deps.length) {
        state.set(top.id, 2);
        stack.pop();
        path.pop();
        continue;
      }
      const j = top.next++;
      const dep = deps[j];
      if (!ctx.programs.has(dep)) continue;
      const s = state.get(dep);
      if (s === 1) {
        const ring = path.slice(path.indexOf(dep));
        const key = [...ring].sort().join('\u0000');
        if (reported.has(key)) continue;
        reported.add(key);
        out.push(report('SC3086', { cycle: [...ring, dep].join(' → ') }, site.doc, [...site.path.slice(0, 2), 'depends_on', j]));
      } else if (s === undefined) {
        state.set(dep, 1);
        path.push(dep);
        stack.push({ id: dep, next: 0 });
      }
    }
  }
  return out;
}
