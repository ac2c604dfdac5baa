import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/load/index.js';
import { LIMITS } from '../../src/load/limits.js';
import { brief, loadFiles, minimal, validateFiles, writeProject } from '../_helpers/project.js';

const M = 'apiVersion: smartcity/v1\nkind: Masterplan\ntitle: T\nperiod: {start: 2024, end: 2028}\n';

describe('loadProject', () => {
  it('reads every YAML file below the folder in sorted order, with paths relative to cwd', async () => {
    const project = await loadFiles({ 'smartcity.yaml': M, 'b/z.yml': '# catatan\n', 'a.yaml': '# catatan\n', 'b/a.yaml': '# catatan\n' });
    expect(project.files.map((f) => f.file)).toEqual(['a.yaml', 'b/a.yaml', 'b/z.yml', 'smartcity.yaml']);
    expect(project.diagnostics).toEqual([]);
  });

  it('skips hidden folders, node_modules, templates, dist and schemas', async () => {
    const junk = 'not: [valid\n';
    const project = await loadFiles({ 'smartcity.yaml': M, '.git/x.yaml': junk, 'node_modules/x.yaml': junk, 'templates/x.yaml': junk, 'dist/x.yaml': junk, 'schemas/x.yaml': junk, '.hidden.yaml': junk });
    expect(project.files.map((f) => f.file)).toEqual(['smartcity.yaml']);
  });

  it('does not follow a symlinked folder', async () => {
    const outside = await writeProject({ 'evil.yaml': 'not: [valid\n' });
    const dir = await writeProject({ 'smartcity.yaml': M });
    await symlink(outside, path.join(dir, 'linked'));
    const project = await loadProject(dir, { cwd: dir });
    expect(project.files.map((f) => f.file)).toEqual(['smartcity.yaml']);
  });

  it('reports an empty file (SC1037, an error: what it should hold is unknown), not a file of comments', async () => {
    const project = await loadFiles({ 'smartcity.yaml': M, 'kosong.yaml': ' \n\n', 'catatan.yaml': '# nanti\n' });
    expect(project.diagnostics.map(brief)).toEqual([{ code: 'SC1037', at: 'kosong.yaml:1:1', data: {} }]);
    expect(project.diagnostics[0].severity).toBe('error');
  });

  it('reports a folder of projects in one sentence (SC1036), reading nothing', async () => {
    const dir = await writeProject({ 'kab-a/smartcity.yaml': M, 'kab-b/smartcity.yaml': M, 'kab-b/salah.yaml': 'a: [\n' });
    const project = await loadProject(dir, { cwd: path.dirname(dir) });
    expect(project.diagnostics.map(brief)).toEqual([{ code: 'SC1036', at: '', data: { dir: path.basename(dir), projects: 'kab-a, kab-b' } }]);
    expect(project.files).toEqual([]);
  });

  it('reports a folder without smartcity.yaml', async () => {
    const dir = await writeProject({ 'profil.yaml': '# catatan\n' });
    const project = await loadProject(dir, { cwd: path.dirname(dir) });
    expect(project.diagnostics.map(brief)).toEqual([{ code: 'SC1013', at: '', data: { dir: path.basename(dir) } }]);
  });

  it('reports a binary file and invalid UTF-8 at line 1, and goes on', async () => {
    const project = await loadFiles({ 'smartcity.yaml': M, 'logo.yaml': Uint8Array.from([0x89, 0x50, 0x00, 0x01]), 'latin1.yaml': Uint8Array.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]) });
    expect(project.diagnostics.map(brief)).toEqual([
      { code: 'SC1026', at: 'latin1.yaml:1:1', data: {} },
      { code: 'SC1007', at: 'logo.yaml:1:1', data: {} },
    ]);
    expect(project.documents.map((d) => d.kind)).toEqual(['Masterplan']);
  });

  it('reports a file larger than the limit without reading it', async () => {
    const big = new Uint8Array(LIMITS.fileSize + 1).fill(0x20);
    const project = await loadFiles({ 'smartcity.yaml': M, 'big.yaml': big });
    expect(project.diagnostics.map(brief)).toEqual([{ code: 'SC1006', at: 'big.yaml:1:1', data: { size: LIMITS.fileSize + 1, limit: LIMITS.fileSize } }]);
  });

  it('treats a folder named like a YAML file as a folder', async () => {
    const dir = await writeProject({ 'smartcity.yaml': M });
    await mkdir(path.join(dir, 'odd.yaml'));
    const project = await loadProject(dir, { cwd: dir });
    expect(project.files.map((f) => f.file)).toEqual(['smartcity.yaml']);
  });

  describe('positions seen by validation', () => {
    it('are right after a UTF-8 BOM', async () => {
      const files = await minimal();
      files['profil.yaml'] = `\uFEFF${String(files['profil.yaml']).replace('  type: kabupaten', '  type: kabupatn')}`;
      expect((await validateFiles(files)).map(brief).map((d) => d.at)).toEqual(['profil.yaml:5:9']);
    });

    it('are right with CRLF line ends', async () => {
      const files = await minimal({ 'profil.yaml': [['  type: kabupaten', '  type: kabupatn']] });
      files['profil.yaml'] = String(files['profil.yaml']).replace(/\n/g, '\r\n');
      const [d] = await validateFiles(files);
      expect(d.location).toMatchObject({ start: { line: 5, column: 9 }, end: { line: 5, column: 17 } });
    });
  });
});
