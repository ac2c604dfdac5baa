#!/usr/bin/env node
// Build: TypeScript → dist/, then the schema validators → dist/validate/validators.js and the built-in
// templates → dist/compose/templates.precompiled.json.
// Validators are precompiled (ajv standalone code) so that `smartcity validate` never loads
// or runs the ajv compiler at start-up; see src/validate/ajv.ts.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = spawnSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', root], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const { standaloneValidators } = await import(pathToFileURL(`${root}dist/validate/standalone.js`).href);
writeFileSync(`${root}dist/validate/validators.js`, standaloneValidators());

// The built-in narrative templates, precompiled by Handlebars: see src/compose/template-precompiled.ts.
const { precompileBuiltins } = await import(pathToFileURL(`${root}dist/compose/template-precompiled.js`).href);
writeFileSync(`${root}dist/compose/templates.precompiled.json`, JSON.stringify(precompileBuiltins()));
