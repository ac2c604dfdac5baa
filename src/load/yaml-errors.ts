/**
 * The `yaml` library's errors in our own words. The library's messages are English sentences; its
 * error codes are stable. Each code (with a look at the line, where the same code has several causes)
 * becomes one of our diagnostic codes, whose sentence in the catalogues names the fix.
 */
import type { Code } from '../diagnostics/codes.js';

export interface YamlProblem {
  code: Code;
  data: Record<string, string | number>;
}

/**
 * `name: Satu: Dua` — a value holding ": " reads as a mapping nested in a compact one. The line's
 * first key is followed by a value that itself has ": " (outside quotes).
 */
function valueHasColon(line: string): boolean {
  const m = /^\s*(?:-\s+)?[^\s"'#][^:#]*:\s+(.*)$/.exec(line);
  if (!m) return false;
  const value = m[1];
  if (/^["'[{|>]/.test(value)) return false;
  return /:\s/.test(value) || value.endsWith(':');
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
}

/** The key at the start of the line of `offset`, for the quoting hint ("name"). */
function keyOfLine(line: string): string {
  return /^\s*(?:-\s+)?([^:]+):/.exec(line)?.[1].trim() ?? '';
}

/** Our code for one library error; `offset` is where the library puts it. */
export function translateYamlError(libraryCode: string, message: string, text: string, offset: number): YamlProblem {
  const line = lineAt(text, offset);
  switch (libraryCode) {
    case 'DUPLICATE_KEY':
      return { code: 'SC1002', data: { key: duplicateKey(text, offset) } };
    case 'TAB_AS_INDENT':
      return { code: 'SC1003', data: {} };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      if (valueHasColon(line)) return { code: 'SC1018', data: { key: keyOfLine(line) } };
      // A line indented deeper than the one before it continues that line's value: an indentation slip.
      return { code: 'SC1019', data: {} };
    case 'BAD_INDENT':
      // "Flow sequence … must … end with a ]": the bracket is missing, not the indentation.
      if (/end with a [\]}]/.test(message)) return { code: 'SC1021', data: { bracket: /end with a \}/.test(message) ? '}' : ']' } };
      return { code: 'SC1019', data: {} };
    case 'MISSING_CHAR':
      if (/quote/i.test(message)) return { code: 'SC1020', data: { quote: /single/i.test(message) ? "'" : '"' } };
      if (/flow (?:sequence|collection|map)|[\]}]/i.test(message)) return { code: 'SC1021', data: { bracket: /\}|map/i.test(message) ? '}' : ']' } };
      return { code: 'SC1019', data: {} };
    case 'BAD_SCALAR_START': {
      const char = /reserved character (\S)/.exec(message)?.[1] ?? text[offset] ?? '';
      return { code: 'SC1022', data: { char } };
    }
    case 'BAD_DQ_ESCAPE':
      return { code: 'SC1023', data: {} };
    case 'BAD_ALIAS':
      return { code: 'SC1024', data: {} };
    default:
      // The rest are rare in planning data (directives, tags, anchors on odd places): one general
      // sentence; the library's code stays in the data for the JSON output.
      return { code: 'SC1001', data: { parserCode: libraryCode } };
  }
}

function duplicateKey(text: string, offset: number): string {
  const m = /^[^:\n]*/.exec(text.slice(offset));
  return (m?.[0] ?? '').trim().replace(/^["']|["']$/g, '');
}
