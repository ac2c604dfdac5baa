import { describe, expect, it } from 'vitest';
import {
  formatNumbersInText,
  formatValueText,
  formatBasisPoints, formatDate, formatDecimal, formatInteger, formatMonth, formatNumber, formatRupiah, measureUnit, moneyScale,
  roman, rupiahWithWords, terbilang,
} from '../../src/format/indonesian.js';

describe('format/indonesian', () => {
  describe('numbers and money', () => {
    it('groups thousands with dots', () => {
      expect(formatInteger(0)).toBe('0');
      expect(formatInteger(999)).toBe('999');
      expect(formatInteger(1000)).toBe('1.000');
      expect(formatInteger(1250000000)).toBe('1.250.000.000');
      expect(formatInteger(-43000)).toBe('-43.000');
      expect(formatInteger(Number.MAX_SAFE_INTEGER)).toBe('9.007.199.254.740.991');
    });
    it('writes Rupiah with a space after Rp', () => {
      expect(formatRupiah(1250000000)).toBe('Rp 1.250.000.000');
      expect(formatRupiah(0)).toBe('Rp 0');
    });
    it('rounds decimals half-up on the decimal text, not the binary float', () => {
      expect(formatDecimal(3.085, 2)).toBe('3,09'); // (3.085).toFixed(2) is "3.08"
      expect(formatDecimal(0.375, 2)).toBe('0,38');
      expect(formatDecimal(1.005, 2)).toBe('1,01');
      expect(formatDecimal(16496.5, 2)).toBe('16.496,50');
      expect(formatDecimal(-0.004, 2)).toBe('0,00');
      expect(formatDecimal(2.5, 0)).toBe('3');
    });
    it('drops trailing zeros in plain numbers', () => {
      expect(formatNumber(3.5)).toBe('3,5');
      expect(formatNumber(428895)).toBe('428.895');
      expect(formatNumber(1e-7)).toBe('0');
    });
    it('formats hundredths of a percent with one decimal', () => {
      expect(formatBasisPoints(6310)).toBe('63,1%');
      expect(formatBasisPoints(7764)).toBe('77,6%');
      expect(formatBasisPoints(7765)).toBe('77,7%');
    });
  });

  describe('dates', () => {
    it('writes Indonesian dates and months', () => {
      expect(formatDate('2023-10-16')).toBe('16 Oktober 2023');
      expect(formatDate('2022-04-01')).toBe('1 April 2022');
      expect(formatMonth('2023-03')).toBe('Maret 2023');
    });
  });

  describe('terbilang', () => {
    it.each([
      [0, 'nol'],
      [1, 'satu'],
      [10, 'sepuluh'],
      [11, 'sebelas'],
      [12, 'dua belas'],
      [19, 'sembilan belas'],
      [21, 'dua puluh satu'],
      [100, 'seratus'],
      [111, 'seratus sebelas'],
      [1000, 'seribu'],
      [1001, 'seribu satu'],
      [2000, 'dua ribu'],
      [11000, 'sebelas ribu'],
      [100000, 'seratus ribu'],
      [1000000, 'satu juta'],
      [1250000000, 'satu miliar dua ratus lima puluh juta'],
      [86085000000, 'delapan puluh enam miliar delapan puluh lima juta'],
      [1000000000000, 'satu triliun'],
    ])('%d is "%s"', (n, words) => {
      expect(terbilang(n)).toBe(words);
    });
    it('rejects numbers that are not safe integers', () => {
      expect(() => terbilang(1.5)).toThrow(RangeError);
    });
    it('puts amount and words together', () => {
      expect(rupiahWithWords(1250000000)).toBe('Rp 1.250.000.000 (satu miliar dua ratus lima puluh juta rupiah)');
    });
  });

  it('writes whole numbers inside free text in Indonesian notation, leaving years, codes and decimals (issue 17)', () => {
    expect(formatNumbersInText('5000 permohonan')).toBe('5.000 permohonan');
    expect(formatNumbersInText('4120 (target 12500)')).toBe('4.120 (target 12.500)');
    expect(formatNumbersInText('sejak 2023 hingga 2032')).toBe('sejak 2023 hingga 2032');
    expect(formatNumbersInText('PP-1234, A12345, 0812345678, 1.250 dan 2,5 dan 3.5')).toBe('PP-1234, A12345, 0812345678, 1.250 dan 2,5 dan 3.5');
    expect(formatNumbersInText('<5 menit')).toBe('<5 menit');
  });

  it('groups the leading number of a measured value even where it looks like a year (issue 17)', () => {
    expect(formatValueText('2000 orang')).toBe('2.000 orang');
    expect(formatValueText('1900')).toBe('1.900');
    expect(formatValueText('2600 orang (target 2024)')).toBe('2.600 orang (target 2024)');
    expect(formatValueText('20000 nasabah')).toBe('20.000 nasabah');
    expect(formatValueText('Tahun 2024')).toBe('Tahun 2024');
  });

  it('prints no kind word ("indeks", "nilai") as a unit beside a number; a real unit as written', () => {
    expect(measureUnit('indeks')).toBeUndefined();
    expect(measureUnit('Nilai')).toBeUndefined();
    expect(measureUnit(' skor ')).toBeUndefined();
    expect(measureUnit('')).toBeUndefined();
    expect(measureUnit(undefined)).toBeUndefined();
    expect(measureUnit('hari kerja')).toBe('hari kerja');
    expect(measureUnit('%')).toBe('%');
    // A unit that only starts with a kind word is a unit: "nilai rata-rata" is not the bare word.
    expect(measureUnit('indeks poin')).toBe('indeks poin');
  });

  it('writes roman numerals for chapters and front matter', () => {
    expect([1, 4, 8, 9, 14, 40].map(roman)).toEqual(['I', 'IV', 'VIII', 'IX', 'XIV', 'XL']);
  });

  it('chooses juta or miliar for chart axes', () => {
    expect(moneyScale(5e9).unit).toBe('Miliar Rupiah');
    expect(moneyScale(5e8).unit).toBe('Juta Rupiah');
    expect(moneyScale(500).divisor).toBe(1);
  });
});
