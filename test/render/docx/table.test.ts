// A table steps its font down until every column's longest number fits, and warns only when 8 pt cannot (issue 17).
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Cell, DocTree, Table } from '../../../src/compose/tree.js';
import { renderDocx } from '../../../src/render/docx/index.js';

const amount: Cell = { content: [{ kind: 'text', text: '1.200.000.000' }] };

/** A portrait A4 page (text width 210 − 30 − 25 mm = 11906 − 1701 − 1417 = 8788 twips) holding one table of `columns` amounts. */
function tree(columns: number): DocTree {
  const table: Table = {
    kind: 'table', id: 'tbl-x', number: '1.1', caption: [{ kind: 'text', text: 'Anggaran' }],
    columns: Array.from({ length: columns }, () => ({ width: 1, align: 'right' as const })), head: [], body: [Array.from({ length: columns }, () => amount)],
  };
  return {
    meta: { title: 'T', subject: 'S', author: 'A', date: '2023-10-16', language: 'id-ID', style: { font: 'Arial', fontSize: 11, paper: 'A4' }, labels: { page: 'Halaman', table: 'Tabel', figure: 'Gambar', chapter: 'BAB' } },
    sections: [{ kind: 'section', orientation: 'portrait', pageNumbers: 'arabic', restart: true, blocks: [table] }],
  };
}

async function cellStyle(columns: number): Promise<{ style: string | undefined; warnings: string[] }> {
  const { bytes, warnings } = await renderDocx(tree(columns), {});
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return { style: /<w:tc>[\s\S]*?<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1], warnings: warnings.filter((w) => w.kind === 'docx-table-too-wide').map((w) => w.subject) };
}

// "1.200.000.000" is 10 × 556 + 3 × 278 = 6394 / 1000 em; with margins and slack (220 twips) a column needs
// 11 pt: 1407 + 220 = 1627; 9 pt: 1151 + 220 = 1371; 8 pt: 1024 + 220 = 1244 twips.
describe('render/docx/table', () => {
  describe('when the columns do not fit at the table’s own size', () => {
    it('keeps 11 pt for five columns (8135 ≤ 8788)', async () => {
      expect(await cellStyle(5)).toEqual({ style: 'TableText', warnings: [] });
    });

    it('steps down to 9 pt for six columns (9762 > 8788 ≥ 8226)', async () => {
      expect(await cellStyle(6)).toEqual({ style: 'TableTextDense', warnings: [] });
    });

    it('steps down to 8 pt for seven columns (9597 > 8788 ≥ 8708)', async () => {
      expect(await cellStyle(7)).toEqual({ style: 'TableTextSmall', warnings: [] });
    });

    it('warns (SC6020) at eight columns, which 8 pt cannot fit (9952 > 8788)', async () => {
      expect(await cellStyle(8)).toEqual({ style: 'TableTextSmall', warnings: ['Tabel 1.1'] });
    });
  });
});
