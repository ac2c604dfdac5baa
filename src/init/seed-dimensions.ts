/** The six Kominfo dimensions as `smartcity init` seeds them: one example goal, program, indicator and quick win each. */

export interface DimensionSeed {
  id: string;
  file: string;
  prefix: string;
  element: string;
  lead: string;
  support: string[];
  goal: string;
  program: string;
  action: 'policy' | 'infrastructure' | 'application' | 'literacy';
  indicator: { name: string; unit: string; target: number };
  quickWin: { id: string; name: string; target: string };
}

export const DIMENSIONS: DimensionSeed[] = [
  {
    id: 'governance', file: 'governance', prefix: 'gov', element: 'service', lead: 'diskominfo', support: ['setda', 'dpmptsp'],
    goal: 'Tata kelola pemerintahan yang efektif, transparan dan akuntabel dengan layanan publik yang terpadu secara elektronik.',
    program: 'Portal layanan publik terpadu', action: 'application',
    indicator: { name: 'Layanan publik yang dapat diakses daring', unit: 'layanan', target: 50 },
    quickWin: { id: 'qw-layanan-daring', name: 'Layanan Perizinan Daring', target: '20 jenis layanan' },
  },
  {
    id: 'branding', file: 'branding', prefix: 'brd', element: 'tourism', lead: 'disbudpar', support: ['diskominfo'],
    goal: 'Citra daerah yang kuat melalui promosi digital pariwisata, budaya dan produk unggulan daerah.',
    program: 'Portal promosi pariwisata dan budaya', action: 'application',
    indicator: { name: 'Destinasi wisata yang dipromosikan secara digital', unit: 'destinasi', target: 25 },
    quickWin: { id: 'qw-katalog-wisata', name: 'Katalog Wisata Digital', target: '15 destinasi' },
  },
  {
    id: 'economy', file: 'economy', prefix: 'eco', element: 'transaction', lead: 'diskopukm', support: ['bapenda'],
    goal: 'Ekonomi daerah yang tumbuh dan inklusif melalui digitalisasi UMKM dan transaksi nontunai.',
    program: 'Digitalisasi UMKM dan transaksi nontunai', action: 'literacy',
    indicator: { name: 'UMKM yang memakai pembayaran digital', unit: 'UMKM', target: 1000 },
    quickWin: { id: 'qw-umkm-qris', name: 'Pasar Nontunai', target: '200 pedagang' },
  },
  {
    id: 'living', file: 'living', prefix: 'liv', element: 'health', lead: 'dinkes', support: ['diskominfo'],
    goal: 'Lingkungan hidup yang sehat dan nyaman dengan layanan kesehatan yang mudah dijangkau.',
    program: 'Sistem informasi layanan kesehatan terpadu', action: 'application',
    indicator: { name: 'Puskesmas yang memakai rekam medis elektronik', unit: 'puskesmas', target: 20 },
    quickWin: { id: 'qw-antrean-puskesmas', name: 'Antrean Puskesmas Daring', target: '5 puskesmas' },
  },
  {
    id: 'society', file: 'society', prefix: 'soc', element: 'learning', lead: 'disdik', support: ['diskominfo'],
    goal: 'Masyarakat yang cakap digital, peduli dan aman.',
    program: 'Gerakan literasi digital masyarakat', action: 'literacy',
    indicator: { name: 'Warga yang mengikuti pelatihan literasi digital', unit: 'orang', target: 5000 },
    quickWin: { id: 'qw-kelas-digital', name: 'Kelas Digital Warga', target: '500 peserta' },
  },
  {
    id: 'environment', file: 'environment', prefix: 'env', element: 'waste', lead: 'dlh', support: ['diskominfo'],
    goal: 'Lingkungan yang lestari melalui pengelolaan sampah dan energi yang tercatat dan terpantau.',
    program: 'Sistem informasi pengelolaan sampah', action: 'application',
    indicator: { name: 'Bank sampah yang tercatat dalam sistem', unit: 'bank sampah', target: 100 },
    quickWin: { id: 'qw-bank-sampah', name: 'Bank Sampah Digital', target: '20 bank sampah' },
  },
];
