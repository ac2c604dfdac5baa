/**
 * One LibreOffice for a whole build (or a whole `--watch` session, or one `build --all` worker): the layout oracle
 * of every book and report and the PDF step all go through it.
 *
 * Starting LibreOffice costs more than laying out most of our documents (1.3 s cold against 0.1–1.7 s per document
 * on the example), so the session starts it once, at the beginning of the build, while Node loads and validates.
 * That process keeps a tiny document open, which stops it from quitting after a conversion. Each conversion is then
 * the ordinary `soffice --convert-to pdf` command line run with the same profile: LibreOffice's own single-instance
 * pipe hands it to the running process, and the command returns when the PDF is written (~0.1 s overhead, hidden by
 * starting the next command while one is laid out: 0.3–0.6 s less on the example's build). If no
 * process is running (another platform, or it died), the same command line converts on its own, as before: the
 * server only makes it faster, never changes what it does.
 *
 * Without a server, requests made while a conversion runs are sent together as one command line, so a build still
 * starts LibreOffice about once per wave of documents instead of once per document.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from './libreoffice.js';
import { onInterrupt, trackTempDir } from './write.js';

/** Set by `build --all` for its children: the `home` of the worker's session, whose LibreOffice they convert through. */
export const SESSION_ENV = 'SMARTCITY_LIBREOFFICE_SESSION';

// A flat ODF text document: the smallest file LibreOffice opens without a dialog (a .txt asks for its encoding, and
// headless answers "cancel", so the process would quit).
const KEEP_OPEN = '<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text><text:p/></office:text></office:body></office:document>\n';

/**
 * Where LibreOffice puts its single-instance pipe for a profile (desktop/source/app/officeipcthread.cxx: the MD5 of
 * the profile URL as UTF-16, each byte in hex without padding; sal/osl/unx/pipe.cxx: /tmp, else /var/tmp). The file
 * appearing says the process owns the pipe, so a conversion started after it is handed over and never races to be
 * the first instance (which would then be sent our kept document, never quit, and hang the build). Linux only: elsewhere there is no server and each conversion runs on its own.
 */
export function instancePipes(profileUrl: string): string[] {
  if (process.platform !== 'linux') return [];
  const digest = createHash('md5').update(Buffer.from(profileUrl, 'utf16le')).digest();
  const name = `OSL_PIPE_${userInfo().uid}_SingleOfficeIPC_${[...digest].map((b) => b.toString(16)).join('')}`;
  return ['/tmp', '/var/tmp'].map((dir) => join(dir, name));
}

export interface LayoutOptions {
  /** Per conversion command (one waiting behind another gets both limits); default 120 s plus 30 s per document. */
  timeoutMs?: number;
  /** Milliseconds to wait for a started LibreOffice to own its pipe (default 60 s); then it is stopped. */
  startMs?: number;
  env?: NodeJS.ProcessEnv;
}

/** Conversion commands under way at once with a running LibreOffice (see `drain`). */
const SERVED_AT_ONCE = 2;

interface Request { input: string; pdf: string; resolve: (pdf: string) => void; reject: (error: Error) => void }

export class LayoutSession {
  /** 'server' once the kept LibreOffice is ready; 'standalone' when each command line converts on its own. */
  mode: 'starting' | 'server' | 'standalone' = 'standalone';
  /** LibreOffice processes this session started (the server, and each command that had to convert on its own). */
  starts = 0;
  /** The folder of the profile and the kept document: ours, or the `build --all` worker's we attach to. */
  readonly home: string;
  private readonly profileUrl: string;
  /** Our own files (inputs, PDFs, LibreOffice's TMPDIR). */
  private readonly dir: string;
  private readonly untrack: () => void;
  private readonly forgetInterrupt: () => void;
  private readonly env: NodeJS.ProcessEnv;
  private server?: ChildProcess;
  private watchdog?: ChildProcess;
  private ready: Promise<void> = Promise.resolve();
  private queue: Request[] = [];
  private running?: Promise<void>;
  /** Tells `drain` a request came. */
  private wake?: () => void;
  private counter = 0;
  private closed = false;
  /** Ends the wait for readiness (on close). */
  private giveUp = (): void => undefined;

  /** A session of its own, or (`attachTo`, a session's `home`) one converting through another's LibreOffice. */
  constructor(private readonly soffice: string, private readonly opts: LayoutOptions = {}, private readonly attachTo?: string) {
    this.dir = mkdtempSync(join(tmpdir(), 'smartcity-lo-'));
    this.untrack = trackTempDir(this.dir);
    mkdirSync(join(this.dir, 'tmp'));
    // LibreOffice's own temporary files go into our folder, so they are removed with it even when it is killed.
    this.env = { ...(opts.env ?? process.env), TMPDIR: join(this.dir, 'tmp') };
    this.home = attachTo ?? this.dir;
    this.profileUrl = pathToFileURL(join(this.home, 'profile')).href;
    this.forgetInterrupt = onInterrupt(() => this.kill());
    // Should the process end without closing the session (an uncaught error), LibreOffice, which runs in a process
    // group of its own with a document open, would live on: stop it on the way out.
    process.once('exit', this.onExit);
  }

