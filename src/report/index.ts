import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatText } from './text.js';
import type { Formatter } from './types.js';

export type { FormatContext, Formatter } from './types.js';

export type OutputFormat = 'text' | 'json' | 'github';

/** `--format <name>` picks one of these; the CLI validates the name against the keys. */
export const formatters: Record<OutputFormat, Formatter> = {
  text: formatText,
  json: formatJson,
  github: formatGithub,
};
