/**
 * Renders a build's publications in memory. Without LibreOffice: one at a time, in plan order (peak memory as small
 * as it can be). With it: the measured books and reports first, each handed to LibreOffice as soon as Node has
 * rendered it, then everything else (the workbook, the draft, chapter files once their book's pages are known)
 * while LibreOffice lays the books out: the two processes work side by side on the two cores. With `--pdf`, a
 * document printed but not measured comes before the books.
 */
import type { RenderCache } from '../render/render-cache.js';
import type { LayoutSession } from '../render/layout-session.js';
import { Lane, renderPublication, type Publication, type Rendered, type WriteEnv } from '../render/writers.js';

export interface RenderAllOptions {
  renderCache?: RenderCache;
  onProgress?: (event: { file: string; ms: number }) => void;
}

export async function renderAll(publications: Publication[], layout: LayoutSession | undefined, opts: RenderAllOptions): Promise<Map<string, Rendered>> {
  const pending = new Map<string, Promise<Rendered>>();
  const early = new Map<string, (pages: Map<string, string> | undefined) => void>();
  const body = new Map<string, Promise<Map<string, string> | undefined>>();
  for (const p of publications) body.set(p.name, new Promise((resolve) => early.set(p.name, resolve)));
  const env: WriteEnv = {
    layout,
    cache: opts.renderCache,
    result: (name) => pending.get(name),
    bodyPages: (name) => body.get(name) ?? Promise.resolve(undefined),
    tellBodyPages: (name, pages) => early.get(name)?.(pages),
    pdfSources: new Set(publications.flatMap((p) => (p.writer === 'pdf' ? [p.source] : []))),
    lane: new Lane(),
  };
  const started = performance.now();
  const one = (pub: Publication): Promise<Rendered> => {
    // Publications overlap: a progress line gives each its time since the build began rendering.
    const from = layout ? started : performance.now();
    return renderPublication(pub, env).then((r) => {
      early.get(pub.name)?.(r.pages); // a no-op when the writer told them earlier
      opts.onProgress?.({ file: pub.name, ms: Math.round(performance.now() - from) });
      return r;
    }, (error: unknown) => {
      early.get(pub.name)?.(undefined);
      throw error;
    });
  };
  const measured = (p: Publication) => p.writer === 'docx' && p.measure;
  // A document printed but not measured (the draft regulation) goes first: LibreOffice lays it out while Node renders
  // the first book, instead of after the last one.
  const printedOnly = (p: Publication) => env.pdfSources.has(p.name) && !measured(p);
  const order = layout ? [...publications.filter(printedOnly), ...publications.filter(measured), ...publications.filter((p) => !measured(p) && !printedOnly(p))] : publications;
  for (const pub of order) {
    const rendering = one(pub);
    // Awaited below in plan order; until then a failure must not count as unhandled (Node would exit).
    rendering.catch(() => undefined);
    pending.set(pub.name, rendering);
    if (!layout) await rendering;
  }
  const results = new Map<string, Rendered>();
  for (const pub of publications) results.set(pub.name, await pending.get(pub.name)!);
  return results;
}
