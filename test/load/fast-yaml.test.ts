/**
 * The fast YAML reader (src/load/fast-yaml.ts) against the `yaml` library: on every YAML file of the
 * example, the fixtures and generated projects it must accept and agree exactly; on generated and
 * mutated YAML-ish texts, whenever it accepts, the library must read the text without error or
 * warning and agree exactly (data, positions, locate()).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { readFastYaml } from '../../src/load/fast-yaml.js';
import { resolvePlain } from '../../src/load/fast-yaml-scalars.js';
import { parseSource } from '../../src/load/parse.js';
import { expectSameAsLibrary } from './_compare.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCALE = Number(process.env.FUZZ_RUNS ?? 1);

/** YAML files below `dir`, skipping build output. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !f.split(path.sep).includes('dist'))
    .sort();
}

const generated = mkdtempSync(path.join(os.tmpdir(), 'fast-yaml-'));
afterAll(() => rmSync(generated, { recursive: true, force: true }));

describe('fast YAML reader: every project file', () => {
  const files = [...yamlFiles(path.join(ROOT, 'examples')), ...yamlFiles(path.join(ROOT, 'test/_fixtures'))];
  it('finds the example and fixture files', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  it.each(files.map((f) => [path.relative(ROOT, f)]))('%s: accepted, same data and locations as the library', (rel) => {
    expectSameAsLibrary(readFileSync(path.join(ROOT, rel), 'utf8'), { mustAccept: true });
  });
  it.each([1, 2, 3])('generated project N=30 seed %i: every file accepted and the same', (seed) => {
    const dir = path.join(generated, `seed-${seed}`);
    generate(dir, { programs: 30, seed });
    const list = yamlFiles(dir);
    expect(list.length).toBeGreaterThan(5);
    for (const file of list) expectSameAsLibrary(readFileSync(file, 'utf8'), { mustAccept: true });
  });
});

describe('fast YAML reader: what it reads', () => {
  it('resolves plain scalars by the core schema', () => {
    const cases: [string, unknown][] = [
      ['~', null], ['', null], ['Null', null], ['NULL', null], ['nULL', 'nULL'], ['True', true], ['FALSE', false], ['yes', 'yes'],
      ['0o17', 15], ['0x1F', 31], ['0X1F', '0X1F'], ['+12', 12], ['-0', -0], ['007', 7], ['1_000', '1_000'], ['1e3', 1000],
      ['.5', 0.5], ['1.', 1], ['-.Inf', -Infinity], ['.NaN', NaN], ['.nan', NaN], ['.NAN', NaN], ['2024-01-01', '2024-01-01'],
    ];
    for (const [text, value] of cases) {
      expect(Object.is(resolvePlain(text), value), text).toBe(true);
      expectSameAsLibrary(`k: ${text}\n`);
    }
  });

  it('reads block scalars, flow collections, quotes and document separators', () => {
    const texts = [
      'a: |\n  one\n   two\n\n  three\nb: 1\n',
      'a: >-\n  one\n  two\n\n  three\n\n\nb: 1\n',
      'a: |+\n  keep\n\n\n# c\nb: 1',
      'a: [x, "y", \'z\', [1, 2], {k: v}]\nb: {p: 1, q: [r]}\nc: []\nd: { }\n',
      'a: "tab\\tnew\\nline \\u00e9 \\x41 \\"q\\""\nb: \'it\'\'s\'\n"c d": 1\n',
      '# lead\n---\na: 1\n---\n# comment\nb:\n- x\n- y\nc: 2\n',
      'list:\n  - id: 1\n    name: x # comment\n  -   id: 2\n  -\n    id: 3\n',
      // A kept scalar running to the end of a text whose last line holds only spaces, with no break after it.
      'x: |+\n  x\n ',
      'x: >+\n  x\n\n  ',
      'x: |+\n  x\n \n',
      'x: |+\n  x',
    ];
    for (const text of texts) expect(expectSameAsLibrary(text), text).toBe(true);
  });

  it('declines what the library reports or reads in its own way', () => {
    const texts = [
      'a: 1\na: 2\n', // duplicate key
      'a: &x 1\nb: *x\n', // anchors and aliases
      'a: !!str 1\n', // tags
      '? a\n: 1\n', // explicit keys
      '%YAML 1.2\n---\na: 1\n', // directives
      'a:\n\tb: 1\n', // tabs
      'a: [1,\n  2]\n', // multi-line flow
      'a: "x\n  y"\n', // multi-line quoted
      'a: |2\n  x\n', // indentation indicator
      'a: b: c\n', // a mapping inside a compact value
      'a: b\n  c\n', // a multi-line plain scalar
      'a:\n', // an empty value
      '<<: {a: 1}\n', // a merge key
      '1: x\n', // a key that is not a string
      'a: 1\r\nb: 2\r\n', // CRLF
    ];
    for (const text of texts) expect(readFastYaml(text), JSON.stringify(text)).toBeUndefined();
  });

  it('gives parseSource the same documents and diagnostics either way', () => {
    const text = readFileSync(path.join(ROOT, 'examples/kotawaringin-timur/quick-wins.yaml'), 'utf8');
    const fast = parseSource('q.yaml', '/p/q.yaml', text);
    // A tab inside a comment: the fast reader declines, the library reads the same file.
    const slow = parseSource('q.yaml', '/p/q.yaml', `${text}#\t\n`);
    expect(readFastYaml(`${text}#\t\n`)).toBeUndefined();
    expect(slow.diagnostics).toEqual(fast.diagnostics);
    expect(slow.documents.map((d) => [d.index, d.kind, d.data])).toEqual(fast.documents.map((d) => [d.index, d.kind, d.data]));
    expect(fast.documents.length).toBeGreaterThan(1);
  });
});

// ---- property: whatever it accepts, the library reads the same --------------------------------

// Mostly what planning files hold, sometimes something odd: odd pieces make most texts declined, so
// they are weighted down to keep enough accepted texts for the property to say something.
const KEYS = ['a', 'b', 'id', 'name', 'a b', 'a:b', '"q"', "'s'", '"k\\"x"', 'é', 'k#', '-x', 'a-b', '"1"', '"<<"'];
const ODD_KEYS = ['true', '1', 'null', '?x', 'x #y', '<<', '__proto__', '&a k', '!t k', '[k]', 'a : b'];
const SCALARS = [
  'x', 'hello world', 'a:b', 'a#b', '-1', '0o17', '0o8', '0x1F', '1e3', '1E-3', '.5', '5.', '+12', '1_000', '-.inf', '.NaN', '~',
  'Null', 'TRUE', 'yes', '007', '1.5e+3', '"dq \\t \\u00e9 \\x41"', "'it''s'", '[a, b]', '[a, [b, c], {d: e}]', '[ ]', '{}',
  '{a: 1, b: "2"}', 'x # comment', '"x" # c', 'a [b] c', 'http://x.y/z', '50%', "'#'", '"a: b"', '-x', '[-1, +2, .5]', '{"k": v}',
  '0X1F', '0o', '0x', '+.5', '-.5e3', '1__0', '.', '+', '0b101', '1:30', '1e', 'e3', '+0o7', '-0x1', '.inf', '+.INF', '1.0', '10.50',
];
const ODD_SCALARS = [
  'a: b', 'a #b', '- x', '-', '"a\\qb"', "'open", '"open', '[a, ]', '[a: 1]', '{a:1}', '{a: 1, a: 2}', '[a, b', '[a,b]]', '&x y', '*x',
  '!t y', '@x', '`x', '%x', '"x"y', '[a] b', '"\\x4"', '{a, b}', '[a #c]', '? x', ': x', '|2', '| x',
];
const weighted = (common: string[], odd: string[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...common), weight: 12 }, { arbitrary: fc.constantFrom(...odd), weight: 1 });
const LINE_PIECES = [' ', '  ', ':', ': ', '#', ' #', '-', '- ', '"', "'", '\t', '[', ']', '{', '}', ',', '|', '>', '?', '&', '*', '!', '\n', '---\n', '0o17', '1e3', '.5', '+12', '1_000', '\u00a0', '\u3000', '\ufffe', 'é', '😀', '\\', '\\"'];

/** A node rendered at an indentation: a leaf (scalar) goes after its key or dash, a collection on its own lines. */
interface Gen {
  leaf: boolean;
  render: (indent: number) => string;
}

