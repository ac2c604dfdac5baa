import JSZip from 'jszip';

/**
 * Makes an OOXML package (DOCX or XLSX) byte-identical for identical input. `docx` and
 * `exceljs` stamp `dcterms:created/modified` with the clock, and JSZip stamps every entry with
 * the current time; so both writers pass their bytes through here: the core properties get
 * the document date, every entry (and every package nested inside, such as a chart's embedded
 * workbook) gets a fixed date, and entries keep the writer's order with [Content_Types].xml first.
 * `rewrite` lets a writer fix its own parts in the same pass (one unzip and one zip per file).
 */
export async function normalizePackage(bytes: Uint8Array, isoDate: string, rewrite?: (name: string, xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const ordered = ['[Content_Types].xml', ...names.filter((n) => n !== '[Content_Types].xml')].filter((n) => zip.files[n]);
  const out = new JSZip();
  const date = zipDate(isoDate);
  const ids = await stableIds(zip, ordered);
  for (const name of ordered) {
    let data: Uint8Array | string = await zip.files[name].async('uint8array');
    if (name === 'docProps/core.xml') data = stampCore(new TextDecoder().decode(data), isoDate);
    else if (/\.(xlsx|docx|zip)$/i.test(name)) data = await normalizePackage(data, isoDate);
    else if ((ids.rewrite || rewrite) && /\.(xml|rels)$/i.test(name)) {
      let xml = new TextDecoder().decode(data);
      if (ids.rewrite) xml = ids.rewrite(xml);
      if (rewrite) xml = rewrite(name, xml);
      data = xml;
    }
    out.file(name, data, { date, createFolders: false });
  }
  return out.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
  });
}

/** The document date at 00:00 UTC; ZIP stores local DOS time, so build it from UTC parts. */
function zipDate(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  // JSZip writes the local-time fields of this Date; offsetting by the zone keeps bytes equal on any machine.
  const utc = new Date(Date.UTC(y, m - 1, d, 0, 0, 0));
  return new Date(utc.getTime() + utc.getTimezoneOffset() * 60_000);
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
async function stableIds(zip: JSZip, ordered: string[]): Promise<{ rewrite?: (xml: string) => string }> {
  const renamed = new Map<string, string>();
  let drawings = false;
  for (const name of ordered) {
    if (/\.rels$/i.test(name)) {
      const xml = await zip.files[name].async('string');
      const existing = [...xml.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]);
      let next = Math.max(0, ...existing.map((id) => (/^rId(\d+)$/.exec(id) ? Number(id.slice(3)) : 0))) + 1;
      for (const id of existing) if (RANDOM_REL_ID.test(id) && !renamed.has(id)) renamed.set(id, `rId${next++}`);
    } else if (/^word\/.*\.xml$/i.test(name) && !drawings) {
      drawings = (await zip.files[name].async('string')).includes('<wp:docPr ');
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
