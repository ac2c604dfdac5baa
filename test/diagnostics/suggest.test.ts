import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/diagnostics/suggest.js';

describe('suggest', () => {
  it('prefers an id that starts with what was typed over one a letter away', () => {
    // "bapenda" (revenue office) is 2 edits from "bappeda"; the planning agency is meant.
    expect(suggest('bappeda', ['bapenda', 'bappedalitbang', 'diskominfo'])).toBe('bappedalitbang');
  });

  it('prefers an id that shares a word with what was typed', () => {
    expect(suggest('dinas-kominfo', ['diskominfo', 'kominfo-kab', 'dinkes'])).toBe('kominfo-kab');
    expect(suggest('apbd kab', ['APBD', 'APBD Provinsi', 'APBN'])).toBe('APBD');
  });

  it('takes an id that what was typed starts with (a trailing slip)', () => {
    expect(suggest('gov-01x', ['gov-01', 'eco-01'])).toBe('gov-01');
  });

  it('falls back to the closest spelling within the cut-off, and to nothing beyond it', () => {
    expect(suggest('bapeda', ['bappeda', 'dinkes'])).toBe('bappeda');
    expect(suggest('xyz', ['bappeda', 'dinkes'])).toBeUndefined();
  });

  it('does not treat one or two typed letters as a prefix', () => {
    expect(suggest('ba', ['bappeda', 'bapenda'])).toBeUndefined();
  });
});
