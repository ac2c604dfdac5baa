// Types of bench/generate.mjs (plain Node ESM), for test/bench/generate.test.ts.
export declare const PERIOD: { start: number; end: number };
export declare const FUNDING_SOURCES: string[];
export declare const SHAPES: Array<'default' | 'long'>;
export declare function mulberry32(seed: number): () => number;
/**
 * Writes a valid synthetic project of `programs` programs into `dir`; returns the relative paths written.
 * years: a 10-year (default) or 5-year plan; sparse: readiness items without scores; shape: `long` makes
 * every program text-heavy (the default output is unchanged by it).
 */
export declare function generate(dir: string, options: { programs: number; seed?: number; years?: 5 | 10; sparse?: boolean; shape?: 'default' | 'long' }): string[];
