// Smoke runs of the benchmark itself (issue 7: "a small smoke run, N = 30, may run in CI to keep it
// working"; issue 22's parts): every step runs and reports a figure, without a failed row. No time is
// asserted: only that each row holds a number and no command failed.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../_helpers/project.js';

const onPath = (name: string) => (process.env.PATH ?? '').split(path.delimiter).filter(Boolean).some((dir) => {
  try {
    return statSync(path.join(dir, name)).isFile();
  } catch {
    return false;
  }
});
const HAS_SOFFICE = onPath('soffice') && process.env.SMARTCITY_SOFFICE !== 'none';
const HAS_PANDOC = onPath('pandoc');

function bench(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(REPO, 'bench/run.mjs'), '--runs', '1', '--timeout', '300', ...args], {
    cwd: REPO, encoding: 'utf8', env: process.env, timeout: 1_100_000,
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

const cell = (s: string) => s.replace(/[`()=,|*]/g, (c) => `\\${c}`);
/** A table row that starts with `what` and has a number of milliseconds in its second column. */
const measured = (what: string) => new RegExp(`^\\| ${cell(what)}[^|]* \\| \\d+\\.\\d \\|`, 'm');
/** A row of the targets table whose "measured" column is a figure (not "n/a"); a difference of two runs may be negative. */
const target = (what: string) => new RegExp(`^\\| ${cell(what)}[^|]* \\| -?\\d[^|]* \\|`, 'm');

describe('bench/run.mjs smoke run (N = 30, one run, no LibreOffice)', () => {
  it('measures bare node, validate, build and both input shapes, and reports no failure', () => {
    const out = bench('--sizes', '30', '--no-soffice', '--no-example', '--only', 'core,pandoc,ratio', '--pandoc-size', '30');
    for (const row of ['bare `node -e 0`', '`validate` N=30', '`build` N=30, no LibreOffice', '`build` N=30, shape default, no LibreOffice', '`build` N=30, shape long, no LibreOffice']) {
      expect(out).toMatch(measured(row));
    }
    if (HAS_PANDOC) {
      expect(out).toMatch(measured('pandoc, program tables of N=30, shape long → DOCX'));
      expect(out).toMatch(target('`build` N=30 shape long, no LibreOffice / pandoc'));
    }
    // A LibreOffice part asked for without LibreOffice is named as not run, not silently dropped.
    expect(out).toContain('Parts: core, pandoc (not run: ratio).');
    expect(out).not.toContain('**failed**');
  }, 1_200_000);
});

describe.skipIf(!HAS_SOFFICE)('bench/run.mjs smoke run of the LibreOffice parts (N = 30 and the example, one run)', () => {
  it('measures ratio, --pdf, --watch and build --all with a figure in every row, and reports no failure', () => {
    const out = bench('--only', 'ratio,pdf,watch,all', '--no-example', '--ratio-sizes', '30');
    for (const row of [
      '`build` N=30, with LibreOffice (measured page numbers)', '`build` N=30, no LibreOffice (beside the above)',
      'one cold `soffice --convert-to pdf` of N=30\'s 5 top-level DOCX', '`build --pdf` N=30, with LibreOffice',
      '`build --watch` example, first build, with LibreOffice', '`--watch` rebuild after editing one program description',
      '`--watch` after rewriting a file unchanged', '`--watch` stopped with SIGINT',
      '`build --all` 4 copies of the example, `-j 2`, with LibreOffice',
    ]) expect(out).toMatch(measured(row));
    for (const row of [
      'ratio, N=30', '`--pdf` extra cost, N=30', 'LibreOffice starts in one `build` / `build --pdf`, N=30',
      '`--watch` rebuild of the example after an edit', 'LibreOffice starts in a `--watch` session', '`build --all`, 4 regions, `-j 2`: LibreOffice starts',
    ]) expect(out).toMatch(target(row));
    // The watcher stopped on SIGINT and left nothing behind: the same check as the reliability tests.
    expect(out).toMatch(/^\| `--watch` stops cleanly on Ctrl\+C \| yes \|/m);
    expect(out).not.toContain('**failed**');
  }, 1_200_000);
});
