import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFastYaml } from '../../src/load/fast-yaml.js';
import { locate } from '../../src/load/locate.js';
import { decode, flowTooDeep, parseSource } from '../../src/load/parse.js';
import { brief } from '../_helpers/project.js';

const parse = (text: string) => parseSource('x.yaml', '/p/x.yaml', text);
const briefsOf = (text: string) => parse(text).diagnostics.map(brief);
const HEAD = 'apiVersion: smartcity/v1\nkind: GapAnalysis\n';

describe('parseSource', () => {
  describe('YAML problems', () => {
    it('reports a syntax error at its position, and routes nothing', () => {
      const parsed = parse(`${HEAD}swot: {strengths: [a}\n`);
      expect(parsed.documents).toEqual([]);
      expect(parsed.diagnostics).toMatchObject([{ code: 'SC1021', data: { bracket: ']' }, location: { start: { line: 3, column: 21 } } }]);
    });

    it('reports a duplicate key (the last one does not silently win)', () => {
      expect(briefsOf(`${HEAD}swot: {}\nswot: {}\n`)).toEqual([{ code: 'SC1002', at: 'x.yaml:4:1', data: { key: 'swot' } }]);
    });

    it('reports a tab used for indentation', () => {
      expect(briefsOf(`${HEAD}swot:\n\tstrengths: [a]\n`).map((d) => [d.code, d.at])).toEqual([['SC1003', 'x.yaml:4:1']]);
    });

    it('reports a document that is not a mapping', () => {
      expect(briefsOf('- a\n- b\n')).toEqual([{ code: 'SC1004', at: 'x.yaml:1:1', data: { found: 'list' } }]);
      expect(briefsOf('just text\n')).toEqual([{ code: 'SC1004', at: 'x.yaml:1:1', data: { found: 'string' } }]);
    });

    it('stops a billion-laughs expansion', () => {
      const laughs = `${HEAD}a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n`;
      const parsed = parse(laughs);
      expect(parsed.documents).toEqual([]);
      expect(parsed.diagnostics.map(brief)).toEqual([{ code: 'SC1005', at: 'x.yaml:1:1', data: { count: '>100', limit: 100 } }]);
    });

    it('stops data nested too deep', () => {
      const deep = `${HEAD}x: ${'['.repeat(70)}${']'.repeat(70)}\n`;
      expect(briefsOf(deep).map((d) => d.code)).toEqual(['SC1015']);
    });
  });

  describe('routing', () => {
    it('suggests the kind for a misspelt one ("Quickwins" → QuickWins)', () => {
      const parsed = parse('apiVersion: smartcity/v1\nkind: Quickwins\n');
      expect(parsed.documents[0].kind).toBeUndefined();
      expect(parsed.diagnostics.map(brief)).toEqual([
        { code: 'SC1012', at: 'x.yaml:2:7', data: { value: 'Quickwins', allowed: 'Masterplan, RegionProfile, GapAnalysis, DimensionStrategy, QuickWins, Progress' }, suggestion: 'QuickWins' },
      ]);
    });

    it('rejects an unknown apiVersion at its value', () => {
      expect(briefsOf('apiVersion: smartcity/v2\nkind: QuickWins\n')).toEqual([
        { code: 'SC1010', at: 'x.yaml:1:13', data: { value: 'smartcity/v2', allowed: 'smartcity/v1' }, suggestion: 'smartcity/v1' },
      ]);
    });

    it('reports missing apiVersion and kind at the document start', () => {
      expect(briefsOf('# c\ntitle: x\n').map((d) => [d.code, d.at])).toEqual([['SC1009', 'x.yaml:2:1'], ['SC1011', 'x.yaml:2:1']]);
    });

    it('routes each document of a multi-document file, skipping empty ones', () => {
      const parsed = parse(`${HEAD}---\napiVersion: smartcity/v1\nkind: QuickWins\nquick_wins: []\n---\n# only a comment\n`);
      expect(parsed.documents.map((d) => [d.kind, d.index])).toEqual([['GapAnalysis', 0], ['QuickWins', 1]]);
      expect(parsed.diagnostics).toEqual([]);
    });

    it('reads YAML 1.2 core: yes stays text, dates stay text, no booleans from "on"', () => {
      const [doc] = parse(`${HEAD}a: yes\nb: 2023-10-16\nc: on\nd: 2024-01\n`).documents;
      expect(doc.data).toMatchObject({ a: 'yes', b: '2023-10-16', c: 'on', d: '2024-01' });
    });
  });

  describe('positions', () => {
    it('counts lines and columns the same with CRLF line ends', () => {
      const [doc] = parse(`${HEAD}swot:\n  strengths: [a]\n`.replace(/\n/g, '\r\n')).documents;
      expect(locate(doc, ['swot', 'strengths', 0]).start).toMatchObject({ line: 4, column: 15 });
    });
  });
});

