import { describe, expect, it } from 'vitest';
import { attachmentHeadXml, provisionXml } from '../../../src/render/docx/legal.js';
import { typesetter } from '../../../src/layout/typeset.js';

const plain = typesetter();

const t = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const TAB = '<w:r><w:tab/></w:r>';
const tabs = (...pos: number[]) => `<w:tabs>${pos.map((p) => `<w:tab w:val="left" w:pos="${p}"/>`).join('')}</w:tabs>`;

// Twips by hand (1 mm = 1440 / 25.4 twips, each width rounded): lead 28 mm = 1587, colon 5 mm = 283, label 8 mm = 454.
describe('render/docx/legal', () => {
  describe('provisionXml', () => {
    it('sets Menimbang a. in columns: the term, the colon, the letter, the text hanging at 28 + 5 + 8 mm', () => {
      expect(provisionXml({ kind: 'provision', lead: 'Menimbang', label: 'a.', depth: 0, content: [{ kind: 'text', text: 'bahwa …;' }] }, plain)).toBe(
        `<w:p><w:pPr>${tabs(1587, 1870, 2324)}<w:spacing w:after="60"/><w:ind w:left="2324" w:hanging="2324"/><w:jc w:val="both"/></w:pPr>`
        + `${t('Menimbang')}${TAB}${t(':')}${TAB}${t('a.')}${TAB}${t('bahwa …;')}</w:p>`,
      );
    });

    it('leaves the term and colon columns empty on the following items', () => {
      const xml = provisionXml({ kind: 'provision', lead: '', label: 'b.', depth: 0, content: [{ kind: 'text', text: 'x' }] }, plain);
      expect(xml).toContain(`</w:pPr>${TAB}${TAB}${t('b.')}${TAB}${t('x')}</w:p>`);
    });

    it('hangs an ayat at one label step and its letters at two', () => {
      expect(provisionXml({ kind: 'provision', label: '(1)', depth: 0, content: [{ kind: 'text', text: 'x' }] }, plain)).toBe(
        `<w:p><w:pPr>${tabs(454)}<w:spacing w:after="60"/><w:ind w:left="454" w:hanging="454"/><w:jc w:val="both"/></w:pPr>${t('(1)')}${TAB}${t('x')}</w:p>`,
      );
      expect(provisionXml({ kind: 'provision', label: 'b.', depth: 1, content: [{ kind: 'text', text: 'x' }] }, plain)).toBe(
        `<w:p><w:pPr>${tabs(454, 908)}<w:spacing w:after="60"/><w:ind w:left="908" w:hanging="908"/><w:jc w:val="both"/></w:pPr>${TAB}${t('b.')}${TAB}${t('x')}</w:p>`,
      );
    });

    it('sets Menetapkan with no label: the text starts after the colon', () => {
      const xml = provisionXml({ kind: 'provision', lead: 'Menetapkan', label: '', depth: 0, content: [{ kind: 'text', text: 'PERATURAN' }] }, plain);
      expect(xml).toContain(`${tabs(1587, 1870)}<w:spacing w:after="60"/><w:ind w:left="1870" w:hanging="1870"/>`);
      expect(xml).toContain(`${t('Menetapkan')}${TAB}${t(':')}${TAB}${t('PERATURAN')}</w:p>`);
    });

    it('escapes text from the YAML once', () => {
      expect(provisionXml({ kind: 'provision', label: 'a.', depth: 0, content: [{ kind: 'text', text: 'R&D <5%' }] }, plain)).toContain(t('R&amp;D &lt;5%'));
    });
  });

  describe('attachmentHeadXml', () => {
    it('puts the block on the right from 45% of the text width, labels in a 26 mm column', () => {
      // Text width 9000 twips: the block starts at 4050; the text at 4050 + 1474 (26 mm) = 5524, the colon 4 mm (227) before.
      const xml = attachmentHeadXml({ kind: 'attachmentHead', rows: [{ label: 'LAMPIRAN', text: '' }, { label: 'NOMOR', text: '……' }] }, 9000);
      expect(xml).toContain(`<w:ind w:left="4050"/></w:pPr>${t('LAMPIRAN')}</w:p>`);
      expect(xml).toContain(`${tabs(5297, 5524)}`);
      expect(xml).toContain(`<w:ind w:left="5524" w:hanging="1474"/></w:pPr>${t('NOMOR')}${TAB}${t(':')}${TAB}${t('……')}</w:p>`);
    });
  });
});
