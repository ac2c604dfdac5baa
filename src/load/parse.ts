import type { Document } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { CODES, type Code } from '../diagnostics/codes.js';
import { listAllowed, suggest } from '../diagnostics/suggest.js';
import { LIMITS } from './limits.js';
import { readFastYaml } from './fast-yaml.js';
import { LineStarts } from './lines.js';
import { locate, locateDocument, span } from './locate.js';
import { scalars, type DocumentTree, type ScalarNode } from './tree.js';
import { treeFromYaml, yamlLibrary } from './yaml-library.js';
import { translateYamlError } from './yaml-errors.js';
import { API_VERSIONS, DOCUMENT_KINDS, type DocumentKind, type LoadedDocument, type SourceFile } from './types.js';

export interface ParsedFile {
  source: SourceFile;
  documents: LoadedDocument[];
  diagnostics: Diagnostic[];
}

function diag(code: Code, data: Diagnostic['data'], extra: Partial<Diagnostic> = {}): Diagnostic {
  return { code, severity: CODES[code].severity, data, ...extra };
}

/** Why bytes are not UTF-8 text: each is its own diagnostic code (the loader picks it). */
export type NotText = { code: 'SC1007' } | { code: 'SC1025'; encoding: 'UTF-16' | 'UTF-32' } | { code: 'SC1026' };

/** Bytes → text, or why it is not UTF-8 text. A NUL byte means a binary file. */
export function decode(bytes: Uint8Array): { text: string } | { notText: NotText } {
  // A UTF-16 or UTF-32 byte-order mark: text in another encoding (Notepad's "Unicode"), not binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { notText: { code: 'SC1025', encoding: 'UTF-16' } };
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return { notText: { code: 'SC1025', encoding: 'UTF-32' } };
  if (bytes.includes(0)) return { notText: { code: 'SC1007' } };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { notText: { code: 'SC1026' } };
  }
}

/** One document as read, before the checks every document gets. */
interface ReadDocument {
  index: number;
  tree: DocumentTree;
  data: unknown;
  /** The fast reader declines data nested past LIMITS.depth, so its documents need no depth walk. */
  withinDepth: boolean;
}

/** Parses every document of one file's text; never throws for bad input. */
export function parseSource(file: string, absPath: string, text: string): ParsedFile {
  // Line starts come from the text itself, not from the parser: the parser's LineCounter misses the
  // line breaks inside a token it recovers from after an error ("*b…: x\nid: y…" put an error on
  // line 1, column 32 of a 26-character line).
  const source: SourceFile = { absPath, file, text, lines: new LineStarts(text) };
  const diagnostics: Diagnostic[] = [];
  const documents: LoadedDocument[] = [];
  // Flow nesting (`[[[[…`) thousands deep overflows the parser's recursion, and where it overflows
  // depends on the stack left: refuse it from the text first, so the answer never depends on that.
  const deep = flowTooDeep(text, LIMITS.depth);
  if (deep !== undefined) {
    diagnostics.push(diag('SC1015', { limit: LIMITS.depth }, { location: span(source, deep, deep + 1) }));
    return { source, documents, diagnostics };
  }
  // The fast reader takes the block-style subset planning files are written in; anything else (and
  // every error) goes to the `yaml` library, which then gives today's diagnostics.
  const fast = readFastYaml(text);
  if (fast) {
    fast.forEach(({ tree, data }, index) => checkDocument(source, { index, tree, data, withinDepth: true }, diagnostics, documents));
  } else {
    readWithLibrary(source, diagnostics, (read) => checkDocument(source, read, diagnostics, documents));
  }
  return { source, documents, diagnostics };
}

