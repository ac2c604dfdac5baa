import { mkdtempSync, mkdirSync, readdirSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Handlebars from 'handlebars';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { buildModel } from '../../src/model/build.js';
import { composeBook } from '../../src/compose/book/index.js';
import { composeMonev } from '../../src/compose/monev/index.js';
import { Templates } from '../../src/compose/templates.js';
import { BUILTIN_TEMPLATE_DIR } from '../../src/compose/template-files.js';
import { precompileBuiltins, sha1, type PrecompiledTemplates } from '../../src/compose/template-precompiled.js';
import { REPO } from '../_helpers/project.js';

const EXAMPLE = path.join(REPO, 'examples/kotawaringin-timur');
const precompiled: PrecompiledTemplates = new Map(Object.entries(precompileBuiltins()));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function compose(dir: string, map: PrecompiledTemplates) {
  const model = buildModel((await check(dir)).project, {});
  const templates = new Templates({ lang: 'id', projectDir: dir, precompiled: map });
  return { book: composeBook(model, templates), reports: model.progress.map((y) => composeMonev(model, y, templates)), warnings: templates.warnings };
}

function count(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? count(path.join(dir, e.name)) : e.name.endsWith('.md.hbs') ? 1 : 0), 0);
}

describe('precompiled built-in templates', () => {
  it('covers every built-in template, keyed by its path under templates/', () => {
    expect(precompiled.size).toBe(count(BUILTIN_TEMPLATE_DIR));
    expect(precompiled.has('id/depan/kata-pengantar.md.hbs')).toBe(true);
  });

  it('compose the example exactly as templates compiled at run time do (book, monitoring report, warnings)', async () => {
    const fresh = await compose(EXAMPLE, new Map());
    const ready = await compose(EXAMPLE, precompiled);
    expect(JSON.stringify(ready)).toBe(JSON.stringify(fresh));
  });

  it('a spec whose text no longer matches the file is not used', async () => {
    const stale = new Map(precompiled);
    stale.set('id/depan/kata-pengantar.md.hbs', { sha1: sha1('an older text'), spec: Handlebars.precompile('STALE SPEC') as string });
    expect(JSON.stringify((await compose(EXAMPLE, stale)).book)).not.toContain('STALE SPEC');
    // …while a matching one is (the spec really is what renders).
    const source = (await import('node:fs')).readFileSync(path.join(BUILTIN_TEMPLATE_DIR, 'id/depan/kata-pengantar.md.hbs'), 'utf8');
    stale.set('id/depan/kata-pengantar.md.hbs', { sha1: sha1(source), spec: Handlebars.precompile('FRESH SPEC') as string });
    expect(JSON.stringify((await compose(EXAMPLE, stale)).book)).toContain('FRESH SPEC');
  });

  it("a project's own template of the same name wins over the precompiled built-in", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'smartcity-precompiled-'));
    dirs.push(dir);
    cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => path.relative(EXAMPLE, src).split(path.sep)[0] !== 'dist' });
    mkdirSync(path.join(dir, 'templates/id/depan'), { recursive: true });
    writeFileSync(path.join(dir, 'templates/id/depan/kata-pengantar.md.hbs'), 'Kata pengantar milik {{region.name}} sendiri.\n');
    expect(JSON.stringify((await compose(dir, precompiled)).book)).toContain('Kata pengantar milik');
  });
});
