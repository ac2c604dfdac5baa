/**
 * A document tree's fingerprint: its rendering is a function of the tree alone (renderers are deterministic), so two
 * trees with the same hash render to the same bytes. Hashing a tree is ~10× cheaper than rendering it, which is what
 * lets a `--watch` rebuild skip every document an edit did not touch.
 */
import { createHash } from 'node:crypto';

/** SHA-1 of the tree as JSON; pictures by their own SHA-1, Maps and Sets by their entries (JSON writes them as {}). */
export function treeHash(tree: unknown): string {
  const json = JSON.stringify(tree, function (this: Record<string, unknown>, key: string, value: unknown) {
    // A Buffer reaches the replacer as its toJSON() ({ type, data: [...] }): look at the holder's own value.
    const own = this[key];
    if (own instanceof Uint8Array) return `sha1:${createHash('sha1').update(own).digest('hex')}`;
    if (value instanceof Uint8Array) return `sha1:${createHash('sha1').update(value).digest('hex')}`;
    if (value instanceof Map) return { map: [...value] };
    if (value instanceof Set) return { set: [...value] };
    return value;
  });
  return createHash('sha1').update(json ?? '').digest('hex');
}
