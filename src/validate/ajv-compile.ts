import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import type { DocumentKind } from '../load/types.js';
import { COMMON_SCHEMA_FILE, SCHEMA_DIR, SCHEMA_FILES, schemaId } from './schema-files.js';

/**
 * The one Ajv configuration, shared by the build (standalone code) and the fallback used when
 * running from `src/`. `verbose` keeps `parentSchema` and `data` on errors: from-ajv needs the
 * allowed property names for did-you-mean. `allowUnionTypes` permits `type: [number, string]`.
 */
export function createAjv(opts: { standalone?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    verbose: true,
    code: opts.standalone ? { source: true, esm: true } : undefined,
  });
  // `$anchor` names a definition for json-schema-to-typescript (scripts/gen-types.mjs). Ajv
  // resolves anchors but does not list the keyword, so strict mode needs it declared.
  ajv.addKeyword('$anchor');
  for (const file of [COMMON_SCHEMA_FILE, ...Object.values(SCHEMA_FILES)]) {
    ajv.addSchema(readSchema(file));
  }
  return ajv;
}

function readSchema(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8')) as Record<string, unknown>;
}

export type Validators = Record<DocumentKind, ValidateFunction>;

/** Compiles every kind's validator (slow: only for tests and the build). */
export function compileAll(ajv = createAjv()): Validators {
  const out = {} as Validators;
  for (const [kind, file] of Object.entries(SCHEMA_FILES) as [DocumentKind, string][]) {
    const fn = ajv.getSchema(schemaId(file));
    if (!fn) throw new Error(`schema ${file} is not registered`);
    out[kind] = fn;
  }
  return out;
}
