import { describe, expect, it } from 'vitest';
import { t } from '../../src/diagnostics/translate.js';
import { briefs, minimal, validateFiles } from '../_helpers/project.js';

describe('data words in Indonesian messages', () => {
  it('SC2002 says type names in Indonesian', () => {
    expect(t('SC2002', { expected: 'text or whole number', found: 'list' }, 'id')).toBe('seharusnya teks atau bilangan bulat, ditemukan daftar; ganti nilainya dengan teks atau bilangan bulat');
    expect(t('SC2002', { expected: 'mapping', found: 'number 5' }, 'id')).toBe('seharusnya objek, ditemukan angka 5; ganti nilainya dengan objek');
    expect(t('SC2002', { expected: 'true/false', found: 'empty value' }, 'id')).toBe('seharusnya boolean (true/false), ditemukan nilai kosong; ganti nilainya dengan boolean (true/false)');
    expect(t('SC2002', { expected: 'list', found: 'true/false true' }, 'id')).toBe('seharusnya daftar, ditemukan boolean (true/false) true; ganti nilainya dengan daftar');
  });

  it('SC2002 translates only the type word, never the value found', () => {
    expect(t('SC2002', { expected: 'number', found: 'text "list or number"' }, 'id')).toBe('seharusnya angka, ditemukan teks "list or number"; ganti nilainya dengan angka');
  });

  it('keeps the English words in English output and in the data', () => {
    const data = { expected: 'text or whole number', found: 'list' };
    expect(t('SC2002', data, 'en')).toBe('expected text or whole number, found list; write text or whole number instead');
    expect(data).toEqual({ expected: 'text or whole number', found: 'list' });
  });

  it('SC3018 says the logo reasons in Indonesian', () => {
    const say = (reason: string) => t('SC3018', { path: 'logo.png', reason }, 'id');
    expect(say('file not found')).toBe('logo "logo.png" tidak dapat dipakai: berkas tidak ditemukan; simpan ulang sebagai PNG atau JPEG di dalam folder proyek');
    expect(say('outside the project folder')).toBe('logo "logo.png" tidak dapat dipakai: berada di luar folder proyek; simpan ulang sebagai PNG atau JPEG di dalam folder proyek');
    expect(say('outside the project folder (symbolic link)')).toBe('logo "logo.png" tidak dapat dipakai: berada di luar folder proyek (tautan simbolis); simpan ulang sebagai PNG atau JPEG di dalam folder proyek');
    expect(say('absolute path; write it relative to this file')).toBe('logo "logo.png" tidak dapat dipakai: path absolut; tuliskan relatif terhadap berkas ini; simpan ulang sebagai PNG atau JPEG di dalam folder proyek');
    expect(say('not a file')).toBe('logo "logo.png" tidak dapat dipakai: bukan berkas; simpan ulang sebagai PNG atau JPEG di dalam folder proyek');
    expect(say('not a PNG or JPEG image')).toBe('logo "logo.png" tidak dapat dipakai: bukan gambar PNG atau JPEG; simpan ulang sebagai PNG atau JPEG di dalam folder proyek');
    expect(say('larger than 10 MB')).toBe('logo "logo.png" tidak dapat dipakai: lebih besar dari 10 MB; simpan ulang sebagai PNG atau JPEG di dalam folder proyek');
  });

  it('SC2006 names the format in Indonesian', () => {
    expect(t('SC2006', { value: '2023-1-5', format: 'date (YYYY-MM-DD)' }, 'id')).toBe('"2023-1-5" bukan tanggal (YYYY-MM-DD) yang sah; perbaiki penulisannya (tanggal ditulis TTTT-BB-HH, mis. 2023-12-31; bulan TTTT-BB, mis. 2023-07)');
    expect(t('SC2006', { value: '2023-13', format: 'month (YYYY-MM)' }, 'id')).toBe('"2023-13" bukan bulan (YYYY-MM) yang sah; perbaiki penulisannya (tanggal ditulis TTTT-BB-HH, mis. 2023-12-31; bulan TTTT-BB, mis. 2023-07)');
  });

  it('leaves an unknown word as it is (e.g. an OS error code)', () => {
    expect(t('SC1008', { reason: 'EIO' }, 'id')).toBe('berkas tidak dapat dibaca (kode sistem EIO); periksa apakah berkas itu masih ada dan boleh dibaca');
  });

  it('end to end: a schema type error and a missing logo read wholly in Indonesian', async () => {
    const files = await minimal({ 'profil.yaml': [['  name: Contoh', '  name: [Contoh]']] });
    const [d] = await validateFiles(files);
    expect(d.code).toBe('SC2002');
    expect(t(d.code, d.data, 'id')).toMatch(/^seharusnya teks, ditemukan daftar; ganti nilainya dengan teks$/);
    const logo = (await briefs(await minimal({ 'profil.yaml': [['  type: kabupaten', '  type: kabupaten\n  logo: tidak-ada.png']] }))).find((b) => b.code === 'SC3018');
    expect(logo?.data.reason).toBe('file not found');
    expect(t('SC3018', logo!.data, 'id')).toBe('logo "tidak-ada.png" tidak dapat dipakai: berkas tidak ditemukan; simpan ulang sebagai PNG atau JPEG di dalam folder proyek');
  });
});
