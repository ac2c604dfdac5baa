/**
 * `smartcity summary`: counts and budget totals by dimension, year and funding source, read
 * from the model's totals (never re-added here), as a terminal table or JSON.
 */
import { formatInteger, formatRupiah, terbilang } from '../format/indonesian.js';
import type { Model } from '../model/types.js';

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
