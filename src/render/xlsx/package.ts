/** The workbook's small parts: content types, relationships, workbook.xml and document properties, as exceljs wrote them. */
import { columnLetter, type Workbook } from '../../compose/workbook-tree.js';
import { escapeXml, XML_DECLARATION } from './xml.js';
import { filterRange } from './sheet.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

export function contentTypesXml(sheets: number, sharedStrings: boolean): string {
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  let xml = `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + override('/xl/workbook.xml', `${CT}.spreadsheetml.sheet.main+xml`);
  for (let i = 1; i <= sheets; i++) xml += override(`/xl/worksheets/sheet${i}.xml`, `${CT}.spreadsheetml.worksheet+xml`);
  xml += override('/xl/theme/theme1.xml', `${CT}.theme+xml`) + override('/xl/styles.xml', `${CT}.spreadsheetml.styles+xml`);
  if (sharedStrings) xml += override('/xl/sharedStrings.xml', `${CT}.spreadsheetml.sharedStrings+xml`);
  return `${xml}<Default Extension="vml" ContentType="${CT}.vmlDrawing"/>`
    + override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml')
    + override('/docProps/app.xml', `${CT}.extended-properties+xml`)
    + '</Types>';
}

export const ROOT_RELS = `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
  + `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>`
  + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
  + `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

/** The relationship id of sheet `i` (0-based): after styles, theme and, when there are any, shared strings. */
function sheetRelId(i: number, sharedStrings: boolean): string {
  return `rId${i + (sharedStrings ? 4 : 3)}`;
}

export function workbookRelsXml(sheets: number, sharedStrings: boolean): string {
  let xml = `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
    + `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/theme" Target="theme/theme1.xml"/>`;
  if (sharedStrings) xml += `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`;
  for (let i = 0; i < sheets; i++) xml += `<Relationship Id="${sheetRelId(i, sharedStrings)}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`;
  return `${xml}</Relationships>`;
}

/** workbook.xml: the sheets in order with their visibility, and each sheet's print title rows as a defined name. */
export function workbookXml(wb: Workbook, sharedStrings: boolean): string {
  const sheets = wb.sheets.map((s, i) => `<sheet sheetId="${i + 1}" name="${escapeXml(s.name)}" state="${s.hidden ? 'hidden' : 'visible'}" r:id="${sheetRelId(i, sharedStrings)}"/>`);
  // A quote inside a quoted sheet name is doubled (exceljs did not, which made such a name unreadable).
  const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;
  // Excel names each sheet's auto-filter range _xlnm._FilterDatabase (hidden), and adds it when it is missing.
  const names = wb.sheets.flatMap((s, i) => {
    const range = filterRange(s);
    // Printed on every page: a single table's header rows on each page down, else the frozen columns that name a
    // row (No, Uraian) on each page across. Not both: Excel would take the union "A:C,5:5", which the OOXML
    // checker's formula grammar (shared/ooxml) does not accept, and a rejected name loses the titles altogether.
    const rows = s.print.titleRows ? `${quoted(s.name)}!$${s.print.titleRows[0]}:$${s.print.titleRows[1]}` : undefined;
    const cols = s.freeze?.cols ? `${quoted(s.name)}!$A:$${columnLetter(s.freeze.cols)}` : undefined;
    const titles = rows ? [rows] : cols ? [cols] : [];
    return [
      ...(range ? [`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(`${quoted(s.name)}!${range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`)}</definedName>`] : []),
      ...(titles.length ? [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(titles.join(','))}</definedName>`] : []),
    ];
  });
  return `${XML_DECLARATION}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">`
    + '<fileVersion appName="xl" lastEdited="5" lowestEdited="5" rupBuild="9303"/><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/>'
    + `<sheets>${sheets.join('')}</sheets>`
    + (names.length ? `<definedNames>${names.join('')}</definedNames>` : '')
    + '<calcPr calcId="171027"/></workbook>';
}

export function appXml(wb: Workbook): string {
  const n = wb.sheets.length;
  return `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`
    + '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
    + `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant></vt:vector></HeadingPairs>`
    + `<TitlesOfParts><vt:vector size="${n}" baseType="lpstr">${wb.sheets.map((s) => `<vt:lpstr>${escapeXml(s.name)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>`
    + '<Company></Company><Manager></Manager><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>';
}

/** Core properties; the dates are the document date (normalizeParts stamps them again, harmlessly). */
export function coreXml(wb: Workbook): string {
  const creator = escapeXml(wb.meta.creator);
  const stamp = `${wb.meta.date}T00:00:00Z`;
  return `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`
    + `<dc:creator>${creator}</dc:creator><dc:title>${escapeXml(wb.meta.title)}</dc:title><dc:subject></dc:subject><dc:description></dc:description>`
    + `<cp:keywords></cp:keywords><cp:category></cp:category><cp:lastModifiedBy>${creator}</cp:lastModifiedBy>`
    + `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`;
}
