/**
 * The small Markdown subset that templates (and the free text of the YAML) are written in, read into
 * document-tree blocks. Templates never emit XML; this is the only reader of their output.
 *
 * Blocks: paragraphs separated by blank lines; `- `, `* `, `• ` bullet items and `1. ` / `1) ` numbered
 * items (indented lines continue an item, deeper-indented items nest); `## ` / `### ` headings (numbered
 * later by the assembler); `> ` quotes.
 * Inline: `**strong**`, `*emphasis*` / `_emphasis_`, `\` escapes, a hard break with a trailing `\`,
 * and `[[ref:id]]` cross-references to a numbered table or figure (text resolved later).
 * Everything else, `R&D`, `<MPP-D>`, quotes, `{{x}}`, emoji, is text, shown as written.
 */
import type { Block, Inline } from './tree.js';

const BULLET = /^([-*•])\s+(.*)$/;
const ORDERED = /^(\d{1,3})[.)]\s+(.*)$/;
const HEADING = /^(#{2,3})\s+(.*?)\s*#*$/;
const QUOTE = /^>\s?(.*)$/;

interface Line { indent: number; text: string }

export function markdownToBlocks(markdown: string): Block[] {
  const lines: Line[] = markdown.replace(/\r\n?/g, '\n').split('\n').map((raw) => {
    const expanded = raw.replace(/\t/g, '    ');
    const text = expanded.trimStart();
    return { indent: expanded.length - text.length, text: text.trimEnd() };
  });
  return readBlocks(lines, 0, lines.length, 0);
}

function readBlocks(lines: Line[], from: number, to: number, baseIndent: number): Block[] {
  const blocks: Block[] = [];
  let i = from;
  while (i < to) {
    const line = lines[i];
    if (line.text === '') { i++; continue; }
    const heading = HEADING.exec(line.text);
    if (heading && line.indent <= baseIndent + 3) {
      blocks.push({ kind: 'heading', level: heading[1].length as 2 | 3, id: '', number: '', content: parseInline(heading[2]) });
      i++;
      continue;
    }
    if (isItem(line.text)) {
      i = readList(lines, i, to, blocks);
      continue;
    }
    const quote = QUOTE.exec(line.text);
    const parts: string[] = [];
    // A paragraph runs until a blank line or the start of another block.
    while (i < to && lines[i].text !== '' && (parts.length === 0 || !startsBlock(lines[i].text))) {
      parts.push(quote ? lines[i].text.replace(QUOTE, '$1') : lines[i].text);
      i++;
    }
    blocks.push({ kind: 'paragraph', content: parseInline(joinLines(parts)), ...(quote ? { style: 'quote' as const, align: 'center' as const } : {}) });
  }
  return blocks;
}

function isItem(text: string): boolean {
  // "*emphasis* at the start" is not a bullet: a bullet marker is followed by a space.
  return BULLET.test(text) || ORDERED.test(text);
}

function startsBlock(text: string): boolean {
  return isItem(text) || HEADING.test(text);
}

function readList(lines: Line[], from: number, to: number, out: Block[]): number {
  const first = lines[from];
  const ordered = ORDERED.test(first.text);
  const items: Block[][] = [];
  let i = from;
  while (i < to) {
    const line = lines[i];
    if (line.text === '') {
      // A blank line ends the list unless the next line continues it.
      const next = lines[i + 1];
      if (next && next.indent >= first.indent && (next.indent > first.indent || sameKind(next.text, ordered))) { i++; continue; }
      break;
    }
    if (line.indent < first.indent) break;
    if (line.indent === first.indent) {
      if (!sameKind(line.text, ordered)) break;
      const m = (ordered ? ORDERED : BULLET).exec(line.text)!;
      // The item's own lines: its first line plus deeper-indented lines up to the next sibling.
      let end = i + 1;
      while (end < to && (lines[end].text === '' ? nextIsDeeper(lines, end, to, first.indent) : lines[end].indent > first.indent)) end++;
      const body: Line[] = [{ indent: first.indent + 2, text: m[2] }, ...lines.slice(i + 1, end)];
      items.push(readBlocks(body, 0, body.length, first.indent + 2));
      i = end;
      continue;
    }
    break;
  }
  out.push({ kind: 'list', ordered, items });
  return i;
}

function nextIsDeeper(lines: Line[], blank: number, to: number, indent: number): boolean {
  let j = blank;
  while (j < to && lines[j].text === '') j++;
  return j < to && lines[j].indent > indent;
}

function sameKind(text: string, ordered: boolean): boolean {
  return ordered ? ORDERED.test(text) : BULLET.test(text);
}

/** Joins a paragraph's lines: soft breaks become spaces, a trailing backslash a hard break. */
function joinLines(parts: string[]): string {
  return parts.map((p, k) => (k < parts.length - 1 && p.endsWith('\\') && !p.endsWith('\\\\') ? p.slice(0, -1) + '\u0000' : p)).join(' ').replace(/\u0000 /g, '\u0000');
}

// ---- inline ----

const PUNCT_OR_SPACE = /[\s\p{P}\p{S}]/u;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let buf = '';
  const flush = () => { if (buf) { pushText(out, buf); buf = ''; } };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length && /[\\*_[\]#>\-.`]/.test(text[i + 1])) { buf += text[i + 1]; i += 2; continue; }
    if (ch === '\u0000') { flush(); out.push({ kind: 'break' }); i++; continue; }
    if (text.startsWith('[[ref:', i)) {
      const end = text.indexOf(']]', i);
      if (end > i) { flush(); out.push({ kind: 'ref', target: text.slice(i + 6, end).trim(), text: '' }); i = end + 2; continue; }
    }
    if (ch === '*' || ch === '_') {
      const double = ch === '*' && text[i + 1] === '*';
      const marker = double ? '**' : ch;
      const close = findClose(text, i, marker);
      if (close > 0) {
        flush();
        out.push({ kind: double ? 'strong' : 'emph', children: parseInline(text.slice(i + marker.length, close)) });
        i = close + marker.length;
        continue;
      }
    }
    buf += ch;
    i++;
  }
  flush();
  return out;
}

/** Where an emphasis run opened at `open` closes, or -1 (then the marker is plain text, e.g. `5 * 3`, `file_name`). */
function findClose(text: string, open: number, marker: string): number {
  const start = open + marker.length;
  const after = text[start];
  if (after === undefined || /\s/.test(after)) return -1;
  // `_` inside a word (snake_case) is not emphasis.
  if (marker === '_' && open > 0 && !PUNCT_OR_SPACE.test(text[open - 1])) return -1;
  let j = text.indexOf(marker, start + 1);
  while (j > 0) {
    const before = text[j - 1];
    const next = text[j + marker.length];
    const isDoubleInsideSingle = marker === '*' && (next === '*' || before === '*');
    if (!/\s/.test(before) && before !== '\\' && !isDoubleInsideSingle && (marker !== '_' || next === undefined || PUNCT_OR_SPACE.test(next))) return j;
    j = text.indexOf(marker, j + 1);
  }
  return -1;
}

function pushText(out: Inline[], text: string): void {
  const last = out[out.length - 1];
  if (last && last.kind === 'text') last.text += text;
  else out.push({ kind: 'text', text });
}

/** Plain text of inlines (for TOC entries, alt text and tests). */
export function inlineText(inlines: Inline[]): string {
  return inlines.map((n) => (n.kind === 'text' ? n.text : n.kind === 'ref' ? n.text : n.kind === 'break' ? ' ' : inlineText(n.children))).join('');
}
