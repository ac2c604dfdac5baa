// bench/procs.mjs tells the LibreOffice processes a measured command started from any others on the
// machine, and counts starts (one per launcher) apart from soffice.bin processes (a fresh profile makes
// LibreOffice restart itself once). Stand-ins: copies of `sh` named oosplash and of `sleep` named
// soffice.bin, so no LibreOffice is needed.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain Node ESM without types
import { leftInTmp, privateTmp, runTracked } from '../../bench/procs.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'smartcity-bench-procs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const which = (name: string) => ['/bin', '/usr/bin'].map((d) => path.join(d, name)).find(existsSync);

describe.skipIf(process.platform === 'win32')('bench/procs runTracked', () => {
  // The stand-ins are a few MB: any soffice.bin of ours counts as an instance, except where a test says otherwise.
  beforeEach(() => { process.env.BENCH_INSTANCE_MB = '0'; });
  afterAll(() => { delete process.env.BENCH_INSTANCE_MB; });

  it.skipIf(process.platform !== 'linux')('a launcher whose soffice.bin stays small handed its conversion over: not a start', async () => {
    copyFileSync(which('sh')!, path.join(dir, 'oosplash'));
    copyFileSync(which('sleep')!, path.join(dir, 'soffice.bin'));
    const env = { PATH: `${dir}${path.delimiter}${process.env.PATH}` };
    process.env.BENCH_INSTANCE_MB = '100';
    const r = await runTracked(path.join(dir, 'oosplash'), ['-c', 'soffice.bin 0.5; true'], { env, timeout: 30 });
    expect(r.error).toBeUndefined();
    expect(r.starts).toBe(0);
    expect(r.handedOver).toBe(1);
    expect(r.bins).toBe(1);
  }, 30_000);
  it('counts one start with two soffice.bin for a launcher that restarts, and ignores a foreign soffice.bin', async () => {
    copyFileSync(which('sh')!, path.join(dir, 'oosplash'));
    copyFileSync(which('sleep')!, path.join(dir, 'soffice.bin'));
    const env = { PATH: `${dir}${path.delimiter}${process.env.PATH}` };
    // Not ours: started from here without the measured command's marker, running all along.
    const foreign = spawn(path.join(dir, 'soffice.bin'), ['3'], { stdio: 'ignore' });
    try {
      // `; true` keeps the shell from exec'ing the last command in its own process.
      const r = await runTracked(path.join(dir, 'oosplash'), ['-c', 'soffice.bin 0.5; soffice.bin 0.5; true'], { env, timeout: 30 });
      expect(r.error).toBeUndefined();
      expect(r.starts).toBe(1);
      expect(r.bins).toBe(2);
      expect(r.alive).toEqual([]);
    } finally {
      foreign.kill();
    }
  }, 30_000);

  it('counts the soffice script\'s own subshells (also named soffice) as part of its start', async () => {
    copyFileSync(which('sh')!, path.join(dir, 'soffice'));
    const env = { PATH: `${dir}${path.delimiter}${process.env.PATH}` };
    // Like /usr/bin/soffice: $(…) subshells, then the launcher (here a plain soffice.bin child).
    const r = await runTracked(path.join(dir, 'soffice'), ['-c', 'a=$(sleep 0.4; true); b=$(sleep 0.4; true); soffice.bin 0.3; true'], { env, timeout: 30 });
    expect(r.error).toBeUndefined();
    expect(r.starts).toBe(1);
    expect(r.bins).toBe(1);
  }, 30_000);

  it('reports a soffice.bin that outlives the command, and smartcity-* folders left in its TMPDIR', async () => {
    const tmp = privateTmp(dir, 'tmp');
    mkdirSync(path.join(tmp, 'smartcity-lo-x'));
    mkdirSync(path.join(tmp, 'other'));
    const env = { PATH: `${dir}${path.delimiter}${process.env.PATH}` };
    const r = await runTracked(path.join(dir, 'oosplash'), ['-c', 'soffice.bin 4 & sleep 0.5'], { env, timeout: 30 });
    expect(r.starts).toBe(1);
    expect(r.alive).toHaveLength(1);
    expect(r.alive[0]).toMatch(/^soffice\.bin \d+$/);
    process.kill(Number(r.alive[0].split(' ')[1]));
    expect(leftInTmp(tmp)).toEqual(['smartcity-lo-x']);
  }, 30_000);
});
