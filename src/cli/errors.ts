import type { Code } from '../diagnostics/codes.js';

/** An expected failure of a run (bad path, bad option): exit 2 with a catalogued message, no stack. */
export class UsageError extends Error {
  constructor(
    readonly code: Code,
    readonly data: Record<string, string | number>,
  ) {
    super(code);
    this.name = 'UsageError';
  }
}
