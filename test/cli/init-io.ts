import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { run, type Io } from '../../src/cli/main.js';

export const REPO = path.resolve(__dirname, '../..');

/** No PATH: findSoffice finds nothing, so builds do not start LibreOffice. */
export const NO_SOFFICE: NodeJS.ProcessEnv = {};

const created: string[] = [];
afterAll(async () => {
  await Promise.all(created.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

export async function tempDir(prefix = 'smartcity-cli-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function fakeIo(env: NodeJS.ProcessEnv = NO_SOFFICE, cwd = REPO) {
  const out = { stdout: '', stderr: '' };
  const io: Io = { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t), env, cwd, isTTY: false };
  return { io, out };
}

export async function cli(argv: string[], env: NodeJS.ProcessEnv = NO_SOFFICE, cwd = REPO) {
  const { io, out } = fakeIo(env, cwd);
  const code = await run(argv, io);
  return { code, ...out };
}
