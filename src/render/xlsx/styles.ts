/**
 * The workbook's cell formats (xl/styles.xml), registered in the order cells first use them, as exceljs's
 * StylesXform did: fonts, fills, borders and custom number formats are numbered by first appearance and a cell
 * format (`xf`) is identified by its XML, so equal styles share one index and the file lists each once.
 */
import { escapeXml, XML_DECLARATION } from './xml.js';

export interface CellStyle {
  numFmt?: string;
  font?: { bold?: boolean; size?: number };
  /** Solid fill colour, ARGB. */
  fill?: string;
  /** Thin grey border on all four sides. */
  border?: boolean;
  alignment?: { horizontal?: 'center'; vertical?: 'top' | 'center'; wrapText?: boolean };
}

/** Excel's built-in number formats that we use, by code; any other code gets a custom id from 164. */
const BUILT_IN: Record<string, number> = { General: 0, '0': 1, '@': 49, 'mm-dd-yy': 14 };
const CUSTOM_BASE = 164;

const DEFAULT_FONT = '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>';
const THIN = '<color rgb="FFBFBFBF"/>';
const THIN_BORDER = `<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right><top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border>`;

/** Indices of XML strings in a list, appended on first sight. */
class Indexed {
  readonly items: string[];
  private readonly index = new Map<string, number>();
  constructor(initial: string[]) {
    this.items = [];
    for (const xml of initial) this.id(xml);
  }
  id(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.length;
      this.index.set(xml, i);
      this.items.push(xml);
    }
    return i;
  }
}

export class Styles {
  private readonly numFmts = new Map<string, number>();
  private readonly fonts = new Indexed([DEFAULT_FONT]);
  private readonly fills = new Indexed(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Indexed(['<border><left/><right/><top/><bottom/><diagonal/></border>']);
  private readonly xfs = new Indexed(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);

  /** The cell format index (`s` attribute) of a style, registering it and its parts when new. */
  id(style: CellStyle): number {
    // Registered in exceljs's order: number format, font, border, fill.
    const numFmtId = style.numFmt ? this.numFmtId(style.numFmt) : 0;
    const fontId = style.font ? this.fonts.id(fontXml(style.font)) : 0;
    const borderId = style.border ? this.borders.id(THIN_BORDER) : 0;
    const fillId = style.fill ? this.fills.id(`<fill><patternFill patternType="solid"><fgColor rgb="${style.fill}"/></patternFill></fill>`) : 0;
    let xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) xf += ' applyNumberFormat="1"';
    if (fontId) xf += ' applyFont="1"';
    if (fillId) xf += ' applyFill="1"';
    if (borderId) xf += ' applyBorder="1"';
    const a = style.alignment;
    if (a) {
      xf += ' applyAlignment="1"';
      const attrs = `${a.horizontal ? ` horizontal="${a.horizontal}"` : ''}${a.vertical ? ` vertical="${a.vertical}"` : ''}${a.wrapText ? ' wrapText="1"' : ''}`;
      xf += attrs ? `><alignment${attrs}/></xf>` : '/>';
    } else {
      xf += '/>';
    }
    return this.xfs.id(xf);
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = CUSTOM_BASE + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  xml(): string {
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return `${XML_DECLARATION}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">`
      + (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '')
      + `<fonts count="${this.fonts.items.length}" x14ac:knownFonts="1">${this.fonts.items.join('')}</fonts>`
      + `<fills count="${this.fills.items.length}">${this.fills.items.join('')}</fills>`
      + `<borders count="${this.borders.items.length}">${this.borders.items.join('')}</borders>`
      + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
      + `<cellXfs count="${this.xfs.items.length}">${this.xfs.items.join('')}</cellXfs>`
      + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/>'
      + '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>'
      + '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext>'
      + '<ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst></styleSheet>';
  }
}

function fontXml(font: { bold?: boolean; size?: number }): string {
  return `<font>${font.bold ? '<b/>' : ''}${font.size !== undefined ? `<sz val="${font.size}"/>` : ''}</font>`;
}
