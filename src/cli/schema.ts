import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomic } from '../render/write.js';
import type { Io } from './main.js';

/** `schemas/` at the package root: the same path from src/cli and dist/cli. */
export const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));

export async function schemaCommand(out: string | undefined, io: Io): Promise<number> {
  const names = (await readdir(SCHEMA_DIR)).filter((n) => n.endsWith('.schema.json')).sort();
  if (out) {
    for (const name of names) await writeAtomic(path.resolve(io.cwd, out, name), await readFile(path.join(SCHEMA_DIR, name)));
    return 0;
  }
  const all: Record<string, unknown> = {};
  for (const name of names) all[name] = JSON.parse(await readFile(path.join(SCHEMA_DIR, name), 'utf8'));
  io.stdout(JSON.stringify(all, null, 2) + '\n');
  return 0;
}
