import { writeFileSync, mkdirSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import { fixtureTree } from './fixture.js';

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file('word/document.xml')!.async('string');
}

describe('renderDocx', () => {
  it('writes a Word book with styles, TOC, repeated headers and sections', async () => {
    const { bytes, warnings } = await renderDocx(fixtureTree(), {});
    if (process.env.DOCX_OUT) { mkdirSync(process.env.DOCX_OUT, { recursive: true }); writeFileSync(`${process.env.DOCX_OUT}/fixture.docx`, bytes); }
    const xml = await documentXml(bytes);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    // No TOC field: LibreOffice would print its stored entries rather than compute their PAGEREF fields.
    expect(xml).not.toMatch(/<w:instrText[^>]*>TOC /);
    expect(xml).not.toMatch(/w:dirty="true"/);
    // Every entry links to its bookmark; an arabic page is a PAGEREF field to the same bookmark with its number stored.
    expect(xml).toMatch(/w:anchor="(_Ref_bab_1_\w+)"><w:r><w:t[^>]*>BAB I PENDAHULUAN<\/w:t><\/w:r><w:r><w:tab\/><\/w:r><w:fldSimple w:instr=" PAGEREF \1 \\h "><w:r><w:t[^>]*>\d+<\/w:t>/);
    expect(xml).toMatch(/w:anchor="(_Ref_tbl_1_\w+)"><w:r><w:t[^>]*>Tabel 1\.1 Daftar Program Prioritas<\/w:t><\/w:r><w:r><w:tab\/><\/w:r><w:fldSimple w:instr=" PAGEREF \1 \\h "><w:r><w:t[^>]*>\d+<\/w:t>/);
    // A roman page is text: LibreOffice shows a PAGEREF in arabic whatever the page's numbering.
    expect(xml).toMatch(/KATA PENGANTAR<\/w:t><\/w:r><w:r><w:tab\/><\/w:r><w:r><w:t[^>]*>i<\/w:t><\/w:r><\/w:hyperlink>/);
    expect(xml).toMatch(/1\.1 Latar Belakang<\/w:t>/);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toMatch(/<w:pgNumType w:start="1" w:fmt="lowerRoman"\/>|<w:pgNumType w:fmt="lowerRoman" w:start="1"\/>/);
    expect(xml).toMatch(/<w:pgNumType w:start="1" w:fmt="decimal"\/>|<w:pgNumType w:fmt="decimal" w:start="1"\/>/);
    // The emoji in a run of its own, in a font that has it (fallback-fonts.ts).
    expect(xml).toContain('R&amp;D &lt;5% dari total, disebut &quot;kutip&quot; dan {{x}} </w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Segoe UI Emoji" w:cs="Segoe UI Emoji" w:eastAsia="Segoe UI Emoji" w:hAnsi="Segoe UI Emoji"/></w:rPr><w:t xml:space="preserve">😀</w:t>');
    expect(xml).not.toContain('&amp;amp;');
    expect(xml).toContain('>BAB I<');
    expect(warnings.map((w) => w.kind)).not.toContain('docx-chart-failed');
    expect(await (await JSZip.loadAsync(bytes)).file('word/charts/chart1.xml')?.async('string')).toContain('<c:barChart>');
    const styles = await (await JSZip.loadAsync(bytes)).file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/w:styleId="Heading1".*?<w:outlineLvl w:val="0"\/>/s);
    expect(styles).toContain('w:styleId="TOC1"');
    // Every style a style is based on is in the document (Word's "Default Paragraph Font" included).
    const ids = new Set([...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]));
    const bases = [...styles.matchAll(/<w:basedOn w:val="([^"]+)"/g)].map((m) => m[1]);
    expect(bases).toContain('DefaultParagraphFont');
    expect(bases.filter((b) => !ids.has(b))).toEqual([]);
    expect(styles).toContain('w:val="id-ID"');
    const settings = await (await JSZip.loadAsync(bytes)).file('word/settings.xml')!.async('string');
    expect(settings).not.toContain('updateFields');
  });

  it('chartPictures: a chart is a picture of it in the same room, which LibreOffice lays out faster than a native chart', async () => {
    // The fixture's column chart on a portrait A4 page (text width 11906 - 1701 - 1417 = 8788 twips): 585 px wide
    // (8788 / 15, floored), half as high, 293 px; 9525 EMU per pixel.
    const extent = '<wp:extent cx="5572125" cy="2790825"/>';
    const chart = await JSZip.loadAsync((await renderDocx(fixtureTree(), {})).bytes);
    const picture = await JSZip.loadAsync((await renderDocx(fixtureTree(), { chartPictures: true })).bytes);
    expect(await chart.file('word/document.xml')!.async('string')).toContain(extent);
    expect(await picture.file('word/document.xml')!.async('string')).toContain(extent);
    expect(Object.keys(chart.files).filter((f) => f.startsWith('word/charts/'))).not.toEqual([]);
    expect(Object.keys(picture.files).filter((f) => f.startsWith('word/charts/'))).toEqual([]);
    // The SVG and its fallback, both the drawing (LibreOffice 7.4 draws the fallback): its category and its value.
    const media = Object.keys(picture.files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    for (const f of media) {
      const svg = await picture.file(f)!.async('string');
      expect(svg).toMatch(/^<svg [^>]*width="585" height="293"/);
      expect(svg).toContain('>A</text>');
      expect(svg).toContain('>1</text>');
    }
  });

  it('chartPictures: a chart docx refuses is left out of the layout too, with the same warning', async () => {
    const tree = fixtureTree();
    for (const s of tree.sections) s.blocks = s.blocks.map((b) => (b.kind === 'figure' && b.chart ? { ...b, chart: { ...b.chart, series: [] } } : b));
    const native = await renderDocx(tree, {});
    const picture = await renderDocx(tree, { chartPictures: true });
    expect(native.warnings.filter((w) => w.kind === 'docx-chart-failed')).toHaveLength(1);
    expect(picture.warnings.filter((w) => w.kind === 'docx-chart-failed')).toEqual(native.warnings.filter((w) => w.kind === 'docx-chart-failed'));
    const zip = await JSZip.loadAsync(picture.bytes);
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).toEqual([]);
  });

  it('a Daftar Isi entry sets an emoji of its heading in the emoji font, as the heading does', async () => {
    const tree = fixtureTree();
    const body = tree.sections.find((s) => s.blocks.some((b) => b.kind === 'heading' && b.id === 'h-1-1'))!;
    body.blocks = body.blocks.map((b) => (b.kind === 'heading' && b.id === 'h-1-1' ? { ...b, content: [{ kind: 'text', text: 'Portal 📱 Warga' }] } : b));
    const xml = await documentXml((await renderDocx(tree, {})).bytes);
    const entry = /<w:hyperlink w:history="1" w:anchor="_Ref_h_1_1_\w+">(.*?)<\/w:hyperlink>/.exec(xml)?.[1] ?? '';
    expect(entry).toMatch(/<w:t[^>]*>1\.1 Portal <\/w:t><\/w:r><w:r><w:rPr><w:rFonts w:ascii="Segoe UI Emoji" w:cs="Segoe UI Emoji" w:eastAsia="Segoe UI Emoji" w:hAnsi="Segoe UI Emoji"\/><\/w:rPr><w:t[^>]*>📱<\/w:t>/);
  });

  it('a short list right before a table keeps its items with it; one before a heading does not', async () => {
    const tree = fixtureTree();
    const body = tree.sections.find((s) => s.blocks.some((b) => b.kind === 'table' && b.id === 'tbl-1'))!;
    // The fixture: list "Tujuan …" then list "Butir …" then heading 1.2.1 then Tabel 1.1. Drop the heading.
    body.blocks = body.blocks.filter((b) => !(b.kind === 'heading' && b.id === 'h-1-2-1'));
    const xml = await documentXml((await renderDocx(tree, {})).bytes);
    const item = (text: string) => new RegExp(`<w:p><w:pPr>((?:(?!</w:pPr>).)*)</w:pPr>(?:(?!</w:p>).)*>${text}</w:t>`).exec(xml)?.[1] ?? '';
    expect(item('Butir satu\\.')).toContain('<w:keepNext/>');
    expect(item('Butir dua\\.')).toContain('<w:keepNext/>');
    expect(item('Tujuan kedua\\.')).not.toContain('<w:keepNext/>');
  });

  it('a sentence introducing a table keeps with it only while the two take at most 40 % of a page', async () => {
    const cell = (text: string) => ({ content: [{ kind: 'text' as const, text }] });
    const table = (id: string, rows: number, text: string) => ({
      kind: 'table' as const, id, number: id, caption: [{ kind: 'text' as const, text: `Tabel ${id}` }], columns: [{ width: 1 }, { width: 3 }],
      head: [[cell('No'), cell('Uraian')]], body: Array.from({ length: rows }, (_, i) => [cell(String(i + 1)), cell(text)]),
    });
    const tree = fixtureTree();
    const body = tree.sections.find((s) => s.blocks.some((b) => b.kind === 'table' && b.id === 'tbl-1'))!;
    // At 11 pt a 3/4-wide column of the portrait page (~6,600 twips) holds ~53 characters a line (table-keep.ts), so
    // 130 characters are 3 lines, 3,35 with the row's margins; the page holds floor(14,003 / 264) = 53 table lines,
    // 40 % of it 21. Six such rows (20,1 lines) move whole: with the header (1,35), the caption (~490 twips) and the
    // one-line sentence (~500 twips) that is 21,45 × 264 + 990 = ~6,650 twips, over 40 % of 14,003 (5,601): the
    // sentence stays. Four rows: 14,75 × 264 + 990 = ~4,880: it keeps. Twelve: split, only the first row holds.
    const text = 'Penyusunan regulasi, integrasi layanan dan pelatihan aparatur pada setiap perangkat daerah penanggung jawab program Smart City ini';
    expect(text.length).toBe(130);
    body.blocks.push(
      { kind: 'paragraph', content: [{ kind: 'text', text: 'Pengantar tabel kecil.' }] }, table('9.1', 3, 'Singkat'),
      { kind: 'paragraph', content: [{ kind: 'text', text: 'Pengantar tabel empat.' }] }, table('9.2', 4, text),
      { kind: 'paragraph', content: [{ kind: 'text', text: 'Pengantar tabel besar.' }] }, table('9.3', 12, text),
      { kind: 'paragraph', content: [{ kind: 'text', text: 'Pengantar tabel utuh.' }] }, table('9.4', 6, text),
    );
    const xml = await documentXml((await renderDocx(tree, {})).bytes);
    const pPr = (text: string) => new RegExp(`<w:p><w:pPr>((?:(?!</w:pPr>).)*)</w:pPr>(?:(?!</w:p>).)*>${text}</w:t>`).exec(xml)?.[1];
    expect(pPr('Pengantar tabel kecil\\.')).toContain('<w:keepNext/>');
    expect(pPr('Pengantar tabel empat\\.')).toContain('<w:keepNext/>');
    expect(pPr('Pengantar tabel besar\\.')).toContain('<w:keepNext/>');
    expect(pPr('Pengantar tabel utuh\\.')).toBeDefined();
    expect(pPr('Pengantar tabel utuh\\.')).not.toContain('<w:keepNext/>');
  });

  it('a page break is a 1 pt paragraph that starts a page, never a break inside a paragraph (no blank page after a full one)', async () => {
    const tree = fixtureTree();
    tree.sections[2].blocks.splice(1, 0, { kind: 'pageBreak' }, { kind: 'paragraph', content: [{ kind: 'text', text: 'Sesudah pemisah halaman.' }] });
    const xml = await documentXml((await renderDocx(tree, {})).bytes);
    expect(xml).not.toContain('<w:br w:type="page"/>');
    expect(xml).toMatch(/<w:p><w:pPr><w:pageBreakBefore\/><w:spacing w:after="0" w:before="0" w:line="20" w:lineRule="exact"\/><\/w:pPr><\/w:p><w:p>(?:(?!<\/w:p>).)*Sesudah pemisah halaman\./);
  });

  it('is byte-identical across renders', async () => {
    const a = await renderDocx(fixtureTree(), {});
    const b = await renderDocx(fixtureTree(), {});
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it('uses the given pages in the TOC', async () => {
    const { bytes } = await renderDocx(fixtureTree(), { tocPages: new Map([['bab-1', '77'], ['kata-pengantar', 'xii']]) });
    const xml = await documentXml(bytes);
    expect(xml).toMatch(/BAB I PENDAHULUAN<\/w:t><\/w:r><w:r><w:tab\/><\/w:r><w:fldSimple w:instr=" PAGEREF _Ref_bab_1_\w+ \\h "><w:r><w:t[^>]*>77<\/w:t>/);
    expect(xml).toMatch(/KATA PENGANTAR<\/w:t><\/w:r><w:r><w:tab\/><\/w:r><w:r><w:t[^>]*>xii<\/w:t>/);
  });
});
