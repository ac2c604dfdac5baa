/**
 * One writer per Block kind (tables in table.ts, cover and signature in front.ts, lists of contents in toc.ts,
 * a regulation's provisions in legal.ts).
 */
import { AlignmentType, Bookmark, ImageRun, LineRuleType, Paragraph, TextRun, type FileChild } from 'docx';
import type { ChartRun } from 'docx/charts';
import type { Align, Block, Chart, Figure, Inline } from '../../compose/tree.js';
import { textTwips } from '../../layout/widths.js';
import { chartRun, chartSize } from './chart.js';
import { chartSvg } from './chart-svg.js';
import { bookmarkName, chapterLabel, plainText, rawBlock, type Ctx } from './context.js';
import { fitPx, renderCover, renderSignature } from './front.js';
import { inlineRuns } from './inline.js';
import { renderAttachmentHead, renderEmblem, renderProvision } from './legal.js';
import { textWidth } from './page.js';
import { BODY_LINE, lineSpacing, lineTwips, NUMBERING, STYLE } from './styles.js';
import { alignOf, captionKeepsTwips, renderGrid, renderTable } from './table.js';
import { KEEP_WHOLE_SHARE } from './table-keep.js';
import { paragraphXml } from './text-xml.js';
import { tocBlock } from './toc.js';

type Heading = Extract<Block, { kind: 'heading' }>;

function heading(ctx: Ctx, b: Heading): Paragraph {
  const style = `Heading${b.level}`;
  const runs = inlineRuns(b.content, ctx.typeset);
  const children =
    b.level === 1
      ? [...(b.number ? [new TextRun({ text: chapterLabel(ctx.meta, b.number) }), new TextRun({ break: 1 })] : []), ...runs]
      : [...(b.number ? [new TextRun({ text: `${b.number} ` })] : []), ...runs];
  return new Paragraph({
    style,
    pageBreakBefore: b.level === 1 ? true : undefined,
    children: [new Bookmark({ id: bookmarkName(b.id), children })],
  });
}

function frontTitle(b: Extract<Block, { kind: 'frontTitle' }>): Paragraph {
  // Heading1 without a number: listed in Daftar Isi and shown in the navigation pane.
  return new Paragraph({ style: 'Heading1', pageBreakBefore: true, children: [new Bookmark({ id: bookmarkName(b.id), children: [new TextRun({ text: b.text })] })] });
}

/** Justified by default; a paragraph with hard line breaks is set left, or Word stretches the broken lines. */
function defaultAlign(content: Inline[]): Align {
  return content.some((i) => i.kind === 'break') ? 'left' : 'justify';
}

/** A paragraph this short before a table, a figure or (ending in a colon) a list introduces it, and stays on its page (about four lines). */
const INTRO_CHARACTERS = 400;
/** About two lines of body text on a portrait page. */
const OPENING_CHARACTERS = 200;

/**
 * Written as text (BAB V has two paragraphs per program), like tables. A sub-heading keeps with what follows; so
 * does a short paragraph introducing a table or figure, so a heading and its sentence never end a page whose
 * table starts the next.
 */
function paragraph(ctx: Ctx, b: Extract<Block, { kind: 'paragraph' }>, next: Block | undefined, previous: Block | undefined): Paragraph {
  const style = b.style === 'quote' ? STYLE.quote : b.style === 'small' ? STYLE.small : b.style === 'subheading' ? STYLE.subheading : b.style === 'legalHeading' ? STYLE.legalHeading : undefined;
  const text = plainText(b.content);
  // A heading's first paragraph of at most two lines keeps with what follows: a heading never ends a page with
  // only a line or two of its text under it.
  const isHeading = (x: Block | undefined) => x?.kind === 'heading' || (x?.kind === 'paragraph' && x.style === 'subheading');
  const opens = isHeading(previous) && text.length <= OPENING_CHARACTERS && next !== undefined && !isHeading(next);
  const intro = text.length <= INTRO_CHARACTERS && (next?.kind === 'table' || next?.kind === 'figure' || (next?.kind === 'list' && /:\s*$/.test(text)));
  // The closing formula before a signature goes with it: a signature never stands alone at a page's head.
  const introduces = opens || next?.kind === 'signature' || (intro && movesWith(ctx, bodyTwips(ctx, text), next));
  const align = b.style === 'subheading' ? 'left' : b.align ?? (b.style === 'legalHeading' ? 'center' : defaultAlign(b.content));
  return rawBlock(ctx, paragraphXml(b.content, ctx.typeset, { style, align, keepNext: introduces && b.style !== 'subheading' }));
}

