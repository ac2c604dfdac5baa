/**
 * The yearly monitoring and evaluation report (Laporan Monev) as a document tree: one ProgressYear of
 * `model.progress` → cover, Kata Pengantar (signed as the books' is), Daftar Isi / Daftar Tabel (/ Daftar Gambar), then one BAB per part of the report.
 * Every figure comes from the model (ProgressYear and its helpers); nothing is re-added here. Narrative text
 * comes from `templates/<lang>/monev/*.md.hbs`; text from the YAML (obstacles, follow-ups, evidence) is
 * verbatim. Headings, captions and refs are numbered by the book's own `numberChapters`.
 */
import { formatRealisation } from '../../model/progress.js';
import type { Model, ProgressYear } from '../../model/types.js';
import { forewordBlocks } from '../book/front.js';
import { numberChapters } from '../book/index.js';
import { fileSlug, regionFullName } from '../book/names.js';
import type { View } from '../book/view.js';
import { identifiersOf } from '../identifiers.js';
import { markdownToBlocks } from '../markdown.js';
import { needsLandscape } from '../page-fit.js';
import type { Templates } from '../templates.js';
import { actionTable, criteriaScoreTable, outputTable, surveyFigure, surveyTable } from './evaluation.js';
import { monevView, percentWords } from './view.js';
import type { Block, DocMeta, DocTree, Section } from '../tree.js';
import {
  dimensionFigure, dimensionTable, evidenceList, heading, indexTable, obstacleTable, programTable, quickWinTable, table, unreportedTable,
} from './tables.js';

export { percentWords };
export { COMPONENT_NAMES } from './tables.js';

/** `Laporan-Monev-Smart-City-Kabupaten-Kotawaringin-Timur-2023.docx` (the region as in the book's name). */
export function monevFileName(model: Pick<Model, 'region'>, year: number): string {
  return `Laporan-Monev-Smart-City-${fileSlug(regionFullName(model.region))}-${year}.docx`;
}

