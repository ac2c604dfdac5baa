// The page checker's rules (scripts/page-check.mjs) on hand-made pages: no LibreOffice needed. Each rule is
// shown to fire on a page made to have the defect and to stay quiet on the same page without it.
import { describe, expect, it } from 'vitest';
import { captionedTables, familyKey, findDefects, linesIn, MIN_LINES_UNDER_CAPTION, isSplit, isSplitIdentifier, missingGlyphs, paragraphsOf, parseBbox, type DocFacts, type Line, type Page } from '../../scripts/page-check.mjs';

/** A line of words at height y (12 pt tall), starting at x, words 40 pt apart. */
function line(y: number, x: number, words: string[]): Line {
  const ws = words.map((text, i) => ({ xMin: x + i * 40, yMin: y, xMax: x + i * 40 + 35, yMax: y + 12, text }));
  return { xMin: x, yMin: y, xMax: ws[ws.length - 1].xMax, yMax: y + 12, words: ws, text: words.join(' ') };
}

/** An A4 page with a running header and a page number, and `body` lines of body text from y = 100. */
function page(n: number, body: Line[]): Page {
  return { width: 595, height: 842, lines: [line(40, 300, ['Masterplan', 'Smart', 'City']), ...body, line(800, 290, [String(n)])] };
}

const filler = (from: number, count: number): Line[] => Array.from({ length: count }, (_, i) => line(from + i * 18, 85, ['teks', 'isi', 'halaman']));

const doc = (extra: Partial<DocFacts> = {}): DocFacts => ({
  words: new Set(['teks', 'isi', 'halaman', 'Diskominfo', '1.580.000.000', 'Smart', 'City', 'Masterplan', 'Kabupaten/Kota', 'Kabupaten', 'Kota']),
  headings: ['5.2 Program Smart Governance'],
  chapterStarts: ['BAB I', 'BAB II'],
  ...extra,
});

