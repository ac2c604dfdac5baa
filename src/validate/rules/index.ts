import { books } from './books.js';
import { alignment } from './alignment.js';
import { budgetTotal } from './budget-total.js';
import { calendarDate } from './calendar-date.js';
import { coverage } from './coverage.js';
import { documentCount } from './document-count.js';
import { duplicateId } from './duplicate-id.js';
import { enactment } from './enactment.js';
import { frameworkIds } from './framework-ids.js';
import { indicatorYears } from './indicators.js';
import { links } from './links.js';
import { fundingSource } from './funding-source.js';
import { logo } from './logo.js';
import { outline } from './outline.js';
import { period } from './period.js';
import { placeholder } from './placeholder.js';
import { progressAssessment } from './progress-assessment.js';
import { progressEntries } from './progress-entries.js';
import { progressEvaluation } from './progress-evaluation.js';
import { progressWarnings } from './progress-warnings.js';
import { surveyImpact } from './survey-impact.js';
import { progressYear } from './progress-year.js';
import { quickWinRisks } from './quick-win-risks.js';
import { schedule } from './schedule.js';
import { SLIP_RULES } from './slips.js';
import { sequence } from './sequence.js';
import type { CrossFileRule } from './types.js';
import { unknownAgency } from './unknown-agency.js';
import { unknownDimension } from './unknown-dimension.js';
import { unknownProgram } from './unknown-program.js';
import { years } from './years.js';

/** Every cross-file rule. Order does not matter: the diagnostics are sorted afterwards. */
export const RULES: readonly CrossFileRule[] = [
  documentCount,
  duplicateId,
  frameworkIds,
  unknownAgency,
  unknownDimension,
  unknownProgram,
  fundingSource,
  period,
  outline,
  books,
  years,
  schedule,
  budgetTotal,
  logo,
  coverage,
  progressYear,
  progressEntries,
  progressAssessment,
  progressWarnings,
  progressEvaluation,
  surveyImpact,
  quickWinRisks,
  calendarDate,
  ...SLIP_RULES,
  links,
  sequence,
  indicatorYears,
  alignment,
  placeholder,
  enactment,
];
