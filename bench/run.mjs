#!/usr/bin/env node
// Benchmarks (issue 7): `npm run bench` (= node bench/run.mjs --write). Tests never assert times.
//
//   node bench/run.mjs [--sizes 30,300,1000,10000] [--runs 5] [--seed 1] [--write] [--keep]
//                      [--timeout 900] [--no-soffice] [--no-example]
//
// Every figure is the median wall time of --runs cold runs (a new Node process each, spawned from
// here), on the compiled CLI (bin/smartcity.js → dist/; run `npm run build` first):
//   - bare `node -e 0`, and cold `validate` of the example (issue 3's target: at most 3x bare node);
//   - `build --all` of four copies of the example with -j 1 and -j 2 (the speed-up of building regions
//     in parallel on this machine; without --no-example);
//   - for each N: a synthetic project (bench/generate.mjs, seed --seed) is generated once, then timed:
//     cold `validate --quiet`, and `build` without LibreOffice (SMARTCITY_SOFFICE=none: estimated TOC
//     pages) into a temporary folder, with the peak RSS of the build process (max over the runs);
//   - the LibreOffice page-number pass on its own: `build` with LibreOffice minus `build` without it,
//     for the example and N = 1,000 (when soffice is installed; fewer runs, it takes seconds);
//   - pandoc as the reference a user would otherwise pick (when `pandoc` is on PATH): the same program
//     tables as one Markdown file, `pandoc in.md -o out.docx`;
//   - growth: time(10,000) / time(1,000) for validate and build (target: at most 12).
// Sizes >= 10,000 use at most 3 runs. A failing or crashing command is reported in the table (exit code,
// signal, last stderr line), never aborts the run. Prints Markdown; --write puts it into BENCHMARKS.md
// between `<!-- results:start -->` and `<!-- results:end -->`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { generate } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'bin/smartcity.js');
const EXAMPLE = path.join(ROOT, 'examples/kotawaringin-timur');
const MAXRSS = path.join(ROOT, 'bench/maxrss.mjs');
const BENCHMARKS = path.join(ROOT, 'BENCHMARKS.md');
const START = '<!-- results:start -->';
const END = '<!-- results:end -->';

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
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    const flag = a.split('=')[0];
    if (flag === '--sizes') o.sizes = value().split(',').filter(Boolean).map(Number);
    else if (flag === '--runs') o.runs = Number(value());
    else if (flag === '--seed') o.seed = Number(value());
    else if (flag === '--timeout') o.timeout = Number(value());
    else if (a === '--write') o.write = true;
    else if (a === '--keep') o.keep = true;
    else if (a === '--no-soffice') o.soffice = false;
    else if (a === '--no-example') o.example = false;
    else if (a === '--help' || a === '-h') usage();
    else usage(`unknown argument ${a}`);
  }
  if (!o.sizes.every((n) => Number.isInteger(n) && n > 0)) usage('--sizes takes whole numbers > 0, e.g. 30,300');
  if (!Number.isInteger(o.runs) || o.runs < 1) usage('--runs takes a whole number >= 1');
  if (!Number.isInteger(o.seed) || o.seed < 0) usage('--seed takes a whole number >= 0');
  return o;
}

function usage(problem) {
  const text = 'usage: node bench/run.mjs [--sizes 30,300,1000,10000] [--runs 5] [--seed 1] [--write] [--keep] [--timeout SECONDS] [--no-soffice] [--no-example]\n';
  process.stderr.write((problem ? `bench: ${problem}\n` : '') + text);
  process.exit(problem ? 2 : 0);
}

const opts = parseArgs(process.argv.slice(2));
if (!existsSync(path.join(ROOT, 'dist/cli/main.js'))) {
  process.stderr.write('bench: dist/ is missing; run `npm run build` first\n');
  process.exit(2);
}

// ---- measuring -------------------------------------------------------------------------------------
function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const p = path.join(dir, name);
    try {
      if (statSync(p).isFile()) return p;
    } catch { /* not here */ }
  }
  return undefined;
}

const GNU_TIME = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0 ? '/usr/bin/time' : undefined;
const SOFFICE = opts.soffice ? onPath('soffice') ?? onPath('libreoffice') : undefined;
const PANDOC = onPath('pandoc');
const rssFile = path.join(mkdtempSync(path.join(tmpdir(), 'smartcity-bench-rss-')), 'maxrss');

/**
 * Runs `cmd args` `runs` times; returns {ms (median wall time), rssKb (max peak RSS) or undefined,
 * error (a one-line description of the first failure) or undefined}.
 */
