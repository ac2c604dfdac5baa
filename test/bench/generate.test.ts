// The benchmark's synthetic projects (bench/generate.mjs) must be valid and deterministic: a benchmark
// of an invalid project would only time the error report. No timings are asserted here (issue 7).
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { run, type Io } from '../../src/cli/main.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'smartcity-bench-'));
  dirs.push(dir);
  return dir;
}

async function validate(dir: string, ...extra: string[]) {
  let out = '';
  const io: Io = { stdout: (t) => (out += t), stderr: (t) => (out += t), env: {}, cwd: dir, isTTY: false };
  const code = await run(['validate', dir, '--strict', ...extra], io);
  return { code, out };
}

function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files[path.relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return files;
}

describe('bench/generate', () => {
  for (const n of [30, 300]) {
    it(`writes a valid project of ${n} programs (validate --strict --stage 4 exits 0)`, async () => {
      const dir = tempDir();
      generate(dir, { programs: n, seed: 7 });
      const { code, out } = await validate(dir, '--stage', '4');
      expect(out).not.toMatch(/SC\d{4}/);
      expect(code).toBe(0);
      const programs = Object.entries(readTree(dir))
        .filter(([file]) => file.startsWith('dimensi/'))
        .reduce((sum, [, text]) => sum + (text.match(/^ {2}- id: [a-z]{3}-\d{4}$/gm)?.length ?? 0), 0);
      expect(programs).toBe(n);
    });
  }

  it('is deterministic: the same seed gives identical files, another seed different ones', () => {
    const a = tempDir();
    const b = tempDir();
    const c = tempDir();
    generate(a, { programs: 300, seed: 42 });
    generate(b, { programs: 300, seed: 42 });
    generate(c, { programs: 300, seed: 43 });
    const ta = readTree(a);
    expect(Object.keys(ta).length).toBeGreaterThan(8);
    expect(readTree(b)).toEqual(ta);
    expect(readTree(c)).not.toEqual(ta);
  });

  // The default shape must stay byte for byte what it was before `shape` existed (issue 22), so that
  // figures measured before and after stay comparable. The digests were taken from that generator, and again when
  // its pillar and criterion texts became Indonesian and a quick win took a source its program budgets in its
  // years (issue 17, SC3096): a diff of the two generators' projects showed only those lines changed (the texts,
  // and 1, 8 and 3 quick-win sources of these three projects), no other line.
  it('writes the same default project as before input shapes were added (pinned digests)', () => {
    const digest = (options: Parameters<typeof generate>[1]) => {
      const dir = tempDir();
      generate(dir, options);
      const h = createHash('sha256');
      for (const [file, text] of Object.entries(readTree(dir))) h.update(`${file.split(path.sep).join('/')}\0${text}\0`);
      return h.digest('hex');
    };
    expect(digest({ programs: 30, seed: 1 })).toBe('413e940ef622f99ebc8b5e1d5eaf486ee3ab4b276ed3926f70b3dc5c180cfdc2');
    expect(digest({ programs: 300, seed: 42, shape: 'default' })).toBe('24e5bf5bb48ffdd67107e2cee0acda4aced2c01e90734dc47371958767ba9fba');
    expect(digest({ programs: 60, seed: 3, years: 5, sparse: true })).toBe('7690748f574723c0ec93f176aa5eab08a50ec2c38fc42fc22ded9e073dee7bd6');
  });

  it('writes a valid, deterministic, text-heavier project with shape long', async () => {
    const a = tempDir();
    const b = tempDir();
    const plain = tempDir();
    generate(a, { programs: 60, seed: 5, shape: 'long' });
    generate(b, { programs: 60, seed: 5, shape: 'long' });
    generate(plain, { programs: 60, seed: 5 });
    const { code, out } = await validate(a, '--stage', '4');
    expect(out).not.toMatch(/SC\d{4}/);
    expect(code).toBe(0);
    const ta = readTree(a);
    expect(readTree(b)).toEqual(ta);
    const size = (t: Record<string, string>) => Object.entries(t).filter(([f]) => f.startsWith('dimensi')).reduce((s, [, x]) => s + x.length, 0);
    const indicators = (t: Record<string, string>) => Object.values(t).join('').match(/^ {6}- \{name: .*baseline_year/gm)?.length ?? 0;
    expect(size(ta)).toBeGreaterThan(2.5 * size(readTree(plain)));
    expect(indicators(ta)).toBeGreaterThanOrEqual(6 * 60);
    expect(() => generate(tempDir(), { programs: 6, shape: 'wide' as 'long' })).toThrow(/shape must be one of default, long/);
  });

  it('splits quick wins into files of at most 200 and replaces a previous, larger generation', () => {
    const dir = tempDir();
    generate(dir, { programs: 4100, seed: 1 }); // 205 quick wins: two files
    expect(readdirSync(path.join(dir, 'quick-wins'))).toEqual(['quick-wins-01.yaml', 'quick-wins-02.yaml']);
    generate(dir, { programs: 30, seed: 1 });
    expect(readdirSync(path.join(dir, 'quick-wins'))).toEqual(['quick-wins-01.yaml']);
  });
});
