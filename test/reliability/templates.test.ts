/** Issue 8: templates from a project cannot read files or run code; a template error names the file and line. */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TemplateError, Templates } from '../../src/compose/templates.js';
import { tempDir } from './_cli.js';

async function render(source: string, view: unknown = { region: { name: 'Kotim' } }) {
  const dir = await tempDir();
  await mkdir(path.join(dir, 'templates', 'id'), { recursive: true });
  await writeFile(path.join(dir, 'templates', 'id', 'uji.md.hbs'), source);
  const templates = new Templates({ lang: 'id', projectDir: dir });
  try {
    return { text: templates.render('uji', view) };
  } catch (error) {
    return { error: error as Error };
  }
}

describe('project templates', () => {
  it.each([
    '{{constructor}}',
    '{{__proto__}}',
    '{{lookup this "constructor"}}',
    '{{#with "s" as |s|}}{{s.constructor}}{{/with}}',
    '{{#with (lookup this "constructor") as |c|}}{{c.name}}{{/with}}',
    '{{#with (lookup (lookup this "constructor") "constructor") as |F|}}{{F "return process"}}{{/with}}',
    '{{__defineGetter__}}{{__lookupGetter__}}{{hasOwnProperty}}',
  ])('%s reaches no prototype and runs nothing', async (source) => {
    const r = await render(source);
    if (r.error) expect(r.error).toBeInstanceOf(TemplateError);
    else expect(r.text).not.toMatch(/function|native code|\[object|process/i);
  });

  it('cannot include other files: partials do not exist', async () => {
    const r = await render('{{> /etc/passwd}}');
    expect(r.error).toBeInstanceOf(TemplateError);
  });

  it('only our helpers are callable: an unknown one is an error naming the file', async () => {
    const r = await render('baris satu\n{{readFile "/etc/passwd"}}\n');
    expect(r.error).toBeInstanceOf(TemplateError);
    expect(r.error!.message).toMatch(/readFile/);
    expect(path.basename((r.error as TemplateError).file)).toBe('uji.md.hbs');
  });

  it('a missing helper is reported at its line and column, before anything runs', async () => {
    const r = await render('satu\nDua {{bacaBerkas "/etc/passwd"}}\n');
    expect(r.error).toBeInstanceOf(TemplateError);
    expect(r.error!.message).toContain('bacaBerkas');
    expect([(r.error as TemplateError).line, (r.error as TemplateError).column]).toEqual([2, 5]);
  });

  it('a missing nested field is a warning at its line and column, rendered empty', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'templates', 'id'), { recursive: true });
    await writeFile(path.join(dir, 'templates', 'id', 'uji.md.hbs'), 'satu\nDua {{nama.tidak.ada}} tiga');
    const templates = new Templates({ lang: 'id', projectDir: dir });
    expect(templates.render('uji', {})).toBe('satu\nDua  tiga');
    expect(templates.warnings).toMatchObject([{ line: 2, column: 7, field: 'nama' }]);
  });

  it('a syntax error names the file and line', async () => {
    const r = await render('satu\ndua {{#if region}}\n');
    expect(r.error).toBeInstanceOf(TemplateError);
    expect((r.error as TemplateError).line).toBeGreaterThanOrEqual(2);
  });

  it('YAML text is data: {{…}} inside a value is not compiled', async () => {
    const r = await render('{{region.name}}', { region: { name: '{{constructor}} {{#each x}}' } });
    expect(r.text).toBe('{{constructor}} {{#each x}}');
  });

  it('a project template that is a symbolic link out of the project is refused', async () => {
    const outside = await tempDir();
    await writeFile(path.join(outside, 'rahasia.txt'), 'KUNCI RAHASIA');
    const dir = await tempDir();
    await mkdir(path.join(dir, 'templates', 'id'), { recursive: true });
    await symlink(path.join(outside, 'rahasia.txt'), path.join(dir, 'templates', 'id', 'uji.md.hbs'));
    const templates = new Templates({ lang: 'id', projectDir: dir });
    expect(() => templates.render('uji', {})).toThrow(/outside the project/);
  });
});
