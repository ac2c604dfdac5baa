import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

export const MAX_LOGO_BYTES = 10 * 1024 * 1024;

/**
 * SC3018: `region.logo` is a PNG or JPEG file inside the project folder. The path is resolved
 * relative to the profile's file; the real path (symlinks followed) must stay inside the
 * project, so a logo cannot pull in a file from elsewhere on the machine (a build embeds it).
 * The type is judged by magic bytes, not by the file name. Reads at most 8 bytes.
 */
export const logo: CrossFileRule = {
  name: 'logo',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const { doc, data } of ctx.docs.RegionProfile) {
      const value = data.region.logo;
      if (value === undefined) continue;
      const reason = logoProblem(ctx.project.root, path.dirname(doc.source.absPath), value);
      // A path of 200,000 characters is shown cut, so the message stays one readable line.
      const shown = value.length > 120 ? `${value.slice(0, 120)}…` : value;
      if (reason) out.push(report('SC3018', { path: shown, reason }, doc, ['region', 'logo']));
    }
    return out;
  },
};

function logoProblem(projectRoot: string, baseDir: string, value: string): string | undefined {
  if (path.isAbsolute(value) || path.win32.isAbsolute(value)) return 'absolute path; write it relative to this file';
  const abs = path.resolve(baseDir, value);
  if (!isInside(projectRoot, abs)) return 'outside the project folder';
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    return 'file not found';
  }
  if (!isInside(safeRealpath(projectRoot), real)) return 'outside the project folder (symbolic link)';
  const info = statSync(real);
  if (!info.isFile()) return 'not a file';
  if (info.size > MAX_LOGO_BYTES) return `larger than ${MAX_LOGO_BYTES / 1024 / 1024} MB`;
  return isPngOrJpeg(real) ? undefined : 'not a PNG or JPEG image';
}

function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

function isPngOrJpeg(file: string): boolean {
  const head = Buffer.alloc(8);
  const fd = openSync(file, 'r');
  try {
    const n = readSync(fd, head, 0, 8, 0);
    const starts = (magic: number[]) => n >= magic.length && magic.every((b, i) => head[i] === b);
    return starts(PNG) || starts(JPEG);
  } finally {
    closeSync(fd);
  }
}
