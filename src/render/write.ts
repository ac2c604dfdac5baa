import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a file atomically: to a temporary name in the same folder, then renamed over the
 * target, so a reader (or a crash) sees either the old complete file or the new one. The pid
 * and a counter keep two builds into the same folder from sharing a temporary file.
 */
let counter = 0;
export async function writeAtomic(target: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${counter++}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
