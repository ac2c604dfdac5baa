/**
 * Issue 8, property-based: whatever the YAML, `validate` and `build` answer with exit 0/1/2, never throw,
 * print no stack trace, and every diagnostic points inside the file it names.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { isMap, isSeq, parseAllDocuments, type Document } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cli, exampleFiles, expectClean, expectCompleteOutputs, expectPositions, tempDir } from './_cli.js';

/** FUZZ_RUNS=10 multiplies every numRuns, for a longer hunt than the default few seconds. */
const SCALE = Number(process.env.FUZZ_RUNS ?? 1);
const EXAMPLE = exampleFiles();
const NAMES = Object.keys(EXAMPLE);

async function writeFiles(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await tempDir();
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
  return dir;
}

async function validateJson(dir: string) {
  const r = await cli(['validate', '.', '--format', 'json', '--lang', 'en'], dir);
  expectClean(r);
  expect(r.code, r.stderr).not.toBe(2);
  const diagnostics = expectPositions(r, dir);
  // Exit 1 exactly when there is an error.
  expect(r.code).toBe(diagnostics.some((d) => (d as { severity?: string }).severity === 'error') ? 1 : 0);
  const text = await cli(['validate', '.', '--lang', 'en'], dir);
  expectClean(text);
  expect(text.code).toBe(r.code);
  return r;
}

// YAML-ish text: tokens that exercise anchors, aliases, tags, flow and block syntax, tabs, BOMs, CRLF.
const TOKENS = [
  'apiVersion: smartcity/v1\n', 'kind: RegionProfile\n', 'kind: DimensionStrategy\n', 'kind: Masterplan\n', '- ', '&a ', '*a ', '*b',
  '{', '}', '[', ']', ': ', ',', '\t', '---\n', '...\n', '"', "'", '#', ' ', '  ', '\n', '\r\n', 'key', 'programs', 'id: X-1',
  '!!binary ', '!!str ', '!!int ', '!custom ', '<<: *a\n', '? ', '|', '>-', '%YAML 1.2\n', '%TAG ! tag:x,2000:\n', '\uFEFF', '😀',
  '1e300', '0x1F', '.nan', '-.inf', '9007199254740993', 'null', '~', 'true', 'yes', '2024-02-30', '\\u0000', '\u0085', '\u2028',
];
const yamlish = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => t.join(''));
const anyJson = fc.anything({ maxDepth: 4 }).map((v) => {
  try {
    return JSON.stringify(v) ?? '';
  } catch {
    return '';
  }
});

describe('fuzz: a random file in a valid project', () => {
  const run = async (content: string | Uint8Array): Promise<void> => {
    await validateJson(await writeFiles({ ...EXAMPLE, 'fuzz.yaml': content }));
  };

  it('regression: an error after a recovered multi-line token stays inside its line', async () => {
    await run('*bapiVersion: smartcity/v1\nid: X-1apiVersion: smartcity/v1\n');
  });

  it('random YAML-like text', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(yamlish, fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), anyJson), run), { numRuns: 60 * SCALE });
  });

  it('random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 500 }), run), { numRuns: 25 * SCALE });
  });

  it('a random file replacing the manifest', async () => {
    await fc.assert(fc.asyncProperty(yamlish, async (text) => {
      await validateJson(await writeFiles({ ...EXAMPLE, 'smartcity.yaml': text }));
    }), { numRuns: 25 * SCALE });
  });
});

// --- Mutations of the example project -----------------------------------------------------------

type Key = string | number;

function paths(node: unknown, prefix: Key[] = [], out: Key[][] = []): Key[][] {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = (pair.key as { value?: unknown })?.value;
      if (typeof key !== 'string') continue;
      out.push([...prefix, key]);
      paths(pair.value, [...prefix, key], out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      out.push([...prefix, i]);
      paths(item, [...prefix, i], out);
    });
  }
  return out;
}

const WRONG = [true, false, 'teks', 42, -1, 1.5, 0, [], {}, null, ['a', 'b'], { x: 1 }, '2024-13-45', ''];
const HUGE = [1e300, 2 ** 60, -(2 ** 60), Number.MAX_SAFE_INTEGER + 2, 1e21, -1e300, Number.MIN_VALUE];
const UNICODE = ['😀🏙️', 'Ùñíçødé ẞ', 'مرحبا', '\u200B\u200D', 'a\u0000b', '\u2028line', '漢字'.repeat(50), 'x'.repeat(5000), '{{this}}', '<w:p/>&amp;'];

