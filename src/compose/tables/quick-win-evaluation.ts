/**
 * The quick win as Kominfo evaluates it: its answers to the ten criteria and its risk register.
 * Risks are coded R1, R2, … across all quick wins in model order, so the risk matrix figure
 * (figures/risk-matrix.ts) can place every risk by its code.
 */
import { CRITERION_NAMES, QUICK_WIN_CRITERIA } from '../../model/quick-win-evaluation.js';
import type { Risk } from '../../model/quick-win-evaluation.js';
import type { Model, QuickWin } from '../../model/types.js';
import { agencyShort } from '../labels.js';
import type { Cell, Table } from '../tree.js';
import { headRow, noCell, paraCell, textCell } from './cells.js';

/** A risk with its register code ("R3") and its quick win. */
export interface CodedRisk {
  code: string;
  quickWin: QuickWin;
  risk: Risk;
}

/** Every quick win's risks, coded in model order (quick wins, then each register's rows). */
export function codedRisks(model: Model): CodedRisk[] {
  const out: CodedRisk[] = [];
  for (const quickWin of model.quickWins) for (const risk of quickWin.risks) out.push({ code: `R${out.length + 1}`, quickWin, risk });
  return out;
}

/** The band's heat shade: the cell colour of the band in the register and the matrix. */
export function bandShade(risk: Pick<Risk, 'band'>): Cell['shade'] {
  return `risk-${risk.band.key}` as Cell['shade'];
}

/**
 * One quick win's answers to the ten criteria (No | Kriteria | Uraian), in the form's order; a
 * criterion not answered says so rather than being left out, since the assessor scores all ten.
 * Undefined when none is answered.
 */
export function criteriaTable(qw: QuickWin): Table | undefined {
  if (!QUICK_WIN_CRITERIA.some((c) => qw.criteria[c])) return undefined;
  return {
    kind: 'table',
    id: `tbl-kriteria-${qw.id}`,
    number: '',
    caption: [{ kind: 'text', text: `Sepuluh Kriteria Quick Win ${qw.acronym ?? qw.name}` }],
    columns: [{ width: 5, align: 'center' }, { width: 25 }, { width: 70 }],
    head: [headRow(['No', 'Kriteria', 'Uraian'])],
    body: QUICK_WIN_CRITERIA.map((c, i) => [
      noCell(i + 1),
      textCell(CRITERION_NAMES[c], { bold: true }),
      qw.criteria[c] ? paraCell(qw.criteria[c]) : textCell('Belum dijawab', { align: 'left' }),
    ]),
  };
}

/**
 * One quick win's risk register: Kode | Risiko | K (kemungkinan) | D (dampak) | Tingkat | Kategori | Mitigasi | Pemilik,
 * where the level is likelihood × impact and the category its band, shaded. Undefined without risks.
 */
export function riskRegisterTable(model: Model, qw: QuickWin, coded: readonly CodedRisk[]): Table | undefined {
  const rows = coded.filter((c) => c.quickWin === qw);
  if (rows.length === 0) return undefined;
  return {
    kind: 'table',
    id: `tbl-risiko-${qw.id}`,
    number: '',
    caption: [{ kind: 'text', text: `Register Risiko Quick Win ${qw.acronym ?? qw.name}` }],
    columns: [
      { width: 6, align: 'center' }, { width: 20 }, { width: 6, align: 'center' }, { width: 6, align: 'center' },
      { width: 10, align: 'center' }, { width: 13, align: 'center' }, { width: 25 }, { width: 14 },
    ],
    head: [headRow(['Kode', 'Risiko', 'K', 'D', 'Tingkat', 'Kategori', 'Mitigasi', 'Pemilik Risiko'])],
    body: rows.map(({ code, risk }) => [
      textCell(code, { align: 'center' }),
      textCell(risk.risk),
      textCell(String(risk.likelihood), { align: 'center' }),
      textCell(String(risk.impact), { align: 'center' }),
      textCell(String(risk.level), { align: 'center', bold: true }),
      textCell(risk.band.name, { align: 'center', shade: bandShade(risk) }),
      risk.mitigation ? paraCell(risk.mitigation) : textCell('-'),
      textCell(risk.ownerId ? agencyShort(model, risk.ownerId) : '-'),
    ]),
    note: [{ kind: 'text', text: 'K = kemungkinan, D = dampak (skala 1–5 masing-masing); tingkat risiko = K × D.' }],
    dense: true,
  };
}
