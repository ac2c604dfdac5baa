// Compose asks the writer's rule which page a table fits (issue 17); figures by hand (see test/layout/fit.test.ts).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitsPage, needsLandscape } from '../../src/compose/page-fit.js';
import type { Cell, Table } from '../../src/compose/tree.js';
import { loadProject } from '../../src/load/index.js';
import { buildModel } from '../../src/model/build.js';
import { FIXTURES } from '../_helpers/project.js';

// The minimal project: A4, Arial 11 pt (the defaults). Portrait text width 8788 twips, landscape 13720.
const model = buildModel(await loadProject(path.join(FIXTURES, 'minimal')));
const amount: Cell = { content: [{ kind: 'text', text: '1.200.000.000' }] };
const amounts = (columns: number): Table => ({
  kind: 'table', id: 'tbl-x', number: '', caption: [],
  columns: Array.from({ length: columns }, () => ({ width: 1 })), head: [], body: [Array.from({ length: columns }, () => amount)],
});

// At 8 pt a column of "1.200.000.000" needs 1024 + 220 = 1244 twips.
describe('compose/page-fit', () => {
  it('uses the project’s paper: A4 portrait fits seven columns (8708 ≤ 8788), not eight (9952)', () => {
    expect(fitsPage(model, amounts(7), 'portrait')).toBe(true);
    expect(fitsPage(model, amounts(8), 'portrait')).toBe(false);
    expect(fitsPage(model, amounts(8), 'landscape')).toBe(true);
  });

  describe('needsLandscape', () => {
    it('is false for a table a portrait page holds', () => {
      expect(needsLandscape(model, amounts(7))).toBe(false);
    });

    it('is true for a table only a landscape page holds (eight to eleven columns: 11 × 1244 = 13684 ≤ 13720)', () => {
      expect(needsLandscape(model, amounts(8))).toBe(true);
      expect(needsLandscape(model, amounts(11))).toBe(true);
    });

    it('is false when a landscape page cannot hold it either (12 × 1244 = 14928): the writer warns instead', () => {
      expect(needsLandscape(model, amounts(12))).toBe(false);
    });

    it('measures with the paper of the project: F4 portrait (215 − 55 mm = 9071 twips) holds seven columns too', async () => {
      const f4 = { ...model, masterplan: { ...model.masterplan, style: { ...model.masterplan.style, paper: 'F4' as const } } };
      expect(needsLandscape(f4, amounts(7))).toBe(false);
      expect(needsLandscape(f4, amounts(8))).toBe(true);
    });
  });
});
