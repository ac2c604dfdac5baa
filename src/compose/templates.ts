/**
 * Narrative text: Handlebars templates in `templates/<lang>/<name>.md.hbs`, rendered to the Markdown subset
 * of markdown.ts. A project's own `templates/<lang>/` (or `templates/`) overrides a built-in file of the same
 * name. One escaping layer only: templates are compiled with `noEscape` (the DOCX writer escapes XML), so
 * `R&D` and `<MPP-D>` arrive as written; YAML text is data, never compiled, so `{{x}}` in it stays text.
 * `strict` turns a misspelt field into an error naming the template file, line and column.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { BUILTIN_TEMPLATE_DIR, templateCandidates } from './template-files.js';
import { COMPILE_OPTIONS, loadPrecompiled, sha1, specObject, type PrecompiledTemplates } from './template-precompiled.js';
import { formatBasisPoints, formatDate, formatDecimal, formatInteger, formatMonth, formatNumber, formatRupiah, rupiahWithWords, terbilang } from '../format/indonesian.js';

export { BUILTIN_TEMPLATE_DIR } from './template-files.js';

export class TemplateError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

export interface TemplateOptions {
  lang: 'id' | 'en';
  /** The project folder: its `templates/` overrides built-in files by name. */
  projectDir?: string;
  /** Built-in templates compiled at `npm run build` (default: dist's, none when running from sources). */
  precompiled?: PrecompiledTemplates;
}

type Compiled = (view: unknown) => string;
type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/** A field a template names that its data does not have (rendered empty, reported as SC6003). */
export interface TemplateWarning {
  file: string;
  line: number;
  column: number;
  field: string;
}

export class Templates {
  private readonly hb = Handlebars.create();
  private readonly cache = new Map<string, { file: string; source: string; fn: Compiled; lax?: Compiled }>();
  /** Misspelt or missing fields met while rendering, one per template place. */
  readonly warnings: TemplateWarning[] = [];
  private readonly precompiled: PrecompiledTemplates;

  constructor(private readonly opts: TemplateOptions) {
    registerHelpers(this.hb);
    this.precompiled = opts.precompiled ?? loadPrecompiled();
  }

  /** Where a template comes from, or undefined when no such template exists. */
  find(name: string): string | undefined {
    const candidates = templateCandidates(name, this.opts.lang, this.opts.projectDir);
    const found = candidates.find((c) => existsSync(c));
    if (found && this.opts.projectDir && found.startsWith(path.join(this.opts.projectDir, 'templates'))) {
      // A project template is read only from inside the project: a symbolic link out of it (to a secret on
      // a CI runner, say) would otherwise put that file's text into the book.
      const root = realpathSync(this.opts.projectDir);
      const rel = path.relative(root, realpathSync(found));
      if (rel.startsWith('..') || path.isAbsolute(rel)) throw new TemplateError('the template is a symbolic link to a file outside the project; it is not read', found, 1, 1);
    }
    return found;
  }

  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  /**
   * Renders in strict mode; a field the data does not have is a warning naming the template's file and
   * line (a region's own template may lag behind the data), and the template is rendered again leniently
   * with that field empty. Any other error is a TemplateError.
   */
  render(name: string, view: unknown): string {
    const entry = this.compiled(name);
    try {
      return entry.fn(view);
    } catch (error) {
      const e = missingNested(error, entry) ?? toTemplateError(error, entry.file);
      const field = /^"([^"]+)" is not a field here/.exec(e.message)?.[1];
      if (field === undefined) throw e;
      if (!this.warnings.some((w) => w.file === e.file && w.line === e.line && w.column === e.column)) {
        this.warnings.push({ file: e.file, line: e.line, column: e.column, field });
      }
      entry.lax ??= this.hb.compile(entry.source, { ...COMPILE_OPTIONS, strict: false });
      try {
        return entry.lax(view);
      } catch (again) {
        throw toTemplateError(again, entry.file);
      }
    }
  }

  private compiled(name: string): { file: string; source: string; fn: Compiled; lax?: Compiled } {
    const hit = this.cache.get(name);
    if (hit) return hit;
    const file = this.find(name);
    if (!file) throw new TemplateError(`template "${name}.md.hbs" not found`, path.join(BUILTIN_TEMPLATE_DIR, this.opts.lang, `${name}.md.hbs`), 1, 1);
    const source = readFileSync(file, 'utf8');
    const builtin = path.relative(BUILTIN_TEMPLATE_DIR, file).split(path.sep).join('/');
    const ready = this.precompiled.get(builtin);
    if (ready && ready.sha1 === sha1(source)) {
      // Compiled at `npm run build` from this very text (its syntax and helpers were checked then, by the tests).
      const entry = { file, source, fn: this.hb.template(specObject(ready.spec) as TemplateSpecification) as Compiled };
      this.cache.set(name, entry);
      return entry;
    }
    let ast: hbs.AST.Program;
    try {
      // Handlebars compiles lazily; parse now so a syntax error is reported here, with the file and line.
      ast = this.hb.parse(source);
    } catch (error) {
      throw toTemplateError(error, file);
    }
    // Only our helpers (and Handlebars' own block helpers) may be called: say which and where, before running.
    const unknown = unknownHelper(ast, (name) => name in this.hb.helpers);
    if (unknown) throw new TemplateError(`"${unknown.name}" is not a helper`, file, unknown.line, unknown.column);
    const fn: Compiled = this.hb.compile(source, COMPILE_OPTIONS);
    const entry = { file, source, fn };
    this.cache.set(name, entry);
    return entry;
  }
}

