/**
 * Charts drawn as SVG for LibreOffice's layout and the PDF (issue 22): the same labels, colours and legend as the
 * native chart, in its size. Expected values are worked out by hand from the charts below.
 */
import { describe, expect, it } from 'vitest';
import type { Chart } from '../../../src/compose/tree.js';
import { chartSvg } from '../../../src/render/docx/chart-svg.js';
import { numberFormat } from '../../../src/render/docx/chart.js';
import { rowLegend, valueAxis, wrap } from '../../../src/render/docx/chart-svg-kit.js';

const SIZE = { width: 585, height: 293 };
const texts = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const fills = (svg: string): string[] => [...svg.matchAll(/<rect [^>]*fill="#([0-9A-F]{6})"/g)].map((m) => m[1]);

describe('chart-svg kit', () => {
  it('an axis as Office draws it: 5% headroom, about ten steps of 1, 2 or 5 × 10ⁿ, from 0', () => {
    // 23,78 + 5% = 24,97 → steps of 2,497 rounded up to 5 → 0 to 25. 18 + 5% = 18,9 → 2 → 0 to 20.
    expect(valueAxis(0, 23.78, 2).ticks).toEqual([0, 5, 10, 15, 20, 25]);
    expect(valueAxis(0, 18, 0).ticks).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20]);
    // 5 gaps: 5,25 → steps of 0,525 → 1 → 0 to 6 (LibreOffice's native chart: 0 to 6).
    expect(valueAxis(0, 5, 0).ticks).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // Pagu up to 3,025 miliar: 3,18 → 0,5 → 0 to 3,5 (native: 0 to 3,50 by 0,50).
    expect(valueAxis(0, 3.025, 3).ticks).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5]);
  });

  it('an axis of whole numbers never steps by a fraction: 11 gaps read 0, 2 … 12, not 0, 3, 5, 8', () => {
    expect(valueAxis(0, 11, 0).ticks).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(valueAxis(0, 2, 0).ticks).toEqual([0, 1, 2, 3]);
  });

  it('a fixed range and interval (a 1–5 score) is kept as given; nothing to show runs from 0 to 1', () => {
    expect(valueAxis(2.3, 2.67, 2, { min: 0, max: 5, interval: 1 }).ticks).toEqual([0, 1, 2, 3, 4, 5]);
    expect(valueAxis(0, 0, 0).ticks).toEqual([0, 1]);
    // A maximum at or below the start is no range: the values decide.
    expect(valueAxis(0, 4, 0, { max: -1 }).ticks).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('wraps at words to the width, keeps a line break of the text, cuts a word too long and ends the last line with an ellipsis', () => {
    // "Smart" is 5 letters ≈ 29 px at 12 px; "Governance" ≈ 62 px: both do not fit 70 px together.
    expect(wrap('Smart Governance', 70, 12, 'Arial')).toEqual(['Smart', 'Governance']);
    expect(wrap('Smart Governance', 200, 12, 'Arial')).toEqual(['Smart Governance']);
    expect(wrap('Kerja Sama Pemerintah dan\nBadan Usaha', 400, 12, 'Arial')).toEqual(['Kerja Sama Pemerintah dan', 'Badan Usaha']);
    expect(wrap('a b c d', 1, 12, 'Arial', 2)).toEqual(['a', 'b…']);
    // "Pengembangan" ≈ 77 px: cut to what fits 40 px with its ellipsis.
    const [cut] = wrap('Pengembangan', 40, 12, 'Arial');
    expect(cut.endsWith('…') && cut.length < 12).toBe(true);
  });

  it('six legend entries too wide for one row stand in two rows of three, not five and one', () => {
    const entries = ['Smart Governance', 'Smart Branding', 'Smart Economy', 'Smart Living', 'Smart Society', 'Smart Environment'].map((label) => ({ label, color: '000000' }));
    const legend = rowLegend(entries, 569, 'Arial');
    expect(legend.height).toBe(28);
    const ys = [...legend.draw(8, 100).matchAll(/<text x="[\d.]+" y="([\d.]+)"[^>]*>([^<]*)</g)].map((m) => [m[2], m[1]]);
    const rows = new Map<string, string[]>();
    for (const [label, y] of ys) rows.set(y, [...(rows.get(y) ?? []), label]);
    expect([...rows.values()]).toEqual([['Smart Governance', 'Smart Branding', 'Smart Economy'], ['Smart Living', 'Smart Society', 'Smart Environment']]);
  });
});

