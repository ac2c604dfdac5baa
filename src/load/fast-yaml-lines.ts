/** Lines and shared types of the fast YAML reader (fast-yaml.ts). */
import type { TreeNode } from './tree.js';

/** Thrown inside the reader when the text is outside its subset; readFastYaml() returns undefined. */
export class Decline extends Error {}

export interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset of the line break (or the text's end). */
  end: number;
  /** Leading spaces. */
  indent: number;
  /** Only spaces, or only a comment: never part of a block collection's structure. */
  empty: boolean;
}

export interface Source {
  text: string;
  lines: Line[];
}

/** One node read from the lines. */
export interface Read {
  node: TreeNode;
  /** The node's value as the library's toJS() gives it. */
  data: unknown;
  /**
   * Where the node's source ends including its trailing spaces, comment and line break: the library's
   * `range[2]`, which ends the block collection holding it.
   */
  end2: number;
  /** The first line after the node. */
  next: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let first = start;
    while (text.charCodeAt(first) === 0x20) first++;
    const empty = first === end || text.charCodeAt(first) === 0x23; /* # */
    lines.push({ start, end, indent: first - start, empty });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

/** The first line from `from` (before `end`) that holds content, or `end`. */
export function nextContent(src: Source, from: number, end: number): number {
  let line = from;
  while (line < end && src.lines[line].empty) line++;
  return line;
}

/** Whether a block sequence entry (`-` then a space or the line end) starts at `at`. */
export function isDash(text: string, at: number, lineEnd: number): boolean {
  return text.charCodeAt(at) === 0x2d && (at + 1 === lineEnd || text.charCodeAt(at + 1) === 0x20);
}
