// Emoji and symbols get a font that has them (issue 17): the spans a run's text is cut into.
import { describe, expect, it } from 'vitest';
import { EMOJI_FONT, fontSpans, SYMBOL_FONT } from '../../../src/render/docx/fallback-fonts.js';

describe('render/docx/fallback-fonts', () => {
  describe('fontSpans', () => {
    it('leaves text without symbols whole, Indonesian letters, dashes, arrows and bullets included', () => {
      expect(fontSpans('Layanan “SIPANDU” – é → • 1.580.000')).toEqual([{ text: 'Layanan “SIPANDU” – é → • 1.580.000' }]);
    });

    it('gives an emoji its own span in the emoji font', () => {
      expect(fontSpans('Portal Layanan 📱 Warga')).toEqual([
        { text: 'Portal Layanan ' }, { text: '📱', font: EMOJI_FONT }, { text: ' Warga' },
      ]);
    });

    it('keeps an emoji sequence whole: joined (👩‍💻), skin tone (👍🏽), flag (🇮🇩), keycap (1️⃣); adjacent ones share a span', () => {
      expect(fontSpans('a👩\u200D💻b')).toEqual([{ text: 'a' }, { text: '👩\u200D💻', font: EMOJI_FONT }, { text: 'b' }]);
      expect(fontSpans('👍🏽🇮🇩1\uFE0F\u20E3')).toEqual([{ text: '👍🏽🇮🇩1\uFE0F\u20E3', font: EMOJI_FONT }]);
    });

    it('sets symbols drawn as text (✓ ★ ①) in the symbol font, and one asked to be emoji (✔ + U+FE0F) in the emoji font', () => {
      expect(fontSpans('✓ selesai ★★ ①')).toEqual([
        { text: '✓', font: SYMBOL_FONT }, { text: ' selesai ' }, { text: '★★', font: SYMBOL_FONT }, { text: ' ' }, { text: '①', font: SYMBOL_FONT },
      ]);
      expect(fontSpans('✔\uFE0Fok')).toEqual([{ text: '✔\uFE0F', font: EMOJI_FONT }, { text: 'ok' }]);
    });
  });
});
