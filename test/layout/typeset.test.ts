import { describe, expect, it } from 'vitest';
import { keepLabels, keepTerms, NO_BREAK_HYPHEN, typesetter } from '../../src/layout/typeset.js';

const NB = '\u2011';

describe('layout/typeset', () => {
  describe('typesetter', () => {
    const typeset = typesetter(['gov-03', 'gov-st-1', 'qw-sipandu', 'plain']);

    it('makes every hyphen of an identifier non-breaking, in brackets and before a full stop', () => {
      expect(NO_BREAK_HYPHEN).toBe(NB);
      expect(typeset('Layanan data (gov-03), lihat gov-03.')).toBe(`Layanan data (gov${NB}03), lihat gov${NB}03.`);
      expect(typeset('qw-sipandu dan gov-st-1')).toBe(`qw${NB}sipandu dan gov${NB}st${NB}1`);
    });

    it('leaves prose hyphens and tokens that only contain an identifier alone', () => {
      expect(typeset('sama-sama xgov-03 gov-030 gov-03-a')).toBe('sama-sama xgov-03 gov-030 gov-03-a');
      // A candidate starts where its run of letters, digits, '_' and '.' starts, whatever comes before the run.
      expect(typeset('gov-03/gov-03,égov-03 _gov-03 .gov-03 \u{1D400}gov-03')).toBe(`gov${NB}03/gov${NB}03,égov-03 _gov-03 .gov-03 \u{1D400}gov-03`);
    });

    it('still keeps "Rp" with its number', () => {
      expect(typeset('Rp 5 untuk gov-03')).toBe(`Rp\u00A05 untuk gov${NB}03`);
    });

    it('changes nothing but labels without identifiers', () => {
      expect(typesetter()('gov-03 Tabel 2.1')).toBe('gov-03 Tabel\u00A02.1');
    });
  });

  describe('keepTerms (issue 17)', () => {
    it('joins a month or "Tahun" to its year, a number to its time unit, an arrow to the numbers either side', () => {
      expect(keepTerms('Maret 2024 – Februari 2025 (12 bulan), TAHUN 2023–2032, Tahun 2023')).toBe('Maret\u00A02024\u00A0– Februari\u00A02025 (12\u00A0bulan), TAHUN\u00A02023–2032, Tahun\u00A02023');
      expect(keepTerms('Aduan (persen): 0 → 250; 5 hari kerja; 3 tahun')).toBe('Aduan (persen): 0\u00A0→\u00A0250; 5\u00A0hari kerja; 3\u00A0tahun');
      expect(keepTerms('7 Juni 2024')).toBe('7\u00A0Juni\u00A02024');
      expect(keepTerms('Desember 2026 – November 2027')).toBe('Desember\u00A02026\u00A0– November\u00A02027');
    });
    it('keeps a short prefix and an upper-case code whole, and lets reduplications and words break', () => {
      expect(keepTerms('e-planning, e-PPGBM, PBB-P2, COVID-19, ke-2')).toBe(`e${NB}planning, e${NB}PPGBM, PBB${NB}P2, COVID${NB}19, ke${NB}2`);
      expect(keepTerms('masing-masing, sehari-hari, Maret, tahun lalu, 2 orang, bulan 3, gov-03-a')).toBe('masing-masing, sehari-hari, Maret, tahun lalu, 2 orang, bulan 3, gov-03-a');
    });
  });

  describe('keepLabels', () => {
    it('joins Rp, Tabel, Gambar and BAB to the number after them, and nothing else', () => {
      expect(keepLabels('Rp 1.000, Tabel 3.2, Gambar 1.1, BAB IV, Tabel berikut')).toBe('Rp\u00A01.000, Tabel\u00A03.2, Gambar\u00A01.1, BAB\u00A0IV, Tabel berikut');
    });
  });
});