describe('decode', () => {
  it('strips a UTF-8 BOM, so columns on line 1 start at 1', () => {
    expect(decode(new TextEncoder().encode('\uFEFFa: 1'))).toEqual({ text: 'a: 1' });
  });

  it('rejects binary data and invalid UTF-8', () => {
    expect(decode(Uint8Array.from([0x61, 0x00, 0x62]))).toEqual({ notText: { code: 'SC1007' } });
    expect(decode(Uint8Array.from([0x61, 0xff, 0x62]))).toEqual({ notText: { code: 'SC1026' } });
  });
});

describe('flowTooDeep', () => {
  it('finds the first bracket past the limit, skipping quotes and comments', () => {
    expect(flowTooDeep('a: [[[]]]', 3)).toBeUndefined();
    expect(flowTooDeep('a: [[[[]]]]', 3)).toBe(6);
    expect(flowTooDeep(`a: '[[[[[' # {{{{{\nb: "[[[[\\"[[["\nc: [1, [2]]`, 2)).toBeUndefined();
    expect(flowTooDeep("a: 'it''s [[[[' ", 2)).toBeUndefined();
    expect(flowTooDeep('x: ' + '{a: '.repeat(70) + '1' + '}'.repeat(70), 64)).toBe(3 + 4 * 64);
  });

  it('answers as the character-by-character scan it replaced', () => {
    const pieces = ['[', ']', '{', '}', '#', ' ', '\n', '"', "'", '\\', ',', ':', 'a', '\t'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((p) => p.join(''));
    fc.assert(fc.property(text, fc.integer({ min: 0, max: 4 }), (t, limit) => {
      expect(flowTooDeep(t, limit)).toBe(flowTooDeepByCharacter(t, limit));
    }), { numRuns: 3000 });
  });
});

/** The earlier implementation of flowTooDeep, one character at a time: the reference for the faster scan. */
function flowTooDeepByCharacter(text: string, limit: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '[' || ch === '{') {
      if (++depth > limit) return i;
    } else if (ch === ']' || ch === '}') {
      if (depth > 0) depth--;
    } else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end;
    } else if ((ch === '"' || ch === "'") && (i === 0 || /[\s\[{,:]/.test(text[i - 1]))) {
      for (i++; i < text.length; i++) {
        if (ch === '"' && text[i] === '\\') { i++; continue; }
        if (text[i] === ch) {
          if (ch === "'" && text[i + 1] === "'") { i++; continue; }
          break;
        }
      }
    }
  }
  return undefined;
}

describe('nesting depth', () => {
  const nestedMaps = (levels: number) => Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n';
  const nestedFlow = (levels: number) => `a: ${'['.repeat(levels - 1)}1${']'.repeat(levels - 1)}\n`;

  it('the fast reader takes data nested up to the limit and leaves deeper data to the library, which reports it', () => {
    for (const make of [nestedMaps, nestedFlow]) {
      expect(readFastYaml(make(64))).toBeDefined();
      expect(parse(make(64)).diagnostics.map((d) => d.code)).not.toContain('SC1015');
      expect(readFastYaml(make(65))).toBeUndefined();
      expect(parse(make(65)).diagnostics.map((d) => d.code)).toContain('SC1015');
    }
  });
});
