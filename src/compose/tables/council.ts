import type { Member } from '../../model/types.js';
import type { Cell, Table } from '../tree.js';
import { headRow, lines, noCell, t, textCell } from './cells.js';

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * Dewan Smart City / Tim Pelaksana (No | Nama | Jabatan | Peran), with OPD (the member's agency) and Tugas
 * columns when any member has an agency or duties; undefined when empty. `agencyLabel` names an
 * agency id (the short name). The id defaults to "tbl-" + the caption in kebab case.
 */
export function councilTable(
  members: Member[],
  caption: string,
  id = `tbl-${slug(caption)}`,
  agencyLabel: (agencyId: string) => string = (x) => x,
): Table | undefined {
  if (members.length === 0) return undefined;
  const detailed = members.some((m) => m.agencyId !== undefined || m.duties.length > 0);
  if (!detailed) {
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
  const duties = (m: Member): Cell => ({ content: m.duties.length > 0 ? lines(m.duties) : [t('-')] });
  return {
    kind: 'table',
    id,
    number: '',
    caption: [t(caption)],
    // "OPD", as in the program tables: "Perangkat Daerah" breaks mid-word in a column this narrow.
    columns: [{ width: 4, align: 'center' }, { width: 15 }, { width: 21 }, { width: 19 }, { width: 14 }, { width: 27 }],
    head: [headRow(['No', 'Nama', 'Jabatan', 'OPD', 'Peran', 'Tugas'])],
    body: members.map((m, i) => [
      noCell(i + 1),
      textCell(m.name),
      textCell(m.position),
      textCell(m.agencyId !== undefined ? agencyLabel(m.agencyId) : '-'),
      textCell(m.role ?? '-'),
      duties(m),
    ]),
  };
}
