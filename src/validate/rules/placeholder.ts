import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js';
import { locate, type DataPath } from '../../load/locate.js';
import type { LoadedDocument } from '../../load/types.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/** Shorter texts ("Jumlah pengguna", "Masyarakat umum") repeat legitimately. */
export const PLACEHOLDER_MIN_LENGTH = 40;
/** Two places may share a sentence by design; three of the same kind look copied. */
export const PLACEHOLDER_MIN_COUNT = 3;
const MAX_PLACES_LISTED = 6;

interface Place {
  doc: LoadedDocument;
  path: DataPath;
  text: string;
}

/**
 * SC3095 (warning): the same free text (at least 40 characters, compared without case and
 * extra spaces) in three or more places of the same kind — quick-win backgrounds, objectives,
 * descriptions, beneficiaries; strategy descriptions; dimension goals; program descriptions;
 * indicator names. The sign of placeholder data filled in by copying. One warning per text,
 * at its first place, listing every place.
 */
export const placeholder: CrossFileRule = {
  name: 'placeholder',
  check(ctx) {
    const kinds = new Map<string, Map<string, Place[]>>();
    const add = (field: string, text: string | undefined, doc: LoadedDocument, path: DataPath) => {
      // Normalising only shortens a text, so shorter ones are skipped before any work (10,000 programs).
      if (text === undefined || text.length < PLACEHOLDER_MIN_LENGTH) return;
      const key = text.trim().replace(/\s+/g, ' ').toLowerCase();
      if (key.length < PLACEHOLDER_MIN_LENGTH) return;
      let byText = kinds.get(field);
      if (!byText) kinds.set(field, (byText = new Map()));
      const places = byText.get(key) ?? [];
      places.push({ doc, path, text });
      byText.set(key, places);
    };
    for (const { doc, data } of ctx.docs.QuickWins) {
      data.quick_wins.forEach((q, i) => {
        for (const field of ['background', 'objective', 'description', 'beneficiaries'] as const) add(`quick_wins[].${field}`, q[field], doc, ['quick_wins', i, field]);
        (q.indicators ?? []).forEach((ind, k) => add('indicators[].name', ind.name, doc, ['quick_wins', i, 'indicators', k, 'name']));
      });
    }
    for (const { doc, data } of ctx.docs.DimensionStrategy) {
      add('goal', data.goal, doc, ['goal']);
      (data.strategies ?? []).forEach((s, i) => add('strategies[].description', s.description, doc, ['strategies', i, 'description']));
      (data.programs ?? []).forEach((p, i) => {
        add('programs[].description', p.description, doc, ['programs', i, 'description']);
        (p.indicators ?? []).forEach((ind, k) => add('indicators[].name', ind.name, doc, ['programs', i, 'indicators', k, 'name']));
      });
    }
    const out: Diagnostic[] = [];
    for (const [field, byText] of kinds) {
      for (const places of byText.values()) {
        if (places.length < PLACEHOLDER_MIN_COUNT) continue;
        const locations: SourceLocation[] = places.map((p) => locate(p.doc, p.path));
        const listed = locations.slice(0, MAX_PLACES_LISTED).map((l) => `${l.file}:${l.start.line}`);
        if (locations.length > MAX_PLACES_LISTED) listed.push(`… (+${locations.length - MAX_PLACES_LISTED})`);
        const first = places[0].text.trim().replace(/\s+/g, ' ');
        const excerpt = first.length > 40 ? `${first.slice(0, 40)}…` : first;
        out.push(report('SC3095', { excerpt, count: places.length, field, places: listed.join(', ') }, places[0].doc, places[0].path, { related: locations.slice(1) }));
      }
    }
    return out;
  },
};
