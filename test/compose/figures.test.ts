import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeBook } from '../../src/compose/book/index.js';
import { inlineText } from '../../src/compose/markdown.js';
import {
  FIGURES, MAX_GANTT_TASKS, budgetByDimensionFigure, budgetByYearFigure, fundingSourceFigure, gapsByPillarFigure,
  programSequenceFigure, programsByHorizonFigure, quickWinScheduleFigure, readinessFigure, shortLabel,
} from '../../src/compose/figures/index.js';
import { Templates } from '../../src/compose/templates.js';
import type { Block, Figure } from '../../src/compose/tree.js';
import { loadProject } from '../../src/load/index.js';
import { buildModel } from '../../src/model/build.js';
import type { Model } from '../../src/model/types.js';
import { FIXTURES } from '../_helpers/project.js';

const model = buildModel(await loadProject('examples/kotawaringin-timur'));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const must = (f: Figure | undefined): Figure & { chart: NonNullable<Figure['chart']> } => {
  expect(f?.chart).toBeDefined();
  return f as Figure & { chart: NonNullable<Figure['chart']> };
};

describe('figure builders on the example', () => {
  it('budget by dimension: one bar per dimension, scaled, summing to the program total', () => {
    const f = must(budgetByDimensionFigure(model));
    expect(f.chart.categories).toHaveLength(model.totals.byDimension.length);
    expect(f.chart.scale).toBe(1e9);
    expect(f.chart.valueAxisTitle).toBe('Miliar Rupiah');
    expect(sum(f.chart.series[0].values) * f.chart.scale!).toBeCloseTo(model.totals.programs, 0);
    expect(f.chart.categoryColorKeys).toEqual(model.totals.byDimension.map((r) => `dimension:${model.framework.find((d) => d.id === r.key)!.index}`));
    expect(f.altText).toMatch(/^Grafik kolom anggaran program per dimensi dalam miliar rupiah: .*total 86,09 miliar rupiah\.$/);
  });

  it('budget by year: stacked by dimension, each year summing to the model', () => {
    const f = must(budgetByYearFigure(model));
    expect(f.chart.categories).toEqual(model.masterplan.years.map(String));
    model.totals.byYear.forEach((total, i) => expect(sum(f.chart.series.map((s) => s.values[i])) * f.chart.scale!).toBeCloseTo(total, 0));
  });

  it('funding sources: a doughnut of the used sources, summing to the program total', () => {
    const f = must(fundingSourceFigure(model));
    expect(f.chart.type).toBe('doughnut');
    expect(f.chart.categories).toEqual(model.totals.bySource.filter((r) => r.total > 0).map((r) => shortLabel(r.label)));
    expect(sum(f.chart.series[0].values) * f.chart.scale!).toBeCloseTo(model.totals.programs, 0);
    expect(f.altText).toMatch(/APBD \d+,\d%/);
  });

  it('programs by horizon and dimension count every program once', () => {
    const f = must(programsByHorizonFigure(model));
    expect(sum(f.chart.series.flatMap((s) => s.values))).toBe(model.totals.programCount);
    model.totals.byHorizon.forEach((h, i) => expect(sum(f.chart.series.map((s) => s.values[i]))).toBe(h.programs));
  });

  it('readiness and gaps by pillar', () => {
    const r = must(readinessFigure(model));
    for (const v of r.chart.series[0].values) expect(v).toBeGreaterThanOrEqual(1), expect(v).toBeLessThanOrEqual(5);
    expect(r.chart.valueRange).toEqual({ min: 0, max: 5 });
    const g = must(gapsByPillarFigure(model));
    expect(sum(g.chart.series[0].values)).toBe(model.gapAnalysis!.gaps.length);
  });

  it('quick-win schedule: a Gantt with an offset and a length per quick win', () => {
    const f = must(quickWinScheduleFigure(model));
    expect(f.chart.type).toBe('gantt');
    expect(f.chart.categories).toHaveLength(model.quickWins.length);
    expect(f.chart.series[1].values).toEqual(model.quickWins.map((q) => q.months));
    expect(Math.min(...f.chart.series[0].values)).toBe(0);
    expect(f.chart.valueAxisTitle).toMatch(/^Bulan sejak [A-Z][a-z]+ \d{4}$/);
    // The legend names the dimensions that have quick wins, in the framework's order, each with its colour key.
    const withQuickWins = model.framework.filter((d) => model.quickWins.some((q) => q.dimensionId === d.id));
    expect(f.chart.colorLegend).toEqual(withQuickWins.map((d) => ({ name: d.name, colorKey: `dimension:${d.index}` })));
  });

  it('program sequence: a Gantt on calendar years, not years since the start (issue 17)', () => {
    const f = must(programSequenceFigure(model));
    // dimensi/governance.yaml: gov-01 short horizon (2023 only), gov-02 years 2023–2025, gov-03 medium (2023–2027),
    // gov-04 years 2024–2026; the period is 2023–2032, so the axis runs from the start of 2023 to the end of 2032.
    expect(f.chart.categories.slice(0, 4).map((c) => c.replace(/\s+/g, ' '))).toEqual([
      'Penyusunan regulasi pendukung Smart City', 'Mal Pelayanan Publik dan perizinan daring',
      'Integrasi aplikasi dan pusat data pemerintah daerah', 'Satu Data Kotim',
    ]);
    expect(f.chart.series[0].values.slice(0, 4)).toEqual([2023, 2023, 2023, 2024]);
    expect(f.chart.series[1].values.slice(0, 4)).toEqual([1, 3, 5, 3]);
    expect(f.chart.valueRange).toEqual({ min: 2023, max: 2033 });
    expect(f.chart.yearAxis).toBe(true);
    expect(f.chart.valueAxisTitle).toBe('Tahun');
  });

  it('keeps a large schedule legible: at most MAX_GANTT_TASKS bars, the earliest first, said in the caption', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ ...model.quickWins[i % model.quickWins.length], id: `qw-${i}` }));
    const f = must(quickWinScheduleFigure({ ...model, quickWins: many }));
    expect(f.chart.categories).toHaveLength(MAX_GANTT_TASKS);
    expect(inlineText(f.caption)).toBe(`Jadwal Pelaksanaan ${MAX_GANTT_TASKS} Quick Win yang Paling Awal Dimulai (dari 100)`);
  });

  it('puts a long axis label on two lines at a space, and shortens only beyond two lines (issue 17)', () => {
    // 47 characters: "Jaringan Elektronik Layanan" (27) fits a line of 28, the rest (19) the second.
    expect(shortLabel('Jaringan Elektronik Layanan Wajib Pajak Terpadu')).toBe('Jaringan Elektronik Layanan\nWajib Pajak Terpadu');
    expect(shortLabel('Peta Titik Panas Gambut dan Kebakaran Hutan')).toBe('Peta Titik Panas Gambut dan\nKebakaran Hutan');
    // Three lines' worth: the second line is cut at a word with an ellipsis.
    expect(shortLabel('Sistem Informasi Manajemen Kepegawaian Daerah Terpadu Berbasis Elektronik Kabupaten'))
      .toBe('Sistem Informasi Manajemen\nKepegawaian Daerah Terpadu…');
    expect(shortLabel('SIPANDU')).toBe('SIPANDU');
  });
});

