/**
 * The built-in templates compiled once, at `npm run build`, instead of at every build: Handlebars' parser and
 * compiler were ~0.2 s of each `smartcity build` (30-odd templates), whatever the size of the project.
 * `dist/compose/templates.precompiled.json` maps each built-in file (relative to templates/) to the SHA-1 of
 * the text it was compiled from and Handlebars' precompiled spec; a file whose text no longer matches is
 * compiled at run time as before, so an edited or newer template is never rendered from a stale spec.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { BUILTIN_TEMPLATE_DIR } from './template-files.js';

/** How every template is compiled (strict: a misspelt field is reported; one escaping layer: the writers escape XML). */
export const COMPILE_OPTIONS = { noEscape: true, strict: true, preventIndent: true } as const;

export interface PrecompiledTemplate {
  sha1: string;
  /** Handlebars.precompile's output: a JavaScript object literal. */
  spec: string;
}

export type PrecompiledTemplates = Map<string, PrecompiledTemplate>;

export const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

/** Every built-in `*.md.hbs`, by path relative to templates/ with forward slashes ("id/depan/kata-pengantar.md.hbs"). */
export function precompileBuiltins(dir = BUILTIN_TEMPLATE_DIR): Record<string, PrecompiledTemplate> {
  const out: Record<string, PrecompiledTemplate> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md.hbs')) {
        const source = readFileSync(full, 'utf8');
        out[path.relative(dir, full).split(path.sep).join('/')] = { sha1: sha1(source), spec: Handlebars.precompile(source, COMPILE_OPTIONS) as string };
      }
    }
  };
  walk(dir);
  return out;
}

const DEFAULT_FILE = fileURLToPath(new URL('./templates.precompiled.json', import.meta.url));

/** The precompiled built-ins written by `npm run build`, or none (running from the TypeScript sources). */
export function loadPrecompiled(file = DEFAULT_FILE): PrecompiledTemplates {
  if (!existsSync(file)) return new Map();
  return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, PrecompiledTemplate>));
}

/** A precompiled spec as the object Handlebars.template() takes; it is code Handlebars itself generated at build time. */
export function specObject(spec: string): unknown {
  return new Function(`return ${spec};`)();
}
