import { describe, expect, it } from 'vitest';
import { t } from '../../src/diagnostics/translate.js';
import { briefs, minimal, validateFiles } from '../_helpers/project.js';

describe('data words in Indonesian messages', () => {
  it('SC2002 says type names in Indonesian', () => {
    expect(t('SC2002', { expected: 'text or whole number', found: 'list' }, 'id')).toBe('seharusnya teks atau bilangan bulat, ditemukan daftar');
    expect(t('SC2002', { expected: 'mapping', found: 'number 5' }, 'id')).toBe('seharusnya objek, ditemukan angka 5');
    expect(t('SC2002', { expected: 'true/false', found: 'empty value' }, 'id')).toBe('seharusnya boolean (true/false), ditemukan nilai kosong');
    expect(t('SC2002', { expected: 'list', found: 'true/false true' }, 'id')).toBe('seharusnya daftar, ditemukan boolean (true/false) true');
  });

  it('SC2002 translates only the type word, never the value found', () => {
    expect(t('SC2002', { expected: 'number', found: 'text "list or number"' }, 'id')).toBe('seharusnya angka, ditemukan teks "list or number"');
  });

  it('keeps the English words in English output and in the data', () => {
    const data = { expected: 'text or whole number', found: 'list' };
    expect(t('SC2002', data, 'en')).toBe('expected text or whole number, found list');
    expect(data).toEqual({ expected: 'text or whole number', found: 'list' });
  });

  it('SC3018 says the logo reasons in Indonesian', () => {
    const say = (reason: string) => t('SC3018', { path: 'logo.png', reason }, 'id');
    expect(say('file not found')).toBe('logo "logo.png" tidak dapat dipakai: berkas tidak ditemukan');
    expect(say('outside the project folder')).toBe('logo "logo.png" tidak dapat dipakai: berada di luar folder proyek');
    expect(say('outside the project folder (symbolic link)')).toBe('logo "logo.png" tidak dapat dipakai: berada di luar folder proyek (tautan simbolis)');
    expect(say('absolute path; write it relative to this file')).toBe('logo "logo.png" tidak dapat dipakai: path absolut; tuliskan relatif terhadap berkas ini');
    expect(say('not a file')).toBe('logo "logo.png" tidak dapat dipakai: bukan berkas');
    expect(say('not a PNG or JPEG image')).toBe('logo "logo.png" tidak dapat dipakai: bukan gambar PNG atau JPEG');
    expect(say('larger than 10 MB')).toBe('logo "logo.png" tidak dapat dipakai: lebih besar dari 10 MB');
  });

  it('SC2006 names the format in Indonesian', () => {
    expect(t('SC2006', { value: '2023-1-5', format: 'date (YYYY-MM-DD)' }, 'id')).toBe('"2023-1-5" bukan tanggal (YYYY-MM-DD) yang sah');
    expect(t('SC2006', { value: '2023-13', format: 'month (YYYY-MM)' }, 'id')).toBe('"2023-13" bukan bulan (YYYY-MM) yang sah');
  });

  it('leaves an unknown word as it is (e.g. an OS error code)', () => {
    expect(t('SC1008', { reason: 'EIO' }, 'id')).toBe('berkas tidak dapat dibaca (kode sistem EIO); periksa apakah berkas itu masih ada dan boleh dibaca');
  });

  it('end to end: a schema type error and a missing logo read wholly in Indonesian', async () => {
    const files = await minimal({ 'profil.yaml': [['  name: Contoh', '  name: [Contoh]']] });
    const [d] = await validateFiles(files);
    expect(d.code).toBe('SC2002');
    expect(t(d.code, d.data, 'id')).toMatch(/^seharusnya teks, ditemukan daftar$/);
    const logo = (await briefs(await minimal({ 'profil.yaml': [['  type: kabupaten', '  type: kabupaten\n  logo: tidak-ada.png']] }))).find((b) => b.code === 'SC3018');
    expect(logo?.data.reason).toBe('file not found');
    expect(t('SC3018', logo!.data, 'id')).toBe('logo "tidak-ada.png" tidak dapat dipakai: berkas tidak ditemukan');
  });
});
