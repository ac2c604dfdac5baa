/**
 * The body of a regulation as the perbup templates write it, one provision per line, with nothing numbered by
 * hand: the numbers (BAB I, Pasal 1, ayat (1), huruf a., angka 1.) and the cross-references are computed here,
 * after the whole text is read, so a template can refer forward and adding a Pasal renumbers every citation.
 *
 *   BAB Ketentuan Umum      a chapter: "BAB I" over "KETENTUAN UMUM"
 *   Pasal {#id}             an article: "Pasal 1"; `{#id}` (optional, on any line) names it for references
 *   (#) text                a paragraph (ayat): "(1) text"
 *   - text                  a letter item: "a. text", under the last ayat if the article has one
 *   + text                  a number item: "1. text" (definitions)
 *   = text                  a centred line (a title); "=" alone an empty one
 *   text                    the article's text, or the ayat's continuation after its list
 *
 * References: [[dimaksud:id]] → "sebagaimana dimaksud pada ayat (1)" in the same article, "sebagaimana dimaksud
 * dalam Pasal 4 ayat (2)" elsewhere (UU 12/2011, Lampiran II); [[pasal:id]] → "Pasal 4"; [[ayat:id]] → "ayat (2)".
 */
import { roman } from '../../format/indonesian.js';
import { parseInline } from '../markdown.js';
import type { Block, Inline } from '../tree.js';

type Kind = 'bab' | 'pasal' | 'ayat' | 'letter' | 'number' | 'centre' | 'text';

interface Line {
  kind: Kind;
  text: string;
  id?: string;
  /** Filled by numbering. */
  label: string;
  depth: 0 | 1 | 2;
  /** The article (its number) the line belongs to, and the ayat number it sits in. */
  pasal?: number;
  ayat?: number;
}

interface Target {
  pasal?: number;
  ayat?: number;
  /** "huruf a" / "angka 3" of an item. */
  item?: string;
}

