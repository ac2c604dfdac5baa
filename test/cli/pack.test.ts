/**
 * Packaging: `npm pack` holds the built CLI, templates and schemas, and the tarball installs and runs
 * (`smartcity init`, `validate`, `build`) with its runtime dependencies only. Slow (an npm install);
 * the install step needs the dependencies in npm's cache and is skipped, with a note, when they are not.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, tempDir } from './init-io.js';

const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));

function npm(args: string[], cwd: string) {
  return spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });
}

describe('npm pack', () => {
  it('declares files, engines, bin and a prepack build', () => {
    expect(pkg.files).toEqual(expect.arrayContaining(['bin', 'dist', 'templates', 'schemas', 'README.md']));
    expect(pkg.engines.node).toBe('>=20');
    expect(pkg.bin.smartcity).toBe('bin/smartcity.js');
    expect(pkg.scripts.prepack).toMatch(/npm run build/);
  });

  it('produces a tarball with the built CLI, templates and schemas that installs and runs', async () => {
    const tmp = await tempDir('smartcity-pack-');
    // The test run has built dist/ already (pretest); --ignore-scripts keeps prepack from rebuilding it
    // under the feet of tests running in parallel.
    const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], REPO);
    expect(pack.status, pack.stderr).toBe(0);
    const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    const files = info.files.map((f) => f.path);
    expect(files).toContain('dist/cli/main.js');
    expect(files).toContain('dist/validate/validators.js');
    expect(files).toContain('bin/smartcity.js');
    expect(files).toContain('templates/id/penutup/kesimpulan.md.hbs');
    expect(files).toContain('schemas/masterplan.schema.json');
    expect(files).toContain('README.md');
    expect(files.filter((f) => /^(src|test|bench|examples|node_modules)\//.test(f))).toEqual([]);

    const app = path.join(tmp, 'app');
    mkdirSync(app);
    writeFileSync(path.join(app, 'package.json'), '{"name":"app","private":true}\n');
    const install = npm(['install', '--offline', '--omit=dev', path.join(tmp, info.filename)], app);
    if (install.status !== 0) {
      // No network and not every dependency cached: the file list above is what can be checked here.
      console.warn(`npm install --offline failed; skipped running the installed CLI:\n${install.stderr.slice(-500)}`);
      return;
    }
    const bin = path.join(app, 'node_modules/.bin/smartcity');
    expect(existsSync(bin)).toBe(true);
    const env = { ...process.env, SMARTCITY_SOFFICE: 'none' };
    const sh = (args: string[]) => spawnSync(bin, args, { cwd: app, encoding: 'utf8', env });
    expect(sh(['--version']).stdout.trim()).toBe(pkg.version);
    const init = sh(['init', 'proj', '--region', 'Contoh', '--quiet']);
    expect(init.status, init.stderr).toBe(0);
    const validate = sh(['validate', 'proj']);
    expect(validate.status, validate.stderr).toBe(0);
    const build = sh(['build', 'proj', '--quiet']);
    expect(build.status, build.stderr).toBe(0);
    // The default set: four books, their 20 chapter files, and the roadmap.
    expect(readdirSync(path.join(app, 'proj/dist'), { recursive: true }).filter((f) => String(f).endsWith('.docx') || String(f).endsWith('.xlsx'))).toHaveLength(26);
  });

  it('installs globally (npm install -g) as the README says, and init\'s CI workflow runs as written', async () => {
    const tmp = await tempDir('smartcity-global-');
    const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], REPO);
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = path.join(tmp, (JSON.parse(pack.stdout) as { filename: string }[])[0].filename);
    // A prefix of our own stands for the machine's global folder; offline: only npm's cache is used.
    const prefix = path.join(tmp, 'global');
    const env = { ...process.env, npm_config_prefix: prefix, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}`, SMARTCITY_SOFFICE: 'none' };
    const global = spawnSync('npm', ['install', '-g', tarball], { cwd: tmp, encoding: 'utf8', env });
    if (global.status !== 0) {
      console.warn(`npm install -g --offline failed; skipped:\n${global.stderr.slice(-500)}`);
      return;
    }
    const bash = (script: string, cwd: string, extra: NodeJS.ProcessEnv = {}) => spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8', env: { ...env, ...extra } });
    expect(bash('smartcity --version', tmp).stdout.trim()).toBe(pkg.version);
    const init = bash(`smartcity init proj --region Contoh --quiet --install-from ${JSON.stringify(tarball)}`, tmp);
    expect(init.status, init.stderr).toBe(0);
    const project = path.join(tmp, 'proj');
    expect(existsSync(path.join(project, '.smartcity', path.basename(tarball)))).toBe(true);

    // The workflow's own commands, in order, with its one setting; a fresh prefix stands for the runner.
    const workflow = readFileSync(path.join(project, '.github/workflows/masterplan.yml'), 'utf8');
    const install = /^ {2}SMARTCITY_INSTALL: "(.+)"$/m.exec(workflow)?.[1];
    expect(install).toBe(`./.smartcity/${path.basename(tarball)}`);
    expect(workflow).not.toMatch(/npx|smartcity@/);
    const runs = [...workflow.matchAll(/^ {8}run: (.+)$/gm)].map((m) => m[1]);
    expect(runs).toEqual(['npm install -g --no-audit --no-fund "$SMARTCITY_INSTALL"', 'smartcity validate . --format github', 'smartcity build .']);
    const runner = path.join(tmp, 'runner');
    for (const run of runs) {
      const r = bash(run, project, { SMARTCITY_INSTALL: install, npm_config_prefix: runner, PATH: `${path.join(runner, 'bin')}${path.delimiter}${process.env.PATH}` });
      expect(r.status, `${run}\n${r.stderr}`).toBe(0);
    }
    expect(readdirSync(path.join(project, 'dist')).filter((f) => f.endsWith('.docx'))).not.toHaveLength(0);
  });
});
