/**
 * The blocks of a regulation (Peraturan Bupati/Wali Kota): provisions with hanging indents, the attachment's
 * heading block and the emblem above the title. Column widths follow how regional legal drafts are typed:
 * "Menimbang" and its colon in a first column, the letter or number in a narrow one, the text wrapping under
 * the text. Written as XML text (like paragraphs in text-xml.ts) so tab stops and indents are exact.
 */
import { AlignmentType, ImageRun, Paragraph, type FileChild } from 'docx';
import { lineSpacing } from './styles.js';
import type { Block, Provision } from '../../compose/tree.js';
import { rawBlock, type Ctx } from './context.js';
import { fitPx } from './front.js';
import { mm } from './page.js';
import { escapeXml, runsXml } from './text-xml.js';
import type { Typeset } from '../../layout/typeset.js';

/** "Menimbang" / "Mengingat" / "Menetapkan" at 11 pt fit in 2.8 cm; the colon column and each label step. */
export const LEGAL_COLUMNS = { lead: mm(28), colon: mm(5), label: mm(8) } as const;

const TAB = '<w:r><w:tab/></w:r>';
const text = (t: string) => (t ? `<w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>` : '');

/** Where the label of a provision starts and where its text starts, in twips from the left margin. */
export function provisionStops(p: Pick<Provision, 'lead' | 'label' | 'depth'>): { label: number; text: number; lead?: number } {
  const base = p.lead !== undefined ? LEGAL_COLUMNS.lead + LEGAL_COLUMNS.colon : 0;
  const label = base + p.depth * LEGAL_COLUMNS.label;
  return { label, text: p.label ? label + LEGAL_COLUMNS.label : label, ...(p.lead !== undefined ? { lead: LEGAL_COLUMNS.lead } : {}) };
}

/** `keepNext`: the first item of "Menimbang" or "Mengingat" stays on the page of the second (issue 17). */
export function provisionXml(p: Provision, typeset: Typeset, keepNext = false): string {
  const stops = provisionStops(p);
  const tabs = [stops.lead, p.lead !== undefined ? stops.lead! + LEGAL_COLUMNS.colon : undefined, ...Array.from({ length: p.depth }, (_, k) => stops.label - (p.depth - 1 - k) * LEGAL_COLUMNS.label), p.label ? stops.text : undefined]
    .filter((v): v is number => v !== undefined && v > 0);
  const unique = [...new Set(tabs)].sort((a, b) => a - b);
  const tabXml = unique.length ? `<w:tabs>${unique.map((pos) => `<w:tab w:val="left" w:pos="${pos}"/>`).join('')}</w:tabs>` : '';
  // The first line starts at the margin (hanging = left), so the lead and the label are reached by tabs.
  const ind = stops.text > 0 ? `<w:ind w:left="${stops.text}" w:hanging="${stops.text}"/>` : '';
  const pPr = `<w:pPr>${keepNext ? '<w:keepNext/>' : ''}${tabXml}<w:spacing w:after="60"/>${ind}<w:jc w:val="both"/></w:pPr>`;
  const lead = p.lead !== undefined ? `${text(p.lead)}${TAB}${text(p.lead ? ':' : '')}${TAB}` : '';
  const label = p.label ? `${TAB.repeat(p.depth)}${text(p.label)}${TAB}` : '';
  return `<w:p>${pPr}${lead}${label}${runsXml(p.content, typeset).join('')}</w:p>`;
}

export function renderProvision(ctx: Ctx, p: Provision, next?: Block): Paragraph {
  // A lead ("Mengingat") with a list of items under it: the lead's line never ends a page alone.
  const opensList = Boolean(p.lead) && next?.kind === 'provision' && !next.lead;
  return rawBlock(ctx, provisionXml(p, ctx.typeset, opensList));
}

/** The attachment's heading block on the right half: a label column ("NOMOR") and its text after a colon. */
export function attachmentHeadXml(b: Extract<Block, { kind: 'attachmentHead' }>, textWidth: number): string {
  const left = Math.round(textWidth * 0.45);
  const labelW = mm(26);
  return b.rows
    .map((r, i) => {
      const last = i === b.rows.length - 1;
      const spacing = `<w:spacing w:after="${last ? 480 : 0}" w:line="276" w:lineRule="auto"/>`;
      // The block stays on one page with the attachment's title under it.
      const keep = '<w:keepNext/>';
      if (!r.label || !r.text) return `<w:p><w:pPr>${keep}${spacing}<w:ind w:left="${left}"/></w:pPr>${text(r.label || r.text)}</w:p>`;
      const at = left + labelW;
      return `<w:p><w:pPr>${keep}<w:tabs><w:tab w:val="left" w:pos="${at - mm(4)}"/><w:tab w:val="left" w:pos="${at}"/></w:tabs>${spacing}`
        + `<w:ind w:left="${at}" w:hanging="${labelW}"/></w:pPr>${text(r.label)}${TAB}${text(':')}${TAB}${text(r.text)}</w:p>`;
    })
    .join('');
}

export function renderAttachmentHead(ctx: Ctx, b: Extract<Block, { kind: 'attachmentHead' }>): Paragraph {
  return rawBlock(ctx, attachmentHeadXml(b, ctx.textWidth));
}

export function renderEmblem(b: Extract<Block, { kind: 'emblem' }>): FileChild[] {
  // An emblem is printed about 2.5 cm high whatever the file's pixel size (a small PNG is scaled up), 3 cm wide at most.
  const scale = Math.min(mm(25) / 15 / Math.max(1, b.image.heightPx), mm(30) / 15 / Math.max(1, b.image.widthPx));
  const size = fitPx(Math.round(b.image.widthPx * scale), Math.round(b.image.heightPx * scale), mm(30), mm(25));
  return [new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    // Single line spacing: the line grows to the image (LibreOffice clips an image on a 1.5-spaced line).
    spacing: { after: 240, ...lineSpacing(240) },
    children: [new ImageRun({ type: b.image.type, data: b.image.data, transformation: size, altText: { name: 'Lambang', description: b.altText, title: b.altText } })],
  })];
}