/**
 * A short list right before a table or figure (the sentence ending in ":" before it keeps with it) keeps its items
 * with what follows too, so a sentence and its bullets never end a page whose table starts the next (issue 17).
 */
function introducesNext(ctx: Ctx, b: Extract<Block, { kind: 'list' }>, next: Block | undefined): boolean {
  if (next?.kind !== 'table' && next?.kind !== 'figure') return false;
  const texts = b.items.flatMap((item) => item.map((child) => (child.kind === 'paragraph' ? plainText(child.content) : '')));
  return b.items.length <= 4 && texts.join('').length <= INTRO_CHARACTERS && movesWith(ctx, texts.reduce((n, t) => n + bodyTwips(ctx, t), 0), next);
}

/**
 * Whether an introduction of this height keeps with the table after it: only while the two, with what of the table
 * holds to its caption, take at most KEEP_WHOLE_SHARE of a page. Moved together to the next page they leave blank
 * what they could not fill, and a heading, a paragraph and a table kept whole left half pages blank in a row (Buku
 * II's BAB II strategies, issue 17); alone, the table starts the next page under its caption, as a reader expects.
 */
function movesWith(ctx: Ctx, introTwips: number, next: Block | undefined): boolean {
  return next?.kind !== 'table' || introTwips + captionKeepsTwips(ctx, next) <= KEEP_WHOLE_SHARE * ctx.textHeight;
}

/** A body paragraph's estimated height: its lines at Normal's spacing, and 6 pt after. */
function bodyTwips(ctx: Ctx, text: string): number {
  const { fontSize, font } = ctx.meta.style;
  const lines = Math.max(1, Math.ceil(textTwips(text, fontSize * 2, false, font) / ctx.textWidth));
  return lines * lineTwips(fontSize, BODY_LINE) + 120;
}

function list(ctx: Ctx, b: Extract<Block, { kind: 'list' }>, level: number, keepNext = false): FileChild[] {
  const reference = b.ordered ? NUMBERING.ordered : NUMBERING.bullet;
  const instance = ctx.nextListInstance++;
  const out: FileChild[] = [];
  for (const item of b.items) {
    item.forEach((child, i) => {
      if (child.kind === 'paragraph' && i === 0) {
        out.push(new Paragraph({
          alignment: alignOf(child.align ?? defaultAlign(child.content)),
          numbering: { reference, level: Math.min(level, 2), instance },
          spacing: { after: 60 },
          keepNext,
          children: inlineRuns(child.content, ctx.typeset),
        }));
      } else if (child.kind === 'list') {
        out.push(...list(ctx, child, level + 1));
      } else if (child.kind === 'paragraph') {
        out.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { left: 720 + level * 360 }, children: inlineRuns(child.content, ctx.typeset) }));
      } else {
        out.push(...renderBlock(ctx, child));
      }
    });
  }
  return out;
}

/**
 * The native chart, or for LibreOffice's layout its picture (chart-svg.ts). The native chart is made either way, so
 * a chart `docx` refuses (the figure then has no chart: see `figure`) is missing from the layout too. LibreOffice 7.4
 * draws an SVG's fallback, not the SVG, and tells an image by its content, not its name: so the fallback is the SVG too.
 */
