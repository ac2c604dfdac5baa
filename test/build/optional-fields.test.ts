/** Fields the schemas make optional reach the model typed as optional: the build copes without them. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type Io } from '../../src/cli/main.js';

const MINIMAL = path.resolve(__dirname, '../_fixtures/minimal');

describe('optional fields of the input', () => {
  it('a region head without title and an issue place without date build (they used to crash the book)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'smartcity-optional-'));
    cpSync(MINIMAL, dir, { recursive: true });
    const profile = path.join(dir, 'profil.yaml');
    writeFileSync(profile, readFileSync(profile, 'utf8').replace('  capital: Kota Contoh\n', '  capital: Kota Contoh\n  head: {name: Budi}\n'));
    const manifest = path.join(dir, 'smartcity.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('issued: {place: Sampit, date: 2024-01-01}', 'issued: {place: Sampit}'));
    let err = '';
    const io: Io = { stdout: () => {}, stderr: (s) => (err += s), env: {}, cwd: dir, isTTY: false };
    expect(await run(['build', '.', '-q', '--no-color'], io)).toBe(0);
    expect(err).not.toMatch(/SC9005/);
    expect(err).toMatch(/SC3062/); // the date used is named
    expect(readdirSync(path.join(dir, 'dist')).filter((f) => f.endsWith('.docx')).length).toBeGreaterThan(0);
  });
});
