/**
 * `build --watch`: builds once, then again whenever an input or a template of the project changes
 * (a watch per folder, see tree-watcher.ts; debounced). One line per build on stdout; problems on stderr. An invalid build
 * writes nothing (build() renders everything before writing), so the last good outputs stay in place.
 */
import path from 'node:path';
import { formatDuration } from '../format/duration.js';
import { countDiagnostics, promoteWarnings } from '../diagnostics/diagnostic.js';
import { t, type Locale } from '../diagnostics/translate.js';
import { build, type BuildOptions } from '../build/index.js';
import { RenderCache } from '../render/render-cache.js';
import { findSoffice } from '../render/libreoffice.js';
import { openLayoutSession } from '../render/layout-session.js';
import { resolveProjectDir } from '../index.js';
import { formatters } from '../report/index.js';
import { UsageError } from './errors.js';
import { watchTree, type TreeWatcher } from './tree-watcher.js';
import type { Io } from './main.js';

interface Globals { locale: Locale; color: boolean; quiet: boolean }

export interface WatchOptions {
  out?: string;
  strict?: boolean;
  /**
   * Milliseconds of quiet before a rebuild (default 150): an editor's save is a burst of events a few ms apart; a
   * burst that outlasts it (a git checkout) costs one more build at most, as an edit during a build queues one.
   */
  debounce?: number;
  /** Stops watching; the promise resolves after the build under way, if any. */
  signal?: AbortSignal;
  /** Called after each build with its outcome (for tests and tools). */
  onBuild?: (outcome: { ok: boolean; files: number; ms: number }) => void;
}

const time = () => new Date().toTimeString().slice(0, 8);

/** Resolves to 0 when stopped by the signal (or 2 when the project folder cannot be watched). */
export async function watchCommand(dir: string, o: WatchOptions, g: Globals, io: Io): Promise<number> {
  const root = await resolveProjectDir(dir, io.cwd);
  const outDir = path.resolve(io.cwd, o.out ?? path.join(root, 'dist'));
  // One LibreOffice for the whole session, and the last build's layouts: a rebuild lays out only what changed.
  const soffice = findSoffice(io.env);
  const layout = soffice ? openLayoutSession(soffice, { env: io.env }) : undefined;
  const renderCache = new RenderCache();
  const code = await watchWith(dir, root, outDir, { layout, renderCache }, o, g, io);
  await layout?.close();
  return code;
}

async function watchWith(dir: string, root: string, outDir: string, shared: Pick<BuildOptions, 'layout' | 'renderCache'>, o: WatchOptions, g: Globals, io: Io): Promise<number> {

  const once = async (): Promise<void> => {
    const started = performance.now();
    let line: string;
    let ok = false;
    let files = 0;
    try {
      shared.renderCache?.nextBuild();
      const result = await build(dir, { cwd: io.cwd, outDir, lang: g.locale, env: io.env, strict: o.strict, ...shared });
      const diagnostics = o.strict ? promoteWarnings(result.diagnostics) : result.diagnostics;
      const counts = countDiagnostics(diagnostics);
      const shown = diagnostics.filter((d) => d.severity === 'error' || (!g.quiet && d.severity === 'warning'));
      if (counts.errors > 0 && shown.length > 0) {
        const sources = new Map(result.project.files.map((f) => [f.file, f.text]));
        const text = formatters.text(shown.filter((d) => d.severity === 'error'), { locale: g.locale, color: g.color, sources });
        io.stderr(text.endsWith('\n') ? text : text + '\n');
      }
      ok = counts.errors === 0;
      files = result.files.length;
      const ms = Math.round(performance.now() - started);
      const duration = formatDuration(ms, g.locale);
      line = ok
        ? `✔ ${t(counts.warnings ? 'SC9033' : 'SC9032', { count: files, duration, warnings: counts.warnings }, g.locale)}`
        : `✘ ${t('SC9034', { errors: counts.errors }, g.locale)}`;
    } catch (error) {
      // A usage problem (the folder went away) in its catalogued words; anything else is an internal error.
      const message = error instanceof UsageError ? t(error.code, error.data, g.locale) : t('SC9005', { message: error instanceof Error ? error.message : String(error) }, g.locale);
      line = `✘ ${t('SC9035', { message }, g.locale)}`;
    }
    io.stdout(`[${time()}] ${line}\n`);
    o.onBuild?.({ ok, files, ms: Math.round(performance.now() - started) });
  };

  // The watcher starts before the first build, so an edit made while it runs is not missed.
  return new Promise<number>((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<void> | undefined;
    let pending = false;
    let watcher: TreeWatcher;

    /** Our own outputs, hidden folders and node_modules are not watched. */
    const skip = (dir: string): boolean => {
      const r = path.relative(outDir, dir);
      if (r === '' || (!r.startsWith('..') && !path.isAbsolute(r))) return true;
      return path.relative(root, dir).split(path.sep).some((p) => p.startsWith('.') || p === 'node_modules');
    };
    const relevant = (abs: string): boolean => {
      const r = path.relative(outDir, abs);
      if (r === '' || (!r.startsWith('..') && !path.isAbsolute(r))) return false; // our own outputs
      const parts = path.relative(root, abs).split(path.sep);
      if (parts.some((p) => p.startsWith('.') || p === 'node_modules')) return false; // hidden, temp files
      return /\.(ya?ml|hbs|png|jpe?g)$/i.test(abs);
    };
    const trigger = async (): Promise<void> => {
      if (running) {
        pending = true;
        return;
      }
      running = once();
      await running;
      running = undefined;
      if (pending && !o.signal?.aborted) {
        pending = false;
        await trigger();
      }
    };
    try {
      watcher = watchTree(root, skip, (file) => {
        if (!relevant(file)) return;
        clearTimeout(timer);
        timer = setTimeout(() => void trigger(), o.debounce ?? 150);
      }, () => {
        // The project folder was removed or became unreadable: stop, as a failure.
        io.stderr(`smartcity: ${t('SC9001', { path: dir }, g.locale)}\n`);
        clearTimeout(timer);
        watcher.close();
        void Promise.resolve(running).then(() => resolve(2));
      });
    } catch {
      io.stderr(`smartcity: ${t('SC9001', { path: dir }, g.locale)}\n`);
      resolve(2);
      return;
    }
    const stop = () => {
      clearTimeout(timer);
      watcher.close();
      void Promise.resolve(running).then(() => resolve(0));
    };
    if (o.signal?.aborted) {
      stop();
      return;
    }
    o.signal?.addEventListener('abort', stop, { once: true });
    void trigger().then(() => {
      if (!g.quiet && !o.signal?.aborted) io.stderr(`${t('SC9036', { path: root }, g.locale)}\n`);
    });
  });
}
