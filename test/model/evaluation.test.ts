import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { meanTenThousandths } from '../../src/model/evaluation.js';
import { formatIndex } from '../../src/model/progress.js';
import { DEFAULT_RISK_BANDS, riskBand, riskLevel, type RiskBand } from '../../src/model/quick-win-evaluation.js';
import { loadFiles, minimal, validateFiles } from '../_helpers/project.js';
import { GOVERNANCE, PROGRESS } from './progress-fixture.js';

describe('risk levels and bands', () => {
  it('level = likelihood × impact, 1 to 25', () => {
    expect(riskLevel(1, 1)).toBe(1);
    expect(riskLevel(2, 3)).toBe(6);
    expect(riskLevel(5, 5)).toBe(25);
  });

  it('bands at their edges: 5|6, 10|11, 15|16, 20|21', () => {
    const band = (level: number) => riskBand(level).key;
    expect([1, 5, 6, 10, 11, 15, 16, 20, 21, 25].map(band)).toEqual([
      'very_low', 'very_low', 'low', 'low', 'medium', 'medium', 'high', 'high', 'very_high', 'very_high',
    ]);
    expect(riskBand(riskLevel(4, 4)).name).toBe('Tinggi');
  });

  it('bands are a parameter: three bands 1–4, 5–12, 13–25', () => {
    const three: RiskBand[] = [
      { key: 'low', name: 'Rendah', max: 4 }, { key: 'medium', name: 'Sedang', max: 12 }, { key: 'high', name: 'Tinggi', max: 25 },
    ];
    expect([4, 5, 12, 13].map((l) => riskBand(l, three).key)).toEqual(['low', 'medium', 'medium', 'high']);
    expect(DEFAULT_RISK_BANDS.map((b) => b.max)).toEqual([5, 10, 15, 20, 25]);
  });
});

describe('means in exact hundredths', () => {
  it('floors to ten-thousandths so the half-up display is exact', () => {
    // (3.25 + 3.50 + 2.76) / 3 = 9.51 / 3 = 3.17 exactly
    expect(meanTenThousandths([325, 350, 276])).toBe(31700);
    // (3.33 + 3.34) / 2 = 3.335 → "3,34" half-up (binary floats make 3.335 → 3.33)
    expect(meanTenThousandths([333, 334])).toBe(33350);
    expect(formatIndex(meanTenThousandths([333, 334])!)).toBe('3,34');
    expect(meanTenThousandths([])).toBeUndefined();
  });
});

/** The hand fixture with action groups: gov-01 policy, gov-02 sdm, gov-03 and gov-04 ungrouped (2024). */
const GROUPED = GOVERNANCE
  .replace('    name: Portal layanan terpadu\n', '    name: Portal layanan terpadu\n    action: policy\n')
  .replace('    name: Sistem perizinan\n', '    name: Sistem perizinan\n    action: sdm\n');

const QUICK_WIN_RISKS: [string, string][] = [['    indicators:', `    risks:
      - {risk: Server down, likelihood: 4, impact: 4, owner: diskominfo}
      - {risk: Data terlambat, likelihood: 3, impact: 2}
    indicators:`]];

const EVALUATION = PROGRESS
  .replace('    status: done\n    realized: {amount: 50000000', '    status: done\n    criteria_scores: {innovation: 3.25, appeal: 3.5, benefit: 2.76}\n    realized: {amount: 50000000')
  .replace('assessment:', `outputs:
  - {type: regulation, title: Perbup Masterplan, reference: Perbup 12/2024, status: done}
  - {type: institution, title: SK Tim Pelaksana}
survey:
  respondents: 50
  method: Kuesioner
  scores: {governance: 3.33}
assessment:`);

describe('a Progress year with the evaluation fields (hand-computed)', async () => {
  const files = await minimal({ 'governance.yaml': GROUPED, 'quick-wins.yaml': QUICK_WIN_RISKS });
  files['progress.yaml'] = EVALUATION;
  const model = buildModel(await loadFiles(files));
  const y = model.progress[0];

  it('validates without errors', async () => {
    expect((await validateFiles(files)).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('carries the risk register with levels and bands', () => {
    expect(model.quickWins[0].risks.map((r) => [r.level, r.band.key, r.ownerId])).toEqual([[16, 'high', 'diskominfo'], [6, 'low', undefined]]);
  });

  it('realisation per action-plan group, every group then the ungrouped row', () => {
    // 2024 planned: gov-01 100 M (policy, realised 90 M, on_track); gov-02 250 M (sdm, 0, cancelled);
    // gov-03 300 M (none, unreported); gov-04 150 M (none, realised 160 M, done).
    expect(y.byAction.map((r) => [r.key, r.programs, r.planned, r.realized, r.implemented])).toEqual([
      ['policy', 1, 100_000_000, 90_000_000, 1],
      ['infrastructure', 0, 0, 0, 0],
      ['application', 0, 0, 0, 0],
      ['literacy', 0, 0, 0, 0],
      ['sdm', 1, 250_000_000, 0, 0],
      ['none', 2, 450_000_000, 160_000_000, 1],
    ]);
    expect(y.byAction.at(-1)!.label).toBe('Tanpa Kelompok');
  });

  it('the masterplan budget per group (all years): sdm 320 M, none 450 M', () => {
    // gov-02: 200 + 50 (2024) + 70 (2025); gov-03 300 + gov-04 150; gov-05 (2025, 80 M) is ungrouped too.
    expect(model.totals.byAction.map((r) => [r.key, r.programs, r.total])).toEqual([
      ['policy', 1, 100_000_000], ['infrastructure', 0, 0], ['application', 0, 0], ['literacy', 0, 0],
      ['sdm', 1, 320_000_000], ['none', 3, 530_000_000],
    ]);
  });

  it('criteria mean over the scored criteria only: (3.25 + 3.50 + 2.76) / 3 = 3.17', () => {
    const q = y.quickWins[0];
    expect(q.criteriaScores).toEqual([
      { criterion: 'innovation', hundredths: 325 }, { criterion: 'appeal', hundredths: 350 }, { criterion: 'benefit', hundredths: 276 },
    ]);
    expect(q.criteriaMeanTenThousandths).toBe(31700);
  });

  it('the outputs as written and the survey with its mean', () => {
    expect(y.outputs).toEqual([
      { type: 'regulation', title: 'Perbup Masterplan', reference: 'Perbup 12/2024', status: 'done' },
      { type: 'institution', title: 'SK Tim Pelaksana' },
    ]);
    expect(y.survey).toEqual({
      respondents: 50, method: 'Kuesioner', scores: [{ dimensionId: 'governance', label: 'Smart Governance', hundredths: 333 }], meanTenThousandths: 33300,
    });
  });
});
