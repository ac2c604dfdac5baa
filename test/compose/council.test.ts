import { describe, expect, it } from 'vitest';
import { councilTable } from '../../src/compose/tables/council.js';
import type { Cell, Inline } from '../../src/compose/tree.js';

const text = (c: Cell) => c.content.map((i: Inline) => (i.kind === 'text' ? i.text : i.kind === 'break' ? '\n' : '')).join('');

describe('councilTable with agencies and duties (issue 21)', () => {
  it('adds OPD and Tugas columns when a member has an agency or duties, naming the agency by its label', () => {
    const table = councilTable(
      [
        { name: 'Rafiq', position: 'Kepala Bappelitbangda', role: 'Ketua', agencyId: 'bappelitbangda', duties: ['Memimpin rapat', 'Menyusun laporan'] },
        { name: 'Multazam', position: 'Kepala Diskominfo', duties: [] },
      ],
      'Susunan Tim Pelaksana Smart City',
      'tbl-tim',
      (id) => (id === 'bappelitbangda' ? 'Bappelitbangda' : id),
    )!;
    expect(table.head[0].map(text)).toEqual(['No', 'Nama', 'Jabatan', 'OPD', 'Peran', 'Tugas']);
    expect(table.body.map((r) => r.map(text))).toEqual([
      ['1', 'Rafiq', 'Kepala Bappelitbangda', 'Bappelitbangda', 'Ketua', '• Memimpin rapat\n• Menyusun laporan'],
      ['2', 'Multazam', 'Kepala Diskominfo', '-', '-', '-'],
    ]);
    expect(table.columns.reduce((s, c) => s + c.width, 0)).toBe(100);
  });

  it('keeps the four columns when no member has either', () => {
    const table = councilTable([{ name: 'A', position: 'Bupati', duties: [] }], 'Dewan')!;
    expect(table.head[0].map(text)).toEqual(['No', 'Nama', 'Jabatan', 'Peran']);
  });
});
