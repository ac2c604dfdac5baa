import { describe, expect, it } from 'vitest';
import { codeFrame } from '../../src/load/code-frame.js';

const pos = (line: number, column: number) => ({ line, column, offset: 0 });
const text = 'a: 1\nbb: two\nccc: 3\n';

describe('codeFrame', () => {
  it('marks a range on the first line, with one line of context after', () => {
    expect(codeFrame(text, pos(1, 4), pos(1, 5))).toBe(['> 1 | a: 1', '    |    ^', '  2 | bb: two'].join('\n'));
  });

  it('marks a range on the last line and ignores the final newline', () => {
    expect(codeFrame(text, pos(3, 1), pos(3, 4))).toBe(['  2 | bb: two', '> 3 | ccc: 3', '    | ^^^'].join('\n'));
  });

  it('shows the empty line after a final newline when the range is there', () => {
    expect(codeFrame(text, pos(4, 1), pos(4, 1))).toBe(['  3 | ccc: 3', '> 4 |', '    | ^'].join('\n'));
  });

  it('underlines a multi-line range to the end of its first line', () => {
    expect(codeFrame(text, pos(2, 5), pos(3, 2))).toBe(
      ['  1 | a: 1', '> 2 | bb: two', '    |     ^^^', '  3 | ccc: 3'].join('\n'),
    );
  });

  it('draws at least one caret for an empty range', () => {
    expect(codeFrame(text, pos(2, 8), pos(2, 8))).toContain('    |        ^');
  });

  it('handles CRLF text without stray carriage returns', () => {
    const frame = codeFrame('a: 1\r\nbb: two\r\nccc: 3\r\n', pos(2, 5), pos(2, 8));
    expect(frame).toBe(['  1 | a: 1', '> 2 | bb: two', '    |     ^^^', '  3 | ccc: 3'].join('\n'));
    expect(frame).not.toContain('\r');
  });

  it('keeps tabs in the caret padding so alignment holds', () => {
    expect(codeFrame('x:\n\tkey: v\n', pos(2, 7), pos(2, 8), { context: 0 })).toBe(['> 2 | \tkey: v', '    | \t     ^'].join('\n'));
  });

  it('widens the gutter for two-digit line numbers and honours context', () => {
    const many = Array.from({ length: 12 }, (_, i) => `k${i + 1}: ${i + 1}`).join('\n');
    expect(codeFrame(many, pos(10, 1), pos(10, 4), { context: 2 })).toBe(
      ['   8 | k8: 8', '   9 | k9: 9', '> 10 | k10: 10', '     | ^^^', '  11 | k11: 11', '  12 | k12: 12'].join('\n'),
    );
  });
});