function readWithLibrary(source: SourceFile, diagnostics: Diagnostic[], onDocument: (read: ReadDocument) => void): void {
  const { text } = source;
  // YAML 1.2 core schema: `yes`/`no` stay strings, `on` is not a boolean. uniqueKeys: a repeated
  // key is an error, not "the last one wins".
  const parsed = yamlLibrary().parseAllDocuments(text, { schema: 'core', uniqueKeys: true, prettyErrors: false });
  const docs = (Array.isArray(parsed) ? parsed : [parsed]) as Document.Parsed[];
  if (docs.length > LIMITS.documents) {
    diagnostics.push(diag('SC1016', { count: docs.length, limit: LIMITS.documents }, { location: span(source, 0, 0) }));
    return;
  }
  docs.forEach((yaml, index) => {
    const broken = yaml.errors.length > 0;
    // After the first syntax error the parser's view of the rest is off (a tab gives ten errors, a
    // 3-space indent six): report that first one only. A repeated key is no such cascade: all of them.
    let syntaxReported = false;
    for (const error of [...yaml.errors].sort((a, b) => a.pos[0] - b.pos[0])) {
      const at = { location: span(source, error.pos[0], error.pos[1]) };
      // The parser recurses per flow level: `[[[[…` thousands deep overflows its stack. That is data
      // nested too deep, not a syntax error with a message about call stacks.
      if (/Maximum call stack size exceeded/i.test(error.message)) {
        if (!syntaxReported) diagnostics.push(diag('SC1015', { limit: LIMITS.depth }, at));
        syntaxReported = true;
        continue;
      }
      const problem = translateYamlError(error.code, error.message, text, error.pos[0]);
      if (problem.code !== 'SC1002') {
        if (syntaxReported) continue;
        syntaxReported = true;
      }
      diagnostics.push(diag(problem.code, problem.data, at));
    }
    for (const warning of yaml.warnings) {
      diagnostics.push(diag('SC1014', { parserCode: warning.code }, { location: span(source, warning.pos[0], warning.pos[1]) }));
    }
    if (broken) return;
    if (yaml.contents === null) return; // an empty document (a trailing `---`, a comment-only file)
    // Until toJS() succeeds only the document's start is needed (its location for the problems below).
    const contentsRange = yaml.contents.range;
    const start: DocumentTree = {
      contents: contentsRange ? { kind: 'truncated', range: [contentsRange[0], contentsRange[1]] } : null,
      range: [yaml.range[0], yaml.range[1]],
    };
    const at = () => locateDocument({ source, index, kind: undefined, data: undefined, tree: start });
    let data: unknown;
    try {
      data = yaml.toJS({ maxAliasCount: LIMITS.aliases });
    } catch (error) {
      if (error instanceof RangeError) {
        // Block nesting thousands deep overflows toJS's recursion: report it as too deep.
        diagnostics.push(diag('SC1015', { limit: LIMITS.depth }, { location: at() }));
        return;
      }
      diagnostics.push(diag('SC1005', { count: `>${LIMITS.aliases}`, limit: LIMITS.aliases }, { location: at() }));
      return;
    }
    onDocument({ index, tree: treeFromYaml(yaml), data, withinDepth: false });
  });
}

/** The checks every document gets, whichever reader read it; a good one joins `documents`. */
function checkDocument(source: SourceFile, read: ReadDocument, diagnostics: Diagnostic[], documents: LoadedDocument[]): void {
  const { index, tree, data } = read;
  const doc: LoadedDocument = { source, index, kind: undefined, data: undefined, tree };
  if (!read.withinDepth && depthOf(data, 0) > LIMITS.depth) {
    diagnostics.push(diag('SC1015', { limit: LIMITS.depth }, { location: locateDocument(doc) }));
    return;
  }
  // Such a number has 16+ digits or an exponent: skip the tree walk (~25 ms cold) when the text has neither.
  const mayRound = MAY_ROUND.test(source.text);
  for (const node of mayRound ? roundedNumbers(tree) : []) {
    diagnostics.push(diag('SC2010', { value: String(node.source) }, { location: span(source, node.range[0], node.range[1]) }));
  }
  // A document holding only comments after `---` parses to a null scalar, not to null
  // contents: it is empty too, not "a document that is not a mapping".
  if (data === null || data === undefined) return;
  doc.data = data;
  if (tree.contents?.kind !== 'map' || data === null || typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push(diag('SC1004', { found: Array.isArray(data) ? 'list' : typeof data }, { location: locateDocument(doc) }));
    return;
  }
  const route = routeDocument(doc, data as Record<string, unknown>);
  diagnostics.push(...route.diagnostics);
  doc.kind = route.kind;
  documents.push(doc);
}

