/**
 * Comparing the fast YAML reader with the `yaml` library on one text: the same documents, data,
 * node positions and locate() answers. Shared by the differential and the property tests.
 */
import { parseAllDocuments } from 'yaml';
import { expect } from 'vitest';
import { readFastYaml } from '../../src/load/fast-yaml.js';
import { LineStarts } from '../../src/load/lines.js';
import { locate, type DataPath } from '../../src/load/locate.js';
import type { DocumentTree, TreeNode } from '../../src/load/tree.js';
import type { LoadedDocument, SourceFile } from '../../src/load/types.js';
import { treeFromYaml } from '../../src/load/yaml-library.js';

const OPTIONS = { schema: 'core', uniqueKeys: true, prettyErrors: false } as const;

export interface Read {
  tree: DocumentTree;
  data: unknown;
}

/** What the library reads, with any error or warning as a message (the fast reader must have declined). */
export function libraryRead(text: string): { docs: Read[]; problems: string[] } {
  const docs = parseAllDocuments(text, OPTIONS);
  const list = Array.isArray(docs) ? docs : [docs];
  const problems = list.flatMap((d) => [...d.errors, ...d.warnings].map((e) => `${e.code}: ${e.message}`));
  if (problems.length > 0) return { docs: [], problems };
  return { docs: list.map((d) => ({ tree: treeFromYaml(d), data: d.contents === null ? undefined : d.toJS() })), problems };
}

/** Every data path of a value: the root, every key and every index, depth first. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): DataPath[] {
  const out: DataPath[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  }
  return out;
}

function loaded(text: string, tree: DocumentTree, data: unknown): LoadedDocument {
  const source: SourceFile = { absPath: '/p/x.yaml', file: 'x.yaml', text, lines: new LineStarts(text) };
  return { source, index: 0, kind: undefined, data, tree };
}

/**
 * Two trees with the same shape and the same ranges. A block collection's end is not compared: the
 * library extends it over trailing comment lines, and nothing reads past a block collection's first line.
 */
export function expectSameTree(text: string, fast: TreeNode | null, lib: TreeNode | null, at = '$'): void {
  if (fast === null || lib === null) {
    expect(fast, at).toBe(lib);
    return;
  }
  expect(fast.kind, at).toBe(lib.kind);
  if (fast.kind === 'pair' || lib.kind === 'pair') throw new Error(`${at}: the fast reader never reads a flow pair`);
  const flowOrScalar = fast.kind === 'scalar' || text[fast.range![0]] === '[' || text[fast.range![0]] === '{';
  expect(flowOrScalar ? fast.range : fast.range![0], `${at} range`).toEqual(flowOrScalar ? lib.range : lib.range![0]);
  if (fast.kind === 'scalar' && lib.kind === 'scalar') {
    expect(Object.is(fast.value, lib.value) || fast.value === lib.value, `${at} value ${String(fast.value)} vs ${String(lib.value)}`).toBe(true);
    expect(fast.source, `${at} source`).toBe(lib.source);
  } else if (fast.kind === 'map' && lib.kind === 'map') {
    expect(fast.pairs.length, `${at} size`).toBe(lib.pairs.length);
    fast.pairs.forEach((pair, i) => {
      const other = lib.pairs[i];
      expect(pair.keyText, `${at} key ${i}`).toBe(other.keyText);
      expect(pair.keyValue, `${at} key value ${i}`).toBe(other.keyValue);
      expectSameTree(text, pair.key, other.key, `${at}.<key ${pair.keyText}>`);
      expectSameTree(text, pair.value, other.value, `${at}.${pair.keyText}`);
    });
  } else if (fast.kind === 'seq' && lib.kind === 'seq') {
    expect(fast.items.length, `${at} length`).toBe(lib.items.length);
    fast.items.forEach((item, i) => expectSameTree(text, item, lib.items[i], `${at}[${i}]`));
  }
}

/**
 * The fast reader's answer for `text` is the library's: the library reads it without error or
 * warning, the documents' data are deep-equal and every data path (as value and as key) is located
 * at the same place. Returns whether the fast reader accepted the text.
 */
export function expectSameAsLibrary(text: string, { mustAccept = false } = {}): boolean {
  const fast = readFastYaml(text);
  if (mustAccept) expect(fast, 'the fast reader declined').toBeDefined();
  if (!fast) return false;
  const lib = libraryRead(text);
  expect(lib.problems, 'the fast reader accepted a text the library reports on').toEqual([]);
  expect(fast.length, 'documents').toBe(lib.docs.length);
  fast.forEach((doc, i) => {
    const other = lib.docs[i];
    expect(doc.data, `document ${i} data`).toStrictEqual(other.data);
    expectSameTree(text, doc.tree.contents, other.tree.contents, `doc${i}`);
    const mine = loaded(text, doc.tree, doc.data);
    const theirs = loaded(text, other.tree, other.data);
    for (const path of pathsOf(doc.data)) {
      for (const target of ['value', 'key'] as const) {
        expect(locate(mine, path, target), `${target} of ${JSON.stringify(path)}`).toEqual(locate(theirs, path, target));
      }
    }
  });
  return true;
}
