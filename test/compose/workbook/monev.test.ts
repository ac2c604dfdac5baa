import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { recalculatedSheets } from '../../_helpers/libreoffice-calc.js';
import { tableLayout } from '../../../src/compose/workbook-tree.js';
import { composeWorkbook } from '../../../src/compose/workbook/index.js';
import { exactCriterion, indicatorLine } from '../../../src/compose/workbook/monev.js';
import { loadProject } from '../../../src/load/index.js';
import { buildModel } from '../../../src/model/build.js';
import { renderXlsx } from '../../../src/render/xlsx/index.js';

const model = buildModel(await loadProject('examples/kotawaringin-timur'));
const y = model.progress[0];
const wb = composeWorkbook(model);
const bytes = await renderXlsx(wb);
const plain = { ...model, progress: [] };
const plainBytes = await renderXlsx(composeWorkbook(plain));

const tmp = await mkdtemp(path.join(os.tmpdir(), 'smartcity-monev-'));
afterAll(() => rm(tmp, { recursive: true, force: true }));

async function parts(b: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(b);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) if (!zip.files[name].dir) out.set(name, await zip.file(name)!.async('string'));
  return out;
}

/** Sheet name → its XML with shared-string indices replaced by the strings themselves. */
async function sheetsByName(b: Uint8Array): Promise<Map<string, string>> {
  const p = await parts(b);
  const shared = [...p.get('xl/sharedStrings.xml')!.matchAll(/<si>(.*?)<\/si>/gs)].map((m) => m[1]);
  const names = [...p.get('xl/workbook.xml')!.matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]);
  const out = new Map<string, string>();
  names.forEach((name, i) => {
    const xml = p.get(`xl/worksheets/sheet${i + 1}.xml`)!;
    out.set(name, xml.replace(/(<c [^>]*t="s"[^>]*>)<v>(\d+)<\/v>/g, (_m, open, idx) => `${open}<v>${shared[Number(idx)]}</v>`));
  });
  return out;
}

describe('Monev sheet', () => {
  const sheet = wb.sheets.find((s) => s.name === 'Monev 2023')!;
  const [programs, recap] = sheet.tables;
  const layout = tableLayout(sheet);

  it('comes after the dimension, Quick Win and Indikator sheets, just before Data', () => {
    expect(wb.sheets.map((s) => s.name)).toEqual([
      'Ringkasan', ...model.dimensions.map((d) => d.dimension.name), 'Quick Win', 'Indikator', 'Monev 2023', 'Evaluasi 2023', 'Data',
    ]);
  });

  it('one row per program, status in Indonesian, auto-filter and frozen header', () => {
    expect(programs.rows.length).toBe(y.programs.length);
    expect(programs.filter).toBe(true);
    expect(sheet.freeze).toEqual({ rows: layout[0].header, cols: 0 });
    const statuses = programs.rows.map((r) => r[6].value);
    expect(statuses).toContain('Batal');
    expect(statuses).toContain('Belum mulai');
    expect(statuses).toContain('Terlambat');
    expect(programs.columns.map((c) => c.header)).toEqual([
      'No', 'Dimensi', 'Elemen', 'ID program', 'Program', 'OPD penanggung jawab', 'Status', 'Rencana 2023',
      'Realisasi APBD', 'Realisasi DAK', 'Realisasi CSR', 'Realisasi Swasta', 'Realisasi 2023', 'Realisasi (%)',
      'Capaian indikator', 'Kendala', 'Tindak lanjut',
    ]);
  });

  it('planned, realised and % are formulas caching the model figures', () => {
    const row = programs.rows.find((r) => r[3].value === 'brd-03')!;
    const r = layout[0].first + programs.rows.indexOf(row);
    expect(row[7]).toMatchObject({ value: 300_000_000, formula: expect.stringMatching(/^SUMIFS\('Data'!\$H\$\d+:\$H\$\d+,'Data'!\$C\$\d+:\$C\$\d+,"=brd-03",'Data'!\$F\$\d+:\$F\$\d+,2023\)$/) });
    expect(row[12]).toMatchObject({ value: 324_000_000, formula: `SUM(I${r}:L${r})` });
    expect(row[13]).toMatchObject({ value: 108, formula: `ROUND(M${r}/H${r}*100,1)` });
    const cancelled = programs.rows.find((r2) => r2[3].value === 'eco-04')!;
    expect(cancelled[12].value).toBe(0);
    expect(cancelled[13].value).toBe(0);
  });

  it('the recapitulation caches the model totals', () => {
    const total = recap.rows.at(-1)!;
    expect(total.map((c) => c.value)).toEqual(['Total', 22, 15, 13_810_000_000, 10_722_750_000, 77.6, 68.2]);
    expect(recap.rows.slice(0, -1).map((r) => r[0].value)).toEqual(model.dimensions.map((d) => d.dimension.name));
    expect(recap.rows[0][1].formula).toMatch(/^COUNTIFS\(\$B\$\d+:\$B\$\d+,"=Smart Governance",\$H\$\d+:\$H\$\d+,">0"\)$/);
  });

  it('indicator lines and criteria', () => {
    expect(indicatorLine({ name: 'Layanan daring', unit: 'layanan', target: 20, actual: 12, polarity: 'up', achievementBp: 6000 }))
      .toBe('Layanan daring: 12 / 20 layanan (60,0%)');
    expect(indicatorLine({ name: 'Indeks SPBE', unit: 'indeks', target: 3.5, actual: 2.45, polarity: 'up', achievementBp: 7000 }))
      .toBe('Indeks SPBE: 2,45 / 3,5 (70,0%)');
    expect(indicatorLine({ name: 'Perbup', target: 'ditetapkan', actual: 'Perbup 5/2024', polarity: 'up' })).toBe('Perbup: Perbup 5/2024 / ditetapkan');
    expect(exactCriterion('a*b?"c~')).toBe('"=a~*b~?""c~~"');
  });
});

