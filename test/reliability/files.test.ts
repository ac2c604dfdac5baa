/**
 * Issue 8: files that are not YAML, paths that leave the project, and output folders that cannot be
 * written each get a message naming the path and the right exit code, never a stack trace.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, copyExample, expectClean, expectPositions, tempDir } from './_cli.js';

interface Diag { code: string; file?: string; line?: number; column?: number; message: string }

async function validate(dir: string) {
  const r = await cli(['validate', '.', '--format', 'json', '--lang', 'en'], dir);
  expectClean(r);
  const diagnostics = expectPositions(r, dir) as Diag[];
  return { code: r.code, diagnostics, brief: diagnostics.map((d) => `${d.code} ${d.file}:${d.line} ${d.message}`) };
}

const isRoot = process.getuid?.() === 0;

describe('files that are not YAML', () => {
  it.each([
    ['binary data', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), 'SC1007 gambar.yaml:1 this file is not text (its content is binary, e.g. an image or a Word document); move it out of the project folder or save it again as UTF-8 text'],
    ['invalid UTF-8 (Latin-1)', Uint8Array.from(Buffer.from('nama: Kabupat\xe9n\n', 'latin1')), 'SC1026 gambar.yaml:1 the file holds characters that are not UTF-8 (perhaps saved as ANSI/Latin-1); save it again with the UTF-8 encoding'],
    ['UTF-16 LE with a BOM', Uint8Array.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('apiVersion: smartcity/v1\n', 'utf16le')])), 'SC1025 gambar.yaml:1 the file is saved as UTF-16, not UTF-8; open it in a text editor and save it again with the UTF-8 encoding'],
    ['UTF-16 BE with a BOM', Uint8Array.from(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('apiVersion: smartcity/v1\n', 'utf16le').swap16()])), 'SC1025 gambar.yaml:1 the file is saved as UTF-16, not UTF-8; open it in a text editor and save it again with the UTF-8 encoding'],
  ])('%s → a coded reason naming the file, exit 1', async (_name, bytes, expected) => {
    const dir = await copyExample();
    await writeFile(path.join(dir, 'gambar.yaml'), bytes);
    const r = await validate(dir);
    expect(r.code).toBe(1);
    expect(r.brief).toEqual([expected]);
  });

  it('a folder named x.yaml is skipped as a folder, its YAML files read', async () => {
    const dir = await copyExample();
    await mkdir(path.join(dir, 'x.yaml'));
    await writeFile(path.join(dir, 'x.yaml', 'catatan.yaml'), 'apiVersion: smartcity/v1\n');
    const r = await validate(dir);
    expect(r.code).toBe(1);
    expect(r.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}`)).toEqual(['SC1011 x.yaml/catatan.yaml:1']);
  });

  it.skipIf(isRoot)('an unreadable file → SC1032 permission (skipped as root: root reads anything)', async () => {
    const dir = await copyExample();
    const file = path.join(dir, 'rahasia.yaml');
    await writeFile(file, 'a: 1\n');
    chmodSync(file, 0o000);
    try {
      const r = await validate(dir);
      expect(r.code).toBe(1);
      expect(r.brief).toEqual(['SC1032 rahasia.yaml:1 this user may not read the file; change its permissions (e.g. chmod a+r)']);
    } finally {
      chmodSync(file, 0o644);
    }
  });

  it('a symlink loop between two files → SC1030 naming both paths', async () => {
    const dir = await copyExample();
    await symlink('b.yaml', path.join(dir, 'a.yaml'));
    await symlink('a.yaml', path.join(dir, 'b.yaml'));
    const r = await validate(dir);
    expect(r.code).toBe(1);
    expect(r.brief).toEqual([
      'SC1030 a.yaml:1 this symbolic link forms a loop; remove it or point it at a file that exists',
      'SC1030 b.yaml:1 this symbolic link forms a loop; remove it or point it at a file that exists',
    ]);
  });

  it('a folder symlink loop is not followed; a dangling link is named', async () => {
    const dir = await copyExample();
    await symlink('..', path.join(dir, 'dimensi', 'loop'));
    await symlink('tidak-ada.yaml', path.join(dir, 'putus.yaml'));
    const r = await validate(dir);
    expect(r.code).toBe(1);
    expect(r.brief).toEqual(['SC1031 putus.yaml:1 this symbolic link points to a file that does not exist; remove it or point it at a file that exists']);
  });

  it('a FIFO named x.yaml does not hang the loader', async () => {
    const dir = await copyExample();
    execFileSync('mkfifo', [path.join(dir, 'pipa.yaml')]);
    const r = await validate(dir);
    expect(r.code).toBe(1);
    expect(r.brief).toEqual(['SC1028 pipa.yaml:1 this is not a regular file (a pipe or a device); remove it from the project folder']);
  });

  it('a YAML symlink to a file outside the project is not read (its content never reaches the report)', async () => {
    const outside = await tempDir();
    await writeFile(path.join(outside, 'secret.yaml'), 'token: SANGAT-RAHASIA\n');
    const dir = await copyExample();
    await symlink(path.join(outside, 'secret.yaml'), path.join(dir, 'catatan.yaml'));
    const r = await validate(dir);
    expect(r.code).toBe(1);
    expect(r.brief).toEqual(['SC1029 catatan.yaml:1 this symbolic link points to a file outside the project folder; copy the file into the project folder']);
    const text = await cli(['validate', '.', '--lang', 'en'], dir);
    expect(text.stderr).not.toContain('SANGAT-RAHASIA');
  });
});

describe('path safety of region.logo', () => {
  const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

  async function withLogo(value: string, prepare?: (dir: string) => Promise<void>) {
    const dir = await copyExample();
    const file = path.join(dir, 'profil-daerah.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('  capital: Sampit\n', `  capital: Sampit\n  logo: ${value}\n`));
    await prepare?.(dir);
    return dir;
  }

  it.each([
    ['../ escape', '../logo.png', 'outside the project folder', async (dir: string) => writeFile(path.join(dir, '..', 'logo.png'), PNG)],
    ['absolute path', '/etc/hostname', 'absolute path; write it relative to this file', undefined],
    ['symlink out of the project', 'logo.png', 'outside the project folder (symbolic link)', async (dir: string) => {
      const outside = await tempDir();
      await writeFile(path.join(outside, 'logo.png'), PNG);
      await symlink(path.join(outside, 'logo.png'), path.join(dir, 'logo.png'));
    }],
    ['a .png that is really text', 'logo.png', 'not a PNG or JPEG image', async (dir: string) => writeFile(path.join(dir, 'logo.png'), 'bukan gambar\n')],
    ['a folder', 'dimensi', 'not a file', undefined],
    ['a huge file', 'logo.png', 'larger than 10 MB', async (dir: string) => writeFile(path.join(dir, 'logo.png'), Buffer.concat([PNG, Buffer.alloc(11 * 1024 * 1024)]))],
  ])('%s → SC3018 at the logo line, exit 1', async (_name, value, reason, prepare) => {
    const r = await validate(await withLogo(value, prepare));
    expect(r.code).toBe(1);
    expect(r.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`)).toEqual(['SC3018 profil-daerah.yaml:8:9']);
    expect(r.diagnostics[0].message).toBe(`the logo "${value}" cannot be used: ${reason}; save it again as PNG or JPEG inside the project folder`);
  });

  it('a real PNG inside the project is accepted', async () => {
    const r = await validate(await withLogo('logo.png', (dir) => writeFile(path.join(dir, 'logo.png'), PNG)));
    expect(r.diagnostics.filter((d) => d.code === 'SC3018')).toEqual([]);
  });
});

describe('-o output folder', () => {
  it('an existing FILE → a clear message, exit 2, nothing else touched', async () => {
    const dir = await copyExample();
    const out = path.join(await tempDir(), 'hasil');
    await writeFile(out, 'bukan folder');
    const r = await cli(['build', dir, '-o', out, '--lang', 'en', '-q'], dir);
    expectClean(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^smartcity: cannot write .*hasil.*: (ENOTDIR|EEXIST|not a folder)/m);
    expect(await readFile(out, 'utf8')).toBe('bukan folder');
  });

  it('a path below a file, or in a place that cannot be written → exit 2, no stack', async () => {
    const dir = await copyExample();
    const file = path.join(await tempDir(), 'berkas');
    await writeFile(file, 'x');
    for (const out of [path.join(file, 'hasil'), '/proc/smartcity-hasil']) {
      const r = await cli(['build', dir, '-o', out, '--lang', 'en', '-q'], dir);
      expectClean(r);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/^smartcity: cannot write /m);
    }
  });

  it('the project folder itself, or a folder holding it → SC9003, exit 2, nothing written', async () => {
    const dir = await copyExample();
    for (const out of [dir, path.dirname(dir)]) {
      const r = await cli(['build', dir, '-o', out, '--lang', 'en', '-q'], dir);
      expectClean(r);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/must not be the project folder or contain its input files/);
    }
    expect(readdirSync(dir).filter((n) => /\.(docx|xlsx)$/.test(n))).toEqual([]);
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
  });
});
