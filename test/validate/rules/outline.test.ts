import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/index.js';
import { REPO, writeProject } from '../../_helpers/project.js';

async function example(): Promise<string> {
  const dir = await writeProject({});
  await cp(path.join(REPO, 'examples/kotawaringin-timur'), dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}dist`) });
  return dir;
}

describe('outline rule (SC6005) in validate', () => {
  it('reports an unknown section at its place in smartcity.yaml, and accepts a project template', async () => {
    const dir = await example();
    const manifest = path.join(dir, 'smartcity.yaml');
    await writeFile(manifest, (await readFile(manifest, 'utf8')) + 'outline:\n  chapters:\n    - id: pendahuluan\n      sections: [latar-belakang, latar-belakan, isu]\n');
    let r = await check(dir, { cwd: dir });
    let found = r.diagnostics.filter((d) => d.code === 'SC6005');
    expect(found.map((d) => [d.data.id, d.location?.file, d.location?.start.line])).toEqual([
      ['latar-belakan', 'smartcity.yaml', expect.any(Number)],
      ['isu', 'smartcity.yaml', expect.any(Number)],
    ]);
    expect(String(found[0].data.allowed)).toContain('latar-belakang');
    // A template of the project named <chapter>/<section> makes the section known.
    await mkdir(path.join(dir, 'templates', 'id', 'pendahuluan'), { recursive: true });
    await writeFile(path.join(dir, 'templates', 'id', 'pendahuluan', 'isu.md.hbs'), 'Isu strategis.');
    r = await check(dir, { cwd: dir });
    found = r.diagnostics.filter((d) => d.code === 'SC6005');
    expect(found.map((d) => d.data.id)).toEqual(['latar-belakan']);
  });

  it('validate loads none of docx, exceljs and handlebars', () => {
    const script = `
      const { run } = await import(${JSON.stringify(path.join(REPO, 'dist/cli/main.js'))});
      const io = { stdout() {}, stderr() {}, env: {}, cwd: ${JSON.stringify(REPO)}, isTTY: false };
      await run(['validate', 'examples/kotawaringin-timur', '-q'], io);
      const { createRequire } = await import('node:module');
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      process.stdout.write(JSON.stringify(loaded.filter((f) => /node_modules[\\\\/](docx|exceljs|handlebars|jszip)[\\\\/]/.test(f))));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([]);
  });
});