const comment = fc.constantFrom('', '', '', ' # note', '\n# own line', '\n   # indented', '\n');

function leafNode(): fc.Arbitrary<Gen> {
  const scalar = weighted(SCALARS, ODD_SCALARS).map((s): Gen => ({ leaf: true, render: () => s }));
  const blockScalar = fc.tuple(
    fc.constantFrom('|', '>', '|-', '>-', '|+', '>+', '| # c'),
    fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom('text', 'more words', '# not a comment', '', 'x: y')), { minLength: 1, maxLength: 4 }),
    fc.integer({ min: 1, max: 2 }),
  ).map(([header, lines, step]): Gen => ({
    leaf: true,
    render: (indent) => `${header}\n${lines.map(([extra, t]) => (t === '' ? '' : ' '.repeat(indent + step + (extra === 3 ? 1 : 0)) + t)).join('\n')}`,
  }));
  return fc.oneof({ arbitrary: scalar, weight: 4 }, { arbitrary: blockScalar, weight: 1 });
}

/** A block mapping or sequence nested up to `depth` levels. */
function collection(depth: number): fc.Arbitrary<Gen> {
  const child: fc.Arbitrary<Gen> = depth <= 0 ? leafNode() : fc.oneof({ arbitrary: leafNode(), weight: 3 }, { arbitrary: collection(depth - 1), weight: 1 });
  const step = fc.integer({ min: 1, max: 4 });
  const mapping = fc.array(fc.tuple(weighted(KEYS, ODD_KEYS), child, step, comment), { minLength: 1, maxLength: 4 }).map((entries): Gen => ({
    leaf: false,
    render: (indent) => entries.map(([key, value, add, c]) => {
      const pad = ' '.repeat(indent);
      return value.leaf ? `${pad}${key}: ${value.render(indent)}${c}` : `${pad}${key}:${c}\n${value.render(indent + (add === 4 ? 0 : add))}`;
    }).join('\n'),
  }));
  const sequence = fc.array(fc.tuple(child, step, fc.boolean(), comment), { minLength: 1, maxLength: 4 }).map((items): Gen => ({
    leaf: false,
    render: (indent) => items.map(([value, add, compact, c]) => {
      const pad = ' '.repeat(indent);
      if (value.leaf) return `${pad}- ${value.render(indent)}${c}`;
      // `- key: value` starts a mapping on the dash's line, at the column after `- `.
      if (compact) return `${pad}- ${value.render(indent + 2).slice(indent + 2)}${c}`;
      return `${pad}-${c}\n${value.render(indent + add)}`;
    }).join('\n'),
  }));
  return fc.oneof(mapping, sequence);
}