function routeDocument(doc: LoadedDocument, data: Record<string, unknown>): { kind?: DocumentKind; diagnostics: Diagnostic[] } {
  const out: Diagnostic[] = [];
  const api = data.apiVersion;
  if (api === undefined) {
    out.push(diag('SC1009', {}, { location: locateDocument(doc), path: [] }));
  } else if (!(API_VERSIONS as readonly unknown[]).includes(api)) {
    out.push(diag('SC1010', { value: String(api), allowed: API_VERSIONS.join(', ') }, {
      location: locate(doc, ['apiVersion']), path: ['apiVersion'], suggestion: API_VERSIONS[0],
    }));
  }
  const kind = data.kind;
  const allowed = listAllowed(DOCUMENT_KINDS);
  if (kind === undefined) {
    out.push(diag('SC1011', { allowed }, { location: locateDocument(doc), path: [] }));
    return { diagnostics: out };
  }
  if (typeof kind !== 'string' || !(DOCUMENT_KINDS as readonly string[]).includes(kind)) {
    out.push(diag('SC1012', { value: String(kind), allowed }, {
      location: locate(doc, ['kind']), path: ['kind'], suggestion: suggest(String(kind), DOCUMENT_KINDS),
    }));
    return { diagnostics: out };
  }
  return { kind: out.length === 0 ? (kind as DocumentKind) : undefined, diagnostics: out };
}

/** 2^52: from here on every double is a whole number, so a written fraction silently disappears. */
const NO_FRACTIONS = 2 ** 52;

/**
 * Numbers written with a fraction that the parser rounded to a whole number:
 * `amount: 4503599627370497.5` reads as 4503599627370498, which a schema asking for an integer would
 * accept. Budgets must be rejected, never rounded silently, so these are reported (SC2010, "expected a
 * whole number, found 4503599627370497.5"). Whole numbers beyond 2^53 written as integers are left
 * to the schemas' maximum (9007199254740991).
 */
const MAY_ROUND = /\d{16}|\d[eE][-+]?\d/;

function roundedNumbers(tree: DocumentTree): ScalarNode[] {
  const out: ScalarNode[] = [];
  for (const node of scalars(tree.contents)) {
    if (typeof node.value !== 'number' || typeof node.source !== 'string') continue;
    if (!Number.isInteger(node.value) || Math.abs(node.value) < NO_FRACTIONS) continue;
    if (hasFraction(node.source)) out.push(node);
  }
  return out;
}

/** Whether the decimal literal `text` (e.g. "4503599627370497.5", "45e-1") has a fractional part. */
function hasFraction(text: string): boolean {
  const m = /^[-+]?(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(text.replace(/_/g, ''));
  if (!m) return false; // hex, octal, .inf
  const [, int = '', frac = '', exp = '0'] = m;
  const shift = Number(exp) - frac.length;
  if (shift >= 0) return false;
  const digits = BigInt((int + frac) || '0');
  if (-shift > 1000) return digits !== 0n;
  return digits % 10n ** BigInt(-shift) !== 0n;
}

function depthOf(value: unknown, depth: number): number {
  if (depth > LIMITS.depth) return depth;
  if (value === null || typeof value !== 'object') return depth;
  let max = depth + 1;
  for (const child of Object.values(value as object)) max = Math.max(max, depthOf(child, depth + 1));
  return max;
}


/**
 * The offset of the first `[` or `{` nested deeper than `limit` in flow style, skipping quoted
 * scalars and comments; undefined when there is none. A bracket inside a plain scalar counts too,
 * which only matters for text with more than `limit` unclosed brackets.
 */
export function flowTooDeep(text: string, limit: number): number | undefined {
  let depth = 0;
  // Jump from one character that matters to the next: the rest cannot change the depth.
  const special = /[[\]{}#"']/g;
  for (let m = special.exec(text); m !== null; m = special.exec(text)) {
    let i = m.index;
    const ch = text[i];
    if (ch === '[' || ch === '{') {
      if (++depth > limit) return i;
    } else if (ch === ']' || ch === '}') {
      if (depth > 0) depth--;
    } else if (ch === '#') {
      if (i !== 0 && !/\s/.test(text[i - 1])) continue;
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end;
    } else if (i === 0 || /[\s\[{,:]/.test(text[i - 1])) {
      i = closingQuote(text, i);
    }
    special.lastIndex = i + 1;
  }
  return undefined;
}

/** The offset of the quote closing the quoted scalar opened at `open` ('' and \" are escapes), or the text's length. */
function closingQuote(text: string, open: number): number {
  const quote = text[open];
  const stop = quote === '"' ? /["\\]/g : /'/g;
  stop.lastIndex = open + 1;
  for (let m = stop.exec(text); m !== null; m = stop.exec(text)) {
    const i = m.index;
    if (quote === '"' && text[i] === '\\') stop.lastIndex = i + 2;
    else if (quote === "'" && text[i + 1] === "'") stop.lastIndex = i + 2;
    else return i;
  }
  return text.length;
}
