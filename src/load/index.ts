import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { CODES, type Code } from '../diagnostics/codes.js';
import { listAllowed } from '../diagnostics/suggest.js';
import { collectYamlFiles } from './collect.js';
import { LIMITS } from './limits.js';
import { decode, parseSource } from './parse.js';
import type { LoadedProject } from './types.js';

export interface LoadOptions {
  /** Paths in diagnostics are shown relative to this folder (default: process.cwd()). */
  cwd?: string;
  /** Absolute output folder, skipped when inside the project. */
  outputDir?: string;
}

export const MANIFEST = 'smartcity.yaml';

/** Files read ahead of the one being parsed (a bound on open files and on texts held waiting). */
const READ_AHEAD = 8;

/** Reads every YAML file of a project folder. Never throws for bad input; reads only. */
export async function loadProject(dir: string, opts: LoadOptions = {}): Promise<LoadedProject> {
  const root = path.resolve(dir);
  const cwd = opts.cwd ?? process.cwd();
  const project: LoadedProject = { root, files: [], documents: [], diagnostics: [] };
  const display = (abs: string) => {
    const rel = path.relative(cwd, abs);
    return (rel === '' ? '.' : rel).split(path.sep).join('/');
  };
  const { files, truncated } = await collectYamlFiles(root, { outputDir: opts.outputDir, limit: LIMITS.files });
  if (truncated) {
    project.diagnostics.push({ code: 'SC1017', severity: CODES.SC1017.severity, data: { limit: LIMITS.files } });
    return project;
  }
  if (!files.some((f) => path.dirname(f) === root && path.basename(f) === MANIFEST)) {
    // A folder of projects (`regions/`) read as one project would give dozens of echoes: one sentence instead.
    const inside = projectsInside(root, files);
    if (inside.length > 0) {
      project.diagnostics.push({ code: 'SC1036', severity: CODES.SC1036.severity, data: { dir: display(root), projects: listAllowed(inside, 8) } });
      return project;
    }
    project.diagnostics.push({ code: 'SC1013', severity: CODES.SC1013.severity, data: { dir: display(root) } });
  }
  // Reading waits on the disk, parsing on the CPU: keep a few reads in flight while parsing, in order.
  const realRoot = realpath(root).catch(() => root);
  const reads = files.map(() => undefined as Promise<{ text: string } | { diagnostic: Diagnostic }> | undefined);
  const startRead = (i: number) => {
    if (i < files.length) reads[i] = readProblem(files[i], display(files[i]), realRoot);
  };
  for (let i = 0; i < READ_AHEAD; i++) startRead(i);
  for (let i = 0; i < files.length; i++) {
    const abs = files[i];
    const file = display(abs);
    const problem = await reads[i]!;
    reads[i] = undefined;
    startRead(i + READ_AHEAD);
    if ('diagnostic' in problem) {
      project.diagnostics.push(problem.diagnostic);
      continue;
    }
    const parsed = parseSource(file, abs, problem.text);
    project.files.push(parsed.source);
    project.documents.push(...parsed.documents);
    project.diagnostics.push(...parsed.diagnostics);
    // An empty file is usually a document not yet written or wiped by mistake: say so, rather than only
    // the echoes of what it should have held. (A file of comments only is a note, and is left alone.)
    if (problem.text.trim() === '') {
      project.diagnostics.push({ code: 'SC1037', severity: CODES.SC1037.severity, data: {}, location: { file, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } });
    }
  }
  return project;
}

/** Names of the subfolders of `root` (any depth) that hold their own smartcity.yaml, sorted. */
function projectsInside(root: string, files: readonly string[]): string[] {
  return files
    .filter((f) => path.basename(f) === MANIFEST && path.dirname(f) !== root)
    .map((f) => path.relative(root, path.dirname(f)).split(path.sep).join('/'))
    .sort();
}

/** Errno codes with a sentence of their own; any other is shown as it is in SC1008 (EIO, …). */
const ERRNO_CODES: Record<string, Code> = {
  ELOOP: 'SC1030',
  ENOENT: 'SC1031',
  EACCES: 'SC1032',
  EPERM: 'SC1032',
  EISDIR: 'SC1027',
  ENAMETOOLONG: 'SC1033',
};

async function readProblem(abs: string, file: string, realRoot: Promise<string>): Promise<{ text: string } | { diagnostic: Diagnostic }> {
  const at = { file, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  const problem = (code: Code, data: Diagnostic['data'] = {}): { diagnostic: Diagnostic } => ({ diagnostic: { code, severity: CODES[code].severity, data, location: at } });
  try {
    const info = await stat(abs);
    if (info.isDirectory()) return problem('SC1027');
    // A FIFO or a device named x.yaml would block the read forever (or never end).
    if (!info.isFile()) return problem('SC1028');
    // A symbolic link may not pull a file from outside the project into the report (a pull request
    // adding `notes.yaml -> ~/.ssh/id_rsa` would print its first lines in the CI log).
    const real = await realpath(abs);
    const rel = path.relative(await realRoot, real);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return problem('SC1029');
    if (info.size > LIMITS.fileSize) return problem('SC1006', { size: info.size, limit: LIMITS.fileSize });
    const decoded = decode(await readFile(abs));
    if ('notText' in decoded) {
      const { code, ...data } = decoded.notText;
      return problem(code, data);
    }
    return decoded;
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code;
    const code = errno ? ERRNO_CODES[errno] : undefined;
    return code ? problem(code) : problem('SC1008', { reason: errno ?? String(error) });
  }
}
