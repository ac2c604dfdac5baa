/**
 * Print-ready pages (issue 17): the page checker (scripts/page-check.mjs) lays each book out with LibreOffice and
 * must find no word or number split across lines, no nearly empty page inside a chapter and no stranded heading,
 * in the example's book and monitoring report and in generated projects (ten- and five-year plans, 30 and 300
 * programs, a sparse project without readiness scores): every book of the set, the monitoring report and the
 * enactment draft. Skipped without LibreOffice (and poppler's pdftotext).
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { checkDocx, type Defect } from '../../scripts/page-check.mjs';
import { run, type Io } from '../../src/cli/main.js';
import { findSoffice } from '../../src/render/libreoffice.js';
import { REPO } from '../_helpers/project.js';

const soffice = findSoffice(process.env);
const pdftotext = spawnSync('pdftotext', ['-v']).status === 0;

/** Builds `dir` into `out` without the page-number pass (the checker lays the book out itself). */
async function build(dir: string, out: string): Promise<void> {
  let log = '';
  const io: Io = { stdout: (t) => (log += t), stderr: (t) => (log += t), env: { ...process.env, SMARTCITY_SOFFICE: 'none' }, cwd: dir, isTTY: false };
  const code = await run(['build', dir, '-o', out, '--no-color'], io);
  if (code !== 0) throw new Error(`build of ${dir} failed:\n${log}`);
}

/** File-name prefix → the name the tests use. */
const KINDS: [string, string][] = [
  ['Buku-I-', 'buku-I'], ['Buku-II-', 'buku-II'], ['Buku-III-', 'buku-III'], ['Ringkasan-Eksekutif-', 'ringkasan'],
  ['Laporan-Monev-', 'monev'], ['Rancangan-Peraturan-', 'perbup'],
];
const PROJECTS = ['example', 'n30-10y', 'n300-5y', 'sparse-5y'];
const EXPECTED = PROJECTS.flatMap((p) => KINDS.filter(([, k]) => p === 'example' || k !== 'monev').map(([, k]) => `${p} ${k}`)).sort();

const defectsOf = async (file: string): Promise<Defect[]> => (await checkDocx(file, { soffice })).defects;

describe.skipIf(!soffice || !pdftotext)('print-ready pages (LibreOffice layout)', () => {
  let tmp = '';
  const books = new Map<string, string>();

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'smartcity-pages-'));
    const example = path.join(tmp, 'kotim');
    const EXAMPLE = path.join(REPO, 'examples/kotawaringin-timur');
    await cp(EXAMPLE, example, { recursive: true, filter: (src) => path.relative(EXAMPLE, src).split(path.sep)[0] !== 'dist' });
    const projects: [string, string][] = [['example', example]];
    for (const [name, options] of [
      ['n30-10y', { programs: 30, years: 10 }],
      ['n300-5y', { programs: 300, years: 5 }],
      ['sparse-5y', { programs: 6, years: 5, sparse: true }],
    ] as const) {
      const dir = path.join(tmp, name);
      generate(dir, { seed: 1, ...options });
      projects.push([name, dir]);
    }
    for (const [name, dir] of projects) {
      const out = path.join(tmp, `${name}-out`);
      await build(dir, out);
      // Every document of the build but the chapter files (parts of their books, in folders): the four books of
      // the set, the monitoring report and the enactment draft.
      for (const f of await readdir(out)) {
        if (!f.endsWith('.docx')) continue;
        const kind = KINDS.find(([prefix]) => f.startsWith(prefix));
        if (kind && (name === 'example' || kind[1] !== 'monev')) books.set(`${name} ${kind[1]}`, path.join(out, f));
      }
    }
  }, 600_000);

  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('built every book of the set, the enactment draft and the example monitoring report', () => {
    expect([...books.keys()].sort()).toEqual(EXPECTED);
  });

  for (const name of EXPECTED) {
    it(`${name}: no split word, nearly empty page or stranded heading`, async () => {
      expect(await defectsOf(books.get(name)!)).toEqual([]);
    }, 300_000);
  }
});
