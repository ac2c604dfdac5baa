// Issue 22's `--watch` part: `build <copy of the example> -o <tmp> --watch` with LibreOffice, as a user
// runs it. After the first build line, one program's description is edited (Buku II changes) and the
// time from the write to the next build line is taken, alternating two texts; then the same file is
// rewritten unchanged. The watcher is stopped with SIGINT and must leave no LibreOffice process and
// no `smartcity-*` folder in its TMPDIR (a private one, so that nothing else's leftovers count).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CLI, ROOT, copyExample, fmtMs, fmtS, log, median } from './lib.mjs';
import { leftInTmp, privateTmp, tracker } from './procs.mjs';

const BUILD_LINE = /^\[\d\d:\d\d:\d\d\] [✔✘]/;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The first program description of the project's dimension files: its file, text and line. */
function programDescription(project) {
  for (const name of readdirSync(path.join(project, 'dimensi')).sort()) {
    const file = path.join(project, 'dimensi', name);
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('\nprograms:');
    // A one-line plain description: appending a sentence keeps it valid YAML and valid data.
    const m = at < 0 ? null : /\n {4}description: ([^|>\n"'][^\n]*)/.exec(text.slice(at));
    if (m) return { file, text, line: m[0], value: m[1] };
  }
  return undefined;
}

/** The watcher's stdout as build lines, each with the moment it arrived. */
function lines(child) {
  const queue = [];
  let wake = () => {};
  let buffer = '';
  let ended = false;
  child.stdout.setEncoding('utf8').on('data', (d) => {
    const at = performance.now();
    buffer += d;
    const parts = buffer.split('\n');
    buffer = parts.pop();
    for (const text of parts) if (BUILD_LINE.test(text)) queue.push({ text, at });
    wake();
  });
  child.on('close', () => { ended = true; wake(); });
  return {
    drain: () => queue.splice(0).length,
    /** The next build line, or undefined after `ms` or when the watcher has ended. */
    async next(ms) {
      const deadline = performance.now() + ms;
      while (!queue.length && !ended && performance.now() < deadline) {
        await new Promise((r) => { wake = r; setTimeout(r, Math.min(200, Math.max(0, deadline - performance.now()))); });
      }
      return queue.shift();
    },
  };
}

export async function watchPart(ctx) {
  const project = copyExample(path.join(ctx.tmp, 'watch-project'));
  const tmp = privateTmp(ctx.tmp, 'watch-tmp');
  const edit = programDescription(project);
  const t = tracker();
  const timeout = ctx.opts.timeout * 1000;
  const rows = [];
  const fail = (what, why) => rows.push([what, fmtMs({ error: why }), '', '', '']);
  log('build --watch with LibreOffice: first build');
  const t0 = performance.now();
  const child = spawn(process.execPath, [CLI, 'build', project, '-o', path.join(ctx.tmp, 'watch-out'), '--watch'], {
    cwd: ROOT, env: { ...process.env, SMARTCITY_SOFFICE: ctx.soffice, TMPDIR: tmp, ...t.env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => { stderr = (stderr + d).slice(-4096); });
  const exited = new Promise((r) => child.on('close', (code, signal) => r({ code, signal, at: performance.now() })));
  const poller = setInterval(() => t.poll(child.pid), 100);
  const out = lines(child);
  const why = (line) => (line ? line.text : `no build line within ${timeout / 1000} s${stderr.trim() ? `: ${stderr.trim().split('\n').pop()}` : ''}`);

  const first = await out.next(timeout);
  const changed = [];
  const unchanged = [];
  let notRebuilt = 0;
  if (!first?.text.includes('✔')) fail('`build --watch` example, first build, with LibreOffice', why(first));
  else if (!edit) fail('`build --watch` example, first build, with LibreOffice', 'no one-line program description to edit in dimensi/');
  else {
    rows.push(['`build --watch` example, first build, with LibreOffice', (first.at - t0).toFixed(1), '', '', 'from the start to the first build line']);
    const texts = [' Revisi pertama.', ' Revisi kedua.'].map((s) => edit.text.replace(edit.line, edit.line + s));
    const settle = async () => { await sleep(1000); out.drain(); }; // a late second build is not the next edit's
    await settle();
    for (let i = 0; i < ctx.loRuns; i++) {
      log(`build --watch: edit ${i + 1} of ${ctx.loRuns} (one program description)`);
      const at = performance.now();
      writeFileSync(edit.file, texts[i % 2]);
      const line = await out.next(timeout);
      if (!line?.text.includes('✔')) { fail('`--watch` rebuild after editing one program description', why(line)); break; }
      changed.push(line.at - at);
      await settle();
    }
    const rebuild = changed.length ? median(changed) : 0;
    const wait = Math.max(5000, 3 * rebuild);
    for (let i = 0; i < ctx.loRuns && changed.length; i++) {
      log(`build --watch: unchanged rewrite ${i + 1} of ${ctx.loRuns}`);
      const at = performance.now();
      writeFileSync(edit.file, readFileSync(edit.file));
      const line = await out.next(wait);
      // No build line at all is an answer too: the watcher saw nothing had changed.
      if (!line) notRebuilt++;
      else if (!line.text.includes('✔')) { fail('`--watch` after rewriting a file unchanged', line.text); break; }
      else unchanged.push(line.at - at);
      await settle();
    }
    if (changed.length === ctx.loRuns) {
      rows.push(['`--watch` rebuild after editing one program description (Buku II)', median(changed).toFixed(1), '', '',
        `median of ${changed.length}, two texts in turn; from the write to the build line, 150 ms debounce included`]);
      ctx.targets.push(['`--watch` rebuild of the example after an edit', fmtS(median(changed)), '< 2 s', median(changed) < 2000 ? 'yes' : 'no', `with LibreOffice; ${changed.map((ms) => (ms / 1000).toFixed(1)).join(', ')} s`]);
    }
    if (unchanged.length + notRebuilt === ctx.loRuns && changed.length) {
      rows.push(['`--watch` after rewriting a file unchanged', unchanged.length ? median(unchanged).toFixed(1) : '0.0', '', '',
        unchanged.length ? `median of ${unchanged.length} rebuilds${notRebuilt ? `; ${notRebuilt} times no build within ${fmtS(wait)}` : ''}` : `no build line within ${fmtS(wait)}, ${notRebuilt} times: not rebuilt`]);
    }
  }

  // Ctrl+C, as a user stops it; then what is left of it.
  log('build --watch: SIGINT');
  const stopAt = performance.now();
  child.kill('SIGINT');
  let end = await Promise.race([exited, sleep(30_000)]);
  const stopped = Boolean(end);
  if (!end) {
    child.kill('SIGKILL');
    end = await exited;
  }
  clearInterval(poller);
  await sleep(1000);
  const left = [...t.alive(), ...leftInTmp(tmp)];
  const exit = end.signal ? `killed by ${end.signal}` : `exit ${end.code}`;
  const stopNote = `${stopped ? exit : 'still running 30 s after SIGINT (killed)'}; LibreOffice started ${t.starts} times in the session, ${t.handedOver} conversions handed to it (${t.bins} soffice.bin); left behind: ${left.length ? left.join(', ') : 'nothing'}`;
  rows.push(['`--watch` stopped with SIGINT', stopped ? (end.at - stopAt).toFixed(1) : fmtMs({ error: 'did not stop on SIGINT' }), '', '', stopNote]);
  if (changed.length) {
    ctx.targets.push(['LibreOffice starts in a `--watch` session', String(t.starts), '1 (kept running between rebuilds)', t.starts <= 1 ? 'yes' : 'no',
      `first build, ${changed.length} edits and ${unchanged.length + notRebuilt} unchanged rewrites; ${t.bins} soffice.bin`]);
  }
  ctx.targets.push(['`--watch` stops cleanly on Ctrl+C', left.length || !stopped ? 'no' : 'yes', 'no process or `smartcity-*` folder left', left.length || !stopped ? 'no' : 'yes', stopNote]);
  ctx.rows.push(...rows);
}
