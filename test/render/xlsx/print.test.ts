/**
 * The workbook prints (issue 17): read with openpyxl (a client other than ours), every sheet has a print setup
 * whose scale keeps the 11 pt text at 8 pt or more, every row with wrapped text is tall enough for its lines, and
 * no cell shows Markdown marks. The arithmetic of the scale and the line count is checked by hand below.
 * The openpyxl part is skipped when python3 with openpyxl is not installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../../bench/generate.mjs';
import { composeWorkbook } from '../../../src/compose/workbook/index.js';
import { loadProject } from '../../../src/load/index.js';
import { buildModel } from '../../../src/model/build.js';
import { MIN_SCALE, printScale, wrappedLines } from '../../../src/render/xlsx/print.js';
import { renderXlsx } from '../../../src/render/xlsx/index.js';
import { REPO } from '../../_helpers/project.js';

const dir = mkdtempSync(path.join(tmpdir(), 'smartcity-xlsx-print-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const python = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0);

/** Per sheet: scale, fit-to-page, and the problems openpyxl finds (short rows, Markdown marks). */
const CHECK = String.raw`
import json, re, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    widths = {k: v.width for k, v in ws.column_dimensions.items()}
    problems = []
    for row in ws.iter_rows():
        for c in row:
            if not isinstance(c.value, str) or c.value.startswith('='):
                continue
            if re.search(r'(^|\s)\*\*?\S|\S\*\*?($|[\s.,;:])|(^|\s)_\S.*\S_($|\s)', c.value):
                problems.append('markdown ' + c.coordinate)
            if c.alignment.wrap_text:
                # Explicit line breaks are a lower bound of the lines a wrapped cell shows.
                h = ws.row_dimensions[c.row].height
                need = len(c.value.split('\n'))
                if need > 1 and (h is None or h < need * 15):
                    problems.append('short row %d (%s lines, height %s)' % (c.row, need, h))
    fit = ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else False
    out.append({'name': ws.title, 'scale': ws.page_setup.scale, 'fitToPage': bool(fit), 'problems': problems[:5]})
print(json.dumps(out))
`;

async function workbookOf(project: string): Promise<string> {
  const model = buildModel(await loadProject(project, { cwd: project }));
  const file = path.join(dir, `${path.basename(project)}.xlsx`);
  writeFileSync(file, await renderXlsx(composeWorkbook(model)));
  return file;
}

describe('XLSX print layout: arithmetic', () => {
  it('the smallest scale keeps 11 pt at 8 pt: 73% (72% would print 7.92 pt)', () => {
    expect(MIN_SCALE).toBe(73);
  });

  it('scale fits the columns to the printable width, else stops at 73%', () => {
    // A4 landscape: 842 pt less 72 pt of margins = 770 pt. A column of 10 characters is 70 + 5 px = 56.25 pt;
    // ten of them are 562.5 pt: they fit, 100%.
    expect(printScale([undefined, ...Array(10).fill(10)], 'A4', true)).toBe(100);
    // Twenty of them: 1125 pt; 770 / 1125 = 68.4% → below 73, so 73.
    expect(printScale([undefined, ...Array(20).fill(10)], 'A4', true)).toBe(73);
    // Twelve on A4 portrait: 675 pt on 595 − 72 = 523 pt → 77.5%, rounded down to 77.
    expect(printScale([undefined, ...Array(12).fill(10)], 'A4', false)).toBe(77);
  });

  it('counts the lines of wrapped text as a wrapping cell breaks it', () => {
    // Column of 12 characters: 11 usable. "Pusat data daerah" → "Pusat data" (10) / "daerah".
    expect(wrappedLines('Pusat data daerah', 12)).toBe(2);
    expect(wrappedLines('satu\ndua\ntiga', 30)).toBe(3);
    // A 25-character word in 11 usable characters takes three lines.
    expect(wrappedLines('abcdefghijklmnopqrstuvwxy', 12)).toBe(3);
  });
});

describe.skipIf(!python)('XLSX print layout read by openpyxl', () => {
  const check = (file: string) => {
    const r = spawnSync(python!, ['-c', CHECK, file], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as { name: string; scale: number; fitToPage: boolean; problems: string[] }[];
  };

  for (const [name, make] of [
    ['the example', async () => workbookOf(path.join(REPO, 'examples/kotawaringin-timur'))],
    ['a generated project of 300 programs over ten years', async () => {
      const project = path.join(dir, 'n300');
      generate(project, { programs: 300, seed: 3 });
      return workbookOf(project);
    }],
  ] as const) {
    it(`${name}: every sheet prints at 8 pt or more, rows fit their text, no Markdown`, async () => {
      const sheets = check(await make());
      expect(sheets.length).toBeGreaterThan(5);
      for (const s of sheets) {
        expect({ sheet: s.name, fitToPage: s.fitToPage, problems: s.problems }).toEqual({ sheet: s.name, fitToPage: false, problems: [] });
        expect(s.scale, s.name).toBeGreaterThanOrEqual(73);
        expect(s.scale, s.name).toBeLessThanOrEqual(100);
      }
    });
  }
});
