#!/usr/bin/env node
// Synthetic Smart City project for benchmarks (issue 7): `node bench/generate.mjs <dir> <N> [seed]`.
//
// Writes a VALID project (it passes `smartcity validate --strict --stage 4`) with N programs spread
// over the six Kominfo dimensions, deterministic from the seed (mulberry32): the same N and seed give
// byte-identical files. Layout:
//   smartcity.yaml                 Masterplan, period 2025–2034, team, issued, funding sources
//   profil-daerah.yaml             RegionProfile, 30 agencies, statistics, RPJMD
//   analisis/kesiapan.yaml         GapAnalysis: readiness of the three pillars, 12 gaps, SWOT
//   dimensi/<dimension>.yaml       one DimensionStrategy per dimension (the format allows at most one
//                                  per dimension), goal, three strategies, its share of the N programs
//   quick-wins/quick-wins-<k>.yaml QuickWins documents of at most 200 quick wins each (N/20, min 6)
// Text lengths follow the example project: descriptions of 1–3 sentences, 2–4 outputs and outcomes,
// 1–3 indicators, budgets in whole Rupiah (multiples of Rp1.000.000) over 1–5 years. `--shape long`
// keeps N programs but makes each text-heavy (issue 22 compares with pandoc on both shapes).
// Plain Node ESM on purpose: no TypeScript build is needed to run it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AGENCIES, DIMENSIONS, GAP_COUNT, INDICATORS, OBJECTS, OUTCOMES, OUTPUTS, QUALIFIERS, SENTENCES, VERBS } from './generate-words.mjs';

/** The default (ten-year) period. */
export const PERIOD = { start: 2025, end: 2034 };
export const FUNDING_SOURCES = ['APBD', 'APBD Provinsi', 'APBN', 'DAK', 'CSR', 'KPBU', 'Swasta', 'Lainnya'];
const QUICK_WINS_PER_FILE = 200;
/** The readiness pillars and the ten quick-win criteria as the books name them, so no English key shows in the text. */
const PILLAR_NAMES = { structure: 'struktur', infrastructure: 'infrastruktur', superstructure: 'suprastruktur' };
const CRITERION_NAMES = {
  innovation: 'perumusan inovasi', appeal: 'daya tarik', benefit: 'manfaat', uniqueness: 'keunikan', partnership: 'peluang kemitraan',
  potential: 'potensi pengembangan', continuity: 'kesinambungan', resources: 'sumber daya', risk_management: 'manajemen risiko', sustainability: 'keberlanjutan',
};
/** Input shapes (issue 22: measure against more than one): see `generate`'s `shape`. */
export const SHAPES = ['default', 'long'];

