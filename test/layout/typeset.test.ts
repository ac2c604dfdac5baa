import { describe, expect, it } from 'vitest';
import { keepLabels, NO_BREAK_HYPHEN, typesetter } from '../../src/layout/typeset.js';

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
      expect(typeset('sama-sama e-planning xgov-03 gov-030 gov-03-a')).toBe('sama-sama e-planning xgov-03 gov-030 gov-03-a');
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

  describe('keepLabels', () => {
    it('joins Rp, Tabel, Gambar and BAB to the number after them, and nothing else', () => {
      expect(keepLabels('Rp 1.000, Tabel 3.2, Gambar 1.1, BAB IV, Tabel berikut')).toBe('Rp\u00A01.000, Tabel\u00A03.2, Gambar\u00A01.1, BAB\u00A0IV, Tabel berikut');
    });
  });
});
