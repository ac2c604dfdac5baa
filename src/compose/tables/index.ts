/** Table builders: Model → Table blocks of the document tree, placed by the chapter composer. */
export { budgetByHorizonTable } from './budget.js';
export { budgetByAgencyTable, budgetByDimensionTable, budgetBySourceTable, roadmapTable, yearMoneyUnit } from './year-tables.js';
export { councilTable } from './council.js';
export { gapTable } from './gap.js';
export { indicatorMatrixTable } from './indicators.js';
export { indicatorText, programTable } from './program.js';
export { quickWinSchedule, quickWinTable, quickWinTitle, quickWinsSummaryTable } from './quick-wins.js';
export { readinessTable } from './readiness.js';
export { statisticsTable } from './statistics.js';
export { strategyTable } from './strategy.js';
export { swotStrategyTable, swotTable } from './swot.js';
export { programsByElement } from './group.js';
export { actionProgramsTable, actionSummaryTable } from './action-plan.js';
export { codedRisks, criteriaTable, riskRegisterTable } from './quick-win-evaluation.js';
export { gapLabel, linkMatrixTable, strategyLabel } from './links.js';
export { sequenceTable, sequencedPrograms, yearsText } from './sequence.js';
export { answersText } from './program.js';
export { baselineText, targetsText } from './indicators.js';
