/**
 * `--help` in the user's language: the English help strings of main.ts, in Indonesian. English is the
 * key so main.ts stays readable; a string missing here is shown in English (a test checks none is).
 */
import type { Locale } from '../diagnostics/translate.js';

export const HELP_ID: Record<string, string> = {
  // commander's section titles
  'Usage:': 'Penggunaan:',
  'Arguments:': 'Argumen:',
  'Options:': 'Opsi:',
  'Global Options:': 'Opsi global:',
  'Commands:': 'Perintah:',
  'id | en (default: id, or SMARTCITY_LANG)': 'id | en (bawaan: id, atau SMARTCITY_LANG)',
  'hide progress lines (warnings and errors are always shown)': 'sembunyikan baris kemajuan (peringatan dan kesalahan selalu ditampilkan)',
  // commander's chrome, through voicedHelp()
  default: 'bawaan',
  '[options]': '[opsi]',
  '[command]': '[perintah]',
  'no colour in the output (also NO_COLOR)': 'tanpa warna (juga NO_COLOR)',
  'show stack traces of internal errors': 'tampilkan rincian teknis kesalahan internal',
  'display help for command': 'tampilkan bantuan perintah',
  'output the version number': 'tampilkan nomor versi',
  'check every YAML file of a project against the schemas and the cross-file rules': 'periksa setiap berkas YAML proyek terhadap skema dan aturan antarberkas',
  'project folder': 'folder proyek',
  'text | json | github': 'text | json | github',
  'completeness for bimtek stage 1..4': 'kelengkapan untuk bimtek tahap 1..4',
  "write only the books due at bimtek stage 1..4, checking that stage's completeness": 'tulis hanya buku untuk bimtek tahap 1..4, dengan memeriksa kelengkapan tahap itu',
  'treat warnings as errors': 'perlakukan peringatan sebagai kesalahan',
  "print programs, quick wins and budget by dimension, year and funding source; with --year, that year's monitoring figures":
    'cetak program, quick win dan anggaran per dimensi, tahun dan sumber dana; dengan --year, angka monev tahun itu',
  'print JSON for scripts': 'cetak JSON untuk skrip',
  'the monitoring and evaluation figures of a year with a Progress document': 'angka monitoring dan evaluasi tahun yang memiliki dokumen Progress',
  'validate, then write the masterplan: DOCX chapters, the DOCX book and the XLSX roadmap': 'validasi, lalu tulis masterplan: bab-bab DOCX, buku DOCX dan peta jalan XLSX',
  'project folder (with --all: a folder of project folders)': 'folder proyek (dengan --all: folder berisi folder-folder proyek)',
  'output folder (default: <dir>/dist; with --all: <out>/<project>)': 'folder keluaran (bawaan: <dir>/dist; dengan --all: <out>/<proyek>)',
  'also write the book and each monitoring report as PDF (needs LibreOffice)': 'tulis juga buku dan setiap laporan monev sebagai PDF (perlu LibreOffice)',
  'build every subfolder that holds a smartcity.yaml, in parallel': 'susun setiap subfolder yang berisi smartcity.yaml, secara paralel',
  'with --all: regions built at once (default: the number of CPUs)': 'dengan --all: jumlah daerah yang disusun bersamaan (bawaan: jumlah CPU)',
  'build again whenever an input or template changes (Ctrl+C to stop)': 'susun ulang setiap kali masukan atau templat berubah (Ctrl+C untuk berhenti)',
  'create a new project that validates and builds at once (example content marked CONTOH)': 'buat proyek baru yang langsung lolos validasi dan dapat disusun (isi contoh bertanda CONTOH)',
  'project folder to create': 'folder proyek yang dibuat',
  'kabupaten | kota': 'kabupaten | kota',
  'province, e.g. "Kalimantan Tengah"': 'provinsi, mis. "Kalimantan Tengah"',
  'first year of the masterplan period (default: next year)': 'tahun pertama periode masterplan (bawaan: tahun depan)',
  'overwrite an existing project': 'timpa proyek yang sudah ada',
  'where the CI workflow installs smartcity from: a tarball made by npm pack (copied into the project), a tarball URL or a git URL with a tag':
    'dari mana workflow CI memasang smartcity: tarball hasil npm pack (disalin ke proyek), URL tarball, atau URL git dengan tag',
  'copy the built-in narrative templates into the project (templates/id/) for editing; builds then use them':
    'salin templat narasi bawaan ke proyek (templates/id/) untuk disunting; penyusunan berikutnya memakainya',
  'templates folder to write into (default: <dir>/templates)': 'folder templat tujuan (bawaan: <dir>/templates)',
  'overwrite templates that already exist': 'timpa templat yang sudah ada',
  'print the JSON Schemas of every document kind, or write them with --out': 'cetak JSON Schema setiap jenis dokumen, atau tulis dengan --out',
  'write one file per kind into this folder': 'tulis satu berkas per jenis ke folder ini',
  'region name, e.g. "Kotawaringin Timur"': 'nama daerah, mis. "Kotawaringin Timur"',
  '\nExamples:\n': '\nContoh:\n',
};

/** The help string in the locale (Indonesian when translated, else the English key). */
export function helpText(locale: Locale): (en: string) => string {
  return (en) => (locale === 'id' ? HELP_ID[en] ?? en : en);
}
