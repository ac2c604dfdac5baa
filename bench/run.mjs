#!/usr/bin/env node
// Benchmarks (issues 7 and 22): `npm run bench` (= node bench/run.mjs --write). Tests never assert times.
//
//   node bench/run.mjs [--sizes 30,300,1000,10000] [--runs 5] [--seed 1] [--write] [--keep]
//                      [--timeout 900] [--no-soffice] [--no-example]
//                      [--only core,ratio,pdf,watch,all,pandoc] [--ratio-sizes 300,1000] [--pandoc-size 1000]
//
// Every figure is the median wall time of --runs cold runs (a new Node process each, spawned from
// here), on the compiled CLI (bin/smartcity.js → dist/; run `npm run build` first). Parts (--only):
//   core   - bare `node -e 0`, and cold `validate` of the example (issue 3's target: at most 3x bare node);
//          - `build --all` of four copies of the example with -j 1 and -j 2, no LibreOffice (without --no-example);
//          - for each N of --sizes: a synthetic project (bench/generate.mjs, seed --seed) is generated once, then
//            timed: cold `validate --quiet`, and `build` without LibreOffice (SMARTCITY_SOFFICE=none: estimated
//            TOC pages), with the peak RSS of the build process (max over the runs); pandoc's DOCX of the same
//            program tables when `pandoc` is on PATH;
//          - the LibreOffice page-number pass: `build` with LibreOffice minus `build` without it, for the
//            example and N = 1,000 (when soffice is installed);
//          - growth: time(10,000) / time(1,000) for validate and build (target: at most 12).
//   ratio  - issue 22, for the example and each N of --ratio-sizes: build with LibreOffice / (build without
//            + one cold LibreOffice conversion of all the build's top-level DOCX together); target <= 1.0.
//   pdf    - `build --pdf` and its extra cost over `build` with LibreOffice (target ~0): the median of paired
//            differences, 7 pairs for a project whose build takes under 30 s; same projects.
//   watch  - `build --watch` of a copy of the example with LibreOffice: rebuild after an edit (< 2 s), after
//            an unchanged rewrite, and a clean stop on SIGINT (bench/watch.mjs).
//   all    - `build --all` of four copies of the example, -j 2, with LibreOffice: LibreOffice starts (<= 2).
//   pandoc - our build without LibreOffice vs pandoc at N = --pandoc-size, for every input shape.
// ratio, pdf, watch and all need soffice (skipped without it or with --no-soffice); runs with LibreOffice
// are at most 3 (and for N >= 10,000). A failing or crashing command is reported in the table (exit code,
// signal, last stderr line), never aborts the run. Prints Markdown: the table, then issue 22's targets;
// --write puts it into BENCHMARKS.md between `<!-- results:start -->` and `<!-- results:end -->`.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { generate } from './generate.mjs';
import { CLI, EXAMPLE, GNU_TIME, NO_SOFFICE, ROOT, copyExample, dirBytes, fmtMb, fmtMs, log, measure, onPath } from './lib.mjs';
import { allPart, layoutPart } from './layout.mjs';
import { pandocPart, pandocRow } from './pandoc.mjs';
import { watchPart } from './watch.mjs';

const BENCHMARKS = path.join(ROOT, 'BENCHMARKS.md');
const START = '<!-- results:start -->';
const END = '<!-- results:end -->';
const PARTS = ['core', 'ratio', 'pdf', 'watch', 'all', 'pandoc'];
const LIBREOFFICE_PARTS = ['ratio', 'pdf', 'watch', 'all'];

