/**
 * The parts of the monitoring report that mirror Kominfo's evaluation form beyond plan and
 * realisation: the output evidence (policy, institutions, budget), realisation per action-plan
 * group (outcome), the citizen survey (impact) and the quick wins' criteria scores. Every figure
 * comes from the ProgressYear; nothing is re-added here.
 */
import { formatBasisPoints, formatDate, formatInteger } from '../../format/indonesian.js';
import { formatIndex, formatRealisation, implementationBp } from '../../model/progress.js';
import { CRITERION_NAMES, QUICK_WIN_CRITERIA } from '../../model/quick-win-evaluation.js';
import type { OutputStatus, OutputType, ProgressYear } from '../../model/types.js';
import { groupRow, headRow, moneyCell, noCell, sourceNote, t, textCell } from '../tables/cells.js';
import type { Cell, Figure, Table } from '../tree.js';

export const OUTPUT_TYPE_NAMES: Record<OutputType, string> = {
  regulation: 'Kebijakan (Regulasi)',
  institution: 'Kelembagaan',
  budget: 'Anggaran',
  other: 'Lainnya',
};

export const OUTPUT_STATUS_NAMES: Record<OutputStatus, string> = {
  done: 'Selesai',
  in_progress: 'Dalam proses',
  planned: 'Direncanakan',
};

const OUTPUT_TYPES: readonly OutputType[] = ['regulation', 'institution', 'budget', 'other'];
const DASH = '–';
const center = (text: string, extra: Partial<Cell> = {}): Cell => ({ content: [t(text)], align: 'center', ...extra });

function table(id: string, caption: string, widths: number[], head: Cell[][], body: Cell[][], extra: Partial<Table> = {}): Table {
  return { kind: 'table', id, number: '', caption: [t(caption)], columns: widths.map((width) => ({ width })), head, body, ...extra };
}

/** The output evidence grouped by type (No | Dokumen | Nomor | Status); undefined without outputs. */
export function outputTable(y: ProgressYear): Table | undefined {
  if (y.outputs.length === 0) return undefined;
  const body: Cell[][] = [];
  for (const type of OUTPUT_TYPES) {
    const rows = y.outputs.filter((o) => o.type === type);
    if (rows.length === 0) continue;
    body.push(groupRow(OUTPUT_TYPE_NAMES[type], 4));
    rows.forEach((o, i) => body.push([
      noCell(i + 1), textCell(o.title), textCell(o.reference ?? DASH), center(o.status ? OUTPUT_STATUS_NAMES[o.status] : DASH),
    ]));
  }
  return table('tbl-monev-output', `Bukti Komponen Output Tahun ${y.year}`, [6, 54, 25, 15], [headRow(['No', 'Dokumen', 'Nomor', 'Status'])], body,
    { note: sourceNote('Kebijakan, kelembagaan dan anggaran yang dilaporkan perangkat daerah') });
}

/** Counts of outputs per type and status, for the narrative. */
export function outputCounts(y: ProgressYear) {
  return OUTPUT_TYPES.map((type) => {
    const rows = y.outputs.filter((o) => o.type === type);
    return { name: OUTPUT_TYPE_NAMES[type], count: rows.length, done: rows.filter((o) => o.status === 'done').length };
  }).filter((c) => c.count > 0);
}

