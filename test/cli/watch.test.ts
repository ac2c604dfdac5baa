import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
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

    expect(await next()).toMatchObject({ ok: true, files: 26 });
    const dist = path.join(dir, 'dist');
    // A book of the default set (four books, their 20 chapter files and the roadmap: 25 files).
    const book = readdirSync(dist).find((f) => f.startsWith('Buku-II-') && f.endsWith('.docx'))!;
    const first = statSync(path.join(dist, book)).mtimeMs;

    // Several quick edits: one rebuild.
    const file = path.join(dir, 'governance.yaml');
    const good = readFileSync(file, 'utf8');
    await new Promise((r) => setTimeout(r, 200)); // let the watcher settle
    writeFileSync(file, good.replace('Portal layanan terpadu', 'Portal layanan terpadu baru'));
    writeFileSync(file, good.replace('Portal layanan terpadu', 'Portal layanan terpadu versi dua'));
    expect(await next()).toMatchObject({ ok: true, files: 26 });
    const second = statSync(path.join(dist, book)).mtimeMs;
    expect(second).toBeGreaterThan(first);

    // Invalid data: a one-line failure, problems on stderr, the previous outputs untouched.
    writeFileSync(file, good.replace('lead: diskominfo', 'lead: nobody'));
    expect(await next()).toMatchObject({ ok: false });
    expect(statSync(path.join(dist, book)).mtimeMs).toBe(second);
    expect(out.stderr).toMatch(/governance\.yaml:\d+:\d+ +kesalahan/);

    controller.abort();
    expect(await done).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\] ✔ 26 berkas ditulis \((?:\d+ ms|\d+,\d detik)\)/);
    expect(lines[2]).toMatch(/✘ 1 kesalahan; keluaran terakhir yang baik dipertahankan/);
  });

  it('keeps watching a file an editor saves by rename (write a copy, rename it over the file), and a new subfolder', async () => {
    const dir = path.join(await tempDir('smartcity-watch-'), 'contoh');
    await cp(MINIMAL, dir, { recursive: true });
    const { io } = fakeIo();
    const controller = new AbortController();
    const { onBuild, next } = outcomes();
    const done = watchCommand(dir, { signal: controller.signal, onBuild, debounce: 100 }, { locale: 'id', color: false, quiet: true }, io);
    expect(await next()).toMatchObject({ ok: true });

    const file = path.join(dir, 'governance.yaml');
    const good = readFileSync(file, 'utf8');
    await new Promise((r) => setTimeout(r, 200));
    // Three saves in a row, each by rename, each seen: invalid, valid, invalid.
    const save = (text: string) => {
      writeFileSync(path.join(dir, '.governance.yaml.tmp'), text);
      renameSync(path.join(dir, '.governance.yaml.tmp'), file);
    };
    save(good.replace('lead: diskominfo', 'lead: nobody'));
    expect(await next()).toMatchObject({ ok: false });
    save(good);
    expect(await next()).toMatchObject({ ok: true });
    save(good.replace('lead: diskominfo', 'lead: nobody'));
    expect(await next()).toMatchObject({ ok: false });
    save(good);
    expect(await next()).toMatchObject({ ok: true });

    // A folder made after the start, and a file saved by rename inside it.
    mkdirSync(path.join(dir, 'dimensi'));
    await new Promise((r) => setTimeout(r, 200));
    writeFileSync(path.join(dir, 'dimensi', '.x.tmp'), 'apiVersion: smartcity/v1\nkind: Bogus\n');
    renameSync(path.join(dir, 'dimensi', '.x.tmp'), path.join(dir, 'dimensi', 'salah.yaml'));
    expect(await next()).toMatchObject({ ok: false });

    controller.abort();
    expect(await done).toBe(0);
  });
});
