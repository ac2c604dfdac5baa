/**
 * `smartcity summary`: counts and budget totals by dimension, year and funding source, read
 * from the model's totals (never re-added here), as a terminal table or JSON. With `--year Y`:
 * the monitoring figures of that year, read from `model.progress`.
 */
import { formatDate, formatDecimal, formatInteger, formatRupiah, terbilang } from '../format/indonesian.js';
import {
  formatIndex, formatIndexChange, formatPercent, formatRealisation, progressFor, PROGRESS_STATUS_NAMES,
} from '../model/progress.js';
import { OUTPUT_TYPE_NAMES } from '../compose/monev/evaluation.js';
import type { Model, ProgressStatus, Realisation } from '../model/types.js';

export interface SummaryRow {
  key: string;
  label: string;
  programs?: number;
  quickWins?: number;
  total: number;
}

export interface Summary {
  region: string;
  period: { start: number; end: number };
  programs: number;
  quickWins: number;
  total: number;
  quickWinTotal: number;
  byDimension: SummaryRow[];
  byYear: SummaryRow[];
  bySource: SummaryRow[];
}

export function summarize(model: Model): Summary {
  const { totals, masterplan, region } = model;
  return {
    region: `${region.type === 'kota' ? 'Kota' : 'Kabupaten'} ${region.name}`,
    period: masterplan.period,
    programs: totals.programCount,
    quickWins: totals.quickWinCount,
    total: totals.programs,
    quickWinTotal: totals.quickWins,
    byDimension: model.dimensions.map((d) => ({
      key: d.dimension.id, label: d.dimension.name, programs: d.programs.length, quickWins: d.quickWins.length, total: d.total,
    })),
    byYear: masterplan.years.map((y, i) => ({ key: String(y), label: String(y), total: totals.byYear[i] })),
    bySource: totals.bySource.filter((s) => s.total > 0).map((s) => ({ key: s.key, label: s.label, total: s.total })),
  };
}

const WORDS = {
  id: { dimension: 'Dimensi', year: 'Tahun', source: 'Sumber dana', programs: 'Program', quickWins: 'Quick win', budget: 'Anggaran', total: 'Total', period: 'Periode' },
  en: { dimension: 'Dimension', year: 'Year', source: 'Funding source', programs: 'Programs', quickWins: 'Quick wins', budget: 'Budget', total: 'Total', period: 'Period' },
} as const;

