import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '../../src/load/types.js';
import { compileAll } from '../../src/validate/ajv-compile.js';
import { SCHEMA_BASE, SCHEMA_FILES } from '../../src/validate/schema-files.js';
import { REPO } from '../_helpers/project.js';

type Schema = Record<string, any>;
const DIR = path.join(REPO, 'schemas');
const files: Record<string, Schema> = Object.fromEntries(
  readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => [f, JSON.parse(readFileSync(path.join(DIR, f), 'utf8'))]),
);

/** Every object schema in a file, with a readable pointer. */
function walk(node: unknown, at: string, visit: (s: Schema, at: string) => void): void {
  if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}/${i}`, visit));
  if (node === null || typeof node !== 'object') return;
  const s = node as Schema;
  visit(s, at);
  for (const [k, v] of Object.entries(s)) {
    if (k === 'properties' || k === '$defs') for (const [name, sub] of Object.entries(v as Schema)) walk(sub, `${at}/${k}/${name}`, visit);
    else if (['items', 'additionalProperties', 'anyOf', 'oneOf'].includes(k)) walk(v, `${at}/${k}`, visit);
  }
}

function resolve(file: string, ref: string): Schema {
  const [target, pointer = ''] = ref.split('#');
  let node: Schema = files[target || file];
  for (const seg of pointer.split('/').filter(Boolean)) node = node[seg];
  return node;
}

/**
 * The required fields of each object, exactly as INPUT-FORMAT.md says. A field may never
 * become required without the contract saying so.
 */
const REQUIRED: Record<string, string[]> = {
  'masterplan.schema.json#': ['apiVersion', 'kind', 'title', 'period'],
  'masterplan.schema.json#/$defs/horizons': [],
  'masterplan.schema.json#/$defs/issued': [],
  // The optional book outline: an entry written as an object names at least its id.
  'masterplan.schema.json#/$defs/outlineChapter/oneOf/1': ['id'],
  'masterplan.schema.json#/$defs/outlineSection/oneOf/1': ['id'],
  'masterplan.schema.json#/properties/outline': [],
  'masterplan.schema.json#/properties/outline/properties/figures': [],
  'masterplan.schema.json#/$defs/team': [],
  // The book set and the smart-city vision (INPUT-FORMAT.md): a book object names its id, a mission its text, an
  // issue its title and description; `dimensions` is optional everywhere.
  'masterplan.schema.json#/$defs/book/oneOf/1': ['id'],
  'masterplan.schema.json#/$defs/strategicIssue': ['title', 'description'],
  'common.schema.json#/$defs/mission/oneOf/1': ['text'],
  'gap-analysis.schema.json#/properties/swot_by_pillar': [],
  'masterplan.schema.json#/$defs/style': [],
  // The enacting regulation: every part optional (what the legal bureau has not given is a dotted blank).
  'masterplan.schema.json#/$defs/enactment': [],
  'masterplan.schema.json#/$defs/enactment/properties/promulgation': [],
  'masterplan.schema.json#/$defs/enactment/properties/promulgation/properties/secretary': [],
  'masterplan.schema.json#/$defs/customFramework': ['dimensions'],
  'masterplan.schema.json#/$defs/dimension': ['id', 'name', 'elements'],
  'masterplan.schema.json#/$defs/element': ['id', 'name'],
  'common.schema.json#/$defs/period': ['start', 'end'],
  'common.schema.json#/$defs/member': ['name', 'position'],
  'common.schema.json#/$defs/indicator': ['name'],
  'common.schema.json#/$defs/indicator/properties/targets/items': ['year', 'value'],
  'common.schema.json#/$defs/budgetLine': ['year', 'amount', 'source'],
  'common.schema.json#/$defs/money': ['amount', 'source'],
  'region-profile.schema.json#': ['apiVersion', 'kind', 'region', 'agencies'],
  'region-profile.schema.json#/$defs/region': ['name', 'type', 'province', 'capital'],
  'region-profile.schema.json#/$defs/head': [],
  'region-profile.schema.json#/$defs/geography': [],
  'region-profile.schema.json#/$defs/demography': [],
  'region-profile.schema.json#/$defs/economy': [],
  'region-profile.schema.json#/$defs/statistic': ['label', 'value'],
  'region-profile.schema.json#/$defs/rpjmd': [],
  'region-profile.schema.json#/$defs/agency': ['id', 'name'],
  'gap-analysis.schema.json#': ['apiVersion', 'kind'],
  'gap-analysis.schema.json#/$defs/readiness': [],
  'gap-analysis.schema.json#/$defs/pillar': [],
  'gap-analysis.schema.json#/$defs/readinessItem': ['aspect'],
  'gap-analysis.schema.json#/$defs/gap': ['pillar', 'aspect', 'current', 'expected'],
  'gap-analysis.schema.json#/$defs/swot': [],
  'gap-analysis.schema.json#/$defs/swotStrategies': [],
  'dimension-strategy.schema.json#': ['apiVersion', 'kind', 'dimension', 'goal'],
  'dimension-strategy.schema.json#/$defs/strategy': ['title'],
  'dimension-strategy.schema.json#/$defs/program': ['id', 'name', 'element', 'lead', 'horizon'],
  'dimension-strategy.schema.json#/$defs/program/properties/milestones/items': ['year', 'text'],
  'quick-wins.schema.json#': ['apiVersion', 'kind', 'quick_wins'],
  'quick-wins.schema.json#/$defs/quickWin': ['id', 'name', 'dimension', 'element', 'lead', 'schedule'],
  'quick-wins.schema.json#/$defs/schedule': ['start', 'end'],
  'quick-wins.schema.json#/$defs/indicator': ['name'],
  'quick-wins.schema.json#/$defs/risk': ['risk', 'likelihood', 'impact'],
  'quick-wins.schema.json#/$defs/criteria': [],
  'progress.schema.json#': ['apiVersion', 'kind', 'year'],
  'progress.schema.json#/$defs/indicatorActual': ['name'],
  'progress.schema.json#/$defs/programEntry': ['program', 'status'],
  'progress.schema.json#/$defs/quickWinEntry': ['quick_win', 'status'],
  'progress.schema.json#/$defs/assessment': [],
  'progress.schema.json#/$defs/criteriaScores': [],
  'progress.schema.json#/$defs/output': ['type', 'title'],
  'progress.schema.json#/$defs/survey': ['respondents', 'scores'],
};

describe('schemas/', () => {
  it('has one kebab-case file per kind, plus common', () => {
    expect(Object.keys(files).sort()).toEqual(['common.schema.json', ...Object.values(SCHEMA_FILES)].sort());
    for (const name of Object.keys(files)) expect(name).toMatch(/^[a-z]+(-[a-z]+)*\.schema\.json$/);
  });

  it.each(Object.keys(files))('%s is draft 2020-12 with a stable $id', (name) => {
    expect(files[name].$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(files[name].$id).toBe(SCHEMA_BASE + name);
  });

  it.each(DOCUMENT_KINDS)('%s: requires apiVersion and kind (const)', (kind) => {
    const schema = files[SCHEMA_FILES[kind]];
    expect(schema.properties.kind.const).toBe(kind);
    expect(resolve(SCHEMA_FILES[kind], schema.properties.apiVersion.$ref).const).toBe('smartcity/v1');
    expect(schema.required.slice(0, 2)).toEqual(['apiVersion', 'kind']);
  });

  it('closes every object (additionalProperties) and documents every field (title, description)', () => {
    const problems: string[] = [];
    for (const [name, schema] of Object.entries(files)) {
      walk(schema, `${name}#`, (s, at) => {
        if (s.type === 'object' && s.additionalProperties === undefined) problems.push(`${at}: additionalProperties`);
        for (const [prop, sub] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) {
          const documented = sub.$ref ? { ...resolve(name, sub.$ref), ...sub } : sub;
          if (!documented.title || !documented.description) problems.push(`${at}/properties/${prop}: title/description`);
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it('requires exactly the fields INPUT-FORMAT.md requires', () => {
    const found: Record<string, string[]> = {};
    for (const [name, schema] of Object.entries(files)) {
      walk(schema, `${name}#`, (s, at) => {
        if (s.type === 'object' && s.properties) found[at] = s.required ?? [];
      });
    }
    expect(found).toEqual(REQUIRED);
  });

  it('keeps the book outline optional', () => {
    expect(files['masterplan.schema.json'].$defs).toBeTypeOf('object');
    expect(files['masterplan.schema.json'].properties.outline).toBeTypeOf('object');
    expect(files['masterplan.schema.json'].required).not.toContain('outline');
  });

  it('compiles in ajv strict mode', () => {
    expect(Object.keys(compileAll()).sort()).toEqual([...DOCUMENT_KINDS].sort());
  });
});
