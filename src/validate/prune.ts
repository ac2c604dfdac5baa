import { suggest } from '../diagnostics/suggest.js';
import type { ErrorObject } from './ajv.js';

/**
 * Removes the noise from ajv's `allErrors` output before anything is reported, as
 * better-ajv-errors does: a consultant should see one message per mistake.
 */
export function pruneErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  let list = errors.filter((e) => !isRoutingConst(e));
  list = pickBranches(list);
  list = requiredWins(list);
  return dropTypoRequired(list);
}

// The loader routes a document only when apiVersion and kind are right, so a `const` error
// on them cannot be the user's problem here (and routing already reported it if it was).
function isRoutingConst(e: ErrorObject): boolean {
  return e.keyword === 'const' && (e.instancePath === '/apiVersion' || e.instancePath === '/kind');
}

/**
 * anyOf/oneOf: ajv reports every branch's failures plus the combinator's own error. Keep the
 * errors of the branch the value was evidently meant for: drop the branch errors that only
 * say "not this kind of value" at the combinator's own path (a `type` error, or a `const` /
 * `enum` of another JSON type). When nothing is left, one synthetic `type` error naming every
 * accepted shape replaces them all. Branches are recognised by position (they come right
 * before the combinator's error, at or below its path), not by schemaPath: an error inside a
 * `$ref` carries the path of the referenced schema, not of the branch.
 */
function pickBranches(errors: ErrorObject[]): ErrorObject[] {
  const drop = new Set<ErrorObject>();
  const add: ErrorObject[] = [];
  errors.forEach((parent, index) => {
    if (parent.keyword !== 'anyOf' && parent.keyword !== 'oneOf') return;
    drop.add(parent);
    const mismatches: ErrorObject[] = [];
    let kept = 0;
    for (let i = index - 1; i >= 0 && isAtOrBelow(errors[i].instancePath, parent.instancePath); i--) {
      const e = errors[i];
      if (drop.has(e)) continue;
      if (isShapeMismatch(e, parent)) mismatches.push(e);
      else kept++;
    }
    mismatches.forEach((e) => drop.add(e));
    if (kept === 0) add.push(synthesiseType(parent, mismatches));
  });
  return [...errors.filter((e) => !drop.has(e)), ...add];
}

function isAtOrBelow(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`);
}

/** A branch error that says "this is not even the right kind of value" at the combinator's path. */
function isShapeMismatch(e: ErrorObject, parent: ErrorObject): boolean {
  if (e.instancePath !== parent.instancePath) return false;
  if (e.keyword === 'type') return true;
  if (e.keyword === 'const') return typeof e.params.allowedValue !== typeof e.data;
  if (e.keyword === 'enum') return !(e.params.allowedValues as unknown[]).some((v) => typeof v === typeof e.data);
  return false;
}

function synthesiseType(parent: ErrorObject, mismatches: ErrorObject[]): ErrorObject {
  const expected: string[] = [];
  for (const e of [...mismatches].reverse()) {
    if (e.keyword === 'type') expected.push(...([] as string[]).concat(e.params.type as string | string[]));
    if (e.keyword === 'const') expected.push(JSON.stringify(e.params.allowedValue));
    if (e.keyword === 'enum') expected.push(...(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)));
  }
  return { ...parent, keyword: 'type', params: { type: [...new Set(expected)] } };
}

/**
 * A missing required field makes other complaints about the same object (for instance a
 * minProperties or a combinator) secondary. Unknown properties stay: they are usually the
 * reason the required one is "missing" (a typo), and their did-you-mean is the fix.
 */
function requiredWins(errors: ErrorObject[]): ErrorObject[] {
  const withRequired = new Set(errors.filter((e) => e.keyword === 'required').map((e) => e.instancePath));
  return errors.filter(
    (e) => !withRequired.has(e.instancePath) || e.keyword === 'required' || e.keyword === 'additionalProperties',
  );
}

/** `nmae: x` gives "unknown nmae (did you mean name?)" and "name is missing": keep only the first. */
function dropTypoRequired(errors: ErrorObject[]): ErrorObject[] {
  const typos = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const guess = suggest(String(e.params.additionalProperty), allowedProperties(e));
    if (guess !== undefined) typos.add(`${e.instancePath}\u0000${guess}`);
  }
  return errors.filter((e) => e.keyword !== 'required' || !typos.has(`${e.instancePath}\u0000${String(e.params.missingProperty)}`));
}

/** The property names a schema object allows (ajv's `verbose` keeps its parentSchema). */
export function allowedProperties(e: ErrorObject): string[] {
  const props = (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return props ? Object.keys(props) : [];
}
