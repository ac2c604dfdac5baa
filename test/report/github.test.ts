import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatGithub } from '../../src/report/github.js';
import { formatters } from '../../src/report/index.js';
import { formatText } from '../../src/report/text.js';
import { ctx, diagnostics } from './_fixtures.js';

describe('formatGithub', () => {
  it('writes one annotation per diagnostic, then the full text report', () => {
    const out = formatGithub(diagnostics, ctx('en'));
    const lines = out.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '::error title=SC1013 project/no-manifest::the main file smartcity.yaml is not in proj; run the command on a project folder, or create a project with "smartcity init"',
      '::warning file=programs.yaml,line=5,col=11,endLine=5,endColumn=24,title=SC2003 schema/enum::"dinas-kominfo" is not allowed here; choose one of: diskominfo, bappeda',
      '::error file=programs.yaml,line=6,col=9,endLine=6,endColumn=11,title=SC3003 ref/duplicate-id::the id "p1" is already used; give one of them an id not yet taken',
    ]);
    expect(lines.slice(3).join('\n')).toBe(formatText(diagnostics, ctx('en')));
  });

  it('localises messages and never colours', () => {
    const out = formatGithub(diagnostics, ctx('id', true));
    expect(out).toContain('::error file=programs.yaml,line=6,col=9,endLine=6,endColumn=11,title=SC3003 ref/duplicate-id::id "p1" sudah dipakai; ganti salah satunya dengan id yang belum dipakai');
    expect(out).toContain('✖ 2 kesalahan, 1 peringatan');
    expect(out).not.toContain('\u001b[');
  });

  it('uses ::notice for info', () => {
    const info: Diagnostic = { ...diagnostics[2]!, severity: 'info' };
    expect(formatGithub([info], ctx('en'))).toMatch(/^::notice title=SC1013 project\/no-manifest::/);
  });

  it('escapes % CR LF in the message and also , : in properties', () => {
    const d: Diagnostic = {
      code: 'SC2003',
      severity: 'error',
      data: { value: '50%\r\nx', allowed: 'a, b' },
      location: { file: 'C:\\p,q.yaml', start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
    };
    const first = formatGithub([d], { ...ctx('en'), sources: new Map() }).split('\n')[0];
    expect(first).toBe(
      '::error file=C%3A\\p%2Cq.yaml,line=1,col=1,endLine=1,endColumn=2,title=SC2003 schema/enum::"50%25%0D%0Ax" is not allowed here; choose one of: a, b',
    );
  });

  it('prints only the text report when there is nothing to annotate', () => {
    expect(formatGithub([], ctx('en'))).toBe('✔ no problems\n');
  });
});

describe('formatters', () => {
  it('maps each output format to its formatter', () => {
    expect(Object.keys(formatters)).toEqual(['text', 'json', 'github']);
    expect(formatters.github).toBe(formatGithub);
  });
});