function measure(cmd, args, { runs, env = {}, rss = false, expect = 0 } = {}) {
  const samples = [];
  let rssKb;
  for (let i = 0; i < runs; i++) {
    let file = cmd;
    let argv = args;
    if (rss && GNU_TIME) {
      file = GNU_TIME;
      argv = ['-f', '%M', '-o', rssFile, cmd, ...args];
    } else if (rss && cmd === process.execPath) {
      // No GNU time: a wrapper runs the script in-process and writes process.resourceUsage().maxRSS.
      argv = [MAXRSS, rssFile, ...args];
    }
    rmSync(rssFile, { force: true });
    const t0 = performance.now();
    const r = spawnSync(file, argv, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: opts.timeout * 1000,
    });
    const ms = performance.now() - t0;
    if (rss && existsSync(rssFile)) {
      const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
      if (Number.isFinite(kb)) rssKb = Math.max(rssKb ?? 0, kb);
    }
    if (r.error || r.status !== expect) {
      // The telling line: V8's "FATAL ERROR: … heap out of memory", the CLI's own message, else the last.
      const lines = (r.stderr ?? '').trim().split('\n').filter((l) => l && !/^\d+$/.test(l));
      const last = (lines.find((l) => /FATAL ERROR|^smartcity:|Error:/.test(l)) ?? lines.pop() ?? '').trim();
      const why = r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
      return { ms, rssKb, error: `${why}${last ? `: ${last.slice(0, 160)}` : ''}` };
    }
    samples.push(ms);
  }
  return { ms: median(samples), rssKb };
}

const node = (args, o) => measure(process.execPath, args, o);
const runsFor = (n) => (n >= 10000 ? Math.min(opts.runs, 3) : opts.runs);
const tmp = mkdtempSync(path.join(tmpdir(), 'smartcity-bench-'));
const log = (line) => process.stderr.write(`bench: ${line}\n`);

function dirBytes(dir) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const s = statSync(p);
    total += s.isDirectory() ? dirBytes(p) : s.size;
  }
  return total;
}

