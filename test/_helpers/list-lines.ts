import { isListPage, matchEntries, type PdfPage } from '../../src/render/docx/page-oracle.js';

const ENTRY = /^(.*?)\s*\.{5,}\s*([ivxlcdm]+|\d+)$/i;

/**
 * Each Daftar Isi / Tabel / Gambar line of a laid-out book: its text, the page it lists and the page the entry is on.
 * A long entry wraps: its first line has no leader dots, and is taken with the line that has them.
 */
export function listLines(of: PdfPage[]): { text: string; listed: string; real: string | undefined }[] {
  const found = (text: string) => (text ? matchEntries([{ id: 'x', text }], of).pages.get('x') : undefined);
  return of.filter(isListPage).flatMap((page) => {
    let carry = '';
    const lines: { text: string; listed: string; real: string | undefined }[] = [];
    for (const line of page.lines) {
      const m = ENTRY.exec(line);
      if (!m) {
        carry = line;
        continue;
      }
      const own = m[1].trim();
      const joined = `${carry} ${own}`.trim();
      // A wrapped entry is read whole first: its last line alone may be one word ("Terpadu") found elsewhere.
      const whole = carry ? found(joined) : undefined;
      const alone = whole === undefined ? found(own) : undefined;
      lines.push(whole !== undefined || alone === undefined ? { text: joined, listed: m[2], real: whole ?? found(joined) } : { text: own, listed: m[2], real: alone });
      carry = '';
    }
    return lines;
  });
}
