import { rmSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Temporary files being written right now: removed by `removeTempFiles` when the CLI is interrupted. */
const pending = new Set<string>();

/**
 * Writes a file atomically: to a temporary name in the same folder, then renamed over the
 * target, so a reader (or a crash) sees either the old complete file or the new one. The pid
 * and a counter keep two builds into the same folder from sharing a temporary file.
 */
let counter = 0;
export async function writeAtomic(target: string, bytes: Uint8Array | string): Promise<void> {
  await makeDir(path.dirname(target));
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${counter++}.tmp`);
  pending.add(temp);
  try {
    await writeFile(temp, bytes);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    pending.delete(temp);
  }
}

/**
 * A temporary folder (LibreOffice's profile, a layout or PDF pass) removed on a signal like the
 * temporary files; returns the function that forgets it once its owner has removed it.
 */
export function trackTempDir(dir: string): () => void {
  pending.add(dir);
  return () => pending.delete(dir);
}

/** Things to stop first when interrupted (a LibreOffice process group still writing into a temporary folder). */
const stoppers = new Set<() => void>();

/** Registers `stop` to run on an interrupt; returns the function that forgets it. */
export function onInterrupt(stop: () => void): () => void {
  stoppers.add(stop);
  return () => stoppers.delete(stop);
}

/** Removes every temporary file and folder in progress; synchronous, so it can run in a signal handler. */
function removeTempFiles(): void {
  for (const stop of stoppers) {
    try {
      stop();
    } catch {
      // Already gone.
    }
  }
  stoppers.clear();
  for (const temp of pending) {
    try {
      rmSync(temp, { force: true, recursive: true });
    } catch {
      // Nothing more can be done while exiting.
    }
  }
  pending.clear();
}

/**
 * While `fn` runs, SIGINT and SIGTERM remove the temporary files and end the process with 130 / 143
 * (128 + signal number, what a shell reports). Outputs already renamed into place are complete; the
 * previous ones not yet replaced stay as they were.
 */
export async function withSignalCleanup<T>(fn: () => Promise<T>): Promise<T> {
  const handlers = {
    SIGINT: () => exitOn(130),
    SIGTERM: () => exitOn(143),
  };
  const exitOn = (code: number) => {
    removeTempFiles();
    process.exit(code);
  };
  process.once('SIGINT', handlers.SIGINT);
  process.once('SIGTERM', handlers.SIGTERM);
  try {
    return await fn();
  } finally {
    process.off('SIGINT', handlers.SIGINT);
    process.off('SIGTERM', handlers.SIGTERM);
  }
}

/**
 * `mkdir -p` that always ends. Node's own `mkdir(dir, { recursive: true })` loops forever when the
 * system answers ENOENT for a folder whose parent exists (e.g. `-o /proc/out` on Linux, Node 20).
 */
async function makeDir(dir: string): Promise<void> {
  try {
    await mkdir(dir);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if ((await stat(dir)).isDirectory()) return;
      throw Object.assign(new Error(`${dir} is not a folder`), { code: 'ENOTDIR' });
    }
    if (code !== 'ENOENT') throw error;
    const parent = path.dirname(dir);
    // The parent exists, yet the folder cannot be made there: give up instead of retrying.
    if (parent === dir || (await stat(parent).then(() => true, () => false))) throw error;
    await makeDir(parent);
    await mkdir(dir).catch(async (again: NodeJS.ErrnoException) => {
      if (again.code !== 'EEXIST' || !(await stat(dir)).isDirectory()) throw again;
    });
  }
}
