/**
 * Indonesian writing conventions (DOMAIN.md), in one place: `.` for thousands, `,` for
 * decimals, `Rp 1.250.000.000`, `16 Oktober 2023`, amounts in words (terbilang), roman numerals.
 * Every function is pure and exact for whole numbers up to Number.MAX_SAFE_INTEGER.
 */

export const MONTHS = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 1250000 → "1.250.000"; -5 → "-5". Non-integers are rounded half away from zero. */
export function formatInteger(value: number): string {
  const rounded = Math.round(Math.abs(value));
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return sign + groupThousands(String(rounded));
}

/** 1250000000 → "Rp 1.250.000.000". */
export function formatRupiah(amount: number): string {
  return amount < 0 ? `-Rp ${formatInteger(-amount)}` : `Rp ${formatInteger(amount)}`;
}

/**
 * A decimal with a fixed number of digits and `,` as the separator, rounded half-up on the
 * decimal text (not binary floating point): 3.085 → "3,09", 16496.5 → "16.496,50".
 */
export function formatDecimal(value: number, digits: number): string {
  const negative = value < 0;
  const [int, frac = ''] = decimalText(Math.abs(value)).split('.');
  let scaled = BigInt(int + frac.padEnd(digits + 1, '0').slice(0, digits + 1));
  scaled = (scaled + 5n) / 10n; // half-up on the exact decimal expansion
  const text = scaled.toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const decimals = text.slice(text.length - digits);
  const sign = negative && scaled !== 0n ? '-' : '';
  return sign + groupThousands(whole) + (digits > 0 ? ',' + decimals : '');
}

/** The shortest decimal text of a number, without exponent notation. */
function decimalText(value: number): string {
  const s = String(value);
  if (!/e/i.test(s)) return s;
  return value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

/** A number as written in Indonesian: integers grouped, decimals with `,` and at most `maxDigits`. */
export function formatNumber(value: number, maxDigits = 2): string {
  if (Number.isInteger(value)) return formatInteger(value);
  return formatDecimal(value, maxDigits).replace(/,?0+$/, '');
}

/**
 * Whole numbers inside free text in Indonesian notation, so a number reads the same in a sentence as in a
 * table: "5000 permohonan" → "5.000 permohonan". Left as written: a four-digit year (1900–2100), a number
 * with a leading zero (a code), one already grouped or with decimals, and digits inside a word ("PP-12", "A1").
 */
export function formatNumbersInText(text: string): string {
  return text.replace(/(?<![\d.,\p{L}_-])[1-9]\d{3,}(?![.,]?\d|[\p{L}_-])/gu, (m) =>
    m.length === 4 && Number(m) >= 1900 && Number(m) <= 2100 ? m : groupThousands(m));
}

/**
 * A measured value written as text ("2000 orang", "5000 permohonan"): its leading number is a quantity, never a
 * year, so it is grouped even between 1900 and 2100 (issue 17: "2000 orang" beside "2.600 orang"); the rest of
 * the text as formatNumbersInText.
 */
export function formatValueText(text: string): string {
  return formatNumbersInText(text.replace(/^[1-9]\d{3}(?=\s|$)/, (m) => groupThousands(m)));
}

/**
 * Satuan words that say what kind of number a value is, not what it counts: an RPJMD-style Satuan column
 * reads "Indeks" or "Nilai", but beside a number ("2,45 indeks", "82,1 nilai") they read as a stub.
 */
const KIND_WORDS = new Set(['nilai', 'indeks', 'skor', 'angka', 'rasio']);

/** The unit to print beside a value: undefined for none, blank, or a kind word ("indeks"); otherwise as written. */
export function measureUnit(unit: string | undefined): string | undefined {
  const u = unit?.trim();
  return u && !KIND_WORDS.has(u.toLowerCase()) ? u : undefined;
}

/** An integer ratio in hundredths of a percent (6310 → "63,1%"), one decimal, half-up. */
export function formatBasisPoints(bp: number, digits = 1): string {
  return `${formatDecimal(bp / 100, digits)}%`;
}

/** "2023-10-16" → "16 Oktober 2023". */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** "2023-03" → "Maret 2023". */
export function formatMonth(yearMonth: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  if (!m) return yearMonth;
  return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

const ONES = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];
const SCALES = ['', 'ribu', 'juta', 'miliar', 'triliun', 'kuadriliun'];

function belowThousand(n: number): string {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 1) words.push('seratus');
  else if (hundreds > 1) words.push(`${ONES[hundreds]} ratus`);
  if (rest < 12) {
    if (rest > 0) words.push(ONES[rest]);
  } else if (rest < 20) {
    words.push(`${ONES[rest - 10]} belas`);
  } else {
    words.push(`${ONES[Math.floor(rest / 10)]} puluh`);
    if (rest % 10) words.push(ONES[rest % 10]);
  }
  return words.join(' ');
}

/** Whole number in Indonesian words: 1250000000 → "satu miliar dua ratus lima puluh juta". */
export function terbilang(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`terbilang needs a safe integer, got ${value}`);
  if (value === 0) return 'nol';
  if (value < 0) return `minus ${terbilang(-value)}`;
  const groups: number[] = [];
  for (let n = value; n > 0; n = Math.floor(n / 1000)) groups.push(n % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    if (g === 0) continue;
    // 1000 is "seribu", not "satu ribu"; "satu juta" keeps its "satu".
    if (g === 1 && i === 1) words.push('seribu');
    else words.push([belowThousand(g), SCALES[i]].filter(Boolean).join(' '));
  }
  return words.join(' ');
}

/** "Rp 1.250.000.000 (satu miliar dua ratus lima puluh juta rupiah)". */
export function rupiahWithWords(amount: number): string {
  return `${formatRupiah(amount)} (${terbilang(amount)} rupiah)`;
}

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 8 → "VIII". */
export function roman(value: number): string {
  let n = value;
  let out = '';
  for (const [v, s] of ROMAN) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/**
 * Chooses "juta" or "miliar" for a chart axis from the largest value, so axis labels stay short.
 */
export function moneyScale(max: number): { divisor: number; unit: string } {
  if (max >= 1e9) return { divisor: 1e9, unit: 'Miliar Rupiah' };
  if (max >= 1e6) return { divisor: 1e6, unit: 'Juta Rupiah' };
  return { divisor: 1, unit: 'Rupiah' };
}
