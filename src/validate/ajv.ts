import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ErrorObject } from 'ajv';
import type { DocumentKind } from '../load/types.js';

/** A schema validator: ajv's calling convention (errors are left on the function). */
export type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export type { ErrorObject };

/**
 * Validators come from one of two places:
 * - `dist/validate/validators.js`, ajv standalone code written by scripts/build.mjs. Compiling
 *   six schemas costs more than all the rest of `smartcity validate`, and the CLI's start-up
 *   budget is ~3x a bare `node -e 0`, so the built CLI never imports ajv itself.
 * - otherwise (running from `src/` under vitest) the schemas in `schemas/` are compiled once,
 *   with the same options (ajv-compile.ts), so tests check exactly what users get.
 * Both are dynamic imports, so the unused path costs nothing. Top-level await keeps
 * validateProject synchronous for its callers.
 */
async function loadValidators(): Promise<Record<DocumentKind, Validate>> {
  const built = new URL('./validators.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) {
    return (await import(built.href)) as Record<DocumentKind, Validate>;
  }
  const { compileAll } = await import('./ajv-compile.js');
  return compileAll() as Record<DocumentKind, Validate>;
}

const validators = await loadValidators();

export function validatorFor(kind: DocumentKind): Validate {
  return validators[kind];
}
