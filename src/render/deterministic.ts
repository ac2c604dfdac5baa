import { readZip, writeZip, type PartData, type Parts } from './zip.js';

/**
 * Makes an OOXML package (DOCX or XLSX) byte-identical for identical input. `docx` and
 * `exceljs` stamp `dcterms:created/modified` with the clock, and zip writers stamp every entry with
 * the current time; so both writers' parts pass through here: the core properties get the document
 * date, every entry (and every package nested inside, such as a chart's embedded workbook) gets a
 * fixed date, and entries keep the writer's order with [Content_Types].xml first.
 * `rewrite` lets a writer fix its own parts in the same pass; it may return a part in pieces (see PartData).
 */
export type Rewrite = (name: string, xml: string) => PartData;

export function normalizeParts(parts: Parts, isoDate: string, rewrite?: Rewrite): Uint8Array {
  const ordered = ['[Content_Types].xml', ...[...parts.keys()].filter((n) => n !== '[Content_Types].xml')].filter((n) => parts.has(n));
  const text = (name: string): string => {
    const data = parts.get(name)!;
    if (Array.isArray(data)) return data.map((p) => (typeof p === 'string' ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString('utf8'))).join('');
    return typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
  };
  const ids = stableIds(ordered, text);
  const out: Parts = new Map();
  for (const name of ordered) {
    let data = parts.get(name)!;
    if (name === 'docProps/core.xml') data = stampCore(text(name), isoDate);
    else if (/\.(xlsx|docx|zip)$/i.test(name) && data instanceof Uint8Array) data = normalizePackage(data, isoDate);
    else if ((ids.rewrite || rewrite) && /\.(xml|rels)$/i.test(name)) {
      const xml = ids.rewrite ? ids.rewrite(text(name)) : text(name);
      data = rewrite ? rewrite(name, xml) : xml;
    }
    out.set(name, data);
  }
  return writeZip(out, isoDate);
}

/** normalizeParts for a package given as ZIP bytes (exceljs's output, a chart's embedded workbook). */
export function normalizePackage(bytes: Uint8Array, isoDate: string, rewrite?: Rewrite): Uint8Array {
  return normalizeParts(readZip(bytes), isoDate, rewrite);
}

function stampCore(xml: string, isoDate: string): string {
  const stamp = `${isoDate}T00:00:00Z`;
  return xml
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`)
    .replace(/(<cp:lastPrinted[^>]*>)[^<]*(<\/cp:lastPrinted>)/, `$1${stamp}$2`);
}

/** A relationship id `docx` made from random characters (its own are "rId1", "rId2" …). */
const RANDOM_REL_ID = /^rId(?=[0-9a-z_-]*[a-z_-])[0-9a-z_-]{12,}$/;

/**
 * `docx` gives chart (and some image) relationships random ids, and numbers drawings (`wp:docPr id`) from a
 * process-wide counter, so two renders in one process differ. Renames each random id, in package order, to the next
 * free "rIdN" of its .rels part, and renumbers drawings 1, 2 … in package order. Returns no rewrite when there is
 * nothing to rename (an XLSX, a DOCX without drawings), so such packages are left as they are.
 */
function stableIds(ordered: string[], text: (name: string) => string): { rewrite?: (xml: string) => string } {
  const renamed = new Map<string, string>();
  let drawings = false;
  for (const name of ordered) {
    if (/\.rels$/i.test(name)) {
      const xml = text(name);
      const existing = [...xml.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]);
      let next = Math.max(0, ...existing.map((id) => (/^rId(\d+)$/.exec(id) ? Number(id.slice(3)) : 0))) + 1;
      for (const id of existing) if (RANDOM_REL_ID.test(id) && !renamed.has(id)) renamed.set(id, `rId${next++}`);
    } else if (/^word\/.*\.xml$/i.test(name) && !drawings) {
      drawings = text(name).includes('<wp:docPr ');
    }
  }
  if (renamed.size === 0 && !drawings) return {};
  let docPr = 0;
  return {
    rewrite: (xml) => {
      let out = renamed.size > 0 ? xml.replace(/"(rId[0-9a-z_-]{12,})"/g, (m, id: string) => (renamed.has(id) ? `"${renamed.get(id)}"` : m)) : xml;
      if (drawings) out = out.replace(/(<wp:docPr id=")(\d+)(")/g, (_m, a: string, _id: string, b: string) => `${a}${++docPr}${b}`);
      return out;
    },
  };
}
