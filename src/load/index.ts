import { readFile, stat } from 'node:fs/promises';
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
  for (const abs of files) {
    const file = display(abs);
    const problem = await readProblem(abs, file);
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

async function readProblem(abs: string, file: string): Promise<{ text: string } | { diagnostic: Diagnostic }> {
  const at = { file, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  try {
    const info = await stat(abs);
    if (info.isDirectory()) {
      return { diagnostic: { code: 'SC1008', severity: 'error', data: { reason: 'is a folder' }, location: at } };
    }
    if (info.size > LIMITS.fileSize) {
      return { diagnostic: { code: 'SC1006', severity: 'error', data: { size: info.size, limit: LIMITS.fileSize }, location: at } };
    }
    const decoded = decode(await readFile(abs));
    if ('reason' in decoded) return { diagnostic: { code: 'SC1007', severity: 'error', data: { reason: decoded.reason }, location: at } };
    return decoded;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { diagnostic: { code: 'SC1008', severity: 'error', data: { reason }, location: at } };
  }
}
