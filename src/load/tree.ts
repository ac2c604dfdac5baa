/**
 * The position tree of one YAML document: just what diagnostics need to point into the source
 * (node kinds, mapping keys, offsets). Both readers produce it — the fast reader for the block-style
 * subset our projects use (fast-yaml.ts) and the `yaml` library for everything else
 * (yaml-library.ts) — so locating a data path never depends on which one read the file.
 */

/**
 * [start, end) offsets of a node's written text, as the `yaml` library's `range[0]` and `range[1]`:
 * a scalar's text without trailing spaces or comment, a flow collection from its bracket to after its
 * closing one. A block collection starts at its first key or dash; its end may differ between the two
 * readers (the `yaml` library extends it over trailing comment lines), which no reader of the tree
 * depends on: a block collection is only ever shown by its first line.
 */
export type Range = readonly [start: number, end: number];

export interface ScalarNode {
  kind: 'scalar';
  range: Range;
  /** The resolved value (core schema). */
  value: unknown;
  /** The text as written, kept for numbers: a fraction rounded away by the float is found from it. */
  source?: string;
}

export interface PairNode {
  key: TreeNode | null;
  /** The key as locate() compares it with a data path segment: String(value) of a scalar key. */
  keyText: string | undefined;
  /** The key's resolved value, compared strictly as the `yaml` library's getIn() does. */
  keyValue: unknown;
  value: TreeNode | null;
}

export interface MapNode {
  kind: 'map';
  range: Range;
  pairs: PairNode[];
}

export interface SeqNode {
  kind: 'seq';
  range: Range;
  items: (TreeNode | null)[];
}

/** An alias (`*name`): a position, never followed. */
export interface AliasNode {
  kind: 'alias';
  range: Range;
}

/** A single-pair mapping written inside a flow sequence (`[a: 1]`): the library gives it no range. */
export interface FlowPairNode {
  kind: 'pair';
  pair: PairNode;
}

/**
 * A node known only by its position: one nested past what the loader accepts (its data is refused as
 * too deep before anything is located there), or a document's content while only its start is needed.
 */
export interface TruncatedNode {
  kind: 'truncated';
  range: Range | undefined;
}

export type TreeNode = ScalarNode | MapNode | SeqNode | AliasNode | FlowPairNode | TruncatedNode;

export interface DocumentTree {
  /** null for a document without content. */
  contents: TreeNode | null;
  /** The whole document, for locating an empty one. */
  range: Range;
}

export function rangeOf(node: TreeNode | null | undefined): Range | undefined {
  if (!node || node.kind === 'pair') return undefined;
  return node.range;
}

/** Every scalar of a document in source order, keys before their values (the library's visit order). */
export function* scalars(node: TreeNode | null): Generator<ScalarNode> {
  if (!node) return;
  switch (node.kind) {
    case 'scalar':
      yield node;
      return;
    case 'map':
      for (const pair of node.pairs) yield* pairScalars(pair);
      return;
    case 'seq':
      for (const item of node.items) yield* scalars(item);
      return;
    case 'pair':
      yield* pairScalars(node.pair);
      return;
    default:
      return;
  }
}

function* pairScalars(pair: PairNode): Generator<ScalarNode> {
  yield* scalars(pair.key);
  yield* scalars(pair.value);
}

/**
 * The node at a data path, the way the `yaml` library's `doc.getIn(path, true)` finds it: a mapping
 * key must equal the segment strictly (a key `1` is not the segment "1"), a sequence index may be a
 * number or a numeric string.
 */
export function nodeAt(tree: DocumentTree, path: readonly (string | number)[]): TreeNode | null | undefined {
  let node: TreeNode | null | undefined = tree.contents;
  for (const seg of path) {
    if (node?.kind === 'map') {
      node = node.pairs.find((p) => p.keyValue === seg)?.value;
    } else if (node?.kind === 'seq') {
      const index = typeof seg === 'string' && seg !== '' ? Number(seg) : seg;
      node = typeof index === 'number' && Number.isInteger(index) && index >= 0 ? node.items[index] : undefined;
    } else {
      return undefined;
    }
  }
  return node;
}
