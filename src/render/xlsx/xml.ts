/** XML text helpers shared by the workbook's parts. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// The five entities, and the control characters XML 1.0 does not allow (tab, line feed and carriage return stay).
// eslint-disable-next-line no-control-regex
const SPECIAL = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;
// eslint-disable-next-line no-control-regex
const ANY_SPECIAL = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/;

/** Text or attribute value escaped as exceljs escapes it (its utils.xmlEncode), so clients read the same text. */
export function escapeXml(text: string): string {
  return ANY_SPECIAL.test(text) ? text.replace(SPECIAL, (c) => ESCAPES[c] ?? '') : text;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
