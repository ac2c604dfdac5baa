import { describe, expect, it } from 'vitest';
import { t } from '../../src/diagnostics/translate.js';

/** The golden-thread messages as a Bappeda officer and an English reader see them: each names the fix. */
describe('golden-thread messages (issue 21)', () => {
  it('SC3086 names the whole cycle in both languages', () => {
    const data = { cycle: 'gov-01 → gov-02 → gov-01' };
    expect(t('SC3086', data, 'id')).toBe('ketergantungan program berputar: gov-01 → gov-02 → gov-01; hapus salah satu `depends_on` pada lingkaran ini');
    expect(t('SC3086', data, 'en')).toBe('program dependencies form a cycle: gov-01 → gov-02 → gov-01; remove one `depends_on` of the cycle');
  });

  it('SC3080 says where to list the gap, in both languages', () => {
    expect(t('SC3080', { gap: 'gap-05' }, 'id')).toContain('cantumkan id-nya pada `addresses`');
    expect(t('SC3080', { gap: 'gap-05' }, 'en')).toContain('list its id in the `addresses`');
  });

  it('SC3093 names the documents to align with', () => {
    const data = { rpjmdStart: 2016, rpjmdEnd: 2021, start: 2023 };
    expect(t('SC3093', data, 'id')).toBe('periode RPJMD 2016–2021 tidak mencakup tahun awal masterplan 2023; selaraskan masterplan dengan RPJMD berikutnya dan RPJPD, lalu perbarui `rpjmd.period`');
    expect(t('SC3093', data, 'en')).toContain('align the masterplan with the next RPJMD and the RPJPD');
  });

  it.each(['SC3081', 'SC3082', 'SC3083', 'SC3084', 'SC3085', 'SC3087', 'SC3088', 'SC3089', 'SC3090', 'SC3091', 'SC3092', 'SC3094', 'SC3095', 'SC3096', 'SC4030', 'SC5014'] as const)(
    '%s differs between id and en and names a fix in each',
    (code) => {
      const id = t(code, {}, 'id');
      const en = t(code, {}, 'en');
      expect(id).not.toBe(en);
      expect(id).toMatch(/; (isi|cantumkan|pilih|hapus|mulai|geser|naikkan|urutkan|samakan|pakai|tambahkan|tulis|lengkapi|id kesenjangan|`depends_on`)/);
      expect(en).toMatch(/; (fill|list|choose|remove|start|move|raise|sort|make|use|add|write|set|gap ids|`depends_on`)/);
    },
  );
});
