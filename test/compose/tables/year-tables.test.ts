/**
 * The year tables' unit by rule (issue 17): full Rupiah when every year table fits a landscape page at 8 pt, else
 * Rp juta for all of them. Projects are the minimal one over ten years (2024–2033) with one program; column
 * minimums at 8 pt by hand from the Arial AFM widths (digits 556, "." 278 in regular and bold; 1/1000 em × 0.16 =
 * twips, rounded up, plus 220 of margins and slack), against A4 landscape's 13720 twips.
 */
import { describe, expect, it } from 'vitest';
import { composeBook } from '../../../src/compose/book/index.js';
import { BUDGET_BY_YEAR, byYearTable } from '../../../src/compose/tables/budget.js';
import { RUPIAH } from '../../../src/compose/tables/cells.js';
import { budgetByAgencyTable, budgetByDimensionTable, budgetBySourceTable, roadmapTable, yearMoneyUnit } from '../../../src/compose/tables/index.js';
import { roadmapTableIn } from '../../../src/compose/tables/roadmap.js';
import { fitsPage } from '../../../src/compose/page-fit.js';
import { Templates } from '../../../src/compose/templates.js';
import type { Cell, DocTree, Inline, Table } from '../../../src/compose/tree.js';
import { buildModel } from '../../../src/model/build.js';
import type { Model } from '../../../src/model/types.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { loadFiles, minimal } from '../../_helpers/project.js';

/** The minimal project over 2024–2033, its one program (gov-01, Diskominfo, APBD) costing `amounts` year by year. */
async function tenYears(amounts: number[]): Promise<Model> {
  const lines = amounts.map((a, i) => `      - {year: ${2024 + i}, amount: ${a}, source: APBD}\n`).join('');
  return buildModel(await loadFiles(await minimal({
    'smartcity.yaml': [['period: {start: 2024, end: 2028}', 'period: {start: 2024, end: 2033}']],
    'governance.yaml': [['horizon: short', 'horizon: long'], ['      - {year: 2024, amount: 100000000, source: APBD}\n', lines]],
  })));
}

const text = (xs: Inline[]): string => xs.map((x) => (x.kind === 'text' || x.kind === 'ref' ? x.text : x.kind === 'break' ? '\n' : text(x.children))).join('');
const cell = (c: Cell) => text(c.content);
/** The program's row of a roadmap: its ten amounts and its total, each without the funding source beneath. */
const programAmounts = (t: Table) => t.body.find((r) => cell(r[0]) === '1')!.slice(3).map((c) => cell(c).split('\n')[0]);
const tooWide = async (tree: DocTree) => (await renderDocx(tree)).warnings.filter((w) => w.kind === 'docx-table-too-wide').map((w) => w.subject);

