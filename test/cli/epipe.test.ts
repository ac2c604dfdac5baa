import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../_helpers/project.js';

const dirs: string[] = [];
afterAll(async () => { await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))); });

describe('a reader that goes away (`smartcity build | head`)', () => {
  it('does not stop the build nor print a stack trace: every file is written, exit 0', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'smartcity-epipe-'));
    dirs.push(out);
    // No PATH: no LibreOffice. Both pipes are closed by the reader at once, as `| head -1` would.
    const child = spawn(process.execPath, [path.join(REPO, 'bin/smartcity.js'), 'build', 'examples/kotawaringin-timur', '-o', out], { cwd: REPO, env: {} });
    child.stdout.destroy();
    child.stderr.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    // The default set (four books and their 20 chapter files), the roadmap and the 2023 monitoring report.
    expect(readdirSync(out, { recursive: true }).filter((n) => String(n).endsWith('.docx') || String(n).endsWith('.xlsx'))).toHaveLength(27);
  });
});
