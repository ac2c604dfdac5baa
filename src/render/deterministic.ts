import JSZip from 'jszip';

/**
 * Makes an OOXML package (DOCX or XLSX) byte-identical for identical input. `docx` and
 * `exceljs` stamp `dcterms:created/modified` with the clock, and JSZip stamps every entry with
 * the current time; so both writers pass their bytes through here: the core properties get
 * the document date, every entry (and every package nested inside, such as a chart's embedded
 * workbook) gets a fixed date, and entries keep the writer's order with [Content_Types].xml first.
 */
export async function normalizePackage(bytes: Uint8Array, isoDate: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const ordered = ['[Content_Types].xml', ...names.filter((n) => n !== '[Content_Types].xml')].filter((n) => zip.files[n]);
  const out = new JSZip();
  const date = zipDate(isoDate);
  for (const name of ordered) {
    let data: Uint8Array | string = await zip.files[name].async('uint8array');
    if (name === 'docProps/core.xml') data = stampCore(new TextDecoder().decode(data), isoDate);
    else if (/\.(xlsx|docx|zip)$/i.test(name)) data = await normalizePackage(data, isoDate);
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
