/**
 * `build --all <dir>`: builds every direct subfolder that holds a `smartcity.yaml`, each in its own
 * process (`bin/smartcity.js build`), at most `jobs` at a time (default: os.availableParallelism()).
 * A process per region keeps memory bounded and one region's crash from taking the others down.
 */
import { spawn } from 'node:child_process';
import { onInterrupt } from '../render/write.js';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveProjectDir } from '../index.js';
import { findSoffice } from '../render/libreoffice.js';
import { openLayoutSession, SESSION_ENV, type LayoutSession } from '../render/layout-session.js';
import { UsageError } from '../cli/errors.js';
import type { RegionOutcome } from '../cli/build.js';

/** `bin/smartcity.js` at the package root: the same path from src/build and dist/build. */
const BIN = fileURLToPath(new URL('../../bin/smartcity.js', import.meta.url));

export interface BuildAllOptions {
  cwd: string;
  /** Output root: each region is written to `<out>/<name>` (default `<project>/dist`). */
  out?: string;
  pdf?: boolean;
  strict?: boolean;
  /** Bimtek stage: each region writes the books due then. */
  stage?: 1 | 2 | 3 | 4;
  lang: 'id' | 'en';
  env: NodeJS.ProcessEnv;
  jobs?: number;
  /** Called as each region finishes (in completion order). */
  onResult?: (r: RegionResult) => void;
}

export interface RegionResult {
  name: string;
  dir: string;
  /** Exit code of the region's build: 0 ok, 1 invalid data, 2 failure. */
  code: number;
  files: number;
  ms: number;
  /** The build's stdout and stderr (problems). */
  stdout: string;
  stderr: string;
}

/** The project folders directly below `dir`, sorted by name. */
async function findProjects(dir: string, cwd: string): Promise<string[]> {
  const root = await resolveProjectDir(dir, cwd);
  const entries = await readdir(root, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules' && existsSync(path.join(root, e.name, 'smartcity.yaml')))
    .map((e) => path.join(root, e.name))
    .sort();
}

export async function buildAll(dir: string, o: BuildAllOptions): Promise<RegionResult[]> {
  const projects = await findProjects(dir, o.cwd);
  if (projects.length === 0) throw new UsageError('SC9010', { path: dir });
  const jobs = Math.max(1, Math.min(o.jobs ?? availableParallelism(), projects.length));
  const results: RegionResult[] = new Array(projects.length);
  let next = 0;
  const soffice = findSoffice(o.env);
  // One LibreOffice per worker, started now and kept for every region that worker builds: each region's build
  // converts through it (SESSION_ENV) instead of starting its own.
  const sessions: LayoutSession[] = [];
  const worker = async () => {
    const session = soffice ? openLayoutSession(soffice, { env: { ...o.env, [SESSION_ENV]: '' } }) : undefined;
    if (session) sessions.push(session);
    const env = session ? { ...o.env, [SESSION_ENV]: session.home } : o.env;
    while (next < projects.length) {
      const i = next++;
      results[i] = await buildOne(projects[i], { ...o, env });
      o.onResult?.(results[i]);
    }
  };
  try {
    await Promise.all(Array.from({ length: jobs }, worker));
  } finally {
    await Promise.all(sessions.map((s) => s.close()));
  }
  return results;
}

/** The child's result line (see `RegionOutcome` in src/cli/build.ts), or undefined when it died before writing it. */
function outcome(stdout: string): RegionOutcome | undefined {
  const line = stdout.trim().split('\n').pop() ?? '';
  try {
    const value = JSON.parse(line) as unknown;
    return value !== null && typeof value === 'object' && typeof (value as RegionOutcome).files === 'number' ? (value as RegionOutcome) : undefined;
  } catch {
    return undefined;
  }
}

function buildOne(project: string, o: BuildAllOptions): Promise<RegionResult> {
  const name = path.basename(project);
  // --quiet: the child's stderr holds its problems only; --result-json: its stdout is one line of data.
  const args = [BIN, 'build', project, '--lang', o.lang, '--no-color', '--quiet', '--result-json'];
  if (o.out) args.push('-o', path.resolve(o.cwd, o.out, name));
  if (o.pdf) args.push('--pdf');
  if (o.strict) args.push('--strict');
  if (o.stage) args.push('--stage', String(o.stage));
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: o.cwd, env: o.env, stdio: ['ignore', 'pipe', 'pipe'] });
    // Interrupted (SIGTERM from CI reaches only us): pass it on, so each build removes its temporary files.
    const forget = onInterrupt(() => child.kill('SIGTERM'));
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    const done = (code: number) => {
      forget();
      const files = outcome(stdout)?.files ?? 0;
      resolve({ name, dir: project, code, files, ms: Math.round(performance.now() - started), stdout, stderr });
    };
    child.on('error', (error) => {
      stderr += `${error.message}\n`;
      done(2);
    });
    child.on('close', (code) => done(code ?? 2));
  });
}
