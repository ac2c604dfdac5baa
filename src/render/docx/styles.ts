/**
 * Word styles for the book: Normal with the tree's font and size, Heading1–3 with outline levels (navigation pane,
 * TOC), Title, Caption (plus TableCaption / FigureCaption based on it, which Daftar Tabel / Daftar Gambar list),
 * TOC 1–3 and "table of figures", all with Indonesian (or English) proofing language.
 */
import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import type { DocMeta } from '../../compose/tree.js';

/**
 * Line spacing as a multiple of the font's own line (240 = single), said in full: the spec's default rule is "auto",
 * which Word follows, but LibreOffice reads a `w:line` without `w:lineRule` as an exact height (360 → 18 pt for any
 * font), so it laid text out shorter than Word does and the pages it measured were not Word's (issue 17).
 */
export const lineSpacing = (line: number) => ({ line, lineRule: LineRuleType.AUTO });

/** A line's height (twips) at `line` spacing (240 = single) of a font of `fontSize` pt: Arial's line is ~1.15 em. */
export const lineTwips = (fontSize: number, line: number): number => fontSize * 20 * 1.15 * (line / 240);

/** Normal's spacing: 1.5 lines (styles below). */
export const BODY_LINE = 360;

/** How far each Daftar Isi level is indented from the one above (twips). */
export const TOC_LEVEL_INDENT = 440;

export const STYLE = {
  title: 'Title',
  caption: 'Caption',
  tableCaption: 'TableCaption',
  figureCaption: 'FigureCaption',
  tableText: 'TableText',
  tableTextDense: 'TableTextDense',
  tableTextSmall: 'TableTextSmall',
  note: 'TableNote',
  quote: 'Quote',
  small: 'Small',
  /** An unnumbered heading under Heading3 (a program's name in BAB V): not in Daftar Isi, kept with its text. */
  subheading: 'Heading4',
  tof: 'TableofFigures',
  legalHeading: 'LegalHeading',
} as const;

export const NUMBERING = { bullet: 'sc-bullet', ordered: 'sc-ordered' } as const;

