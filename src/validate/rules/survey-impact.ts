import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatDecimal } from '../../format/indonesian.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/**
 * SC5014 (warning): the self-assessed impact score differs from the mean of the citizen survey written beside it,
 * which is what the impact component measures (INPUT-FORMAT "survey"): the report printed "Dampak 2,80" in the
 * index and "rata-rata 2,86" three chapters before (issue 17). Compared in exact hundredths, the mean half-up.
 */
export const surveyImpact: CrossFileRule = {
  name: 'survey-impact',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const { doc, data } of ctx.docs.Progress) {
      const impact = data.assessment?.scores?.impact;
      const scores = Object.values(data.survey?.scores ?? {}).filter((v): v is number => typeof v === 'number');
      if (impact === undefined || scores.length === 0) continue;
      // Scores have at most two decimals (SC5010): their sum in hundredths is exact.
      const sum = scores.reduce((s, v) => s + Math.round(v * 100), 0);
      const mean = Math.floor((2 * sum + scores.length) / (2 * scores.length));
      if (Math.round(impact * 100) === mean) continue;
      out.push(report('SC5014', { impact: formatDecimal(impact, 2), mean: formatDecimal(mean / 100, 2) }, doc, ['assessment', 'scores', 'impact']));
    }
    return out;
  },
};