describe('page checker rules', () => {
  it('a word of the document split at a line end is a split; a break between two words is not', () => {
    expect(isSplit('Diskomi', 'nfo', doc().words)).toBe(true);
    expect(isSplit('1.580.000.00', '0', doc().words)).toBe(true);
    expect(isSplit('teks', 'isi', doc().words)).toBe(false);
    // Both halves are words of the document: a legitimate break ("Kabupaten/" "Kota" strips to two words).
    expect(isSplit('Kabupaten/', 'Kota', doc().words)).toBe(false);
  });

  it('finds a split inside a narrow cell: the next line below starts under the broken word', () => {
    const cell = [line(100, 300, ['Diskomi']), line(112, 300, ['nfo'])];
    const pages = [page(1, [...filler(140, 30), ...cell]), page(2, filler(100, 30))];
    expect(findDefects(doc(), pages).filter((d) => d.kind === 'split')).toEqual([{ kind: 'split', page: 1, text: 'Diskomi/nfo' }]);
    const whole = [line(100, 300, ['Diskominfo']), line(112, 300, ['teks'])];
    expect(findDefects(doc(), [page(1, [...filler(140, 30), ...whole]), page(2, filler(100, 30))]).filter((d) => d.kind === 'split')).toEqual([]);
  });

  it('an identifier broken after its hyphen is a split; a prose word broken there is not', () => {
    const facts = doc({ words: new Set([...doc().words, 'gov-03', 'e-planning', 'qw-sipandu']), noBreak: new Set(['qw-sipandu']) });
    expect(isSplitIdentifier('(gov-', '03)', facts)).toBe(true);
    expect(isSplitIdentifier('e-', 'planning', facts)).toBe(false);
    // Not shaped like an id, but written with non-breaking hyphens in the DOCX: an identifier all the same.
    expect(isSplitIdentifier('qw-', 'sipandu', facts)).toBe(true);
    expect(isSplitIdentifier('qw-', 'sipandu', { words: facts.words })).toBe(false);
    // Shaped like an id but not a word of the document: no claim.
    expect(isSplitIdentifier('gov-', '04', facts)).toBe(false);
    const cell = [line(100, 300, ['aparatur', '(gov-']), line(112, 300, ['03)'])];
    expect(findDefects(facts, [page(1, [...filler(140, 30), ...cell]), page(2, filler(100, 30))]).filter((d) => d.kind === 'split')).toEqual([{ kind: 'split', page: 1, text: '(gov-/03)' }]);
    const whole = [line(100, 300, ['aparatur']), line(112, 300, ['(gov-03)'])];
    expect(findDefects(facts, [page(1, [...filler(140, 30), ...whole]), page(2, filler(100, 30))]).filter((d) => d.kind === 'split')).toEqual([]);
  });

  describe('a table caption at the foot of a page', () => {
    const caption = 'Tabel L.4 Matriks Keterkaitan';
    const facts = doc({
      headings: [caption],
      titles: [],
      tables: [{ caption, body: [{ text: 'Kesenjangan', group: true }, { text: '1 gap-01 SDM', group: false }, { text: '2 gap-02', group: false }, { text: '3 gap-03', group: false }] }],
    });
    // A header of two lines (its cells wrap), repeated at the top of the next page.
    const head = (y: number) => [line(y, 85, ['No', 'Kesenjangan', '/', 'Strategi']), line(y + 12, 200, ['Program'])];
    /** Page 1 ends with the caption, the header and `rows` (lines of text); page 2 repeats the header and goes on. */
    const pages = (rows: string[][], nextHeader = true) => [
      page(1, [...filler(100, 25), line(540, 200, caption.split(' ')), ...head(560), ...rows.map((r, k) => line(590 + k * 14, 85, r))]),
      page(2, [...(nextHeader ? head(100) : []), line(130, 85, ['3', 'gap-03']), ...filler(150, 25)]),
    ];

    it('is stranded with fewer than three lines of content under its header (a group row is no content)', () => {
      expect(MIN_LINES_UNDER_CAPTION).toBe(3);
      // Two rows of one line each, under a group row: two lines.
      expect(findDefects(facts, pages([['Kesenjangan'], ['1', 'gap-01', 'SDM'], ['2', 'gap-02']]))).toEqual([{ kind: 'stranded', page: 1, text: caption }]);
      // The first two lines of a tall row that continues on the next page.
      expect(findDefects(facts, pages([['Kesenjangan'], ['1', 'gap-01', 'SDM'], ['aparatur']]))).toEqual([{ kind: 'stranded', page: 1, text: caption }]);
      expect(findDefects(facts, pages([])).map((d) => d.kind)).toEqual(['stranded']);
    });

    it('is not stranded with one row of three lines under it (its other cells empty), or when its table ends on the page', () => {
      expect(findDefects(facts, pages([['Kesenjangan'], ['1', 'gap-01', 'SDM'], ['aparatur'], ['terlatih']]))).toEqual([]);
      expect(findDefects(facts, pages([['1', 'gap-01'], ['2', 'gap-02'], ['3', 'gap-03']]))).toEqual([]);
      const complete = [['Kesenjangan'], ['1', 'a'], ['2', 'b'], ['3', 'c']];
      expect(findDefects(facts, pages(complete, false))).toEqual([]);
    });

    it('counts a tall row of vertically centred cells by its tallest cell, not as one row', () => {
      // Cells centred in their row: a one-line cell (No) sits between the 1st and 2nd lines of a three-line cell
      // 12 pt apart, so the page's rows run together into one; the reader sees three lines.
      const tall = [line(590, 85, ['1']), line(584, 200, ['Program']), line(596, 200, ['daring']), line(608, 200, ['(gov-02)'])];
      expect(linesIn({ lines: tall })).toBe(3);
      expect(linesIn({ lines: tall.slice(0, 3) })).toBe(2);
      const onPage = (cells: Line[]) => [
        page(1, [...filler(100, 25), line(540, 200, caption.split(' ')), ...head(560), ...cells]),
        page(2, [...head(100), line(130, 85, ['3', 'gap-03']), ...filler(150, 25)]),
      ];
      expect(findDefects(facts, onPage(tall))).toEqual([]);
      expect(findDefects(facts, onPage(tall.slice(0, 3)))).toEqual([{ kind: 'stranded', page: 1, text: caption }]);
    });

    it('is not judged when the next page does not repeat the header (the table did not continue there)', () => {
      expect(findDefects(facts, pages([['Kesenjangan'], ['1', 'Aparatur']], false))).toEqual([]);
    });

    it('reads each captioned table’s rows from WordprocessingML: header rows left out, group rows marked', () => {
      const tc = (text: string, span = '') => `<w:tc><w:tcPr>${span}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
      const xml = `<w:p><w:pPr><w:pStyle w:val="TableCaption"/></w:pPr><w:r><w:t>Tabel L.4 Matriks</w:t></w:r></w:p><w:tbl><w:tblPr/>`
        + `<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc('No')}${tc('Kesenjangan')}</w:tr>`
        + `<w:tr>${tc('Kesenjangan', '<w:gridSpan w:val="2"/>')}</w:tr><w:tr>${tc('1')}${tc('gap-01 SDM')}</w:tr></w:tbl>`
        + '<w:p><w:r><w:t>Tabel 9.9 tanpa tabel</w:t></w:r></w:p>';
      expect(captionedTables(xml)).toEqual([{ caption: 'Tabel L.4 Matriks', body: [{ text: 'Kesenjangan', group: true }, { text: '1 gap-01 SDM', group: false }] }]);
    });
  });

  it('a page of at most five rows is sparse unless the next page opens a chapter', () => {
    const pages = [page(1, filler(100, 30)), page(2, filler(100, 3)), page(3, filler(100, 30))];
    expect(findDefects(doc(), pages).map((d) => [d.kind, d.page])).toEqual([['sparse', 2]]);
    const chapter = [page(1, filler(100, 30)), page(2, filler(100, 3)), page(3, [line(100, 250, ['BAB', 'II']), ...filler(130, 30)])];
    expect(findDefects(doc(), chapter)).toEqual([]);
    // Six rows are a page, not a nearly empty one.
    expect(findDefects(doc(), [page(1, filler(100, 30)), page(2, filler(100, 6)), page(3, filler(100, 30))])).toEqual([]);
  });

  it('a page filled by one tall table row (its cells’ lines interleaved into one page row) is not sparse', () => {
    // Two cells centred in their row, 6 pt out of step: 40 lines that rowsOf runs together into one row.
    const cells = Array.from({ length: 40 }, (_, k) => [line(100 + k * 12, 85, ['teks']), line(106 + k * 12, 300, ['isi'])]).flat();
    const pages = [page(1, filler(100, 30)), page(2, cells), page(3, filler(100, 30))];
    expect(findDefects(doc(), pages)).toEqual([]);
    // Five lines of it are still a nearly empty page.
    const few = [page(1, filler(100, 30)), page(2, cells.slice(0, 10)), page(3, filler(100, 30))];
    expect(findDefects(doc(), few).map((d) => [d.kind, d.page])).toEqual([['sparse', 2]]);
  });

  it('a blank page (only header and page number) is sparse', () => {
    const pages = [page(1, filler(100, 30)), page(2, []), page(3, filler(100, 30)), page(4, filler(100, 30))];
    expect(findDefects(doc(), pages).map((d) => [d.kind, d.page])).toEqual([['sparse', 2]]);
  });

  it('a heading among the last two rows is stranded when its content starts on the next page', () => {
    const heading = line(640, 85, ['5.2', 'Program', 'Smart', 'Governance']);
    const pages = [page(1, [...filler(100, 30), heading]), page(2, filler(100, 30))];
    expect(findDefects(doc(), pages)).toEqual([{ kind: 'stranded', page: 1, text: '5.2 Program Smart Governance' }]);
    // Followed by its text on the same page, it is not.
    const kept = [page(1, [...filler(100, 25), line(560, 85, ['5.2', 'Program', 'Smart', 'Governance']), ...filler(580, 5)]), page(2, filler(100, 30))];
    expect(findDefects(doc(), kept)).toEqual([]);
    // Its one line of text at the foot and the next heading opening the next page: its content ended here.
    const complete = [page(1, [...filler(100, 29), heading, line(660, 85, ['teks'])]), page(2, [line(100, 85, ['6.1', 'Kebutuhan', 'Anggaran']), ...filler(130, 30)])];
    const facts = doc({ headings: ['5.2 Program Smart Governance', '6.1 Kebutuhan Anggaran', 'Tabel 6.1 Anggaran'], titles: ['5.2 Program Smart Governance', '6.1 Kebutuhan Anggaran'] });
    expect(findDefects(facts, complete)).toEqual([]);
    // A table caption opening the next page is the heading's own content: stranded.
    const caption = [page(1, [...filler(100, 29), heading, line(660, 85, ['teks'])]), page(2, [line(100, 85, ['Tabel', '6.1', 'Anggaran']), ...filler(130, 30)])];
    expect(findDefects(facts, caption).map((d) => d.kind)).toEqual(['stranded']);
  });

  it('a table’s group row at the foot with a row of two lines or more under it is not stranded; with one line it is', () => {
    // "Smart Branding" heads its programs in a table and ends the text of the heading "3.3 Program Smart Branding".
    const facts = doc({ headings: ['3.3 Program Smart Branding'] });
    const group = line(610, 85, ['Smart', 'Branding']);
    const row = (lines: number) => [line(632, 85, ['7']), ...Array.from({ length: lines }, (_, k) => line(626 + k * 12, 200, ['teks']))];
    const at = (cells: Line[]) => [page(1, [...filler(100, 28), group, ...cells]), page(2, filler(100, 30))];
    expect(findDefects(facts, at(row(2)))).toEqual([]);
    expect(findDefects(facts, at([line(632, 85, ['7', 'teks'])])).map((d) => d.kind)).toEqual(['stranded']);
  });

  it('the same words as the last line of a table cell (not at the text’s left edge, not centred) are no heading', () => {
    // "Dewan Smart City" ends a wrapped cell in the right-hand column of a table at the foot of the page.
    const facts = doc({ headings: ['Dewan Smart City'] });
    const cellFoot = [page(1, [...filler(100, 29), line(640, 85, ['teks']), line(652, 420, ['Dewan', 'Smart', 'City'])]), page(2, filler(100, 30))];
    expect(findDefects(facts, cellFoot)).toEqual([]);
    // The same line at the left edge is the heading, stranded.
    const atLeft = [page(1, [...filler(100, 29), line(652, 85, ['Dewan', 'Smart', 'City'])]), page(2, filler(100, 30))];
    expect(findDefects(facts, atLeft).map((d) => d.kind)).toEqual(['stranded']);
  });

  it('a paragraph after one holding a page break opens a part (the attachment of a regulation)', () => {
    const xml = '<w:p><w:r><w:t>FAJRURRAHMAN</w:t></w:r></w:p><w:p><w:r><w:br w:type="page"/></w:r></w:p><w:p><w:r><w:t>LAMPIRAN</w:t></w:r></w:p>';
    expect(paragraphsOf(xml).map((p) => [p.text, p.pageBreakBefore])).toEqual([['FAJRURRAHMAN', false], ['\n', false], ['LAMPIRAN', true]]);
  });

  it('reads paragraphs with style, boldness and table membership from WordprocessingML', () => {
    const xml = '<w:body><w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>5.2 Program</w:t></w:r></w:p>'
      + '<w:tbl><w:tr><w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>No</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
      + '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Nama &amp; program</w:t></w:r></w:p></w:body>';
    expect(paragraphsOf(xml)).toEqual([
      { text: '5.2 Program', style: 'Heading2', inTable: false, bold: true, pageBreakBefore: false },
      { text: 'No', style: '', inTable: true, bold: true, pageBreakBefore: false },
      { text: 'Nama & program', style: '', inTable: false, bold: true, pageBreakBefore: false },
    ]);
  });

  it('parses pdftotext -bbox-layout output into pages of lines', () => {
    const html = '<page width="595.3" height="841.9"><flow><block><line xMin="85" yMin="100" xMax="200" yMax="112">'
      + '<word xMin="85" yMin="100" xMax="120" yMax="112">Rp&amp;</word><word xMin="125" yMin="100" xMax="200" yMax="112">1.000</word></line></block></flow></page>';
    const [p] = parseBbox(html);
    expect(p.width).toBe(595.3);
    expect(p.lines.map((l) => l.text)).toEqual(['Rp& 1.000']);
  });

  describe('glyph: a symbol or emoji no font of the PDF draws', () => {
    // What fontconfig would answer on a machine with DejaVu Sans and Symbola: ✓ in both, 📱 in Symbola only.
    const drawers = (cp: number) => new Set(cp === 0x2713 ? ['dejavusans', 'symbola'] : cp === 0x1f4f1 ? ['symbola'] : []);
    const pages = [page(1, [line(100, 85, ['Portal', 'Layanan', '📱', 'Warga', '✓']), line(118, 85, ['lagi', '📱'])]), page(2, [line(100, 85, ['📱\uFE0F'])])];

    it('is reported once per character and page when no embedded font has it (an empty box or nothing)', () => {
      expect(missingGlyphs(pages, ['liberationsans', 'dejavusans'], drawers)).toEqual([
        { kind: 'glyph', page: 1, text: '📱 U+1F4F1' }, { kind: 'glyph', page: 2, text: '📱 U+1F4F1' },
      ]);
    });

    it('is quiet when a font that has the glyph was embedded, and for text in the document font', () => {
      expect(missingGlyphs(pages, ['liberationsans', 'dejavusans', 'symbola'], drawers)).toEqual([]);
      expect(missingGlyphs([page(1, filler(100, 3))], ['liberationsans'], () => new Set())).toEqual([]);
    });

    it('compares a PDF font name and a fontconfig family by family', () => {
      expect(familyKey('EAAAAA+DejaVuSans-Bold')).toBe('dejavusans');
      expect(familyKey('DejaVu Sans')).toBe('dejavusans');
      expect(familyKey('FAAAAA+Symbola')).toBe('symbola');
    });
  });
});