function toTemplateError(error: unknown, file: string): TemplateError {
  if (error instanceof TemplateError) return error;
  const e = error as { message?: string; lineNumber?: number; column?: number };
  let message = String(e.message ?? error);
  let line = e.lineNumber ?? 1;
  let column = (e.column ?? 0) + 1;
  const parse = /Parse error on line (\d+):/.exec(message);
  if (parse) {
    line = Number(parse[1]);
    const caret = message.split('\n')[2] ?? '';
    column = Math.max(1, caret.indexOf('^') + 1);
    message = message.split('\n').slice(3).join(' ').trim() || message;
  }
  // Handlebars appends " - line:col" to lookup errors; the location is reported separately.
  message = message.replace(/ - \d+:\d+$/, '').replace(/ not defined in \[object Object\]/, ' is not a field here');
  return new TemplateError(message, file, line, column);
}

function registerHelpers(hb: typeof Handlebars): void {
  const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
  hb.registerHelper('rupiah', (v: unknown) => formatRupiah(num(v)));
  hb.registerHelper('rupiahTerbilang', (v: unknown) => rupiahWithWords(num(v)));
  hb.registerHelper('terbilang', (v: unknown) => terbilang(num(v)));
  hb.registerHelper('angka', (v: unknown) => (Number.isInteger(num(v)) ? formatInteger(num(v)) : formatNumber(num(v))));
  // A mean score on the 1–5 scale, always to two decimals (2,67; 4,00), as the readiness figure labels it.
  hb.registerHelper('skor', (v: unknown) => formatDecimal(num(v), 2));
  hb.registerHelper('tanggal', (v: unknown) => formatDate(String(v)));
  hb.registerHelper('bulan', (v: unknown) => formatMonth(String(v)));
  hb.registerHelper('upper', (v: unknown) => String(v ?? '').toLocaleUpperCase('id-ID'));
  hb.registerHelper('lower', (v: unknown) => String(v ?? '').toLocaleLowerCase('id-ID'));
  hb.registerHelper('nomor', (i: unknown) => String(num(i) + 1));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('len', (v: unknown) => (Array.isArray(v) ? v.length : 0));
  /** Hundredths of a percent (an integer from the model) → "45,1%". */
  hb.registerHelper('persen', (v: unknown) => formatBasisPoints(num(v), 1));
  hb.registerHelper('ref', (id: unknown) => `[[ref:${String(id)}]]`);
  /** "a, b, dan c" (Indonesian serial list). */
  hb.registerHelper('daftar', (items: unknown, options: { hash?: { kata?: string } }) => {
    const list = Array.isArray(items) ? items.map(String) : [];
    const word = options?.hash?.kata ?? 'dan';
    if (list.length <= 1) return list.join('');
    if (list.length === 2) return `${list[0]} ${word} ${list[1]}`;
    return `${list.slice(0, -1).join(', ')}, ${word} ${list[list.length - 1]}`;
  });
}

/** The first call of a helper that does not exist (a mustache or block with arguments), with its place. */
function unknownHelper(node: unknown, known: (name: string) => boolean): { name: string; line: number; column: number } | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const n = node as { type?: string; path?: { type?: string; original?: unknown }; params?: unknown[]; hash?: unknown; loc?: hbs.AST.SourceLocation };
  const isCall = (n.type === 'MustacheStatement' || n.type === 'BlockStatement' || n.type === 'SubExpression') && ((n.params?.length ?? 0) > 0 || Boolean(n.hash));
  if (isCall && n.path?.type === 'PathExpression' && typeof n.path.original === 'string' && !known(n.path.original)) {
    return { name: n.path.original, line: n.loc?.start.line ?? 1, column: (n.loc?.start.column ?? 0) + 1 };
  }
  for (const value of Object.values(node)) {
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (child && typeof child === 'object' && child !== n.loc) {
        const found = unknownHelper(child, known);
        if (found) return found;
      }
    }
  }
  return undefined;
}

/**
 * In strict mode Handlebars checks only the last part of a path, so `{{nama.tidak}}` with no `nama` is a
 * JavaScript TypeError without a place. Read it as the missing field it is, at its first use in the source.
 */
function missingNested(error: unknown, entry: { file: string; source: string }): TemplateError | undefined {
  const reading = error instanceof TypeError ? /reading '([^']+)'/.exec(error.message)?.[1] : undefined;
  if (!reading) return undefined;
  const use = new RegExp(`\\{\\{[^}]*?([\\w@]+)\\.${reading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).exec(entry.source);
  if (!use) return undefined;
  const before = entry.source.slice(0, use.index + use[0].indexOf(use[1], 2));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return new TemplateError(`"${use[1]}" is not a field here`, entry.file, line, column);
}
