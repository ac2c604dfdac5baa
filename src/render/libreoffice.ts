/**
 * Finding and running LibreOffice headless: the layout oracle for TOC page numbers (docx/page-oracle.ts)
 * and the DOCX → PDF step of `build --pdf`, through layout-session.ts.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { onInterrupt } from './write.js';
import { basename, delimiter, join } from 'node:path';

const CANDIDATES = ['soffice', 'libreoffice'];
// Installs that do not put soffice on PATH (macOS app bundle, Windows default).
const WELL_KNOWN = ['/Applications/LibreOffice.app/Contents/MacOS/soffice', 'C:\\Program Files\\LibreOffice\\program\\soffice.exe'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * SMARTCITY_SOFFICE if set (taken as given, so a wrong path is reported, not silently skipped; `none`
 * switches LibreOffice off, e.g. for a fast CI job), else soffice/libreoffice on PATH.
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.SMARTCITY_SOFFICE === 'none') return undefined;
  if (env.SMARTCITY_SOFFICE) return env.SMARTCITY_SOFFICE;
  const exts = process.platform === 'win32' ? ['.exe', '.com', ''] : [''];
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of CANDIDATES) {
      for (const ext of exts) {
        const p = join(dir, name + ext);
        if (executable(p)) return p;
      }
    }
  }
  return WELL_KNOWN.find(executable);
}

export interface RunResult { stdout: string; stderr: string }

/**
 * Runs a program without a shell. On timeout the whole process group is killed: /usr/bin/soffice is a
 * wrapper script whose soffice.bin child would otherwise survive and keep the profile locked.
 */
export function run(file: string, args: string[], timeoutMs: number, env?: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const group = process.platform !== 'win32';
    const child = spawn(file, args, { shell: false, detached: group, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true, ...(env ? { env } : {}) });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    // In its own process group, soffice does not get the terminal's Ctrl+C: stop it when we are interrupted.
    const forget = onInterrupt(() => {
      if (group && child.pid) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    });
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (group && child.pid) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch { /* already gone */ }
    }, timeoutMs);
    child.on('error', (err) => { clearTimeout(timer); forget(); reject(new Error(`cannot run ${file}: ${err.message}`)); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      forget();
      if (timedOut) reject(new Error(`${basename(file)} timed out after ${timeoutMs / 1000} s\n${stderr.trim()}`));
      else if (code !== 0) reject(new Error(`${basename(file)} failed (${signal ?? `exit ${code}`})\n${stderr.trim()}`));
      else resolvePromise({ stdout, stderr });
    });
  });
}
