/**
 * The second rendering thread (see render-thread.ts): renders the DOCX and XLSX jobs it is sent, one at a time,
 * and sends the bytes back (transferred, not copied).
 */
import { parentPort } from 'node:worker_threads';
import type { RenderJob, RenderReply } from './render-thread.js';
import { renderDocx } from './docx/index.js';
import { renderXlsx } from './xlsx/index.js';

parentPort!.on('message', async (job: RenderJob) => {
  try {
    const out = job.kind === 'docx' ? await renderDocx(job.tree, job.opts) : { bytes: await renderXlsx(job.workbook), warnings: [] };
    const reply: RenderReply = { id: job.id, bytes: out.bytes, warnings: out.warnings };
    parentPort!.postMessage(reply, [out.bytes.buffer as ArrayBuffer]);
  } catch (error) {
    const reply: RenderReply = { id: job.id, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) };
    parentPort!.postMessage(reply);
  }
});
