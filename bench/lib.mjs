// Shared pieces of the benchmark (bench/run.mjs and its parts): paths, timing one command, medians and
// the table's cell formats. Every command's failure comes back as a one-line `error`, never a throw, so
// a failed row shows in the table and the run goes on.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI = path.join(ROOT, 'bin/smartcity.js');
export const EXAMPLE = path.join(ROOT, 'examples/kotawaringin-timur');
const MAXRSS = path.join(ROOT, 'bench/maxrss.mjs');

export const NO_SOFFICE = { SMARTCITY_SOFFICE: 'none' };
export const log = (line) => process.stderr.write(`bench: ${line}\n`);

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const p = path.join(dir, name);
    try {
      if (statSync(p).isFile()) return p;
    } catch { /* not here */ }
  }
  return undefined;
}

export const GNU_TIME = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0 ? '/usr/bin/time' : undefined;

/** The telling line of a failure: V8's "FATAL ERROR: … heap out of memory", the CLI's own message, else the last. */
export function failure(r) {
  const lines = (r.stderr ?? '').trim().split('\n').filter((l) => l && !/^\d+$/.test(l));
  const last = (lines.find((l) => /FATAL ERROR|^smartcity:|Error:/.test(l)) ?? lines.pop() ?? '').trim();
  const why = r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
  return `${why}${last ? `: ${last.slice(0, 160)}` : ''}`;
}

/** The command line that also measures peak RSS: GNU time, else bench/maxrss.mjs for a Node script. */
export function withRss(cmd, args, rssFile) {
  rmSync(rssFile, { force: true });
  if (GNU_TIME) return [GNU_TIME, ['-f', '%M', '-o', rssFile, cmd, ...args]];
  // No GNU time: a wrapper runs the script in-process and writes process.resourceUsage().maxRSS.
  if (cmd === process.execPath) return [cmd, [MAXRSS, rssFile, ...args]];
  return [cmd, args];
}

export function readRss(rssFile) {
  if (!existsSync(rssFile)) return undefined;
  const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
  return Number.isFinite(kb) ? kb : undefined;
}

/**
 * Runs `cmd args` once; returns {ms, rssKb (peak RSS, when asked and measurable), error (one line) or
 * undefined}. `rssFile` is where GNU time or bench/maxrss.mjs write the peak.
 */
export function once(cmd, args, { env = {}, rss = false, rssFile, expect = 0, timeout = 900 } = {}) {
  const [file, argv] = rss ? withRss(cmd, args, rssFile) : [cmd, args];
  const t0 = performance.now();
  const r = spawnSync(file, argv, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeout * 1000,
  });
  const ms = performance.now() - t0;
  return { ms, rssKb: rss ? readRss(rssFile) : undefined, error: r.error || r.status !== expect ? failure(r) : undefined };
}

/**
 * Collects samples of one measurement: `add(result)` per run, then `result()` gives {ms (median of the
 * good runs), rssKb (max), error (the first failure: a measurement with a failed run is reported failed)}.
 */
export function samples() {
  const ms = [];
  let rssKb;
  let error;
  return {
    add(r) {
      if (r.rssKb) rssKb = Math.max(rssKb ?? 0, r.rssKb);
      if (r.error) error ??= r.error;
      else ms.push(r.ms);
      return r;
    },
    get failed() { return error !== undefined; },
    result: () => (error || ms.length === 0 ? { ms: ms.length ? median(ms) : NaN, rssKb, error: error ?? 'no run' } : { ms: median(ms), rssKb }),
  };
}

/** `runs` runs of one command, stopping at the first failure. */
export function measure(cmd, args, { runs, ...o }) {
  const s = samples();
  for (let i = 0; i < runs && !s.failed; i++) s.add(once(cmd, args, o));
  return s.result();
}

export function dirBytes(dir) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const st = statSync(p);
    total += st.isDirectory() ? dirBytes(p) : st.size;
  }
  return total;
}

/** A copy of the example without its own build output. */
export function copyExample(to) {
  cpSync(EXAMPLE, to, { recursive: true, filter: (src) => path.relative(EXAMPLE, src).split(path.sep)[0] !== 'dist' });
  return to;
}

// ---- table cells ------------------------------------------------------------------------------------
const escape = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
export const fmtMs = (r) => (r.error ? `**failed** (${escape(r.error)})` : r.ms.toFixed(1));
export const fmtMb = (r) => (r.rssKb ? (r.rssKb / 1024).toFixed(0) : '');
export const fmtS = (ms) => `${(ms / 1000).toFixed(2)} s`;
