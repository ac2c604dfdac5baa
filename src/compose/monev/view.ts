/**
 * What the monitoring report's narrative templates see (`monev.*`): every figure formatted from
 * the ProgressYear, so a template never computes.
 */
import { formatBasisPoints, formatDate, terbilang } from '../../format/indonesian.js';
import { formatIndex, formatIndexChange, formatRealisation, implementationBp, PROGRESS_STATUS_NAMES, ratioBp } from '../../model/progress.js';
import { QUICK_WIN_CRITERIA } from '../../model/quick-win-evaluation.js';
import type { Model, ProgressYear, Realisation } from '../../model/types.js';
import { PROGRESS_STATUSES } from '../../model/types.js';
import { baseView, type View } from '../book/view.js';
import { outputCounts } from './evaluation.js';

const DASH = '–';

/** "63,1%" → "enam puluh tiga koma satu persen" (the words of a displayed percentage). */
export function percentWords(shown: string): string {
  const m = /^(-?)([\d.]+)(?:,(\d+))?%$/.exec(shown);
  if (!m) return shown;
  const whole = terbilang(Number(m[2].replace(/\./g, '')));
  const decimals = (m[3] ?? '').replace(/0+$/, '');
  const digits = decimals ? ` koma ${[...decimals].map((d) => (d === '0' ? 'nol' : terbilang(Number(d)))).join(' ')}` : '';
  return `${m[1] ? 'minus ' : ''}${whole}${digits} persen`;
}

// ---- the view the narrative templates see ----

export function monevView(model: Model, y: ProgressYear, ids: Record<string, string | null>): View {
  const total = y.total;
  const realisation = formatRealisation(total);
  const impl = implementationBp(total);
  const implementation = impl === undefined ? DASH : formatBasisPoints(impl, 1);
  const a = y.assessment;
  return {
    ...baseView(model),
    monev: {
      year: y.year,
      asOf: y.asOf ? formatDate(y.asOf) : null,
      planned: total.planned,
      realized: total.realized,
      realisation,
      realisationWords: total.planned > 0 ? percentWords(realisation) : null,
      programs: total.programs,
      implemented: total.implemented,
      implementation,
      implementationWords: impl === undefined ? null : percentWords(implementation),
      reported: y.programs.length - y.statusCounts.unreported,
      statuses: [...PROGRESS_STATUSES, 'unreported' as const]
        .filter((s) => y.statusCounts[s] > 0)
        .map((s) => ({ name: PROGRESS_STATUS_NAMES[s], count: y.statusCounts[s] })),
      unreported: y.unreported.map((p) => p.name),
      unreportedCount: y.unreported.length,
      quickWinCount: y.quickWins.length,
      dimensions: y.byDimension.filter((d) => d.programs > 0).map((d) => ({ name: d.label, realisation: formatRealisation(d) })),
      best: extreme(y.byDimension, 1),
      worst: extreme(y.byDimension, -1),
      index: a && a.components.length ? formatIndex(a.indexTenThousandths) : null,
      previousIndex: a?.previousIndexHundredths !== undefined ? formatIndex(a.previousIndexHundredths * 100) : null,
      indexChange: a?.changeTenThousandths !== undefined ? formatIndexChange(a.changeTenThousandths) : null,
      indexTrend: a?.changeTenThousandths === undefined ? null : a.changeTenThousandths > 0 ? 'naik' : a.changeTenThousandths < 0 ? 'turun' : 'tetap',
      outputs: outputCounts(y),
      outputCount: y.outputs.length,
      actions: y.byAction.filter((r) => r.key !== 'none' || r.programs > 0).map((r) => ({ key: r.key, name: r.label, programs: r.programs, realisation: formatRealisation(r) })),
      sdmPrograms: y.byAction.find((r) => r.key === 'sdm')?.programs ?? 0,
      ungrouped: y.byAction.find((r) => r.key === 'none')?.programs ?? 0,
      survey: y.survey ? {
        respondents: y.survey.respondents, method: y.survey.method ?? null, date: y.survey.date ? formatDate(y.survey.date) : null,
        mean: formatIndex(y.survey.meanTenThousandths), dimensions: y.survey.scores.length,
      } : null,
      criteria: y.quickWins.filter((q) => q.criteriaMeanTenThousandths !== undefined).map((q) => ({
        name: q.quickWin.acronym ?? q.quickWin.name, mean: formatIndex(q.criteriaMeanTenThousandths!), scored: q.criteriaScores.length,
        allScored: q.criteriaScores.length === QUICK_WIN_CRITERIA.length,
      })),
      obstacleCount: y.programs.filter((p) => p.obstacles.length > 0).length + y.quickWins.filter((q) => q.obstacles.length > 0).length,
      ...ids,
    },
  };
}

/** The dimension with the highest (dir 1) or lowest (dir −1) realisation, compared exactly in basis points. */
function extreme(rows: Realisation[], dir: 1 | -1): { name: string; realisation: string } | null {
  let best: Realisation | undefined;
  let bestBp = 0;
  for (const r of rows) {
    const bp = ratioBp(r.realized, r.planned);
    if (bp === undefined) continue;
    if (!best || (dir === 1 ? bp > bestBp : bp < bestBp)) {
      best = r;
      bestBp = bp;
    }
  }
  return best ? { name: best.label, realisation: formatRealisation(best) } : null;
}

