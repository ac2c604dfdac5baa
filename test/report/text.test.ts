import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/report/text.js';
import { ctx, diagnostics } from './_fixtures.js';

describe('formatText', () => {
  it('prints sorted blocks with frames, hints, related places and a count (en)', () => {
    expect(formatText(diagnostics, ctx('en'))).toBe(
      [
        'smartcity: error the main file smartcity.yaml is not in proj; run the command on a project folder, or create a project with "smartcity init" [SC1013 project/no-manifest]',
        '',
        'programs.yaml:5:11  warning  "dinas-kominfo" is not allowed here; choose one of: diskominfo, bappeda  [SC2003 schema/enum]',
        '    4 |   - id: p1',
        '  > 5 |     lead: dinas-kominfo',
        '      |           ^^^^^^^^^^^^^',
        '    6 |   - id: p1',
        '  hint: did you mean "diskominfo"?',
        '',
        'programs.yaml:6:9  error  the id "p1" is already used; give one of them an id not yet taken  [SC3003 ref/duplicate-id]',
        '    5 |     lead: dinas-kominfo',
        '  > 6 |   - id: p1',
        '      |         ^^',
        '  related: programs.yaml:4:9',
        '',
        '✖ 2 errors, 1 warning',
        '',
      ].join('\n'),
    );
  });

  it('prints the same in Indonesian', () => {
    expect(formatText(diagnostics, ctx('id'))).toBe(
      [
        'smartcity: kesalahan berkas utama smartcity.yaml tidak ada di proj; jalankan perintah pada folder proyek, atau buat proyek baru dengan "smartcity init" [SC1013 project/no-manifest]',
        '',
        'programs.yaml:5:11  peringatan  "dinas-kominfo" tidak diizinkan di sini; pilih salah satu yang diizinkan: diskominfo, bappeda  [SC2003 schema/enum]',
        '    4 |   - id: p1',
        '  > 5 |     lead: dinas-kominfo',
        '      |           ^^^^^^^^^^^^^',
        '    6 |   - id: p1',
        '  saran: maksud Anda "diskominfo"?',
        '',
        'programs.yaml:6:9  kesalahan  id "p1" sudah dipakai; ganti salah satunya dengan id yang belum dipakai  [SC3003 ref/duplicate-id]',
        '    5 |     lead: dinas-kominfo',
        '  > 6 |   - id: p1',
        '      |         ^^',
        '  terkait: programs.yaml:4:9',
        '',
        '✖ 2 kesalahan, 1 peringatan',
        '',
      ].join('\n'),
    );
  });

  it('omits the code frame when the source text is unknown', () => {
    const out = formatText([diagnostics[0]!], { ...ctx('en'), sources: new Map() });
    expect(out).toBe(
      'programs.yaml:6:9  error  the id "p1" is already used; give one of them an id not yet taken  [SC3003 ref/duplicate-id]\n  related: programs.yaml:4:9\n\n✖ 1 error, 0 warnings\n',
    );
  });

  it('says there are no problems', () => {
    expect(formatText([], ctx('en'))).toBe('✔ no problems\n');
    expect(formatText([], ctx('id'))).toBe('✔ tidak ada masalah\n');
  });

  it('counts infos only when there are some', () => {
    const info = { ...diagnostics[2]!, severity: 'info' as const };
    expect(formatText([info], ctx('en'))).toContain('smartcity: info ');
    expect(formatText([info], ctx('en'))).toMatch(/✖ 0 errors, 0 warnings, 1 info\n$/);
  });

  it('uses no ANSI codes when colour is off', () => {
    expect(formatText(diagnostics, ctx('en'))).not.toContain('\u001b[');
  });

  it('colours errors red, warnings yellow and frames dim when colour is on', () => {
    const out = formatText(diagnostics, ctx('en', true));
    expect(out).toContain('programs.yaml:6:9  \u001b[31merror\u001b[39m  the id');
    expect(out).toContain('programs.yaml:5:11  \u001b[33mwarning\u001b[39m  ');
    expect(out).toContain('\u001b[2m  > 6 |   - id: p1\u001b[22m');
    expect(out).toContain('\u001b[31m✖ 2 errors, 1 warning\u001b[39m');
    // Removing the codes gives exactly the uncoloured output.
    expect(out.replace(/\u001b\[\d+m/g, '')).toBe(formatText(diagnostics, ctx('en')));
  });
});