// The end of the text: nothing, a line break, or a last line of spaces only, with or without a break
// after it (a `|+` scalar running to such an end once had a range longer than the library's).
const TRAILING = ['', '\n', '\n ', '\n  ', '\n \n', '\n\n  '];
const documentText = fc.tuple(collection(3), fc.integer({ min: 0, max: 2 }), fc.boolean(), fc.constantFrom(...TRAILING)).map(([root, indent, separator, trailing]) =>
  `${separator ? '# c\n---\n' : ''}${root.render(indent)}${trailing}`);

/** Mutations: a piece inserted, a character deleted, a line's indentation changed. */
const mutated = fc.tuple(documentText, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 2 }), fc.constantFrom(...LINE_PIECES)), { maxLength: 3 })).map(([text, edits]) => {
  let out = text;
  for (const [at, kind, piece] of edits) {
    const i = out.length === 0 ? 0 : at % out.length;
    if (kind === 0) out = out.slice(0, i) + piece + out.slice(i);
    else if (kind === 1) out = out.slice(0, i) + out.slice(i + 1);
    else {
      const lineStart = out.lastIndexOf('\n', i - 1) + 1;
      out = out.slice(0, lineStart) + (at % 2 === 0 ? ' ' : '') + out.slice(lineStart + (at % 2 === 0 ? 0 : 1));
    }
  }
  return out;
});

describe('fast YAML reader: property', () => {
  const accepted = { count: 0, runs: 0 };
  const property = (text: string) => {
    accepted.runs++;
    if (expectSameAsLibrary(text)) accepted.count++;
  };

  it('whenever it accepts a generated text, the library reads it without complaint and the same', () => {
    fc.assert(fc.property(documentText, property), { numRuns: 1500 * SCALE });
  });

  it('whenever it accepts a mutated text, the library reads it without complaint and the same', () => {
    fc.assert(fc.property(mutated, property), { numRuns: 1500 * SCALE });
  });

  it('the generators reach both sides: accepted texts and declined ones', () => {
    // Without this, a generator that only produced declined texts would make the properties above vacuous.
    expect(accepted.runs).toBeGreaterThan(0);
    expect(accepted.count / accepted.runs).toBeGreaterThan(0.1);
    expect(accepted.count / accepted.runs).toBeLessThan(0.95);
  });
});
