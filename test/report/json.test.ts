import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/report/json.js';
import { ctx, diagnostics } from './_fixtures.js';

describe('formatJson', () => {
  it('has a summary and sorted diagnostics with keys in the documented order', () => {
    const out = formatJson(diagnostics, ctx('en'));
    expect(out.endsWith('}\n')).toBe(true);
    expect(out).toContain('\n  "version": 1,\n');
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(['version', 'summary', 'diagnostics']);
    expect(doc.summary).toEqual({ errors: 2, warnings: 1, infos: 0 });
    expect(doc.diagnostics.map((d: { code: string }) => d.code)).toEqual(['SC1013', 'SC2003', 'SC3003']);
    expect(Object.keys(doc.diagnostics[2])).toEqual([
      'code', 'name', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'path', 'related',
    ]);
    expect(doc.diagnostics[2]).toEqual({
      code: 'SC3003',
      name: 'ref/duplicate-id',
      severity: 'error',
      message: 'the id "p1" is already used; give one of them an id not yet taken',
      file: 'programs.yaml',
      line: 6,
      column: 9,
      endLine: 6,
      endColumn: 11,
      path: ['programs', 1, 'id'],
      related: [{ file: 'programs.yaml', line: 4, column: 9 }],
    });
    expect(doc.diagnostics[1].suggestion).toBe('diskominfo');
  });

  it('omits location keys for run-level diagnostics', () => {
    const doc = JSON.parse(formatJson(diagnostics, ctx('en')));
    expect(doc.diagnostics[0]).toEqual({
      code: 'SC1013',
      name: 'project/no-manifest',
      severity: 'error',
      message: 'the main file smartcity.yaml is not in proj; run the command on a project folder, or create a project with "smartcity init"',
    });
  });

  it('writes messages in the chosen locale and never colours', () => {
    const out = formatJson(diagnostics, ctx('id', true));
    expect(out).not.toContain('\u001b[');
    expect(JSON.parse(out).diagnostics[2].message).toBe('id "p1" sudah dipakai; ganti salah satunya dengan id yang belum dipakai');
  });

  it('handles an empty list', () => {
    expect(JSON.parse(formatJson([], ctx('en')))).toEqual({
      version: 1,
      summary: { errors: 0, warnings: 0, infos: 0 },
      diagnostics: [],
    });
  });
});
