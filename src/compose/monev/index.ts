/**
 * The yearly monitoring and evaluation report (Laporan Monev) as a document tree: one ProgressYear of
 * `model.progress` → cover, Daftar Isi / Daftar Tabel (/ Daftar Gambar), then one BAB per part of the report.
 * Every figure comes from the model (ProgressYear and its helpers); nothing is re-added here. Narrative text
 * comes from `templates/<lang>/monev/*.md.hbs`; text from the YAML (obstacles, follow-ups, evidence) is
 * verbatim. Headings, captions and refs are numbered by the book's own `numberChapters`.
 */
import { formatBasisPoints, formatDecimal, formatInteger, moneyScale } from '../../format/indonesian.js';
import {
  formatAchievement, formatIndex, formatIndexChange, formatPercent, formatRealisation, implementationBp, statusName,
} from '../../model/progress.js';
import type { IndicatorResult, Model, ProgramProgress, ProgressYear, QuickWinProgress, Realisation } from '../../model/types.js';
import { numberChapters } from '../book/index.js';
import { fileSlug, regionFullName } from '../book/names.js';
import type { View } from '../book/view.js';
import { identifiersOf } from '../identifiers.js';
import { markdownToBlocks } from '../markdown.js';
import { needsLandscape } from '../page-fit.js';
import { groupRow, headRow, moneyCell, noCell, sourceNote, t, textCell, valueText } from '../tables/cells.js';
import type { Templates } from '../templates.js';
import { actionTable, criteriaScoreTable, outputTable, surveyFigure, surveyTable } from './evaluation.js';
import { monevView, percentWords } from './view.js';

export { percentWords };
import type { Block, Cell, DocMeta, DocTree, Figure, Inline, Section, Table } from '../tree.js';

/** `Laporan-Monev-Smart-City-Kabupaten-Kotawaringin-Timur-2023.docx` (the region as in the book's name). */
export function monevFileName(model: Pick<Model, 'region'>, year: number): string {
  return `Laporan-Monev-Smart-City-${fileSlug(regionFullName(model.region))}-${year}.docx`;
}

/** Indonesian names of the index components (Kominfo's evaluation); other names are shown as written. */
export const COMPONENT_NAMES: Record<string, string> = {
  baseline: 'Baseline',
  output: 'Output',
  outcome: 'Outcome',
  impact: 'Dampak (Impact)',
  quick_win: 'Quick Win',
};

const DASH = '–';

const heading = (level: 1 | 2 | 3, text: string, id = '', number = ''): Block => ({ kind: 'heading', level, id, number, content: [t(text)] });

function table(id: string, caption: string, widths: number[], head: Cell[][], body: Cell[][], extra: Partial<Table> = {}): Table {
  return { kind: 'table', id, number: '', caption: [t(caption)], columns: widths.map((width) => ({ width })), head, body, ...extra };
}

const percentCell = (text: string, extra: Partial<Cell> = {}): Cell => ({ content: [t(text)], align: 'center', ...extra });

