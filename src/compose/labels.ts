/**
 * Indonesian domain labels (DOMAIN.md) in one place, shared by the book and the workbook.
 */
import type { Horizon, IndicatorLevel, Model, Pillar, Polarity } from '../model/types.js';

/** The action-plan groups (kelompok rencana aksi): named in the model, which labels its per-group rows. */
export { ACTION_GROUP_NAMES as ACTION_NAMES } from '../model/action-groups.js';

/** Program horizons. */
export const HORIZON_NAMES: Record<Horizon, string> = {
  short: 'Jangka Pendek',
  medium: 'Jangka Menengah',
  long: 'Jangka Panjang',
};

/** Readiness pillars (analisis kesiapan daerah). */
export const PILLAR_NAMES: Record<Pillar, string> = {
  structure: 'Struktur',
  infrastructure: 'Infrastruktur',
  superstructure: 'Suprastruktur',
};

/** Indicator levels of the results chain, in Indonesian like the program tables' Keluaran / Hasil. */
export const LEVEL_NAMES: Record<IndicatorLevel, string> = {
  output: 'Keluaran',
  outcome: 'Hasil',
  impact: 'Dampak',
};

/** Short polarity label for tables. */
export const POLARITY_NAMES: Record<Polarity, string> = {
  up: 'Naik',
  down: 'Turun',
};

/** SWOT quadrant titles. */
export const SWOT_NAMES = {
  strengths: 'Kekuatan (Strengths)',
  weaknesses: 'Kelemahan (Weaknesses)',
  opportunities: 'Peluang (Opportunities)',
  threats: 'Ancaman (Threats)',
} as const;

/** SWOT strategy titles. */
export const SWOT_STRATEGY_NAMES = {
  so: 'Strategi S-O (Kekuatan–Peluang)',
  wo: 'Strategi W-O (Kelemahan–Peluang)',
  st: 'Strategi S-T (Kekuatan–Ancaman)',
  wt: 'Strategi W-T (Kelemahan–Ancaman)',
} as const;

/** An agency's full name (else its short name, else its id). */
export function agencyName(model: Model, id: string): string {
  const a = model.agencies.get(id);
  return a?.name ?? a?.short ?? id;
}

/** An agency's short name (else its name, else its id). */
export function agencyShort(model: Model, id: string): string {
  const a = model.agencies.get(id);
  return a?.short ?? a?.name ?? id;
}

/** A dimension's name by id (else the id). */
export function dimensionName(model: Model, id: string): string {
  return model.framework.find((d) => d.id === id)?.name ?? id;
}

/** An element's name by id within a dimension (else the id). */
export function elementName(model: Model, dimensionId: string, elementId: string): string {
  return model.framework.find((d) => d.id === dimensionId)?.elements.find((e) => e.id === elementId)?.name ?? elementId;
}

/** "Kabupaten Kotawaringin Timur" / "Kota Bogor". */
export function regionTitle(model: Model): string {
  return `${model.region.type === 'kota' ? 'Kota' : 'Kabupaten'} ${model.region.name}`;
}

/** "2023–2032". */
export function periodText(model: Model): string {
  return `${model.masterplan.period.start}–${model.masterplan.period.end}`;
}
