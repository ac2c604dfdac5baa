// Types of bench/generate.mjs (plain Node ESM), for test/bench/generate.test.ts.
export declare const PERIOD: { start: number; end: number };
export declare const FUNDING_SOURCES: string[];
export declare function mulberry32(seed: number): () => number;
/** Writes a valid synthetic project of `programs` programs into `dir`; returns the relative paths written. */
export declare function generate(dir: string, options: { programs: number; seed?: number }): string[];
