import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { CODES, type Code } from '../diagnostics/codes.js';
import { listAllowed, suggest } from '../diagnostics/suggest.js';
import { locate, type DataPath } from '../load/locate.js';
import type { LoadedDocument } from '../load/types.js';
import type { ErrorObject } from './ajv.js';
import { allowedProperties, pruneErrors } from './prune.js';
import { amountFromText } from './amount-text.js';

/**
 * ajv errors of one document → diagnostics, positioned on the original YAML (never on a
 * re-serialised copy). Each diagnostic keeps only data (code + placeholders); no prose here.
 */
export function fromAjv(doc: LoadedDocument, errors: readonly ErrorObject[]): Diagnostic[] {
  return pruneErrors(errors).map((e) => toDiagnostic(doc, e));
}

function toDiagnostic(doc: LoadedDocument, e: ErrorObject): Diagnostic {
  const path = dataPath(doc.data, e.instancePath);
  const make = (code: Code, data: Diagnostic['data'], at: DataPath = path, target: 'value' | 'key' = 'value', suggestion?: string): Diagnostic => ({
    code,
    severity: CODES[code].severity,
    data,
    path: at,
    location: locate(doc, at, target),
    ...(suggestion !== undefined ? { suggestion } : {}),
  });
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const property = String(p.missingProperty);
      // The field does not exist, so locate() falls back to the nearest parent: its key.
      return make('SC2001', { property }, [...path, property], 'key');
    }
    case 'additionalProperties': {
      const property = String(p.additionalProperty);
      const allowed = allowedProperties(e);
      return make('SC2004', { property, allowed: listAllowed(allowed) }, [...path, property], 'key', suggest(property, allowed));
    }
    case 'type': {
      const expected = ([] as string[]).concat(p.type as string | string[]);
      if (expected.length === 1 && expected[0] === 'integer' && typeof e.data === 'number') {
        return make('SC2010', { value: String(e.data) });
      }
      // An amount typed as text ("Rp 1,8 M"): the hint shows it as the whole number the field wants.
      const amount = path[path.length - 1] === 'amount' && typeof e.data === 'string' ? amountFromText(e.data) : undefined;
      return make('SC2002', { expected: expected.map(typeName).join(' or '), found: foundName(e.data) }, path, 'value', amount === undefined ? undefined : String(amount));
    }
    case 'enum':
    case 'const': {
      const allowed = (e.keyword === 'enum' ? (p.allowedValues as unknown[]) : [p.allowedValue]).map(String);
      const value = String(e.data);
      const shown = clip(value);
      return make('SC2003', { value: shown, allowed: listAllowed(allowed) }, path, 'value', suggest(value.slice(0, 200), allowed));
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return make('SC2005', { value: String(e.data), comparison: String(p.comparison), limit: String(p.limit) });
    case 'pattern':
      return make('SC2006', { value: clip(String(e.data)), format: formatName(String(p.pattern)) });
    case 'minItems':
      return make('SC2007', { limit: Number(p.limit) });
    case 'minLength':
      return make('SC2009', {});
    default:
      return make('SC2008', { message: e.message ?? e.keyword });
  }
}

/**
 * A JSON pointer → data path with numbers for list indexes. Walking the data tells a list
 * index ("/programs/0") from a mapping key that happens to be digits ("/scores/2023").
 */
export function dataPath(data: unknown, pointer: string): (string | number)[] {
  if (pointer === '') return [];
  const out: (string | number)[] = [];
  let node = data;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      out.push(Number(seg));
      node = node[Number(seg)];
    } else {
      out.push(seg);
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'number',
  integer: 'whole number',
  boolean: 'true/false',
  array: 'list',
  object: 'mapping',
  null: 'empty value',
};

function typeName(t: string): string {
  return TYPE_NAMES[t] ?? t;
}

/** A value quoted in a message: a 100,000-character string is cut, so one diagnostic stays one line. */
function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

function foundName(value: unknown): string {
  if (value === null || value === undefined) return TYPE_NAMES.null;
  if (Array.isArray(value)) return TYPE_NAMES.array;
  if (typeof value === 'string') return `${TYPE_NAMES.string} "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeName(typeof value)} ${String(value)}`;
  return typeName(typeof value);
}

/** Names a pattern by what it accepts, so the schema stays the one place the patterns live. */
function formatName(pattern: string): string {
  const re = new RegExp(pattern, 'u');
  if (re.test('2023-10-16')) return 'date (YYYY-MM-DD)';
  if (re.test('2023-10')) return 'month (YYYY-MM)';
  return `pattern ${pattern}`;
}