// ---- options ---------------------------------------------------------------------------------------
function parseArgs(argv) {
  const o = {
    sizes: [30, 300, 1000, 10000],
    runs: Number(process.env.BENCH_RUNS ?? 5),
    seed: 1,
    write: false,
    keep: false,
    timeout: 900,
    soffice: true,
    example: true,
    only: PARTS,
    ratioSizes: [300, 1000],
    pandocSize: 1000,
  };
  const numbers = (v) => v.split(',').filter(Boolean).map(Number);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    const flag = a.split('=')[0];
    if (flag === '--sizes') o.sizes = numbers(value());
    else if (flag === '--runs') o.runs = Number(value());
    else if (flag === '--seed') o.seed = Number(value());
    else if (flag === '--timeout') o.timeout = Number(value());
    else if (flag === '--only') o.only = value().split(',').filter(Boolean);
    else if (flag === '--ratio-sizes') o.ratioSizes = numbers(value());
    else if (flag === '--pandoc-size') o.pandocSize = Number(value());
    else if (a === '--write') o.write = true;
    else if (a === '--keep') o.keep = true;
    else if (a === '--no-soffice') o.soffice = false;
    else if (a === '--no-example') o.example = false;
    else if (a === '--help' || a === '-h') usage();
    else usage(`unknown argument ${a}`);
  }
  const whole = (list) => list.every((n) => Number.isInteger(n) && n > 0);
  if (!whole(o.sizes) || !whole(o.ratioSizes)) usage('--sizes and --ratio-sizes take whole numbers > 0, e.g. 30,300');
  if (!whole([o.pandocSize])) usage('--pandoc-size takes a whole number > 0');
  if (!Number.isInteger(o.runs) || o.runs < 1) usage('--runs takes a whole number >= 1');
  if (!Number.isInteger(o.seed) || o.seed < 0) usage('--seed takes a whole number >= 0');
  const unknown = o.only.filter((p) => !PARTS.includes(p));
  if (unknown.length || !o.only.length) usage(`--only takes some of ${PARTS.join(',')}`);
  return o;
}

function usage(problem) {
  const text = 'usage: node bench/run.mjs [--sizes 30,300,1000,10000] [--runs 5] [--seed 1] [--write] [--keep] [--timeout SECONDS] [--no-soffice] [--no-example]\n'
    + `                         [--only ${PARTS.join(',')}] [--ratio-sizes 300,1000] [--pandoc-size 1000]\n`;
  process.stderr.write((problem ? `bench: ${problem}\n` : '') + text);
  process.exit(problem ? 2 : 0);
}

const opts = parseArgs(process.argv.slice(2));
if (!existsSync(path.join(ROOT, 'dist/cli/main.js'))) {
  process.stderr.write('bench: dist/ is missing; run `npm run build` first\n');
  process.exit(2);
}

const SOFFICE = opts.soffice ? onPath('soffice') ?? onPath('libreoffice') : undefined;
const PANDOC = onPath('pandoc');
const parts = new Set(opts.only.filter((p) => SOFFICE || !LIBREOFFICE_PARTS.includes(p)));
const skipped = opts.only.filter((p) => !parts.has(p));
const tmp = mkdtempSync(path.join(tmpdir(), 'smartcity-bench-'));
const rssFile = path.join(tmp, 'maxrss');
const runsFor = (n) => (n >= 10000 ? Math.min(opts.runs, 3) : opts.runs);
const node = (args, o) => measure(process.execPath, args, { rssFile, timeout: opts.timeout, ...o });

// ---- the run ---------------------------------------------------------------------------------------
const rows = []; // [what, median ms | '**failed** (…)', x bare | '', peak RSS MB | '', note]
const targets = []; // [issue 22 target, measured, goal, holds, note]
const started = new Date();
const load = loadavg().map((l) => l.toFixed(2)).join(' ');

log(`parts ${[...parts].join(', ')}${skipped.length ? ` (skipped without soffice: ${skipped.join(', ')})` : ''}, runs ${opts.runs}${parts.has('core') ? `, sizes ${opts.sizes.join(', ')}` : ''}${parts.has('ratio') || parts.has('pdf') ? `, ratio sizes ${opts.ratioSizes.join(', ')}` : ''}, GNU time ${GNU_TIME ? 'yes' : 'no'}, soffice ${SOFFICE ?? 'no'}, pandoc ${PANDOC ?? 'no'}`);
const bare = node(['-e', '0'], { runs: opts.runs });
rows.push(['bare `node -e 0`', fmtMs(bare), '1.00', '', '']);
const xBare = (r) => (r.error || bare.error ? '' : (r.ms / bare.ms).toFixed(2));
const ctx = { opts, parts, tmp, rssFile, soffice: SOFFICE, pandoc: PANDOC, rows, targets, xBare, loRuns: Math.min(opts.runs, 3) };

