/**
 * Built-in section composers, by `<chapter>/<section>` id: the narrative template of the section plus the
 * tables the model gives it. A composer that writes its own level-2 headings (one per dimension, one per
 * quick win) says so with `ownHeadings`; otherwise the assembler writes the section's heading.
 */
import type { Block, Figure, Table } from '../tree.js';
import * as tables from '../tables/index.js';
import { agencyShort, PILLAR_NAMES } from '../labels.js';
import { heading, type Piece, type SectionCtx } from './context.js';
import { dimensionView, quickWinView } from './view.js';
import { BOOK_SECTIONS } from '../books/sections.js';
import { actionRows } from '../figures/action-plan.js';
import { DEFAULT_RISK_BANDS, type RiskBand } from '../../model/quick-win-evaluation.js';

export interface SectionComposer {
  ownHeadings?: boolean;
  compose(ctx: SectionCtx): Piece[];
}

const maybe = (t: Table | Figure | undefined): Block[] => (t ? [t] : []);
const plain = (name: string): SectionComposer => ({ compose: (ctx) => ctx.narrative(name) });

export const SECTION_COMPOSERS: Record<string, SectionComposer> = {
  // The book set's own sections (buku/<id>), beside the single volume's below.
  ...BOOK_SECTIONS,
  'pendahuluan/latar-belakang': plain('pendahuluan/latar-belakang'),
  'pendahuluan/maksud-tujuan': plain('pendahuluan/maksud-tujuan'),
  'pendahuluan/ruang-lingkup': plain('pendahuluan/ruang-lingkup'),
  'pendahuluan/dasar-hukum': plain('pendahuluan/dasar-hukum'),
  'pendahuluan/sistematika': {
    compose: (ctx) => ctx.narrative('pendahuluan/sistematika', {
      chapters: ctx.view.outlineChapters,
    }),
  },

  'gambaran-umum/geografi': plain('gambaran-umum/geografi'),
  'gambaran-umum/demografi': plain('gambaran-umum/demografi'),
  'gambaran-umum/ekonomi': plain('gambaran-umum/ekonomi'),
  'gambaran-umum/statistik': {
    compose: (ctx) => {
      const table = tables.statisticsTable(ctx.model);
      return [...ctx.narrative('gambaran-umum/statistik', { hasTable: Boolean(table), tableId: table?.id ?? null }), ...maybe(table)];
    },
  },
  'gambaran-umum/rpjmd': plain('gambaran-umum/rpjmd'),

  'analisis-kesiapan/kesiapan': {
    compose: (ctx) => {
      const fig = ctx.figure('kesiapan');
      // Without a single score the narrative does not announce scores in the tables.
      const hasScores = (ctx.model.gapAnalysis?.readiness ?? []).some((r) => r.items.some((i) => i.score !== undefined));
      const out: Piece[] = [...ctx.narrative('analisis-kesiapan/kesiapan', { figureId: fig?.id ?? null, hasScores }), ...maybe(fig)];
      for (const r of ctx.model.gapAnalysis?.readiness ?? []) {
        out.push(heading(3, PILLAR_NAMES[r.pillar]));
        const table = tables.readinessTable(ctx.model, r);
        out.push(...ctx.text(r.summary));
        if (table) out.push(...ctx.narrative('analisis-kesiapan/pilar', { pillar: PILLAR_NAMES[r.pillar], tableId: table.id }), table);
      }
      return out;
    },
  },
  'analisis-kesiapan/kesenjangan': {
    compose: (ctx) => {
      const table = tables.gapTable(ctx.model);
      const fig = ctx.figure('kesenjangan');
      // Seven text columns: readable only on a landscape page.
      return [
        ...ctx.narrative('analisis-kesiapan/kesenjangan', { tableId: table?.id ?? null, figureId: fig?.id ?? null }),
        ...maybe(fig),
        { kind: 'landscape', blocks: maybe(table) },
      ];
    },
  },
  'analisis-kesiapan/swot': {
    compose: (ctx) => {
      const swot = ctx.model.gapAnalysis?.swot;
      if (!swot) return ctx.narrative('analisis-kesiapan/swot', { tableId: null, strategyTableId: null });
      const matrix = tables.swotTable(swot);
      const strategies = tables.swotStrategyTable(swot);
      return [
        ...ctx.narrative('analisis-kesiapan/swot', { tableId: matrix?.id ?? null, strategyTableId: strategies?.id ?? null }),
        ...maybe(matrix),
        ...maybe(strategies),
      ];
    },
  },

  'strategi/visi': plain('strategi/visi'),
  'strategi/dimensi': {
    ownHeadings: true,
    compose: (ctx) => ctx.model.dimensions.flatMap((d) => {
      const table = tables.strategyTable(d);
      return [
        heading(2, `Strategi ${d.dimension.name}`),
        ...ctx.narrative('strategi/dimensi', { dimension: dimensionView(d), tableId: table?.id ?? null }),
        ...ctx.text(d.goal),
        ...maybe(table),
      ];
    }),
  },

  'rencana-program/ringkasan': {
    compose: (ctx) => {
      const fig = ctx.figure('program-jangka');
      return [...ctx.narrative('rencana-program/ringkasan', { figureId: fig?.id ?? null }), ...maybe(fig)];
    },
  },
  'rencana-program/dimensi': {
    ownHeadings: true,
    compose: (ctx) => ctx.model.dimensions.flatMap((d) => {
      const table = tables.programTable(ctx.model, d);
      return [
        heading(2, `Program ${d.dimension.name}`),
        ...ctx.narrative('rencana-program/dimensi', { dimension: dimensionView(d), tableId: table?.id ?? null }),
        ...programDescriptions(ctx, d),
        { kind: 'landscape', blocks: maybe(table) },
      ];
    }),
  },

  'rencana-program/rencana-aksi': {
    compose: (ctx) => {
      const table = tables.actionSummaryTable(ctx.model);
      const fig = ctx.figure('anggaran-rencana-aksi');
      const out: Piece[] = [
        ...ctx.narrative('rencana-program/rencana-aksi', { tableId: table?.id ?? null, figureId: fig?.id ?? null, groups: actionView(ctx) }),
        ...maybe(table),
        ...maybe(fig),
      ];
      for (const group of actionRows(ctx.model)) {
        const programs = tables.actionProgramsTable(ctx.model, group.key);
        if (!programs) continue;
        out.push(heading(3, group.label), programs);
      }
      return out;
    },
  },

  'peta-jalan/anggaran': {
    compose: (ctx) => {
      const byDim = tables.budgetByDimensionTable(ctx.model);
      const bySource = tables.budgetBySourceTable(ctx.model);
      const byHorizon = tables.budgetByHorizonTable(ctx.model, tables.yearMoneyUnit(ctx.model));
      const dimFig = ctx.figure('anggaran-dimensi');
      const yearFig = ctx.figure('anggaran-tahun');
      const sourceFig = ctx.figure('sumber-dana');
      return [
        ...ctx.narrative('peta-jalan/anggaran', {
          dimensionTableId: byDim.id, sourceTableId: bySource.id, horizonTableId: byHorizon.id,
          dimensionFigureId: dimFig?.id ?? null, yearFigureId: yearFig?.id ?? null, sourceFigureId: sourceFig?.id ?? null,
        }),
        ...maybe(dimFig),
        ...maybe(yearFig),
        ...maybe(sourceFig),
        { kind: 'landscape', blocks: [byDim, bySource] },
        byHorizon,
      ];
    },
  },
  'peta-jalan/dimensi': {
    compose: (ctx) => {
      const roadmaps = ctx.model.dimensions.map((d) => tables.roadmapTable(ctx.model, d)).filter((t): t is Table => Boolean(t));
      return [
        ...ctx.narrative('peta-jalan/dimensi', { tableIds: roadmaps.map((t) => t.id) }),
        { kind: 'landscape', blocks: roadmaps },
      ];
    },
  },

  'peta-jalan/urutan': {
    compose: (ctx) => {
      const table = tables.sequenceTable(ctx.model);
      const fig = ctx.figure('urutan-program');
      const dependent = ctx.model.programs.filter((p) => p.dependsOn.length > 0).length;
      const withMilestones = ctx.model.programs.filter((p) => p.milestones.length > 0).length;
      return [
        ...ctx.narrative('peta-jalan/urutan', { tableId: table?.id ?? null, figureId: fig?.id ?? null, dependent, withMilestones }),
        ...maybe(fig),
        ...(table ? [{ kind: 'landscape' as const, blocks: [table] }] : []),
      ];
    },
  },

  'quick-win/ringkasan': {
    compose: (ctx) => {
      const table = tables.quickWinsSummaryTable(ctx.model);
      const fig = ctx.figure('jadwal-quick-win');
      return [...ctx.narrative('quick-win/ringkasan', { tableId: table?.id ?? null, figureId: fig?.id ?? null }), ...maybe(table), ...maybe(fig)];
    },
  },
  'quick-win/daftar': {
    ownHeadings: true,
    compose: (ctx) => {
      const coded = tables.codedRisks(ctx.model);
      // The first criteria table is introduced in full; the rest in a short sentence, so seven quick wins do not repeat one long one.
      let introduced = false;
      return ctx.model.quickWins.flatMap((q) => {
        const table = tables.quickWinTable(ctx.model, q);
        const criteria = tables.criteriaTable(q);
        const first = criteria !== undefined && !introduced;
        if (criteria) introduced = true;
        const risks = tables.riskRegisterTable(ctx.model, q, coded);
        return [
          heading(2, tables.quickWinTitle(q)),
          ...ctx.narrative('quick-win/rincian', { quickWin: quickWinView(q), tableId: table.id }),
          ...(q.description ? ctx.text(q.description) : []),
          table,
          ...(criteria ? [...ctx.narrative('quick-win/kriteria', { quickWin: quickWinView(q), tableId: criteria.id, first }), criteria] : []),
          ...(risks ? [...ctx.narrative('quick-win/register-risiko', { quickWin: quickWinView(q), tableId: risks.id, risks: q.risks.length }), risks] : []),
        ];
      });
    },
  },
  'quick-win/risiko': {
    compose: (ctx) => {
      const fig = ctx.figure('matriks-risiko');
      const coded = tables.codedRisks(ctx.model);
      const bands = DEFAULT_RISK_BANDS.map((b) => ({ name: b.name, from: bandFrom(b), to: b.max, count: coded.filter((c) => c.risk.band.key === b.key).length }));
      // Every risk at the highest level (ties are common on a 5×5 grid), in code order.
      const top = Math.max(0, ...coded.map((c) => c.risk.level));
      const highest = coded.filter((c) => c.risk.level === top);
      return [
        ...ctx.narrative('quick-win/risiko', {
          figureId: fig?.id ?? null, risks: coded.length, bands,
          highest: highest.length ? {
            level: top, band: highest[0].risk.band.name, count: highest.length,
            risks: highest.map((c) => ({ code: c.code, risk: c.risk.risk, quickWin: tables.quickWinTitle(c.quickWin) })),
          } : null,
        }),
        ...maybe(fig),
      ];
    },
  },

  'penutup/kesimpulan': plain('penutup/kesimpulan'),
  'penutup/tindak-lanjut': plain('penutup/tindak-lanjut'),

  'lampiran/tim': {
    compose: (ctx) => {
      const agency = (id: string) => agencyShort(ctx.model, id);
      const council = tables.councilTable(ctx.model.masterplan.team.council, 'Susunan Dewan Smart City', 'tbl-dewan', agency);
      const team = tables.councilTable(ctx.model.masterplan.team.implementers, 'Susunan Tim Pelaksana Smart City', 'tbl-tim-pelaksana', agency);
      return [...ctx.narrative('lampiran/tim', { councilTableId: council?.id ?? null, teamTableId: team?.id ?? null }), ...maybe(council), ...maybe(team)];
    },
  },
  'lampiran/indikator': {
    compose: (ctx) => {
      const table = tables.indicatorMatrixTable(ctx.model);
      return [...ctx.narrative('lampiran/indikator', { tableId: table?.id ?? null }), ...(table ? [{ kind: 'landscape' as const, blocks: [table] }] : [])];
    },
  },
  // The golden thread: what nothing answers is named in the text first, then every gap and strategy in the table.
  'lampiran/keterkaitan': {
    compose: (ctx) => {
      const table = tables.linkMatrixTable(ctx.model);
      return [...ctx.narrative('lampiran/keterkaitan', { tableId: table?.id ?? null }), ...(table ? [{ kind: 'landscape' as const, blocks: [table] }] : [])];
    },
  },
};

/** Each program's own description (free text from the YAML, verbatim), under its element. */
function programDescriptions(ctx: SectionCtx, d: Parameters<typeof tables.programTable>[1]): Block[] {
  const out: Block[] = [];
  for (const group of tables.programsByElement(d)) {
    const described = group.programs.filter((p) => p.description);
    if (described.length === 0) continue;
    out.push(heading(3, `Uraian Program Elemen ${group.name}`));
    for (const p of described) {
      out.push({ kind: 'paragraph', style: 'subheading', content: [{ kind: 'text', text: p.name }] });
      out.push(...ctx.text(p.description));
    }
  }
  return out;
}

/** The lowest level of a band: one above the previous band's top. */
function bandFrom(band: RiskBand): number {
  const i = DEFAULT_RISK_BANDS.indexOf(band);
  return i <= 0 ? 1 : DEFAULT_RISK_BANDS[i - 1].max + 1;
}

/** The action-plan groups for the narrative: name, programs and budget, SDM flagged. */
function actionView(ctx: SectionCtx) {
  return actionRows(ctx.model).map((r) => ({ key: r.key, name: r.label, programs: r.programs, total: r.total }));
}
