import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchCommand } from '../../src/cli/watch.js';
import { fakeIo, REPO, tempDir } from './init-io.js';

const MINIMAL = path.join(REPO, 'test/_fixtures/minimal');

type Outcome = { ok: boolean; files: number };

/** The build outcomes reported by watchCommand, awaited one at a time. */
function outcomes() {
  const queue: Outcome[] = [];
  const waiters: ((o: Outcome) => void)[] = [];
  const onBuild = (o: Outcome) => {
    const w = waiters.shift();
    if (w) w(o);
    else queue.push(o);
  };
  const next = () => new Promise<Outcome>((resolve) => {
    const q = queue.shift();
    if (q) resolve(q);
    else waiters.push(resolve);
  });
  return { onBuild, next };
}

describe('smartcity build --watch', () => {
  it('builds, rebuilds on change (debounced), keeps the last good outputs when the data turns invalid, stops on abort', async () => {
    const dir = path.join(await tempDir('smartcity-watch-'), 'contoh');
    await cp(MINIMAL, dir, { recursive: true });
    const { io, out } = fakeIo();
    const controller = new AbortController();
    const { onBuild, next } = outcomes();
    const done = watchCommand(dir, { signal: controller.signal, onBuild, debounce: 100 }, { locale: 'id', color: false, quiet: false }, io);

    expect(await next()).toMatchObject({ ok: true, files: 12 });
    const dist = path.join(dir, 'dist');
    const book = readdirSync(dist).find((f) => f.startsWith('Masterplan-'))!;
    const first = statSync(path.join(dist, book)).mtimeMs;

    // Several quick edits: one rebuild.
    const file = path.join(dir, 'governance.yaml');
    const good = readFileSync(file, 'utf8');
    await new Promise((r) => setTimeout(r, 200)); // let the watcher settle
    writeFileSync(file, good.replace('Portal layanan terpadu', 'Portal layanan terpadu baru'));
    writeFileSync(file, good.replace('Portal layanan terpadu', 'Portal layanan terpadu versi dua'));
    expect(await next()).toMatchObject({ ok: true, files: 12 });
    const second = statSync(path.join(dist, book)).mtimeMs;
    expect(second).toBeGreaterThan(first);

    // Invalid data: a one-line failure, problems on stderr, the previous outputs untouched.
    writeFileSync(file, good.replace('lead: diskominfo', 'lead: nobody'));
    expect(await next()).toMatchObject({ ok: false });
    expect(statSync(path.join(dist, book)).mtimeMs).toBe(second);
    expect(out.stderr).toMatch(/governance\.yaml:\d+:\d+ +galat/);

    controller.abort();
    expect(await done).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\] ✔ 12 berkas ditulis \(\d+ ms\)/);
    expect(lines[2]).toMatch(/✘ 1 galat; keluaran terakhir yang baik dipertahankan/);
  });
});