export function composeMonev(model: Model, y: ProgressYear, templates: Templates): DocTree {
  const full = regionFullName(model.region);
  const header = `Laporan Monitoring dan Evaluasi Smart City ${full} Tahun ${y.year}`;

  const dimensionFig = dimensionFigure(y);
  const dimTable = dimensionTable(y);
  const programDims = y.byDimension
    .map((d) => ({ d, programs: y.programs.filter((p) => p.program.dimensionId === d.key) }))
    .filter((g) => g.programs.length > 0);
  const qwTable = y.quickWins.length > 0 ? quickWinTable(model, y) : undefined;
  const obstacles = obstacleTable(y);
  const evidence = evidenceList(y);
  const unreported = unreportedTable(model, y);
  const index = indexTable(y);
  const outputs = outputTable(y);
  const actions = actionTable(y);
  const survey = surveyTable(y);
  const surveyFig = surveyFigure(y);
  const criteria = criteriaScoreTable(y);

  const view = monevView(model, y, {
    dimensionTableId: dimTable.id,
    dimensionFigureId: dimensionFig?.id ?? null,
    quickWinTableId: qwTable?.id ?? null,
    obstacleTableId: obstacles?.id ?? null,
    unreportedTableId: unreported?.id ?? null,
    indexTableId: index?.id ?? null,
    outputTableId: outputs?.id ?? null,
    actionTableId: actions.id,
    surveyTableId: survey?.id ?? null,
    surveyFigureId: surveyFig?.id ?? null,
    criteriaTableId: criteria?.id ?? null,
  });
  const narrative = (name: string, extra: View = {}) => markdownToBlocks(templates.render(`monev/${name}`, { ...view, ...extra }));

  // One chapter per component of Kominfo's evaluation form, in the form's order, then the index.
  const chapters: { title: string; blocks: Block[]; landscape?: boolean }[] = [];
  chapters.push({ title: 'RINGKASAN EKSEKUTIF', blocks: narrative('ringkasan') });
  chapters.push({
    title: 'BASELINE: RENCANA DAN REALISASI PROGRAM',
    blocks: [
      ...narrative('program'),
      ...programDims.flatMap(({ d, programs }) => [
        heading(2, `Dimensi ${d.label}`),
        ...narrative('program-dimensi', { dimension: { name: d.label, programs: d.programs, realisation: formatRealisation(d), planned: d.planned, realized: d.realized } }),
        programTable(model, y, d, programs),
      ]),
      heading(2, 'Program yang Direncanakan tetapi Tidak Dilaporkan'),
      ...narrative('tidak-dilaporkan'),
      ...(unreported ? [unreported] : []),
    ],
    landscape: true,
  });
  chapters.push({ title: 'OUTPUT: KEBIJAKAN, KELEMBAGAAN DAN ANGGARAN', blocks: [...narrative('output'), ...(outputs ? [outputs] : [])] });
  chapters.push({
    title: 'OUTCOME: PELAKSANAAN MASTERPLAN',
    blocks: [
      heading(2, 'Realisasi per Dimensi'), ...narrative('dimensi'), dimTable, ...(dimensionFig ? [dimensionFig] : []),
      heading(2, 'Realisasi per Kelompok Rencana Aksi'), ...narrative('rencana-aksi'), actions,
    ],
  });
  chapters.push({ title: 'DAMPAK: SURVEI WARGA', blocks: [...narrative('dampak'), ...(survey ? [survey] : []), ...(surveyFig ? [surveyFig] : [])] });
  chapters.push({
    title: 'QUICK WIN',
    blocks: [...narrative('quick-win'), ...(qwTable ? [qwTable] : []), ...(criteria ? [...narrative('kriteria-quick-win'), criteria] : [])],
    landscape: true,
  });
  chapters.push({ title: 'KENDALA DAN TINDAK LANJUT', blocks: [...narrative('kendala'), ...(obstacles ? [obstacles] : [])] });
  chapters.push({ title: 'BUKTI DUKUNG', blocks: [...narrative('bukti-dukung', { hasEvidence: evidence.length > 0 }), ...evidence] });
  if (index) chapters.push({ title: 'INDEKS SMART CITY', blocks: [...narrative('indeks'), index] });

  const numbered = chapters.map((c, i) => {
    const number = String(i + 1);
    // A chapter is one section: it goes landscape whole for a table only a landscape page fits (issue 17).
    const landscape = c.landscape || c.blocks.some((b) => b.kind === 'table' && needsLandscape(model, b));
    const section: Section = {
      kind: 'section', orientation: landscape ? 'landscape' : 'portrait', pageNumbers: 'arabic', restart: i === 0, header,
      blocks: [heading(1, c.title, `bab-${number}`, number), ...c.blocks],
    };
    return { number, sections: [section] };
  });
  numberChapters(numbered);
  const body = numbered.flatMap((c) => c.sections);
  const has = (kind: 'table' | 'figure') => body.some((s) => s.blocks.some((b) => b.kind === kind && b.number !== ''));

  const upper = full.toLocaleUpperCase('id-ID');
  const date = y.asOf ?? model.masterplan.documentDate;
  const cover: Section = {
    kind: 'section', orientation: 'portrait', pageNumbers: 'none', restart: false,
    blocks: [{
      kind: 'cover',
      title: ['LAPORAN MONITORING DAN EVALUASI', 'MASTERPLAN SMART CITY', upper],
      subtitle: `Masterplan Smart City Tahun ${model.masterplan.period.start}–${model.masterplan.period.end}`,
      period: `TAHUN ${y.year}`,
      footer: [`PEMERINTAH ${upper}`, `PROVINSI ${model.region.province.toLocaleUpperCase('id-ID')}`, date.slice(0, 4)],
    }],
  };
  const front: Section = {
    kind: 'section', orientation: 'portrait', pageNumbers: 'roman', restart: true, header,
    blocks: [
      // The books' foreword and signature, in words of a yearly report, dated as the report is (its cover's date).
      ...forewordBlocks(model, templates, 'monev/kata-pengantar', view, date),
      { kind: 'toc', title: 'DAFTAR ISI' },
      ...(has('table') ? [{ kind: 'listOfTables' as const, title: 'DAFTAR TABEL' }] : []),
      ...(has('figure') ? [{ kind: 'listOfFigures' as const, title: 'DAFTAR GAMBAR' }] : []),
    ],
  };
  const meta: DocMeta = {
    title: `Laporan Monitoring dan Evaluasi Masterplan Smart City ${full} Tahun ${y.year}`,
    subject: `Monitoring dan Evaluasi Masterplan Smart City ${model.masterplan.period.start}–${model.masterplan.period.end}, Tahun ${y.year}`,
    author: full,
    date,
    language: 'id-ID',
    style: model.masterplan.style,
    labels: { page: 'Halaman', table: 'Tabel', figure: 'Gambar', chapter: 'BAB' },
    identifiers: identifiersOf(model),
  };
  return { meta, sections: [cover, front, ...body] };
}
