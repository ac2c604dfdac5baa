/**
 * Quick wins as Kominfo evaluates them: the risk register's levels and bands, and the ten
 * criteria (INPUT-FORMAT.md "QuickWins"). Levels are small integers (likelihood × impact,
 * 1–25), so no decimal arithmetic is involved here; criteria means live in progress.ts.
 */

/** The ten quick-win criteria, in the order of Kominfo's form. */
export const QUICK_WIN_CRITERIA = [
  'innovation', 'appeal', 'benefit', 'uniqueness', 'partnership',
  'potential', 'continuity', 'resources', 'risk_management', 'sustainability',
] as const;
export type QuickWinCriterion = (typeof QUICK_WIN_CRITERIA)[number];

/** Their Indonesian names, as the evaluation form writes them. */
export const CRITERION_NAMES: Record<QuickWinCriterion, string> = {
  innovation: 'Perumusan Inovasi',
  appeal: 'Daya Tarik',
  benefit: 'Manfaat',
  uniqueness: 'Keunikan',
  partnership: 'Peluang Kemitraan',
  potential: 'Potensi Pengembangan',
  continuity: 'Kesinambungan',
  resources: 'Sumber Daya',
  risk_management: 'Manajemen Risiko',
  sustainability: 'Keberlanjutan',
};

export type RiskBandKey = 'very_low' | 'low' | 'medium' | 'high' | 'very_high';

/** A band covers the levels from the previous band's `max` + 1 up to its own `max`. */
export interface RiskBand {
  key: RiskBandKey;
  name: string;
  max: number;
}

/**
 * The bands after the SPBE risk-management guideline as far as it could be read
 * (INPUT-FORMAT.md): 1–5, 6–10, 11–15, 16–20, 21–25. Not confirmed, so every function
 * that bands a level takes the bands as a parameter; this is only the default.
 */
export const DEFAULT_RISK_BANDS: readonly RiskBand[] = [
  { key: 'very_low', name: 'Sangat Rendah', max: 5 },
  { key: 'low', name: 'Rendah', max: 10 },
  { key: 'medium', name: 'Sedang', max: 15 },
  { key: 'high', name: 'Tinggi', max: 20 },
  { key: 'very_high', name: 'Sangat Tinggi', max: 25 },
];

/** A risk's level: likelihood × impact (each 1–5, validated), 1–25. */
export function riskLevel(likelihood: number, impact: number): number {
  return likelihood * impact;
}

/** The band of a level: the first band whose `max` is at least the level (bands ascending). */
export function riskBand(level: number, bands: readonly RiskBand[] = DEFAULT_RISK_BANDS): RiskBand {
  for (const band of bands) if (level <= band.max) return band;
  return bands[bands.length - 1];
}

export interface Risk {
  risk: string;
  likelihood: number;
  impact: number;
  /** Derived once: likelihood × impact. */
  level: number;
  band: RiskBand;
  mitigation?: string;
  ownerId?: string;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
/** A validated risk row → the model's risk, with its level and band. */
export function buildRisk(r: any, bands: readonly RiskBand[] = DEFAULT_RISK_BANDS): Risk {
  const level = riskLevel(r.likelihood, r.impact);
  const risk: Risk = { risk: r.risk, likelihood: r.likelihood, impact: r.impact, level, band: riskBand(level, bands) };
  if (r.mitigation !== undefined) risk.mitigation = r.mitigation;
  if (r.owner !== undefined) risk.ownerId = r.owner;
  return risk;
}

/** The criteria answered, in form order, with their text. */
export function answeredCriteria(criteria: Partial<Record<QuickWinCriterion, string>> | undefined): { criterion: QuickWinCriterion; text: string }[] {
  return QUICK_WIN_CRITERIA.filter((c) => criteria?.[c] !== undefined && criteria[c]!.trim() !== '').map((c) => ({ criterion: c, text: criteria![c]! }));
}

/** The criteria not answered (absent or blank), in form order. */
export function missingCriteria(criteria: Partial<Record<QuickWinCriterion, string>> | undefined): QuickWinCriterion[] {
  return QUICK_WIN_CRITERIA.filter((c) => criteria?.[c] === undefined || criteria[c]!.trim() === '');
}
