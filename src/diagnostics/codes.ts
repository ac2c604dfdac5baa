import type { Severity } from './diagnostic.js';

/**
 * The registry of diagnostic codes: the only place codes are created. A code never changes
 * meaning once released; the readable `name` is shown in JSON output and the README.
 * Ranges: SC1xxx loading and YAML, SC2xxx schema, SC3xxx cross-file rules, SC4xxx bimtek
 * stage completeness, SC5xxx monitoring (Progress), SC6xxx templates and rendering,
 * SC9xxx run-level problems (usage, files, internal).
 */
export const CODES = {
  // Loading and YAML syntax
  SC1001: { name: 'yaml/syntax', severity: 'error' },
  SC1002: { name: 'yaml/duplicate-key', severity: 'error' },
  SC1003: { name: 'yaml/tab-indent', severity: 'error' },
  SC1004: { name: 'yaml/not-a-mapping', severity: 'error' },
  SC1005: { name: 'yaml/too-many-aliases', severity: 'error' },
  SC1006: { name: 'file/too-large', severity: 'error' },
  SC1007: { name: 'file/not-text', severity: 'error' },
  SC1008: { name: 'file/unreadable', severity: 'error' },
  SC1009: { name: 'doc/missing-api-version', severity: 'error' },
  SC1010: { name: 'doc/unknown-api-version', severity: 'error' },
  SC1011: { name: 'doc/missing-kind', severity: 'error' },
  SC1012: { name: 'doc/unknown-kind', severity: 'error' },
  SC1013: { name: 'project/no-manifest', severity: 'error' },
  SC1014: { name: 'yaml/warning', severity: 'warning' },
  SC1015: { name: 'yaml/too-deep', severity: 'error' },
  SC1016: { name: 'yaml/too-many-documents', severity: 'error' },
  SC1017: { name: 'project/too-many-files', severity: 'error' },
  // JSON Schema
  SC2001: { name: 'schema/required', severity: 'error' },
  SC2002: { name: 'schema/type', severity: 'error' },
  SC2003: { name: 'schema/enum', severity: 'error' },
  SC2004: { name: 'schema/unknown-property', severity: 'error' },
  SC2005: { name: 'schema/range', severity: 'error' },
  SC2006: { name: 'schema/format', severity: 'error' },
  SC2007: { name: 'schema/too-few-items', severity: 'error' },
  SC2008: { name: 'schema/invalid', severity: 'error' },
  SC2009: { name: 'schema/empty-text', severity: 'error' },
  SC2010: { name: 'schema/not-integer', severity: 'error' },
  // Cross-file rules
  SC3001: { name: 'project/missing-document', severity: 'error' },
  SC3002: { name: 'project/too-many-documents', severity: 'error' },
  SC3003: { name: 'ref/duplicate-id', severity: 'error' },
  SC3004: { name: 'ref/unknown-agency', severity: 'error' },
  SC3005: { name: 'ref/unknown-dimension', severity: 'error' },
  SC3006: { name: 'ref/unknown-element', severity: 'error' },
  SC3007: { name: 'ref/unknown-program', severity: 'error' },
  SC3008: { name: 'ref/unknown-funding-source', severity: 'error' },
  SC3009: { name: 'range/year-outside-period', severity: 'error' },
  SC3010: { name: 'range/period', severity: 'error' },
  SC3011: { name: 'range/schedule-order', severity: 'error' },
  SC3012: { name: 'range/schedule-too-long', severity: 'error' },
  SC3013: { name: 'range/schedule-outside-period', severity: 'error' },
  SC3014: { name: 'project/duplicate-dimension-strategy', severity: 'error' },
  SC3015: { name: 'coverage/dimension-without-strategy', severity: 'warning' },
  SC3016: { name: 'coverage/dimension-without-quick-win', severity: 'warning' },
  SC3017: { name: 'framework/duplicate-id', severity: 'error' },
  SC3018: { name: 'file/logo', severity: 'error' },
  SC3019: { name: 'range/total-too-large', severity: 'error' },
  SC3020: { name: 'range/horizon-order', severity: 'error' },
  SC3021: { name: 'ref/duplicate-funding-source', severity: 'error' },
  SC3022: { name: 'range/calendar-date', severity: 'error' },
  SC3050: { name: 'enactment/promulgated-before-enacted', severity: 'error' },
  SC3051: { name: 'enactment/year-differs-from-date', severity: 'error' },
  SC3052: { name: 'enactment/after-period', severity: 'warning' },
  // Bimtek stage completeness (errors under --stage)
  SC4001: { name: 'stage/readiness', severity: 'error' },
  SC4002: { name: 'stage/gap-analysis', severity: 'error' },
  SC4003: { name: 'stage/swot', severity: 'error' },
  SC4004: { name: 'stage/vision', severity: 'error' },
  SC4005: { name: 'stage/programs', severity: 'error' },
  SC4006: { name: 'stage/program-indicators', severity: 'error' },
  SC4007: { name: 'stage/strategy', severity: 'error' },
  SC4008: { name: 'stage/quick-win', severity: 'error' },
  SC4009: { name: 'stage/program-budget', severity: 'error' },
  SC4010: { name: 'stage/team', severity: 'error' },
  SC4011: { name: 'stage/issued', severity: 'error' },
  SC4012: { name: 'stage/dimension-programs', severity: 'error' },
  SC4013: { name: 'stage/dimension-goal-strategies', severity: 'error' },
  // Monitoring and evaluation (Progress)
  SC5001: { name: 'progress/duplicate-year', severity: 'error' },
  SC5002: { name: 'progress/duplicate-entry', severity: 'error' },
  SC5003: { name: 'ref/unknown-quick-win', severity: 'error' },
  SC5004: { name: 'ref/unknown-indicator', severity: 'error' },
  SC5005: { name: 'progress/weights-sum', severity: 'error' },
  SC5006: { name: 'progress/score-without-weight', severity: 'error' },
  SC5007: { name: 'progress/unreported-program', severity: 'warning' },
  SC5008: { name: 'progress/over-realised', severity: 'warning' },
  SC5009: { name: 'progress/quick-win-outside-schedule', severity: 'warning' },
  SC5010: { name: 'progress/score-precision', severity: 'error' },
  // Templates and rendering
  SC6001: { name: 'render/no-libreoffice', severity: 'warning' },
  SC6002: { name: 'template/error', severity: 'error' },
  SC6003: { name: 'template/unknown-field', severity: 'warning' },
  SC6004: { name: 'render/unsupported-block', severity: 'warning' },
  SC6005: { name: 'outline/unknown-section', severity: 'error' },
  SC6006: { name: 'render/pdf-failed', severity: 'warning' },
  SC6007: { name: 'render/page-measure-failed', severity: 'warning' },
  SC6008: { name: 'template/unknown-ref', severity: 'warning' },
  SC6030: { name: 'perbup/no-legal-basis', severity: 'info' },
  SC6031: { name: 'perbup/unknown-citation', severity: 'warning' },
  // Run-level problems
  SC9001: { name: 'cli/path-not-found', severity: 'error' },
  SC9002: { name: 'cli/not-a-directory', severity: 'error' },
  SC9003: { name: 'cli/output-overlaps-input', severity: 'error' },
  SC9004: { name: 'cli/write-failed', severity: 'error' },
  SC9005: { name: 'cli/internal-error', severity: 'error' },
  SC9006: { name: 'cli/usage', severity: 'error' },
  SC9007: { name: 'cli/project-exists', severity: 'error' },
  SC9008: { name: 'cli/no-libreoffice', severity: 'error' },
  SC9009: { name: 'cli/file-exists', severity: 'error' },
  SC9010: { name: 'cli/no-projects', severity: 'error' },
  SC9020: { name: 'cli/year-not-reported', severity: 'error' },
} as const satisfies Record<string, { name: string; severity: Severity }>;

export type Code = keyof typeof CODES;

export function codeName(code: Code): string {
  return CODES[code].name;
}

export function defaultSeverity(code: Code): Severity {
  return CODES[code].severity;
}
