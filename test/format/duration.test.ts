import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/format/duration.js';

describe('formatDuration', () => {
  it('keeps milliseconds below one second', () => {
    expect(formatDuration(312, 'id')).toBe('312 ms');
    expect(formatDuration(999.4, 'en')).toBe('999 ms');
  });

  it('says seconds with one decimal from one second on, in each language', () => {
    expect(formatDuration(6470, 'id')).toBe('6,5 detik');
    expect(formatDuration(6470, 'en')).toBe('6.5 s');
    expect(formatDuration(1000, 'id')).toBe('1,0 detik');
    expect(formatDuration(1234567, 'en')).toBe('1,234.6 s');
    expect(formatDuration(1234567, 'id')).toBe('1.234,6 detik');
  });
});
