// The page checker's DOCX side: what the document says (its words, headings, chapter openings, captioned tables),
// read from the WordprocessingML parts, so the PDF's lines can be judged against it. Plain Node ESM.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';

export const decode = (s) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/**
 * NFKC, and every hyphen as '-': the DOCX writes an identifier's hyphens as U+2011 (NFKC makes that U+2010),
 * while LibreOffice's PDF carries a plain '-' for it.
 */
const fold = (s) => s.normalize('NFKC').replace(/[\u2010\u2011]/g, '-');
export const norm = (s) => fold(s).replace(/\s+/g, ' ').trim();
/** A token as a word of the document: surrounding punctuation off (a sentence's full stop, brackets, quotes). */
export const bare = (w) => fold(w).replace(/^[("'“‘[]+/, '').replace(/[)"'”’\],;:.!?/…–-]+$/, '');

/** Paragraphs of a WordprocessingML part: text, style, whether all its text is bold, whether inside a table. */
export function paragraphsOf(xml) {
  const out = [];
  let depth = 0;
  let pendingBreak = false;
  const re = /<w:tbl>|<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g;
  for (let m; (m = re.exec(xml)); ) {
    const tag = m[0];
    if (tag === '<w:tbl>') { depth++; continue; }
    if (tag === '</w:tbl>') { depth--; continue; }
    const style = /<w:pStyle w:val="([^"]+)"/.exec(tag)?.[1] ?? '';
    let text = '';
    let boldAll = true;
    let any = false;
    for (const run of tag.matchAll(/<w:r>[\s\S]*?<\/w:r>|<w:r [\s\S]*?<\/w:r>/g)) {
      const r = run[0];
      const t = [...r.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\b[^>]*\/>/g)]
        .map((x) => (x[2] ? (x[2] === 'br' ? '\n' : ' ') : decode(x[1]))).join('');
      if (t.trim() === '') { text += t; continue; }
      any = true;
      text += t;
      if (!/<w:b\/>|<w:b w:val="(?:1|true|on)"\/>/.test(r)) boldAll = false;
    }
    const styleBold = /^(Heading|Title|Caption|TableCaption)/.test(style);
    out.push({
      text,
      style,
      inTable: depth > 0,
      bold: any && (boldAll || styleBold),
      // A page break before it: its own property, or a paragraph holding only a page break just before it.
      pageBreakBefore: /<w:pageBreakBefore\/>/.test(tag) || pendingBreak,
    });
    if (text.trim() !== '') pendingBreak = false;
    if (/<w:br w:type="page"\/>/.test(tag)) pendingBreak = true;
  }
  return out;
}

/** Heading-like paragraphs: heading and caption styles, and short all-bold paragraphs outside tables (sub-headings). */
export function isHeadingLike(p) {
  const text = norm(p.text);
  if (text === '' || p.inTable) return false;
  if (/^(Heading\d|TableCaption|Caption)$/.test(p.style)) return true;
  return p.style === '' && p.bold && text.length <= 120 && !/[.:]$/.test(text);
}

/** Where a chapter starts: a Heading1 / Title paragraph or one with a page break before it. */
const startsChapter = (p) => /^(Heading1|Title)$/.test(p.style) || p.pageBreakBefore;

/** The document's words, headings and chapter openings, read from the DOCX. */
export async function readDocx(file) {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parts = Object.keys(zip.files).filter((n) => /^word\/(document|header\d*|footer\d*|charts\/chart\d+)\.xml$/.test(n)).sort();
  const words = new Set();
  const headings = [];
  // Headings proper, without table and figure captions (a caption is part of the content under a heading).
  const titles = [];
  const chapterStarts = [];
  // Words the DOCX wrote with a non-breaking hyphen (identifiers): a line may not break inside them.
  const noBreak = new Set();
  let tables = [];
  for (const name of parts) {
    const xml = await zip.file(name).async('string');
    if (name === 'word/document.xml') tables = captionedTables(xml);
    const texts = name.includes('charts/')
      ? [...xml.matchAll(/<(?:c:v|a:t)>([^<]*)<\/(?:c:v|a:t)>/g)].map((m) => decode(m[1]))
      : paragraphsOf(xml).map((p) => {
          if (name === 'word/document.xml') {
            if (isHeadingLike(p)) headings.push(norm(p.text));
            if (isHeadingLike(p) && !/Caption$/.test(p.style)) titles.push(norm(p.text));
            if (startsChapter(p) && norm(p.text)) chapterStarts.push(norm(p.text.split('\n')[0]));
          }
          return p.text;
        });
    for (const t of texts) {
      for (const w of t.split(/\s+/)) {
        if (!bare(w)) continue;
        words.add(bare(w));
        if (w.includes('\u2011')) noBreak.add(bare(w));
      }
    }
  }
  return { words, headings, titles, chapterStarts, noBreak, tables };
}

const textOf = (xml) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join('');

/**
 * Each table under a caption: the caption's text, and per body row its text and whether it is a group row (one
 * cell across the table, e.g. "Kesenjangan"), which is a sub-heading rather than a row of content.
 */
export function captionedTables(xml) {
  const out = [];
  const re = /<w:p\b[^>]*>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="TableCaption"\/>(?:(?!<\/w:p>)[\s\S])*<\/w:p>\s*<w:tbl>([\s\S]*?)<\/w:tbl>/g;
  for (const m of xml.matchAll(re)) {
    const caption = norm(textOf(m[0].slice(0, m[0].indexOf('<w:tbl>'))));
    const rows = [...m[1].matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => r[1]).filter((r) => !r.includes('<w:tblHeader/>'));
    const body = rows.map((r) => {
      const cells = [...r.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => c[1]);
      return { text: norm(cells.map(textOf).join(' ')), group: cells.length === 1 && cells[0].includes('<w:gridSpan') };
    });
    out.push({ caption, body });
  }
  return out;
}
