import type { Pos, SourceLocation } from '../diagnostics/diagnostic.js';
import { rangeOf, type PairNode, type TreeNode } from './tree.js';
import type { LoadedDocument, SourceFile } from './types.js';

export type DataPath = readonly (string | number)[];

/** A 1-based position from a 0-based offset, through the file's line starts. */
export function position(source: SourceFile, offset: number): Pos {
  const safe = Math.max(0, Math.min(offset, source.text.length));
  const { line, col } = source.lines.linePos(safe);
  return { line, column: col, offset: safe };
}

export function span(source: SourceFile, start: number, end: number): SourceLocation {
  // A block node's range runs to the start of the next line; keep the caret on the node's own line.
  let stop = Math.max(start, end);
  const newline = source.text.indexOf('\n', start);
  if (newline !== -1 && newline < stop) stop = newline;
  while (stop > start && /\s/.test(source.text[stop - 1] ?? '')) stop--;
  return { file: source.file, start: position(source, start), end: position(source, stop) };
}

interface Found {
  node: TreeNode | null;
  /** The pair that holds `node`, when the last step was a mapping key. */
  pair?: PairNode;
  /** How many path segments were resolved. */
  depth: number;
}

function walk(doc: LoadedDocument, path: DataPath): Found[] {
  const trail: Found[] = [{ node: doc.tree.contents, depth: 0 }];
  let node = doc.tree.contents;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (node?.kind === 'map') {
      const pair = node.pairs.find((p) => p.keyText === String(seg));
      if (!pair) break;
      node = pair.value;
      trail.push({ node, pair, depth: i + 1 });
    } else if (node?.kind === 'seq' && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) break;
      node = item;
      trail.push({ node, depth: i + 1 });
    } else {
      break;
    }
  }
  return trail;
}

/**
 * Where a data path is in the source. `target: 'value'` points at the value (falling back to
 * its key when the value is empty or a block collection); `'key'` points at the key itself
 * (an unknown property). A path that does not exist points at the nearest existing parent,
 * the usual case for a missing required field.
 */
export function locate(doc: LoadedDocument, path: DataPath, target: 'value' | 'key' = 'value'): SourceLocation {
  const trail = walk(doc, path);
  const last = trail[trail.length - 1];
  const complete = last.depth === path.length;
  const keyRange = last.pair ? rangeOf(last.pair.key) : undefined;
  const valueRange = rangeOf(last.node);
  const isCollection = last.node?.kind === 'map' || last.node?.kind === 'seq';
  let range: readonly [number, number] | undefined;
  // An empty value (`goal:` with nothing after it) is a zero-length node just after the colon:
  // point at its key instead, as documented above.
  const valueEmpty = !valueRange || valueRange[0] === valueRange[1];
  if (keyRange && (target === 'key' || !complete || valueEmpty || isCollection)) range = keyRange;
  else range = valueRange ?? keyRange;
  if (!range) range = documentStart(doc);
  return span(doc.source, range[0], range[1]);
}

/** The start of a document's content (or of the document when it is empty). */
function documentStart(doc: LoadedDocument): [number, number] {
  const contents = rangeOf(doc.tree.contents);
  if (contents) return [contents[0], contents[0]];
  const r = doc.tree.range;
  return [r[0], r[0]];
}

/** Location of a whole document, for document-level problems (missing kind, a second manifest). */
export function locateDocument(doc: LoadedDocument): SourceLocation {
  const [start] = documentStart(doc);
  return span(doc.source, start, start);
}
