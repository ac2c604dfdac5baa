/** Front matter blocks: the cover and the signature block of the Kata Pengantar. */
import { AlignmentType, ImageRun, Paragraph, TextRun, UnderlineType, type FileChild } from 'docx';
import { lineSpacing } from './styles.js';
import type { Block } from '../../compose/tree.js';
import type { Ctx } from './context.js';

type Cover = Extract<Block, { kind: 'cover' }>;
type Signature = Extract<Block, { kind: 'signature' }>;

/** Pixels (96 dpi) that fit in `maxW`×`maxH` twips, keeping the aspect ratio. */
export function fitPx(widthPx: number, heightPx: number, maxWTw: number, maxHTw: number): { width: number; height: number } {
  const w = Math.max(1, widthPx);
  const h = Math.max(1, heightPx);
  const maxW = maxWTw / 15; // 15 twips per pixel at 96 dpi
  const maxH = maxHTw / 15;
  const k = Math.min(1, maxW / w, maxH / h);
  return { width: Math.round(w * k), height: Math.round(h * k) };
}

const centred = (text: string, size: number, bold = true, after = 120): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after, ...lineSpacing(276) }, children: [new TextRun({ text, bold, size })] });

export function renderCover(ctx: Ctx, b: Cover): FileChild[] {
  const out: FileChild[] = [new Paragraph({ spacing: { before: 1440 }, children: [] })];
  b.title.forEach((line, i) => out.push(centred(line, i === 0 ? 40 : 32, true, 160)));
  if (b.subtitle) out.push(centred(b.subtitle, 28, false, 240));
  if (b.logo) {
    const size = fitPx(b.logo.widthPx, b.logo.heightPx, 3402 /* 6 cm */, 3402);
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 720, after: 720 },
        children: [
          new ImageRun({ type: b.logo.type, data: b.logo.data, transformation: size, altText: { name: 'Logo', description: `Logo ${ctx.meta.author}`, title: 'Logo' } }),
        ],
      }),
    );
  } else {
    out.push(new Paragraph({ spacing: { before: 2880 }, children: [] }));
  }
  out.push(centred(b.period, 28, true, 1440));
  b.footer.forEach((line) => out.push(centred(line, 26, true, 60)));
  return out;
}

export function renderSignature(_ctx: Ctx, b: Signature): FileChild[] {
  // A right-hand block: centred in the right half, as signature blocks are typed; the promulgation's on the left.
  const indent = b.side === 'left' ? { right: Math.round(_ctx.textWidth * 0.5) } : { left: Math.round(_ctx.textWidth * 0.5) };
  const p = (children: TextRun[], after = 0) =>
    new Paragraph({ alignment: AlignmentType.CENTER, indent, keepNext: true, keepLines: true, spacing: { after, ...lineSpacing(276) }, children });
  return [
    new Paragraph({ spacing: { before: 360 }, keepNext: true, children: [] }),
    p([new TextRun({ text: b.placeDate })]),
    ...(b.lines ?? []).map((line) => p([new TextRun({ text: line })])),
    p([new TextRun({ text: b.title, bold: true })], 1200),
    p([new TextRun({ text: b.name, bold: true, underline: { type: UnderlineType.SINGLE } })]),
  ];
}
