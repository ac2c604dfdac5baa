import { regionTitle } from '../labels.js';
import type { Cell, Sheet, Table } from '../../compose/workbook-tree.js';
import { terbilang } from '../../format/indonesian.js';
import type { Model } from '../../model/types.js';
import { col, headerRowOf, int, money, periodLabel, printSetup, sheetRef, text } from './common.js';
import { DATA_COLS, type DataSheet } from './data.js';
import type { DimensionSheet } from './dimension.js';

const shaded = { bold: true, shade: true } as const;

/**
 * The `Ringkasan` sheet. Dimension × year cells point at each dimension sheet's grand total,
 * source × year cells are SUMIFS over the Data sheet, and every total is a SUM; all carry the
 * model's totals as cached results.
 */
export function composeSummary(model: Model, name: string, dims: DimensionSheet[], data: DataSheet): Sheet {
  const years = model.masterplan.years;
  const t = model.totals;
  const title = [model.masterplan.title, `Ringkasan anggaran ${periodLabel(model)}`, regionTitle(model)];
  const tables: Table[] = [];
  const yearCols = years.map((_, i) => col(3 + i));
  const totalCol = col(3 + years.length);
  const yearColumns = years.map((y) => ({ header: String(y), format: 'money' as const }));

  // 1. Dimension × year.
  const c1 = 'Anggaran per dimensi dan tahun';
  const h1 = headerRowOf(title, tables, c1);
  const rows1: Cell[][] = t.byDimension.map((bd, r) => {
    const row = h1 + 1 + r;
    const dim = dims.find((x) => x.id === bd.key);
    return [
      int(r + 1),
      text(bd.label),
      ...years.map((_, i) => money(bd.byYear[i], dim ? { formula: `${sheetRef(dim.sheet.name)}${col(dim.firstYearCol + i)}${dim.totalRow}` } : {})),
      money(bd.total, { formula: `SUM(${yearCols[0]}${row}:${yearCols[years.length - 1]}${row})`, bold: true }),
    ];
  });
  const f1 = h1 + 1;
  const l1 = h1 + rows1.length;
  const grandRow1 = l1 + 1;
  rows1.push(totalRow('Total', years.map((_, i) => t.byYear[i]), t.programs, yearCols, totalCol, f1, l1));
  tables.push({ caption: c1, columns: [{ header: 'No', format: 'integer' }, { header: 'Dimensi' }, ...yearColumns, { header: 'Total', format: 'money' }], rows: rows1 });

  // 2. Funding source × year (SUMIFS over the Data sheet).
  const c2 = 'Anggaran per sumber dana dan tahun';
  const h2 = headerRowOf(title, tables, c2);
  const d = sheetRef(data.sheet.name);
  const range = (c: number) => `${d}$${col(c)}$${data.first}:$${col(c)}$${data.last}`;
  const rows2: Cell[][] = t.bySource.map((bs, r) => {
    const row = h2 + 1 + r;
    return [
      int(r + 1),
      text(bs.label),
      ...years.map((y, i) => money(bs.byYear[i], {
        formula: data.last >= data.first
          ? `SUMIFS(${range(DATA_COLS.amount)},${range(DATA_COLS.source)},$B${row},${range(DATA_COLS.year)},${y})`
          : '0',
      })),
      money(bs.total, { formula: `SUM(${yearCols[0]}${row}:${yearCols[years.length - 1]}${row})`, bold: true }),
    ];
  });
  rows2.push(totalRow('Total', years.map((_, i) => t.byYear[i]), t.programs, yearCols, totalCol, h2 + 1, h2 + rows2.length));
  tables.push({ caption: c2, columns: [{ header: 'No', format: 'integer' }, { header: 'Sumber dana' }, ...yearColumns, { header: 'Total', format: 'money' }], rows: rows2 });

  // 3. Lead agency.
  const c3 = 'Anggaran per OPD penanggung jawab';
  const h3 = headerRowOf(title, tables, c3);
  const rows3: Cell[][] = t.byAgency.map((ba, r) => [int(r + 1), text(ba.label), int(ba.programs), money(ba.total)]);
  const f3 = h3 + 1;
  const l3 = h3 + rows3.length;
  rows3.push([
    text(null, shaded), text('Total', shaded),
    int(t.programCount, { formula: rows3.length ? `SUM(C${f3}:C${l3})` : '0', ...shaded }),
    money(t.programs, { formula: rows3.length ? `SUM(D${f3}:D${l3})` : '0', ...shaded }),
  ]);
  tables.push({ caption: c3, columns: [{ header: 'No', format: 'integer' }, { header: 'OPD' }, { header: 'Jumlah program', format: 'integer' }, { header: 'Anggaran', format: 'money' }], rows: rows3 });

  // 4. Program and quick-win counts per dimension.
  const c4 = 'Jumlah program dan quick win per dimensi';
  const h4 = headerRowOf(title, tables, c4);
  const rows4: Cell[][] = model.dimensions.map((plan, r) => [int(r + 1), text(plan.dimension.name), int(plan.programs.length), int(plan.quickWins.length)]);
  const f4 = h4 + 1;
  const l4 = h4 + rows4.length;
  rows4.push([
    text(null, shaded), text('Total', shaded),
    int(t.programCount, { formula: rows4.length ? `SUM(C${f4}:C${l4})` : '0', ...shaded }),
    int(t.quickWinCount, { formula: rows4.length ? `SUM(D${f4}:D${l4})` : '0', ...shaded }),
  ]);
  tables.push({ caption: c4, columns: [{ header: 'No', format: 'integer' }, { header: 'Dimensi' }, { header: 'Jumlah program', format: 'integer' }, { header: 'Jumlah quick win', format: 'integer' }], rows: rows4 });

  // 5. Action-plan group × year (SUMIFS over the Data sheet's group column); every group, so a
  // missing SDM plan shows as a zero row, and the ungrouped row when some program has no group.
  const c6 = 'Anggaran per kelompok rencana aksi dan tahun';
  const h6 = headerRowOf(title, tables, c6);
  const groups = t.byAction.filter((g) => g.key !== 'none' || g.programs > 0);
  const rows6: Cell[][] = groups.map((g, r) => {
    const row = h6 + 1 + r;
    return [
      int(r + 1),
      text(g.label),
      int(g.programs),
      ...years.map((y, i) => money(g.byYear[i], {
        formula: data.last >= data.first
          ? `SUMIFS(${range(DATA_COLS.amount)},${range(DATA_COLS.action)},$B${row},${range(DATA_COLS.year)},${y})`
          : '0',
      })),
      money(g.total, { formula: `SUM(${col(4)}${row}:${col(3 + years.length)}${row})`, bold: true }),
    ];
  });
  const f6 = h6 + 1;
  const l6 = h6 + rows6.length;
  rows6.push([
    text(null, shaded), text('Total', shaded), int(t.programCount, { formula: `SUM(C${f6}:C${l6})`, ...shaded }),
    ...years.map((_, i) => money(t.byYear[i], { formula: `SUM(${col(4 + i)}${f6}:${col(4 + i)}${l6})`, ...shaded })),
    money(t.programs, { formula: `SUM(${col(4 + years.length)}${f6}:${col(4 + years.length)}${l6})`, ...shaded }),
  ]);
  tables.push({
    caption: c6,
    columns: [{ header: 'No', format: 'integer' }, { header: 'Kelompok rencana aksi' }, { header: 'Jumlah program', format: 'integer' }, ...yearColumns, { header: 'Total', format: 'money' }],
    rows: rows6,
  });

  // 6. The grand total, also in words.
  const c5 = 'Total anggaran';
  tables.push({
    caption: c5,
    // A "No" column like the tables above: column A holds numbers on this sheet, so it stays narrow.
    columns: [{ header: 'No', format: 'integer' }, { header: 'Uraian' }, { header: 'Nilai' }],
    rows: [
      [int(1), text('Total anggaran program', { bold: true }), money(t.programs, { formula: `${totalCol}${grandRow1}`, bold: true })],
      [int(2), text('Terbilang'), text(`${capitalize(terbilang(t.programs))} rupiah`, { wrap: true })],
      [int(3), text('Total anggaran quick win (dilaporkan terpisah)'), money(t.quickWins)],
    ],
  });

  return { name, title, tables, freeze: { rows: h1, cols: 2 }, print: printSetup() };
}

function totalRow(label: string, byYear: number[], total: number, yearCols: string[], totalCol: string, first: number, last: number): Cell[] {
  const any = last >= first;
  return [
    text(null, shaded), text(label, shaded),
    ...byYear.map((v, i) => money(v, { formula: any ? `SUM(${yearCols[i]}${first}:${yearCols[i]}${last})` : '0', ...shaded })),
    money(total, { formula: any ? `SUM(${totalCol}${first}:${totalCol}${last})` : '0', ...shaded }),
  ];
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