describe('compose/tables/year-tables', () => {
  describe('when the amounts are tens of billions a year', () => {
    // In full Rupiah the roadmap needs: No 434 (bold "No" 1333 → 214), Program 878 (bold "Program" 4112 → 658), OPD
    // 1012 ("Diskominfo" 4945 → 792), ten years of "25.000.000.000" (11 × 556 + 3 × 278 = 6950 → 1112) 1332 each,
    // Jumlah 1421 (bold "250.000.000.000", 7506 → 1201): 434 + 878 + 1012 + 13320 + 1421 = 17065 > 13720.
    const model = tenYears(Array(10).fill(25_000_000_000));

    it('composes the roadmap in Rp juta, the header and caption saying so', async () => {
      const m = await model;
      const t = roadmapTable(m, m.dimensions[0])!;
      expect(cell(t.head[0].at(-1)!)).toBe('Jumlah (Rp juta)');
      expect(text(t.caption)).toBe('Peta Jalan Smart Governance Tahun 2024–2033 (Rp juta)');
      // Every budget line is whole millions: no decimals.
      expect(programAmounts(t)).toEqual([...Array(10).fill('25.000'), '250.000']);
      expect(yearMoneyUnit(m)).toEqual({ divisor: 1_000_000, label: 'Rp juta', digits: 0 });
    });

    it('composes the budget tables in Rp juta too', async () => {
      const m = await model;
      for (const t of [budgetByDimensionTable(m), budgetBySourceTable(m), budgetByAgencyTable(m)!]) {
        expect(cell(t.head[0].at(-1)!)).toBe('Jumlah (Rp juta)');
        expect(cell(t.body.at(-1)!.at(-1)!)).toBe('250.000');
      }
    });

    it('composes the book\'s programs and budget per horizon in Rp juta too: it shares the year tables\' pages', async () => {
      const m = await model;
      const { book } = composeBook(m, new Templates({ lang: 'id' }));
      const horizon = book.book.sections.flatMap((s) => s.blocks).find((b): b is Table => b.kind === 'table' && b.id === 'tbl-anggaran-jangka')!;
      expect(cell(horizon.head[0].at(-1)!)).toBe('Anggaran (Rp juta)');
      // The one long-term program: 10 × 25.000.000.000 = 250.000.000.000, 250.000 million.
      expect(horizon.body.map((r) => cell(r.at(-1)!))).toEqual(['-', '-', '250.000', '250.000']);
    });

    it('writes the book with no table too wide (SC6020), where the roadmap in full Rupiah would be', async () => {
      const m = await model;
      const { book } = composeBook(m, new Templates({ lang: 'id' }));
      expect(await tooWide(book.book)).toEqual([]);
      const rupiah = roadmapTableIn(m, m.dimensions[0], RUPIAH)!;
      const alone: DocTree = { meta: book.book.meta, sections: [{ kind: 'section', orientation: 'landscape', pageNumbers: 'arabic', restart: true, blocks: [rupiah] }] };
      expect(await tooWide(alone)).toEqual(['tbl-roadmap-governance']);
    });
  });

  describe('when every year table fits in full Rupiah', () => {
    // The roadmap: ten years of "5.000.000" (7 × 556 + 2 × 278 = 4448 → 712) 932 each, Jumlah 1021 (bold
    // "50.000.000", 5004 → 801): 434 + 878 + 1012 + 9320 + 1021 = 12665 ≤ 13720. The budget tables have a row label
    // instead of Program and OPD: "Governance" 5447 → 872, so 434 + 1092 + 9320 + 1021 = 11867 per dimension; per
    // source "Sumber" (bold 3723 → 596) 11591; per agency at most "Komunikasi" (5168 → 827) 11822.
    const model = tenYears(Array(10).fill(5_000_000));

    it('keeps full Rupiah over ten years', async () => {
      const m = await model;
      const t = roadmapTable(m, m.dimensions[0])!;
      expect(cell(t.head[0].at(-1)!)).toBe('Jumlah (Rp)');
      expect(text(t.caption)).toBe('Peta Jalan Smart Governance Tahun 2024–2033 (Rp)');
      expect(programAmounts(t)).toEqual([...Array(10).fill('5.000.000'), '50.000.000']);
      expect(cell(budgetByDimensionTable(m).body.at(-1)!.at(-1)!)).toBe('50.000.000');
      expect(yearMoneyUnit(m)).toEqual({ divisor: 1, label: 'Rp', digits: 0 });
    });
  });

  describe('when one year table does not fit in full Rupiah and the others do', () => {
    // 90.000.000 in seven years and 100.000.000 in three, 930.000.000 in all. The roadmap needs 434 + 878 + 1012 +
    // 7 × 1021 ("90.000.000", 5004 → 801) + 3 × 1110 ("100.000.000", 5560 → 890) + 1110 (bold "930.000.000") =
    // 13911 > 13720; the budget per dimension 434 + 1092 + 7147 + 3330 + 1110 = 13113 alone would fit.
    const amounts = [...Array(7).fill(90_000_000), ...Array(3).fill(100_000_000)];
    const model = tenYears(amounts);

    it('puts every year table in Rp juta: a reader compares them', async () => {
      const m = await model;
      expect(fitsPage(m, byYearTable(m, BUDGET_BY_YEAR.dimension(m), RUPIAH), 'landscape')).toBe(true);
      expect(programAmounts(roadmapTable(m, m.dimensions[0])!)).toEqual([...Array(7).fill('90'), ...Array(3).fill('100'), '930']);
      const byDimension = budgetByDimensionTable(m);
      expect(cell(byDimension.head[0].at(-1)!)).toBe('Jumlah (Rp juta)');
      expect(cell(byDimension.body.at(-1)!.at(-1)!)).toBe('930');
    });
  });
});