const pageRows = [];
const results = new Map(); // n → {validate, build}
if (parts.has('core')) {
  if (opts.example) {
    log('example: validate');
    const v = node([CLI, 'validate', EXAMPLE, '--quiet'], { runs: opts.runs });
    rows.push(['`validate` example', fmtMs(v), xBare(v), '', 'target: at most 3x bare node']);
    const vs = node([CLI, 'validate', EXAMPLE, '--stage', '4', '--strict', '--quiet'], { runs: opts.runs });
    rows.push(['`validate --stage 4 --strict` example', fmtMs(vs), xBare(vs), '', '']);
    log('example: build without LibreOffice');
    const out = path.join(tmp, 'out-example');
    const b = node([CLI, 'build', EXAMPLE, '-o', out, '--quiet'], { runs: opts.runs, env: NO_SOFFICE, rss: true });
    rows.push(['`build` example, no LibreOffice', fmtMs(b), xBare(b), fmtMb(b), b.error ? '' : `${(dirBytes(out) / 1024).toFixed(0)} KB written`]);
    if (SOFFICE) pageRows.push(['example', EXAMPLE, b]);

    // Many regions at once: four copies of the example, one process per region, 1 then 2 at a time.
    const regions = path.join(tmp, 'regions');
    for (let r = 1; r <= 4; r++) copyExample(path.join(regions, `kabupaten-${r}`));
    const allRuns = Math.min(opts.runs, 3);
    const all = {};
    for (const j of [1, 2]) {
      log(`build --all, 4 regions, -j ${j} x${allRuns}`);
      all[j] = node([CLI, 'build', '--all', regions, '-o', path.join(tmp, 'out-all'), '-j', String(j), '--quiet'], { runs: allRuns, env: NO_SOFFICE, rss: true });
    }
    const speedUp = all[1].error || all[2].error ? '' : `speed-up with 2 processes: ${(all[1].ms / all[2].ms).toFixed(2)}x`;
    rows.push(['`build --all` 4 copies of the example, `-j 1`', fmtMs(all[1]), xBare(all[1]), fmtMb(all[1]), 'no LibreOffice']);
    rows.push(['`build --all` 4 copies of the example, `-j 2`', fmtMs(all[2]), xBare(all[2]), fmtMb(all[2]), speedUp]);
  }

  for (const n of opts.sizes) {
    const dir = path.join(tmp, `n${n}`);
    const out = path.join(tmp, `out-n${n}`);
    log(`N=${n}: generate`);
    generate(dir, { programs: n, seed: opts.seed });
    const runs = runsFor(n);
    log(`N=${n}: validate x${runs}`);
    const v = node([CLI, 'validate', dir, '--quiet'], { runs });
    rows.push([`\`validate\` N=${n}`, fmtMs(v), xBare(v), '', `${(dirBytes(dir) / 1024).toFixed(0)} KB of YAML`]);
    log(`N=${n}: build without LibreOffice x${runs}`);
    const b = node([CLI, 'build', dir, '-o', out, '--quiet'], { runs, env: NO_SOFFICE, rss: true });
    rows.push([`\`build\` N=${n}, no LibreOffice`, fmtMs(b), xBare(b), fmtMb(b), b.error ? '' : `${(dirBytes(out) / 1024).toFixed(0)} KB written`]);
    results.set(n, { validate: v, build: b });
    if (SOFFICE && n === 1000) pageRows.push([`N=${n}`, dir, b]);
    if (PANDOC) {
      log(`N=${n}: pandoc x${runs}`);
      const p = pandocRow(ctx, dir, `n${n}`, runs);
      rows.push([`pandoc, program tables of N=${n} → DOCX`, fmtMs(p), xBare(p), fmtMb(p), 'reference (target: our build of N=1000 no slower)']);
    }
    if (!opts.keep) rmSync(out, { recursive: true, force: true });
  }
}

