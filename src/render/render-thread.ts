/**
 * A second thread for rendering, for builds without LibreOffice: on a machine with two cores Node renders on one, and
 * the other would stay idle. Chapter files and the workbook are sent here while the main thread renders the books.
 * (With LibreOffice the second core lays the books out, and this thread is not used.)
 *
 * A job's input is copied to the thread (structured clone: ~0.4 s for the chapters of 1,000 programs, against ~2 s
 * to render them), one job at a time, so no more than one copied tree is alive at once.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocTree } from '../compose/tree.js';
import type { Workbook } from '../compose/workbook-tree.js';
import type { RenderDocxOptions, Warning } from './docx/index.js';

export type RenderJob =
  | { id: number; kind: 'docx'; tree: DocTree; opts?: RenderDocxOptions }
  | { id: number; kind: 'xlsx'; workbook: Workbook };

export type RenderReply = { id: number; bytes: Uint8Array; warnings: Warning[] } | { id: number; error: string };

type Job = RenderJob extends infer J ? (J extends RenderJob ? Omit<J, 'id'> : never) : never;

/** The compiled worker: next to this module in dist/, or dist/'s when this module runs from src/ (the tests). */
function workerFile(): string | undefined {
  return [new URL('./render-worker.js', import.meta.url), new URL('../../dist/render/render-worker.js', import.meta.url)]
    .map((u) => fileURLToPath(u))
    .find((f) => existsSync(f));
}

export class RenderThread {
  private readonly worker: Worker;
  private readonly waiting: { job: RenderJob; resolve: (r: { bytes: Uint8Array; warnings: Warning[] }) => void; reject: (e: Error) => void }[] = [];
  private busy?: (typeof this.waiting)[number];
  private next = 1;

  private constructor(file: string) {
    this.worker = new Worker(file);
    this.worker.on('message', (reply: RenderReply) => {
      const done = this.busy;
      this.busy = undefined;
      if (done) {
        if ('error' in reply) done.reject(new Error(reply.error));
        else done.resolve({ bytes: reply.bytes, warnings: reply.warnings });
      }
      this.pump();
    });
    this.worker.on('error', (error) => {
      for (const w of [...(this.busy ? [this.busy] : []), ...this.waiting.splice(0)]) w.reject(error);
      this.busy = undefined;
    });
  }

  /** A thread, when the compiled worker is there. */
  static open(): RenderThread | undefined {
    const file = workerFile();
    return file ? new RenderThread(file) : undefined;
  }

  render(job: Job): Promise<{ bytes: Uint8Array; warnings: Warning[] }> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ job: { ...job, id: this.next++ } as RenderJob, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.busy || this.waiting.length === 0) return;
    this.busy = this.waiting.shift()!;
    this.worker.postMessage(this.busy.job);
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
