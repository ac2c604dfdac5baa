// Benchmarks: `npm run bench`. Reports medians and writes BENCHMARKS.md; tests never assert times.
// Measured so far: cold `validate` of the example against a bare `node -e 0` (issue 3's target:
// at most 3x bare node). Build and scale figures come with the build (issues 4, 5, 7).
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const runs = Number(process.env.BENCH_RUNS ?? 15);

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function time(args, expectCode = 0) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
    samples.push(performance.now() - t0);
    if (r.status !== expectCode) throw new Error(`${args.join(' ')} exited ${r.status}`);
  }
  return median(samples);
}

const bare = time(['-e', '0']);
const validate = time(['bin/smartcity.js', 'validate', 'examples/kotawaringin-timur', '--quiet']);
const validateStage = time(['bin/smartcity.js', 'validate', 'examples/kotawaringin-timur', '--stage', '4', '--strict', '--quiet']);
const rows = [
  ['bare `node -e 0`', bare],
  ['`smartcity validate examples/kotawaringin-timur`', validate],
  ['`smartcity validate … --stage 4 --strict`', validateStage],
];
const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`;
const md = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (bench/run.mjs). Each figure is the median wall time of',
  `${runs} cold runs (a new Node process each), measured on: ${machine}.`,
  '',
  '| what | median ms | x bare node |',
  '|---|---:|---:|',
  ...rows.map(([name, ms]) => `| ${name} | ${ms.toFixed(1)} | ${(ms / bare).toFixed(2)} |`),
  '',
  'Target (issue 3): cold `validate` of the example at most 3x a bare `node -e 0`.',
  '',
].join('\n');
writeFileSync('BENCHMARKS.md', md);
console.log(md);
