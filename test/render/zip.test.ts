import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { normalizePackage } from '../../src/render/deterministic.js';
import { readZip, writeZip, type Parts } from '../../src/render/zip.js';

// Plain strings and bytes only (a Parts value may also be a list of pieces), so each compares as one buffer.
const parts = (): Map<string, string | Uint8Array> & Parts => new Map<string, string | Uint8Array>([
  ['[Content_Types].xml', '<?xml version="1.0"?><Types/>'],
  ['word/document.xml', `<w:document>${'Rencana Program — Rp\u00A05.000 '.repeat(2000)}</w:document>`],
  ['word/media/ikon.bin', new Uint8Array([0, 1, 2, 255, 254, 0])],
  ['docs/Gambar Peta – Sampit.xml', '<a/>'],
  ['empty.txt', ''],
]);

describe('zip', () => {
  it('writes an archive other readers open: JSZip and unzip -t agree on every part, date and order', async () => {
    const bytes = writeZip(parts(), '2023-02-01');
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual([...parts().keys()]);
    for (const [name, data] of parts()) {
      const got = await zip.file(name)!.async('uint8array');
      expect(Buffer.from(got)).toEqual(typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data));
    }
    // DOS dates are local time: JSZip reads them into a local Date.
    const date = zip.file('word/document.xml')!.date;
    expect([date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes()]).toEqual([2023, 2, 1, 0, 0]);
    const dir = mkdtempSync(path.join(tmpdir(), 'smartcity-zip-'));
    writeFileSync(path.join(dir, 'a.zip'), bytes);
    let unzip: string | undefined;
    try { unzip = execFileSync('unzip', ['-t', path.join(dir, 'a.zip')], { encoding: 'utf8' }); } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    if (unzip !== undefined) expect(unzip).toContain('No errors detected');
  });

  it('reads back what it wrote, and what JSZip wrote, stored or deflated', async () => {
    const back = readZip(writeZip(parts(), '2023-02-01'));
    expect([...back.keys()]).toEqual([...parts().keys()]);
    for (const [name, data] of parts()) expect(Buffer.from(back.get(name)!)).toEqual(typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data));
    for (const compression of ['STORE', 'DEFLATE'] as const) {
      const zip = new JSZip();
      zip.folder('word');
      for (const [name, data] of parts()) zip.file(name, data);
      const read = readZip(await zip.generateAsync({ type: 'uint8array', compression }));
      expect([...read.keys()]).toEqual([...parts().keys()]); // the folder entry is left out
      expect(Buffer.from(read.get('word/document.xml')!).toString('utf8')).toBe(parts().get('word/document.xml'));
    }
  });

  it('a part given in pieces (over several 1 MB groups, multi-byte text) is one valid entry equal to the pieces joined', async () => {
    const pieces = Array.from({ length: 3000 }, (_, i) => `<w:p>${i} Rp\u00A0${'é—'.repeat(i % 300)}</w:p>`);
    pieces.push('x'.repeat(2_500_000), '<end/>');
    const joined = pieces.join('') + '<w:tbl>•→</w:tbl>';
    const bytes = writeZip(new Map([['word/document.xml', [...pieces, Buffer.from('<w:tbl>•→</w:tbl>')]]]), '2023-02-01');
    expect(await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')).toBe(joined);
    expect(Buffer.from(readZip(bytes).get('word/document.xml')!).toString('utf8')).toBe(joined);
    const dir = mkdtempSync(path.join(tmpdir(), 'smartcity-zip-'));
    writeFileSync(path.join(dir, 'b.zip'), bytes);
    try { expect(execFileSync('unzip', ['-t', path.join(dir, 'b.zip')], { encoding: 'utf8' })).toContain('No errors detected'); } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  });

  it('refuses what is not a ZIP archive with a message, not a crash', () => {
    expect(() => readZip(new Uint8Array([1, 2, 3]))).toThrow(/not a ZIP archive/);
    expect(() => readZip(new TextEncoder().encode('PK\u0005\u0006 but nothing else at all...'))).toThrow(/not a ZIP archive/);
  });

  it('a document dated past 2107, the last year a ZIP entry can carry, still zips (entries dated 2107)', async () => {
    const zip = await JSZip.loadAsync(writeZip(parts(), '2200-12-29'));
    expect(zip.file('word/document.xml')!.date.getFullYear()).toBe(2107);
    expect(await zip.file('word/document.xml')!.async('string')).toBe(parts().get('word/document.xml'));
  });

  it('the same parts and date give the same bytes; another date gives other bytes', () => {
    expect(Buffer.from(writeZip(parts(), '2023-02-01'))).toEqual(Buffer.from(writeZip(parts(), '2023-02-01')));
    expect(Buffer.from(writeZip(parts(), '2023-02-01'))).not.toEqual(Buffer.from(writeZip(parts(), '2023-02-02')));
  });

  it('normalizePackage stamps the core properties and nested packages with the document date', async () => {
    const inner = writeZip(new Map([['docProps/core.xml', '<dcterms:created xsi:type="x">2020-01-01T10:11:12Z</dcterms:created>']]), '2020-01-01');
    const outer = new JSZip();
    outer.file('docProps/core.xml', '<cp:coreProperties><dcterms:created>2020-01-01T10:11:12Z</dcterms:created><dcterms:modified>2021-05-05T00:00:01Z</dcterms:modified></cp:coreProperties>');
    outer.file('[Content_Types].xml', '<Types/>');
    outer.file('word/embeddings/Book1.xlsx', inner);
    const out = readZip(normalizePackage(await outer.generateAsync({ type: 'uint8array' }), '2023-02-01'));
    expect([...out.keys()][0]).toBe('[Content_Types].xml');
    const core = Buffer.from(out.get('docProps/core.xml')!).toString('utf8');
    expect(core).toContain('<dcterms:created>2023-02-01T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified>2023-02-01T00:00:00Z</dcterms:modified>');
    const nested = readZip(out.get('word/embeddings/Book1.xlsx')!);
    expect(Buffer.from(nested.get('docProps/core.xml')!).toString('utf8')).toContain('2023-02-01T00:00:00Z');
  });
});