  private readonly onExit = (): void => this.kill();

  /** Starts the kept LibreOffice (when the platform's pipe is known); conversions wait until it is ready. */
  start(): this {
    const pipes = instancePipes(this.profileUrl);
    if (pipes.length === 0 || this.server || this.attachTo) return this;
    const keep = join(this.dir, 'keep.fodt');
    writeFileSync(keep, KEEP_OPEN);
    const args = ['--headless', '--norestore', '--nologo', `-env:UserInstallation=${this.profileUrl}`, keep];
    const group = process.platform !== 'win32';
    const server = spawn(this.soffice, args, { shell: false, detached: group, stdio: 'ignore', env: this.env, windowsHide: true });
    this.server = server;
    this.starts++;
    const exited = new Promise<void>((resolve) => {
      server.once('error', () => resolve());
      server.once('exit', () => resolve());
    });
    void exited.then(() => {
      this.server = undefined;
      // Died during the build: the commands that follow convert on their own, one at a time (two at once would race
      // for the profile), and so do those of sessions attached to ours.
      if (this.mode === 'server' && !this.closed) {
        this.mode = 'standalone';
        try { writeFileSync(join(this.home, 'standalone'), ''); } catch { /* the folder is going */ }
      }
    });
    if (group && server.pid) this.watchdog = watchOver(process.pid, server.pid, this.dir, pipes);
    this.awaitReady(exited);
    return this;
  }

  /**
   * Ready once LibreOffice owns the pipe AND has opened the kept document (its lock file appears): a conversion handed
   * over before that would leave it with no document open, and it would quit after it. An attached session waits the
   * same way for its owner's LibreOffice, or for the owner's word that it has none (the `standalone` file).
   */
  private awaitReady(exited?: Promise<void>): void {
    const pipes = instancePipes(this.profileUrl);
    const lock = join(this.home, '.~lock.keep.fodt#');
    const noServer = join(this.home, 'standalone');
    this.mode = 'starting';
    this.ready = new Promise<void>((resolve) => {
      const started = Date.now();
      const settle = (mode: 'server' | 'standalone') => {
        clearInterval(poll);
        if (this.mode !== 'starting') return;
        this.mode = mode;
        if (mode === 'standalone' && !this.attachTo && !this.closed) {
          this.stopServer();
          try { writeFileSync(noServer, ''); } catch { /* the folder is going */ }
        }
        resolve();
      };
      this.giveUp = () => settle('standalone');
      const poll = setInterval(() => {
        if (existsSync(lock) && pipes.some((p) => existsSync(p))) settle('server');
        else if (existsSync(noServer) || Date.now() - started > (this.opts.startMs ?? 60_000)) settle('standalone');
      }, 25);
      void exited?.then(() => settle('standalone'));
    });
  }

  /** Converts through the owner's LibreOffice (see `awaitReady`). */
  attach(): void {
    if (this.attachTo && instancePipes(this.profileUrl).length > 0) this.awaitReady();
  }

  /** Lays out a DOCX (bytes) as PDF; resolves to the PDF's path inside the session folder (removed by `release`). */
  async toPdf(docx: Uint8Array, name = 'document'): Promise<string> {
    if (this.closed) throw new Error('LibreOffice session closed');
    const base = `${++this.counter}-${name.replace(/[^A-Za-z0-9._-]+/g, '-')}`;
    const input = join(this.dir, `${base}.docx`);
    writeFileSync(input, docx);
    return new Promise<string>((resolve, reject) => {
      this.queue.push({ input, pdf: join(this.dir, `${base}.pdf`), resolve, reject });
      this.wake?.();
      if (!this.running) this.running = this.drain();
    });
  }

  /** Removes a PDF returned by `toPdf` and its input (a long `--watch` session would otherwise fill its folder). */
  release(pdf: string): void {
    rmSync(pdf, { force: true });
    rmSync(pdf.replace(/\.pdf$/, '.docx'), { force: true });
  }

  /**
   * Runs the waiting requests, in the order asked (of two under way, LibreOffice may serve either first). A running
   * LibreOffice takes one document per command, so each result comes back as soon as it is laid out and Node goes on
   * with it. Two commands are under way at once: LibreOffice's pipe serves one at a time, so the second starts (~0.1 s
   * of process start) while the first is laid out and is served the moment it ends, even when Node is busy rendering
   * then. A command that starts LibreOffice itself takes all that are waiting, alone.
   */
  private async drain(): Promise<void> {
    await this.ready;
    const underWay = new Set<Promise<void>>();
    while (this.queue.length > 0 || underWay.size > 0) {
      const server = this.serving();
      while (this.queue.length > 0 && underWay.size < (server ? SERVED_AT_ONCE : 1)) {
        const batch = this.queue.splice(0, server ? 1 : this.queue.length);
        // A command waits behind the ones under way: its time limit counts theirs too.
        const job: Promise<void> = this.convert(batch, underWay.size + 1).then(() => { underWay.delete(job); });
        underWay.add(job);
      }
      // Until a command ends, or a request comes that can start beside the running one.
      await Promise.race([...underWay, new Promise<void>((resolve) => { this.wake = resolve; })]);
      this.wake = undefined;
    }
    this.running = undefined;
  }

