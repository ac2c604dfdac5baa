/**
 * The Kominfo framework (DOMAIN.md): six dimensions, three elements each. This table is the one
 * place these ids and names live; everything else reads them from the model.
 */
export interface FrameworkElementDef {
  id: string;
  name: string;
}
export interface FrameworkDimensionDef {
  id: string;
  name: string;
  elements: FrameworkElementDef[];
}

export const KOMINFO_FRAMEWORK: readonly FrameworkDimensionDef[] = [
  {
    id: 'governance',
    name: 'Smart Governance',
    elements: [
      { id: 'service', name: 'Layanan Publik' },
      { id: 'bureaucracy', name: 'Tata Kelola Birokrasi' },
      { id: 'policy', name: 'Kebijakan Publik' },
    ],
  },
  {
    id: 'branding',
    name: 'Smart Branding',
    elements: [
      { id: 'tourism', name: 'Ekosistem Pariwisata' },
      { id: 'business', name: 'Ekosistem Bisnis' },
      { id: 'city_appearance', name: 'Penataan Wajah Kota' },
    ],
  },
  {
    id: 'economy',
    name: 'Smart Economy',
    elements: [
      { id: 'industry', name: 'Ekosistem Industri' },
      { id: 'welfare', name: 'Kesejahteraan Rakyat' },
      { id: 'transaction', name: 'Ekosistem Transaksi Keuangan' },
    ],
  },
  {
    id: 'living',
    name: 'Smart Living',
    elements: [
      { id: 'harmony', name: 'Harmonisasi Tata Ruang dan Pola Hidup' },
      { id: 'health', name: 'Kesehatan' },
      { id: 'mobility', name: 'Mobilitas / Transportasi' },
    ],
  },
  {
    id: 'society',
    name: 'Smart Society',
    elements: [
      { id: 'community', name: 'Interaksi Masyarakat / Komunitas' },
      { id: 'learning', name: 'Ekosistem Belajar' },
      { id: 'security', name: 'Keamanan' },
    ],
  },
  {
    id: 'environment',
    name: 'Smart Environment',
    elements: [
      { id: 'protection', name: 'Proteksi Lingkungan' },
      { id: 'waste', name: 'Tata Kelola Sampah dan Limbah' },
      { id: 'energy', name: 'Tata Kelola Energi' },
    ],
  },
];

/** INPUT-FORMAT.md defaults. */
export const DEFAULT_FUNDING_SOURCES: readonly string[] = ['APBD', 'APBD Provinsi', 'APBN', 'DAK', 'CSR', 'KPBU', 'Swasta', 'Lainnya'];

export const DEFAULT_WEIGHTS: Readonly<Record<string, number>> = { baseline: 10, output: 20, outcome: 30, impact: 20, quick_win: 20 };

/** Horizons in years from period.start; `long` defaults to the period's length. */
export function defaultHorizons(period: { start: number; end: number }): { short: number; medium: number; long: number } {
  const length = period.end - period.start + 1;
  return { short: Math.min(1, length), medium: Math.min(5, length), long: length };
}

/** The framework of a manifest: 'kominfo' (or absent) gives the table above. */
export function resolveFramework(framework: unknown): readonly FrameworkDimensionDef[] {
  if (framework === undefined || framework === 'kominfo') return KOMINFO_FRAMEWORK;
  const custom = framework as { dimensions?: FrameworkDimensionDef[] };
  return custom.dimensions ?? KOMINFO_FRAMEWORK;
}
