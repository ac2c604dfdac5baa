/**
 * Issue 22: one LibreOffice per build / `--watch` session / `build --all` worker. The session keeps LibreOffice
 * running and hands every conversion to it through LibreOffice's own single-instance pipe.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/render/docx/index.js';
import { instancePipes, LayoutSession, openLayoutSession, SESSION_ENV } from '../../src/render/layout-session.js';
import { findSoffice } from '../../src/render/libreoffice.js';
import { fixtureTree } from './docx/fixture.js';

const soffice = process.platform === 'linux' ? findSoffice() : undefined;

/** soffice.bin processes whose command line names this profile folder. */
function processesOf(home: string): number {
  const ps = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  return ps.split('\n').filter((l) => l.includes('soffice.bin') && l.includes(home)).length;
}

describe('instancePipes', () => {
  it("names the pipe LibreOffice 7.4 made for a profile (observed: file:///tmp/lo/profY → …_eef641…)", () => {
    // The name was read from /tmp while LibreOffice ran with -env:UserInstallation=file:///tmp/lo/profY.
    expect(instancePipes('file:///tmp/lo/profY')[0]).toBe(`/tmp/OSL_PIPE_${userInfo().uid}_SingleOfficeIPC_eef64120591c72e7a746fccb8c5f6a3`);
  });
});

/**
 * A script for a Node process of its own: the compiled module (npm test builds first) opens a session, prints its mode
 * and folder once LibreOffice is ready, then runs `then`.
 */
const readyThen = (then: string): string => `
  const { openLayoutSession } = await import(${JSON.stringify(new URL('../../dist/render/layout-session.js', import.meta.url).href)});
  const session = openLayoutSession(${JSON.stringify(soffice)});
  while (session.mode === 'starting') await new Promise((r) => setTimeout(r, 50));
  console.log(session.mode + ' ' + session.home);
  ${then}`;

