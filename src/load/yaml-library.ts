/**
 * The `yaml` library, for files the fast reader declines (errors, warnings, rare syntax). It is
 * loaded on first use only: a project the fast reader reads whole never pays for importing it.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { DocumentTree, PairNode, Range, TreeNode } from './tree.js';

let library: typeof Yaml | undefined;

export function yamlLibrary(): typeof Yaml {
  library ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return library;
}

/**
 * Nodes nested deeper than this are not converted: the loader refuses data nested past its depth
 * limit before anything is located, and a complex key (`? - - - …`) can nest nodes without nesting data.
 */
const MAX_TREE_DEPTH = 256;

/** The position tree of a document the library parsed (and whose toJS() succeeded). */
export function treeFromYaml(doc: Yaml.Document.Parsed): DocumentTree {
  const [start, end] = doc.range;
  return { contents: convert(doc.contents, 0), range: [start, end] };
}

function convert(node: unknown, depth: number): TreeNode | null {
  const Y = yamlLibrary();
  if (node === null || node === undefined) return null;
  if (Y.isPair(node)) return { kind: 'pair', pair: convertPair(node, depth + 1) };
  const range = rangeOf(node);
  if (depth > MAX_TREE_DEPTH) return { kind: 'truncated', range };
  if (Y.isScalar(node)) {
    return typeof node.source === 'string' && typeof node.value === 'number'
      ? { kind: 'scalar', range: range!, value: node.value, source: node.source }
      : { kind: 'scalar', range: range!, value: node.value };
  }
  if (Y.isMap(node)) return { kind: 'map', range: range!, pairs: node.items.map((pair) => convertPair(pair, depth + 1)) };
  if (Y.isSeq(node)) return { kind: 'seq', range: range!, items: node.items.map((item) => convert(item, depth + 1)) };
  if (Y.isAlias(node)) return { kind: 'alias', range: range! };
  return { kind: 'truncated', range };
}

function convertPair(pair: Yaml.Pair<unknown, unknown>, depth: number): PairNode {
  const Y = yamlLibrary();
  const { key } = pair;
  return {
    key: convert(key, depth),
    keyText: Y.isScalar(key) ? String(key.value) : key === null || key === undefined ? undefined : String(key),
    // A collection key is never equal to a path segment: keep the node itself, as getIn() compares it.
    keyValue: Y.isScalar(key) ? key.value : key,
    value: convert(pair.value, depth),
  };
}

function rangeOf(node: unknown): Range | undefined {
  const r = (node as { range?: [number, number, number] | null }).range;
  return r ? [r[0], r[1]] : undefined;
}