describe('figures with empty data', () => {
  it('are undefined, never blank', () => {
    const empty: Model = {
      ...model,
      gapAnalysis: undefined,
      quickWins: [],
      dimensions: model.dimensions.map((d) => ({ ...d, programs: [], total: 0, byYear: d.byYear.map(() => 0) })),
      programs: [],
      totals: {
        ...model.totals,
        programs: 0,
        programCount: 0,
        byYear: model.totals.byYear.map(() => 0),
        byDimension: model.totals.byDimension.map((r) => ({ ...r, total: 0, byYear: r.byYear.map(() => 0) })),
        bySource: model.totals.bySource.map((r) => ({ ...r, total: 0, byYear: r.byYear.map(() => 0) })),
        byHorizon: model.totals.byHorizon.map((h) => ({ ...h, programs: 0, total: 0 })),
      },
    };
    for (const [key, build] of Object.entries(FIGURES)) expect(build(empty), key).toBeUndefined();
  });

  it('leave the minimal book without dangling figure references', async () => {
    const minimal = buildModel(await loadProject(path.join(FIXTURES, 'minimal')));
    const { book } = composeBook(minimal, new Templates({ lang: 'id' }));
    const text = JSON.stringify(book.book);
    expect(text).not.toMatch(/\[fig-[a-z-]+\?\]/);
  });
});

describe('figures in the book', () => {
  const { book } = composeBook(model, new Templates({ lang: 'id' }));
  const blocks: Block[] = book.book.sections.flatMap((s) => s.blocks);
  const figures = blocks.filter((b): b is Figure => b.kind === 'figure');

  it('places every catalogue figure, numbered per chapter in order', () => {
    expect(figures.map((f) => f.id)).toEqual([
      'fig-kesiapan', 'fig-kesenjangan', 'fig-program-jangka', 'fig-anggaran-rencana-aksi', 'fig-anggaran-dimensi', 'fig-anggaran-tahun', 'fig-sumber-dana',
      'fig-urutan-program', 'fig-jadwal-quick-win', 'fig-matriks-risiko',
    ]);
    expect(figures.map((f) => f.number)).toEqual(['3.1', '3.2', '5.1', '5.2', '6.1', '6.2', '6.3', '6.4', '7.1', '7.2']);
  });

  it('cites every figure in the text by its number, and lists them in Daftar Gambar', () => {
    const text = blocks.filter((b) => b.kind === 'paragraph').map((b) => inlineText((b as Extract<Block, { kind: 'paragraph' }>).content)).join('\n');
    for (const f of figures) expect(text).toContain(`Gambar ${f.number}`);
    expect(blocks.some((b) => b.kind === 'listOfFigures')).toBe(true);
  });
});
