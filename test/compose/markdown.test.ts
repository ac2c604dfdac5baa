import { describe, expect, it } from 'vitest';
import { inlineText, markdownToBlocks, parseInline } from '../../src/compose/markdown.js';

describe('markdown subset → blocks', () => {
  it('splits paragraphs on blank lines and joins soft line breaks with a space', () => {
    const blocks = markdownToBlocks('Satu\ndua.\n\nTiga.');
    expect(blocks).toEqual([
      { kind: 'paragraph', content: [{ kind: 'text', text: 'Satu dua.' }] },
      { kind: 'paragraph', content: [{ kind: 'text', text: 'Tiga.' }] },
    ]);
  });

  it('reads bullet and numbered lists, a list right after a paragraph line, and nested items', () => {
    const blocks = markdownToBlocks('Penetapan regulasi:\n1. Perbup;\n2. Perda:\n   - satu\n   - dua\n\nSesudah.');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'paragraph']);
    const list = blocks[1] as Extract<(typeof blocks)[number], { kind: 'list' }>;
    expect(list.ordered).toBe(true);
    expect(list.items).toHaveLength(2);
    expect(list.items[1].map((b) => b.kind)).toEqual(['paragraph', 'list']);
  });

  it('reads headings and quotes', () => {
    const blocks = markdownToBlocks('### Sasaran\n\n> "Visi daerah"');
    expect(blocks[0]).toMatchObject({ kind: 'heading', level: 3, content: [{ kind: 'text', text: 'Sasaran' }] });
    expect(blocks[1]).toMatchObject({ kind: 'paragraph', style: 'quote', content: [{ kind: 'text', text: '"Visi daerah"' }] });
  });

  it('keeps text verbatim: R&D, <MPP-D>, quotes, {{x}}, emoji and diacritics', () => {
    const text = 'R&D <MPP-D> "kutip" \'satu\' {{x}} 😀 café – 5 * 3 = 15, snake_case_name';
    expect(parseInline(text)).toEqual([{ kind: 'text', text }]);
  });

  it('reads strong, emphasis, escapes and refs', () => {
    expect(parseInline('a **b** *c* _d_ \\*e\\* [[ref:tbl-x]]')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'b' }] },
      { kind: 'text', text: ' ' },
      { kind: 'emph', children: [{ kind: 'text', text: 'c' }] },
      { kind: 'text', text: ' ' },
      { kind: 'emph', children: [{ kind: 'text', text: 'd' }] },
      { kind: 'text', text: ' *e* ' },
      { kind: 'ref', target: 'tbl-x', text: '' },
    ]);
  });

  it('nests emphasis inside strong and leaves an unclosed marker as text', () => {
    expect(inlineText(parseInline('**kuat *miring* kuat** dan *tanpa tutup'))).toBe('kuat miring kuat dan *tanpa tutup');
    expect(parseInline('**kuat *miring* kuat**')[0]).toMatchObject({ kind: 'strong', children: [{ kind: 'text', text: 'kuat ' }, { kind: 'emph' }, { kind: 'text', text: ' kuat' }] });
  });

  it('a trailing backslash is a hard line break', () => {
    expect(markdownToBlocks('baris satu\\\nbaris dua')[0]).toEqual({
      kind: 'paragraph',
      content: [{ kind: 'text', text: 'baris satu' }, { kind: 'break' }, { kind: 'text', text: 'baris dua' }],
    });
  });
});