function chartOrPicture(ctx: Ctx, fig: Figure & { chart: Chart }): ChartRun | ImageRun {
  const scale = ctx.chartScales.get(fig.id) ?? 1;
  const native = chartRun(fig, chartWidth(ctx), chartMaxHeight(ctx), ctx.meta.style.font, scale);
  if (!ctx.chartPictures) return native;
  const size = chartSize(fig.chart, chartWidth(ctx), chartMaxHeight(ctx), scale);
  const svg = Buffer.from(chartSvg(fig.chart, size, ctx.meta.style.font));
  return new ImageRun({ type: 'svg', data: svg, fallback: { type: 'png', data: svg }, transformation: size, altText: { name: fig.id, description: fig.altText, title: fig.altText } });
}

/** No wider on a landscape page than on a portrait one: the same chart keeps one size in the book. */
export const chartWidth = (ctx: Ctx): number => Math.min(ctx.textWidth, textWidth(ctx.meta.style.paper, 'portrait'));

/** The section's text height less room for the caption and a line of text, which stay on the chart's page. */
export const chartMaxHeight = (ctx: Ctx): number => ctx.textHeight - 1800;

function figure(ctx: Ctx, b: Figure): FileChild[] {
  const out: FileChild[] = [];
  if (b.image) {
    const size = fitPx(b.image.widthPx, b.image.heightPx, ctx.textWidth, 11340 /* 20 cm */);
    out.push(new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [new ImageRun({ type: b.image.type, data: b.image.data, transformation: size, altText: { name: b.id, description: b.altText, title: b.altText } })],
    }));
  } else if (b.chart) {
    // The chart and its caption stay together.
    try {
      out.push(new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        // Single line spacing: the line grows to the chart's height (LibreOffice clips it under 1.5 lines).
        spacing: { before: 120, after: 0, ...lineSpacing(240) },
        children: [chartOrPicture(ctx, { ...b, chart: b.chart })],
      }));
    } catch (e) {
      ctx.warnings.push({ kind: 'docx-chart-failed', subject: figureName(ctx, b), message: (e as Error).message.split('\n')[0] });
    }
  } else if (b.grid) {
    out.push(...renderGrid(ctx, b.grid));
  } else {
    ctx.warnings.push({ kind: 'docx-figure-empty', subject: figureName(ctx, b), message: 'neither image nor chart' });
  }
  const label = b.number ? [new TextRun({ text: `${ctx.meta.labels.figure} ${b.number} ` })] : [];
  out.push(new Paragraph({ style: STYLE.figureCaption, children: [new Bookmark({ id: bookmarkName(b.id), children: [...label, ...inlineRuns(b.caption, ctx.typeset)] })] }));
  return out;
}

/** "Gambar 3.1", or the figure's id while it has no number. */
const figureName = (ctx: Ctx, b: { number: string; id: string }) => (b.number ? `${ctx.meta.labels.figure} ${b.number}` : b.id);

/**
 * A page break as an empty 1 pt paragraph that starts a page, not a break inside a paragraph: a page filled to its
 * foot pushed such a paragraph onto the next page, whose break then left that page blank (the draft regulation's
 * page before its Lampiran, issue 17). A paragraph already at a page's top starts it without a new one.
 */
const pageBreak = (): Paragraph => new Paragraph({ pageBreakBefore: true, spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [] });

/** One block; `next` and `previous` are its neighbours in its section (a paragraph introducing a table keeps with it). */
export function renderBlock(ctx: Ctx, b: Block, next?: Block, previous?: Block): FileChild[] {
  switch (b.kind) {
    case 'heading': return [heading(ctx, b)];
    case 'frontTitle': return [frontTitle(b)];
    case 'paragraph': return [paragraph(ctx, b, next, previous)];
    case 'list': return list(ctx, b, 0, introducesNext(ctx, b, next));
    case 'table': return renderTable(ctx, b);
    case 'figure': return figure(ctx, b);
    case 'toc':
    case 'listOfTables':
    case 'listOfFigures': return tocBlock(ctx, b.kind, b.title);
    case 'pageBreak': return [pageBreak()];
    case 'cover': return renderCover(ctx, b);
    case 'signature': return renderSignature(ctx, b);
    case 'provision': return [renderProvision(ctx, b, next)];
    case 'attachmentHead': return [renderAttachmentHead(ctx, b)];
    case 'emblem': return renderEmblem(b);
  }
}