describe('the masterplan sheets are the same with or without Progress documents', () => {
  it('without progress there is no Monev sheet', () => {
    expect(composeWorkbook(plain).sheets.map((s) => s.name)).not.toContain('Monev 2023');
  });

  it('every sheet before Monev is byte-identical; Data is identical up to shared-string indices', async () => {
    const a = await parts(bytes);
    const b = await parts(plainBytes);
    const masterplanSheets = wb.sheets.findIndex((s) => s.name.startsWith('Monev '));
    for (let i = 1; i <= masterplanSheets; i++) {
      expect(a.get(`xl/worksheets/sheet${i}.xml`), `sheet${i}`).toBe(b.get(`xl/worksheets/sheet${i}.xml`));
    }
    const withNames = await sheetsByName(bytes);
    const withoutNames = await sheetsByName(plainBytes);
    expect([...withoutNames.keys()]).toEqual([...withNames.keys()].filter((n) => !/^(Monev|Evaluasi) /.test(n)));
    for (const [name, xml] of withoutNames) expect(withNames.get(name), name).toBe(xml);
  });
});

const soffice = process.env.SOFFICE ?? '/usr/bin/soffice';
describe.skipIf(!existsSync(soffice))('Monev sheet recalculated by LibreOffice', () => {
  it('every formula equals its cached value', async () => {
    const file = path.join(tmp, 'monev.xlsx');
    await writeFile(file, bytes);
    const sheet = await recalculatedSheets(soffice, file, tmp);
    const csv = await sheet('Monev 2023');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const zip = await JSZip.loadAsync(bytes);
    const index = book.worksheets.findIndex((w) => w.name === 'Monev 2023');
    const xml = await zip.file(`xl/worksheets/sheet${index + 1}.xml`)!.async('string');
    let checked = 0;
    for (const m of xml.matchAll(/<c r="([A-Z]+)(\d+)"[^>/]*>(.*?)<\/c>/g)) {
      if (!/<f>/.test(m[3])) continue;
      const v = /<v>(.*?)<\/v>/.exec(m[3])![1];
      const colIndex = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      expect({ at: `${m[1]}${m[2]}`, value: csv[Number(m[2]) - 1][colIndex - 1] }).toEqual({ at: `${m[1]}${m[2]}`, value: String(Number(v)) });
      checked++;
    }
    expect(checked).toBeGreaterThan(60);
  }, 120_000);
});


describe('Monev sheets of the hand-computed fixture', async () => {
  const { loadFiles, minimal } = await import('../../_helpers/project.js');
  const { GOVERNANCE, PROGRESS, PROGRESS_2025 } = await import('../../model/progress-fixture.js');
  const files = await minimal({ 'governance.yaml': GOVERNANCE });
  files['progress.yaml'] = PROGRESS;
  files['monev/2025.yaml'] = PROGRESS_2025;
  const m = buildModel(await loadFiles(files));
  const book = composeWorkbook(m);

  it('one sheet per year, in year order, before Data', () => {
    expect(book.sheets.map((s) => s.name).slice(-5)).toEqual(['Monev 2024', 'Evaluasi 2024', 'Monev 2025', 'Evaluasi 2025', 'Data']);
  });

  it('an unreported program, a cancelled one and a program without a planned amount', () => {
    const s2024 = book.sheets.find((s) => s.name === 'Monev 2024')!;
    const rows = s2024.tables[0].rows;
    expect(rows.map((r) => [r[3].value, r[6].value, r[7].value, r[10].value, r[11].value])).toEqual([
      ['gov-01', 'Sesuai rencana', 100_000_000, 90_000_000, 90],
      ['gov-02', 'Batal', 250_000_000, 0, 0],
      ['gov-03', 'Tidak dilaporkan', 300_000_000, 0, 0],
      ['gov-04', 'Selesai', 150_000_000, 160_000_000, 106.7],
    ]);
    expect(rows[3][12].value).toBe('• Dokumen kebijakan: Perbup Nomor 5 Tahun 2024 / Perbup ditetapkan\n• Desa tanpa sinyal: 3 / 0 desa\n• Keluhan: 10 / 3 laporan (0,0%)');
    expect(rows[1][13].value).toBe('Anggaran dialihkan & ditunda');
    expect(s2024.tables[1].rows.at(-1)!.map((c) => c.value)).toEqual(['Total', 4, 2, 800_000_000, 250_000_000, 31.3, 50]);
    const s2025 = book.sheets.find((s) => s.name === 'Monev 2025')!;
    const gov01 = s2025.tables[0].rows[0];
    expect(gov01[7].value).toBe(0);
    expect(gov01[10]).toMatchObject({ value: null });
    expect(gov01[10].formula).toBeUndefined();
    expect(s2025.tables[1].rows.at(-1)!.map((c) => c.value)).toEqual(['Total', 2, 1, 150_000_000, 80_000_000, 53.3, 50]);
  });

  it('renders', async () => {
    const out = await renderXlsx(book);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(Buffer.from(out) as unknown as ArrayBuffer);
    const ws = read.getWorksheet('Monev 2024')!;
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
  });
});
