// Issue 22's LibreOffice parts of the benchmark, with `soffice` installed:
//   ratio: build WITH LibreOffice / (build without it + ONE cold LibreOffice conversion of all the
//          build's top-level DOCX documents together), target <= 1.0;
//   pdf:   `build --pdf` and its extra cost over `build` with LibreOffice, target ~0;
//   all:   `build --all` of four copies of the example, -j 2, with LibreOffice: how many times
//          LibreOffice was started (target: at most once per worker, 2) and the time.
// The runs of one project are interleaved (with and --pdf side by side, their order alternating, then
// without and the conversion, then again), so a load change on the machine touches all of them alike.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate } from './generate.mjs';
import { CLI, EXAMPLE, NO_SOFFICE, copyExample, fmtMb, fmtMs, fmtS, log, median, once, samples } from './lib.mjs';
import { leftInTmp, privateTmp, runTracked } from './procs.mjs';

/** Pairs of `build` and `build --pdf` runs for a project whose build with LibreOffice takes under PAIRS_BELOW_MS. */
const PDF_PAIRS = 7;
const PAIRS_BELOW_MS = 30_000;

/** The books and reports of a build: its top-level DOCX files (chapter files live in subfolders). */
export const topLevelDocx = (dir) => readdirSync(dir).filter((n) => n.endsWith('.docx') && statSync(path.join(dir, n)).isFile()).sort();

