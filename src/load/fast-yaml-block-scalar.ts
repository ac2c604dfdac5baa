/**
 * `|` and `>` block scalars for the fast YAML reader, as the `yaml` library reads them, for the plain
 * case: a header of `|` or `>` with optional `-` or `+` chomping (no indentation indicator), content
 * starting on the next line, no line more indented than the first in a folded scalar, no blank line
 * holding more spaces than the content's indentation. Anything else is declined.
 */
import { Decline, type Read, type Source } from './fast-yaml-lines.js';

export function readBlockScalar(src: Source, line: number, at: number, parentIndent: number, docEnd: number): Read {
  const { text, lines } = src;
  const folded = text[at] === '>';
  let headerEnd = at + 1;
  const chomp = text[headerEnd] === '-' || text[headerEnd] === '+' ? text[headerEnd++] : '';
  // After the header: the line end, or spaces and an optional comment.
  let rest = headerEnd;
  while (text.charCodeAt(rest) === 0x20) rest++;
  if (rest !== lines[line].end && !(text[rest] === '#' && rest > headerEnd)) throw new Decline();

  const first = line + 1;
  // Leading blank lines, and a scalar with no content (the next line not indented past the parent),
  // follow special rules in the library: left to it.
  if (first >= docEnd || lines[first].indent === lines[first].end - lines[first].start) throw new Decline();
  const indent = lines[first].indent;
  if (indent <= parentIndent) throw new Decline();

  let last = first; // the last line with content
  let line2 = first;
  for (; line2 < docEnd; line2++) {
    const { start, end, indent: spaces } = lines[line2];
    const blank = spaces === end - start;
    if (blank) {
      if (spaces > indent) throw new Decline(); // a more-indented blank line is content, specially folded
      continue;
    }
    if (spaces < indent) break;
    if (folded && spaces > indent) throw new Decline(); // more-indented lines keep their breaks when folded
    last = line2;
  }
  const contentLines: string[] = [];
  for (let i = first; i <= last; i++) {
    const { start, end } = lines[i];
    contentLines.push(end - start <= indent ? '' : text.slice(start + indent, end));
  }
  let value = folded ? fold(contentLines) : contentLines.join('\n');

  const contentEnd = lines[last].end;
  let end: number;
  if (chomp === '+') {
    // Kept: every line break up to the next line with content (or the document's end) belongs to the scalar.
    end = line2 < lines.length ? lines[line2].start : keptEnd(src, contentEnd, indent);
    const breaks = countBreaks(text, contentEnd, end);
    value += '\n'.repeat(Math.max(1, breaks));
  } else {
    end = contentEnd < text.length ? contentEnd + 1 : contentEnd;
    if (chomp === '') value += '\n';
  }
  return { node: { kind: 'scalar', range: [at, end], value }, data: value, end2: end, next: last + 1 };
}

/**
 * Where a kept scalar running to the end of the text ends, as the library has it: a last line of
 * spaces only, with no line break after it, belongs to the scalar when it reaches the content's
 * indentation, and otherwise not (the scalar then ends after the last line break).
 */
function keptEnd(src: Source, contentEnd: number, indent: number): number {
  const { text, lines } = src;
  const last = lines[lines.length - 1];
  const spaces = last.end - last.start;
  if (last.start > contentEnd && last.indent === spaces && spaces < indent) return last.start;
  return text.length;
}

/** Folding as the library does it for lines all at the content's indentation. */
function fold(lines: string[]): string {
  let value = '';
  let sep = '';
  for (const content of lines) {
    if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
    }
  }
  return value;
}

function countBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) count++;
  return count;
}
