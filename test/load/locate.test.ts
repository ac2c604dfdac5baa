import { describe, expect, it } from 'vitest';
import { locate, locateDocument } from '../../src/load/locate.js';
import { parseSource } from '../../src/load/parse.js';

const TEXT = `apiVersion: smartcity/v1
kind: DimensionStrategy
dimension: governance
goal:
programs:
  - id: gov-01
    support: [a, b]
    budget:
      - {year: 2024, amount: 1, source: APBD}
`;
const doc = parseSource('x.yaml', '/p/x.yaml', TEXT).documents[0];
const at = (path: (string | number)[], target?: 'value' | 'key') => {
  const l = locate(doc, path, target);
  return `${l.start.line}:${l.start.column}-${l.end.line}:${l.end.column}`;
};

describe('locate', () => {
  it('points at a scalar value', () => {
    expect(at(['dimension'])).toBe('3:12-3:22');
    expect(at(['programs', 0, 'support', 1])).toBe('7:18-7:19');
    expect(at(['programs', 0, 'budget', 0, 'source'])).toBe('9:41-9:45');
  });

  it('points at the key with target "key"', () => {
    expect(at(['dimension'], 'key')).toBe('3:1-3:10');
    expect(at(['programs', 0, 'budget', 0, 'year'], 'key')).toBe('9:10-9:14');
  });

  it('points at the key of a block collection and of an empty value', () => {
    expect(at(['programs'])).toBe('5:1-5:9');
    expect(at(['goal'])).toBe('4:1-4:5');
  });

  it('falls back to the nearest existing parent for a missing path', () => {
    expect(at(['programs', 0, 'lead'])).toBe('6:5-6:15');
    expect(at(['region', 'name'])).toBe('1:1-1:25');
    expect(at(['programs', 5])).toBe('5:1-5:9');
  });

  it('keeps a multi-line node on its first line', () => {
    expect(at(['programs', 0])).toMatch(/^6:5-6:\d+$/);
  });
});

describe('locateDocument', () => {
  it('points at the start of the document content', () => {
    const second = parseSource('x.yaml', '/p/x.yaml', `${TEXT}---\n# c\napiVersion: smartcity/v1\nkind: QuickWins\n`).documents[1];
    expect(locateDocument(second).start).toMatchObject({ line: 12, column: 1 });
  });
});
