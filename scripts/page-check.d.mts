// Types of scripts/page-check.mjs (plain Node ESM), for the tests.
export interface Paragraph { text: string; style: string; inTable: boolean; bold: boolean; pageBreakBefore: boolean }
/** headings: heading-like paragraphs incl. captions; titles: the headings proper (default: headings). */
/** A captioned table: per body row, its text and whether it is a group row. */
export interface CaptionedTable { caption: string; body: { text: string; group: boolean }[] }
/** noBreak: words written with non-breaking hyphens (identifiers); tables: the captioned tables, in order. */
export interface DocFacts { words: Set<string>; headings: string[]; titles?: string[]; chapterStarts: string[]; noBreak?: Set<string>; tables?: CaptionedTable[] }
export interface Word { xMin: number; yMin: number; xMax: number; yMax: number; text: string }
export interface Line { xMin: number; yMin: number; xMax: number; yMax: number; words: Word[]; text: string }
export interface Page { width: number; height: number; lines: Line[] }
export type DefectKind = 'split' | 'sparse' | 'stranded' | 'glyph';
export interface Defect { kind: DefectKind; page: number; text: string }
export declare const SPARSE_ROWS: number;
export declare const MIN_LINES_UNDER_CAPTION: number;
export declare function bare(word: string): string;
export declare function paragraphsOf(xml: string): Paragraph[];
export declare function isHeadingLike(p: Paragraph): boolean;
export declare function readDocx(file: string): Promise<DocFacts>;
export declare function parseBbox(html: string): Page[];
export declare function isSplit(a: string, b: string, words: Set<string>): boolean;
export declare function isSplitIdentifier(a: string, b: string, doc: Pick<DocFacts, 'words' | 'noBreak'>): boolean;
export declare function captionedTables(xml: string): CaptionedTable[];
export declare function findDefects(doc: DocFacts, pages: Page[]): Defect[];
/** Lines of a row of the page (lines sharing its height): those of its tallest column. */
export declare function linesIn(row: { lines: Line[] }): number;
export declare function layout(docx: string, options?: { soffice?: string; keep?: string }): Page[];
export declare function checkDocx(docx: string, options?: { soffice?: string; keep?: string }): Promise<{ file: string; pages: number; defects: Defect[] }>;
export declare function familyKey(name: string): string;
export declare function missingGlyphs(pages: Page[], fonts: string[], drawers?: (cp: number) => Set<string>): Defect[];
export declare function countByKind(defects: Defect[]): Record<DefectKind, number>;
