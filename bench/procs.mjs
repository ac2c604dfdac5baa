// Watching the LibreOffice processes a measured command starts (issue 22: "at most once per worker",
// "leave no process or temporary folder behind"). Other LibreOffice processes may run on the machine
// (another build, the test suite), so ours are told apart by a marker in their environment: the
// measured command gets BENCH_MARK=<random>, LibreOffice inherits it, and /proc/<pid>/environ shows
// it. Where /proc cannot be read, a process counts as ours when it descends from the measured one.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT, readRss, withRss } from './lib.mjs';

const LIBREOFFICE = /^(soffice\.bin|soffice|oosplash)$/;
const POLL_MS = 100;
/**
 * A soffice.bin this large ran LibreOffice itself (~300 MB); one that only hands a conversion over stays ~20 MB.
 * BENCH_INSTANCE_MB changes it (the tests' stand-ins are small).
 */
const instanceBytes = () => Number(process.env.BENCH_INSTANCE_MB ?? 100) * 2 ** 20;

const HAS_PROC = existsSync('/proc/self/stat');
const names = new Map(); // pid → comm
const MAY_EXEC = /^(node|sh|dash|bash|time|soffice|oosplash|soffice\.bin)$/;

/**
 * pid → {ppid, comm} of every process (from /proc, ppid of LibreOffice's alone). /proc where there is one: polling it every 100 ms costs little,
 * where starting `ps` ten times a second would take CPU from the measured command on two cores.
 */
export function processes() {
  const all = new Map();
  if (HAS_PROC) {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const pid = Number(entry);
      try {
        // A name is read once, except the names a process has before it execs LibreOffice (a fork of
        // Node is "node" until it execs soffice, a shell script's is "sh"), which are read every time.
        const comm = names.get(pid) ?? readFileSync(`/proc/${pid}/comm`, 'latin1').trim();
        if (!MAY_EXEC.test(comm)) names.set(pid, comm);
        else names.delete(pid);
        // The parent only of LibreOffice's processes (the others' is not needed where /proc/<pid>/environ
        // tells ours apart): "pid (comm) state ppid …", comm may hold ')', so split at the last one.
        let ppid;
        if (LIBREOFFICE.test(comm)) {
          const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
          ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        }
        all.set(pid, { ppid, comm });
      } catch { /* gone meanwhile */ }
    }
    return all;
  }
  const r = spawnSync('ps', ['-eo', 'pid=,ppid=,comm='], { encoding: 'utf8' });
  for (const line of (r.stdout ?? '').split('\n')) {
    const m = /^\s*(\d+)\s+(\d+)\s+(.+?)\s*$/.exec(line);
    if (m) all.set(Number(m[1]), { ppid: Number(m[2]), comm: path.basename(m[3]) });
  }
  return all;
}

/** true/false when the environment can be read, undefined when it cannot (not Linux, or gone). */
function carries(pid, mark) {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(`BENCH_MARK=${mark}`);
  } catch {
    return undefined;
  }
}

function descends(pid, all, root) {
  for (let p = pid, hops = 0; p > 1 && hops < 64; hops++) {
    if (p === root) return true;
    p = all.get(p)?.ppid ?? 0;
  }
  return false;
}

/**
 * A tracker for one measured command: `env` to give it, `poll(rootPid)` while it runs, then `starts`
 * (LibreOffice starts: one per launcher, see below),
 * `bins` (distinct soffice.bin processes: a fresh profile makes LibreOffice restart itself once, so a
 * start can show two) and `alive()` (ours still running, after the command ended).
 */
