import type { Cell, Sheet, Table } from '../../compose/workbook-tree.js';
import { formatBasisPoints, formatDate, formatNumber, measureUnit } from '../../format/indonesian.js';
import { percentTenths, statusName } from '../../model/progress.js';
import type { IndicatorResult, Model, ProgressYear } from '../../model/types.js';
import { agencyShort, col, headerRowOf, int, money, printSetup, sheetRef, text } from './common.js';
import { DATA_COLS, type DataSheet } from './data.js';

/** A COUNTIFS/SUMIFS criterion matching exactly this text (wildcards escaped, operators neutralised). */
export function exactCriterion(value: string): string {
  return `"=${value.replace(/[~*?]/g, '~$&').replace(/"/g, '""')}"`;
}

function lines(items: string[]): string | null {
  return items.length ? items.map((s) => (items.length > 1 ? `• ${s}` : s)).join('\n') : null;
}

function show(v: number | string | undefined): string {
  return typeof v === 'number' ? formatNumber(v) : (v ?? '');
}

/** "Layanan daring: 12 / 20 layanan (60,0%)". */
export function indicatorLine(i: IndicatorResult): string {
  const shown = measureUnit(i.unit); // "indeks" says what kind of number, not a unit beside it
  const unit = shown ? ` ${shown}` : '';
  const target = i.target !== undefined ? ` / ${show(i.target)}` : '';
  const achievement = i.achievementBp !== undefined ? ` (${formatBasisPoints(i.achievementBp, 1)})` : '';
  return `${i.name}: ${show(i.actual)}${target}${unit}${achievement}`;
}

/**
 * The `Monev <Y>` sheet: one row per program of the year (planned in it or reported), with the
 * planned amount as a SUMIFS over the Data sheet, the realised amount per funding source and
 * their SUM, and the realisation % as ROUND(realised / planned × 100, 1); every formula carries
 * its cached value from model.progress. A second table recapitulates by dimension (COUNTIFS /
 * SUMIFS over the first), so sorting or filtering the program rows never moves a total.
 */
export function composeMonev(model: Model, y: ProgressYear, name: string, data: DataSheet): Sheet {
  const title = [
    model.masterplan.title,
    `Monitoring dan evaluasi tahun ${y.year}${y.asOf ? ` (data per ${formatDate(y.asOf)})` : ''}`,
  ];
  const header = headerRowOf(title, []);
  const first = header + 1;
  const last = header + y.programs.length;

  const manifest = model.masterplan.fundingSources;
  const used = new Set(y.programs.flatMap((p) => p.realizedBySource.map((r) => r.source)));
  const sources = [...manifest.filter((s) => used.has(s)), ...[...used].filter((s) => !manifest.includes(s))];

  const C = {
    no: 1, dimension: 2, element: 3, id: 4, program: 5, lead: 6, status: 7, planned: 8,
    firstSource: 9, realized: 9 + sources.length, percent: 10 + sources.length,
  };
  const dataRef = sheetRef(data.sheet.name);
  const dataCol = (c: number) => `${dataRef}$${col(c)}$${data.first}:$${col(c)}$${data.last}`;
  const hasData = data.last >= data.first;

  const dims = new Map(model.framework.map((d) => [d.id, d]));
  const rows: Cell[][] = y.programs.map((p, i) => {
    const r = first + i;
    const dim = dims.get(p.program.dimensionId);
    const element = dim?.elements.find((e) => e.id === p.program.elementId)?.name ?? p.program.elementId;
    const planned = hasData
      ? money(p.planned, {
          formula: `SUMIFS(${dataCol(DATA_COLS.amount)},${dataCol(DATA_COLS.programId)},${exactCriterion(p.program.id)},${dataCol(DATA_COLS.year)},${y.year})`,
        })
      : money(p.planned);
    const bySource = new Map(p.realizedBySource.map((s) => [s.source, s.amount]));
    const realized = sources.length
      ? money(p.realized, { formula: `SUM(${col(C.firstSource)}${r}:${col(C.realized - 1)}${r})`, bold: true })
      : money(p.realized, { bold: true });
    const tenths = percentTenths(p.realized, p.planned);
    return [
      int(i + 1),
      text(dim?.name ?? p.program.dimensionId),
      text(element, { wrap: true }),
      text(p.program.id),
      text(p.program.name, { wrap: true }),
      text(agencyShort(model, p.program.leadId)),
      text(statusName(p.status)),
      planned,
      ...sources.map((s) => (bySource.has(s) ? money(bySource.get(s)!) : { value: null, format: 'money' as const })),
      realized,
      tenths === undefined ? { value: null } : { value: tenths, formula: `ROUND(${col(C.realized)}${r}/${col(C.planned)}${r}*100,1)` },
      text(lines(p.indicators.map(indicatorLine)), { wrap: true }),
      text(lines(p.obstacles), { wrap: true }),
      text(lines(p.followUp), { wrap: true }),
    ];
  });

  const programs: Table = {
    columns: [
      { header: 'No', format: 'integer' }, { header: 'Dimensi' }, { header: 'Elemen' }, { header: 'ID program' },
      { header: 'Program' }, { header: 'OPD penanggung jawab' }, { header: 'Status' },
      { header: `Rencana ${y.year}`, format: 'money' },
      ...sources.map((s) => ({ header: `Realisasi ${s}`, format: 'money' as const })),
      { header: `Realisasi ${y.year}`, format: 'money' }, { header: 'Realisasi (%)' },
      { header: 'Capaian indikator' }, { header: 'Kendala' }, { header: 'Tindak lanjut' },
    ],
    rows,
    filter: true,
  };

  return {
    name,
    title,
    tables: [programs, recap(y, title, programs, first, last, C)],
    freeze: { rows: header, cols: 0 },
    print: printSetup(header),
  };
}

