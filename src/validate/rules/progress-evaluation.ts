import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { listAllowed, suggest } from '../../diagnostics/suggest.js';
import type { DataPath } from '../../load/locate.js';
import type { LoadedDocument } from '../../load/types.js';
import { decimals, sourceText } from './progress-assessment.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/** Kominfo's impact surveys seen had 50 (Lombok Utara 2024) to 300 (Muara Enim) respondents (DOMAIN.md). */
export const SURVEY_RESPONDENTS = { min: 50, max: 300 } as const;

/**
 * The evaluation fields of a Progress document, beyond what the schema checks: SC5012 every
 * survey score names a framework dimension (with did-you-mean); SC5010 survey and criteria scores
 * have at most two decimals, because their means are computed in exact hundredths; SC5013 (a
 * warning) a survey outside the usual 50–300 respondents. The criteria keys are closed by the
 * schema, which already suggests the nearest criterion (SC2004).
 */
export const progressEvaluation: CrossFileRule = {
  name: 'progress-evaluation',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const { doc, data } of ctx.docs.Progress) {
      const survey = data.survey;
      if (survey) {
        const dimensions = ctx.framework?.dimensionIds;
        for (const id of Object.keys(survey.scores)) {
          const path = ['survey', 'scores', id];
          if (dimensions && !dimensions.includes(id)) {
            out.push(report('SC5012', { id, allowed: listAllowed(dimensions) }, doc, path, { target: 'key', suggestion: suggest(id, dimensions) }));
          }
          precision(doc, path, id, out);
        }
        const n = survey.respondents;
        if (n < SURVEY_RESPONDENTS.min || n > SURVEY_RESPONDENTS.max) out.push(report('SC5013', { respondents: n }, doc, ['survey', 'respondents']));
      }
      (data.quick_wins ?? []).forEach((entry, i) => {
        for (const criterion of Object.keys(entry.criteria_scores ?? {})) {
          precision(doc, ['quick_wins', i, 'criteria_scores', criterion], criterion, out);
        }
      });
    }
    return out;
  },
};

function precision(doc: LoadedDocument, path: DataPath, component: string, out: Diagnostic[]): void {
  const written = sourceText(doc, path as string[]);
  if (written !== undefined && decimals(written) > 2) out.push(report('SC5010', { value: written, component }, doc, path));
}
