import { describe, expect, it } from 'vitest';
import { treeHash } from '../../src/render/tree-hash.js';

const tree = (text: string, logo: Uint8Array) => ({ meta: { title: 'Buku II', identifiers: new Set(['gov-01']) }, sections: [{ blocks: [{ kind: 'paragraph', text }], logo }] });

describe('treeHash: equal trees hash equal, any change anywhere changes the hash', () => {
  it('is the same for equal trees, a picture given as a Buffer or as a Uint8Array of the same bytes', () => {
    expect(treeHash(tree('a', new Uint8Array([1, 2, 3])))).toBe(treeHash(tree('a', Buffer.from([1, 2, 3]))));
  });

  it('changes with a word deep in a block, with one byte of a picture, with a member of a Set or a Map', () => {
    const base = treeHash(tree('a', new Uint8Array([1, 2, 3])));
    expect(treeHash(tree('b', new Uint8Array([1, 2, 3])))).not.toBe(base);
    expect(treeHash(tree('a', new Uint8Array([1, 2, 4])))).not.toBe(base);
    const other = tree('a', new Uint8Array([1, 2, 3]));
    other.meta.identifiers.add('gov-02');
    expect(treeHash(other)).not.toBe(base);
    expect(treeHash({ m: new Map([['x', '1']]) })).not.toBe(treeHash({ m: new Map([['x', '2']]) }));
  });
});
