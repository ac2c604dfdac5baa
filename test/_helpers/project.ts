import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sortDiagnostics, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadProject } from '../../src/load/index.js';
import type { LoadedProject } from '../../src/load/types.js';
import { validDocuments, validateProject, type ValidateOptions } from '../../src/validate/index.js';
import type { CrossFileRule } from '../../src/validate/rules/types.js';

/** A project as `{relative path: content}`; content is YAML text or raw bytes. */
export type ProjectFiles = Record<string, string | Uint8Array>;

const created: string[] = [];
afterAll(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

export const FIXTURES = fileURLToPath(new URL('../_fixtures/', import.meta.url));
export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Writes the files into a fresh temporary folder (removed after the test file). */
export async function writeProject(files: ProjectFiles): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'smartcity-test-'));
  created.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, content);
  }
  return dir;
}

/** Loads the files as a project; diagnostics show paths relative to the project folder. */
export async function loadFiles(files: ProjectFiles): Promise<LoadedProject> {
  const dir = await writeProject(files);
  return loadProject(dir, { cwd: dir });
}

export async function validateFiles(files: ProjectFiles, opts: ValidateOptions = {}): Promise<Diagnostic[]> {
  return validateProject(await loadFiles(files), opts);
}

const fixtureCache = new Map<string, ProjectFiles>();

/** Every file of a fixture folder (e.g. 'minimal') as a map, ready to be patched. */
export async function fixture(name: string): Promise<ProjectFiles> {
  let files = fixtureCache.get(name);
  if (!files) {
    files = {};
    const root = path.join(FIXTURES, name);
    for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
      const abs = path.join(entry.parentPath, entry.name);
      files[path.relative(root, abs).split(path.sep).join('/')] = await readFile(abs, 'utf8');
    }
    fixtureCache.set(name, files);
  }
  return { ...files };
}

/** The minimal fixture with text replacements: `{ 'profil.yaml': [['bappeda', 'bapeda']] }`. */
export async function minimal(patches: Record<string, [string, string][] | string | null> = {}): Promise<ProjectFiles> {
  const files = await fixture('minimal');
  for (const [file, patch] of Object.entries(patches)) {
    if (patch === null) delete files[file];
    else if (typeof patch === 'string') files[file] = patch;
    else {
      let text = String(files[file]);
      for (const [from, to] of patch) {
        if (!text.includes(from)) throw new Error(`patch: "${from}" not found in ${file}`);
        text = text.replace(from, to);
      }
      files[file] = text;
    }
  }
  return files;
}

/** What rule tests assert: the code, where (file:line:column), and the data; never the sentence. */
export interface Brief {
  code: string;
  at: string;
  data: Diagnostic['data'];
  suggestion?: string;
  related?: string[];
}

export function brief(d: Diagnostic): Brief {
  const where = (l: NonNullable<Diagnostic['location']>) => `${l.file}:${l.start.line}:${l.start.column}`;
  const out: Brief = { code: d.code, at: d.location ? where(d.location) : '', data: d.data };
  if (d.suggestion !== undefined) out.suggestion = d.suggestion;
  if (d.related) out.related = d.related.map(where);
  return out;
}

export async function briefs(files: ProjectFiles, opts: ValidateOptions = {}): Promise<Brief[]> {
  return (await validateFiles(files, opts)).map(brief);
}

/** Runs one cross-file rule alone on the files (the rule module is what a rule test tests). */
export async function ruleBriefs(rule: CrossFileRule, files: ProjectFiles): Promise<Brief[]> {
  const project = await loadFiles(files);
  return sortDiagnostics(rule.check(validDocuments(project))).map(brief);
}

export type Patches = NonNullable<Parameters<typeof minimal>[0]>;
export interface ValidCase {
  name: string;
  patch?: Patches;
}
export interface InvalidCase extends ValidCase {
  expected: Brief[];
}

/** ESLint-style valid/invalid tables for one rule, on variants of the minimal fixture. */
export function ruleTester(rule: CrossFileRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.name, () => {
    describe('valid', () => {
      it.each(cases.valid)('$name', async ({ patch }) => {
        expect(await ruleBriefs(rule, await minimal(patch))).toEqual([]);
      });
    });
    describe('invalid', () => {
      it.each(cases.invalid)('$name', async ({ patch, expected }) => {
        expect(await ruleBriefs(rule, await minimal(patch))).toEqual(expected);
      });
    });
  });
}

/** The minimal fixture plus test/_fixtures/minimal-progress/progress.yaml, patched. */
export async function withProgress(patch: [string, string][] = [], other: Patches = {}): Promise<Patches> {
  let text = String((await fixture('minimal-progress'))['progress.yaml']);
  for (const [from, to] of patch) {
    if (!text.includes(from)) throw new Error(`patch: "${from}" not found in progress.yaml`);
    text = text.replace(from, to);
  }
  return { ...other, 'progress.yaml': text };
}
