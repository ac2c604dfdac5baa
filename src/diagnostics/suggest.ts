/** Levenshtein distance, two rows at a time. */
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Words of an id or name: "dinas-kominfo" → ["dinas", "kominfo"]; words under 3 letters say little. */
function words(value: string): string[] {
  return value.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3);
}

/**
 * The closest candidate, or undefined when none is close. A candidate that starts with what was
 * typed (or the other way round) or shares a word with it comes first: "bappeda" means the planning
 * agency "bappedalitbang", not the revenue office "bapenda" one letter away. Otherwise the cut-off
 * (distance below half the candidate's length, at most 3) keeps it from suggesting something absurd,
 * as better-ajv-errors does. Comparison ignores case, so "Bappeda" finds "bappeda".
 */
export function suggest(value: string, candidates: Iterable<string>): string | undefined {
  const needle = value.toLowerCase();
  const list = [...candidates];
  const related = needle.length >= 3
    ? list.filter((c) => {
        const lower = c.toLowerCase();
        if (lower === needle) return true;
        if (lower.startsWith(needle) || (lower.length >= 3 && needle.startsWith(lower))) return true;
        const typed = new Set(words(needle));
        return words(lower).some((w) => typed.has(w));
      })
    : [];
  if (related.length > 0) return closest(needle, related).best;
  const { best, distance } = closest(needle, list);
  if (best === undefined) return undefined;
  const limit = Math.min(3, Math.max(1, Math.floor(best.length / 2)));
  return distance <= limit ? best : undefined;
}

/** The candidate at the smallest edit distance (ties: the first in code-point order). */
function closest(needle: string, candidates: readonly string[]): { best?: string; distance: number } {
  let best: string | undefined;
  let distance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(needle, candidate.toLowerCase());
    if (d < distance || (d === distance && best !== undefined && candidate < best)) {
      best = candidate;
      distance = d;
    }
  }
  return { best, distance };
}

/** "a, b, c" for short lists; the first items and a count for long ones. */
export function listAllowed(values: readonly string[], max = 12): string {
  if (values.length <= max) return values.join(', ');
  return `${values.slice(0, max).join(', ')}, … (+${values.length - max})`;
}
