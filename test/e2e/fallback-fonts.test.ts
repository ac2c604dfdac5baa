/**
 * Emoji and symbols in names (issue 17): laid out by LibreOffice, a quick win named "Portal Layanan 📱 Warga" and a
 * program with ✓ and ★ come out drawn, not as empty boxes: the page checker's glyph rule finds a font embedded in
 * the PDF with an outline glyph for each. LibreOffice takes 📱 from Symbola (.ci/run installs fonts-symbola); a
 * machine without it, or with only Noto Color Emoji (which LibreOffice 7.4 leaves blank in a PDF), fails here.
 * Skipped without LibreOffice (and poppler).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDocx, layout } from '../../scripts/page-check.mjs';
import { run, type Io } from '../../src/cli/main.js';
import { findSoffice } from '../../src/render/libreoffice.js';
import { minimal, writeProject } from '../_helpers/project.js';

const soffice = findSoffice(process.env);
const poppler = spawnSync('pdftotext', ['-v']).status === 0 && spawnSync('pdffonts', ['-v']).status === 0;

describe.skipIf(!soffice || !poppler)('emoji and symbols in names (LibreOffice layout)', () => {
  let out = '';
  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('draws 📱, ✓ and ★ of the names in Buku III with a font that has them', async () => {
    const dir = await writeProject(await minimal({
      'quick-wins.yaml': [['name: Portal Layanan\n', 'name: "Portal Layanan 📱 Warga"\n']],
      'governance.yaml': [['name: Portal layanan terpadu', 'name: "Portal layanan ✓ terpadu ★"']],
    }));
    out = await mkdtemp(path.join(os.tmpdir(), 'smartcity-glyphs-'));
    const io: Io = { stdout: () => {}, stderr: () => {}, env: { ...process.env, SMARTCITY_SOFFICE: 'none' }, cwd: dir, isTTY: false };
    expect(await run(['build', dir, '-o', out, '--no-color'], io)).toBe(0);
    const book = path.join(out, (await readdir(out)).find((f) => f.startsWith('Buku-III-') && f.endsWith('.docx'))!);
    // The names are in the laid-out text (so the rule had them to check)...
    const words = layout(book, { soffice }).flatMap((p) => p.lines.flatMap((l) => l.words.map((w) => w.text)));
    expect(words).toEqual(expect.arrayContaining(['📱', '✓', '★']));
    // ...and no page has a character no embedded font can draw, nor any other defect.
    expect((await checkDocx(book, { soffice })).defects).toEqual([]);
  }, 300_000);
});
