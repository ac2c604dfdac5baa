import { describe, expect, it } from 'vitest';
import { largestRemainder, sharesBp } from '../../src/format/shares.js';

describe('shares that add up to the whole as printed (largest remainder)', () => {
  it("the example's budget per action group (Rp juta 1.135, 58.825, 20.050, 5.200, 875 of 86.085) in tenths of a percent", () => {
    // Exact tenths: 13,185 683,336 232,909 60,405 10,164; floors add up to 998; the two left go to ,909 and ,405.
    expect(largestRemainder([1135, 58825, 20050, 5200, 875], 1000)).toEqual([13, 683, 233, 61, 10]);
    // Rounded one by one they printed 1,3 + 68,3 + 23,3 + 6,0 + 1,0 = 99,9% above a total of 100,0% (Buku II Tabel 3.7).
    expect(sharesBp([1135, 58825, 20050, 5200, 875])).toEqual([130, 6830, 2330, 610, 100]);
  });

  it('three equal thirds: 34 + 33 + 33 whole percent, the first taking the unit left over; nothing of nothing', () => {
    expect(largestRemainder([1, 1, 1], 100)).toEqual([34, 33, 33]);
    expect(largestRemainder([0, 0], 100)).toEqual([0, 0]);
  });
});
