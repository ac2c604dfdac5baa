import type { Locale } from '../diagnostics/translate.js';
import { formatDecimal } from './indonesian.js';

/**
 * A run's duration as a reader takes it in: milliseconds below one second ("312 ms"), seconds with
 * one decimal above ("6,5 detik", "6.5 s"); "6.470 ms" in an English line reads as 6.47 ms.
 */
export function formatDuration(ms: number, locale: Locale): string {
  const whole = Math.round(ms);
  if (whole < 1000) return `${whole} ms`;
  const seconds = formatDecimal(whole / 1000, 1);
  return locale === 'id' ? `${seconds} detik` : `${seconds.replace(/\./g, ',').replace(/,(\d)$/, '.$1')} s`;
}