/** mulberry32: a small deterministic PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** YAML scalar: plain when unambiguous, else a JSON (= YAML double-quoted) string. */
function q(s) {
  // No commas: plain scalars inside flow collections ({…}, […]) end at a comma.
  return /^[A-Za-z][A-Za-z0-9 .()/'-]*$/.test(s) && !s.endsWith('.') ? s : JSON.stringify(s);
}
/** A block scalar for free text (Markdown subset), indented by `indent` spaces. */
function block(text, indent) {
  const pad = ' '.repeat(indent);
  return '|\n' + text.split('\n').map((l) => (l ? pad + l : '')).join('\n');
}
const flowList = (items) => `[${items.map(q).join(', ')}]`;

/**
 * Writes the project into `dir` (created when missing; the generated subfolders are replaced).
 * Returns the relative paths written, in order.
 */
export function generate(dir, { programs: n, seed = 1, years: length = 10, sparse = false, shape = 'default' } = {}) {
  if (!Number.isInteger(n) || n < 0) throw new Error(`programs must be a whole number >= 0, got ${n}`);
  if (length !== 5 && length !== 10) throw new Error(`years must be 5 or 10, got ${length}`);
  if (!SHAPES.includes(shape)) throw new Error(`shape must be one of ${SHAPES.join(', ')}, got ${shape}`);
  // `long`: the same number of programs, each text-heavy (three paragraphs of description, 5–8 outputs
  // and outcomes, 6–8 indicators), where the default is table-heavy. It draws more random numbers, so
  // only the default keeps the sequence (and the files) it always had.
  const long = shape === 'long';
  // A five-year plan (issue 17) keeps the start year; its medium horizon ends in year 3.
  const PERIOD = { start: 2025, end: 2025 + length - 1 };
  const MEDIUM = length === 10 ? 5 : 3;
  const rnd = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1)); // inclusive
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const sample = (list, k) => {
    const copy = [...list];
    const out = [];
    for (let i = 0; i < k && copy.length; i++) out.push(copy.splice(Math.floor(rnd() * copy.length), 1)[0]);
    return out;
  };
  const files = new Map();

  files.set('smartcity.yaml', manifest());
  files.set('profil-daerah.yaml', profile());
  files.set('analisis/kesiapan.yaml', gapAnalysis());

  // Programs: dimension d gets N/6 (the first N mod 6 dimensions one more).
  const programIds = DIMENSIONS.map(() => []);
  /** Program id → its first year and total budget, for the quick wins that name it. */
  const programFacts = new Map();
  /**
   * A quick win's funding source: the drawn one when its program budgets it in the quick win's years, else the
   * program's first source in those years (SC3096); drawn either way, so every later random value stays as it was.
   */
  const programSource = (facts, from, to, drawn) => {
    const during = (facts?.budget ?? []).filter((b) => b.year >= from && b.year <= to);
    return during.length === 0 || during.some((b) => b.source === drawn) ? drawn : during[0].source;
  };
  let gapTurn = 0;
  DIMENSIONS.forEach((dim, d) => {
    const count = Math.floor(n / 6) + (d < n % 6 ? 1 : 0);
    const lines = [
      'apiVersion: smartcity/v1',
      'kind: DimensionStrategy',
      `dimension: ${dim.id}`,
      `goal: ${block(`Terwujudnya ${dim.theme} yang didukung teknologi informasi, data yang mutakhir dan kolaborasi seluruh pemangku kepentingan di Kabupaten Sukamaju.`, 2)}`,
      'strategies:',
      ...dim.elements.flatMap((el, k) => [
        `  - id: ${dim.prefix}-st-${k + 1}`,
        `    element: ${el}`,
        `    title: ${q(`${pick(VERBS)} ${pick(OBJECTS[dim.id])}`)}`,
        `    description: ${q(`Strategi ${k + 1} dimensi ini memusatkan sumber daya pada ${pick(OBJECTS[dim.id])} ${pick(QUALIFIERS)}.`)}`,
      ]),
    ];
    if (count > 0) lines.push('programs:');
    for (let i = 1; i <= count; i++) {
      const id = `${dim.prefix}-${String(i).padStart(4, '0')}`;
      programIds[d].push(id);
      lines.push(...program(dim, id, i));
    }
    files.set(`dimensi/${dim.id}.yaml`, lines.join('\n') + '\n');
  });

  // Quick wins: N/20, at least 6, round-robin over the dimensions: a dimension without a quick win is
  // a warning (SC3016), which `--strict` turns into an error.
  const qwCount = Math.max(6, Math.floor(n / 20));
  const qwLines = [];
  for (let i = 0; i < qwCount; i++) qwLines.push(quickWin(i, programIds));
  for (let k = 0; k * QUICK_WINS_PER_FILE < qwCount; k++) {
    const chunk = qwLines.slice(k * QUICK_WINS_PER_FILE, (k + 1) * QUICK_WINS_PER_FILE);
    files.set(`quick-wins/quick-wins-${String(k + 1).padStart(2, '0')}.yaml`,
      ['apiVersion: smartcity/v1', 'kind: QuickWins', 'quick_wins:', ...chunk.flat()].join('\n') + '\n');
  }

  mkdirSync(dir, { recursive: true });
  for (const sub of ['dimensi', 'quick-wins', 'analisis']) rmSync(path.join(dir, sub), { recursive: true, force: true });
  for (const [rel, text] of files) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return [...files.keys()];

  // The golden thread (issue 21): the first programs of a dimension take each element in turn, so every
  // strategy is carried out; every program carries out its element's strategy and answers a gap in turn.
  function program(dim, id, i) {
    const element = i <= dim.elements.length ? dim.elements[i - 1] : pick(dim.elements);
    const object = pick(OBJECTS[dim.id]);
    const lead = pick(AGENCIES);
    const support = sample(AGENCIES.filter((a) => a !== lead), int(0, 3)).map((a) => a[0]);
    // 1–5 consecutive years inside the period; the horizon is the shortest that holds the last year.
    const span = int(1, Math.min(5, length));
    const first = int(PERIOD.start, PERIOD.end - span + 1);
    const years = Array.from({ length: span }, (_, k) => first + k);
    const last = years[years.length - 1];
    const horizon = last === PERIOD.start ? 'short' : last <= PERIOD.start + MEDIUM - 1 ? 'medium' : 'long';
    const description = long
      ? Array.from({ length: 3 }, () => sample(SENTENCES, int(3, 5)).map((f) => f(object, lead[2])).join(' ')).join('\n\n')
      : sample(SENTENCES, int(1, 3)).map((f) => f(object, lead[2])).join(' ');
    const out = [
      `  - id: ${id}`,
      `    name: ${q(`${pick(VERBS)} ${object} ${pick(QUALIFIERS)}`)}`,
      `    element: ${element}`,
      `    action: ${pick(['policy', 'infrastructure', 'application', 'literacy'])}`,
      // The id keeps descriptions distinct: the same long text in three places is a placeholder warning (SC3095).
      `    description: ${block(`Program ${id}: ${description}`, 6)}`,
      `    lead: ${lead[0]}`,
      ...(support.length ? [`    support: [${support.join(', ')}]`] : []),
      `    horizon: ${horizon}`,
      `    years: [${years.join(', ')}]`,
      `    addresses: [gap-${String((gapTurn++ % GAP_COUNT) + 1).padStart(2, '0')}]`,
      `    strategy: ${dim.prefix}-st-${dim.elements.indexOf(element) + 1}`,
      '    budget:',
    ];
    for (const year of years) {
      for (const source of sample(FUNDING_SOURCES.slice(0, 5), rnd() < 0.8 ? 1 : 2)) {
        out.push(`      - {year: ${year}, amount: ${int(25, 2500) * 1_000_000}, source: ${q(source)}}`);
      }
    }
    out.push(`    outputs: ${flowList(sample(OUTPUTS, long ? int(5, 8) : int(2, 4)))}`);
    out.push(`    outcomes: ${flowList(sample(OUTCOMES, long ? int(5, 8) : int(2, 4)))}`);
    const budgetLines = out.filter((l) => l.startsWith('      - {year:')).map((l) => /year: (\d+), amount: (\d+), source: "?([^"}]+)"?\}/.exec(l));
    programFacts.set(id, { first, total: budgetLines.reduce((sum, m) => sum + Number(m[2]), 0), budget: budgetLines.map((m) => ({ year: Number(m[1]), source: m[3] })) });
    out.push('    indicators:');
    for (const [name, unit, base, target, polarity] of sample(INDICATORS, long ? int(6, 8) : int(1, 3))) {
      const b = Math.max(0, base + int(-base >> 2, base >> 2));
      out.push(`      - {name: ${q(name)}, unit: ${q(unit)}, baseline: ${b}, target: ${target}${polarity === 'down' ? ', polarity: down' : ''}, baseline_year: ${PERIOD.start - 1}, source: ${q(`Laporan ${lead[2]}`)}}`);
    }
    return out;
  }

  function quickWin(i, ids) {
    const d = i % DIMENSIONS.length;
    const dim = DIMENSIONS[d];
    const object = pick(OBJECTS[dim.id]);
    const lead = pick(AGENCIES);
    // A quick win starts once its program has a budget (SC3088) and costs at most the program (SC3089).
    const programId = ids[d].length ? pick(ids[d]) : undefined;
    const facts = programId ? programFacts.get(programId) : undefined;
    // A program that starts in the last year: its quick win starts in January, so it still ends within the period.
    const lastYearOnly = (facts?.first ?? PERIOD.start) === PERIOD.end;
    const startYear = lastYearOnly ? PERIOD.end : int(facts?.first ?? PERIOD.start, PERIOD.end - 1);
    const startMonth = lastYearOnly ? 1 : int(1, 12);
    const months = int(3, 12); // counting both ends
    const endIndex = startYear * 12 + (startMonth - 1) + months - 1;
    const ym = (y, m) => `${y}-${String(m).padStart(2, '0')}`;
    const out = [
      `  - id: qw-${String(i + 1).padStart(4, '0')}`,
      `    name: ${q(`Layanan cepat ${object}`)}`,
      `    dimension: ${dim.id}`,
      `    element: ${pick(dim.elements)}`,
      ...(programId ? [`    program: ${programId}`] : []),
      `    lead: ${lead[0]}`,
      `    partners: ${flowList(sample(AGENCIES, int(1, 3)).map((a) => a[2]))}`,
      `    background: ${q(`Warga di lokasi rintisan ${i + 1} belum dapat memanfaatkan ${object} secara merata karena layanan masih manual dan terpusat di ibu kota kabupaten.`)}`,
      `    objective: ${q(`Menghadirkan ${object} di lokasi rintisan ${i + 1} dalam waktu kurang dari satu tahun sebagai bukti manfaat Smart City.`)}`,
      `    description: ${block(`Quick win ${i + 1}: ${sample(SENTENCES, int(1, 2)).map((f) => f(object, lead[2])).join(' ')}`, 6)}`,
      `    beneficiaries: ${q(`Warga, pelaku usaha dan aparatur di lokasi rintisan ${i + 1}`)}`,
      `    schedule: {start: ${ym(startYear, startMonth)}, end: ${ym(Math.floor(endIndex / 12), (endIndex % 12) + 1)}}`,
      `    budget: {amount: ${Math.min(int(50, 500) * 1_000_000, facts?.total ?? Infinity)}, source: ${q(programSource(facts, startYear, Math.floor(endIndex / 12), pick(FUNDING_SOURCES.slice(0, 5))))}}`,
      '    indicators:',
      `      - {name: ${q(`Pengguna ${object} di lokasi rintisan ${i + 1}`)}, target: ${q(`${int(5, 50) * 100} orang`)}}`,
      // A risk register and the ten criteria (bimtek stage III), from the index alone so the
      // random sequence, and so every other generated value, stays as it was.
      '    risks:',
      `      - {risk: ${q(`Pemanfaatan ${object} rendah`)}, likelihood: ${1 + (i % 5)}, impact: ${1 + ((i * 3) % 5)}, mitigation: ${q('Sosialisasi dan pendampingan di kecamatan')}, owner: ${lead[0]}}`,
      '    criteria:',
      ...Object.entries(CRITERION_NAMES).map(([c, name]) => `      ${c}: ${q(`Uraian ${name} ${object} (data sintetis).`)}`),
    ];
    return out;
  }

  function manifest() {
    return [
      '# Proyek sintetis untuk benchmark (bench/generate.mjs); bukan data resmi.',
      'apiVersion: smartcity/v1',
      'kind: Masterplan',
      'title: Masterplan Smart City Kabupaten Sukamaju',
      `subtitle: Rencana Induk Kota Cerdas Tahun ${PERIOD.start}–${PERIOD.end}`,
      `period: {start: ${PERIOD.start}, end: ${PERIOD.end}}`,
      `horizons: {short: 1, medium: ${MEDIUM}, long: ${length}}`,
      'issued: {place: Sukamaju, date: 2024-12-16}',
      'framework: kominfo',
      `funding_sources: ${flowList(FUNDING_SOURCES)}`,
      'legal_basis:',
      '  - Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah',
      '  - Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik',
      '  - Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik',
      '  - Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia',
      'team:',
      '  council:',
      '    - {name: Ahmad Fauzi, position: Bupati Sukamaju, role: Pembina}',
      '    - {name: Sri Wahyuni, position: Wakil Bupati Sukamaju, role: Ketua}',
      '    - {name: Budi Santoso, position: Sekretaris Daerah, role: Wakil Ketua}',
      '  implementers:',
      '    - {name: Rina Kusuma, position: Kepala Bapperida, role: Ketua}',
      '    - {name: Dedi Kurniawan, position: Kepala Dinas Komunikasi dan Informatika, role: Sekretaris}',
      '',
    ].join('\n');
  }

  function profile() {
    return [
      'apiVersion: smartcity/v1',
      'kind: RegionProfile',
      'region:',
      '  name: Sukamaju',
      '  type: kabupaten',
      '  province: Jawa Barat',
      '  capital: Sukamaju Kota',
      '  short_name: Sukamaju',
      '  head: {title: Bupati, name: Ahmad Fauzi}',
      `overview: ${block('Kabupaten Sukamaju adalah kabupaten fiktif untuk uji kinerja. Wilayahnya terdiri atas dataran rendah di utara dan perbukitan di selatan.\n\nPemerintah Kabupaten bergabung dalam Gerakan Menuju Smart City untuk mempercepat layanan publik digital.', 2)}`,
      'geography: {area_km2: 2140, districts: 24, villages: 250, urban_villages: 12}',
      'demography: {population: 1250000, year: 2023}',
      'statistics:',
      '  - {label: Jumlah penduduk, value: 1250000, unit: jiwa, year: 2023, source: BPS}',
      '  - {label: Luas wilayah, value: 2140, unit: km², year: 2023, source: BPS}',
      '  - {label: Jumlah desa, value: 250, unit: desa, year: 2023, source: BPS}',
      'rpjmd:',
      '  period: {start: 2025, end: 2029}',
      '  vision: Sukamaju yang Maju, Sejahtera dan Berdaya Saing',
      '  missions:',
      '    - Mewujudkan tata kelola pemerintahan yang bersih dan melayani',
      '    - Meningkatkan kualitas sumber daya manusia',
      '    - Memperkuat ekonomi kerakyatan berbasis potensi lokal',
      'agencies:',
      ...AGENCIES.map(([id, name, short]) => `  - {id: ${id}, name: ${q(name)}, short: ${q(short)}}`),
      '',
    ].join('\n');
  }

  function gapAnalysis() {
    const pillar = (name) => [
      `  ${name}:`,
      `    summary: ${q(`Kesiapan ${PILLAR_NAMES[name]} dinilai cukup, tetapi belum merata di seluruh perangkat daerah.`)}`,
      '    items:',
      ...['Sumber daya manusia', 'Anggaran', 'Tata kelola'].map((a) => `      - {aspect: ${q(a)}, condition: ${q(`Kondisi ${a.toLowerCase()} masih terbatas di luar ibu kota.`)}${sparse ? '' : `, score: ${int(1, 5)}`}}`),
    ];
    const pillars = ['structure', 'infrastructure', 'superstructure'];
    return [
      'apiVersion: smartcity/v1',
      'kind: GapAnalysis',
      'readiness:',
      ...pillars.flatMap(pillar),
      'gaps:',
      ...Array.from({ length: GAP_COUNT }, (_, i) => [
        `  - id: gap-${String(i + 1).padStart(2, '0')}`,
        `    pillar: ${pillars[i % 3]}`,
        `    dimension: ${DIMENSIONS[i % 6].id}`,
        `    aspect: ${q(pick(OBJECTS[DIMENSIONS[i % 6].id]))}`,
        '    current: Layanan masih manual dan data tersebar di beberapa perangkat daerah.',
        '    expected: Layanan daring terintegrasi yang dapat diakses dari seluruh kecamatan.',
        '    gap: Belum ada aplikasi terpadu dan tenaga pengelola yang memadai.',
        '    recommendation: Susun standar layanan, bangun aplikasi terpadu dan latih pengelolanya.',
      ]).flat(),
      'swot:',
      '  strengths: [Komitmen kepala daerah, Jaringan serat optik antar-kantor]',
      '  weaknesses: [SDM TIK terbatas, Data sektoral belum terpadu]',
      '  opportunities: [Program Gerakan Menuju Smart City, Dana CSR perusahaan]',
      '  threats: [Serangan siber, Kesenjangan digital antarwilayah]',
      '',
    ].join('\n');
  }
}

// CLI: node bench/generate.mjs <dir> <N> [seed] [--years 5|10] [--sparse] [--shape default|long]
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const sparse = args.includes('--sparse');
  const at = args.indexOf('--years');
  const years = at >= 0 ? Number(args[at + 1]) : 10;
  const sh = args.indexOf('--shape');
  const shape = sh >= 0 ? args[sh + 1] : 'default';
  const [dir, n, seed] = args.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1) && (sh < 0 || i !== sh + 1));
  if (!dir || !/^\d+$/.test(n ?? '') || (seed !== undefined && !/^\d+$/.test(seed)) || (years !== 5 && years !== 10) || !SHAPES.includes(shape)) {
    process.stderr.write('usage: node bench/generate.mjs <dir> <N> [seed] [--years 5|10] [--sparse] [--shape default|long]\n');
    process.exit(2);
  }
  const written = generate(dir, { programs: Number(n), seed: seed === undefined ? 1 : Number(seed), years, sparse, shape });
  process.stdout.write(`${dir}: ${n} programs, ${written.length} files\n`);
}
