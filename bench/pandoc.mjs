// pandoc as the reference a user would otherwise pick: the program tables of a project as one Markdown
// file, `pandoc in.md -o out.docx`. Issue 22's part compares it with our build without LibreOffice at
// N = --pandoc-size on every input shape of bench/generate.mjs (one shape alone misled before: 1.3 s
// vs 2.2 s on ours, 2.1 s vs 1.0 s on another generator), the two commands' runs interleaved.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { SHAPES, generate } from './generate.mjs';
import { CLI, NO_SOFFICE, dirBytes, fmtMb, fmtMs, fmtS, log, once, samples } from './lib.mjs';

/** The program tables of a project as one Markdown file (pandoc's input): one pipe table per dimension. */
export function programsMarkdown(dir) {
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

/** `pandoc in.md -o out.docx` of a project's program tables, `runs` times (the existing per-N rows). */
export function pandocRow(ctx, dir, label, runs) {
  const md = path.join(ctx.tmp, `${label}.md`);
  writeFileSync(md, programsMarkdown(dir));
  const s = samples();
  for (let i = 0; i < runs && !s.failed; i++) s.add(once(ctx.pandoc, [md, '-o', path.join(ctx.tmp, `${label}-pandoc.docx`)], { rss: true, rssFile: ctx.rssFile, timeout: ctx.opts.timeout }));
  return s.result();
}

export function pandocPart(ctx) {
  const n = ctx.opts.pandocSize;
  for (const shape of SHAPES) {
    const dir = path.join(ctx.tmp, `pandoc-${shape}-n${n}`);
    const out = path.join(ctx.tmp, `pandoc-${shape}-out`);
    generate(dir, { programs: n, seed: ctx.opts.seed, shape });
    const md = path.join(ctx.tmp, `pandoc-${shape}.md`);
    if (ctx.pandoc) writeFileSync(md, programsMarkdown(dir));
    const [ours, theirs] = [samples(), samples()];
    for (let i = 0; i < ctx.opts.runs; i++) {
      log(`N=${n}, shape ${shape}: build without LibreOffice${ctx.pandoc ? ' and pandoc' : ''} (run ${i + 1} of ${ctx.opts.runs})`);
      rmSync(out, { recursive: true, force: true });
      ours.add(once(process.execPath, [CLI, 'build', dir, '-o', out, '--quiet'], { env: NO_SOFFICE, rss: true, rssFile: ctx.rssFile, timeout: ctx.opts.timeout }));
      if (ctx.pandoc) theirs.add(once(ctx.pandoc, [md, '-o', path.join(ctx.tmp, `pandoc-${shape}.docx`)], { rss: true, rssFile: ctx.rssFile, timeout: ctx.opts.timeout }));
    }
    const [O, P] = [ours.result(), theirs.result()];
    const yaml = `${(dirBytes(dir) / 1024).toFixed(0)} KB of YAML`;
    ctx.rows.push([`\`build\` N=${n}, shape ${shape}, no LibreOffice (beside pandoc)`, fmtMs(O), ctx.xBare(O), fmtMb(O), yaml]);
    if (!ctx.pandoc) continue;
    ctx.rows.push([`pandoc, program tables of N=${n}, shape ${shape} → DOCX`, fmtMs(P), ctx.xBare(P), fmtMb(P), 'reference']);
    const ok = !O.error && !P.error;
    // The target is stated for N = 1,000; at other sizes the ratio is shown without a verdict.
    ctx.targets.push([`\`build\` N=${n} shape ${shape}, no LibreOffice / pandoc`, ok ? (O.ms / P.ms).toFixed(2) : 'n/a (a run failed)', '<= 1.0 (no slower) at N=1000',
      ok && n === 1000 ? (O.ms <= P.ms ? 'yes' : 'no') : '', ok ? `${fmtS(O.ms)} vs ${fmtS(P.ms)}; ${yaml}` : '']);
    rmSync(out, { recursive: true, force: true });
  }
}
