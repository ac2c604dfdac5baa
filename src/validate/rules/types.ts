import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DataPath } from '../../load/locate.js';
import type { DocumentKind, LoadedDocument, LoadedProject } from '../../load/types.js';
import type { FrameworkDimensionDef } from '../../model/framework.js';
import type {
  DimensionStrategyDoc,
  GapAnalysisDoc,
  MasterplanDoc,
  ProgramInput,
  ProgressDoc,
  QuickWinInput,
  QuickWinsDoc,
  RegionProfileDoc,
} from '../../model/input-types.js';

/** A schema-valid document with its data typed by kind. */
export interface Doc<T> {
  doc: LoadedDocument;
  data: T;
}

/** Where something is defined: enough to locate it later (locations are computed lazily). */
export interface Site {
  doc: LoadedDocument;
  path: DataPath;
}

export interface ProgramSite extends Site {
  program: ProgramInput;
  /** The dimension of the DimensionStrategy document that holds the program. */
  dimension: string;
}

export interface QuickWinSite extends Site {
  quickWin: QuickWinInput;
}

export interface DocsByKind {
  Masterplan: Doc<MasterplanDoc>[];
  RegionProfile: Doc<RegionProfileDoc>[];
  GapAnalysis: Doc<GapAnalysisDoc>[];
  DimensionStrategy: Doc<DimensionStrategyDoc>[];
  QuickWins: Doc<QuickWinsDoc>[];
  Progress: Doc<ProgressDoc>[];
}

export interface FrameworkIndex {
  dimensions: readonly FrameworkDimensionDef[];
  dimensionIds: readonly string[];
  /** dimension id → its element ids (first definition wins when a custom id repeats). */
  elements: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * The project, indexed once so that every rule is O(n) even for 10,000 programs. Built only
 * from documents that passed their schema, so shapes can be trusted. A fact that depends on a
 * document that failed its schema is left undefined: rules then skip the check instead of
 * reporting errors that are only echoes of the schema error (e.g. every `lead` "unknown"
 * because the RegionProfile could not be read).
 */
export interface RuleContext {
  project: LoadedProject;
  /** Schema-valid documents by kind, in reading order. */
  docs: DocsByKind;
  /** Kinds with at least one routed document that failed its schema. */
  failed: ReadonlySet<DocumentKind>;
  manifest?: Doc<MasterplanDoc>;
  profile?: Doc<RegionProfileDoc>;
  /** The masterplan period, when known and not reversed. */
  period?: { start: number; end: number };
  framework?: FrameworkIndex;
  fundingSources?: readonly string[];
  fundingSet?: ReadonlySet<string>;
  /** Agency id → first definition; undefined without a readable RegionProfile. */
  agencies?: ReadonlyMap<string, Site>;
  /** Program id → first definition. */
  programs: ReadonlyMap<string, ProgramSite>;
  /** Quick win id → first definition. */
  quickWins: ReadonlyMap<string, QuickWinSite>;
  /** False when a DimensionStrategy failed its schema: a program may exist that we cannot see. */
  programsComplete: boolean;
  /** False when a QuickWins document failed its schema. */
  quickWinsComplete: boolean;
  /** The bimtek stage of `--stage` (some warnings only make sense from a stage on); undefined without it. */
  stage?: 1 | 2 | 3 | 4;
}

export interface CrossFileRule {
  name: string;
  check(ctx: RuleContext): Diagnostic[];
}
