import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type Io } from '../../src/cli/main.js';

const root = path.resolve(__dirname, '../..');
const example = path.join(root, 'examples/kotawaringin-timur');

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, cwd: root, isTTY: false };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

function copyExample(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'smartcity-cli-'));
  cpSync(example, dir, { recursive: true });
  return dir;
}

function hashTree(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(name).update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex');
}

describe('cli/main', () => {
  describe('validate', () => {
    it('accepts the example at stage IV in strict mode (exit 0)', async () => {
      const r = await cli(['validate', 'examples/kotawaringin-timur', '--stage', '4', '--strict']);
      expect(r.stderr).toContain('✔');
      expect(r.code).toBe(0);
    });

    it('reports a broken file with file:line:column and exit 1, in Indonesian by default', async () => {
      const dir = copyExample();
      const file = path.join(dir, 'quick-wins.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('kind: QuickWins', 'kind: Quickwins'));
      const r = await cli(['validate', dir, '--no-color']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/quick-wins\.yaml:\d+:7 {2}kesalahan {2}kind "Quickwins" tidak dikenal/);
      expect(r.stderr).toContain('QuickWins');
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    });

    it('speaks English with --lang en and SMARTCITY_LANG', async () => {
      const dir = copyExample();
      writeFileSync(path.join(dir, 'extra.yaml'), 'apiVersion: smartcity/v1\nkind: [\n');
      const flag = await cli(['validate', dir, '--lang', 'en']);
      const env = await cli(['validate', dir], { SMARTCITY_LANG: 'en' });
      expect(flag.code).toBe(1);
      expect(flag.stderr).toContain('a bracket is never closed');
      expect(env.stderr).toBe(flag.stderr);
    });

    it('prints JSON diagnostics on stdout with --format json', async () => {
      const dir = copyExample();
      writeFileSync(path.join(dir, 'extra.yaml'), 'apiVersion: smartcity/v2\nkind: QuickWins\n');
      const r = await cli(['validate', dir, '--format', 'json']);
      expect(r.code).toBe(1);
      const json = JSON.parse(r.stdout);
      const d = json.diagnostics.find((x: { code: string }) => x.code === 'SC1010');
      expect(d).toMatchObject({ file: expect.stringMatching(/extra\.yaml$/), line: 1, column: 13, severity: 'error' });
    });

    it('never modifies the input files', async () => {
      const dir = copyExample();
      writeFileSync(path.join(dir, 'broken.yaml'), 'apiVersion: smartcity/v1\nkind: Masterplan\ntitle: [oops\n');
      const before = hashTree(dir);
      await cli(['validate', dir, '--stage', '4']);
      expect(hashTree(dir)).toBe(before);
    });
  });

  describe('usage errors', () => {
    it('exits 2 naming a missing folder', async () => {
      const r = await cli(['validate', 'no/such/folder']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('no/such/folder');
    });

    it('exits 2 for a file given as the project folder', async () => {
      const r = await cli(['validate', 'package.json', '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('package.json is not a folder');
    });

    it('exits 2 for an unknown option, command or stage', async () => {
      expect((await cli(['validate', '--bogus'])).code).toBe(2);
      expect((await cli(['frobnicate'])).code).toBe(2);
      expect((await cli(['validate', '.', '--stage', '5'])).code).toBe(2);
    });

    it('prints the version and exits 0', async () => {
      const r = await cli(['--version']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^\d+\.\d+\.\d+/);
    });
  });

  describe('bin/smartcity.js (a real process)', () => {
    it('validates the example and exits 0', () => {
      const r = spawnSync(process.execPath, ['bin/smartcity.js', 'validate', 'examples/kotawaringin-timur'], { cwd: root, encoding: 'utf8' });
      expect(r.status).toBe(0);
    });

    it('exits 1 on invalid data and writes diagnostics to stderr only', () => {
      const dir = copyExample();
      writeFileSync(path.join(dir, 'x.yaml'), '\tkey: value\n');
      const r = spawnSync(process.execPath, [path.join(root, 'bin/smartcity.js'), 'validate', dir], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('x.yaml:1:1');
      expect(r.stderr).not.toContain('\u001b[');
    });
  });
});
