import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { composeBook } from '../../../src/compose/book/index.js';
import { Templates } from '../../../src/compose/templates.js';
import type { Figure } from '../../../src/compose/tree.js';
import { loadProject } from '../../../src/load/index.js';
import { buildModel } from '../../../src/model/build.js';
import { chartOptions, chartRunScales, chartSize, numberFormat } from '../../../src/render/docx/chart.js';
import { paletteColor, wholePercentages, yearAxisFormat } from '../../../src/render/docx/chart-style.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { textWidth } from '../../../src/render/docx/page.js';

const model = buildModel(await loadProject('examples/kotawaringin-timur'));
const { book } = composeBook(model, new Templates({ lang: 'id' }));
// Native charts only: the risk matrix is a table-figure (a grid), drawn as a table.
const figures = book.book.sections.flatMap((s) => s.blocks).filter((b): b is Figure => b.kind === 'figure' && b.chart !== undefined);

/** Figure id → its chart part's XML, found through the drawing's name and its relationship. */
async function chartsById(bytes: Uint8Array): Promise<{ charts: Map<string, string>; doc: string; zip: JSZip }> {
  const zip = await JSZip.loadAsync(bytes);
  const doc = await zip.file('word/document.xml')!.async('string');
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  const target = new Map([...rels.matchAll(/<Relationship Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const charts = new Map<string, string>();
  for (const m of doc.matchAll(/<wp:docPr id="\d+" name="([^"]*)"[\s\S]*?<c:chart [^>]*r:id="([^"]+)"/g)) {
    charts.set(m[1], await zip.file(`word/${target.get(m[2])}`)!.async('string'));
  }
  return { charts, doc, zip };
}

/** The cached values of each series (`c:val`), in order. */
function seriesValues(xml: string): number[][] {
  return [...xml.matchAll(/<c:val>([\s\S]*?)<\/c:val>/g)].map((m) => [...m[1].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])));
}

describe('yearAxisFormat', () => {
  it('writes years as digits and blanks the axis end', () => {
    expect(yearAxisFormat(2033)).toBe('[<2033]0;""');
    expect(yearAxisFormat(undefined)).toBe('0');
  });
});

describe('native charts in the book', async () => {
  const { bytes, warnings } = await renderDocx(book.book, {});
  const { charts, doc, zip } = await chartsById(bytes);

  it('writes one chart part with its workbook per figure, without warnings', () => {
    expect([...charts.keys()]).toEqual(figures.map((f) => f.id));
    expect(Object.keys(zip.files).filter((n) => /^word\/embeddings\/.*\.xlsx$/.test(n))).toHaveLength(figures.length);
    expect(warnings.filter((w) => w.kind.startsWith('docx-chart'))).toEqual([]);
  });

  it('draws the model totals: budget by dimension sums to the program total', () => {
    const [values] = seriesValues(charts.get('fig-anggaran-dimensi')!);
    expect(values).toHaveLength(model.totals.byDimension.length);
    expect(values.reduce((a, b) => a + b, 0) * 1e9).toBeCloseTo(model.totals.programs, 0);
    values.forEach((v, i) => expect(v * 1e9).toBeCloseTo(model.totals.byDimension[i].total, 0));
    expect(charts.get('fig-anggaran-dimensi')).toContain('Miliar Rupiah');
  });

  it('draws the year chart stacked, one series per dimension, each year summing to the model', () => {
    const xml = charts.get('fig-anggaran-tahun')!;
    expect(xml).toContain('<c:grouping val="stacked"/>');
    const series = seriesValues(xml);
    model.totals.byYear.forEach((total, i) => expect(series.reduce((a, s) => a + s[i], 0) * 1e9).toBeCloseTo(total, 0));
  });

  it('draws sources as a doughnut, the schedule as a stacked bar with an invisible first series', () => {
    expect(charts.get('fig-sumber-dana')).toContain('<c:doughnutChart>');
    const gantt = charts.get('fig-jadwal-quick-win')!;
    expect(gantt).toContain('<c:barDir val="bar"/>');
    expect(gantt).toContain('<c:grouping val="stacked"/>');
    expect(gantt).toMatch(/<c:ser>[\s\S]*?<a:srgbClr val="FFFFFF"\/>/);
    // After the white offsets, a series per dimension holding its quick wins' months, the others' points empty: each
    // quick win has one bar, of its months, in its dimension's colour, which the legend names.
    const series = [...gantt.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => m[1]).slice(1);
    const points = series.map((ser) => new Map([.../<c:val>[\s\S]*?<\/c:val>/.exec(ser)![0].matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].map((p) => [Number(p[1]), Number(p[2])])));
    model.quickWins.forEach((q, i) => {
      const holding = points.flatMap((p, k) => (p.has(i) ? [k] : []));
      expect(holding, q.id).toHaveLength(1);
      expect(points[holding[0]].get(i), q.id).toBe(q.months);
      const dimension = model.framework.find((d) => d.id === q.dimensionId)!;
      expect(series[holding[0]], q.id).toContain(`<c:v>${dimension.name}</c:v>`);
      expect(series[holding[0]], q.id).toContain(`<a:srgbClr val="${paletteColor(`dimension:${dimension.index}`)}"/>`);
    });
    // The offsets' legend entry is a white key without a name (a zero-width space): LibreOffice 7.4 would delete the
    // wrong entry of a bar chart's legend, so none is deleted.
    expect(gantt).toContain('<c:legendPos val="b"/>');
    expect(gantt).not.toContain('<c:legendEntry>');
    expect(/<c:ser>[\s\S]*?<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(gantt)![1]).toBe('\u200B');
  });

  it('labels the program sequence axis with calendar years, 2023 to 2032, the end of 2032 unlabelled (issue 17)', () => {
    const xml = charts.get('fig-urutan-program')!;
    const axis = /<c:valAx>[\s\S]*?<\/c:valAx>/.exec(xml)![0];
    expect(axis).toContain('<c:max val="2033"/>');
    expect(axis).toContain('<c:min val="2023"/>');
    expect(axis).toContain('<c:majorUnit val="1"/>');
    expect(axis).toContain('<c:numFmt formatCode="[&lt;2033]0;&quot;&quot;" sourceLinked="0"/>');
    expect(axis).not.toContain('sejak');
  });

  it('gives every dimension the same colour in every chart', () => {
    const governance = paletteColor('dimension:0')!;
    expect(charts.get('fig-anggaran-dimensi')).toContain(`<a:srgbClr val="${governance}"/>`);
    expect(charts.get('fig-anggaran-tahun')).toContain(`<a:srgbClr val="${governance}"/>`);
    expect(charts.get('fig-program-jangka')).toContain(`<a:srgbClr val="${governance}"/>`);
  });

  it('sets alt text and sizes the chart to the text width', () => {
    for (const f of figures) expect(doc).toContain(`name="${f.id}" descr="${f.altText.replace(/"/g, '&quot;')}"`);
    const maxEmu = textWidth(book.book.meta.style.paper, 'portrait') * 635;
    for (const m of doc.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>[\s\S]{0,400}?<wp:docPr id="\d+" name="fig-/g)) expect(Number(m[1])).toBeLessThanOrEqual(maxEmu);
  });

  it('numbers the captions in order and lists every figure in Daftar Gambar', () => {
    const captions = [...doc.matchAll(/<w:t[^>]*>Gambar (\d+\.\d+) <\/w:t>/g)].map((m) => m[1]);
    // Every figure's caption, the risk matrix (a grid) included.
    const all = book.book.sections.flatMap((s) => s.blocks).filter((b): b is Figure => b.kind === 'figure');
    expect(captions).toEqual(all.map((f) => f.number));
    expect(all.find((f) => f.grid)?.id).toBe('fig-matriks-risiko');
    for (const f of all) {
      const entry = `Gambar ${f.number} ${f.caption.map((c) => (c.kind === 'text' ? c.text : '')).join('')}`;
      expect(doc).toContain(entry);
    }
    expect(doc).toMatch(/DAFTAR GAMBAR/);
  });

  it('is byte-identical across renders (chart ids, drawing ids, embedded workbooks)', async () => {
    await new Promise((r) => setTimeout(r, 1100)); // a new second: clock times would show
    const again = await renderDocx(book.book, {});
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true);
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    expect(rels).not.toMatch(/Id="rId[0-9a-z_-]*[a-z_-][0-9a-z_-]*"/);
  });
});

describe('chart options', () => {
  const fig = figures.find((f) => f.id === 'fig-anggaran-dimensi')! as Figure & { chart: NonNullable<Figure['chart']> };
  it('fits a landscape page too', () => {
    const size = chartSize(fig.chart, textWidth('A4', 'landscape'), 8000);
    expect(size.width).toBe(Math.floor(textWidth('A4', 'landscape') / 15));
    expect(size.height).toBeLessThanOrEqual(Math.floor(8000 / 15));
  });
  it('labels bars with their values and colours them by dimension', () => {
    const o = chartOptions(fig, { width: 600, height: 300 }, 'Arial') as unknown as { type: string; series: { colors?: unknown[] }[]; legend: unknown };
    expect(o.type).toBe('column');
    expect(o.legend).toBe(false);
    expect(o.series[0].colors).toHaveLength(fig.chart.categories.length);
  });
});

describe('charts in a row share a page (issue 17)', () => {
  const column = (id: string): Figure => ({ kind: 'figure', id, number: '', caption: [], altText: '', chart: { type: 'column', categories: ['a', 'b'], series: [] } });
  const doughnut = (id: string): Figure => ({ kind: 'figure', id, number: '', caption: [], altText: '', chart: { type: 'doughnut', categories: ['a', 'b'], series: [] } });
  // A 9,000-twip column: 600 px wide; a column chart 300 px tall (4,500 twips), a doughnut 372 px (5,580 twips).
  it('draws two columns and a doughnut 3% too tall for a page just small enough to share it', () => {
    // Charts 14,580 twips + three captions of 700 = 16,680; a page of 16,200 leaves 14,100 for the charts: 0.967.
    const scales = chartRunScales([column('a'), column('b'), doughnut('c')], 9000, 20000, 16200);
    expect([...scales]).toEqual([['a', 0.96], ['b', 0.96], ['c', 0.96]]);
    expect(chartSize(doughnut('c').chart!, 9000, 20000, 0.96).height).toBe(357);
  });
  it('leaves charts alone when they fit, when text stands between them, or when they would shrink under 75%', () => {
    expect(chartRunScales([column('a'), column('b')], 9000, 20000, 16200).size).toBe(0);
    const text = { kind: 'paragraph', content: [] } as unknown as Figure;
    expect(chartRunScales([column('a'), text, column('b'), doughnut('c')], 9000, 20000, 12000).size).toBe(0);
    // 14,580 twips of charts for 9,000 - 2,100 = 6,900: 0.47.
    expect(chartRunScales([column('a'), column('b'), doughnut('c')], 9000, 20000, 9000).size).toBe(0);
  });
});

describe('pie and doughnut percentages (issue 17)', () => {
  it('whole percentages add up to exactly 100 by the largest remainder', async () => {
    // Thirds: 33.33 each, rounded one by one 99; the first largest remainder gets the 1 left.
    expect(wholePercentages([1, 1, 1])).toEqual([34, 33, 33]);
    // 44.6, 44.6, 10.8: rounded one by one 45 + 45 + 11 = 101. Floors 44 + 44 + 10 = 98; the two left go to the
    // largest remainders, .8 (the third) and the first .6.
    expect(wholePercentages([446, 446, 108])).toEqual([45, 44, 11]);
    expect(wholePercentages([0, 0])).toEqual([0, 0]);
  });
});

describe('numberFormat: a chart labels its values with the decimals they have (issue 17: 2,67 was labelled 2,7)', () => {
  const chart = (values: number[]) => ({ type: 'bar' as const, categories: values.map((_, i) => `k${i}`), series: [{ name: 's', values }] });
  it('two decimals for scores, one for 1,5 miliar, none for whole values or values of 100 and more', () => {
    expect(numberFormat(chart([2.67, 2.33, 3]))).toBe('[$-421]#,##0.00');
    expect(numberFormat(chart([2.86, 2.94]))).toBe('[$-421]#,##0.00');
    expect(numberFormat(chart([1.5, 2]))).toBe('[$-421]#,##0.0');
    expect(numberFormat(chart([3, 4]))).toBe('[$-421]#,##0');
    expect(numberFormat(chart([150.5, 2.25]))).toBe('[$-421]#,##0');
    expect(numberFormat(chart([1 / 3]))).toBe('[$-421]#,##0.00');
  });
});
