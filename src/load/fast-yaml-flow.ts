/**
 * Plain scalars and single-line flow collections for the fast YAML reader (fast-yaml.ts). Scanning
 * jumps between the characters that matter with sticky regular expressions, never past the line's
 * end: a cold process runs native scanning far faster than a character loop in JavaScript.
 */
import { Decline } from './fast-yaml-lines.js';
import { readDoubleQuoted, readSingleQuoted, resolvePlain } from './fast-yaml-scalars.js';
import { LIMITS } from './limits.js';
import type { PairNode, ScalarNode, TreeNode } from './tree.js';

/** Collections nested deeper than the loader accepts are left to the library's path, which reports them. */
export function tooDeep(depth: number): void {
  if (depth > LIMITS.depth) throw new Decline();
}

/** From a position, the run of characters up to the next `:`, `#` or line break. */
const BLOCK_RUN = /[^:#\n]*/y;
/** Inside brackets the run also stops at `,` and brackets. */
const FLOW_RUN = /[^:#\n,[\]{}]*/y;

function skipRun(run: RegExp, text: string, at: number): number {
  run.lastIndex = at;
  run.test(text);
  return run.lastIndex;
}

/** After a value only spaces and a comment (a `#` after a space) may follow on its line. */
export function expectLineRest(text: string, at: number, lineEnd: number): void {
  let i = at;
  while (text.charCodeAt(i) === 0x20) i++;
  if (i === lineEnd) return;
  if (text.charCodeAt(i) === 0x23 && i > at) return;
  throw new Decline();
}

/**
 * Whether a plain scalar may start with the character at `at`: not an indicator (`&` anchors, `*`
 * aliases, `!` tags, `?` keys, `%`, `@`, `` ` ``, `|`, `>`, quotes, brackets, `#`, `,`, `:`), and
 * `-` only when the next character is part of the scalar (`-5`, not `- `).
 */
function plainStarts(text: string, at: number, lineEnd: number, inFlow: boolean): boolean {
  const ch = text[at];
  if (at >= lineEnd || ch === ' ') return false;
  if ('?:,[]{}#&*!|>\'"%@`'.includes(ch)) return false;
  if (ch === '-') {
    const next = text[at + 1];
    if (at + 1 >= lineEnd || next === ' ' || (inFlow && ',[]{}'.includes(next))) return false;
  }
  return true;
}

/** Whether the `:` at `i` is a mapping indicator in block context (followed by a space or the line end). */
function isIndicatorColon(text: string, i: number, lineEnd: number): boolean {
  return i + 1 === lineEnd || text.charCodeAt(i + 1) === 0x20;
}

/**
 * The offset of the `:` that ends a plain key starting at `at` (the first `:` followed by a space or
 * the line end), or -1 when the text there is not a plain key. A comment before it, or a key that ends
 * with spaces (`key : v`), is left to the library.
 */
export function plainKeyColon(text: string, at: number, lineEnd: number): number {
  if (!plainStarts(text, at, lineEnd, false)) return -1;
  for (let i = skipRun(BLOCK_RUN, text, at + 1); i < lineEnd; i = skipRun(BLOCK_RUN, text, i + 1)) {
    if (text.charCodeAt(i) === 0x23 /* # */) {
      if (text.charCodeAt(i - 1) === 0x20) return -1;
    } else if (isIndicatorColon(text, i, lineEnd)) {
      return text.charCodeAt(i - 1) === 0x20 ? -1 : i;
    }
  }
  return -1;
}

/** A plain scalar in block context: up to a comment or the line end, trailing spaces not included. */
export function plainValue(text: string, at: number, lineEnd: number): ScalarNode {
  if (!plainStarts(text, at, lineEnd, false)) throw new Decline();
  let end = lineEnd;
  for (let i = skipRun(BLOCK_RUN, text, at + 1); i < lineEnd; i = skipRun(BLOCK_RUN, text, i + 1)) {
    if (text.charCodeAt(i) === 0x23 /* # */) {
      if (text.charCodeAt(i - 1) === 0x20) {
        end = i;
        break;
      }
    } else if (isIndicatorColon(text, i, lineEnd)) {
      throw new Decline(); // `a: b: c` is a mapping in a mapping's value, an error in the library
    }
  }
  while (text.charCodeAt(end - 1) === 0x20) end--;
  return plainNode(text, at, end);
}

function plainNode(text: string, at: number, end: number): ScalarNode {
  const source = text.slice(at, end);
  const value = resolvePlain(source);
  const node: ScalarNode = { kind: 'scalar', range: [at, end], value };
  if (typeof value === 'number') node.source = source;
  return node;
}

export interface FlowRead {
  node: TreeNode;
  data: unknown;
  /** Offset after the node's text. */
  end: number;
}

/** A flow collection (`[a, b]`, `{k: v}`) that closes on its own line; `depth` counts collections. */
export function readFlow(text: string, at: number, lineEnd: number, depth: number): FlowRead {
  tooDeep(depth);
  return text[at] === '[' ? flowSequence(text, at, lineEnd, depth) : flowMapping(text, at, lineEnd, depth);
}

function flowSequence(text: string, at: number, lineEnd: number, depth: number): FlowRead {
  const items: TreeNode[] = [];
  const list: unknown[] = [];
  const end = flowEntries(text, at, lineEnd, ']', (i) => {
    const item = flowValue(text, i, lineEnd, depth + 1);
    items.push(item.node);
    list.push(item.data);
    return item.end;
  });
  return { node: { kind: 'seq', range: [at, end], items }, data: list, end };
}

function flowMapping(text: string, at: number, lineEnd: number, depth: number): FlowRead {
  const pairs: PairNode[] = [];
  const record: Record<string, unknown> = {};
  const end = flowEntries(text, at, lineEnd, '}', (i) => {
    const key = flowKey(text, i, lineEnd);
    if (Object.hasOwn(record, key.value) || key.value === '__proto__' || (key.value === '<<' && key.plain)) throw new Decline();
    // The value follows `: ` directly; `{a:1}`, `{a :1}` and an empty value are left to the library.
    if (text[key.end] !== ':' || text[key.end + 1] !== ' ') throw new Decline();
    const value = flowValue(text, skipSpaces(text, key.end + 1, lineEnd), lineEnd, depth + 1);
    const keyNode: ScalarNode = { kind: 'scalar', range: [i, key.end], value: key.value };
    pairs.push({ key: keyNode, keyText: key.value, keyValue: key.value, value: value.node });
    record[key.value] = value.data;
    return value.end;
  });
  return { node: { kind: 'map', range: [at, end], pairs }, data: record, end };
}

/**
 * The entries between a flow collection's brackets, each read by `entry` (which returns where it
 * ended), separated by commas; returns the offset after the closing bracket.
 */
function flowEntries(text: string, at: number, lineEnd: number, close: string, entry: (at: number) => number): number {
  let i = skipSpaces(text, at + 1, lineEnd);
  if (text[i] !== close) {
    for (;;) {
      i = skipSpaces(text, entry(i), lineEnd);
      if (text[i] === close) break;
      if (text[i] !== ',') throw new Decline(); // unclosed on this line, a `:` after an item, a comment
      i = skipSpaces(text, i + 1, lineEnd);
      if (text[i] === close || text[i] === ',') throw new Decline(); // a trailing or doubled comma
    }
  }
  if (i >= lineEnd) throw new Decline();
  return i + 1;
}

function skipSpaces(text: string, at: number, lineEnd: number): number {
  let i = at;
  while (i < lineEnd && text.charCodeAt(i) === 0x20) i++;
  return i;
}

/** A scalar or collection inside a flow collection. */
function flowValue(text: string, at: number, lineEnd: number, depth: number): FlowRead {
  const ch = text[at];
  if (ch === '[' || ch === '{') return readFlow(text, at, lineEnd, depth);
  if (ch === '"' || ch === "'") {
    const quoted = ch === '"' ? readDoubleQuoted(text, at, lineEnd) : readSingleQuoted(text, at, lineEnd);
    if (!quoted) throw new Decline();
    return { node: { kind: 'scalar', range: [at, quoted.end], value: quoted.value }, data: quoted.value, end: quoted.end };
  }
  const node = plainNode(text, at, flowPlainEnd(text, at, lineEnd));
  return { node, data: node.value, end: node.range[1] };
}

/** A flow mapping's key: a quoted scalar or a plain one resolving to a string. */
function flowKey(text: string, at: number, lineEnd: number): { value: string; end: number; plain: boolean } {
  const ch = text[at];
  if (ch === '"' || ch === "'") {
    const quoted = ch === '"' ? readDoubleQuoted(text, at, lineEnd) : readSingleQuoted(text, at, lineEnd);
    if (!quoted) throw new Decline();
    return { value: quoted.value, end: quoted.end, plain: false };
  }
  const end = flowPlainEnd(text, at, lineEnd, true);
  const value = resolvePlain(text.slice(at, end));
  if (typeof value !== 'string' || end - at > 1000) throw new Decline();
  return { value, end, plain: true };
}

/**
 * Where a plain scalar inside a flow collection ends: at `,`, a bracket or the end of its text before
 * spaces. A `:` ends a key (`asKey`) and is declined in a value, as is a comment inside the brackets.
 */
function flowPlainEnd(text: string, at: number, lineEnd: number, asKey = false): number {
  if (!plainStarts(text, at, lineEnd, true)) throw new Decline();
  let i = skipRun(FLOW_RUN, text, at + 1);
  for (; i < lineEnd; i = skipRun(FLOW_RUN, text, i + 1)) {
    const ch = text[i];
    if (ch === ':') {
      if (asKey && text[i - 1] !== ' ') return i;
      throw new Decline();
    }
    if (ch === '#') {
      if (text[i - 1] === ' ') throw new Decline();
      continue;
    }
    break; // `,` or a bracket
  }
  let end = Math.min(i, lineEnd);
  while (text.charCodeAt(end - 1) === 0x20) end--;
  return end;
}
