import { describe, expect, it } from 'vitest';
import { amountFromText } from '../../src/validate/amount-text.js';
import { briefs, minimal } from '../_helpers/project.js';

describe('amountFromText', () => {
  it.each([
    ['Rp 1,8 M', 1_800_000_000],
    ['1,8 miliar', 1_800_000_000],
    ['Rp 750 juta', 750_000_000],
    ['750 jt', 750_000_000],
    ['Rp 1.250.000', 1_250_000],
    ['Rp. 1.250.000,-', 1_250_000],
    ['2,5 T', 2_500_000_000_000],
    ['500 ribu', 500_000],
    ['1250000', 1_250_000],
  ])('%s → %d', (text, expected) => {
    expect(amountFromText(text)).toBe(expected);
  });

  it.each(['sekitar satu miliar', '1,8 kg', '', 'Rp', '1,5'])('%s is not read as an amount', (text) => {
    expect(amountFromText(text)).toBeUndefined();
  });
});

describe('a budget amount written as text', () => {
  it('gets SC2002 with the whole number as the hint', async () => {
    const got = await briefs(await minimal({ 'governance.yaml': [['amount: 100000000', 'amount: "Rp 1,8 M"']] }));
    const d = got.find((b) => b.code === 'SC2002');
    expect(d?.suggestion).toBe('1800000000');
  });
});
