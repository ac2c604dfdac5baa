import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, REPO, tempDir } from '../cli/init-io.js';

const MINIMAL = path.join(REPO, 'test/_fixtures/minimal');

/** `<tmp>/regions/{a,b}`: two copies of the minimal fixture, plus a folder that is not a project. */
async function regions(): Promise<string> {
  const root = path.join(await tempDir('smartcity-all-'), 'regions');
  await cp(MINIMAL, path.join(root, 'kab-a'), { recursive: true });
  await cp(MINIMAL, path.join(root, 'kab-b'), { recursive: true });
  await mkdir(path.join(root, 'notes'));
  return root;
}

// These builds run bin/smartcity.js (dist/), so `npm run build` must have run first (pretest does).
describe('smartcity build --all', () => {
  it('builds every project folder in parallel, one line per region, each into <project>/dist', async () => {
    const root = await regions();
    const r = await cli(['build', '--all', root]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✔ kab-a {2}26 berkas {2}\((?:\d+ ms|\d+,\d detik)\)$/m);
    expect(r.stdout).toMatch(/^✔ kab-b {2}26 berkas/m);
    expect(r.stdout).toContain('2 dari 2 daerah berhasil disusun.');
    for (const name of ['kab-a', 'kab-b']) expect(readdirSync(path.join(root, name, 'dist'), { recursive: true }).filter((n) => String(n).endsWith('.docx') || String(n).endsWith('.xlsx'))).toHaveLength(26);
    expect(existsSync(path.join(root, 'notes', 'dist'))).toBe(false);
  });

  it('writes into -o DIR/<name> and exits 1 when a region fails, naming it', async () => {
    const root = await regions();
    const broken = path.join(root, 'kab-b', 'governance.yaml');
    writeFileSync(broken, readFileSync(broken, 'utf8').replace('lead: diskominfo', 'lead: nobody'));
    const out = path.join(path.dirname(root), 'out');
    const r = await cli(['build', '--all', root, '-o', out, '--jobs', '1', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^✔ kab-a {2}26 files/m);
    expect(r.stdout).toMatch(/^✘ kab-b {2}invalid data/m);
    expect(r.stdout).toContain('1 of 2 regions built.');
    expect(r.stderr).toMatch(/kab-b: .*governance\.yaml:\d+:\d+ +error/);
    expect(readdirSync(path.join(out, 'kab-a'), { recursive: true }).filter((n) => String(n).endsWith('.docx') || String(n).endsWith('.xlsx'))).toHaveLength(26);
    expect(existsSync(path.join(out, 'kab-b'))).toBe(false);
  });

  it('a folder without projects is a usage error (exit 2)', async () => {
    const dir = await tempDir();
    const r = await cli(['build', '--all', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tidak ada proyek');
  });
});

describe('build progress', () => {
  it('prints one stderr line per rendered file with its time, no progress with --quiet', async () => {
    const root = await regions();
    const loud = await cli(['build', path.join(root, 'kab-a')]);
    expect(loud.code).toBe(0);
    const lines = loud.stderr.split('\n').filter((l) => l.startsWith('  dirender '));
    // The default set: four books and their 20 chapter files, then the roadmap.
    expect(lines).toHaveLength(26);
    expect(lines[0]).toMatch(/^ {2}dirender Buku-I-Analisis-Strategis-.+\.docx \((?:\d+ ms|\d+,\d detik)\)$/);
    const quiet = await cli(['build', path.join(root, 'kab-b'), '--quiet']);
    expect(quiet.code).toBe(0);
    // --quiet hides progress, never a warning (LibreOffice may be missing here: SC6001 stays visible).
    expect(quiet.stderr).not.toMatch(/dirender/);
    expect(quiet.stderr).not.toMatch(/ {2}kesalahan {2}/);
    expect(quiet.stdout).toBe('');
  });
});
