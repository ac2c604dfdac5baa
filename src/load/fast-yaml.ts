/**
 * A fast reader for the block-style YAML our projects are written in. Cold, the `yaml` library
 * takes most of `smartcity validate`'s time on a few hundred KB (its parser is general and needs JIT
 * warm-up); this reader handles the subset that planning files use — block mappings and sequences,
 * comments, single-line plain and quoted scalars, `|` and `>` block scalars, single-line flow
 * collections, `---` between documents — and gives exactly what the library gives for it: the same
 * data (`toJS()` under the core schema) and the same positions.
 *
 * Anything else it DECLINES (returns undefined) and the caller reads the file with the library, so
 * errors, warnings and rare syntax keep the library's exact diagnostics. Declining is always safe;
 * accepting is only allowed when the library would accept the text without error or warning and read
 * it the same way (test/load/fast-yaml.test.ts checks this on every project file and on generated
 * texts).
 */
import { LIMITS } from './limits.js';
import { readDoubleQuoted, readSingleQuoted, resolvePlain } from './fast-yaml-scalars.js';
import { expectLineRest, plainKeyColon, plainValue, readFlow, tooDeep } from './fast-yaml-flow.js';
import { readBlockScalar } from './fast-yaml-block-scalar.js';
import { Decline, type Line, type Read, type Source, isDash, nextContent, splitLines } from './fast-yaml-lines.js';
import type { DocumentTree, MapNode, PairNode, ScalarNode, SeqNode, TreeNode } from './tree.js';

export interface FastDocument {
  tree: DocumentTree;
  /** What the library's `toJS()` gives for the document. */
  data: unknown;
}

/**
 * Characters the library treats specially or reports on (tabs, carriage returns, control and
 * non-printable characters, a byte-order mark inside the text): the reader leaves such files to it.
 */
const UNHANDLED_CHARACTERS = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;

/** Every document of `text`, or undefined when the text is outside the subset this reader handles. */
export function readFastYaml(text: string): FastDocument[] | undefined {
  if (UNHANDLED_CHARACTERS.test(text)) return undefined;
  try {
    return readDocuments({ text, lines: splitLines(text) });
  } catch (error) {
    if (error instanceof Decline) return undefined;
    throw error;
  }
}

function readDocuments(src: Source): FastDocument[] {
  const { text, lines } = src;
  // Document boundaries: `---` lines. Other lines starting like markers or directives are left to the library.
  const markers: number[] = [];
  lines.forEach((line, index) => {
    const first = text.charCodeAt(line.start);
    if (first === 0x2d /* - */ && text.startsWith('---', line.start)) {
      if (!/^--- *$/.test(text.slice(line.start, line.end))) throw new Decline(); // `--- x`, `----`
      markers.push(index);
    } else if ((first === 0x2e /* . */ && text.startsWith('...', line.start)) || first === 0x25 /* % */) {
      throw new Decline(); // document end markers and directives
    }
  });
  const segments: [number, number][] = [];
  let from = 0;
  for (const marker of markers) {
    segments.push([from, marker]);
    from = marker + 1;
  }
  segments.push([from, lines.length]);
  const documents: FastDocument[] = [];
  segments.forEach(([first, end], index) => {
    const start = nextContent(src, first, end);
    if (start === end) {
      // Comments before the first `---` are that document's, not a document of their own.
      if (index === 0 && markers.length > 0) return;
      throw new Decline(); // an empty document: rare, left to the library
    }
    const reader = new BlockReader(src, end);
    const read = reader.node(start, lines[start].indent, 1);
    if (nextContent(src, read.next, end) !== end) throw new Decline(); // content the structure did not take
    const docStart = lines[first].start;
    const docEnd = end < lines.length ? lines[end].start : text.length;
    documents.push({ tree: { contents: read.node, range: [docStart, docEnd] }, data: read.data });
  });
  if (documents.length === 0 || documents.length > LIMITS.documents) throw new Decline();
  return documents;
}

/** Reads block collections from a run of lines (one document). */
class BlockReader {
  private readonly text: string;
  private readonly lines: Line[];

  constructor(private readonly src: Source, private readonly end: number) {
    this.text = src.text;
    this.lines = src.lines;
  }

  /** The block collection whose first line is `at`, indented by `indent`; `depth` counts collections, 1 for the root. */
  node(at: number, indent: number, depth: number): Read {
    const offset = this.lines[at].start + indent;
    return isDash(this.text, offset, this.lines[at].end) ? this.sequence(at, indent, depth) : this.mapping(at, offset, indent, depth);
  }

  private sequence(at: number, indent: number, depth: number): Read {
    tooDeep(depth);
    const { text, lines } = this;
    const items: (TreeNode | null)[] = [];
    const data: unknown[] = [];
    const start = lines[at].start + indent;
    let end2 = start;
    let line = at;
    for (;;) {
      const dash = lines[line].start + indent;
      let item = dash + 1;
      while (text.charCodeAt(item) === 0x20) item++;
      let read: Read;
      if (item === lines[line].end || text.charCodeAt(item) === 0x23 /* # */) {
        read = this.nested(line, indent, depth, false);
      } else if (isDash(text, item, lines[line].end)) {
        throw new Decline(); // `- - x`: a compact nested sequence
      } else if (this.startsKey(item, lines[line].end)) {
        read = this.mapping(line, item, item - lines[line].start, depth + 1);
      } else {
        read = this.inline(line, item, indent, depth + 1);
      }
      items.push(read.node);
      data.push(read.data);
      end2 = read.end2;
      line = nextContent(this.src, read.next, this.end);
      if (line === this.end || lines[line].indent < indent) break;
      if (lines[line].indent > indent) throw new Decline();
      if (!isDash(text, lines[line].start + indent, lines[line].end)) break; // the parent mapping's next key
    }
    const node: SeqNode = { kind: 'seq', range: [start, end2], items };
    return { node, data, end2, next: line };
  }