function table(header: string[], rows: string[][], rightAligned: Set<number>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (rightAligned.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The terminal table. Money in Indonesian format whatever the message language. */
export function formatSummary(s: Summary, locale: 'id' | 'en'): string {
  const w = WORDS[locale];
  const money = (n: number) => formatRupiah(n);
  const dims = table(
    [w.dimension, w.programs, w.quickWins, w.budget],
    [
      ...s.byDimension.map((r) => [r.label, formatInteger(r.programs ?? 0), formatInteger(r.quickWins ?? 0), money(r.total)]),
      [w.total, formatInteger(s.programs), formatInteger(s.quickWins), money(s.total)],
    ],
    new Set([1, 2, 3]),
  );
  const years = table([w.year, w.budget], s.byYear.map((r) => [r.label, money(r.total)]), new Set([1]));
  const sources = table([w.source, w.budget], s.bySource.map((r) => [r.label, money(r.total)]), new Set([1]));
  return [
    `${s.region} — ${w.period} ${s.period.start}–${s.period.end}`,
    '',
    dims,
    '',
    years,
    '',
    sources,
    '',
    `${w.total}: ${money(s.total)} (${terbilang(s.total)} rupiah)`,
    '',
  ].join('\n');
}

// ---- `smartcity summary --year Y`: the monitoring figures of one reported year ----

export interface YearSummaryRow {
  key: string;
  label: string;
  /** Programs with a planned amount in the year. */
  programs: number;
  /** Of which on_track or done. */
  implemented: number;
  planned: number;
  realized: number;
  /** Budget realisation, "63,1%" ("–" without a planned amount). */
  realization: string;
  /** Implementation rate, "50,0%". */
  implementation: string;
}

export interface YearSummary {
  region: string;
  year: number;
  asOf?: string;
  total: YearSummaryRow;
  statusCounts: Record<ProgressStatus | 'unreported', number>;
  unreported: string[];
  quickWins: { count: number; planned: number; realized: number; realization: string };
  /** The self-assessment index, when the year has one. */
  index?: {
    tenThousandths: number;
    value: string;
    previous?: string;
    change?: string;
    components: { name: string; score: string; weight: number; weighted: string }[];
  };
  byDimension: YearSummaryRow[];
  /** Per action-plan group (every group, then `none` when it holds programs). */
  byAction: YearSummaryRow[];
  /** The output component's evidence, counted per type. */
  outputs: { count: number; byType: { type: string; count: number; done: number }[] };
  /** The impact survey, when reported. */
  survey?: { respondents: number; date?: string; method?: string; mean: string; scores: { key: string; label: string; score: string }[] };
  /** Each scored quick win's criteria mean (over the criteria it scored). */
  criteria: { id: string; name: string; mean: string; scored: number }[];
}

function yearRow(r: Realisation): YearSummaryRow {
  return {
    key: r.key, label: r.label, programs: r.programs, implemented: r.implemented, planned: r.planned, realized: r.realized,
    realization: formatRealisation(r), implementation: formatPercent(r.implemented, r.programs),
  };
}

/** The figures of a reported year, read from `model.progress` (undefined: year not reported). */
export function summarizeYear(model: Model, year: number): YearSummary | undefined {
  const y = progressFor(model, year);
  if (!y) return undefined;
  const { region } = model;
  const { planned: qwPlanned, realized: qwRealized } = y.quickWinTotal;
  const a = y.assessment;
  return {
    region: `${region.type === 'kota' ? 'Kota' : 'Kabupaten'} ${region.name}`,
    year: y.year,
    asOf: y.asOf,
    total: yearRow(y.total),
    statusCounts: y.statusCounts,
    unreported: y.unreported.map((p) => p.id),
    quickWins: { count: y.quickWins.length, planned: qwPlanned, realized: qwRealized, realization: formatPercent(qwRealized, qwPlanned) },
    index: a && a.components.length
      ? {
          tenThousandths: a.indexTenThousandths,
          value: formatIndex(a.indexTenThousandths),
          previous: a.previousIndexHundredths !== undefined ? formatIndex(a.previousIndexHundredths * 100) : undefined,
          change: a.changeTenThousandths !== undefined ? formatIndexChange(a.changeTenThousandths) : undefined,
          components: a.components.map((c) => ({
            name: c.name, score: formatIndex(c.scoreHundredths * 100), weight: c.weight, weighted: formatDecimal(c.weightedTenThousandths / 10000, 4),
          })),
        }
      : undefined,
    byDimension: y.byDimension.map(yearRow),
    byAction: y.byAction.filter((r) => r.key !== 'none' || r.programs > 0).map(yearRow),
    outputs: {
      count: y.outputs.length,
      byType: (['regulation', 'institution', 'budget', 'other'] as const)
        .map((type) => ({ type, count: y.outputs.filter((o) => o.type === type).length, done: y.outputs.filter((o) => o.type === type && o.status === 'done').length }))
        .filter((r) => r.count > 0),
    },
    survey: y.survey ? {
      respondents: y.survey.respondents, date: y.survey.date, method: y.survey.method, mean: formatIndex(y.survey.meanTenThousandths),
      scores: y.survey.scores.map((r) => ({ key: r.dimensionId, label: r.label, score: formatIndex(r.hundredths * 100) })),
    } : undefined,
    criteria: y.quickWins.filter((q) => q.criteriaMeanTenThousandths !== undefined).map((q) => ({
      id: q.quickWin.id, name: q.quickWin.acronym ?? q.quickWin.name, mean: formatIndex(q.criteriaMeanTenThousandths!), scored: q.criteriaScores.length,
    })),
  };
}

/** The years that have a Progress document, for the "unknown year" message. */
export function reportedYears(model: Model): number[] {
  return model.progress.map((p) => p.year);
}

const YEAR_WORDS = {
  id: {
    title: 'Monitoring dan evaluasi', asOf: 'data per', dimension: 'Dimensi', programs: 'Program', implemented: 'Terlaksana',
    planned: 'Rencana', realized: 'Realisasi', percent: '%', total: 'Total', status: 'Status',
    rate: 'Tingkat pelaksanaan', of: 'dari', budget: 'Realisasi anggaran', quickWins: 'Quick win', index: 'Indeks',
    previous: 'tahun lalu', unreported: 'Belum dilaporkan', action: 'Rencana aksi', outputs: 'Bukti output', documents: 'dokumen',
    done: 'selesai', survey: 'Survei dampak', respondents: 'responden', mean: 'rata-rata', criteria: 'Skor kriteria quick win',
  },
  en: {
    title: 'Monitoring and evaluation', asOf: 'data as of', dimension: 'Dimension', programs: 'Programs', implemented: 'Implemented',
    planned: 'Planned', realized: 'Realised', percent: '%', total: 'Total', status: 'Status',
    rate: 'Implementation rate', of: 'of', budget: 'Budget realisation', quickWins: 'Quick wins', index: 'Index',
    previous: 'last year', unreported: 'Not reported', action: 'Action plan', outputs: 'Output evidence', documents: 'documents',
    done: 'done', survey: 'Impact survey', respondents: 'respondents', mean: 'mean', criteria: 'Quick-win criteria scores',
  },
} as const;

/** The terminal report of a year. Money, percentages and status names in Indonesian format. */
export function formatYearSummary(s: YearSummary, locale: 'id' | 'en'): string {
  const w = YEAR_WORDS[locale];
  const dims = table(
    [w.dimension, w.programs, w.implemented, w.planned, w.realized, w.percent],
    [...s.byDimension, { ...s.total, label: w.total }].map((r) => [
      r.label, formatInteger(r.programs), formatInteger(r.implemented), formatRupiah(r.planned), formatRupiah(r.realized), r.realization,
    ]),
    new Set([1, 2, 3, 4, 5]),
  );
  const statuses = (['done', 'on_track', 'delayed', 'not_started', 'cancelled', 'unreported'] as const)
    .map((k) => `${PROGRESS_STATUS_NAMES[k]} ${s.statusCounts[k]}`).join(' · ');
  const lines = [
    `${s.region} — ${w.title} ${s.year}${s.asOf ? ` (${w.asOf} ${formatDate(s.asOf)})` : ''}`,
    '',
    dims,
    '',
    `${w.budget}: ${formatRupiah(s.total.realized)} ${w.of} ${formatRupiah(s.total.planned)} (${s.total.realization})`,
    `  ${terbilang(s.total.realized)} rupiah`,
    `${w.status}: ${statuses}`,
    `${w.rate}: ${s.total.implemented} ${w.of} ${s.total.programs} ${w.programs.toLowerCase()} (${s.total.implementation})`,
  ];
  if (s.unreported.length) lines.push(`${w.unreported}: ${s.unreported.join(', ')}`);
  if (s.quickWins.count) {
    lines.push(`${w.quickWins}: ${s.quickWins.count}, ${formatRupiah(s.quickWins.realized)} ${w.of} ${formatRupiah(s.quickWins.planned)} (${s.quickWins.realization})`);
  }
  if (s.byAction.length) {
    lines.push('', table(
      [w.action, w.programs, w.planned, w.realized, w.percent],
      s.byAction.map((r) => [r.label, formatInteger(r.programs), formatRupiah(r.planned), formatRupiah(r.realized), r.realization]),
      new Set([1, 2, 3, 4]),
    ), '');
  }
  if (s.outputs.count) {
    lines.push(`${w.outputs}: ${s.outputs.count} ${w.documents} (${s.outputs.byType.map((r) => `${OUTPUT_TYPE_NAMES[r.type as keyof typeof OUTPUT_TYPE_NAMES]} ${r.count}, ${r.done} ${w.done}`).join('; ')})`);
  }
  if (s.survey) {
    lines.push(`${w.survey}: ${formatInteger(s.survey.respondents)} ${w.respondents}, ${w.mean} ${s.survey.mean} (${s.survey.scores.map((r) => `${r.label} ${r.score}`).join(', ')})`);
  }
  if (s.criteria.length) lines.push(`${w.criteria}: ${s.criteria.map((c) => `${c.name} ${c.mean}`).join(', ')}`);
  if (s.index) {
    const prev = s.index.previous !== undefined ? ` (${w.previous} ${s.index.previous}, ${s.index.change})` : '';
    lines.push(`${w.index}: ${s.index.value}${prev}`);
  }
  lines.push('');
  return lines.join('\n');
}