export function buildStyles(meta: DocMeta): IStylesOptions {
  const size = meta.style.fontSize * 2;
  const run = { font: meta.style.font, language: { value: meta.language } };
  const heading = (id: string, name: string, level: number, pt: number, center: boolean): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { ...run, bold: true, size: pt * 2, color: '000000' },
    paragraph: {
      outlineLevel: level,
      keepNext: true,
      keepLines: true,
      alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT,
      spacing: { before: center ? 0 : 240, after: center ? 360 : 120, ...lineSpacing(276) },
    },
  });
  const toc = (level: number): IParagraphStyleOptions => ({
    id: `TOC${level}`,
    name: `toc ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    run: { ...run, bold: level === 1 },
    paragraph: { indent: { left: (level - 1) * TOC_LEVEL_INDENT }, spacing: { before: level === 1 ? 120 : 0, after: 60, ...lineSpacing(276) }, alignment: AlignmentType.LEFT },
  });
  return {
    default: {
      document: { run: { ...run, size }, paragraph: { spacing: { after: 120, ...lineSpacing(BODY_LINE) } } },
    },
    paragraphStyles: [
      { id: 'Normal', name: 'Normal', quickFormat: true, run: { ...run, size }, paragraph: { spacing: { after: 120, ...lineSpacing(BODY_LINE) } } },
      heading('Heading1', 'heading 1', 0, Math.max(meta.style.fontSize + 2, 14), true),
      heading('Heading2', 'heading 2', 1, meta.style.fontSize + 1, false),
      heading('Heading3', 'heading 3', 2, meta.style.fontSize, false),
      heading(STYLE.subheading, 'heading 4', 3, meta.style.fontSize, false),
      {
        id: STYLE.title, name: 'Title', basedOn: 'Normal', next: 'Normal', quickFormat: true,
        run: { ...run, bold: true, size: 32 },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 120, ...lineSpacing(276) } },
      },
      {
        id: STYLE.caption, name: 'caption', basedOn: 'Normal', next: 'Normal', quickFormat: true,
        run: { ...run, bold: true, size },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120, ...lineSpacing(240) } },
      },
      { id: STYLE.tableCaption, name: 'Table Caption', basedOn: STYLE.caption, next: 'Normal', paragraph: { keepNext: true } },
      { id: STYLE.figureCaption, name: 'Figure Caption', basedOn: STYLE.caption, next: 'Normal' },
      {
        id: STYLE.tableText, name: 'Table Text', basedOn: 'Normal',
        run: { size: Math.min(size, 22) },
        // Single spacing said in full (issue 17): LibreOffice reads `w:line` without `w:lineRule` as an exact
        // 12 pt, Word as the spec's "auto"; exact, a 9 pt line took 12 pt, an 8 pt one 12 pt too, and every table
        // ran 16–30 % taller than in Word and than its estimate (table-keep.ts): tails of a row or two overleaf.
        paragraph: { spacing: { before: 20, after: 20, ...lineSpacing(240) } },
      },
      // Wide tables (roadmap, gap analysis) in 9 pt: set by style, not on each run, to keep the XML small.
      { id: STYLE.tableTextDense, name: 'Table Text Dense', basedOn: STYLE.tableText, run: { size: 18 } },
      // A table whose longest words do not fit at 9 pt (widths.ts): 8 pt, the smallest size used.
      { id: STYLE.tableTextSmall, name: 'Table Text Small', basedOn: STYLE.tableText, run: { size: 16 } },
      {
        id: STYLE.note, name: 'Table Note', basedOn: 'Normal', next: 'Normal',
        run: { ...run, italics: true, size: Math.max(size - 4, 16) },
        paragraph: { spacing: { before: 60, after: 240, ...lineSpacing(240) } },
      },
      {
        id: STYLE.quote, name: 'Quote', basedOn: 'Normal', next: 'Normal',
        run: { italics: true }, paragraph: { indent: { left: 720, right: 720 } },
      },
      { id: STYLE.small, name: 'Small', basedOn: 'Normal', run: { size: Math.max(size - 4, 16) } },
      // A regulation's title, BAB and Pasal lines: centred, bold, never left at a page's foot.
      {
        id: STYLE.legalHeading, name: 'Legal Heading', basedOn: 'Normal', next: 'Normal',
        run: { bold: true },
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true, keepLines: true, spacing: { before: 0, after: 0, ...lineSpacing(276) } },
      },
      toc(1),
      toc(2),
      toc(3),
      {
        id: STYLE.tof, name: 'table of figures', basedOn: 'Normal', next: 'Normal',
        paragraph: { spacing: { after: 60, ...lineSpacing(276) }, indent: { left: 0 } },
      },
    ],
    // docx's own character styles (Hyperlink, footnote reference …) are based on Word's built-in "Default Paragraph
    // Font", which it does not write: without it their basedOn names a style the document lacks.
    characterStyles: [{ id: 'DefaultParagraphFont', name: 'Default Paragraph Font', uiPriority: 1, semiHidden: true, unhideWhenUsed: true }],
  };
}

/** Real numbering definitions: bullets and "1." / "a." / "i." for ordered lists (each list restarts via `instance`). */
export function buildNumbering(): INumberingOptions {
  const indent = (lvl: number) => ({ paragraph: { indent: { left: 720 + lvl * 360, hanging: 360 } } });
  return {
    config: [
      {
        reference: NUMBERING.bullet,
        levels: [0, 1, 2].map((level) => ({
          level,
          format: LevelFormat.BULLET,
          text: ['\u2022', '\u2013', '\u25AA'][level],
          alignment: AlignmentType.LEFT,
          style: indent(level),
        })),
      },
      {
        reference: NUMBERING.ordered,
        levels: [0, 1, 2].map((level) => ({
          level,
          format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level],
          text: `%${level + 1}.`,
          alignment: AlignmentType.LEFT,
          style: indent(level),
        })),
      },
    ],
  };
}
