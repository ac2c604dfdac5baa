import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/load/index.js';
import { validDocuments } from '../../../src/validate/index.js';
import { logo } from '../../../src/validate/rules/logo.js';
import { brief, minimal, ruleTester, writeProject } from '../../_helpers/project.js';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const withLogo = (value: string) => ({ 'profil.yaml': [['  capital: Kota Contoh', `  capital: Kota Contoh\n  logo: ${value}`]] as [string, string][] });
const at = 'profil.yaml:8:9';

async function files(value: string, extra: Record<string, Uint8Array | string> = {}) {
  return { ...(await minimal(withLogo(value))), ...extra };
}

ruleTester(logo, {
  valid: [{ name: 'no logo' }],
  invalid: [
    { name: 'SC3018 missing file', patch: withLogo('logo.png'), expected: [{ code: 'SC3018', at, data: { path: 'logo.png', reason: 'file not found' } }] },
    { name: 'SC3018 absolute path', patch: withLogo('/etc/hosts'), expected: [{ code: 'SC3018', at, data: { path: '/etc/hosts', reason: 'absolute path; write it relative to this file' } }] },
    { name: 'SC3018 ../ escape', patch: withLogo('../logo.png'), expected: [{ code: 'SC3018', at, data: { path: '../logo.png', reason: 'outside the project folder' } }] },
  ],
});

describe('logo (files on disk)', () => {
  const run = async (project: Record<string, Uint8Array | string>, prepare?: (dir: string) => Promise<void>) => {
    const dir = await writeProject(project);
    await prepare?.(dir);
    const loaded = await loadProject(dir, { cwd: dir });
    return logo.check(validDocuments(loaded)).map(brief);
  };

  it('accepts a PNG and a JPEG by their magic bytes, relative to the profile file', async () => {
    expect(await run(await files('logo.png', { 'logo.png': PNG }))).toEqual([]);
    const nested = await minimal({ 'profil.yaml': null });
    nested['profil/profil.yaml'] = String((await files('img/logo.jpg'))['profil.yaml']);
    nested['profil/img/logo.jpg'] = JPEG;
    expect(await run(nested)).toEqual([]);
  });

  it('rejects a text file named .png', async () => {
    expect(await run(await files('logo.png', { 'logo.png': 'not an image' }))).toEqual([
      { code: 'SC3018', at, data: { path: 'logo.png', reason: 'not a PNG or JPEG image' } },
    ]);
  });

  it('rejects a folder and a file over 10 MB', async () => {
    expect(await run(await files('img'), async (dir) => mkdir(path.join(dir, 'img')))).toEqual([
      { code: 'SC3018', at, data: { path: 'img', reason: 'not a file' } },
    ]);
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PNG);
    expect(await run(await files('big.png', { 'big.png': big }))).toEqual([
      { code: 'SC3018', at, data: { path: 'big.png', reason: 'larger than 10 MB' } },
    ]);
  });

  it('rejects a symbolic link that leads out of the project', async () => {
    const outside = await writeProject({ 'secret.png': PNG });
    const result = await run(await files('logo.png'), async (dir) => {
      await symlink(path.join(outside, 'secret.png'), path.join(dir, 'logo.png'));
    });
    expect(result).toEqual([{ code: 'SC3018', at, data: { path: 'logo.png', reason: 'outside the project folder (symbolic link)' } }]);
  });

  it('accepts a symbolic link that stays inside', async () => {
    const result = await run(await files('logo.png', { 'assets/real.png': PNG }), async (dir) => {
      await symlink(path.join(dir, 'assets', 'real.png'), path.join(dir, 'logo.png'));
    });
    expect(result).toEqual([]);
  });
});
