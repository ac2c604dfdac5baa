/**
 * Writes a composed workbook tree (compose/workbook-tree.ts) as an XLSX package. Every formula is written with its
 * cached result (nothing here calculates); strings are always plain (shared) string cells, so a YAML text like
 * `=HYPERLINK(…)` stays text. The parts are XML text written here, as exceljs's in-memory Workbook wrote them
 * before (test/render/xlsx/differential.test.ts compares the two): exceljs held an object per cell and an XML
 * tree per sheet, about 750 MB at 10,000 programs. normalizeParts zips them once, byte-identically for identical input.
 */
import type { Workbook } from '../../compose/workbook-tree.js';
import { normalizeParts } from '../deterministic.js';
import type { Parts } from '../zip.js';
import { appXml, contentTypesXml, coreXml, ROOT_RELS, workbookRelsXml, workbookXml } from './package.js';
import { SharedStrings } from './shared-strings.js';
import { sheetXml } from './sheet.js';
import { Styles } from './styles.js';
import { THEME_XML } from './theme.js';

export { NUM_FMT, PAPER_SIZE } from './sheet.js';

export async function renderXlsx(wb: Workbook): Promise<Uint8Array> {
  const styles = new Styles();
  const strings = new SharedStrings();
  // Sheets first: they register the strings and formats the other parts list.
  const sheets = wb.sheets.map((sheet) => sheetXml(sheet, wb, styles, strings));
  const shared = strings.count > 0;
  // The order exceljs wrote the parts in; normalizeParts puts [Content_Types].xml first.
  const parts: Parts = new Map();
  parts.set('[Content_Types].xml', contentTypesXml(wb.sheets.length, shared));
  parts.set('_rels/.rels', ROOT_RELS);
  parts.set('xl/_rels/workbook.xml.rels', workbookRelsXml(wb.sheets.length, shared));
  sheets.forEach((xml, i) => parts.set(`xl/worksheets/sheet${i + 1}.xml`, xml));
  if (shared) parts.set('xl/sharedStrings.xml', strings.xml());
  parts.set('xl/theme/theme1.xml', THEME_XML);
  parts.set('xl/styles.xml', styles.xml());
  parts.set('docProps/app.xml', appXml(wb));
  parts.set('docProps/core.xml', coreXml(wb));
  parts.set('xl/workbook.xml', workbookXml(wb, shared));
  return normalizeParts(parts, wb.meta.date);
}