function nested(depth: number): unknown {
  let v: unknown = 'dasar';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { n: v };
  return v;
}

const mutation = fc.record({
  kind: fc.constantFrom('delete', 'wrongType', 'huge', 'unicode', 'deep', 'crlf', 'bom', 'empty', 'duplicate', 'move', 'swapKind', 'truncate'),
  file: fc.nat(),
  other: fc.nat(),
  at: fc.nat(),
  pick: fc.nat(),
  depth: fc.integer({ min: 10, max: 200 }),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(files: Record<string, string>, m: Mutation): string {
  const name = NAMES[m.file % NAMES.length];
  const other = NAMES[m.other % NAMES.length];
  const text = files[name];
  if (text === undefined) return 'noop';
  const onDoc = (edit: (doc: Document.Parsed, p: Key[]) => void) => {
    const docs = parseAllDocuments(text) as Document.Parsed[];
    if (docs.length === 0 || docs.some((d) => d.errors.length > 0)) return;
    const doc = docs[m.pick % docs.length];
    const all = paths(doc.contents);
    if (all.length === 0) return;
    edit(doc, all[m.at % all.length]);
    files[name] = docs.map((d) => d.toString()).join('');
  };
  switch (m.kind) {
    case 'delete': onDoc((doc, p) => doc.deleteIn(p)); break;
    case 'wrongType': onDoc((doc, p) => doc.setIn(p, WRONG[m.pick % WRONG.length])); break;
    case 'huge': onDoc((doc, p) => doc.setIn(p, HUGE[m.pick % HUGE.length])); break;
    case 'unicode': onDoc((doc, p) => doc.setIn(p, UNICODE[m.pick % UNICODE.length])); break;
    case 'deep': onDoc((doc, p) => doc.setIn(p, nested(m.depth))); break;
    case 'crlf': files[name] = text.replace(/\r?\n/g, '\r\n'); break;
    case 'bom': files[name] = '\uFEFF' + text; break;
    case 'empty': files[name] = ''; break;
    case 'duplicate': files[name] = `${text}\n---\n${text}`; break;
    case 'move':
      if (other !== name) {
        files[other] = `${files[other]}\n---\n${text}`;
        delete files[name];
      }
      break;
    case 'swapKind': {
      const kinds = ['Masterplan', 'RegionProfile', 'DimensionStrategy', 'GapAnalysis', 'QuickWins', 'Progress'];
      files[name] = text.replace(/^kind: \w+/m, `kind: ${kinds[m.pick % kinds.length]}`);
      break;
    }
    case 'truncate': files[name] = text.slice(0, m.at % (text.length + 1)); break;
  }
  return `${m.kind} ${name}`;
}

function mutated(ms: Mutation[]): Record<string, string> {
  const files = { ...EXAMPLE };
  for (const m of ms) mutate(files, m);
  return files;
}

describe('fuzz: mutations of the example project', () => {
  it('validate answers 0/1/2 with positions inside the files', async () => {
    await fc.assert(fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (ms) => {
      await validateJson(await writeFiles(mutated(ms)));
    }), { numRuns: 40 * SCALE });
  });

  it('build answers 0/1/2 and leaves only complete files (or none)', async () => {
    const samples: Mutation[][] = [
      [{ kind: 'crlf', file: 0, other: 0, at: 0, pick: 0, depth: 10 }, { kind: 'bom', file: 3, other: 0, at: 0, pick: 0, depth: 10 }],
      [{ kind: 'duplicate', file: NAMES.indexOf('quick-wins.yaml'), other: 0, at: 0, pick: 0, depth: 10 }],
      [{ kind: 'unicode', file: NAMES.indexOf('profil-daerah.yaml'), other: 0, at: 3, pick: 0, depth: 10 }],
      [{ kind: 'huge', file: NAMES.indexOf('dimensi/economy.yaml'), other: 0, at: 40, pick: 3, depth: 10 }],
    ];
    const random = fc.sample(fc.array(mutation, { minLength: 1, maxLength: 2 }), { numRuns: 4, seed: 8 });
    for (const ms of [...samples, ...random]) {
      const dir = await writeFiles(mutated(ms));
      const out = path.join(await tempDir(), 'out');
      const r = await cli(['build', dir, '-o', out, '--lang', 'en', '-q'], dir);
      expectClean(r);
      const names = await expectCompleteOutputs(out);
      if (r.code === 0) expect(names.length).toBeGreaterThan(0);
      else expect(names, `exit ${r.code} but files were written: ${r.stderr}`).toEqual([]);
      await rm(out, { recursive: true, force: true });
    }
  });
});