/** Recapitulation by dimension and in total, over programs with a planned amount (INPUT-FORMAT.md). */
function recap(
  y: ProgressYear, title: string[], before: Table, first: number, last: number,
  C: { dimension: number; status: number; planned: number; realized: number },
): Table {
  const caption = 'Rekapitulasi per dimensi';
  const header = headerRowOf(title, [before], caption);
  const range = (c: number) => `$${col(c)}$${first}:$${col(c)}$${Math.max(first, last)}`;
  const empty = last < first;
  const planned = `${range(C.planned)},">0"`;
  const rows: Cell[][] = y.byDimension.map((d, i) => {
    const r = header + 1 + i;
    const dim = `${range(C.dimension)},${exactCriterion(d.label)}`;
    const status = (s: string) => `COUNTIFS(${dim},${planned},${range(C.status)},${exactCriterion(s)})`;
    const f = (formula: string) => (empty ? undefined : formula);
    return [
      text(d.label),
      int(d.programs, { formula: f(`COUNTIFS(${dim},${planned})`) }),
      int(d.implemented, { formula: f(`${status(statusName('on_track'))}+${status(statusName('done'))}`) }),
      money(d.planned, { formula: f(`SUMIFS(${range(C.planned)},${dim},${planned})`) }),
      money(d.realized, { formula: f(`SUMIFS(${range(C.realized)},${dim},${planned})`) }),
      ratio(d.realized, d.planned, `IF(D${r}=0,0,ROUND(E${r}/D${r}*100,1))`),
      ratio(d.implemented, d.programs, `IF(B${r}=0,0,ROUND(C${r}/B${r}*100,1))`),
    ];
  });
  const firstDim = header + 1;
  const lastDim = header + y.byDimension.length;
  const t = lastDim + 1;
  const sum = (c: string) => (y.byDimension.length ? `SUM(${c}${firstDim}:${c}${lastDim})` : undefined);
  const total = y.total;
  rows.push([
    text('Total', { bold: true, shade: true }),
    int(total.programs, { formula: sum('B'), bold: true, shade: true }),
    int(total.implemented, { formula: sum('C'), bold: true, shade: true }),
    money(total.planned, { formula: sum('D'), bold: true, shade: true }),
    money(total.realized, { formula: sum('E'), bold: true, shade: true }),
    { ...ratio(total.realized, total.planned, `IF(D${t}=0,0,ROUND(E${t}/D${t}*100,1))`), bold: true, shade: true },
    { ...ratio(total.implemented, total.programs, `IF(B${t}=0,0,ROUND(C${t}/B${t}*100,1))`), bold: true, shade: true },
  ]);
  return {
    caption,
    columns: [
      { header: 'Dimensi' }, { header: 'Program', format: 'integer' }, { header: 'Terlaksana', format: 'integer' },
      { header: `Rencana ${y.year}`, format: 'money' }, { header: `Realisasi ${y.year}`, format: 'money' },
      { header: 'Realisasi (%)' }, { header: 'Tingkat pelaksanaan (%)' },
    ],
    rows,
  };
}

/** A percentage with one decimal as a live formula; 0 when the denominator is 0 (as the formula). */
function ratio(num: number, den: number, formula: string): Cell {
  return { value: percentTenths(num, den) ?? 0, formula };
}

/** Monev sheets of every reported year, for the workbook. */
export function composeMonevSheets(model: Model, names: string[], data: DataSheet): Sheet[] {
  return model.progress.map((y, i) => composeMonev(model, y, names[i], data));
}