describe('chartSvg', () => {
  it('a one-series column chart: every category, its value in Indonesian notation, its dimension colour', () => {
    const chart: Chart = {
      type: 'column',
      categories: ['Smart Governance', 'Smart Branding'],
      series: [{ name: 'Anggaran', values: [13.06, 18.45] }],
      categoryColorKeys: ['dimension:0', 'dimension:1'],
      valueAxisTitle: 'Miliar Rupiah',
    };
    const svg = chartSvg(chart, SIZE, 'Arial');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="585" height="293" viewBox="0 0 585 293">/);
    const t = texts(svg);
    expect(t).toEqual(expect.arrayContaining(['13,06', '18,45', 'Miliar Rupiah', '0,00', '20,00']));
    expect(t.join(' ')).toContain('Governance');
    // The white background, then a bar per category in its dimension's colour (chart.ts palette).
    expect(fills(svg)).toEqual(['FFFFFF', '1F4E79', 'C55A11']);
    // One series: the categories are its legend, so there is none.
    expect(t).not.toContain('Anggaran');
  });

  it('a stacked column chart names its series in a legend and draws each stack from its series\' colours', () => {
    const chart: Chart = {
      type: 'stackedColumn',
      categories: ['2023', '2024'],
      series: [{ name: 'Smart Governance', values: [1, 2], colorKey: 'dimension:0' }, { name: 'Smart Branding', values: [3, 0], colorKey: 'dimension:1' }],
    };
    const svg = chartSvg(chart, SIZE, 'Arial');
    expect(texts(svg)).toEqual(expect.arrayContaining(['2023', '2024', 'Smart Governance', 'Smart Branding']));
    // Background; 2023: 1 + 3; 2024: 2 + an empty bar; then the two legend marks.
    expect(fills(svg)).toEqual(['FFFFFF', '1F4E79', 'C55A11', '1F4E79', 'C55A11', '1F4E79', 'C55A11']);
  });

  it('a doughnut labels each slice with its whole share, none under 3%, and lists every share in its legend', () => {
    const chart: Chart = { type: 'doughnut', categories: ['APBD', 'APBN', 'CSR'], series: [{ name: 'Anggaran', values: [60, 38, 2] }], categoryColorKeys: ['source:0', 'source:1', 'source:2'] };
    const svg = chartSvg(chart, SIZE, 'Arial');
    const t = texts(svg);
    expect(t).toEqual(expect.arrayContaining(['60%', '38%', 'APBD (60%)', 'APBN (38%)', 'CSR (2%)']));
    expect(t).not.toContain('2%');
    expect([...svg.matchAll(/<path [^>]*fill="#([0-9A-F]{6})"/g)].map((m) => m[1])).toEqual(['2F5597', 'ED7D31', '70AD47']);
  });

  it('a Gantt of years: a bar per task from its start, its length inside, the years on the axis and the last tick blank', () => {
    const chart: Chart = {
      type: 'gantt',
      categories: ['Satu Data', 'Mal Pelayanan Publik'],
      series: [{ name: 'Mulai', values: [2024, 2023] }, { name: 'Tahun', values: [3, 5] }],
      categoryColorKeys: ['dimension:0', 'dimension:1'],
      valueRange: { min: 2023, max: 2028 },
      yearAxis: true,
      valueAxisTitle: 'Tahun',
    };
    const svg = chartSvg(chart, SIZE, 'Arial');
    const t = texts(svg);
    expect(t).toEqual(expect.arrayContaining(['2023', '2024', '2025', '2026', '2027', '3', '5', 'Satu Data', 'Mal Pelayanan Publik', 'Tahun']));
    expect(t).not.toContain('2028');
    expect(t).not.toContain('Smart Governance');
    expect(t).not.toContain('2.024');
    // No bar for the offsets: the background and one bar per task.
    expect(fills(svg)).toEqual(['FFFFFF', '1F4E79', 'C55A11']);
    // Satu Data (2024–2027) starts a fifth of the axis later than Mal Pelayanan Publik (2023–2028), and is 3/5 as long.
    const bars = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*fill="#(1F4E79|C55A11)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const [[x1, w1], [x2, w2]] = bars;
    expect(w1 / w2).toBeCloseTo(3 / 5, 2);
    expect((x1 - x2) / w2).toBeCloseTo(1 / 5, 2);
  });

  it('a radar draws a ring per score, a spoke and label per category, and a closed line per series', () => {
    const chart: Chart = { type: 'radar', categories: ['Struktur', 'Infrastruktur', 'Suprastruktur'], series: [{ name: 'Skor', values: [2.5, 2.67, 2.33] }], valueRange: { min: 0, max: 5 } };
    const svg = chartSvg(chart, SIZE, 'Arial');
    expect(svg.match(/<polygon [^>]*stroke="#D9D9D9"/g)).toHaveLength(5);
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(texts(svg)).toEqual(expect.arrayContaining(['Struktur', 'Infrastruktur', 'Suprastruktur']));
  });

  it('text is escaped, so a category with "&" or "<" leaves the picture well-formed', () => {
    const svg = chartSvg({ type: 'column', categories: ['R&D <baru>'], series: [{ name: 'x', values: [1] }] }, SIZE, 'Arial');
    expect(svg).toContain('R&amp;D');
    expect(svg).toContain('&lt;baru&gt;');
    expect(svg.replace(/&(amp|lt|gt|quot);/g, '')).not.toMatch(/[&]/);
  });

  it('two series side by side stand apart by 27% of a bar, as the native chart\'s overlap of -27 draws them', () => {
    const chart: Chart = { type: 'column', categories: ['A'], series: [{ name: 'Pagu', values: [2] }, { name: 'Realisasi', values: [1] }] };
    const bars = [...chartSvg(chart, SIZE, 'Arial').matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*fill="#(4472C4|ED7D31)"/g)].slice(0, 2).map((m) => [Number(m[1]), Number(m[2])]);
    const [[x1, w], [x2]] = bars;
    expect((x2 - x1 - w) / w).toBeCloseTo(0.27, 2);
  });

  it('a stack with a negative value grows down from 0 while the positives stack up', () => {
    const chart: Chart = { type: 'stackedColumn', categories: ['A'], series: [{ name: 'a', values: [3] }, { name: 'b', values: [-2] }, { name: 'c', values: [1] }] };
    const rects = [...chartSvg(chart, SIZE, 'Arial').matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)" fill="#(4472C4|ED7D31|A5A5A5)"/g)].map((m) => ({ top: Number(m[1]), bottom: Number(m[1]) + Number(m[2]), s: m[3] }));
    const [a, b, c] = rects;
    // a: 0 → 3, c: 3 → 4 on top of it; b: 0 → -2 below the zero line where a starts.
    // Coordinates are written to 0,01 px.
    expect(c.bottom).toBeCloseTo(a.top, 1);
    expect(b.top).toBeCloseTo(a.bottom, 1);
    expect((b.bottom - b.top) / (a.bottom - a.top)).toBeCloseTo(2 / 3, 2);
  });

  it('stacks reaching 100 are labelled without decimals, natively too (an axis of 100,00 … 400,00 before)', () => {
    const chart: Chart = { type: 'stackedColumn', categories: ['2025'], series: [{ name: 'a', values: [60.5] }, { name: 'b', values: [55.25] }] };
    expect(numberFormat(chart)).toBe('[$-421]#,##0');
    expect(texts(chartSvg(chart, SIZE, 'Arial'))).toEqual(expect.arrayContaining(['0', '20', '120']));
  });

  it('a Gantt that says what its colours stand for names them in a legend under the axis', () => {
    const chart: Chart = {
      type: 'gantt', categories: ['A', 'B'], series: [{ name: 'Mulai', values: [0, 2] }, { name: 'Bulan', values: [3, 4] }],
      categoryColorKeys: ['dimension:0', 'dimension:1'], valueRange: { min: 0, max: 6 },
      colorLegend: [{ name: 'Smart Governance', colorKey: 'dimension:0' }, { name: 'Smart Branding', colorKey: 'dimension:1' }],
    };
    const svg = chartSvg(chart, SIZE, 'Arial');
    expect(texts(svg)).toEqual(expect.arrayContaining(['Smart Governance', 'Smart Branding']));
    expect(texts(svg)).not.toContain('Mulai');
    // Background, the two bars, then the two legend marks in the dimensions' colours.
    expect(fills(svg)).toEqual(['FFFFFF', '1F4E79', 'C55A11', '1F4E79', 'C55A11']);
  });
});

