import { describe, expect, it } from 'vitest';
import type { DocTree } from '../../src/compose/tree.js';
import { Lane, renderPublication, WRITERS, type Rendered, type WriteEnv } from '../../src/render/writers.js';
import { fixtureTree } from './docx/fixture.js';

/** The fixture with an empty numbered table and a figure that has neither chart nor image appended to its body. */
function treeWithDroppedContent(): DocTree {
  const tree = fixtureTree();
  // The first body section (BAB I, arabic pages restarting).
  const body = tree.sections[2];
  body.blocks.push(
    { kind: 'table', id: 'tbl-kosong', number: '2.7', caption: [{ kind: 'text', text: 'Tabel tanpa baris' }], columns: [{ width: 1 }], head: [], body: [] },
    { kind: 'figure', id: 'fig-kosong', number: '2.3', caption: [{ kind: 'text', text: 'Gambar tanpa isi' }], altText: 'kosong' },
  );
  return tree;
}

/** What a build gives the writers: here without LibreOffice, with the given publications already rendered. */
const envWith = (done: Record<string, Rendered> = {}): WriteEnv => ({
  result: (name) => (done[name] ? Promise.resolve(done[name]) : undefined),
  bodyPages: async (name) => done[name]?.pages,
  tellBodyPages: () => undefined,
  pdfSources: new Set(),
  lane: new Lane(),
});

describe('the writer registry', () => {
  it('has one writer per format', () => {
    expect(Object.keys(WRITERS).sort()).toEqual(['docx', 'pdf', 'xlsx']);
  });

  it('content the DOCX writer cannot print becomes coded problems naming the file and the item (SC6011, SC6013)', async () => {
    const r = await renderPublication({ name: 'Buku-X.docx', writer: 'docx', tree: treeWithDroppedContent(), measure: false }, envWith());
    expect(r.bytes!.byteLength).toBeGreaterThan(1000);
    expect(r.problems.map((p) => [p.code, p.data.file, p.data.table ?? p.data.figure])).toEqual([
      ['SC6011', 'Buku-X.docx', 'Tabel 2.7'],
      ['SC6013', 'Buku-X.docx', 'Gambar 2.3'],
    ]);
  });

  it("a chapter file continues its book's measured page and does not repeat the book's problems", async () => {
    const tree = treeWithDroppedContent();
    const chapter: DocTree = { meta: tree.meta, sections: tree.sections.slice(2) };
    const book: Rendered = { bytes: new Uint8Array(), pages: new Map([['bab-1', '17']]), problems: [] };
    const r = await renderPublication({ name: 'BAB-I.docx', writer: 'docx', tree: chapter, measure: false, continues: { of: 'Buku-X.docx', headingId: 'bab-1' } }, envWith({ 'Buku-X.docx': book }));
    expect(r.problems).toEqual([]);
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(r.bytes!)).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:pgNumType [^>]*w:start="17"/);
  });

  it('a PDF without LibreOffice is a problem (SC6006), not a crash, and writes nothing', async () => {
    const r = await renderPublication({ name: 'Buku-X.pdf', writer: 'pdf', source: 'Buku-X.docx' }, envWith());
    expect(r.bytes).toBeUndefined();
    expect(r.problems.map((p) => [p.code, p.data.file])).toEqual([['SC6006', 'Buku-X.docx']]);
  });

  it("a PDF whose book's last layout already had the final numbers is that layout: no LibreOffice needed", async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 laid out once');
    const book: Rendered = { bytes: new Uint8Array([1]), pdf, problems: [] };
    const r = await renderPublication({ name: 'Buku-X.pdf', writer: 'pdf', source: 'Buku-X.docx' }, envWith({ 'Buku-X.docx': book }));
    expect(r.problems).toEqual([]);
    expect(new TextDecoder().decode(r.bytes)).toBe('%PDF-1.7 laid out once');
  });
});
