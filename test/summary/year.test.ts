import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type Io } from '../../src/cli/main.js';
import { loadProject } from '../../src/load/index.js';
import { buildModel } from '../../src/model/build.js';
import { formatYearSummary, reportedYears, summarizeYear } from '../../src/summary/index.js';

const root = path.resolve(__dirname, '../..');
const example = path.join(root, 'examples/kotawaringin-timur');

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, cwd: root, isTTY: false };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

describe('summary --year', async () => {
  const model = buildModel(await loadProject(example));
  const s = summarizeYear(model, 2023)!;

  it('reads the year from model.progress', () => {
    expect(reportedYears(model)).toEqual([2023]);
    expect(summarizeYear(model, 2024)).toBeUndefined();
    expect(s.total).toMatchObject({
      planned: 13_810_000_000, realized: 10_722_750_000, realization: '77,6%', programs: 22, implemented: 15, implementation: '68,2%',
    });
    expect(s.statusCounts).toEqual({ not_started: 1, on_track: 10, delayed: 5, done: 5, cancelled: 1, unreported: 0 });
    expect(s.index).toMatchObject({ tenThousandths: 30850, value: '3,09', previous: '2,71', change: '+0,38' });
    expect(s.byDimension.reduce((a, r) => a + r.realized, 0)).toBe(s.total.realized);
    expect(s.byDimension[0]).toMatchObject({ key: 'governance', realization: '93,1%', implementation: '75,0%' });
  });

  it('prints the figures in Indonesian', () => {
    const text = formatYearSummary(s, 'id');
    expect(text).toContain('Monitoring dan evaluasi 2023 (data per 7 Juni 2024)');
    expect(text).toContain('Realisasi anggaran: Rp 10.722.750.000 dari Rp 13.810.000.000 (77,6%)');
    expect(text).toContain('Tingkat pelaksanaan: 15 dari 22 program (68,2%)');
    expect(text).toContain('Indeks: 3,09 (tahun lalu 2,71, +0,38)');
    expect(text).toContain('Selesai 5 · Sesuai rencana 10 · Terlambat 5 · Belum mulai 1 · Batal 1 · Tidak dilaporkan 0');
  });

  it('the evaluation figures: outputs, survey, criteria means and realisation per action-plan group (by hand)', () => {
    // monev/2023.yaml's outputs: of the four regulations the Perbup Satu Data and Manajemen Keamanan Informasi
    // are enacted (the masterplan's Perbup is the draft this tool writes, the Perda is in debate); one decree
    // formed both the Dewan and the Tim Pelaksana.
    expect(s.outputs).toEqual({ count: 7, byType: [{ type: 'regulation', count: 4, done: 2 }, { type: 'institution', count: 1, done: 1 }, { type: 'budget', count: 2, done: 1 }] });
    // (3.00 + 2.75 + 2.83 + 2.71 + 2.88 + 2.63) / 6 = 16.80 / 6 = 2,80, the assessment's impact score (SC5014)
    expect(s.survey).toMatchObject({ respondents: 300, date: '2024-05-20', mean: '2,80' });
    expect(s.survey!.scores[0]).toEqual({ key: 'governance', label: 'Smart Governance', score: '3,00' });
    // Kotim Siaga 112: 9 criteria, 28.5 / 9 = 3.1667 → 3,17; Sampit Creative Hub 32.75 / 10 = 3.275 → 3,28
    expect(s.criteria.map((c) => [c.id, c.mean, c.scored])).toEqual([['qw-sipandu', '3,50', 10], ['qw-sch', '3,28', 10], ['qw-jelawat', '3,45', 10], ['qw-112', '3,17', 9]]);
    // SDM: gov-05 alone, 268,750,000 / 275,000,000 = 97.73% → 97,7%
    expect(s.byAction.find((r) => r.key === 'sdm')).toMatchObject({ programs: 1, planned: 275_000_000, realized: 268_750_000, realization: '97,7%', implementation: '100,0%' });
    expect(s.byAction.map((r) => r.key)).toEqual(['policy', 'infrastructure', 'application', 'literacy', 'sdm']);
    const text = formatYearSummary(s, 'id');
    expect(text).toContain('Survei dampak: 300 responden, rata-rata 2,80 (Smart Governance 3,00,');
    expect(text).toContain('Skor kriteria quick win: SIPANDU 3,50, Sampit Creative Hub 3,28, JELAWAT 3,45, Kotim Siaga 112 3,17');
    expect(text).toMatch(/Pengembangan SDM +1 +Rp 275\.000\.000 +Rp 268\.750\.000 +97,7%/);
    expect(formatYearSummary(s, 'en')).toContain('Impact survey: 300 respondents, mean 2,80');
  });

  it('CLI: text, JSON, unknown year (exit 2), bad year (exit 2)', async () => {
    const text = await cli(['summary', example, '--year', '2023']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Indeks: 3,09');
    const json = await cli(['summary', example, '--year', '2023', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ year: 2023, total: { planned: 13_810_000_000, realized: 10_722_750_000 }, index: { value: '3,09' }, survey: { mean: '2,80' } });
    const unknown = await cli(['--lang', 'en', 'summary', example, '--year', '2030']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe('smartcity: no Progress document for 2030 (reported years: 2023); choose one of the reported years\n');
    const idMsg = await cli(['summary', example, '--year', '2030']);
    expect(idMsg.stderr).toContain('tidak ada dokumen Progress untuk tahun 2030');
    expect((await cli(['summary', example, '--year', 'abc'])).code).toBe(2);
  });

  it('without --year the masterplan summary is unchanged', async () => {
    const plain = await cli(['summary', example]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain('Monitoring');
  });
});
