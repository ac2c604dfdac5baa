import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LineStarts } from './lines.js';
import type { DocumentTree } from './tree.js';

/** The kinds of document of `apiVersion: smartcity/v1`; the order is the reading order of a project. */
export const DOCUMENT_KINDS = [
  'Masterplan',
  'RegionProfile',
  'GapAnalysis',
  'DimensionStrategy',
  'QuickWins',
  'Progress',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const API_VERSIONS = ['smartcity/v1'] as const;

/** One YAML file as read from disk. */
export interface SourceFile {
  /** Absolute path. */
  absPath: string;
  /** Path as shown to the user (relative to the working directory). */
  file: string;
  /** The original text, for code frames (BOM removed). */
  text: string;
  lines: LineStarts;
}

/** One YAML document of a file, routed by its kind (undefined when kind or apiVersion is bad). */
export interface LoadedDocument {
  source: SourceFile;
  /** Index of the document in its file (0 for the first). */
  index: number;
  kind: DocumentKind | undefined;
  /** Plain JavaScript value handed to the schema validators. */
  data: unknown;
  /** Where each node is in the source: used by load/locate (and rules that need the written text). */
  tree: DocumentTree;
}

export interface LoadedProject {
  /** Absolute path of the project folder. */
  root: string;
  files: SourceFile[];
  documents: LoadedDocument[];
  /** Syntax, encoding, routing and file-level problems. */
  diagnostics: Diagnostic[];
}
