import type { Model, Program } from '../../model/types.js';
import { regionTitle } from '../labels.js';
import type { Cell, Table } from '../tree.js';
import { headRow, noCell, sourceNote, t, textCell } from './cells.js';

/** Programs that take part in a sequence: with dependencies, depended on, or with milestones; in model order. */
export function sequencedPrograms(model: Model): Program[] {
  const needed = new Set(model.programs.flatMap((p) => p.dependsOn));
  return model.programs.filter((p) => p.dependsOn.length > 0 || p.milestones.length > 0 || needed.has(p.id));
}

/** "2024–2027", or one year. */
export function yearsText(p: Program): string {
  const first = p.years[0];
  const last = p.years[p.years.length - 1];
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * BAB VI: the sequence (No | Program | Tahun | Bergantung pada | Tonggak Capaian), one row per
 * program of sequencedPrograms. Undefined when no program has dependencies or milestones.
 */
export function sequenceTable(model: Model): Table | undefined {
  const programs = sequencedPrograms(model);
  if (programs.length === 0) return undefined;
  const names = new Map(model.programs.map((p) => [p.id, p]));
  const body: Cell[][] = programs.map((p, i) => [
    noCell(i + 1),
    textCell(p.name),
    textCell(yearsText(p), { align: 'center' }),
    p.dependsOn.length > 0
      ? { content: p.dependsOn.flatMap((id, j) => [...(j > 0 ? [{ kind: 'break' } as const] : []), t(`${names.get(id)?.name ?? id} (${names.get(id) ? yearsText(names.get(id)!) : '-'})`)]) }
      : textCell('-'),
    p.milestones.length > 0
      ? { content: p.milestones.flatMap((m, j) => [...(j > 0 ? [{ kind: 'break' } as const] : []), t(`${m.year}: ${m.text}`)]) }
      : textCell('-'),
  ]);
  return {
    kind: 'table',
    id: 'tbl-urutan-program',
    number: '',
    caption: [t('Urutan Program dan Tonggak Capaian')],
    columns: [{ width: 4, align: 'center' }, { width: 28 }, { width: 10, align: 'center' }, { width: 26 }, { width: 32 }],
    head: [headRow(['No', 'Program', 'Tahun', 'Bergantung pada', 'Tonggak Capaian'])],
    body,
    note: sourceNote(`Hasil perumusan Tim Pelaksana Smart City ${regionTitle(model)}`),
    dense: true,
  };
}
