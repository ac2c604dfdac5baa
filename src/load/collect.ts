import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Folders never read as input: output, templates, dependencies, hidden folders. */
const SKIPPED_DIRS = new Set(['node_modules', 'templates', 'dist', 'schemas']);

export interface CollectOptions {
  /** Absolute output folder to skip when it lies inside the project. */
  outputDir?: string;
  limit: number;
}

/**
 * Every `.yaml`/`.yml` file below `root`, sorted by relative path so that reading order (and
 * so every output) does not depend on the file system. Symlinked folders are not followed,
 * which also rules out symlink loops.
 */
export async function collectYamlFiles(root: string, opts: CollectOptions): Promise<{ files: string[]; truncated: boolean }> {
  const found: string[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
        if (opts.outputDir && path.resolve(abs) === opts.outputDir) continue;
        pending.push(abs);
      } else if (/\.ya?ml$/i.test(entry.name) && !entry.name.startsWith('.')) {
        found.push(abs);
        if (found.length > opts.limit) return { files: found.sort(), truncated: true };
      }
    }
  }
  return { files: found.sort(byRelative(root)), truncated: false };
}

function byRelative(root: string) {
  return (a: string, b: string) => {
    const ra = path.relative(root, a).split(path.sep).join('/');
    const rb = path.relative(root, b).split(path.sep).join('/');
    return ra < rb ? -1 : ra > rb ? 1 : 0;
  };
}
