/**
 * Small helpers shared by the table builders: cells, header rows, money and values.
 */
import { formatDecimal, formatInteger, formatNumber, formatValueText } from '../../format/indonesian.js';
import type { Model } from '../../model/types.js';
import type { Align, Cell, Inline } from '../tree.js';
import { parseInline } from '../markdown.js';

export function t(text: string): Inline {
  return { kind: 'text', text };
}

export function strong(text: string): Inline {
  return { kind: 'strong', children: [t(text)] };
}

/** A plain text cell (empty for undefined). */
export function textCell(text: string | undefined, extra: Partial<Cell> = {}): Cell {
  return { content: text === undefined || text === '' ? [] : [t(text)], ...extra };
}

/** A header cell. */
export function th(text: string, extra: Partial<Cell> = {}): Cell {
  return { content: [t(text)], align: 'center', bold: true, shade: 'header', ...extra };
}

/** A row of header cells. */
export function headRow(labels: string[]): Cell[] {
  return labels.map((l) => th(l));
}

/** A row number cell. */
export function noCell(n: number, extra: Partial<Cell> = {}): Cell {
  return { content: [t(String(n))], align: 'center', ...extra };
}

/** Whole Rupiah with thousands separators and no "Rp" (the header says "(Rp)"); zero shows "-". */
export function moneyCell(amount: number, extra: Partial<Cell> = {}): Cell {
  return { content: [t(amount === 0 ? '-' : formatInteger(amount))], align: 'right', ...extra };
}

/** A value written in the YAML as a number or text, in Indonesian notation: "5000 permohonan" → "5.000 permohonan". */
export function valueText(value: number | string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'number' ? formatNumber(value) : formatValueText(value);
}

/** Items separated by line breaks, each optionally prefixed by a bullet. */
export function lines(items: string[], bullet = items.length > 1): Inline[] {
  const out: Inline[] = [];
  items.forEach((item, i) => {
    if (i > 0) out.push({ kind: 'break' });
    if (bullet) out.push(t('• '));
    out.push(...parseInline(item));
  });
  return out;
}

/** A full-width group row (element, pillar...). */
export function groupRow(label: string, span: number): Cell[] {
  return [{ content: [t(label)], colSpan: span, bold: true, shade: 'group', align: 'left' as Align }];
}

/** The "Sumber: …" note line. */
export function sourceNote(text: string): Inline[] {
  return [t(`Sumber: ${text}`)];
}

/** Free text (the Markdown subset's inline marks: *emphasis*, **strong**), otherwise verbatim; line breaks in the YAML become break inlines (a trailing newline is dropped). */
export function para(text: string | undefined): Inline[] {
  if (text === undefined || text === '') return [];
  const out: Inline[] = [];
  text.replace(/\n+$/, '').split('\n').forEach((line, i) => {
    if (i > 0) out.push({ kind: 'break' });
    out.push(...parseInline(line));
  });
  return out;
}

/** A cell of free text (see para). */
export function paraCell(text: string | undefined, extra: Partial<Cell> = {}): Cell {
  return { content: para(text), ...extra };
}

/** The unit of a table with one money column per year, and its fixed number of decimals. */
export interface MoneyUnit {
  divisor: 1 | 1_000_000;
  label: string;
  /** Decimals of every amount in the unit: one table never mixes "2", "1,5" and "0,35". */
  digits: 0 | 2;
}

/** Full Rupiah ("1.250.000.000"), the unit of money tables that fit their page (year-tables.ts). */
export const RUPIAH: MoneyUnit = { divisor: 1, label: 'Rp', digits: 0 };

/**
 * Millions ("1.250"), as Bappeda tables show amounts too long for their columns; the header and caption say
 * "(Rp juta)". No decimals when every budget line is whole millions, else always two, in every table of the book.
 */
export function millions(model: Model): MoneyUnit {
  const whole = model.programs.every((p) => p.budget.every((b) => b.amount % 1_000_000 === 0));
  return { divisor: 1_000_000, label: 'Rp juta', digits: whole ? 0 : 2 };
}

/** Money in the table's unit with the unit's fixed decimals ("1.076,75", "0,35"); zero shows "-". */
export function unitMoneyCell(amount: number, unit: MoneyUnit, extra: Partial<Cell> = {}): Cell {
  if (unit.divisor === 1) return moneyCell(amount, extra);
  return { content: [t(amount === 0 ? '-' : formatDecimal(amount / unit.divisor, unit.digits))], align: 'right', ...extra };
}
