import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { run, type Io } from '../../src/cli/main.js';
import { HELP_ID } from '../../src/cli/help-text.js';

function io(env: NodeJS.ProcessEnv = {}) {
  const out = { stdout: '', stderr: '' };
  const fake: Io = { stdout: (t) => { out.stdout += t; }, stderr: (t) => { out.stderr += t; }, env, cwd: process.cwd(), isTTY: false };
  return { out, fake };
}

describe('--help in the chosen language', () => {
  it('every help string of main.ts has an Indonesian text', async () => {
    const source = await readFile('src/cli/main.ts', 'utf8');
    const strings = [...source.matchAll(/\bh\('((?:[^'\\]|\\.)*)'\)/g)].map((m) => m[1].replace(/\\n/g, '\n').replace(/\\'/g, "'"));
    expect(strings.length).toBeGreaterThan(25);
    // …and commander's section titles, passed through h() by styleTitle.
    strings.push('Usage:', 'Arguments:', 'Options:', 'Global Options:', 'Commands:');
    expect(strings.filter((s) => !(s in HELP_ID))).toEqual([]);
  });

  it('speaks Indonesian by default and English with --lang en', async () => {
    const id = io();
    expect(await run(['build', '--help'], id.fake)).toBe(0);
    expect(id.out.stdout).toContain('tulis juga buku dan setiap laporan monev sebagai PDF');
    expect(id.out.stdout).toContain('Contoh:');
    // commander's own section titles too
    expect(id.out.stdout).toMatch(/^Penggunaan: smartcity build/m);
    expect(id.out.stdout).toMatch(/^Argumen:$/m);
    expect(id.out.stdout).toMatch(/^Opsi:$/m);
    expect(id.out.stdout).not.toMatch(/^(Usage|Options|Arguments):/m);
    const en = io();
    expect(await run(['build', '--help', '--lang', 'en'], en.fake)).toBe(0);
    expect(en.out.stdout).toContain('also write the book and each monitoring report as PDF');
    expect(en.out.stdout).toContain('Examples:');
    expect(en.out.stdout).toMatch(/^Usage: smartcity build/m);
    expect(en.out.stdout).toMatch(/^Options:$/m);
    const env = io({ SMARTCITY_LANG: 'en' });
    await run(['validate', '--help'], env.fake);
    expect(env.out.stdout).toContain('completeness for bimtek stage');
  });
});