  /** Whether a running LibreOffice takes the commands: ours, or (attached) the owner's while it says it has one. */
  private serving(): boolean {
    return this.mode === 'server' && !(this.attachTo && existsSync(join(this.home, 'standalone')));
  }

  /** One `soffice --convert-to pdf` command for `batch`; settles each request, never throws. */
  private async convert(batch: Request[], turns: number): Promise<void> {
    try {
      if (!this.serving()) this.starts++;
      const args = ['--headless', '--norestore', '--nologo', `-env:UserInstallation=${this.profileUrl}`, '--convert-to', 'pdf', '--outdir', this.dir, ...batch.map((r) => r.input)];
      const { stdout, stderr } = await run(this.soffice, args, turns * (this.opts.timeoutMs ?? 120_000 + 30_000 * batch.length), this.env);
      // soffice exits 0 even when it could not load or convert a file: each PDF must exist.
      for (const r of batch) {
        if (existsSync(r.pdf)) r.resolve(r.pdf);
        else r.reject(new Error(`LibreOffice did not write ${r.pdf}\n${(stderr + stdout).trim()}`));
      }
    } catch (error) {
      for (const r of batch) r.reject(error as Error);
    }
  }

  private stopServer(signal: NodeJS.Signals = 'SIGTERM'): void {
    const server = this.server;
    if (!server?.pid) return;
    try {
      if (process.platform !== 'win32') process.kill(-server.pid, signal);
      else server.kill(signal);
    } catch { /* already gone */ }
  }

  /** Synchronous, for a signal handler: LibreOffice killed, its pipe file and our folder removed. */
  private kill(): void {
    this.stopServer('SIGKILL');
    this.removeFiles();
  }

  /** The watchdog is not needed once we have cleaned up ourselves. */
  private stopWatchdog(): void {
    try { this.watchdog?.kill('SIGKILL'); } catch { /* gone */ }
    this.watchdog = undefined;
  }

  private removeFiles(): void {
    this.stopWatchdog();
    // A killed LibreOffice leaves its pipe file behind; only our own profile's is removed.
    if (!this.attachTo) for (const p of instancePipes(this.profileUrl)) try { unlinkSync(p); } catch { /* not there */ }
    rmSync(this.dir, { recursive: true, force: true });
    this.untrack();
  }

  /** Waits for the conversions under way, stops the LibreOffice it started and removes its files. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.giveUp();
    await this.running?.catch(() => undefined);
    const server = this.server;
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
      this.stopServer('SIGTERM');
      const timer = setTimeout(() => this.stopServer('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    this.forgetInterrupt();
    process.off('exit', this.onExit);
    this.removeFiles();
  }
}

/**
 * The session a build uses: attached to the `build --all` worker's LibreOffice when the parent says so, else its own,
 * started now so that LibreOffice loads while the project is read.
 */
export function openLayoutSession(soffice: string, opts: LayoutOptions = {}): LayoutSession {
  const attach = (opts.env ?? process.env)[SESSION_ENV];
  if (!attach) return new LayoutSession(soffice, opts).start();
  const session = new LayoutSession(soffice, opts, attach);
  session.attach();
  return session;
}

export interface ConvertOptions { soffice: string; timeoutMs?: number }

/** One document → PDF in outDir (a session of its own, no server kept: tests and one-off checks); returns the PDF's path. */
export async function convertToPdf(inputPath: string, outDir: string, opts: ConvertOptions): Promise<string> {
  const input = resolve(inputPath);
  const pdf = join(resolve(outDir), `${basename(input, extname(input))}.pdf`);
  const session = new LayoutSession(opts.soffice, { timeoutMs: opts.timeoutMs });
  try {
    copyFileSync(await session.toPdf(readFileSync(input), basename(input, extname(input))), pdf);
    return pdf;
  } catch (err) {
    throw new Error(`PDF conversion of ${input} failed: ${(err as Error).message}`);
  } finally {
    await session.close();
  }
}

/**
 * A shell that outlives a SIGKILLed Node (nothing in Node runs then): once our process is gone it kills LibreOffice's
 * process group and removes the pipe file and our folder. It polls once a second; close() stops it.
 */
function watchOver(nodePid: number, serverPid: number, dir: string, pipes: string[]): ChildProcess | undefined {
  const script = 'n=$1 g=$2 d=$3; shift 3; while kill -0 "$n" 2>/dev/null; do sleep 1; done; kill -KILL -"$g" 2>/dev/null; rm -f "$@"; rm -rf "$d"';
  try {
    const dog = spawn('/bin/sh', ['-c', script, 'smartcity-watchdog', String(nodePid), String(serverPid), dir, ...pipes], { detached: true, stdio: 'ignore' });
    dog.on('error', () => undefined);
    dog.unref();
    return dog;
  } catch {
    return undefined;
  }
}
