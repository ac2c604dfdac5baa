/**
 * The exact arithmetic of the monitoring report (INPUT-FORMAT.md, "What the monitoring report computes"): decimals
 * read as scaled integers from their text, BigInt where products could leave the safe range, every percentage and
 * the index stored floored one digit below what is shown, and the display formats built on them.
 */
import { formatBasisPoints, formatDecimal } from '../format/indonesian.js';
import { DEFAULT_WEIGHTS } from './framework.js';
import type { Assessment, IndicatorResult, Polarity, Realisation } from './types.js';

/** A number's exact decimal value as digits × 10^-scale, from its shortest decimal text. */
export function decimalOf(value: number): { digits: bigint; scale: number } {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(String(value));
  if (!m) throw new RangeError(`unexpected number text: ${value}`);
  const frac = m[3] ?? '';
  let digits = BigInt(m[2] + frac);
  let scale = frac.length - Number(m[4] ?? 0);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits: m[1] ? -digits : digits, scale };
}

/** The number scaled to `places` decimals, exactly (validation guarantees no more decimals). */
export function scaled(value: number, places: number): number {
  const { digits, scale } = decimalOf(value);
  if (scale > places) {
    // More decimals than expected: round half-up on the decimal text (never reached after validation).
    const div = 10n ** BigInt(scale - places);
    const q = (2n * digits + (digits < 0n ? -div : div)) / (2n * div);
    return Number(q);
  }
  return Number(digits * 10n ** BigInt(places - scale));
}

/** A score (at most two decimals, validated) in exact hundredths. */
export const hundredths = (value: number): number => scaled(value, 2);

/** floor(a / b) for BigInt (BigInt division truncates towards zero). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/**
 * Indicator achievement (capaian) in basis points (hundredths of a percent), floored:
 * actual / target × 100 for `up`; (2 − actual / target) × 100, floored at 0, for `down`;
 * undefined unless both are numbers and the target is not 0.
 */
export function achievementBp(actual: unknown, target: unknown, polarity: Polarity): number | undefined {
  if (typeof actual !== 'number' || typeof target !== 'number' || target === 0) return undefined;
  if (!Number.isFinite(actual) || !Number.isFinite(target)) return undefined;
  const a = decimalOf(actual);
  const t = decimalOf(target);
  const scale = Math.max(a.scale, t.scale);
  const A = a.digits * 10n ** BigInt(scale - a.scale);
  const T = t.digits * 10n ** BigInt(scale - t.scale);
  if (polarity === 'up') return Number(floorDiv(A * 10000n, T));
  // floor(20000 − x) = 20000 − ceil(x) = 20000 + floor(−x)
  const bp = 20000n + floorDiv(-A * 10000n, T);
  return Number(bp < 0n ? 0n : bp);
}

/**
 * The weighted index: sum(score × weight) / 100. Scores (1–5, at most two decimals) and weights
 * (default Kominfo's 10/20/30/20/20) are read as exact hundredths; with whole weights the index
 * is exact in ten-thousandths (Jambi 2024: 3.84·10 + 3.18·20 + 3.53·30 + 3.63·20 + 3.35·20 =
 * 347.50 → 3.4750 → "3,48"). With fractional weights it is floored to ten-thousandths, which
 * still displays exactly at two decimals. Components: every scored component, in weight order
 * (a weight without a score contributes nothing).
 */
export function computeAssessment(raw: { scores?: Record<string, number | undefined>; weights?: Record<string, number | undefined>; previous_index?: number }): Assessment | undefined {
  const scores = raw.scores ?? {};
  const weights = (raw.weights ?? DEFAULT_WEIGHTS) as Record<string, number | undefined>;
  const components: Assessment['components'] = [];
  let millionths = 0n;
  for (const [name, weight] of Object.entries(weights)) {
    const score = scores[name];
    if (score === undefined || weight === undefined) continue;
    const scoreHundredths = scaled(score, 2);
    // score (1e-2) × weight (1e-2) = 1e-4 of score·weight = 1e-6 of the index (÷ 100).
    const product = BigInt(scoreHundredths) * BigInt(scaled(weight, 2));
    millionths += product;
    components.push({ name, scoreHundredths, weight, weightedTenThousandths: Number(floorDiv(product, 100n)) });
  }
  if (!components.length && raw.previous_index === undefined) return undefined;
  const assessment: Assessment = { components, indexTenThousandths: Number(floorDiv(millionths, 100n)) };
  if (raw.previous_index !== undefined) {
    assessment.previousIndexHundredths = scaled(raw.previous_index, 2);
    assessment.changeTenThousandths = assessment.indexTenThousandths - assessment.previousIndexHundredths * 100;
  }
  return assessment;
}

// ---- display helpers (half-up only here) ----

/** num / den in basis points, floored (exact for a one-decimal display); undefined when den is 0. */
export function ratioBp(num: number, den: number): number | undefined {
  if (den === 0) return undefined;
  return Number(floorDiv(BigInt(num) * 10000n, BigInt(den)));
}

/** "63,1%" (one decimal, half-up on the exact ratio); "–" when the denominator is 0. */
export function formatPercent(num: number, den: number, dash = '–'): string {
  const bp = ratioBp(num, den);
  return bp === undefined ? dash : formatBasisPoints(bp, 1);
}

/** The budget realisation of a group, "63,1%". */
export function formatRealisation(r: { planned: number; realized: number }): string {
  return formatPercent(r.realized, r.planned);
}

/** Implementation rate of a group (on_track or done / programs with a planned amount) in bp. */
export function implementationBp(r: Realisation): number | undefined {
  return ratioBp(r.implemented, r.programs);
}

/** One decimal of percent, half-up: the exact value of a ratio, as a number (63.1). */
export function percentTenths(num: number, den: number): number | undefined {
  if (den === 0) return undefined;
  // half-up: floor((2·num·1000 + den) / (2·den)) for non-negative values
  const n = BigInt(num) * 2000n + BigInt(den);
  return Number(floorDiv(n, 2n * BigInt(den))) / 10;
}

/** "3,48" from ten-thousandths, half-up. */
export function formatIndex(tenThousandths: number): string {
  return formatDecimal(tenThousandths / 10000, 2);
}

/** "+0,38", "-0,12", "0,00" from ten-thousandths, half-up (away from zero). */
export function formatIndexChange(tenThousandths: number): string {
  const text = formatDecimal(tenThousandths / 10000, 2);
  return text.startsWith('-') || text === '0,00' ? text : `+${text}`;
}

/** An indicator's achievement, "104,5%", or undefined when not computable. */
export function formatAchievement(i: IndicatorResult): string | undefined {
  return i.achievementBp === undefined ? undefined : formatBasisPoints(i.achievementBp, 1);
}

/** The year's figures, or undefined when the year was not reported. */