/** "Nama indikator: 82,1 % (target 85; capaian 96,6%)" per indicator, one per line. */
function indicatorLines(indicators: IndicatorResult[]): Inline[] {
  const out: Inline[] = [];
  indicators.forEach((i, k) => {
    if (k > 0) out.push({ kind: 'break' });
    if (indicators.length > 1) out.push(t('• '));
    const withUnit = (v: number | string) => `${valueText(v)}${i.unit && typeof v === 'number' ? (i.unit === '%' ? '%' : ` ${i.unit}`) : ''}`;
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

function dimensionTable(y: ProgressYear): Table {
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

function dimensionFigure(y: ProgressYear): Figure | undefined {
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

function programTable(model: Model, y: ProgressYear, dim: Realisation, programs: ProgramProgress[]): Table {
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

function quickWinTable(model: Model, y: ProgressYear): Table {
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

function obstacleTable(y: ProgressYear): Table | undefined {
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

function evidenceList(y: ProgressYear): Block[] {
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

function unreportedTable(model: Model, y: ProgressYear): Table | undefined {
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

function indexTable(y: ProgressYear): Table | undefined {
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
    body.push([{ content: [t('Indeks Smart City')], colSpan: 4, align: 'center', ...shade }, percentCell(formatIndex(a.indexTenThousandths), shade)]);
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

export function composeMonev(model: Model, y: ProgressYear, templates: Templates): DocTree {
  const full = regionFullName(model.region);
  const header = `Laporan Monitoring dan Evaluasi Smart City ${full} Tahun ${y.year}`;

  const dimensionFig = dimensionFigure(y);
  const dimTable = dimensionTable(y);
  const programDims = y.byDimension
    .map((d) => ({ d, programs: y.programs.filter((p) => p.program.dimensionId === d.key) }))
    .filter((g) => g.programs.length > 0);
  const qwTable = y.quickWins.length > 0 ? quickWinTable(model, y) : undefined;
  const obstacles = obstacleTable(y);
  const evidence = evidenceList(y);
  const unreported = unreportedTable(model, y);
  const index = indexTable(y);
  const outputs = outputTable(y);
  const actions = actionTable(y);
  const survey = surveyTable(y);
  const surveyFig = surveyFigure(y);
  const criteria = criteriaScoreTable(y);

  const view = monevView(model, y, {
    dimensionTableId: dimTable.id,
    dimensionFigureId: dimensionFig?.id ?? null,
    quickWinTableId: qwTable?.id ?? null,
    obstacleTableId: obstacles?.id ?? null,
    unreportedTableId: unreported?.id ?? null,
    indexTableId: index?.id ?? null,
    outputTableId: outputs?.id ?? null,
    actionTableId: actions.id,
    surveyTableId: survey?.id ?? null,
    surveyFigureId: surveyFig?.id ?? null,
    criteriaTableId: criteria?.id ?? null,
  });
  const narrative = (name: string, extra: View = {}) => markdownToBlocks(templates.render(`monev/${name}`, { ...view, ...extra }));

  // One chapter per component of Kominfo's evaluation form, in the form's order, then the index.
  const chapters: { title: string; blocks: Block[]; landscape?: boolean }[] = [];
  chapters.push({ title: 'RINGKASAN EKSEKUTIF', blocks: narrative('ringkasan') });
  chapters.push({
    title: 'BASELINE: RENCANA DAN REALISASI PROGRAM',
    blocks: [
      ...narrative('program'),
      ...programDims.flatMap(({ d, programs }) => [
        heading(2, `Dimensi ${d.label}`),
        ...narrative('program-dimensi', { dimension: { name: d.label, programs: d.programs, realisation: formatRealisation(d), planned: d.planned, realized: d.realized } }),
        programTable(model, y, d, programs),
      ]),
      heading(2, 'Program yang Direncanakan tetapi Tidak Dilaporkan'),
      ...narrative('tidak-dilaporkan'),
      ...(unreported ? [unreported] : []),
    ],
    landscape: true,
  });
  chapters.push({ title: 'OUTPUT: KEBIJAKAN, KELEMBAGAAN DAN ANGGARAN', blocks: [...narrative('output'), ...(outputs ? [outputs] : [])] });
  chapters.push({
    title: 'OUTCOME: PELAKSANAAN MASTERPLAN',
    blocks: [
      heading(2, 'Realisasi per Dimensi'), ...narrative('dimensi'), dimTable, ...(dimensionFig ? [dimensionFig] : []),
      heading(2, 'Realisasi per Kelompok Rencana Aksi'), ...narrative('rencana-aksi'), actions,
    ],
  });
  chapters.push({ title: 'DAMPAK: SURVEI WARGA', blocks: [...narrative('dampak'), ...(survey ? [survey] : []), ...(surveyFig ? [surveyFig] : [])] });
  chapters.push({
    title: 'QUICK WIN',
    blocks: [...narrative('quick-win'), ...(qwTable ? [qwTable] : []), ...(criteria ? [...narrative('kriteria-quick-win'), criteria] : [])],
    landscape: true,
  });
  chapters.push({ title: 'KENDALA DAN TINDAK LANJUT', blocks: [...narrative('kendala'), ...(obstacles ? [obstacles] : [])] });
  chapters.push({ title: 'BUKTI DUKUNG', blocks: [...narrative('bukti-dukung', { hasEvidence: evidence.length > 0 }), ...evidence] });
  if (index) chapters.push({ title: 'INDEKS SMART CITY', blocks: [...narrative('indeks'), index] });

  const numbered = chapters.map((c, i) => {
    const number = String(i + 1);
    // A chapter is one section: it goes landscape whole for a table only a landscape page fits (issue 17).
    const landscape = c.landscape || c.blocks.some((b) => b.kind === 'table' && needsLandscape(model, b));
    const section: Section = {
      kind: 'section', orientation: landscape ? 'landscape' : 'portrait', pageNumbers: 'arabic', restart: i === 0, header,
      blocks: [heading(1, c.title, `bab-${number}`, number), ...c.blocks],
    };
    return { number, sections: [section] };
  });
  numberChapters(numbered);
  const body = numbered.flatMap((c) => c.sections);
  const has = (kind: 'table' | 'figure') => body.some((s) => s.blocks.some((b) => b.kind === kind && b.number !== ''));

  const upper = full.toLocaleUpperCase('id-ID');
  const date = y.asOf ?? model.masterplan.documentDate;
  const cover: Section = {
    kind: 'section', orientation: 'portrait', pageNumbers: 'none', restart: false,
    blocks: [{
      kind: 'cover',
      title: ['LAPORAN MONITORING DAN EVALUASI', 'MASTERPLAN SMART CITY', upper],
      subtitle: `Masterplan Smart City Tahun ${model.masterplan.period.start}–${model.masterplan.period.end}`,
      period: `TAHUN ${y.year}`,
      footer: [`PEMERINTAH ${upper}`, `PROVINSI ${model.region.province.toLocaleUpperCase('id-ID')}`, date.slice(0, 4)],
    }],
  };
  const front: Section = {
    kind: 'section', orientation: 'portrait', pageNumbers: 'roman', restart: true, header,
    blocks: [
      { kind: 'toc', title: 'DAFTAR ISI' },
      ...(has('table') ? [{ kind: 'listOfTables' as const, title: 'DAFTAR TABEL' }] : []),
      ...(has('figure') ? [{ kind: 'listOfFigures' as const, title: 'DAFTAR GAMBAR' }] : []),
    ],
  };
  const meta: DocMeta = {
    title: `Laporan Monitoring dan Evaluasi Masterplan Smart City ${full} Tahun ${y.year}`,
    subject: `Monitoring dan Evaluasi Masterplan Smart City ${model.masterplan.period.start}–${model.masterplan.period.end}, Tahun ${y.year}`,
    author: full,
    date,
    language: 'id-ID',
    style: model.masterplan.style,
    labels: { page: 'Halaman', table: 'Tabel', figure: 'Gambar', chapter: 'BAB' },
    identifiers: identifiersOf(model),
  };
  return { meta, sections: [cover, front, ...body] };
}
