import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '../../src/load/types.js';
import { validatorFor } from '../../src/validate/ajv.js';

describe('validatorFor', () => {
  it.each(DOCUMENT_KINDS)('gives a validator for %s', (kind) => {
    const validate = validatorFor(kind);
    expect(validate({ apiVersion: 'smartcity/v1', kind })).toBe(kind === 'GapAnalysis');
  });

  it('reports every error (allErrors) with the parent schema (verbose)', () => {
    const validate = validatorFor('QuickWins');
    expect(validate({ apiVersion: 'smartcity/v1', kind: 'QuickWins', quick_wins: [{ id: 'a', nmae: 1 }] })).toBe(false);
    const errors = validate.errors ?? [];
    expect(errors.length).toBeGreaterThan(3);
    const unknown = errors.find((e) => e.keyword === 'additionalProperties');
    expect(Object.keys(unknown?.parentSchema?.properties ?? {})).toContain('name');
  });
});
