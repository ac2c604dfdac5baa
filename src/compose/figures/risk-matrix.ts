/**
 * The 5×5 risk matrix of all quick wins' risks (likelihood down the side, 5 at the top; impact
 * along the bottom), each cell shaded by the band of likelihood × impact and listing the codes of
 * the risks that fall in it (R1, R2, … as in the registers).
 *
 * Why a table-figure and not a native chart: the chart kinds Word draws natively here (column,
 * bar, line, pie, radar, Gantt) cannot colour a 5×5 background by band nor label points with
 * their codes; a bubble chart would only show counts, and readers of a risk form expect the
 * coloured grid with codes, as the SPBE guideline draws it. So the figure is a grid: a table
 * inside a numbered figure (Gambar), listed in Daftar Gambar like any chart.
 */
import { DEFAULT_RISK_BANDS, riskBand, riskLevel } from '../../model/quick-win-evaluation.js';
import type { Model } from '../../model/types.js';
import { codedRisks } from '../tables/quick-win-evaluation.js';
import type { Cell, Figure } from '../tree.js';

const LIKELIHOOD_NAMES = ['Hampir tidak terjadi', 'Jarang terjadi', 'Kadang terjadi', 'Sering terjadi', 'Hampir pasti terjadi'];
const IMPACT_NAMES = ['Tidak signifikan', 'Kecil', 'Sedang', 'Signifikan', 'Sangat signifikan'];

const text = (s: string, extra: Partial<Cell> = {}): Cell => ({ content: s ? [{ kind: 'text', text: s }] : [], align: 'center', ...extra });

export function riskMatrixFigure(model: Model): Figure | undefined {
  const risks = codedRisks(model);
  if (risks.length === 0) return undefined;
  const body: Cell[][] = [];
  for (let likelihood = 5; likelihood >= 1; likelihood--) {
    const row: Cell[] = [text(`${likelihood} ${LIKELIHOOD_NAMES[likelihood - 1]}`, { bold: true, align: 'left' })];
    for (let impact = 1; impact <= 5; impact++) {
      const level = riskLevel(likelihood, impact);
      const codes = risks.filter((r) => r.risk.likelihood === likelihood && r.risk.impact === impact).map((r) => r.code);
      row.push(text(codes.join(', '), { shade: `risk-${riskBand(level, DEFAULT_RISK_BANDS).key}` as Cell['shade'], bold: codes.length > 0 }));
    }
    body.push(row);
  }
  body.push([text('Kemungkinan / Dampak', { bold: true, shade: 'header' }), ...IMPACT_NAMES.map((n, i) => text(`${i + 1} ${n}`, { bold: true, shade: 'header' }))]);
  const counts = DEFAULT_RISK_BANDS.map((b) => ({ band: b, n: risks.filter((r) => r.risk.band.key === b.key).length })).filter((c) => c.n > 0);
  return {
    kind: 'figure',
    id: 'fig-matriks-risiko',
    number: '',
    caption: [{ kind: 'text', text: 'Matriks Risiko Quick Win' }],
    altText: `Matriks risiko 5×5 dari ${risks.length} risiko quick win menurut kemungkinan dan dampak: ${counts.map((c) => `${c.band.name.toLowerCase()} ${c.n}`).join(', ')}.`,
    grid: {
      columns: [{ width: 22 }, ...Array.from({ length: 5 }, () => ({ width: 15.6, align: 'center' as const }))],
      head: [],
      body,
    },
  };
}