describe.skipIf(!soffice)('a layout session with LibreOffice', () => {
  const docx = async () => (await renderDocx(fixtureTree())).bytes;

  it('starts LibreOffice once for many conversions, and leaves no process, pipe or folder behind', async () => {
    const session = openLayoutSession(soffice!);
    const home = session.home;
    const bytes = await docx();
    const first = await session.toPdf(bytes, 'a');
    const [second, third] = await Promise.all([session.toPdf(bytes, 'b'), session.toPdf(bytes, 'c')]);
    expect(session.mode).toBe('server');
    expect(session.starts).toBe(1);
    for (const pdf of [first, second, third]) expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(processesOf(home)).toBe(1);
    const pipe = instancePipes(`file://${home}/profile`).find((p) => existsSync(p));
    expect(pipe).toBeDefined();
    await session.close();
    expect(processesOf(home)).toBe(0);
    expect(existsSync(pipe!)).toBe(false);
    expect(existsSync(home)).toBe(false);
  }, 120_000);

  it('keeps two conversion commands under way at once, and each PDF is of its own document', async () => {
    // A wrapper around soffice that notes when each conversion command starts and ends (the server start is not one).
    const dir = mkdtempSync(path.join(tmpdir(), 'smartcity-test-pipeline-'));
    const log = path.join(dir, 'log');
    const wrapper = path.join(dir, 'soffice');
    writeFileSync(wrapper, `#!/bin/sh\ncase "$*" in *--convert-to*) echo "start $(basename "$(eval echo \\$$#)")" >> ${log};; esac\n"${soffice}" "$@"\nrc=$?\ncase "$*" in *--convert-to*) echo "end $(basename "$(eval echo \\$$#)")" >> ${log};; esac\nexit $rc\n`);
    chmodSync(wrapper, 0o755);
    const session = openLayoutSession(wrapper);
    try {
      const titles = ['Dokumen Pertama Kabupaten', 'Dokumen Kedua Kabupaten', 'Dokumen Ketiga Kabupaten'];
      const docs = await Promise.all(titles.map(async (title) => {
        const tree = fixtureTree();
        tree.sections[0]!.blocks[0] = { kind: 'cover', title: [title], subtitle: 'Uji', period: '2024 – 2028', footer: ['2023'] };
        return (await renderDocx(tree)).bytes;
      }));
      // The first request alone; the others once its command has started, as a build asks while LibreOffice works.
      const first = session.toPdf(docs[0]!, 'doc0');
      const started = Date.now();
      while (!(existsSync(log) && readFileSync(log, 'utf8').includes('start')) && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 10));
      const rest = docs.slice(1).map((bytes, i) => session.toPdf(bytes, `doc${i + 1}`));
      const pdfs = await Promise.all([first, ...rest]);
      expect(session.starts).toBe(1);
      pdfs.forEach((pdf, i) => {
        const text = execFileSync('pdftotext', ['-l', '1', pdf, '-'], { encoding: 'utf8' });
        expect(text).toContain(titles[i]);
        for (const other of titles.filter((_, j) => j !== i)) expect(text).not.toContain(other);
      });
      const events = readFileSync(log, 'utf8').trim().split('\n');
      expect(events).toHaveLength(6);
      // The second request, asked while the first command ran, started beside it (not after it).
      expect(events.findIndex((e) => e.startsWith('start') && e.includes('doc1'))).toBeLessThan(events.findIndex((e) => e.startsWith('end') && e.includes('doc0')));
      // Never more than two at once.
      let open = 0;
      let most = 0;
      for (const e of events) {
        open += e.startsWith('start') ? 1 : -1;
        most = Math.max(most, open);
      }
      expect(most).toBe(2);
    } finally {
      await session.close();
      rmSync(dir, { recursive: true, force: true });
    }
    expect(processesOf(session.home)).toBe(0);
  }, 120_000);

  it('when its LibreOffice dies during the build, converts on its own, one command at a time', async () => {
    const session = openLayoutSession(soffice!);
    try {
      const bytes = await docx();
      await session.toPdf(bytes, 'before');
      expect(session.mode).toBe('server');
      // Every LibreOffice process of this session's profile (the kept server; no command is under way).
      spawnSync('pkill', ['-KILL', '-f', `UserInstallation=${pathToFileURL(path.join(session.home, 'profile')).href}`]);
      const since = Date.now();
      while (session.mode === 'server' && Date.now() - since < 10_000) await new Promise((r) => setTimeout(r, 20));
      expect(session.mode).toBe('standalone');
      const pdfs = await Promise.all(['a', 'b', 'c'].map((n) => session.toPdf(bytes, n)));
      for (const pdf of pdfs) expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      // The three waited together and went as one command line: one more start, not two racing for the profile.
      expect(session.starts).toBe(2);
    } finally {
      await session.close();
    }
    expect(processesOf(session.home)).toBe(0);
  }, 120_000);

  it('converts on its own when LibreOffice does not become ready in time (same command line, no server)', async () => {
    const session = new LayoutSession(soffice!, { startMs: 0 }).start();
    const pdf = await session.toPdf(await docx(), 'alone');
    expect(session.mode).toBe('standalone');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    await session.close();
    expect(processesOf(session.home)).toBe(0);
  }, 120_000);

  it("a region's build attached to its worker's LibreOffice starts none and leaves the worker's running", async () => {
    const owner = openLayoutSession(soffice!);
    const child = openLayoutSession(soffice!, { env: { ...process.env, [SESSION_ENV]: owner.home } });
    const bytes = await docx();
    await child.toPdf(bytes, 'region');
    expect(child.mode).toBe('server');
    expect(child.starts).toBe(0);
    await child.close();
    expect(processesOf(owner.home)).toBe(1);
    await owner.toPdf(bytes, 'next-region');
    expect(owner.starts).toBe(1);
    await owner.close();
    expect(processesOf(owner.home)).toBe(0);
  }, 120_000);

  it('a process that ends on an uncaught error without closing its session takes LibreOffice with it', async () => {
    // A Node process of its own that crashes once LibreOffice is ready.
    const script = readyThen("throw new Error('boom');");
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 90_000 });
    const [mode, home] = child.stdout.trim().split(' ');
    expect(mode).toBe('server');
    expect(child.stderr).toContain('boom');
    expect(child.status).not.toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(processesOf(home)).toBe(0);
    expect(existsSync(home)).toBe(false);
  }, 120_000);

  it('a SIGKILLed Node takes its LibreOffice with it: no process, folder or pipe file is left', async () => {
    // Nothing in Node runs on SIGKILL: the session's watchdog shell does the cleaning.
    const script = readyThen('setInterval(() => undefined, 1000);');
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const line = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())));
    const [mode, home] = line.split(' ');
    expect(mode).toBe('server');
    const pipes = instancePipes(pathToFileURL(path.join(home, 'profile')).href);
    expect(processesOf(home)).toBeGreaterThan(0);
    expect(pipes.some((p) => existsSync(p))).toBe(true);
    child.kill('SIGKILL');
    for (let i = 0; i < 50 && (processesOf(home) > 0 || existsSync(home)); i++) await new Promise((r) => setTimeout(r, 200));
    expect(processesOf(home)).toBe(0);
    expect(existsSync(home)).toBe(false);
    expect(pipes.filter((p) => existsSync(p))).toEqual([]);
  }, 120_000);
});
