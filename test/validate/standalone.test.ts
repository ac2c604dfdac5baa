import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/load/index.js';
import { validatorFor } from '../../src/validate/ajv.js';
import { standaloneValidators, toEsm } from '../../src/validate/standalone.js';
import { minimal, REPO, writeProject } from '../_helpers/project.js';

// Inside the repository so that `ajv/dist/runtime/*` resolves from node_modules (gitignored).
const TEMP = path.join(REPO, '.vitest-temp');
afterAll(() => rm(TEMP, { recursive: true, force: true }));

describe('standaloneValidators', () => {
  it('writes an ES module without require() whose validators agree with the compiled ones', async () => {
    const source = standaloneValidators();
    expect(source).not.toMatch(/\brequire\(/);
    await mkdir(TEMP, { recursive: true });
    const file = path.join(TEMP, `validators-${process.pid}.mjs`);
    await writeFile(file, source);
    const built = await import(pathToFileURL(file).href);
    const example = await loadProject(path.join(REPO, 'examples/kotawaringin-timur'));
    const broken = await loadProject(await writeProject(await minimal({ 'profil.yaml': [['  type: kabupaten', '  type: kabupatn\n  nmae: x']] })));
    for (const doc of [...example.documents, ...broken.documents]) {
      const fromSrc = validatorFor(doc.kind!);
      const fromBuild = built[doc.kind!];
      expect(fromBuild(doc.data)).toBe(fromSrc(doc.data));
      expect(fromBuild.errors?.map((e: { keyword: string; instancePath: string }) => `${e.keyword} ${e.instancePath}`)).toEqual(
        fromSrc.errors?.map((e) => `${e.keyword} ${e.instancePath}`),
      );
    }
  });
});

describe('toEsm', () => {
  it('turns runtime require() calls into imports', () => {
    const out = toEsm('"use strict";const func2 = require("ajv/dist/runtime/ucs2length").default;export const A = 1;');
    expect(out).toContain('import __func2 from "ajv/dist/runtime/ucs2length.js";');
    expect(out).toContain('const func2 = (__func2.default ?? __func2);');
    expect(out).not.toContain('require(');
  });
});
