/**
 * The fixed words of a regional regulation's frame (UU 12/2011, Lampiran II). They are the form itself, not
 * text a region rewords, so they live here once rather than in every template; the sentences are in templates.
 */
export const FORMS = {
  considering: 'Menimbang',
  recalling: 'Mengingat',
  decide: 'MEMUTUSKAN:',
  enact: 'Menetapkan',
  enactedAt: 'Ditetapkan di',
  promulgatedAt: 'Diundangkan di',
  onDate: 'pada tanggal',
  secretary: 'SEKRETARIS DAERAH',
  attachment: 'LAMPIRAN',
  number: 'NOMOR',
  year: 'TAHUN',
  about: 'TENTANG',
} as const;
