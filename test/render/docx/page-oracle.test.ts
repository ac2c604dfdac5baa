import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import { isListPage, matchEntries, measurePages, readPdfPages, splitPdfText } from '../../../src/render/docx/page-oracle.js';
import { findSoffice } from '../../../src/render/libreoffice.js';
import { convertToPdf } from '../../../src/render/layout-session.js';
import { fixtureTree } from './fixture.js';

const soffice = findSoffice(process.env);

describe('page text matching (no LibreOffice)', () => {
  const text = [
    'Header\n\n   KATA PENGANTAR\nBody text.\n\n        i\n',
    'Header\n   DAFTAR ISI\nKATA PENGANTAR..........i\nBAB I PENDAHULUAN..........1\n1.1 Latar Belakang..........1\n\n   ii\n',
    'Header\n            BAB I\n        PENDAHULUAN\n1.1   Latar Belakang\nsee Tabel 1.1.\n\n   1\n',
    'Header\n  Tabel 1.1 Daftar Program\n   No   Program\n\n   2\n',
    'Header\n BAB II\n GAMBARAN UMUM\n\n 3\n',
    '',
  ].join('\f');
  const entries = [
    { id: 'kp', text: 'KATA PENGANTAR' },
    { id: 'b1', text: 'BAB I PENDAHULUAN' },
    { id: 'h11', text: '1.1 Latar Belakang' },
    { id: 't11', text: 'Tabel 1.1 Daftar Program' },
    { id: 'b2', text: 'BAB II GAMBARAN UMUM' },
    { id: 'gone', text: 'BAB III TIDAK ADA' },
  ];

  it('splits on form feeds and reads the footer number', () => {
    const pages = splitPdfText(text);
    expect(pages.map((p) => p.number)).toEqual(['i', 'ii', '1', '2', '3']);
    expect(pages.map(isListPage)).toEqual([false, true, false, false, false]);
  });

  it('finds entries in order, skips list pages, joins wrapped headings', () => {
    const { pages, missing } = matchEntries(entries, splitPdfText(text));
    expect(Object.fromEntries(pages)).toEqual({ kp: 'i', b1: '1', h11: '1', t11: '2', b2: '3' });
    expect(missing).toEqual(['gone']);
  });

  it('does not go back to a page before the previous entry', () => {
    const { pages } = matchEntries([{ id: 'b2', text: 'BAB II GAMBARAN UMUM' }, { id: 'kp', text: 'KATA PENGANTAR' }], splitPdfText(text));
    expect(pages.get('kp')).toBeUndefined();
  });
});

describe.skipIf(!soffice)('measurePages with LibreOffice', () => {
  it('measures the fixture and the re-rendered TOC shows the measured pages', async () => {
    const tree = fixtureTree();
    const t0 = Date.now();
    const m = await measurePages(tree, { soffice: soffice! });
    console.log(`measurePages: ${((Date.now() - t0) / 1000).toFixed(1)} s, ${m.pdfPages} pdf pages`, Object.fromEntries(m.pages));
    expect(m.missing).toEqual([]);
    expect(m.pages.get('bab-1')).toBe('1');
    expect(m.pages.get('kata-pengantar')).toMatch(/^[ivx]+$/);
    expect(Number(m.pages.get('bab-2'))).toBeGreaterThan(1);

    const dir = mkdtempSync(join(tmpdir(), 'smartcity-oracle-test-'));
    try {
      const { bytes } = await renderDocx(tree, { tocPages: m.pages });
      writeFileSync(join(dir, 'book.docx'), bytes);
      const pdf = await readPdfPages(await convertToPdf(join(dir, 'book.docx'), dir, { soffice: soffice! }));
      const tocLines = pdf.filter(isListPage).flatMap((p) => p.lines);
      const tocLine = (text: string) => tocLines.find((l) => l.startsWith(text));
      expect(tocLine('BAB II GAMBARAN UMUM')).toMatch(new RegExp(`\\.\\s*${m.pages.get('bab-2')}$`));
      expect(tocLine('KATA PENGANTAR')).toMatch(new RegExp(`\\.\\s*${m.pages.get('kata-pengantar')}$`));
      expect(tocLine('Tabel 2.1 Peta Jalan Dimensi Tata Kelola')).toMatch(new RegExp(`\\.\\s*${m.pages.get('tbl-2')}$`));
      // and the page that shows BAB II really carries that number in its footer
      expect(pdf.find((p) => !isListPage(p) && p.lines.includes('GAMBARAN UMUM'))?.number).toBe(m.pages.get('bab-2'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with a clear message for a missing input', async () => {
    await expect(convertToPdf('/nonexistent/x.docx', tmpdir(), { soffice: soffice!, timeoutMs: 60_000 })).rejects.toThrow(/PDF conversion of .*x\.docx failed/);
  });
});
