// The vocabulary of the synthetic projects (bench/generate.mjs): the Kominfo framework, agencies and the
// phrases programs are assembled from. Kept apart so the generator itself stays short; changing any list
// changes every generated project (test/bench/generate.test.ts pins the default output).
/** The Kominfo framework (src/model/framework.ts): dimension → element ids, with an id prefix. */
export const DIMENSIONS = [
  { id: 'governance', prefix: 'gov', elements: ['service', 'bureaucracy', 'policy'], theme: 'tata kelola pemerintahan' },
  { id: 'branding', prefix: 'brd', elements: ['tourism', 'business', 'city_appearance'], theme: 'citra dan daya saing daerah' },
  { id: 'economy', prefix: 'eco', elements: ['industry', 'welfare', 'transaction'], theme: 'ekonomi daerah' },
  { id: 'living', prefix: 'liv', elements: ['harmony', 'health', 'mobility'], theme: 'kualitas hidup warga' },
  { id: 'society', prefix: 'soc', elements: ['community', 'learning', 'security'], theme: 'masyarakat yang cakap digital' },
  { id: 'environment', prefix: 'env', elements: ['protection', 'waste', 'energy'], theme: 'lingkungan yang lestari' },
];

/** Gaps of the synthetic GapAnalysis; programs answer them in turn. */
export const GAP_COUNT = 12;
export const AGENCIES = [
  ['setda', 'Sekretariat Daerah', 'Setda'],
  ['setwan', 'Sekretariat DPRD', 'Setwan'],
  ['inspektorat', 'Inspektorat Daerah', 'Inspektorat'],
  ['bappeda', 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah', 'Bapperida'],
  ['bpkad', 'Badan Pengelolaan Keuangan dan Aset Daerah', 'BPKAD'],
  ['bapenda', 'Badan Pendapatan Daerah', 'Bapenda'],
  ['bkpsdm', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'BKPSDM'],
  ['bpbd', 'Badan Penanggulangan Bencana Daerah', 'BPBD'],
  ['kesbangpol', 'Badan Kesatuan Bangsa dan Politik', 'Kesbangpol'],
  ['diskominfo', 'Dinas Komunikasi dan Informatika', 'Diskominfo'],
  ['disdik', 'Dinas Pendidikan', 'Disdik'],
  ['dinkes', 'Dinas Kesehatan', 'Dinkes'],
  ['rsud', 'Rumah Sakit Umum Daerah', 'RSUD'],
  ['dpupr', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'DPUPR'],
  ['disperkim', 'Dinas Perumahan dan Kawasan Permukiman', 'Disperkim'],
  ['satpolpp', 'Satuan Polisi Pamong Praja', 'Satpol PP'],
  ['dinsos', 'Dinas Sosial', 'Dinsos'],
  ['disnaker', 'Dinas Tenaga Kerja dan Transmigrasi', 'Disnakertrans'],
  ['dlh', 'Dinas Lingkungan Hidup', 'DLH'],
  ['disdukcapil', 'Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil'],
  ['dpmd', 'Dinas Pemberdayaan Masyarakat dan Desa', 'DPMD'],
  ['dishub', 'Dinas Perhubungan', 'Dishub'],
  ['diskopukm', 'Dinas Koperasi, Usaha Kecil dan Menengah', 'Diskop UKM'],
  ['dpmptsp', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP'],
  ['disbudpar', 'Dinas Kebudayaan dan Pariwisata', 'Disbudpar'],
  ['dispora', 'Dinas Pemuda dan Olahraga', 'Dispora'],
  ['disperdagin', 'Dinas Perdagangan dan Perindustrian', 'Disperdagin'],
  ['distan', 'Dinas Pertanian dan Ketahanan Pangan', 'Distan'],
  ['diskan', 'Dinas Perikanan', 'Diskan'],
  ['arsip', 'Dinas Perpustakaan dan Kearsipan', 'Dispursip'],
];

export const VERBS = ['Pengembangan', 'Pembangunan', 'Penguatan', 'Digitalisasi', 'Integrasi', 'Penerapan', 'Peningkatan', 'Optimalisasi', 'Perluasan', 'Modernisasi'];
export const OBJECTS = {
  governance: ['layanan perizinan daring', 'sistem naskah dinas elektronik', 'portal Satu Data', 'pusat data pemerintah daerah', 'layanan pengaduan masyarakat', 'e-planning dan e-budgeting', 'keamanan informasi dan persandian', 'kompetensi digital aparatur'],
  branding: ['promosi destinasi wisata', 'kalender acara budaya', 'pemasaran produk unggulan daerah', 'penataan koridor kota', 'papan informasi digital', 'ruang kreatif pemuda', 'katalog investasi daerah', 'desa wisata digital'],
  economy: ['pasar digital UMKM', 'pembayaran pajak nontunai', 'sistem informasi harga komoditas', 'inkubator bisnis digital', 'kartu bantuan sosial terpadu', 'pendataan tenaga kerja', 'transaksi retribusi elektronik', 'hilirisasi produk perkebunan'],
  living: ['rekam medis elektronik', 'layanan gawat darurat terpadu', 'angkutan umum terjadwal', 'sistem informasi tata ruang', 'pemantauan lalu lintas', 'layanan kesehatan jarak jauh', 'penerangan jalan cerdas', 'ruang terbuka hijau'],
  society: ['literasi digital masyarakat', 'perpustakaan digital', 'pembelajaran daring sekolah', 'kamera pengawas kawasan publik', 'forum komunitas warga', 'sistem peringatan dini bencana', 'relawan TIK desa', 'layanan informasi publik desa'],
  environment: ['pemantauan kualitas udara', 'bank sampah digital', 'pengelolaan limbah domestik', 'penerangan tenaga surya', 'pemantauan titik panas', 'konservasi daerah aliran sungai', 'efisiensi energi gedung pemerintah', 'pengangkutan sampah terjadwal'],
};
export const QUALIFIERS = ['terpadu', 'berbasis data', 'di seluruh kecamatan', 'tahap lanjutan', 'di kawasan perkotaan', 'di desa hulu dan pesisir', 'berbasis aplikasi', 'kolaboratif'];
export const SENTENCES = [
  (o, a) => `Program ini menyiapkan ${o} yang dikelola ${a} dan dapat diakses warga dari seluruh kecamatan.`,
  (o) => `Kegiatan meliputi kajian kebutuhan, pengadaan perangkat, pengembangan aplikasi, uji coba terbatas dan pendampingan pengguna ${o}.`,
  () => `Data yang dihasilkan terhubung dengan portal Satu Data sehingga dapat dipakai dalam perencanaan tahunan perangkat daerah.`,
  (o) => `Pelaksanaan ${o} dilakukan bertahap, dimulai dari kawasan perkotaan lalu diperluas ke desa-desa yang telah terjangkau jaringan internet.`,
  (o, a) => `${a} menyusun standar operasional prosedur dan melaporkan capaian ${o} setiap triwulan kepada Tim Pelaksana Smart City.`,
  () => `Kerja sama dengan perguruan tinggi, dunia usaha dan komunitas lokal dijajaki untuk menekan biaya dan menjaga keberlanjutan layanan.`,
];
export const OUTPUTS = ['Dokumen kajian kebutuhan', 'Aplikasi yang beroperasi', 'Standar operasional prosedur', 'Perangkat keras terpasang', 'Petugas terlatih', 'Basis data terintegrasi', 'Peraturan Bupati', 'Laporan evaluasi tahunan', 'Dasbor pemantauan', 'Modul pelatihan'];
export const OUTCOMES = ['Waktu layanan berkurang', 'Kepuasan masyarakat meningkat', 'Data sektoral mutakhir dan dapat dipakai bersama', 'Biaya operasional lebih efisien', 'Jangkauan layanan meluas ke desa', 'Partisipasi warga meningkat', 'Transparansi anggaran meningkat', 'Risiko bencana dan gangguan berkurang'];
export const INDICATORS = [
  ['Tingkat kepuasan pengguna layanan', 'persen', 70, 90, 'up'],
  ['Jumlah pengguna aktif', 'orang', 500, 15000, 'up'],
  ['Rata-rata waktu penyelesaian layanan', 'hari kerja', 7, 2, 'down'],
  ['Desa yang terjangkau layanan', 'desa', 20, 185, 'up'],
  ['Dataset yang diperbarui tepat waktu', 'dataset', 40, 600, 'up'],
  ['Aduan yang diselesaikan', 'persen', 55, 95, 'up'],
  ['Biaya operasional per layanan', 'ribu rupiah', 85, 40, 'down'],
  ['Aparatur tersertifikasi', 'orang', 10, 150, 'up'],
];
