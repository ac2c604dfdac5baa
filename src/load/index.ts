import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { CODES } from '../diagnostics/codes.js';
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
  }
  return project;
}

/** Errno codes in words, so "cannot be read: ELOOP" says what is wrong. */
const REASONS: Record<string, string> = {
  ELOOP: 'a loop of symbolic links',
  ENOENT: 'a symbolic link to a file that does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder',
  ENAMETOOLONG: 'the path is too long',
};

async function readProblem(abs: string, file: string, realRoot: Promise<string>): Promise<{ text: string } | { diagnostic: Diagnostic }> {
  const at = { file, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  const problem = (reason: string): { diagnostic: Diagnostic } => ({ diagnostic: { code: 'SC1008', severity: 'error', data: { reason }, location: at } });
  try {
    const info = await stat(abs);
    if (info.isDirectory()) return problem('is a folder');
    // A FIFO or a device named x.yaml would block the read forever (or never end).
    if (!info.isFile()) return problem('not a regular file');
    // A symbolic link may not pull a file from outside the project into the report (a pull request
    // adding `notes.yaml -> ~/.ssh/id_rsa` would print its first lines in the CI log).
    const real = await realpath(abs);
    const rel = path.relative(await realRoot, real);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return problem('a symbolic link to a file outside the project folder');
    if (info.size > LIMITS.fileSize) {
      return { diagnostic: { code: 'SC1006', severity: 'error', data: { size: info.size, limit: LIMITS.fileSize }, location: at } };
    }
    const decoded = decode(await readFile(abs));
    if ('reason' in decoded) return { diagnostic: { code: 'SC1007', severity: 'error', data: { reason: decoded.reason }, location: at } };
    return decoded;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return problem((code && REASONS[code]) ?? code ?? String(error));
  }
}
