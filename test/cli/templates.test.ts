import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { cli, REPO, tempDir } from './init-io.js';

const MINIMAL = path.join(REPO, 'test/_fixtures/minimal');

async function minimal(): Promise<string> {
  const dir = path.join(await tempDir('smartcity-templates-'), 'contoh');
  await cp(MINIMAL, dir, { recursive: true });
  return dir;
}

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))]).sort();
}

describe('smartcity templates', () => {
  it('copies every built-in template into <dir>/templates/id/', async () => {
    const dir = await minimal();
    const r = await cli(['templates', dir]);
    expect(r.code).toBe(0);
    const builtin = walk(path.join(REPO, 'templates/id'));
    expect(walk(path.join(dir, 'templates/id'))).toEqual(builtin);
    expect(readFileSync(path.join(dir, 'templates/id', builtin[0]), 'utf8')).toBe(readFileSync(path.join(REPO, 'templates/id', builtin[0]), 'utf8'));
    expect(r.stdout).toMatch(new RegExp(`^${builtin.length} templat disalin`));
  });

  it('refuses to overwrite an existing template (exit 2) unless --force', async () => {
    const dir = await minimal();
    expect((await cli(['templates', dir, '--quiet'])).code).toBe(0);
    const file = path.join(dir, 'templates/id/penutup/kesimpulan.md.hbs');
    writeFileSync(file, 'mine\n');
    const again = await cli(['templates', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/sudah ada; gunakan --force/);
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
    expect((await cli(['templates', dir, '--force', '--quiet'])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toBe('mine\n');
  });

  it('writes into --out instead', async () => {
    const dir = await minimal();
    const out = path.join(await tempDir(), 'tpl');
    expect((await cli(['templates', dir, '--out', out, '--quiet'])).code).toBe(0);
    expect(existsSync(path.join(out, 'id/penutup/kesimpulan.md.hbs'))).toBe(true);
    expect(existsSync(path.join(dir, 'templates'))).toBe(false);
  });

  it('a later build uses an edited copy', async () => {
    const dir = await minimal();
    expect((await cli(['templates', dir, '--quiet'])).code).toBe(0);
    const file = path.join(dir, 'templates/id/penutup/kesimpulan.md.hbs');
    writeFileSync(file, 'Kalimat khas tim daerah 7F3Q.\n\n' + readFileSync(file, 'utf8'));
    const build = await cli(['build', dir, '--quiet']);
    expect(build.stderr).not.toMatch(/ {2}kesalahan {2}|dirender/);
    expect(build.code).toBe(0);
    // The closing chapter is in Buku II of the default set.
    const book = readdirSync(path.join(dir, 'dist')).find((f) => f.startsWith('Buku-II-') && f.endsWith('.docx'))!;
    const zip = await JSZip.loadAsync(await readFile(path.join(dir, 'dist', book)));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('Kalimat khas tim daerah 7F3Q.');
  });
});