/** The program tables of a project as one Markdown file (pandoc's input): one pipe table per dimension. */
function programsMarkdown(dir) {
  const cell = (v) => String(v ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
  const rupiah = (n) => `Rp${n.toLocaleString('id-ID')}`;
  const out = ['# Rencana Program', ''];
  const files = readdirSync(path.join(dir, 'dimensi')).sort();
  for (const file of files) {
    for (const doc of parseAllDocuments(readFileSync(path.join(dir, 'dimensi', file), 'utf8'))) {
      const d = doc.toJS();
      if (d?.kind !== 'DimensionStrategy') continue;
      out.push(`## Dimensi ${d.dimension}`, '', cell(d.goal), '');
      out.push('| No | Program | Uraian | OPD | Jangka | Tahun | Anggaran | Keluaran | Indikator |', '|---:|---|---|---|---|---|---:|---|---|');
      (d.programs ?? []).forEach((p, i) => {
        const total = (p.budget ?? []).reduce((s, b) => s + b.amount, 0);
        const indicators = (p.indicators ?? []).map((x) => `${x.name}: ${x.baseline ?? '-'} → ${x.target ?? '-'} ${x.unit ?? ''}`);
        out.push(`| ${i + 1} | ${cell(p.name)} | ${cell(p.description)} | ${cell([p.lead, ...(p.support ?? [])].join(', '))} | ${p.horizon} | ${cell((p.years ?? []).join(', '))} | ${rupiah(total)} | ${cell((p.outputs ?? []).join('; '))} | ${cell(indicators.join('; '))} |`);
      });
      out.push('');
    }
  }
  return out.join('\n');
}

// ---- the run ---------------------------------------------------------------------------------------
const rows = []; // [what, median ms | undefined, x bare | '', peak RSS MB | '', note]
const fmtMs = (r) => (r.error ? `**failed** (${r.error.replace(/\|/g, '\\|')})` : r.ms.toFixed(1));
const fmtMb = (r) => (r.rssKb ? (r.rssKb / 1024).toFixed(0) : '');
const started = new Date();
const load = loadavg().map((l) => l.toFixed(2)).join(' ');

log(`runs ${opts.runs}, sizes ${opts.sizes.join(', ')}, GNU time ${GNU_TIME ? 'yes' : 'no'}, soffice ${SOFFICE ?? 'no'}, pandoc ${PANDOC ?? 'no'}`);
const bare = node(['-e', '0'], { runs: opts.runs });
rows.push(['bare `node -e 0`', fmtMs(bare), '1.00', '', '']);
const xBare = (r) => (r.error || bare.error ? '' : (r.ms / bare.ms).toFixed(2));

const noSoffice = { SMARTCITY_SOFFICE: 'none' };
const pageRows = [];
if (opts.example) {
  log('example: validate');
  const v = node([CLI, 'validate', EXAMPLE, '--quiet'], { runs: opts.runs });
  rows.push(['`validate` example', fmtMs(v), xBare(v), '', 'target: at most 3x bare node']);
  const vs = node([CLI, 'validate', EXAMPLE, '--stage', '4', '--strict', '--quiet'], { runs: opts.runs });
  rows.push(['`validate --stage 4 --strict` example', fmtMs(vs), xBare(vs), '', '']);
  log('example: build without LibreOffice');
  const out = path.join(tmp, 'out-example');
  const b = node([CLI, 'build', EXAMPLE, '-o', out, '--quiet'], { runs: opts.runs, env: noSoffice, rss: true });
  rows.push(['`build` example, no LibreOffice', fmtMs(b), xBare(b), fmtMb(b), b.error ? '' : `${(dirBytes(out) / 1024).toFixed(0)} KB written`]);
  if (SOFFICE) pageRows.push(['example', EXAMPLE, b]);

  // Many regions at once: four copies of the example, one process per region, 1 then 2 at a time.
  const regions = path.join(tmp, 'regions');
  for (let r = 1; r <= 4; r++) {
    cpSync(EXAMPLE, path.join(regions, `kabupaten-${r}`), { recursive: true, filter: (src) => path.relative(EXAMPLE, src).split(path.sep)[0] !== 'dist' });
  }
  const allRuns = Math.min(opts.runs, 3);
  const all = {};
  for (const j of [1, 2]) {
    log(`build --all, 4 regions, -j ${j} x${allRuns}`);
    all[j] = node([CLI, 'build', '--all', regions, '-o', path.join(tmp, 'out-all'), '-j', String(j), '--quiet'], { runs: allRuns, env: noSoffice, rss: true });
  }
  const speedUp = all[1].error || all[2].error ? '' : `speed-up with 2 processes: ${(all[1].ms / all[2].ms).toFixed(2)}x`;
  rows.push(['`build --all` 4 copies of the example, `-j 1`', fmtMs(all[1]), xBare(all[1]), fmtMb(all[1]), 'no LibreOffice']);
  rows.push(['`build --all` 4 copies of the example, `-j 2`', fmtMs(all[2]), xBare(all[2]), fmtMb(all[2]), speedUp]);
}

const results = new Map(); // n → {validate, build}
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
  const b = node([CLI, 'build', dir, '-o', out, '--quiet'], { runs, env: noSoffice, rss: true });
  rows.push([`\`build\` N=${n}, no LibreOffice`, fmtMs(b), xBare(b), fmtMb(b), b.error ? '' : `${(dirBytes(out) / 1024).toFixed(0)} KB written`]);
  results.set(n, { validate: v, build: b });
  if (SOFFICE && n === 1000) pageRows.push([`N=${n}`, dir, b]);
  if (PANDOC) {
    const md = path.join(tmp, `n${n}.md`);
    writeFileSync(md, programsMarkdown(dir));
    log(`N=${n}: pandoc x${runs}`);
    const p = measure(PANDOC, [md, '-o', path.join(tmp, `n${n}-pandoc.docx`)], { runs, rss: true });
    rows.push([`pandoc, program tables of N=${n} → DOCX`, fmtMs(p), xBare(p), fmtMb(p), 'reference (target: our build of N=1000 no slower)']);
  }
  if (!opts.keep) rmSync(out, { recursive: true, force: true });
}

// The LibreOffice page-number pass: build with it minus build without it.
for (const [label, dir, without] of pageRows) {
  const runs = Math.min(opts.runs, 3);
  log(`${label}: build with LibreOffice x${runs}`);
  const w = node([CLI, 'build', dir, '-o', path.join(tmp, 'out-soffice'), '--quiet'], { runs, env: { SMARTCITY_SOFFICE: SOFFICE }, rss: true });
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
  `Median of ${opts.runs} cold runs (at most 3 for N >= 10,000 and for LibreOffice builds); synthetic projects from \`bench/generate.mjs\` with seed ${opts.seed}.`,
  `Peak RSS: ${GNU_TIME ? '`/usr/bin/time -f %M`' : '`process.resourceUsage().maxRSS` (bench/maxrss.mjs)'}, the largest of the runs.`,
  `LibreOffice: ${SOFFICE ? `\`${SOFFICE}\`` : opts.soffice ? 'not installed (no page-pass figures)' : 'skipped (--no-soffice)'}; pandoc: ${PANDOC ? `\`${PANDOC}\`` : 'not on PATH (no reference figures)'}.`,
  '',
  '| what | median ms | x bare node | peak RSS MB | note |',
  '|---|---:|---:|---:|---|',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
  '',
  ...(growth.length ? ['Growth, time(N=10,000) / time(N=1,000) (target: at most 12, i.e. linear):', '', '| command | ratio |', '|---|---:|', ...growth, ''] : []),
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
rmSync(path.dirname(rssFile), { recursive: true, force: true });
