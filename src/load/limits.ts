/** Resource limits of the loader; each one is reported with a clear message, never a crash. */
export const LIMITS = {
  /** Bytes per YAML file: a masterplan of 10,000 programs fits in a few MB. */
  fileSize: 8 * 1024 * 1024,
  /** Alias expansions per document (billion-laughs guard). */
  aliases: 100,
  /** Nesting depth of the data. */
  depth: 64,
  /** Documents per file. */
  documents: 1000,
  /** YAML files per project. */
  files: 5000,
} as const;
