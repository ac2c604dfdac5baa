/** The programmatic API: no argv, no process exit, no printing. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { promoteWarnings, sortDiagnostics } from './diagnostics/diagnostic.js';
import { loadProject } from './load/index.js';
import type { LoadedProject } from './load/types.js';
import { validateProject } from './validate/index.js';
import { UsageError } from './cli/errors.js';

export type { Diagnostic } from './diagnostics/diagnostic.js';
export type { LoadedProject } from './load/types.js';

export interface CheckOptions {
  cwd?: string;
  stage?: 1 | 2 | 3 | 4;
  strict?: boolean;
  outputDir?: string;
}

export interface CheckResult {
  project: LoadedProject;
  diagnostics: Diagnostic[];
}

/** Resolves a project folder, or throws a UsageError (exit 2) naming the path. */
export async function resolveProjectDir(dir: string, cwd: string): Promise<string> {
  const abs = path.resolve(cwd, dir);
  const info = await stat(abs).catch(() => undefined);
  if (!info) throw new UsageError('SC9001', { path: dir });
  if (!info.isDirectory()) throw new UsageError('SC9002', { path: dir });
  return abs;
}

/** load → validate: every problem of a project as diagnostics. Reads only. */
export async function check(dir: string, opts: CheckOptions = {}): Promise<CheckResult> {
  const cwd = opts.cwd ?? process.cwd();
  const root = await resolveProjectDir(dir, cwd);
  const project = await loadProject(root, { cwd, outputDir: opts.outputDir });
  let diagnostics = validateProject(project, { stage: opts.stage });
  if (opts.strict) diagnostics = promoteWarnings(diagnostics);
  return { project, diagnostics: sortDiagnostics(diagnostics) };
}
