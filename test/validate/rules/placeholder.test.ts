import { describe, expect, it } from 'vitest';
import { t } from '../../../src/diagnostics/translate.js';
import { placeholder } from '../../../src/validate/rules/placeholder.js';
import { briefs, minimal, ruleTester } from '../../_helpers/project.js';

const BACKGROUND = 'Pelayanan publik belum optimal sehingga perlu inovasi digital.'; // 62 characters
const quickWin = (n: number, background: string, indicator = `Indikator ${n}`) => `  - id: qw-${n}
    name: Quick win ${n}
    dimension: governance
    element: service
    lead: diskominfo
    schedule: {start: 2024-01, end: 2024-06}
    background: ${background}
    indicators: [{name: ${indicator}}]
`;
/** Quick win n (1-based) starts on line 4 + 8(n-1); its background is 6 lines further, value at column 17. */
const quickWins = (...items: string[]) => `apiVersion: smartcity/v1\nkind: QuickWins\nquick_wins:\n${items.join('')}`;

ruleTester(placeholder, {
  valid: [
    { name: 'the minimal project' },
    { name: 'the same text twice', patch: { 'quick-wins.yaml': quickWins(quickWin(1, BACKGROUND), quickWin(2, BACKGROUND)) } },
    { name: 'a short text three times', patch: { 'quick-wins.yaml': quickWins(quickWin(1, 'Perlu inovasi.'), quickWin(2, 'Perlu inovasi.'), quickWin(3, 'Perlu inovasi.')) } },
  ],
  invalid: [
    {
      name: 'SC3095 the same background in three quick wins (case and spaces ignored), once, at the first, listing every place',
      patch: {
        'quick-wins.yaml': quickWins(quickWin(1, BACKGROUND), quickWin(2, BACKGROUND.toUpperCase()), quickWin(3, BACKGROUND.replace(' ', '   '))),
      },
      expected: [{
        code: 'SC3095',
        at: 'quick-wins.yaml:10:17',
        data: { excerpt: 'Pelayanan publik belum optimal sehingga …', count: 3, field: 'quick_wins[].background', places: 'quick-wins.yaml:10, quick-wins.yaml:18, quick-wins.yaml:26' },
        related: ['quick-wins.yaml:18:17', 'quick-wins.yaml:26:17'],
      }],
    },
  ],
});

describe('a placeholder-heavy project', () => {
  it('produces the warnings a mentor would raise: copied text, quick win above its program, answered nothing', async () => {
    const SAME_INDICATOR = 'Jumlah masyarakat yang memanfaatkan layanan digital daerah';
    const STRATEGY = 'Meningkatkan kualitas layanan publik berbasis teknologi informasi dan komunikasi';
    const files = await minimal({
      'quick-wins.yaml': quickWins(
        quickWin(1, BACKGROUND, SAME_INDICATOR).replace('    lead:', '    program: gov-01\n    budget: {amount: 900000000, source: APBD}\n    lead:'),
        quickWin(2, BACKGROUND, SAME_INDICATOR),
        quickWin(3, BACKGROUND, SAME_INDICATOR),
      ),
      'governance.yaml': [['programs:', `strategies:\n  - {id: s1, element: service, title: A, description: ${STRATEGY}}\n  - {id: s2, element: service, title: B, description: ${STRATEGY}}\n  - {id: s3, element: policy, title: C, description: ${STRATEGY}}\nprograms:`]],
    });
    // stage I findings (no readiness, gaps, SWOT, RPJMD) are beside the point here
    const found = (await briefs(files, { stage: 2 })).filter((d) => d.code.startsWith('SC3'));
    const codes = found.map((d) => `${d.code} ${String(d.data.field ?? d.data.id ?? d.data.strategy ?? '')}`);
    expect(codes).toEqual([
      'SC3082 s1', 'SC3095 strategies[].description', 'SC3082 s2', 'SC3082 s3', 'SC3081 gov-01',
      'SC3089 qw-1', 'SC3095 quick_wins[].background', 'SC3095 indicators[].name',
    ]);
    expect(found.every((d) => d.at !== '')).toBe(true);
  });

  it('says it in Indonesian and in English, with the places', async () => {
    const data = { excerpt: 'Pelayanan publik…', count: 3, field: 'quick_wins[].background', places: 'qw.yaml:10, qw.yaml:18, qw.yaml:26' };
    expect(t('SC3095', data, 'id')).toBe('teks yang sama ("Pelayanan publik…") dipakai di 3 tempat quick_wins[].background: qw.yaml:10, qw.yaml:18, qw.yaml:26; tulis isi yang khas untuk setiap tempat');
    expect(t('SC3095', data, 'en')).toBe('the same text ("Pelayanan publik…") is used in 3 places of quick_wins[].background: qw.yaml:10, qw.yaml:18, qw.yaml:26; write what is specific to each place');
  });
});
