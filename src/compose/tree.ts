/**
 * The masterplan as a document tree: what the book says, not how DOCX or XLSX spell it.
 * Like pandoc's AST this file imports nothing; writers see only these types.
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong' | 'emph'; children: Inline[] }
  /** A cross-reference to a numbered table or figure, resolved by compose to e.g. "Tabel 3.2". */
  | { kind: 'ref'; target: string; text: string }
  | { kind: 'break' };

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Cell {
  content: Inline[];
  align?: Align;
  colSpan?: number;
  rowSpan?: number;
  bold?: boolean;
  /** Shading for total rows and group headers; `risk-*` the heat colour of a risk band. */
  shade?: 'header' | 'group' | 'total' | 'risk-very_low' | 'risk-low' | 'risk-medium' | 'risk-high' | 'risk-very_high';
}

export interface Column {
  /** Relative width; the writer scales the columns to the page. */
  width: number;
  align?: Align;
}

export interface Table {
  kind: 'table';
  /** Stable id used by refs, e.g. "tbl-roadmap-governance". */
  id: string;
  /** Caption number within the chapter, e.g. "6.2" (empty for unnumbered tables). */
  number: string;
  caption: Inline[];
  columns: Column[];
  /** Header rows, repeated on every page. */
  head: Cell[][];
  body: Cell[][];
  /** Source line under the table ("Sumber: …"). */
  note?: Inline[];
  /** Small font for wide tables. */
  dense?: boolean;
}

export interface ChartSeries {
  name: string;
  values: number[];
  /** Palette key (e.g. a dimension id) so a dimension has the same colour in every figure. */
  colorKey?: string;
}

export interface Chart {
  /** 'gantt': one category per task; series[0] is the start offset (drawn invisible), series[1] the length. */
  type: 'column' | 'bar' | 'stackedColumn' | 'stackedBar' | 'line' | 'pie' | 'doughnut' | 'radar' | 'gantt';
  categories: string[];
  series: ChartSeries[];
  /** Axis title, e.g. "Miliar Rupiah". */
  valueAxisTitle?: string;
  /** Values are already divided by this for display (1e6 = juta, 1e9 = miliar). */
  scale?: number;
  /**
   * Palette key per category (e.g. "dimension:0"): the slices of a pie or doughnut, the bars of a one-series chart
   * and the bars of a Gantt take their category's colour.
   */
  categoryColorKeys?: string[];
  /**
   * What the categories' colours stand for, an entry each in the legend (a Gantt's bars take their dimension's
   * colour); only for a Gantt.
   */
  colorLegend?: { name: string; colorKey: string }[];
  /** Fixed value-axis range (a 1–5 score, the months of a Gantt); default is chosen from the data. */
  valueRange?: { min?: number; max?: number };
  /**
   * The values are calendar years (a Gantt of years: a bar from 2024 to 2027 spans 2024–2026): the axis reads
   * 2023, 2024, … with no thousands separator, and its last tick, the end of the last year, carries no label.
   */
  yearAxis?: boolean;
}

export interface Figure {
  kind: 'figure';
  id: string;
  number: string;
  caption: Inline[];
  /** One sentence with the title and key figures, for screen readers. */
  altText: string;
  chart?: Chart;
  /** A figure drawn as a grid of cells (a risk matrix), captioned and listed as a figure. */
  grid?: Pick<Table, 'columns' | 'head' | 'body'>;
  image?: { data: Uint8Array; type: 'png' | 'jpg'; widthPx: number; heightPx: number };
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; id: string; number: string; content: Inline[] }
  /** 'subheading': an unnumbered heading below level 3 (a program's name), kept with the text under it. `legalHeading`: a centred, bold line of a regulation (its title, BAB, Pasal), kept with what follows. */
  | { kind: 'paragraph'; content: Inline[]; align?: Align; style?: 'body' | 'quote' | 'small' | 'subheading' | 'legalHeading' }
  | { kind: 'list'; ordered: boolean; items: Block[][] }
  | Table
  | Figure
  | { kind: 'toc' | 'listOfTables' | 'listOfFigures'; title: string }
  | { kind: 'pageBreak' }
  | {
      kind: 'cover';
      /** Lines from top to bottom, e.g. "MASTERPLAN SMART CITY", "KABUPATEN KOTAWARINGIN TIMUR". */
      title: string[];
      subtitle?: string;
      period: string;
      logo?: { data: Uint8Array; type: 'png' | 'jpg'; widthPx: number; heightPx: number };
      footer: string[];
    }
  /**
   * A signature block: place and date, then `lines` (e.g. "pada tanggal ……"), the title, room to sign, the name.
   * On the right half (a book's foreword, the head of region) or the left (the regional secretary's promulgation).
   */
  | { kind: 'signature'; placeDate: string; title: string; name: string; lines?: string[]; side?: 'left' | 'right' }
  | Provision
  /** The heading block of a regulation's attachment, on the right half: "LAMPIRAN", "NOMOR : …", "TENTANG : …". */
  | { kind: 'attachmentHead'; rows: { label: string; text: string }[] }
  /** A small centred image above a title (the region's emblem, lambang daerah). */
  | { kind: 'emblem'; image: { data: Uint8Array; type: 'png' | 'jpg'; widthPx: number; heightPx: number }; altText: string }
  /** An unnumbered front-matter title such as KATA PENGANTAR (listed in the TOC). */
  | { kind: 'frontTitle'; id: string; text: string };

/**
 * A provision of a regulation, set with hanging indents as legal drafts are typed. With `lead`, it belongs to a
 * Menimbang / Mengingat / Menetapkan group: the term (shown on the group's first item, '' on the others) and a colon
 * sit in columns before the label. `label` ("a.", "1.", "(2)"; '' for none) hangs at `depth` steps; the text wraps
 * under the text, never under the label.
 */
export interface Provision {
  kind: 'provision';
  lead?: string;
  label: string;
  depth: 0 | 1 | 2;
  content: Inline[];
}

export interface Section {
  kind: 'section';
  orientation: 'portrait' | 'landscape';
  /** Roman in the front matter, arabic from BAB I; 'none' on the cover. */
  pageNumbers: 'none' | 'roman' | 'arabic';
  /** Restart page numbering at the start of this section (at 1, or at `startAt`). */
  restart: boolean;
  /** The first page number when restarting, e.g. a chapter file continuing the book's numbering. */
  startAt?: number;
  /** Running header text, e.g. "Masterplan Smart City Kabupaten Kotawaringin Timur". */
  header?: string;
  blocks: Block[];
}

export interface DocMeta {
  title: string;
  subject: string;
  /** Region, e.g. "Kabupaten Kotawaringin Timur". */
  author: string;
  /** YYYY-MM-DD: every date stamped into the files (never the clock). */
  date: string;
  language: 'id-ID' | 'en-US';
  style: { font: string; fontSize: number; paper: 'A4' | 'F4' | 'Letter' };
  /** Words the writer needs: "Halaman" / "Page", "Daftar Isi", "BAB" ... */
  labels: { page: string; table: string; figure: string; chapter: string };
  /** Identifiers printed in the text ("gov-03"), which a line never breaks inside. */
  identifiers?: readonly string[];
}

export interface DocTree {
  meta: DocMeta;
  sections: Section[];
}

/** A whole output: the book and each chapter as its own document. */
export interface ComposedBook {
  fileName: string;
  book: DocTree;
  chapters: { fileName: string; tree: DocTree }[];
}
