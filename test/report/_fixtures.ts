import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { FormatContext } from '../../src/report/types.js';

export const source = 'apiVersion: smartcity/v1\nkind: Programs\nprograms:\n  - id: p1\n    lead: dinas-kominfo\n  - id: p1\n';

export const diagnostics: Diagnostic[] = [
  {
    code: 'SC3003',
    severity: 'error',
    data: { id: 'p1' },
    location: { file: 'programs.yaml', start: { line: 6, column: 9, offset: 86 }, end: { line: 6, column: 11, offset: 88 } },
    path: ['programs', 1, 'id'],
    related: [{ file: 'programs.yaml', start: { line: 4, column: 9, offset: 45 }, end: { line: 4, column: 11, offset: 47 } }],
  },
  {
    code: 'SC2003',
    severity: 'warning',
    data: { value: 'dinas-kominfo', allowed: 'diskominfo, bappeda' },
    location: { file: 'programs.yaml', start: { line: 5, column: 11, offset: 64 }, end: { line: 5, column: 24, offset: 77 } },
    suggestion: 'diskominfo',
  },
  { code: 'SC1013', severity: 'error', data: { dir: 'proj' } },
];

export const ctx = (locale: 'id' | 'en', color = false): FormatContext => ({
  locale,
  color,
  sources: new Map([['programs.yaml', source]]),
});
