import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './init-io.js';

const YAML_FILES = [
  'smartcity.yaml',
  'profil-daerah.yaml',
  'analisis/kesiapan.yaml',
  ...['governance', 'branding', 'economy', 'living', 'society', 'environment'].map((d) => `dimensi/${d}.yaml`),
  'quick-wins.yaml',
];

describe('smartcity init', () => {
  it('scaffolds a project that validates cleanly and builds at once', async () => {
    const dir = path.join(await tempDir(), 'kotim');
    const init = await cli(['init', dir, '--region', 'Kotawaringin Timur', '--province', 'Kalimantan Tengah']);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('smartcity.yaml');
    for (const f of [...YAML_FILES, '.gitignore', 'README.md', '.github/workflows/masterplan.yml']) expect(existsSync(path.join(dir, f)), f).toBe(true);

    // Valid at once, but not printable as it is: the example values and the missing date of issue are warnings.
    const validate = await cli(['validate', dir, '--no-color', '--format', 'json']);
    const found = (JSON.parse(validate.stdout) as { diagnostics: { code: string; severity: string }[] }).diagnostics;
    expect(found.filter((d) => d.severity === 'error')).toEqual([]);
    expect([...new Set(found.map((d) => d.code))].sort()).toEqual(['SC1034', 'SC3062']);
    expect(found.filter((d) => d.code === 'SC1034')).toHaveLength(YAML_FILES.length);
    expect(validate.code).toBe(0);
    for (const stage of ['1', '2', '3']) expect((await cli(['validate', dir, '--stage', stage])).code, `stage ${stage}`).toBe(0);
    // The book goes to print after stage IV: example values are errors there.
    const four = await cli(['validate', dir, '--stage', '4', '--no-color']);
    expect(four.code).toBe(1);
    expect(four.stderr).toMatch(/kesalahan {2}tahap IV: masih ada \d+ teks contoh bertanda CONTOH/);

    // --quiet hides the progress lines; the warnings about example values stay.
    const build = await cli(['build', dir, '--quiet']);
    expect(build.stderr).not.toMatch(/dirender|kesalahan {2}/);
    expect(build.stderr).toMatch(/peringatan {2}masih ada \d+ teks contoh bertanda CONTOH/);
    expect(build.code).toBe(0);
    const out = readdirSync(path.join(dir, 'dist'));
    const period = `Kabupaten-Kotawaringin-Timur-${new Date().getFullYear() + 1}-${new Date().getFullYear() + 5}`;
    // The default book set builds from the scaffold.
    for (const book of ['Buku-I-Analisis-Strategis', 'Buku-II-Masterplan-Smart-City', 'Buku-III-Quick-Win', 'Ringkasan-Eksekutif']) expect(out).toContain(`${book}-${period}.docx`);
    expect(out.filter((f) => f.endsWith('.xlsx'))).toHaveLength(1);
  });

  it('writes modelines pointing at schema files copied into the project', async () => {
    const dir = await tempDir();
    expect((await cli(['init', dir, '--region', 'Palangka Raya', '--type', 'kota', '--start', '2025', '--quiet'])).code).toBe(0);
    for (const f of YAML_FILES) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const m = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
      expect(m, f).not.toBeNull();
      const schema = path.resolve(path.dirname(path.join(dir, f)), m![1]);
      expect(existsSync(schema), `${f} → ${m![1]}`).toBe(true);
      // The schema named is the one of the document's kind.
      const kind = String(parseAllDocuments(text)[0].get('kind'));
      expect(JSON.parse(readFileSync(schema, 'utf8')).$anchor ?? '').toMatch(new RegExp(kind, 'i'));
      expect(text, f).toContain('CONTOH');
    }
    expect(existsSync(path.join(dir, 'schemas/common.schema.json'))).toBe(true);
    expect(readFileSync(path.join(dir, 'profil-daerah.yaml'), 'utf8')).toMatch(/type: kota/);
    expect(readFileSync(path.join(dir, 'smartcity.yaml'), 'utf8')).toContain('period: {start: 2025, end: 2029}');
    expect(readFileSync(path.join(dir, '.gitignore'), 'utf8')).toMatch(/^dist\/$/m);
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    expect(readme).toContain('Kota Palangka Raya');
    expect(readme).toMatch(/Tahapan bimtek/);
    expect(readme).toContain('smartcity build');
    const workflow = readFileSync(path.join(dir, '.github/workflows/masterplan.yml'), 'utf8');
    expect(workflow).toMatch(/validate \. --format github/);
    expect(workflow).toMatch(/build \./);
    expect(workflow).toContain('actions/upload-artifact');
    expect(workflow).toMatch(/path: dist\//);
    expect(() => parseAllDocuments(workflow)).not.toThrow();
  });

  it('refuses an existing project (exit 2, SC9007) unless --force', async () => {
    const dir = await tempDir();
    expect((await cli(['init', dir, '--region', 'Contoh', '--quiet'])).code).toBe(0);
    writeFileSync(path.join(dir, 'smartcity.yaml'), '# mine\n');
    const again = await cli(['init', dir, '--region', 'Contoh']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/sudah berisi proyek; gunakan --force/);
    expect(readFileSync(path.join(dir, 'smartcity.yaml'), 'utf8')).toBe('# mine\n');
    const en = await cli(['init', dir, '--region', 'Contoh', '--lang', 'en']);
    expect(en.stderr).toContain('already holds a project');
    expect((await cli(['init', dir, '--region', 'Contoh', '--force', '--quiet'])).code).toBe(0);
    expect(readFileSync(path.join(dir, 'smartcity.yaml'), 'utf8')).toContain('kind: Masterplan');
  });

  it('keeps files a repository already has (README) unless --force', async () => {
    const dir = await tempDir();
    writeFileSync(path.join(dir, 'README.md'), '# our repo\n');
    const r = await cli(['init', dir, '--region', 'Contoh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('README.md');
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe('# our repo\n');
  });

  it('needs --region (usage error, exit 2)', async () => {
    const dir = await tempDir();
    const r = await cli(['init', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--region');
    expect(existsSync(path.join(dir, 'smartcity.yaml'))).toBe(false);
  });
});
