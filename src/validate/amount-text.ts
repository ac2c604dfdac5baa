/**
 * An amount written as text the way it is said or printed ("Rp 1,8 M", "750 juta", "Rp 1.250.000")
 * → the whole number of rupiah the schema wants, for a did-you-mean hint; undefined when the text is
 * not such an amount. Indonesian writing: `.` groups thousands, `,` is the decimal separator.
 */
const SCALES: [RegExp, number][] = [
  [/^(t|tn|triliun)$/, 1e12],
  [/^(m|milyar|miliar)$/, 1e9],
  [/^(jt|juta)$/, 1e6],
  [/^(rb|ribu)$/, 1e3],
  [/^$/, 1],
];

export function amountFromText(text: string): number | undefined {
  const m = /^\s*(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*([a-z]*)\.?\s*(?:,-)?\s*$/i.exec(text);
  if (!m) return undefined;
  const [, whole, fraction = '', unit] = m;
  const scale = SCALES.find(([re]) => re.test(unit.toLowerCase()))?.[1];
  if (scale === undefined) return undefined;
  // Exact in integers: 1,8 M = 18 × 10^9 / 10.
  const digits = BigInt(whole.replace(/\./g, '') + fraction);
  const value = (digits * BigInt(scale)) / 10n ** BigInt(fraction.length);
  if ((digits * BigInt(scale)) % 10n ** BigInt(fraction.length) !== 0n) return undefined;
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : undefined;
}
