/**
 * Issue 8: an interrupted build (SIGINT, SIGTERM) leaves the previous outputs intact and no temporary
 * files; two builds into the same folder at once leave only complete files. Runs the real CLI
 * (bin/smartcity.js → dist/), so `npm run build` must have run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample, expectCompleteOutputs, REPO, tempDir } from './_cli.js';
import { findSoffice } from '../../src/render/libreoffice.js';
import { instancePipes } from '../../src/render/layout-session.js';
import { pathToFileURL } from 'node:url';

const BIN = path.join(REPO, 'bin/smartcity.js');
// No PATH: no LibreOffice, so a build takes about a second and a half.
const ENV = { SOURCE_DATE_EPOCH: '1700000000', SMARTCITY_LANG: 'en', HOME: process.env.HOME ?? '/tmp' };

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  // Recursive: each book of the set has a folder of chapter files.
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const name = path.relative(dir, path.join(e.parentPath, e.name));
    out[name] = createHash('sha256').update(readFileSync(path.join(dir, name))).digest('hex');
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function buildSync(project: string, out: string): void {
  const r = spawnSync(process.execPath, [BIN, 'build', project, '-o', out, '-q'], { env: ENV, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}

function buildAsync(project: string, out: string, killAfter?: { ms: number; signal: NodeJS.Signals }) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, 'build', project, '-o', out, '-q'], { env: ENV });
    let stderr = '';
    child.stderr.on('data', (b) => (stderr += b));
    const timer = killAfter ? setTimeout(() => child.kill(killAfter.signal), killAfter.ms) : undefined;
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr });
    });
  });
}

describe('interrupted builds', () => {
  it('SIGINT / SIGTERM at any moment: previous outputs intact, no temporary files, exit 130 / 143', async () => {
    const project = await copyExample();
    const out = path.join(await tempDir(), 'out');
    buildSync(project, out);
    const before = hashes(out);
    expect(Object.keys(before).length).toBeGreaterThan(5);

    // Change the data so a new build writes different bytes: each file afterwards is the old or the new one.
    const profile = path.join(project, 'profil-daerah.yaml');
    await writeFile(profile, (await readFile(profile, 'utf8')).replace('Semboyan daerah', 'Semboyan resmi daerah'));
    const fresh = path.join(await tempDir(), 'fresh');
    buildSync(project, fresh);
    const after = hashes(fresh);
    expect(after).not.toEqual(before);

    const outcomes: string[] = [];
    for (const [ms, signal] of [[300, 'SIGINT'], [800, 'SIGTERM'], [1200, 'SIGINT'], [1500, 'SIGTERM']] as const) {
      const r = await buildAsync(project, out, { ms, signal });
      outcomes.push(`${signal}@${ms}ms → ${r.code ?? r.signal}`);
      expect(r.stderr).not.toContain('    at ');
      // Killed before the build command installed its handler (still loading modules; nothing written
      // yet): the default action ends the process by the signal itself. Afterwards: exit 130 / 143.
      if (r.code === null) expect(r.signal).toBe(signal);
      else if (r.code !== 0) expect(r.code, `${signal} after ${ms} ms: ${r.stderr}`).toBe(signal === 'SIGINT' ? 130 : 143);
      await expectCompleteOutputs(out);
      const now = hashes(out);
      expect(Object.keys(now)).toEqual(Object.keys(before));
      for (const [name, hash] of Object.entries(now)) expect([before[name], after[name]], name).toContain(hash);
      // Back to the old outputs for the next round.
      buildSync(path.join(project), out);
    }
    console.log(`interrupted builds: ${outcomes.join(', ')}`);
  });
});

describe('a signal in the middle of a write', () => {
  it.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('%s removes the temporary file, keeps the old target, exits %i', async (signal, exitCode) => {
    const dir = await tempDir();
    const target = path.join(dir, 'buku.docx');
    await writeFile(target, 'versi lama');
    // A child that writes 64 MB files atomically, over and over, under the CLI's signal cleanup.
    const script = `
      import { withSignalCleanup, writeAtomic } from ${JSON.stringify(path.join(REPO, 'dist/render/write.js'))};
      const bytes = new Uint8Array(64 * 1024 * 1024).fill(65);
      await withSignalCleanup(async () => { for (;;) await writeAtomic(${JSON.stringify(target)}, bytes); });
    `;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    // Wait until a temporary file exists, then interrupt.
    const started = Date.now();
    while (!readdirSync(dir).some((n) => n.endsWith('.tmp'))) {
      expect(Date.now() - started, 'no temporary file appeared').toBeLessThan(20_000);
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill(signal);
    expect(await closed).toBe(exitCode);
    expect(readdirSync(dir)).toEqual(['buku.docx']);
    const size = readFileSync(target).byteLength;
    expect([Buffer.byteLength('versi lama'), 64 * 1024 * 1024]).toContain(size);
  });
});

describe('concurrency', () => {
  it('two builds of the same project into the same folder at once leave only complete files', async () => {
    const project = await copyExample();
    const out = path.join(await tempDir(), 'out');
    const expected = path.join(await tempDir(), 'expected');
    buildSync(project, expected);
    for (let round = 0; round < 2; round++) {
      const [a, b] = await Promise.all([buildAsync(project, out), buildAsync(project, out)]);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      const names = await expectCompleteOutputs(out);
      expect(names.sort()).toEqual(Object.keys(hashes(expected)).sort());
      expect(hashes(out)).toEqual(hashes(expected));
    }
  });
});

describe.skipIf(!findSoffice(process.env))('interrupted during the LibreOffice page pass', () => {
  it('SIGINT stops soffice and leaves no temporary folder behind', async () => {
    const project = await copyExample();
    const out = path.join(await tempDir(), 'out');
    const tmp = await tempDir();
    // LibreOffice on PATH; a private TMPDIR so parallel test files cannot add their own folders.
    const env = { ...ENV, PATH: process.env.PATH ?? '', TMPDIR: tmp };
    const child = spawn(process.execPath, [BIN, 'build', project, '-o', out, '-q'], { env });
    // Interrupt once the page pass has started (its LibreOffice profile folder appears in TMPDIR).
    const started = Date.now();
    while (!readdirSync(tmp).some((n) => n.startsWith('smartcity-')) && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(tmp).some((n) => n.startsWith('smartcity-'))).toBe(true);
    const code = await new Promise<number | null>((resolve) => {
      child.on('close', (c) => resolve(c));
      child.kill('SIGINT');
    });
    expect(code).toBe(130);
    // soffice was killed: nothing comes back into TMPDIR afterwards.
    await new Promise((r) => setTimeout(r, 1500));
    expect(readdirSync(tmp)).toEqual([]);
  });
});

describe.skipIf(!findSoffice(process.env) || process.platform !== 'linux')('--watch with LibreOffice kept running', () => {
  it('Ctrl+C stops the watch and its LibreOffice: no process, no temporary folder, no pipe left', async () => {
    const project = await copyExample();
    const out = path.join(await tempDir(), 'out');
    const tmp = await tempDir();
    const env = { ...ENV, PATH: process.env.PATH ?? '', TMPDIR: tmp };
    const child = spawn(process.execPath, [BIN, 'build', project, '-o', out, '--watch'], { env });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
    const started = Date.now();
    while (!/✔/.test(stdout) && Date.now() - started < 120_000) await new Promise((r) => setTimeout(r, 100));
    expect(stdout).toMatch(/✔/);
    // The kept LibreOffice runs with its profile in our TMPDIR, and owns the pipe named after that profile.
    const running = () => spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).stdout.split('\n').filter((l) => l.includes('soffice.bin') && l.includes(tmp));
    expect(running().length).toBe(1);
    const session = readdirSync(tmp).find((n) => n.startsWith('smartcity-lo-'))!;
    const pipes = instancePipes(pathToFileURL(path.join(tmp, session, 'profile')).href);
    expect(pipes.some((p) => existsSync(p))).toBe(true);
    const code = await new Promise<number | null>((resolve) => {
      child.on('close', (c) => resolve(c));
      child.kill('SIGINT');
    });
    expect(code).toBe(0);
    expect(running()).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
    expect(pipes.filter((p) => existsSync(p))).toEqual([]);
  }, 180_000);
});

describe('build --all interrupted', () => {
  it('SIGTERM to the parent: every region output holds only complete files afterwards', async () => {
    const root = await tempDir();
    const { cp } = await import('node:fs/promises');
    for (const name of ['a', 'b']) await cp(path.join(REPO, 'test/_fixtures/minimal'), path.join(root, name), { recursive: true });
    const out = path.join(await tempDir(), 'out');
    const child = spawn(process.execPath, [BIN, 'build', '--all', root, '-o', out, '-q'], { env: ENV });
    const code = await new Promise<number | null>((resolve) => {
      child.on('close', (c) => resolve(c));
      setTimeout(() => child.kill('SIGTERM'), 700);
    });
    expect([143, 0]).toContain(code);
    // The regions' own builds finish their cleanup after the parent has gone.
    await new Promise((r) => setTimeout(r, 2500));
    for (const name of ['a', 'b']) await expectCompleteOutputs(path.join(out, name));
  });
});