export interface LegalText {
  blocks: Block[];
  /** Article numbers in order (1, 2, …), for checks and tests. */
  articles: number[];
  /** Reference ids that name nothing, in order of use. */
  unknownRefs: string[];
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** a … z, then aa, bb, … as legal drafting continues a letter list past z. */
export function letter(index: number): string {
  const ch = LETTERS[index % 26];
  return ch.repeat(Math.floor(index / 26) + 1);
}

/** "huruf a, huruf b, dan huruf c" (the closing clause of Menimbang cites every consideration). */
export function citeLetters(count: number): string {
  const items = Array.from({ length: count }, (_, i) => `huruf ${letter(i)}`);
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} dan ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, dan ${items[items.length - 1]}`;
}

function parseLine(raw: string): Omit<Line, 'label' | 'depth'> | undefined {
  let text = raw.trim();
  if (!text) return undefined;
  let id: string | undefined;
  const named = /\s*\{#([\w-]+)\}$/.exec(text);
  if (named) {
    id = named[1];
    text = text.slice(0, named.index).trim();
  }
  const at = (kind: Kind, rest: string) => ({ kind, text: rest.trim(), ...(id ? { id } : {}) });
  if (text === '=' || text.startsWith('= ')) return at('centre', text.slice(1));
  if (/^BAB(\s|$)/.test(text)) return at('bab', text.slice(3));
  if (/^Pasal$/.test(text)) return at('pasal', '');
  if (text.startsWith('(#)')) return at('ayat', text.slice(3));
  if (text.startsWith('- ')) return at('letter', text.slice(2));
  if (text.startsWith('+ ')) return at('number', text.slice(2));
  return at('text', text);
}

/** Where each `{#id}` of a text is, for citing it from another text (the Lampiran cites the body's Pasal). */
export type Targets = ReadonlyMap<string, Target>;

/** Reads and numbers the text; `cited` are the targets of an earlier text that this one may cite as well. */
export function legalText(source: string, cited: Targets = new Map()): LegalText & { targets: Targets } {
  const lines: Line[] = [];
  for (const raw of source.split('\n')) {
    const l = parseLine(raw);
    if (l) lines.push({ ...l, label: '', depth: 0 });
  }
  let bab = 0;
  let pasal = 0;
  let ayat = 0;
  let letters = 0;
  let numbers = 0;
  let inPasal = false;
  const targets = new Map<string, Target>(cited);
  const articles: number[] = [];
  for (const l of lines) {
    switch (l.kind) {
      case 'bab': bab += 1; l.label = `BAB ${roman(bab)}`; inPasal = false; break;
      case 'pasal':
        pasal += 1; ayat = 0; letters = 0; numbers = 0; inPasal = true;
        l.label = `Pasal ${pasal}`;
        articles.push(pasal);
        break;
      case 'ayat': ayat += 1; letters = 0; numbers = 0; l.label = `(${ayat})`; break;
      case 'letter': l.label = `${letter(letters++)}.`; l.depth = ayat > 0 ? 1 : 0; break;
      case 'number': l.label = `${++numbers}.`; l.depth = ayat > 0 ? 1 : 0; break;
      case 'text': l.depth = ayat > 0 ? 1 : 0; break;
      case 'centre': break;
    }
    if (inPasal) {
      l.pasal = pasal;
      if (ayat > 0) l.ayat = ayat;
    }
    if (l.id) {
      const item = l.kind === 'letter' ? `huruf ${l.label.slice(0, -1)}` : l.kind === 'number' ? `angka ${l.label.slice(0, -1)}` : undefined;
      targets.set(l.id, { pasal: l.pasal, ayat: l.kind === 'pasal' ? undefined : l.ayat, ...(item ? { item } : {}) });
    }
  }

  punctuateLists(lines);
  const unknownRefs: string[] = [];
  const resolve = (text: string, from: Line): string =>
    text.replace(/\[\[(dimaksud|pasal|ayat):([\w-]+)\]\]/g, (_m, how: string, id: string) => {
      const t = targets.get(id);
      if (!t) {
        unknownRefs.push(id);
        return `[${id}?]`;
      }
      return cite(how, t, from);
    });

  const blocks: Block[] = [];
  for (const l of lines) {
    const content = (text: string): Inline[] => parseInline(resolve(text, l));
    switch (l.kind) {
      case 'bab':
        blocks.push(centred(l.label, true), centred(l.text.toLocaleUpperCase('id-ID'), false));
        break;
      case 'pasal':
        blocks.push(centred(l.label, true));
        break;
      case 'centre':
        blocks.push({ kind: 'paragraph', style: 'legalHeading', content: l.text ? content(l.text) : [] });
        break;
      case 'ayat':
        blocks.push({ kind: 'provision', label: l.label, depth: 0, content: content(l.text) });
        break;
      case 'letter':
      case 'number':
        blocks.push({ kind: 'provision', label: l.label, depth: l.depth, content: content(l.text) });
        break;
      case 'text':
        blocks.push(l.depth === 0 && !l.pasal ? { kind: 'paragraph', content: content(l.text), align: 'justify' } : { kind: 'provision', label: '', depth: l.depth, content: content(l.text) });
        break;
    }
  }
  return { blocks, articles, unknownRefs, targets };
}

const isItem = (l: Line) => l.kind === 'letter' || l.kind === 'number';

/**
 * The punctuation of a list, as drafting writes it: each item ends with ";", the one before the last with
 * "; dan", the last with "." (an item that already ends in punctuation is left as written, e.g. definitions).
 * Items generated from data (dimensions, books, funding sources) get it without the template knowing the count.
 */
function punctuateLists(lines: Line[]): void {
  let i = 0;
  while (i < lines.length) {
    if (!isItem(lines[i])) { i++; continue; }
    let j = i;
    while (j + 1 < lines.length && isItem(lines[j + 1]) && lines[j + 1].kind === lines[i].kind && lines[j + 1].depth === lines[i].depth) j++;
    for (let k = i; k <= j; k++) {
      if (/[.;:,]$/.test(lines[k].text)) continue;
      lines[k].text += k === j ? '.' : k === j - 1 ? '; dan' : ';';
    }
    i = j + 1;
  }
}

/** The Indonesian legal form of a citation, relative to where it is made. */
function cite(how: string, t: Target, from: Line): string {
  const samePasal = t.pasal !== undefined && t.pasal === from.pasal;
  const ayat = t.ayat !== undefined ? `ayat (${t.ayat})` : '';
  if (how === 'pasal') return t.pasal !== undefined ? `Pasal ${t.pasal}` : '';
  if (how === 'ayat') return [ayat, t.item].filter(Boolean).join(' ');
  // The article citing itself as a whole.
  if (samePasal && t.ayat === undefined && !t.item) return 'sebagaimana dimaksud dalam Pasal ini';
  // Within the same article: "pada ayat (1)" / "pada huruf a"; elsewhere: "dalam Pasal 4 ayat (1) huruf a".
  if (samePasal && (t.ayat !== undefined || t.item)) {
    const sameAyat = t.ayat !== undefined && t.ayat === from.ayat && t.item;
    return `sebagaimana dimaksud pada ${sameAyat ? t.item : [ayat, t.item].filter(Boolean).join(' ')}`;
  }
  return `sebagaimana dimaksud dalam ${[t.pasal !== undefined ? `Pasal ${t.pasal}` : '', ayat, t.item].filter(Boolean).join(' ')}`;
}

const centred = (text: string, space: boolean): Block => ({
  kind: 'paragraph',
  style: 'legalHeading',
  // The BAB/Pasal line is set off by an empty line above it, as drafts are typed.
  content: space ? [{ kind: 'break' }, { kind: 'text', text }] : [{ kind: 'text', text }],
});