export function tracker() {
  const mark = randomBytes(6).toString('hex');
  const seen = new Map(); // pid → {ppid, comm} of ours
  const decided = new Set();
  const poll = (root) => {
    const all = processes();
    for (const [pid, p] of all) {
      if (!LIBREOFFICE.test(p.comm)) continue;
      // The name may change (a fork of oosplash execs soffice.bin); the first parent is kept, since an
      // orphan's parent becomes init, and it would then look like a start of its own.
      if (seen.has(pid)) seen.get(pid).comm = p.comm;
      if (decided.has(pid)) continue;
      const marked = carries(pid, mark);
      const ours = marked ?? (root !== undefined && descends(pid, all, root));
      // Without a readable environment a process is looked at again next time (its parent may show).
      if (ours || marked === false) decided.add(pid);
      if (ours) seen.set(pid, { ...p, rss: 0 });
    }
    // The largest resident size of each of ours seen so far (/proc/<pid>/statm, pages): tells an instance of
    // LibreOffice (hundreds of MB) from a command that handed its conversion to a running one (~20 MB).
    for (const [pid, p] of seen) {
      if (p.comm !== 'soffice.bin' || !HAS_PROC) continue;
      try {
        const pages = Number(readFileSync(`/proc/${pid}/statm`, 'latin1').split(' ')[1]);
        p.rss = Math.max(p.rss, pages * 4096);
      } catch { /* gone */ }
    }
  };
  const launchers = () => [...seen].filter(([, p]) => !seen.has(p.ppid)).map(([pid]) => pid);
  const under = (pid, root) => {
    for (let p = pid, hops = 0; p !== undefined && hops < 16; hops++) {
      if (p === root) return true;
      p = seen.get(p)?.ppid;
    }
    return false;
  };
  return {
    env: { BENCH_MARK: mark },
    poll,
    // A start is one of ours whose parent is not: the soffice script (which execs oosplash, which starts
    // soffice.bin), or a soffice.bin started directly. The script's own $(…) subshells, also named
    // "soffice", and oosplash's children are not starts.
    get starts() {
      // Where the size can be read, a launcher counts only when it ran LibreOffice itself (a soffice.bin of
      // more than 100 MB): the command lines a running LibreOffice is handed conversions by are not starts.
      if (!HAS_PROC) return launchers().length;
      return launchers().filter((l) => [...seen].some(([pid, p]) => p.comm === 'soffice.bin' && p.rss > instanceBytes() && under(pid, l))).length;
    },
    /** Launchers that handed their work to a running LibreOffice (no instance of their own). */
    get handedOver() {
      return launchers().length - this.starts;
    },
    get bins() {
      return [...seen.values()].filter((p) => p.comm === 'soffice.bin').length;
    },
    alive() {
      const all = processes();
      return [...all].filter(([pid, p]) => LIBREOFFICE.test(p.comm) && (carries(pid, mark) ?? seen.has(pid))).map(([pid, p]) => `${p.comm} ${pid}`);
    },
  };
}

/** A private TMPDIR for one measured command, so what it leaves behind is its own. */
export function privateTmp(parent, name) {
  const dir = path.join(parent, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** `smartcity-*` entries left in a TMPDIR given to a measured command. */
export const leftInTmp = (dir) => readdirSync(dir).filter((n) => n.startsWith('smartcity-'));

/**
 * Runs `cmd args` asynchronously while polling its LibreOffice processes every 100 ms; resolves to
 * {ms, error, rssKb, starts, bins, alive (ours still running 1 s after it ended)}. `ms` is taken when
 * the command ends, before the second of waiting for stragglers.
 */
export function runTracked(command, commandArgs, { env = {}, timeout = 900, rss = false, rssFile } = {}) {
  const t = tracker();
  const [cmd, args] = rss ? withRss(command, commandArgs, rssFile) : [command, commandArgs];
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env, ...t.env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr = (stderr + d).slice(-8192); });
    const timer = setInterval(() => t.poll(child.pid), POLL_MS);
    const kill = setTimeout(() => child.kill('SIGKILL'), timeout * 1000);
    let done = false;
    const finish = (status, signal, err) => {
      if (done) return;
      done = true;
      const ms = performance.now() - t0;
      clearInterval(timer);
      clearTimeout(kill);
      t.poll(undefined);
      const lines = stderr.trim().split('\n').filter(Boolean);
      const last = (lines.find((l) => /^smartcity:|Error:/.test(l)) ?? lines.pop() ?? '').trim().slice(0, 160);
      const error = err ? err.message : status !== 0 ? `${signal ? `killed by ${signal}` : `exit ${status}`}${last ? `: ${last}` : ''}` : undefined;
      // LibreOffice's launcher may outlive a killed parent for a moment: look again after a second.
      setTimeout(() => resolve({ ms, error, rssKb: rss ? readRss(rssFile) : undefined, starts: t.starts, handedOver: t.handedOver, bins: t.bins, alive: t.alive() }), 1000);
    };
    child.on('error', (err) => finish(null, null, err));
    child.on('close', (code, signal) => finish(code, signal));
  });
}
