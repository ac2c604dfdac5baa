/**
 * The book set's own sections (`buku/<id>` in SECTION_COMPOSERS): what the books need beyond the single volume's
 * sections (the RPJMD missions and their dimensions, SWOT per pillar, strategic issues, the smart-city vision and
 * goals, the action-plan groups, institutions and monitoring, the executive summary). Narrative from
 * templates/id/buku/*.md.hbs; tables from ./tables.ts and compose/tables; figures from the catalogue.
 */
import { PILLAR_NAMES } from '../labels.js';
import * as tables from '../tables/index.js';
import type { Block, Figure, Table } from '../tree.js';
import { heading, type Piece } from '../book/context.js';
import type { SectionComposer } from '../book/sections.js';
import { goalTable, keyFiguresTable, missionTable, quickWinBudgetTable } from './tables.js';

/** Programs the executive summary names per dimension; of more, the largest by budget. */
const SUMMARY_PROGRAMS = 5;

const maybe = (t: Table | Figure | undefined): Block[] => (t ? [t] : []);
const idOf = (t: Table | Figure | undefined) => t?.id ?? null;

export const BOOK_SECTIONS: Record<string, SectionComposer> = {
  'buku/misi-dimensi': {
    compose: (ctx) => {
      // A table whose Dimensi column would be "-" on every row says nothing: no mission names its dimensions yet.
      const missions = ctx.model.region.rpjmd?.missions ?? [];
      const mapped = missions.some((m) => m.dimensionIds.length > 0);
      const table = mapped ? missionTable(ctx.model, missions, 'tbl-misi-rpjmd-dimensi', 'Misi RPJMD dan Dimensi Smart City yang Mendukungnya') : undefined;
      return [...ctx.narrative('buku/misi-dimensi', { tableId: idOf(table) }), ...maybe(table)];
    },
  },
  'buku/swot-pilar': {
    compose: (ctx) => {
      const pillars = (ctx.model.gapAnalysis?.swotByPillar ?? []).map(({ pillar, swot }) => {
        const name = PILLAR_NAMES[pillar];
        const strategies = tables.swotStrategyTable(swot, `Pilar ${name}`);
        return { name, matrix: { ...tables.swotTable(swot, `Pilar ${name}`), id: `tbl-swot-${pillar}` }, strategies: strategies && { ...strategies, id: `tbl-swot-strategi-${pillar}` } };
      });
      // The sentence says which pillars have a strategy matrix: all, some (named), or none yet.
      const withStrategies = pillars.filter((p) => p.strategies).map((p) => `Pilar ${p.name}`);
      const out: Piece[] = [...ctx.narrative('buku/swot-pilar', {
        pillarCount: pillars.length,
        allStrategies: pillars.length > 0 && withStrategies.length === pillars.length,
        strategyPillars: withStrategies.length > 0 ? withStrategies : null,
      })];
      for (const p of pillars) out.push(heading(3, `Pilar ${p.name}`), p.matrix, ...maybe(p.strategies));
      return out;
    },
  },
  'buku/isu-strategis': {
    compose: (ctx) => ctx.narrative('buku/isu-strategis', {
      issues: ctx.model.masterplan.strategicIssues.map((i) => ({
        title: i.title,
        description: i.description ?? null,
        dimensions: i.dimensionIds.map((id) => ctx.model.framework.find((d) => d.id === id)?.name ?? id).join(', ') || null,
      })),
    }),
  },
  'buku/visi-misi': {
    compose: (ctx) => {
      const table = missionTable(ctx.model, ctx.model.masterplan.missions, 'tbl-misi-smart-city', 'Misi Smart City dan Dimensi yang Dilayani');
      return [...ctx.narrative('buku/visi-misi', { vision: ctx.model.masterplan.vision ?? null, tableId: idOf(table) }), ...maybe(table)];
    },
  },
  'buku/sasaran': {
    compose: (ctx) => {
      const table = goalTable(ctx.model);
      return [...ctx.narrative('buku/sasaran', { tableId: table.id }), table];
    },
  },
  'buku/hasil-analisis': { compose: (ctx) => ctx.narrative('buku/hasil-analisis') },
  'buku/anggaran-opd': {
    compose: (ctx) => {
      const table = tables.budgetByAgencyTable(ctx.model);
      return [...ctx.narrative('buku/anggaran-opd', { tableId: idOf(table) }), { kind: 'landscape', blocks: maybe(table) }];
    },
  },
  'buku/kelembagaan': {
    compose: (ctx) => {
      const team = ctx.model.masterplan.team;
      const inAppendix = ctx.chapter.id !== 'lampiran';
      return ctx.narrative('buku/kelembagaan', {
        councilCount: team.council.length, teamCount: team.implementers.length,
        councilTableId: inAppendix && team.council.length > 0 ? 'tbl-dewan' : null,
        teamTableId: inAppendix && team.implementers.length > 0 ? 'tbl-tim-pelaksana' : null,
      });
    },
  },
  'buku/pemantauan': { compose: (ctx) => ctx.narrative('buku/pemantauan') },
  'buku/quick-win-kriteria': { compose: (ctx) => ctx.narrative('buku/quick-win-kriteria') },
  'buku/anggaran-quick-win': {
    compose: (ctx) => {
      const table = quickWinBudgetTable(ctx.model);
      return [...ctx.narrative('buku/anggaran-quick-win', { tableId: idOf(table) }), ...maybe(table)];
    },
  },

  // The executive summary: short sections, figures rather than long tables.
  'buku/ringkas-visi': { compose: (ctx) => ctx.narrative('buku/ringkas-visi', { vision: ctx.model.masterplan.vision ?? null, missions: ctx.model.masterplan.missions.map((m) => m.text) }) },
  'buku/ringkas-kesiapan': {
    compose: (ctx) => {
      const fig = ctx.figure('kesiapan');
      // The pillar's mean score as Buku I and the figure give it (model/insights.ts, two decimals), or none.
      const pillars = (ctx.model.gapAnalysis?.readiness ?? []).map((r) => {
        const scored = ctx.model.insights.pillarScores.find((p) => p.pillar === r.pillar);
        return { name: PILLAR_NAMES[r.pillar], mean: scored ? scored.meanHundredths / 100 : null, items: r.items.length };
      });
      return [...ctx.narrative('buku/ringkas-kesiapan', { pillars, figureId: idOf(fig) }), ...maybe(fig)];
    },
  },
  'buku/ringkas-angka': {
    compose: (ctx) => {
      const table = keyFiguresTable(ctx.model);
      const dimFig = ctx.figure('anggaran-dimensi');
      const yearFig = ctx.figure('anggaran-tahun');
      const sourceFig = ctx.figure('sumber-dana');
      return [
        ...ctx.narrative('buku/ringkas-angka', { tableId: table.id, dimensionFigureId: idOf(dimFig), yearFigureId: idOf(yearFig), sourceFigureId: idOf(sourceFig) }),
        table, ...maybe(dimFig), ...maybe(yearFig), ...maybe(sourceFig),
      ];
    },
  },
  'buku/ringkas-program': {
    // An executive summary names a dimension's programs while they are few; of more, the largest by budget (ties in
    // plan order), so 300 programs are not one paragraph of names (issue 17).
    compose: (ctx) => ctx.narrative('buku/ringkas-program', {
      groups: ctx.model.dimensions.map((d) => {
        const largest = d.programs.length > SUMMARY_PROGRAMS
          ? d.programs.map((p, i) => ({ p, i })).sort((a, b) => b.p.total - a.p.total || a.i - b.i).slice(0, SUMMARY_PROGRAMS).map(({ p }) => p.name)
          : null;
        return { name: d.dimension.name, count: d.programs.length, programs: largest ?? d.programs.map((p) => p.name), largest: largest !== null };
      }),
      shown: SUMMARY_PROGRAMS,
    }),
  },
  'buku/ringkas-quick-win': {
    compose: (ctx) => {
      const table = tables.quickWinsSummaryTable(ctx.model);
      return [...ctx.narrative('quick-win/ringkasan', { tableId: idOf(table), figureId: null }), ...maybe(table)];
    },
  },
  'buku/ringkas-langkah': { compose: (ctx) => ctx.narrative('penutup/tindak-lanjut') },
};
