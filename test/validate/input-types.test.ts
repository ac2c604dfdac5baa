import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { generateTypes } from '../../scripts/gen-types.mjs';
import { REPO } from '../_helpers/project.js';

describe('src/model/input-types.ts', () => {
  it('is what scripts/gen-types.mjs generates from schemas/ (run `npm run gen:types` when this fails)', async () => {
    const committed = readFileSync(path.join(REPO, 'src/model/input-types.ts'), 'utf8');
    expect(committed).toBe(await generateTypes());
  });

  it('declares one interface per kind and the named sub-types', () => {
    const text = readFileSync(path.join(REPO, 'src/model/input-types.ts'), 'utf8');
    for (const name of ['MasterplanDoc', 'RegionProfileDoc', 'GapAnalysisDoc', 'DimensionStrategyDoc', 'QuickWinsDoc', 'ProgressDoc', 'ProgramInput', 'QuickWinInput', 'BudgetLineInput', 'IndicatorInput']) {
      expect(text).toMatch(new RegExp(`^export interface ${name} \\{`, 'm'));
    }
    // Shared definitions are declared once, never as BudgetLineInput1.
    expect(text).not.toMatch(/^export (interface|type) \w+\d \b/m);
  });
});