  private mapping(at: number, firstKey: number, indent: number, depth: number): Read {
    tooDeep(depth);
    const { text, lines } = this;
    const pairs: PairNode[] = [];
    const data: Record<string, unknown> = {};
    let end2 = firstKey;
    let line = at;
    let keyStart = firstKey;
    for (;;) {
      const lineEnd = lines[line].end;
      const key = this.key(keyStart, lineEnd);
      // A repeated key is an error in the library; `__proto__` and `<<` are special in its toJS().
      if (Object.hasOwn(data, key.value) || key.value === '__proto__' || (key.value === '<<' && key.plain)) throw new Decline();
      let value = key.end + 1;
      while (text.charCodeAt(value) === 0x20) value++;
      const read = value === lineEnd || text.charCodeAt(value) === 0x23 /* # */
        ? this.nested(line, indent, depth, true)
        : this.inline(line, value, indent, depth + 1);
      const keyNode: ScalarNode = { kind: 'scalar', range: [keyStart, key.textEnd], value: key.value };
      pairs.push({ key: keyNode, keyText: key.value, keyValue: key.value, value: read.node });
      data[key.value] = read.data;
      end2 = read.end2;
      line = nextContent(this.src, read.next, this.end);
      if (line === this.end || lines[line].indent < indent) break;
      if (lines[line].indent > indent) throw new Decline(); // a continuation line or bad indentation
      keyStart = lines[line].start + indent;
      if (isDash(text, keyStart, lines[line].end)) throw new Decline();
    }
    const node: MapNode = { kind: 'map', range: [firstKey, end2], pairs };
    return { node, data, end2, next: line };
  }

  /**
   * A value on the lines after its key or dash (`key:` then an indented block). A mapping's value may
   * also be a sequence at the mapping's own indentation. Nothing there (an empty value) is declined.
   */
  private nested(line: number, indent: number, depth: number, sameIndentSequence: boolean): Read {
    const next = nextContent(this.src, line + 1, this.end);
    if (next === this.end) throw new Decline();
    const nextIndent = this.lines[next].indent;
    if (nextIndent > indent) return this.node(next, nextIndent, depth + 1);
    const dash = this.lines[next].start + nextIndent;
    if (sameIndentSequence && nextIndent === indent && isDash(this.text, dash, this.lines[next].end)) return this.sequence(next, indent, depth + 1);
    throw new Decline();
  }

  /** Whether a mapping key (`key: ` or `key:` at the line end) starts at `at`. */
  private startsKey(at: number, lineEnd: number): boolean {
    const ch = this.text[at];
    if (ch === '"' || ch === "'") {
      const quoted = ch === '"' ? readDoubleQuoted(this.text, at, lineEnd) : readSingleQuoted(this.text, at, lineEnd);
      return quoted !== undefined && this.text[quoted.end] === ':';
    }
    return plainKeyColon(this.text, at, lineEnd) !== -1;
  }

  /** A mapping key at `at`: its string value, where its text ends and where its `:` is. */
  private key(at: number, lineEnd: number): { value: string; textEnd: number; end: number; plain: boolean } {
    const { text } = this;
    const ch = text[at];
    let result: { value: string; textEnd: number; end: number; plain: boolean };
    if (ch === '"' || ch === "'") {
      const quoted = ch === '"' ? readDoubleQuoted(text, at, lineEnd) : readSingleQuoted(text, at, lineEnd);
      if (!quoted || text[quoted.end] !== ':') throw new Decline();
      result = { value: quoted.value, textEnd: quoted.end, end: quoted.end, plain: false };
    } else {
      const colon = plainKeyColon(text, at, lineEnd);
      if (colon === -1) throw new Decline();
      const value = resolvePlain(text.slice(at, colon));
      if (typeof value !== 'string') throw new Decline(); // null, boolean and number keys: left to the library
      result = { value, textEnd: colon, end: colon, plain: true };
    }
    const after = text.charCodeAt(result.end + 1);
    if (result.end + 1 !== lineEnd && after !== 0x20) throw new Decline();
    if (result.end - at > 1000) throw new Decline(); // the library limits implicit keys to 1024 characters
    return result;
  }

  /** A value that starts on the line of its key or dash, at `at`. */
  private inline(line: number, at: number, parentIndent: number, depth: number): Read {
    const { text, lines } = this;
    const lineEnd = lines[line].end;
    const ch = text[at];
    if (ch === '|' || ch === '>') return readBlockScalar(this.src, line, at, parentIndent, this.end);
    let node: TreeNode;
    let data: unknown;
    let end: number;
    if (ch === '"' || ch === "'") {
      const quoted = ch === '"' ? readDoubleQuoted(text, at, lineEnd) : readSingleQuoted(text, at, lineEnd);
      if (!quoted) throw new Decline();
      node = { kind: 'scalar', range: [at, quoted.end], value: quoted.value };
      data = quoted.value;
      end = quoted.end;
    } else if (ch === '[' || ch === '{') {
      const flow = readFlow(text, at, lineEnd, depth);
      ({ node, data, end } = flow);
    } else {
      const plain = plainValue(text, at, lineEnd);
      node = plain;
      data = plain.value;
      end = plain.range[1];
    }
    expectLineRest(text, end, lineEnd);
    return { node, data, end2: lineEnd < text.length ? lineEnd + 1 : lineEnd, next: line + 1 };
  }
}