// Issue 22: measured page numbers against one cold conversion, and --pdf; then the other parts.
const withLo = parts.has('ratio') || parts.has('pdf') ? await layoutPart(ctx) : new Map();
if (parts.has('watch')) await watchPart(ctx);
if (parts.has('all')) await allPart(ctx);
if (parts.has('pandoc')) pandocPart(ctx);

// The LibreOffice page-number pass: build with it minus build without it (from the ratio part's runs
// of the same project when it measured them).
for (const [label, dir, without] of pageRows) {
  const runs = Math.min(opts.runs, 3);
  let w = withLo.get(label);
  if (!w) {
    log(`${label}: build with LibreOffice x${runs}`);
    w = node([CLI, 'build', dir, '-o', path.join(tmp, 'out-soffice'), '--quiet'], { runs, env: { SMARTCITY_SOFFICE: SOFFICE }, rss: true });
  }
  const cost = w.error || without.error ? '' : `page pass alone: ${(w.ms - without.ms).toFixed(0)} ms`;
  rows.push([`\`build\` ${label}, with LibreOffice page pass`, fmtMs(w), xBare(w), fmtMb(w), cost + (cost ? '; ' : '') + 'peak RSS: the largest process, Node or soffice']);
}

const growth = [];
const r1 = results.get(1000);
const r10 = results.get(10000);
if (r1 && r10) {
  for (const k of ['validate', 'build']) {
    const ok = !r1[k].error && !r10[k].error;
    growth.push(`| ${k} | ${ok ? (r10[k].ms / r1[k].ms).toFixed(2) : 'n/a (a run failed)'} |`);
  }
}

const cpu = cpus();
const machine = `${cpu.length} cores (${cpu[0]?.model?.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM (${(freemem() / 2 ** 30).toFixed(1)} free at start), Node ${process.version}, ${process.platform}`;
const md = [
  `Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}; load average at start ${load}.`,
  `Parts: ${[...parts].join(', ')}${skipped.length ? ` (not run: ${skipped.join(', ')})` : ''}. Median of ${opts.runs} cold runs (at most 3 for N >= 10,000 and for LibreOffice builds); synthetic projects from \`bench/generate.mjs\` with seed ${opts.seed}.`,
  `Peak RSS: ${GNU_TIME ? '`/usr/bin/time -f %M`' : '`process.resourceUsage().maxRSS` (bench/maxrss.mjs)'}, the largest of the runs.`,
  `LibreOffice: ${SOFFICE ? `\`${SOFFICE}\`` : opts.soffice ? 'not installed (no page-pass figures)' : 'skipped (--no-soffice)'}; pandoc: ${PANDOC ? `\`${PANDOC}\`` : 'not on PATH (no reference figures)'}.`,
  '',
  '| what | median ms | x bare node | peak RSS MB | note |',
  '|---|---:|---:|---:|---|',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
  '',
  ...(growth.length ? ['Growth, time(N=10,000) / time(N=1,000) (target: at most 12, i.e. linear):', '', '| command | ratio |', '|---|---:|', ...growth, ''] : []),
  ...(targets.length ? ['Issue 22 targets, from the rows above:', '', '| target | measured | goal | holds | figures |', '|---|---:|---|---|---|', ...targets.map((r) => `| ${r.join(' | ')} |`), ''] : []),
].join('\n');

process.stdout.write(md + '\n');
if (opts.write) {
  const current = existsSync(BENCHMARKS) ? readFileSync(BENCHMARKS, 'utf8') : '# Benchmarks\n';
  const block = `${START}\n${md}\n${END}`;
  const i = current.indexOf(START);
  const j = current.indexOf(END);
  const next = i !== -1 && j > i
    ? current.slice(0, i) + block + current.slice(j + END.length)
    : `${current.trimEnd()}\n\n## Results\n\n${block}\n`;
  writeFileSync(BENCHMARKS, next);
  log(`results written to ${path.relative(process.cwd(), BENCHMARKS) || BENCHMARKS}`);
}
if (!opts.keep) rmSync(tmp, { recursive: true, force: true });
else log(`kept ${tmp}`);
