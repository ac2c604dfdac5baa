import type { DocumentKind } from '../load/types.js';

/** Base of every schema's `$id`; relative `$ref`s between the files resolve against it. */
export const SCHEMA_BASE = 'https://smartcity.dev/schemas/v1/';

/** One schema file per routed kind (kebab-case), plus the shared definitions. */
export const SCHEMA_FILES: Record<DocumentKind, string> = {
  Masterplan: 'masterplan.schema.json',
  RegionProfile: 'region-profile.schema.json',
  GapAnalysis: 'gap-analysis.schema.json',
  DimensionStrategy: 'dimension-strategy.schema.json',
  QuickWins: 'quick-wins.schema.json',
  Progress: 'progress.schema.json',
};
export const COMMON_SCHEMA_FILE = 'common.schema.json';

/**
 * `schemas/` sits at the package root. This module lives in `src/validate/` (vitest) or
 * `dist/validate/` (built), both two levels down, so one relative URL serves both.
 */
export const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);

export function schemaId(file: string): string {
  return SCHEMA_BASE + file;
}
