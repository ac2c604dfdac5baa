/** Shared helpers of the reliability tests: run the CLI in-process and check the invariants of issue 8. */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, expect } from 'vitest';
import { run, type Io } from '../../src/cli/main.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const EXAMPLE = path.join(REPO, 'examples/kotawaringin-timur');

/**
 * Diagnostics about the run as a whole, not about a place in a file: no manifest, too many files, and a
 * missing document kind when there is no manifest to anchor it to.
 */
export const RUN_LEVEL = new Set(['SC1013', 'SC1017', 'SC3001', 'SC3015', 'SC3016']);

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

export async function tempDir(prefix = 'smartcity-rel-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A copy of the example project without its dist/ folder. */
export async function copyExample(): Promise<string> {
  const dir = await tempDir();
  await cp(EXAMPLE, dir, { recursive: true, filter: (src) => !src.startsWith(path.join(EXAMPLE, 'dist')) });
  return dir;
}

/** Every YAML file of the example (no dist/), relative path → text. */
export function exampleFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'dist') walk(p);
      } else if (/\.ya?ml$/.test(name)) out[path.relative(EXAMPLE, p).split(path.sep).join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(EXAMPLE);
  return out;
}

export interface CliResult { code: number; stdout: string; stderr: string }

/** Runs `smartcity argv` in-process; env has no PATH (so no LibreOffice) unless given. */
export async function cli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, cwd, isTTY: false };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** Exit code 0/1/2 and no stack trace on stderr. */
export function expectClean(r: CliResult): void {
  expect([0, 1, 2], `exit code ${r.code}; stderr: ${r.stderr}`).toContain(r.code);
  expect(r.stderr, 'a stack trace on stderr').not.toMatch(/\n\s+at .+[:(]/);
  expect(r.stderr).not.toContain('    at ');
  expect(r.stderr, 'an internal error').not.toContain('SC9005');
  expect(r.stderr).not.toMatch(/internal error|kesalahan internal/i);
}

interface JsonDiagnostic { code: string; file?: string; line?: number; column?: number; endLine?: number; endColumn?: number }

/** `--format json` output: every diagnostic names a file (except run-level ones) and a position inside it. */
export function expectPositions(r: CliResult, cwd: string): JsonDiagnostic[] {
  const doc = JSON.parse(r.stdout) as { diagnostics: JsonDiagnostic[] };
  for (const d of doc.diagnostics) {
    if (d.file === undefined) {
      expect(RUN_LEVEL, `${d.code} has no file`).toContain(d.code);
      continue;
    }
    const abs = path.resolve(cwd, d.file);
    expect(lstatSync(abs, { throwIfNoEntry: false }), `${d.code}: ${d.file} does not exist`).toBeDefined();
    expect(d.line, `${d.code} without a line`).toBeTypeOf('number');
    expect(d.column, `${d.code} without a column`).toBeTypeOf('number');
    let lines = [''];
    try {
      if (statSync(abs).isFile()) lines = readFileSync(abs, 'utf8').split('\n');
    } catch {
      // Unreadable (a loop, no permission): its diagnostic is at 1:1.
    }
    const where = `${d.code} at ${d.file}:${d.line}:${d.column} (${lines.length} lines)`;
    expect(d.line!, where).toBeGreaterThanOrEqual(1);
    expect(d.line!, where).toBeLessThanOrEqual(lines.length);
    expect(d.column!, where).toBeGreaterThanOrEqual(1);
    // Columns count UTF-16 units of the line; +1 for "just past the end"; +1 for a BOM on line 1.
    expect(d.column!, where).toBeLessThanOrEqual(lines[d.line! - 1].length + 2);
    if (d.endLine !== undefined) {
      expect(d.endLine, where).toBeGreaterThanOrEqual(d.line!);
      expect(d.endLine, where).toBeLessThanOrEqual(lines.length);
    }
  }
  return doc.diagnostics;
}

/** Every file of an output folder: no temporary names, every DOCX/XLSX a complete zip. */
export async function expectCompleteOutputs(out: string): Promise<string[]> {
  if (!existsSync(out)) return [];
  // Recursive, files only: each book of the set has a folder of chapter files.
  const names = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(out, path.join(e.parentPath, e.name)));
  for (const name of names) {
    expect(name, 'a temporary file was left behind').not.toMatch(/\.tmp$/);
    if (/\.(docx|xlsx)$/.test(name)) {
      const zip = await JSZip.loadAsync(readFileSync(path.join(out, name)));
      expect(zip.file('[Content_Types].xml'), `${name} is not a complete OOXML file`).not.toBeNull();
    }
  }
  return names;
}
