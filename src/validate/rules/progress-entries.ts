import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { suggest } from '../../diagnostics/suggest.js';
import { locate, type DataPath } from '../../load/locate.js';
import type { LoadedDocument } from '../../load/types.js';
import type { IndicatorActualInput } from '../../model/input-types.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/**
 * The entries of each Progress document: SC3007 / SC5003 every entry names an existing program
 * / quick win (with did-you-mean); SC5002 each is reported at most once per document (the
 * repeat names the first); SC5004 every indicator name is an indicator of that program or
 * quick win, written exactly as there (the report matches actuals to targets by name).
 */
export const progressEntries: CrossFileRule = {
  name: 'progress-entries',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const { doc, data } of ctx.docs.Progress) {
      const seenPrograms = new Map<string, number>();
      (data.programs ?? []).forEach((entry, i) => {
        const id = entry.program;
        const at: DataPath = ['programs', i, 'program'];
        if (repeated(seenPrograms, id, i, doc, at, ['programs'], out)) return;
        const site = ctx.programs.get(id);
        if (!site) {
          if (ctx.programsComplete) out.push(report('SC3007', { id }, doc, at, { suggestion: suggest(id, ctx.programs.keys()) }));
          return;
        }
        indicators(id, (site.program.indicators ?? []).map((x) => x.name), entry.indicators, doc, ['programs', i], out);
      });
      const seenQuickWins = new Map<string, number>();
      (data.quick_wins ?? []).forEach((entry, i) => {
        const id = entry.quick_win;
        const at: DataPath = ['quick_wins', i, 'quick_win'];
        if (repeated(seenQuickWins, id, i, doc, at, ['quick_wins'], out)) return;
        const site = ctx.quickWins.get(id);
        if (!site) {
          if (ctx.quickWinsComplete) out.push(report('SC5003', { id }, doc, at, { suggestion: suggest(id, ctx.quickWins.keys()) }));
          return;
        }
        indicators(id, (site.quickWin.indicators ?? []).map((x) => x.name), entry.indicators, doc, ['quick_wins', i], out);
      });
    }
    return out;
  },
};

function repeated(seen: Map<string, number>, id: string, i: number, doc: LoadedDocument, at: DataPath, list: DataPath, out: Diagnostic[]): boolean {
  const first = seen.get(id);
  if (first === undefined) {
    seen.set(id, i);
    return false;
  }
  const firstPath = [...list, first, at[at.length - 1]];
  out.push(report('SC5002', { id }, doc, at, { related: [locate(doc, firstPath)] }));
  return true;
}

function indicators(owner: string, known: string[], actuals: IndicatorActualInput[] | undefined, doc: LoadedDocument, entry: DataPath, out: Diagnostic[]): void {
  if (!actuals || actuals.length === 0) return;
  const names = new Set(known);
  actuals.forEach((a, j) => {
    if (names.has(a.name)) return;
    out.push(report('SC5004', { name: a.name, owner: `"${owner}"` }, doc, [...entry, 'indicators', j, 'name'], { suggestion: suggestName(a.name, known) }));
  });
}

/**
 * Indicator names are sentences, so edit distance alone is too strict for them: also accept a
 * case- and space-insensitive match, the usual slip.
 */
function suggestName(name: string, known: string[]): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return known.find((k) => norm(k) === norm(name)) ?? suggest(name, known);
}