/** One cold LibreOffice conversion of all `docs` (in `dir`) to PDF, with a fresh profile. */
function convertAll(ctx, dir, docs) {
  const profile = mkdtempSync(path.join(ctx.tmp, 'lo-profile-'));
  const outDir = mkdtempSync(path.join(ctx.tmp, 'lo-pdf-'));
  try {
    const args = ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', 'pdf', '--outdir', outDir, ...docs.map((d) => path.join(dir, d))];
    const r = once(ctx.soffice, args, { timeout: ctx.opts.timeout });
    // soffice exits 0 even when it could not convert a file: count the PDFs.
    const written = docs.filter((d) => existsSync(path.join(outDir, d.replace(/\.docx$/, '.pdf')))).length;
    if (!r.error && written !== docs.length) r.error = `LibreOffice wrote ${written} of ${docs.length} PDFs`;
    return r;
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The projects of the ratio and --pdf rows: the example, then a generated one per --ratio-sizes. */
function projects(ctx) {
  const list = ctx.opts.example ? [['example', EXAMPLE]] : [];
  for (const n of ctx.opts.ratioSizes) {
    const dir = path.join(ctx.tmp, `layout-n${n}`);
    generate(dir, { programs: n, seed: ctx.opts.seed });
    list.push([`N=${n}`, dir]);
  }
  return list;
}

/**
 * Measures ratio and/or pdf (ctx.parts) for every project. Returns label → the `build` with
 * LibreOffice result, so the older "page pass" rows need not build the same project again.
 */
export async function layoutPart(ctx) {
  const ratio = ctx.parts.has('ratio');
  const pdf = ctx.parts.has('pdf');
  const withLo = new Map();
  const lo = { SMARTCITY_SOFFICE: ctx.soffice };
  const args = (dir, out, extra = []) => {
    rmSync(out, { recursive: true, force: true }); // every run a first build: nothing of an earlier one is reused
    return [CLI, 'build', dir, '-o', out, '--quiet', ...extra];
  };
  const build = (dir, out, env) => once(process.execPath, args(dir, out), { env, rss: true, rssFile: ctx.rssFile, timeout: ctx.opts.timeout });
  // With LibreOffice: also how many times it was started (issue 22: once per build).
  const starts = { w: 0, p: 0, wBins: 0, pBins: 0, wHanded: 0, pHanded: 0 };
  const tracked = async (dir, out, key, extra) => {
    const r = await runTracked(process.execPath, args(dir, out, extra), { env: lo, rss: true, rssFile: ctx.rssFile, timeout: ctx.opts.timeout });
    starts[key] = Math.max(starts[key], r.starts);
    starts[`${key}Bins`] = Math.max(starts[`${key}Bins`], r.bins);
    starts[`${key}Handed`] = Math.max(starts[`${key}Handed`], r.handedOver);
    return r;
  };
  for (const [label, dir] of projects(ctx)) {
    const [w, b, c, p] = [samples(), samples(), samples(), samples()];
    Object.assign(starts, { w: 0, p: 0, wBins: 0, pBins: 0, wHanded: 0, pHanded: 0 });
    const outW = path.join(ctx.tmp, 'layout-with');
    const outB = path.join(ctx.tmp, 'layout-without');
    let docs = [];
    // --pdf's extra cost is the median of paired differences: each --pdf run beside a build with LibreOffice, the
    // pair's order alternating. Runs of the same build differ by up to 2 s at N=300 on this machine, so medians of
    // three runs each could not tell 10% of a 12 s build; a project whose build takes under PAIRS_BELOW_MS gets
    // PDF_PAIRS pairs (the runs after the first loRuns time only those two commands).
    const diffs = [];
    let runs = ctx.loRuns;
    for (let i = 0; i < runs; i++) {
      const full = i < ctx.loRuns;
      log(`${label}: build with LibreOffice${ratio && full ? ', without it, one cold conversion' : ''}${pdf ? ', build --pdf' : ''} (run ${i + 1} of ${runs})`);
      const withLibreOffice = async () => w.add(await tracked(dir, outW, 'w'));
      const withPdf = async () => p.add(await tracked(dir, path.join(ctx.tmp, 'layout-pdf'), 'p', ['--pdf']));
      let rw;
      if (pdf) {
        const [first, second] = i % 2 === 0 ? [withLibreOffice, withPdf] : [withPdf, withLibreOffice];
        const one = await first();
        const other = await second();
        const rp = i % 2 === 0 ? other : one;
        rw = i % 2 === 0 ? one : other;
        if (!rw.error && !rp.error) diffs.push(rp.ms - rw.ms);
        if (i === 0 && !rw.error && rw.ms < PAIRS_BELOW_MS) runs = Math.max(runs, PDF_PAIRS);
      } else rw = await withLibreOffice();
      if (ratio && full) {
        const rb = b.add(build(dir, outB, NO_SOFFICE));
        // The finished documents when the build with LibreOffice wrote them, else the same set without.
        const from = !rw.error ? outW : !rb.error ? outB : undefined;
        docs = from ? topLevelDocx(from) : [];
        c.add(from && docs.length ? convertAll(ctx, from, docs) : { ms: NaN, error: 'no build output to convert' });
      }
    }
    const W = w.result();
    withLo.set(label, W);
    const started = (key) => `LibreOffice started ${starts[key]} times, ${starts[`${key}Handed`]} conversions handed to it (${starts[`${key}Bins`]} soffice.bin)`;
    ctx.rows.push([`\`build\` ${label}, with LibreOffice (measured page numbers)`, fmtMs(W), ctx.xBare(W), fmtMb(W), `all books and reports; ${started('w')}; peak RSS: the largest process, Node or soffice`]);
    ctx.targets.push([`LibreOffice starts in one \`build\`${pdf ? ' / `build --pdf`' : ''}, ${label}`, pdf ? `${starts.w} / ${starts.p}` : String(starts.w), '1', (starts.w <= 1 && (!pdf || starts.p <= 1)) ? 'yes' : 'no',
      `most of any run; soffice.bin processes: ${starts.wBins}${pdf ? ` / ${starts.pBins}` : ''} (LibreOffice restarts itself on a fresh profile)`]);
    if (ratio) {
      const [B, C] = [b.result(), c.result()];
      ctx.rows.push([`\`build\` ${label}, no LibreOffice (beside the above)`, fmtMs(B), ctx.xBare(B), fmtMb(B), W.error || B.error ? '' : `page numbers cost ${(W.ms - B.ms).toFixed(0)} ms`]);
      ctx.rows.push([`one cold \`soffice --convert-to pdf\` of ${label}'s ${docs.length} top-level DOCX`, fmtMs(C), ctx.xBare(C), '', 'fresh profile each run; the yardstick of the ratio']);
      const ok = !W.error && !B.error && !C.error;
      const r = ok ? W.ms / (B.ms + C.ms) : NaN;
      ctx.targets.push([`ratio, ${label}: with LibreOffice / (without + one cold conversion)`, ok ? r.toFixed(2) : 'n/a (a run failed)', '<= 1.0', ok ? (r <= 1 ? 'yes' : 'no') : '',
        ok ? `${fmtS(W.ms)} / (${fmtS(B.ms)} + ${fmtS(C.ms)})` : '']);
    }
    if (pdf) {
      const P = p.result();
      const extra = W.error || P.error || diffs.length === 0 ? undefined : median(diffs);
      const listed = diffs.map((d) => `${d >= 0 ? '+' : ''}${(d / 1000).toFixed(2)}`).join(', ');
      ctx.rows.push([`\`build --pdf\` ${label}, with LibreOffice`, fmtMs(P), ctx.xBare(P), fmtMb(P), `${extra === undefined ? '' : `extra over \`build\` with LibreOffice: ${extra.toFixed(0)} ms, the median of ${diffs.length} paired differences (${listed} s); `}${started('p')}`]);
      // "~0" read as: within 10% of the build itself.
      ctx.targets.push([`\`--pdf\` extra cost, ${label}`, extra === undefined ? 'n/a (a run failed)' : `${extra.toFixed(0)} ms`, '~0 (<= 10% of the build)',
        extra === undefined ? '' : extra <= 0.1 * W.ms ? 'yes' : 'no', extra === undefined ? '' : `median of ${diffs.length} pairs; medians ${fmtS(P.ms)} vs ${fmtS(W.ms)}`]);
    }
    rmSync(outW, { recursive: true, force: true });
    rmSync(outB, { recursive: true, force: true });
  }
  return withLo;
}

/** `build --all` of four copies of the example, -j 2, with LibreOffice, counting LibreOffice starts. */
export async function allPart(ctx) {
  const regions = path.join(ctx.tmp, 'regions-lo');
  for (let r = 1; r <= 4; r++) copyExample(path.join(regions, `kabupaten-${r}`));
  const runs = [];
  for (let i = 0; i < ctx.loRuns; i++) {
    log(`build --all, 4 regions, -j 2, with LibreOffice (run ${i + 1} of ${ctx.loRuns})`);
    const tmp = privateTmp(ctx.tmp, `all-tmp-${i}`);
    const out = path.join(ctx.tmp, 'out-all-lo');
    rmSync(out, { recursive: true, force: true });
    const r = await runTracked(process.execPath, [CLI, 'build', '--all', regions, '-o', out, '-j', '2', '--quiet'],
      { env: { SMARTCITY_SOFFICE: ctx.soffice, TMPDIR: tmp }, timeout: ctx.opts.timeout });
    runs.push({ ...r, left: [...r.alive, ...leftInTmp(tmp)] });
    if (r.error) break;
  }
  const failed = runs.find((r) => r.error);
  const res = failed ? { ms: failed.ms, error: failed.error } : { ms: median(runs.map((r) => r.ms)) };
  const starts = Math.max(...runs.map((r) => r.starts));
  const bins = Math.max(...runs.map((r) => r.bins));
  const handed = Math.max(...runs.map((r) => r.handedOver));
  const left = [...new Set(runs.flatMap((r) => r.left))];
  ctx.rows.push(['`build --all` 4 copies of the example, `-j 2`, with LibreOffice', fmtMs(res), ctx.xBare(res), '',
    `LibreOffice started ${starts} times, ${handed} conversions handed to it (${bins} soffice.bin processes), most of any run; left behind: ${left.length ? left.join(', ') : 'nothing'}`]);
  ctx.targets.push(['`build --all`, 4 regions, `-j 2`: LibreOffice starts', String(starts), '<= 2 (one per worker)', starts <= 2 ? 'yes' : 'no',
    `${fmtS(res.ms)}; ${bins} soffice.bin processes (LibreOffice restarts itself on a fresh profile)${left.length ? `; LEFT BEHIND: ${left.join(', ')}` : ''}`]);
  rmSync(regions, { recursive: true, force: true });
}
