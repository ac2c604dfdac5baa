import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { meanTenThousandths } from '../../model/evaluation.js';
import { formatIndex } from '../../model/progress-math.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/**
 * SC5014 (warning): the self-assessed impact score differs from the mean of the citizen survey written beside it,
 * which is what the impact component measures (INPUT-FORMAT "survey"): the report printed "Dampak 2,80" in the
 * index and "rata-rata 2,86" three chapters before (issue 17). Both are compared as the report prints them: the
 * mean as the model keeps it (model/evaluation.ts) and formatIndex's half-up two decimals.
 */
export const surveyImpact: CrossFileRule = {
  name: 'survey-impact',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const { doc, data } of ctx.docs.Progress) {
      const impact = data.assessment?.scores?.impact;
      // Scores have at most two decimals (SC5010): in hundredths they are exact.
      const hundredths = Object.values(data.survey?.scores ?? {}).filter((v): v is number => typeof v === 'number').map((v) => Math.round(v * 100));
      const mean = meanTenThousandths(hundredths);
      if (impact === undefined || mean === undefined) continue;
      const shown = { impact: formatIndex(Math.round(impact * 100) * 100), mean: formatIndex(mean) };
      if (shown.impact !== shown.mean) out.push(report('SC5014', shown, doc, ['assessment', 'scores', 'impact']));
    }
    return out;
  },
};
