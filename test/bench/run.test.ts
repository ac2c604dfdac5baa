// A smoke run of the benchmark itself (issue 7: "a small smoke run, N = 30, may run in CI to keep it working"):
// it must run every step and report a figure for each, without a failed row. No time is asserted.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../_helpers/project.js';

describe('bench/run.mjs smoke run (N = 30, one run, no LibreOffice)', () => {
  it('measures bare node, validate and build, and reports no failure', () => {
    const r = spawnSync(process.execPath, [path.join(REPO, 'bench/run.mjs'), '--sizes', '30', '--runs', '1', '--no-soffice', '--no-example', '--timeout', '120'], {
      cwd: REPO, encoding: 'utf8', env: { ...process.env, PATH: process.env.PATH }, timeout: 300_000,
    });
    expect(r.status, r.stderr).toBe(0);
    for (const row of ['bare `node -e 0`', '`validate` N=30', '`build` N=30, no LibreOffice']) {
      expect(r.stdout).toMatch(new RegExp(`\\| ${row.replace(/[`()=,]/g, (c) => `\\${c}`)} \\| \\d+\\.\\d \\|`));
    }
    expect(r.stdout).not.toContain('**failed**');
  }, 320_000);
});
