/**
 * Shares of a whole that add up to exactly the whole as printed (largest remainder): rounded one by one, the shares
 * of a table could print 99,7% above a total row of 100,0%, and a chart's slices 101% (issue 17).
 */

/**
 * `values` as whole `unit`s of their sum, `units` of them in all (100: whole percent; 1000: tenths of a percent):
 * each share floored, then the units left over go to the largest remainders (the earlier value on a tie).
 */
export function largestRemainder(values: readonly number[], units: number): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  if (total <= 0) return values.map(() => 0);
  const exact = values.map((v) => (v / total) * units);
  const out = exact.map(Math.floor);
  let left = units - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i] += 1;
    left -= 1;
  }
  return out;
}

/** Each value's share of their sum in basis points, to one decimal of a percent, adding up to 100,0% exactly. */
export function sharesBp(values: readonly number[]): number[] {
  return largestRemainder(values, 1000).map((tenths) => tenths * 10);
}
