import { books } from '../../../src/validate/rules/books.js';
import { ruleTester } from '../../_helpers/project.js';

const MANIFEST = 'apiVersion: smartcity/v1\nkind: Masterplan\ntitle: T\nperiod: {start: 2024, end: 2028}\nframework:\n  dimensions:\n    - id: governance\n      name: Smart Governance\n      elements:\n        - {id: service, name: Layanan Publik}\n';
const PROFILE = 'apiVersion: smartcity/v1\nkind: RegionProfile\nregion: {name: Contoh, type: kabupaten, province: P, capital: C}\nagencies:\n  - {id: diskominfo, name: Dinas}\n';
const ALLOWED = 'analisis-strategis, masterplan, quick-win, ringkasan-eksekutif, lengkap';

ruleTester(books, {
  valid: [
    { name: 'no books key: the default set' },
    { name: 'built-in books chosen, renamed, a new one from outline chapters', patch: { 'smartcity.yaml': `${MANIFEST}books: [analisis-strategis, {id: masterplan, title: RENCANA INDUK}, {id: road-map, label: BUKU IV, title: ROAD MAP, chapters: [peta-jalan]}, lengkap]\n` } },
    { name: 'missions and issues naming framework dimensions', patch: { 'smartcity.yaml': `${MANIFEST}missions:\n  - {text: Melayani, dimensions: [governance]}\nstrategic_issues:\n  - {title: Data, description: Belum terpadu, dimensions: [governance]}\n` } },
  ],
  invalid: [
    {
      name: 'SC3023 an unknown book with did-you-mean; SC3024 a book listed twice; SC6005 an unknown chapter, each where it is written',
      patch: { 'smartcity.yaml': `${MANIFEST}books:\n  - masterplen\n  - quick-win\n  - quick-win\n  - {id: x, title: X, chapters: [peta-jalam]}\n` },
      expected: [
        { code: 'SC3023', at: 'smartcity.yaml:12:5', data: { id: 'masterplen', allowed: ALLOWED }, suggestion: 'masterplan' },
        { code: 'SC3024', at: 'smartcity.yaml:14:5', data: { id: 'quick-win', field: 'id', first: 'books[1]' } },
        { code: 'SC6005', at: 'smartcity.yaml:15:34', data: { id: 'peta-jalam', allowed: 'pendahuluan, gambaran-umum, analisis-kesiapan, strategi, rencana-program, peta-jalan, quick-win, penutup' }, suggestion: 'peta-jalan' },
      ],
    },
    {
      name: 'SC3005 an unknown dimension in missions, strategic issues and the RPJMD missions',
      patch: {
        'smartcity.yaml': `${MANIFEST}missions:\n  - {text: Melayani, dimensions: [govrnance]}\nstrategic_issues:\n  - {title: Data, description: D, dimensions: [living]}\n`,
        'profil.yaml': `${PROFILE}rpjmd:\n  missions:\n    - Misi tanpa dimensi\n    - {text: Misi, dimensions: [governance, economy]}\n`,
      },
      expected: [
        { code: 'SC3005', at: 'profil.yaml:9:45', data: { id: 'economy', allowed: 'governance' } },
        { code: 'SC3005', at: 'smartcity.yaml:12:35', data: { id: 'govrnance', allowed: 'governance' }, suggestion: 'governance' },
        { code: 'SC3005', at: 'smartcity.yaml:14:48', data: { id: 'living', allowed: 'governance' } },
      ],
    },
  ],
});
