/**
 * The content `smartcity init` writes: a small project that validates and builds at once. Every example
 * value is marked CONTOH (example) so the team knows what to replace. Pure: no file system access here.
 */
import { CRITERION_NAMES, QUICK_WIN_CRITERIA } from '../model/quick-win-evaluation.js';
import { COMMON_SCHEMA_FILE, SCHEMA_FILES } from '../validate/schema-files.js';
import { DIMENSIONS } from './seed-dimensions.js';

export interface ScaffoldOptions {
  /** Region name without its type, e.g. `Kotawaringin Timur`. */
  region: string;
  type: 'kabupaten' | 'kota';
  province?: string;
  /** First year of the masterplan period (default: next year). */
  start: number;
  /**
   * What the CI workflow installs smartcity from: anything `npm install -g` takes (a tarball in the
   * project, a tarball URL, a git URL with a tag). Written once, as the workflow's SMARTCITY_INSTALL.
   */
  install: string;
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (s: string): string => JSON.stringify(s);

const modeline = (kind: string, depth: number): string =>
  `# yaml-language-server: $schema=${depth === 0 ? './' : '../'.repeat(depth)}schemas/${kind}.schema.json\n`;

/** The schema files copied into `<project>/schemas/` (the loader skips that folder). */
export const SCAFFOLD_SCHEMAS = [COMMON_SCHEMA_FILE, ...Object.values(SCHEMA_FILES)];

const CONTOH = '# Isi berkas ini adalah CONTOH: ganti setiap nilai bertanda CONTOH dengan data daerah Anda.\n';

/** Relative path → file content (UTF-8), in a stable order. */
export function scaffold(o: ScaffoldOptions): Map<string, string> {
  const files = new Map<string, string>();
  const kab = o.type === 'kabupaten';
  const full = `${kab ? 'Kabupaten' : 'Kota'} ${o.region}`;
  const end = o.start + 4;
  const head = kab ? 'Bupati' : 'Wali Kota';
  const perkada = kab ? 'Peraturan Bupati' : 'Peraturan Wali Kota';
  const province = o.province ?? 'CONTOH Provinsi';

  files.set('smartcity.yaml', `${modeline('masterplan', 0)}# Manifes proyek Masterplan Smart City ${full}.
${CONTOH}apiVersion: smartcity/v1
kind: Masterplan
title: ${q(`Masterplan Smart City ${full}`)}
subtitle: ${q(`Rencana Induk Kota Cerdas Tahun ${o.start}–${end}`)}
# Periode masterplan: 5 sampai 10 tahun, selaras dengan RPJMD.
period: {start: ${o.start}, end: ${end}}
# Kerangka enam dimensi Kementerian Kominfo.
framework: kominfo
funding_sources: [APBD, APBD Provinsi, APBN, DAK, CSR, KPBU, Swasta, Lainnya]
legal_basis:
  - Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah
  - Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik
  - Peraturan Pemerintah Nomor 59 Tahun 2022 tentang Perkotaan
  - Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik
  - Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia
  # CONTOH: lengkapi dengan Perda RPJMD dan nota kesepakatan Gerakan Menuju Smart City.
team:
  # CONTOH: nama-nama berikut fiktif; isi dengan susunan Dewan dan Tim Pelaksana sesuai keputusan kepala daerah.
  council:
    - {name: CONTOH Nama ${head}, position: ${q(`${head} ${o.region}`)}, role: Pembina}
    - {name: CONTOH Nama Sekda, position: Sekretaris Daerah, role: Ketua}
  implementers:
    - {name: CONTOH Nama Kepala Diskominfo, position: Kepala Dinas Komunikasi dan Informatika, role: Ketua}
    - {name: CONTOH Nama Kepala Bappeda, position: Kepala Badan Perencanaan Pembangunan Daerah, role: Wakil Ketua}
style: {font: Arial, font_size: 11, paper: A4}
`);

  files.set('profil-daerah.yaml', `${modeline('region-profile', 0)}# Profil daerah (BAB II Gambaran Umum Daerah).
${CONTOH}apiVersion: smartcity/v1
kind: RegionProfile
region:
  name: ${q(o.region)}
  type: ${o.type}
  province: ${q(province)}
  # CONTOH: ganti dengan nama ibu kota ${kab ? 'kabupaten' : 'kota'}.
  capital: ${q(kab ? `CONTOH Ibu Kota ${o.region}` : o.region)}
  head: {title: ${head}, name: CONTOH Nama ${head}}
overview: |
  CONTOH: uraikan secara singkat sejarah, kedudukan dan tantangan utama ${full} dalam menuju Smart City.
geography:
  # CONTOH: angka berikut bukan data resmi; ambil dari "${o.region} Dalam Angka" (BPS).
  area_km2: 1000
  districts: 10
  villages: 100
  urban_villages: 10
  description: CONTOH uraian letak, batas wilayah dan bentang alam.
demography:
  population: 250000
  year: ${o.start - 2}
  description: CONTOH uraian jumlah, sebaran dan komposisi penduduk.
economy:
  description: CONTOH uraian sektor unggulan dan tantangan ekonomi daerah.
statistics:
  - {label: Luas wilayah, value: 1000, unit: km², year: ${o.start - 2}, source: CONTOH BPS}
  - {label: Jumlah penduduk, value: 250000, unit: jiwa, year: ${o.start - 2}, source: CONTOH BPS}
rpjmd:
  period: {start: ${o.start - 1}, end: ${o.start + 3}}
  vision: CONTOH rumusan visi RPJMD
  missions:
    - CONTOH misi pertama
    - CONTOH misi kedua
agencies:
  # Perangkat daerah yang memimpin atau mendukung program; "id" dipakai di berkas lain (lead, support).
  - {id: setda, name: Sekretariat Daerah, short: Setda}
  - {id: bappeda, name: Badan Perencanaan Pembangunan Daerah, short: Bappeda}
  - {id: diskominfo, name: Dinas Komunikasi dan Informatika, short: Diskominfo}
  - {id: dpmptsp, name: Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu, short: DPMPTSP}
  - {id: bapenda, name: Badan Pendapatan Daerah, short: Bapenda}
  - {id: disbudpar, name: Dinas Kebudayaan dan Pariwisata, short: Disbudpar}
  - {id: diskopukm, name: Dinas Koperasi dan Usaha Kecil Menengah, short: Diskop UKM}
  - {id: dinkes, name: Dinas Kesehatan, short: Dinkes}
  - {id: disdik, name: Dinas Pendidikan, short: Disdik}
  - {id: dlh, name: Dinas Lingkungan Hidup, short: DLH}
`);

  files.set('analisis/kesiapan.yaml', `${modeline('gap-analysis', 1)}# Buku I – Analisis Strategis: kesiapan daerah, kesenjangan dan SWOT (bimtek tahap I).
${CONTOH}apiVersion: smartcity/v1
kind: GapAnalysis
readiness:
  structure:
    summary: CONTOH ringkasan kesiapan struktur (SDM, anggaran, tata kelola).
    items:
      - {aspect: SDM pengelola TIK, condition: CONTOH kondisi saat ini., score: 3}
      - {aspect: Anggaran, condition: CONTOH kondisi saat ini., score: 2}
  infrastructure:
    summary: CONTOH ringkasan kesiapan infrastruktur fisik dan digital.
    items:
      - {aspect: Infrastruktur digital, condition: CONTOH kondisi saat ini., score: 3}
  superstructure:
    summary: CONTOH ringkasan kesiapan suprastruktur (regulasi, kebijakan, budaya).
    items:
      - {aspect: Regulasi, condition: CONTOH kondisi saat ini., score: 2}
gaps:
  - id: gap-01
    pillar: superstructure
    dimension: governance
    aspect: Regulasi Smart City
    current: CONTOH belum ada ${perkada} tentang Masterplan Smart City.
    expected: Masterplan ditetapkan dengan ${perkada}.
    gap: CONTOH regulasi belum tersedia.
    recommendation: CONTOH menyusun dan menetapkan ${perkada} tentang Masterplan Smart City.
swot:
  strengths: [CONTOH kekuatan]
  weaknesses: [CONTOH kelemahan]
  opportunities: [CONTOH peluang]
  threats: [CONTOH ancaman]
`);

  for (const d of DIMENSIONS) {
    files.set(`dimensi/${d.file}.yaml`, `${modeline('dimension-strategy', 1)}# Strategi dan program dimensi ${d.id} (bimtek tahap II–III).
${CONTOH}apiVersion: smartcity/v1
kind: DimensionStrategy
dimension: ${d.id}
goal: ${q(`CONTOH: ${d.goal}`)}
strategies:
  - id: ${d.prefix}-st-1
    element: ${d.element}
    title: ${q(`CONTOH strategi: ${d.program.toLowerCase()}`)}
    description: CONTOH uraian strategi.
programs:
  - id: ${d.prefix}-01
    name: ${q(`${d.program} (CONTOH)`)}
    element: ${d.element}
    action: ${d.action}
    description: ${q(`CONTOH uraian program ${d.program.toLowerCase()}; ganti dengan program hasil bimtek.`)}
    lead: ${d.lead}
    support: [${d.support.join(', ')}]
    horizon: medium
    # Keterkaitan: kesenjangan yang dijawab (id di analisis/) dan strategi yang dijalankan.
${d.id === 'governance' ? '    addresses: [gap-01]\n' : ''}    strategy: ${d.prefix}-st-1
    budget:
      # CONTOH: anggaran dalam Rupiah penuh per tahun dan sumber dana.
      - {year: ${o.start}, amount: 100000000, source: APBD}
      - {year: ${o.start + 1}, amount: 150000000, source: APBD}
    outputs: [CONTOH keluaran]
    outcomes: [CONTOH hasil]
    indicators:
      - {name: ${q(d.indicator.name)}, unit: ${q(d.indicator.unit)}, baseline: 0, target: ${d.indicator.target}, baseline_year: ${o.start - 1}, source: CONTOH sumber data}
`);
  }

  files.set('quick-wins.yaml', `${modeline('quick-wins', 0)}# Quick win: program unggulan yang dapat dilaksanakan dalam satu tahun (bimtek tahap III–IV).
${CONTOH}apiVersion: smartcity/v1
kind: QuickWins
quick_wins:
${DIMENSIONS.map((d) => `  - id: ${d.quickWin.id}
    name: ${q(`${d.quickWin.name} (CONTOH)`)}
    dimension: ${d.id}
    element: ${d.element}
    program: ${d.prefix}-01
    lead: ${d.lead}
    objective: CONTOH tujuan quick win.
    schedule: {start: ${o.start}-02, end: ${o.start}-11}
    budget: {amount: 50000000, source: APBD}
    indicators:
      - {name: ${q(d.indicator.name)}, target: ${q(d.quickWin.target)}}
    risks:
      - {risk: CONTOH risiko, likelihood: 2, impact: 3, mitigation: CONTOH mitigasi., owner: ${d.lead}}
    criteria:
${QUICK_WIN_CRITERIA.map((c) => `      ${c}: CONTOH jawaban kriteria ${CRITERION_NAMES[c].toLowerCase()}.`).join('\n')}
`).join('')}`);

  files.set('.gitignore', 'dist/\nnode_modules/\n~$*\n');

  files.set('.github/workflows/masterplan.yml', `# Memeriksa data dan menyusun dokumen Masterplan Smart City pada setiap push.
# Dokumen (DOCX, XLSX) dapat diunduh dari tab "Actions" > run > "Artifacts".
name: Masterplan Smart City
on:
  push:
  pull_request:
  workflow_dispatch:
env:
  # Dari mana alat smartcity dipasang; satu-satunya tempat mengaturnya. Nilainya apa saja yang
  # diterima "npm install -g": tarball hasil "npm pack" yang disimpan di repositori ini, URL
  # tarball, atau repositori git dengan tag, mis. git+https://github.com/ORGANISASI/smartcity.git#v0.1.0
  SMARTCITY_INSTALL: ${q(o.install)}
jobs:
  masterplan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      # Opsional: LibreOffice membuat nomor halaman daftar isi tepat (tanpa itu nomor diperkirakan).
      # - run: sudo apt-get update && sudo apt-get install -y --no-install-recommends libreoffice-writer
      - name: Pasang smartcity
        run: npm install -g --no-audit --no-fund "$SMARTCITY_INSTALL"
      - name: Validasi
        run: smartcity validate . --format github
      - name: Susun dokumen
        run: smartcity build .
      - uses: actions/upload-artifact@v4
        with:
          name: masterplan-smart-city
          path: dist/
          if-no-files-found: error
`);

  files.set('README.md', `# Masterplan Smart City ${full}

Folder ini berisi data Masterplan Smart City ${full} dalam bentuk berkas YAML. Dokumen
masterplan (buku DOCX, berkas per BAB dan *roadmap* XLSX) disusun otomatis dari data ini
dengan alat \`smartcity\`. Semua isi awal bertanda **CONTOH**: ganti dengan data daerah
Anda sebelum dokumen dicetak.

## Berkas

| berkas | isi | BAB |
|---|---|---|
| \`smartcity.yaml\` | berkas utama: judul, periode, kerangka, sumber dana, dasar hukum, tim | I, Lampiran |
| \`profil-daerah.yaml\` | profil daerah, statistik, RPJMD, daftar perangkat daerah | II |
| \`analisis/kesiapan.yaml\` | kesiapan struktur, infrastruktur, suprastruktur; kesenjangan; SWOT | III |
| \`dimensi/*.yaml\` | sasaran, strategi dan program tiap dimensi (enam dimensi) | IV–VI |
| \`quick-wins.yaml\` | *quick win* per dimensi | VII |
| \`schemas/\` | skema JSON untuk pelengkapan dan pemeriksaan otomatis di editor | – |
| \`templates/\` | (opsional) teks naratif yang disesuaikan, lihat \`smartcity templates\` | – |
| \`dist/\` | hasil \`smartcity build\` (tidak disimpan di git) | – |

Dengan VS Code dan ekstensi *YAML* (Red Hat), setiap berkas langsung dilengkapi dan
diperiksa terhadap skema di \`schemas/\` (baris pertama \`# yaml-language-server: ...\`),
tanpa koneksi internet.

## Tahapan bimtek

| tahap | isi | berkas yang dilengkapi |
|---|---|---|
| I | analisis kesiapan, kesenjangan, SWOT, visi dan sasaran | \`profil-daerah.yaml\`, \`analisis/kesiapan.yaml\` |
| II | program 1 tahun / 5 tahun / jangka panjang, rencana aksi, indikator | \`dimensi/*.yaml\` |
| III | buku masterplan: strategi, rencana aksi, peta jalan; pemilihan *quick win* | \`dimensi/*.yaml\`, \`quick-wins.yaml\` |
| IV | reviu per BAB, reviu peta jalan, finalisasi *quick win*, penandatanganan komitmen | semua berkas, \`smartcity.yaml\` (tim, dasar hukum) |

## Perintah

\`\`\`sh
smartcity validate .              # periksa semua berkas
smartcity validate . --stage 2    # kelengkapan untuk bimtek tahap II
smartcity summary .               # ringkasan program, quick win dan anggaran
smartcity build .                 # tulis dokumen ke dist/
smartcity build . --watch         # susun ulang setiap kali berkas berubah
smartcity templates .             # salin templat naratif ke templates/ untuk disunting
\`\`\`

Setiap *push* ke GitHub menjalankan \`.github/workflows/masterplan.yml\`: alat smartcity
dipasang dari \`${o.install}\` (diatur di satu tempat: \`SMARTCITY_INSTALL\` dalam berkas itu),
data diperiksa (kesalahan tampil langsung pada baris berkasnya) dan dokumen disusun serta
dapat diunduh sebagai *artifact*. Bila nilainya tarball di \`.smartcity/\`, simpan berkas itu
di repositori (\`git add .smartcity\`).
`);
  return files;
}
