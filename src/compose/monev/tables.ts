/**
 * The monitoring report's tables and figures, each from one ProgressYear (composeMonev in index.ts places them).
 */
import { formatBasisPoints, formatDecimal, formatInteger, measureUnit, moneyScale } from '../../format/indonesian.js';
import { formatAchievement, formatIndex, formatIndexChange, formatPercent, formatRealisation, implementationBp, statusName } from '../../model/progress.js';
import type { IndicatorResult, Model, ProgramProgress, ProgressYear, QuickWinProgress, Realisation } from '../../model/types.js';
import { groupRow, headRow, moneyCell, noCell, sourceNote, t, textCell, valueText } from '../tables/cells.js';
import type { Block, Cell, Figure, Inline, Table } from '../tree.js';

/** Indonesian names of the index components (Kominfo's evaluation); other names are shown as written. */
export const COMPONENT_NAMES: Record<string, string> = {
  baseline: 'Baseline',
  output: 'Output',
  outcome: 'Outcome',
  impact: 'Dampak (Impact)',
  quick_win: 'Quick Win',
};

const DASH = '–';

export const heading = (level: 1 | 2 | 3, text: string, id = '', number = ''): Block => ({ kind: 'heading', level, id, number, content: [t(text)] });

export function table(id: string, caption: string, widths: number[], head: Cell[][], body: Cell[][], extra: Partial<Table> = {}): Table {
  return { kind: 'table', id, number: '', caption: [t(caption)], columns: widths.map((width) => ({ width })), head, body, ...extra };
}

const percentCell = (text: string, extra: Partial<Cell> = {}): Cell => ({ content: [t(text)], align: 'center', ...extra });

/** "Nama indikator: 82,1% (target 85%; capaian 96,6%)" per indicator, one per line. */
function indicatorLines(indicators: IndicatorResult[]): Inline[] {
  const out: Inline[] = [];
  indicators.forEach((i, k) => {
    if (k > 0) out.push({ kind: 'break' });
    if (indicators.length > 1) out.push(t('• '));
    // A quick win's target is text ("5000 permohonan"): a bare number reported against it takes the target's unit.
    // A kind word ("indeks") is no unit to print: "2,45 (target 3,5)", never "2,45 indeks".
    const unit = measureUnit(i.unit ?? (typeof i.target === 'string' ? /^\s*\d[\d.,]*\s+(\D.*)$/.exec(i.target)?.[1] : undefined));
    const withUnit = (v: number | string) => `${valueText(v)}${unit && typeof v === 'number' ? (unit === '%' ? '%' : ` ${unit}`) : ''}`;
    const actual = withUnit(i.actual);
    const target = i.target === undefined ? undefined : `target ${withUnit(i.target)}`;
    const achieved = formatAchievement(i);
    const detail = [target, achieved ? `capaian ${achieved}` : undefined].filter(Boolean).join('; ');
    out.push(t(`${i.name}: ${actual}${detail ? ` (${detail})` : ''}`));
  });
  return out;
}

function agencyName(model: Model, id: string): string {
  const a = model.agencies.get(id);
  return a ? (a.short ?? a.name) : id;
}

/** A total row of a realisation table: the group's figures from the model. */
function totalCells(label: string, r: Pick<Realisation, 'planned' | 'realized'>, span: number, trailing: Cell[] = []): Cell[] {
  const shade = { bold: true, shade: 'total' as const };
  return [
    { content: [t(label)], colSpan: span, align: 'center', ...shade },
    moneyCell(r.planned, shade),
    moneyCell(r.realized, shade),
    percentCell(formatPercent(r.realized, r.planned), shade),
    ...trailing.map((c) => ({ ...c, ...shade })),
  ];
}

// ---- the parts ----

