/** Issue 8: resource limits answer with a clear diagnostic at the file, never a crash or a hang. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFrame } from '../../src/load/code-frame.js';
import { LIMITS } from '../../src/load/limits.js';
import { cli, copyExample, expectClean, expectPositions } from './_cli.js';

async function validate(dir: string) {
  const r = await cli(['validate', '.', '--format', 'json', '--lang', 'en'], dir);
  expectClean(r);
  const diagnostics = expectPositions(r, dir) as { code: string; file?: string; line?: number; message: string }[];
  return { code: r.code, diagnostics, codes: diagnostics.map((d) => `${d.code} ${d.file}:${d.line}`) };
}

async function withFile(name: string, content: string | Uint8Array) {
  const dir = await copyExample();
  await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
  await writeFile(path.join(dir, name), content);
  return dir;
}

const ECONOMY = 'dimensi/economy.yaml';
async function withAmount(amount: string) {
  const dir = await copyExample();
  const file = path.join(dir, ECONOMY);
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(file, 'utf8');
  expect(text).toContain('amount: 650000000');
  await writeFile(file, text.replace('amount: 650000000', `amount: ${amount}`));
  return dir;
}

describe('limits', () => {
  it('stops a billion-laughs alias bomb (SC1005) quickly', async () => {
    const lines = ['apiVersion: smartcity/v1', 'kind: QuickWins', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    lines.push('bomb: *a9');
    const started = performance.now();
    const r = await validate(await withFile('bomb.yaml', lines.join('\n') + '\n'));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(r.code).toBe(1);
    expect(r.codes).toContain('SC1005 bomb.yaml:1');
  });

  it('refuses a file over the size limit without parsing it (SC1006)', async () => {
    const big = '# ' + 'x'.repeat(LIMITS.fileSize) + '\n';
    const r = await validate(await withFile('besar.yaml', big));
    expect(r.code).toBe(1);
    expect(r.codes).toEqual(['SC1006 besar.yaml:1']);
    expect(r.diagnostics[0].message).toMatch(/larger than the limit of 8388608 bytes/);
  });

  it('refuses data nested deeper than the limit, block or flow, however deep (SC1015)', async () => {
    const block = 'apiVersion: smartcity/v1\nkind: QuickWins\n' + Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}a:\n`).join('') + ' '.repeat(100) + 'x\n';
    const flow = (n: number) => `a: ${'['.repeat(n)}${']'.repeat(n)}\n`;
    const mapFlow = (n: number) => `a: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`;
    for (const [name, text] of [['block.yaml', block], ['flow.yaml', flow(LIMITS.depth + 5)], ['flow-deep.yaml', flow(50_000)], ['map-deep.yaml', mapFlow(5_000)]] as const) {
      const r = await validate(await withFile(name, text));
      expect(r.code, name).toBe(1);
      expect(r.diagnostics.map((d) => d.code), name).toEqual(['SC1015']);
      // Never the parser's own "Maximum call stack size exceeded".
      expect(r.diagnostics[0].message).toMatch(/nested more than 64 levels/);
    }
  });

  it('refuses a file with more documents than the limit (SC1016)', async () => {
    const r = await validate(await withFile('banyak.yaml', 'a: 1\n---\n'.repeat(LIMITS.documents + 1)));
    expect(r.code).toBe(1);
    expect(r.codes).toEqual(['SC1016 banyak.yaml:1']);
  });

  it('reads 3,000 small YAML files, and refuses more than the limit (SC1017)', async () => {
    const dir = await copyExample();
    await mkdir(path.join(dir, 'banyak'));
    await Promise.all(Array.from({ length: 3000 }, (_, i) => writeFile(path.join(dir, 'banyak', `f${String(i).padStart(4, '0')}.yaml`), '# kosong\n')));
    // Timings are reported, not asserted (speed belongs to the benchmarks).
    let started = performance.now();
    let r = await validate(dir);
    expect(r.code).toBe(0);
    console.log(`validate with 3,000 extra YAML files: ${Math.round(performance.now() - started)} ms`);

    await Promise.all(Array.from({ length: LIMITS.files - 3000 + 1 }, (_, i) => writeFile(path.join(dir, 'banyak', `g${String(i).padStart(4, '0')}.yaml`), '# kosong\n')));
    started = performance.now();
    r = await validate(dir);
    console.log(`validate with ${LIMITS.files + 12} YAML files (over the limit): ${Math.round(performance.now() - started)} ms`);
    expect(r.code).toBe(1);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['SC1017']);
  });

  describe('budget amounts are rejected, never rounded', () => {
    it.each([
      ['9007199254740992', 'SC2005'],
      ['9007199254740993', 'SC2005'],
      ['12345678901234567890123', 'SC2005'],
      ['1e300', 'SC2005'],
      ['0x20000000000001', 'SC2005'],
      ['4503599627370497.5', 'SC2010'],
      ['9007199254740990.9', 'SC2010'],
      ['1250000.5', 'SC2010'],
      ['-1', 'SC2005'],
      ['.inf', 'SC2010'],
      ['.nan', 'SC2010'],
      ['"1250000000"', 'SC2002'],
      ['1.250.000.000', 'SC2002'],
    ])('amount: %s → %s', async (amount, code) => {
      const r = await validate(await withAmount(amount));
      expect(r.code).toBe(1);
      expect(r.codes).toContain(`${code} ${ECONOMY}:31`);
    });

    it('accepts the largest exact whole number, written exactly', async () => {
      const r = await validate(await withAmount('9007199254740991'));
      expect(r.codes.filter((c) => c.startsWith('SC20'))).toEqual([]);
    });
  });

  it('handles very long strings (a 2 MB name, a 200,000-character line) without a flood or a hang', async () => {
    const dir = await copyExample();
    const file = path.join(dir, 'profil-daerah.yaml');
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('  capital: Sampit', `  capital: ${'Sampit '.repeat(300_000)}\n  logo: ${'x'.repeat(200_000)}.png`));
    const started = performance.now();
    const r = await cli(['validate', '.', '--lang', 'en'], dir);
    expectClean(r);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/SC3018/);
    // The code frame is cut to a window around the mark; the report stays small.
    expect(r.stderr.length).toBeLessThan(5_000);
  });

  it('a 100,000-character value not allowed in a field is quoted cut, in a report of a few KB', async () => {
    const dir = await copyExample();
    const file = path.join(dir, 'profil-daerah.yaml');
    const { readFile } = await import('node:fs/promises');
    await writeFile(file, (await readFile(file, 'utf8')).replace('  type: kabupaten', `  type: ${'x'.repeat(100_000)}`));
    const r = await cli(['validate', '.', '--lang', 'en'], dir);
    expectClean(r);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/SC2003/);
    expect(r.stderr.length).toBeLessThan(5_000);
  });

  it('a code frame of a very long line shows a window around the mark, with the caret under it', () => {
    const line = 'a'.repeat(10_000) + 'SALAH' + 'b'.repeat(10_000);
    const pos = (column: number) => ({ line: 1, column, offset: column - 1 });
    const frame = codeFrame(line, pos(10_001), pos(10_006)).split('\n');
    expect(frame[0].length).toBeLessThan(200);
    expect(frame[0]).toContain('…');
    const at = frame[0].indexOf('SALAH');
    expect(frame[1].indexOf('^^^^^')).toBe(at);
    expect(frame[1]).toMatch(/\| +\^{5}$/);
  });
});
