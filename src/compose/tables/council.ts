import type { Member } from '../../model/types.js';
import type { Table } from '../tree.js';
import { headRow, noCell, t, textCell } from './cells.js';

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * Dewan Smart City / Tim Pelaksana (No | Nama | Jabatan | Peran); undefined when empty.
 * The id defaults to "tbl-" + the caption in kebab case (e.g. "tbl-dewan-smart-city").
 */
export function councilTable(members: Member[], caption: string, id = `tbl-${slug(caption)}`): Table | undefined {
  if (members.length === 0) return undefined;
  return {
    kind: 'table',
    id,
    number: '',
    caption: [t(caption)],
    columns: [{ width: 5, align: 'center' }, { width: 25 }, { width: 50 }, { width: 20 }],
    head: [headRow(['No', 'Nama', 'Jabatan', 'Peran'])],
    body: members.map((m, i) => [noCell(i + 1), textCell(m.name), textCell(m.position), textCell(m.role ?? '-')]),
  };
}