export function dimensionTable(y: ProgressYear): Table {
  const rows = y.byDimension.map((d, i) => {
    const impl = implementationBp(d);
    return [
      noCell(i + 1), textCell(d.label), percentCell(formatInteger(d.programs)),
      moneyCell(d.planned), moneyCell(d.realized), percentCell(formatRealisation(d)),
      percentCell(impl === undefined ? DASH : formatBasisPoints(impl, 1)),
    ];
  });
  const impl = implementationBp(y.total);
  const shade = { bold: true, shade: 'total' as const };
  rows.push([
    { content: [t('Total')], colSpan: 2, align: 'center', ...shade },
    percentCell(formatInteger(y.total.programs), shade),
    moneyCell(y.total.planned, shade),
    moneyCell(y.total.realized, shade),
    percentCell(formatRealisation(y.total), shade),
    percentCell(impl === undefined ? DASH : formatBasisPoints(impl, 1), shade),
  ]);
  return table(
    'tbl-monev-dimensi',
    `Realisasi Anggaran per Dimensi Tahun ${y.year}`,
    [5, 23, 11, 18, 18, 11, 14],
    [headRow(['No', 'Dimensi', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Realisasi (%)', 'Implementasi'])],
    rows,
    { dense: true, note: sourceNote(`Laporan monitoring dan evaluasi tahun ${y.year}; implementasi = program berstatus sesuai rencana atau selesai.`) },
  );
}

export function dimensionFigure(y: ProgressYear): Figure | undefined {
  const rows = y.byDimension;
  if (y.total.planned <= 0 && y.total.realized <= 0) return undefined;
  const { divisor, unit } = moneyScale(Math.max(0, ...rows.flatMap((r) => [r.planned, r.realized])));
  const scaled = (v: number) => v / divisor;
  const word = unit.replace(/ Rupiah$/, '').toLocaleLowerCase('id-ID');
  const fmt = (v: number) => formatDecimal(scaled(v), 2).replace(/,?0+$/, '');
  return {
    kind: 'figure',
    id: 'fig-monev-dimensi',
    number: '',
    caption: [t(`Pagu dan Realisasi Anggaran per Dimensi Tahun ${y.year}`)],
    altText: `Grafik kolom pagu dan realisasi anggaran per dimensi tahun ${y.year} dalam ${word} rupiah: ` +
      `${rows.map((r) => `${r.label} pagu ${fmt(r.planned)}, realisasi ${fmt(r.realized)}`).join('; ')}.`,
    chart: {
      type: 'column',
      categories: rows.map((r) => r.label),
      series: [
        { name: 'Pagu', values: rows.map((r) => scaled(r.planned)) },
        { name: 'Realisasi', values: rows.map((r) => scaled(r.realized)) },
      ],
      valueAxisTitle: unit,
      scale: divisor,
    },
  };
}

/** No | name | lead agency | status | planned | realised | % | indicator achievement: a program or a quick win. */
function realisationRow(
  model: Model, n: number, name: string, leadId: string,
  r: { status?: ProgramProgress['status']; planned: number; realized: number; indicators: ProgramProgress['indicators'] },
): Cell[] {
  return [
    noCell(n),
    textCell(name),
    textCell(agencyName(model, leadId)),
    textCell(statusName(r.status), { align: 'center' }),
    moneyCell(r.planned),
    moneyCell(r.realized),
    percentCell(formatPercent(r.realized, r.planned)),
    { content: indicatorLines(r.indicators) },
  ];
}

export function programTable(model: Model, y: ProgressYear, dim: Realisation, programs: ProgramProgress[]): Table {
  const body: Cell[][] = programs.map((p, i) => realisationRow(model, i + 1, p.program.name, p.program.leadId, p));
  body.push(totalCells(`Total ${dim.label}`, dim, 4, [textCell('')]));
  const uncounted = programs.some((p) => p.planned <= 0);
  return table(
    `tbl-monev-program-${dim.key}`,
    `Realisasi Program ${dim.label} Tahun ${y.year}`,
    [4, 24, 11, 9, 12, 12, 7, 31],
    [headRow(['No', 'Program', 'Perangkat Daerah', 'Status', 'Pagu (Rp)', 'Realisasi (Rp)', '%', 'Capaian Indikator'])],
    body,
    {
      dense: true,
      ...(uncounted ? { note: [t('Program tanpa pagu pada tahun ini dilaporkan, tetapi tidak dihitung dalam total.')] } : {}),
    },
  );
}

export function quickWinTable(model: Model, y: ProgressYear): Table {
  return table(
    'tbl-monev-quick-win',
    `Realisasi Quick Win Tahun ${y.year}`,
    [4, 24, 11, 9, 12, 12, 7, 31],
    [headRow(['No', 'Quick Win', 'Perangkat Daerah', 'Status', 'Anggaran (Rp)', 'Realisasi (Rp)', '%', 'Capaian Indikator'])],
    [
      ...y.quickWins.map((q, i) =>
        realisationRow(model, i + 1, q.quickWin.acronym ? `${q.quickWin.name} (${q.quickWin.acronym})` : q.quickWin.name, q.quickWin.leadId, q)),
      totalCells('Total Quick Win', y.quickWinTotal, 4, [textCell('')]),
    ],
    { dense: true },
  );
}

type Reported = { name: string; status: string; obstacles: string[]; followUp: string[]; evidence: string[] };

const reportedProgram = (p: ProgramProgress): Reported => ({ name: p.program.name, status: statusName(p.status), obstacles: p.obstacles, followUp: p.followUp, evidence: p.evidence });
const reportedQuickWin = (q: QuickWinProgress): Reported => ({ name: q.quickWin.name, status: statusName(q.status), obstacles: q.obstacles, followUp: q.followUp, evidence: q.evidence });

/** Verbatim YAML text, one item per line: the Markdown subset is not applied (`*`, `[[ref:x]]` stay as written). */
function verbatimLines(items: string[]): Inline[] {
  const out: Inline[] = [];
  items.forEach((item, i) => {
    if (i > 0) out.push({ kind: 'break' });
    out.push(t(items.length > 1 ? `• ${item}` : item));
  });
  return out;
}

export function obstacleTable(y: ProgressYear): Table | undefined {
  const programs = y.programs.filter((p) => p.obstacles.length > 0 || p.followUp.length > 0).map(reportedProgram);
  const quickWins = y.quickWins.filter((q) => q.obstacles.length > 0 || q.followUp.length > 0).map(reportedQuickWin);
  if (programs.length + quickWins.length === 0) return undefined;
  const rows = (items: Reported[]) => items.map((r, i) => [
    noCell(i + 1), textCell(r.name), textCell(r.status, { align: 'center' }),
    { content: verbatimLines(r.obstacles) }, { content: verbatimLines(r.followUp) },
  ]);
  const groups = programs.length > 0 && quickWins.length > 0;
  const body = [
    ...(groups ? [groupRow('Program', 5)] : []), ...rows(programs),
    ...(quickWins.length > 0 ? [groupRow('Quick Win', 5)] : []), ...rows(quickWins),
  ];
  return table(
    'tbl-monev-kendala',
    `Kendala dan Tindak Lanjut Tahun ${y.year}`,
    [4, 22, 13, 31, 30],
    [headRow(['No', 'Program', 'Status', 'Kendala', 'Tindak Lanjut'])],
    body,
    { dense: true },
  );
}

export function evidenceList(y: ProgressYear): Block[] {
  const items = [...y.programs.map(reportedProgram), ...y.quickWins.map(reportedQuickWin)].filter((r) => r.evidence.length > 0);
  if (items.length === 0) return [];
  return [{
    kind: 'list',
    ordered: true,
    items: items.map((r) => [
      { kind: 'paragraph', content: [{ kind: 'strong', children: [t(r.name)] }] },
      { kind: 'list', ordered: false, items: r.evidence.map((e) => [{ kind: 'paragraph', content: [t(e)] }]) },
    ]),
  }];
}

export function unreportedTable(model: Model, y: ProgressYear): Table | undefined {
  const rows = y.programs.filter((p) => p.status === undefined);
  if (rows.length === 0) return undefined;
  const dims = new Map(model.framework.map((d) => [d.id, d.name]));
  return table(
    'tbl-monev-tidak-dilaporkan',
    `Program yang Direncanakan tetapi Tidak Dilaporkan Tahun ${y.year}`,
    [5, 38, 20, 17, 20],
    [headRow(['No', 'Program', 'Dimensi', 'Perangkat Daerah', 'Pagu (Rp)'])],
    rows.map((p, i) => [noCell(i + 1), textCell(p.program.name), textCell(dims.get(p.program.dimensionId) ?? p.program.dimensionId), textCell(agencyName(model, p.program.leadId)), moneyCell(p.planned)]),
  );
}

export function indexTable(y: ProgressYear): Table | undefined {
  const a = y.assessment;
  if (!a) return undefined;
  const shade = { bold: true, shade: 'total' as const };
  const body: Cell[][] = a.components.map((c, i) => [
    noCell(i + 1),
    textCell(COMPONENT_NAMES[c.name] ?? c.name),
    percentCell(formatIndex(c.scoreHundredths * 100)),
    percentCell(formatDecimal(c.weight, 2).replace(/,?0+$/, '')),
    percentCell(formatDecimal(c.weightedTenThousandths / 10000, 4)),
  ]);
  if (a.components.length > 0) {
    // The sum in the column's own four decimals, then the index as the text gives it: a 3,09 under four 0,xxxx
    // values read as a slip (issue 17).
    body.push([{ content: [t('Jumlah nilai tertimbang')], colSpan: 4, align: 'center' }, percentCell(formatDecimal(a.indexTenThousandths / 10000, 4))]);
    body.push([{ content: [t('Indeks Smart City (dua desimal)')], colSpan: 4, align: 'center', ...shade }, percentCell(formatIndex(a.indexTenThousandths), shade)]);
  }
  if (a.previousIndexHundredths !== undefined) {
    body.push([{ content: [t('Indeks tahun sebelumnya')], colSpan: 4, align: 'center' }, percentCell(formatIndex(a.previousIndexHundredths * 100))]);
  }
  if (a.changeTenThousandths !== undefined) {
    body.push([{ content: [t('Perubahan')], colSpan: 4, align: 'center', ...shade }, percentCell(formatIndexChange(a.changeTenThousandths), shade)]);
  }
  return table(
    'tbl-monev-indeks',
    `Indeks Smart City Tahun ${y.year}`,
    [6, 38, 16, 16, 24],
    [headRow(['No', 'Komponen', 'Nilai (1–5)', 'Bobot (%)', 'Nilai Tertimbang'])],
    body,
    { note: [t('Keterangan: nilai tertimbang = nilai × bobot / 100; indeks = jumlah nilai tertimbang.')] },
  );
}

// ---- the document ----
