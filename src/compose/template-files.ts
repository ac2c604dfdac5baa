/**
 * Where a narrative template is looked for, without loading Handlebars (validate checks the outline's
 * templates exist, and must stay light): the project's `templates/<lang>/`, its `templates/`, then the
 * built-in `templates/<lang>/` and `templates/id/`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `templates/` at the package root: the same path from src/compose and dist/compose. */
export const BUILTIN_TEMPLATE_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

export function templateCandidates(name: string, lang: 'id' | 'en', projectDir?: string): string[] {
  const file = `${name}.md.hbs`;
  return [
    ...(projectDir ? [path.join(projectDir, 'templates', lang, file), path.join(projectDir, 'templates', file)] : []),
    path.join(BUILTIN_TEMPLATE_DIR, lang, file),
    path.join(BUILTIN_TEMPLATE_DIR, 'id', file),
  ];
}