/** Realisation per action-plan group, with the ungrouped row (outcome component). */
export function actionTable(y: ProgressYear): Table {
  const rows = y.byAction.filter((r) => r.key !== 'none' || r.programs > 0);
  const body: Cell[][] = rows.map((r, i) => {
    const impl = implementationBp(r);
    return [
      noCell(i + 1), textCell(r.label), center(formatInteger(r.programs)), moneyCell(r.planned), moneyCell(r.realized),
      center(formatRealisation(r)), center(impl === undefined ? DASH : formatBasisPoints(impl, 1)),
    ];
  });
  const shade = { bold: true, shade: 'total' as const };
  const impl = implementationBp(y.total);
  body.push([
    { content: [t('Total')], colSpan: 2, align: 'center', ...shade }, center(formatInteger(y.total.programs), shade),
    moneyCell(y.total.planned, shade), moneyCell(y.total.realized, shade), center(formatRealisation(y.total), shade),
    center(impl === undefined ? DASH : formatBasisPoints(impl, 1), shade),
  ]);
  return table('tbl-monev-rencana-aksi', `Realisasi per Kelompok Rencana Aksi Tahun ${y.year}`, [5, 24, 11, 17, 17, 12, 14],
    [headRow(['No', 'Kelompok Rencana Aksi', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Realisasi (%)', 'Implementasi'])], body, { dense: true });
}

/** The survey's scores per dimension and their mean; undefined without a survey. */
export function surveyTable(y: ProgressYear): Table | undefined {
  const s = y.survey;
  if (!s) return undefined;
  const body: Cell[][] = s.scores.map((r, i) => [noCell(i + 1), textCell(r.label), center(formatIndex(r.hundredths * 100))]);
  body.push([{ content: [t('Rata-rata')], colSpan: 2, align: 'center', bold: true, shade: 'total' }, center(formatIndex(s.meanTenThousandths), { bold: true, shade: 'total' })]);
  const about = [`${formatInteger(s.respondents)} responden`, s.method, s.date ? formatDate(s.date) : undefined].filter(Boolean).join('; ');
  return table('tbl-monev-survei', `Hasil Survei Dampak per Dimensi Tahun ${y.year}`, [8, 62, 30], [headRow(['No', 'Dimensi', 'Skor (1–5)'])], body,
    { note: sourceNote(`Survei warga (${about})`) });
}

export function surveyFigure(y: ProgressYear): Figure | undefined {
  const s = y.survey;
  if (!s || s.scores.length === 0) return undefined;
  return {
    kind: 'figure',
    id: 'fig-monev-survei',
    number: '',
    caption: [t(`Skor Survei Dampak per Dimensi Tahun ${y.year}`)],
    altText: `Grafik kolom skor survei dampak per dimensi tahun ${y.year} pada skala 1–5: ${s.scores.map((r) => `${r.label} ${formatIndex(r.hundredths * 100)}`).join(', ')}; rata-rata ${formatIndex(s.meanTenThousandths)}.`,
    chart: {
      type: 'column',
      categories: s.scores.map((r) => r.label),
      series: [{ name: 'Skor survei', values: s.scores.map((r) => r.hundredths / 100) }],
      categoryColorKeys: s.scores.map((_, i) => `dimension:${i}`),
      valueAxisTitle: 'Skor (1–5)',
      valueRange: { min: 0, max: 5 },
    },
  };
}

/**
 * The quick wins' criteria scores: a row per criterion, a column per scored quick win, the mean
 * at the bottom ("–" for a criterion not scored: the mean is over the scored ones). Undefined when
 * no quick win has scores.
 */
export function criteriaScoreTable(y: ProgressYear): Table | undefined {
  const scored = y.quickWins.filter((q) => q.criteriaScores.length > 0);
  if (scored.length === 0) return undefined;
  const name = (q: (typeof scored)[number]) => q.quickWin.acronym ?? q.quickWin.name;
  const body: Cell[][] = QUICK_WIN_CRITERIA.map((c, i) => [
    noCell(i + 1), textCell(CRITERION_NAMES[c]),
    ...scored.map((q) => {
      const s = q.criteriaScores.find((x) => x.criterion === c);
      return center(s ? formatIndex(s.hundredths * 100) : DASH);
    }),
  ]);
  body.push([
    { content: [t('Rata-rata')], colSpan: 2, align: 'center', bold: true, shade: 'total' },
    ...scored.map((q) => center(formatIndex(q.criteriaMeanTenThousandths!), { bold: true, shade: 'total' })),
  ]);
  const each = Math.max(8, Math.floor(64 / scored.length));
  return table('tbl-monev-kriteria', `Skor Sepuluh Kriteria Quick Win Tahun ${y.year}`, [5, 27, ...scored.map(() => each)],
    [headRow(['No', 'Kriteria', ...scored.map(name)])], body,
    { dense: true, note: [t('Skor penilaian mandiri skala 1–5; rata-rata dihitung dari kriteria yang dinilai (– : belum dinilai).')] });
}
