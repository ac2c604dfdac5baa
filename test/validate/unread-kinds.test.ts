import { describe, expect, it } from 'vitest';
import { unreadKinds } from '../../src/validate/unread-kinds.js';
import { loadFiles, minimal } from '../_helpers/project.js';

describe('unreadKinds', () => {
  it('is empty when every document was routed', async () => {
    expect(unreadKinds(await loadFiles(await minimal()))).toEqual(new Set());
  });

  it('reads the kind of a file with a YAML syntax error from its text', async () => {
    expect(unreadKinds(await loadFiles(await minimal({ 'profil.yaml': [['  name: Contoh', '  name: [Contoh']] })))).toEqual(new Set(['RegionProfile']));
  });

  it('takes the suggested kind for a misspelt one, and the kind of a document with a wrong apiVersion', async () => {
    const project = await loadFiles(await minimal({ 'quick-wins.yaml': [['kind: QuickWins', 'kind: Quickwins']], 'profil.yaml': [['smartcity/v1', 'smartcity/v2']] }));
    expect(unreadKinds(project)).toEqual(new Set(['QuickWins', 'RegionProfile']));
  });

  it('assumes any kind may be missing when a file could not be read', async () => {
    const files = { ...(await minimal()), 'blob.yaml': Uint8Array.from([0, 1, 2]) };
    expect(unreadKinds(await loadFiles(files)).size).toBe(6);
  });
});
