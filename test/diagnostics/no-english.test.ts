/**
 * One voice: a Bappeda officer who reads no English meets no English sentence. Every catalogued message
 * in Indonesian, and the whole output of every error path driven through the CLI in Indonesian, is
 * checked against English words; every message names a fix.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../../src/cli/main.js';
import { CODES, type Code } from '../../src/diagnostics/codes.js';
import { messagesId } from '../../src/diagnostics/messages.id.js';
import { t } from '../../src/diagnostics/translate.js';

const REPO = path.resolve(__dirname, '../..');
const MINIMAL = path.join(REPO, 'test/_fixtures/minimal');

/** English words (none of them an Indonesian word) that a sentence in English would hold. */
const ENGLISH = [
  'the', 'is', 'are', 'not', 'no', 'found', 'missing', 'must', 'cannot', 'can', 'allowed', 'should', 'expected',
  'unknown', 'error', 'errors', 'warning', 'warnings', 'and', 'or', 'with', 'of', 'to', 'in', 'at', 'for', 'from',
  'this', 'that', 'be', 'has', 'have', 'line', 'column', 'value', 'option', 'options', 'argument', 'arguments',
  'command', 'required', 'invalid', 'did', 'you', 'mean', 'use', 'only', 'more', 'than', 'nested', 'mappings',
  'compact', 'implicit', 'keys', 'indentation', 'quote', 'save', 'symbolic', 'permission', 'denied', 'regular',
  'usage', 'default', 'choices', 'written', 'nothing', 'file', 'files', 'rendered', 'built', 'failed',
  'manifest', 'galat', 'manifes', 'isian',
];
const ENGLISH_RE = new RegExp(`\\b(${ENGLISH.join('|')})\\b`, 'i');

/**
 * The words a reader reads: without quoted values (ids, names the user typed), code labels
 * `[SC1001 yaml/syntax]`, paths, options (--help), the code frame and the command lines of examples.
 */
function prose(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*>?\s*\d*\s*\|/.test(line)) // code frame
    .filter((line) => !/^\s+smartcity /.test(line)) // example command lines
    .join('\n')
    .replace(/\[SC\d{4} [^\]]+\]/g, ' ')
    .replace(/"[^"\n]*"|'[^'\n]*'|`[^`\n]*`/g, ' ')
    .replace(/\S*[/\\.:]\S*/g, ' ') // paths, file:line:col, smartcity.yaml
    .replace(/(^|\s)--?[a-z][\w-]*/g, ' ')
    .replace(/[<[][^>\]\n]*[>\]]/g, ' ');
}

function englishIn(text: string): string | undefined {
  return ENGLISH_RE.exec(prose(text))?.[0];
}

/** Placeholder values as the code would fill them, none of them English. */
function sample(template: string): Record<string, string> {
  return Object.fromEntries([...template.matchAll(/\{(\w+)\}/g)].map((m) => [m[1], '7']));
}

describe('the Indonesian catalogue', () => {
  it.each(Object.keys(CODES) as Code[])('%s has no English word', (code) => {
    expect(englishIn(t(code, sample(messagesId[code]), 'id'))).toBeUndefined();
  });

  it('the prose filter does see English (so the test above can fail)', () => {
    expect(englishIn('kind "x" is not allowed here')).toBe('is');
    expect(englishIn('kesalahan sintaks YAML: Nested mappings are not allowed in compact mappings')).toBe('Nested');
    expect(englishIn('berkas bukan teks UTF-8 (UTF-16; save it as UTF-8)')).toBe('save');
    expect(englishIn("error: required option '--region <name>' not specified")).toBe('required');
  });

  /** Every error and warning says what to do: a verb of fixing, an example or a did-you-mean. */
  const FIX = /\b(tambahkan|ganti|gunakan|pakai|pilih|beri|tulis|hapus|ratakan|simpan|ubah|pindahkan|salin|isi|periksa|jalankan|arahkan|lihat|definisikan|lengkapi|perbaiki|tuliskan|sesuaikan|kurangi|perkecil|bagi|pecah|laporkan|buat|tandai|masukkan|tukar|perpendek|perpanjang|geser|gabungkan|bulatkan|pasang|cantumkan|urutkan|samakan|selaraskan|maksud Anda)\b|\bmis\./i;
  it('every message names a fix, except those listed here (written before this check; each still says what is wrong)', () => {
    // Sentences of a run (severity info: progress, summaries) report; they are not problems to fix.
    const without = (Object.keys(CODES) as Code[]).filter((code) => CODES[code].severity !== 'info' && !FIX.test(messagesId[code]));
    // A ratchet: a message given a fix leaves this list; a new message without one fails here.
    expect(without).toEqual(NOT_YET_NAMING_A_FIX);
    for (const code of ['SC1003', 'SC1007', 'SC1013', 'SC1018', 'SC1019', 'SC1020', 'SC1021', 'SC1022', 'SC1025', 'SC1026', 'SC1035', 'SC1036', 'SC1037', 'SC3004', 'SC3061', 'SC3062', 'SC9011', 'SC9014', 'SC9015'] as Code[]) {
      expect(messagesId[code], code).toMatch(FIX);
    }
  });
});

const NOT_YET_NAMING_A_FIX: Code[] = [];

async function cli(argv: string[], cwd = REPO) {
  let out = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (out += s), env: {}, cwd, isTTY: false };
  const code = await run(argv, io);
  return { code, out };
}

/** The test's temporary folders, removed when the file's tests end. */
const made: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'smartcity-noen-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string | Uint8Array> = {}, drop: string[] = []): string {
  const dir = tempDir();
  cpSync(MINIMAL, dir, { recursive: true });
  for (const name of drop) writeFileSync(path.join(dir, name), '');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const M = 'apiVersion: smartcity/v1\nkind: QuickWins\n';
const YAML_SLIPS: Record<string, string> = {
  'a value with ": "': `${M}quick_wins:\n  - id: qw-a\n    name: Rapat koordinasi: tahap 1\n`,
  'a tab for indentation': `${M}quick_wins:\n\t- id: qw-a\n\t  name: A\n`,
  'a 3-space indent': `${M}quick_wins:\n  - id: qw-a\n     name: A\n    dimension: governance\n`,
  'an unclosed quote': `${M}quick_wins:\n  - id: "qw-a\n    name: A\n`,
  'an unclosed bracket': `${M}quick_wins: [a, b\nother: 1\n`,
  'a reserved first character': `${M}quick_wins:\n  - id: @qw\n`,
  'a bad escape': `${M}quick_wins:\n  - id: "a\\qb"\n`,
  'an unknown alias': `${M}quick_wins: *nothing\n`,
  'a repeated key': `${M}kind: QuickWins\n`,
  'a list instead of a mapping': '- a\n- b\n',
  'no apiVersion': 'kind: QuickWins\nquick_wins: []\n',
  'a misspelt kind': 'apiVersion: smartcity/v1\nkind: Quickwin\n',
  'an unknown tag': `${M}quick_wins: !rahasia []\n`,
};

describe('every error path, in Indonesian, shows no English', () => {
  it.each(Object.entries(YAML_SLIPS))('YAML: %s', async (_name, text) => {
    const r = await cli(['validate', project({ 'salah.yaml': text }), '--no-color']);
    expect(r.code).toBe(1);
    expect(englishIn(r.out), r.out).toBeUndefined();
  });

  it('YAML: a tab gives one message, not a cascade', async () => {
    const r = await cli(['validate', project({ 'salah.yaml': YAML_SLIPS['a tab for indentation'] }), '--format', 'json']);
    const codes = (JSON.parse(r.out) as { diagnostics: { code: string; file: string }[] }).diagnostics.filter((d) => d.file.endsWith('salah.yaml')).map((d) => d.code);
    expect(codes).toEqual(['SC1003']);
  });

  it.each([
    ['binary data', Uint8Array.from([0x89, 0x50, 0, 1])],
    ['Latin-1', Uint8Array.from(Buffer.from('nama: Kabupat\xe9n\n', 'latin1'))],
    ['UTF-16', Uint8Array.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a: 1\n', 'utf16le')]))],
  ])('files: %s', async (_name, bytes) => {
    const r = await cli(['validate', project({ 'salah.yaml': bytes }), '--no-color']);
    expect(r.code).toBe(1);
    expect(englishIn(r.out), r.out).toBeUndefined();
  });

  it('files: a FIFO named x.yaml', async () => {
    const dir = project();
    execFileSync('mkfifo', [path.join(dir, 'pipa.yaml')]);
    const r = await cli(['validate', dir, '--no-color']);
    expect(r.code).toBe(1);
    expect(englishIn(r.out), r.out).toBeUndefined();
  });

  it.each([
    ['schema: a missing field, a wrong type, an unknown key, an amount as text', { 'quick-wins.yaml': `${M}quick_wins:\n  - id: qw-a\n    nama: A\n    dimension: governance\n    element: service\n    lead: [diskominfo]\n    schedule: {start: 2024-01, end: 2024-12}\n    budget: {amount: "Rp 1,8 M", source: APBD}\n` }],
    ['rules: an unknown agency, a small amount, a value cut by " #", example values', { 'quick-wins.yaml': `${M}quick_wins:\n  - id: qw-a\n    name: Satu Data #1 Prioritas\n    acronym: CONTOH\n    dimension: governance\n    element: service\n    lead: bapeda\n    schedule: {start: 2024-01, end: 2024-12}\n    budget: {amount: 750, source: APBD}\n` }],
  ])('%s', async (_name, files) => {
    const r = await cli(['validate', project(files), '--no-color', '--strict', '--stage', '4']);
    expect(r.code).toBe(1);
    expect(englishIn(r.out), r.out).toBeUndefined();
  });

  it('build: invalid data, nothing written', async () => {
    const r = await cli(['build', project({ 'salah.yaml': YAML_SLIPS['a value with ": "'] }), '--no-color']);
    expect(r.code).toBe(1);
    expect(englishIn(r.out), r.out).toBeUndefined();
  });

  it('build --all on a folder without projects', async () => {
    const r = await cli(['build', '--all', tempDir()]);
    expect(r.code).toBe(2);
    expect(englishIn(r.out), r.out).toBeUndefined();
  });

  it('a folder of projects, a folder without a project', async () => {
    const regions = tempDir();
    cpSync(MINIMAL, path.join(regions, 'kab-a'), { recursive: true });
    for (const dir of [regions, tempDir()]) {
      const r = await cli(['validate', dir, '--no-color']);
      expect(r.code).toBe(1);
      expect(englishIn(r.out), r.out).toBeUndefined();
    }
  });

  it.each([
    [['perintah-salah']],
    [['vaildate']],
    [['validate', '--bogus']],
    [['validate', 'a', 'b']],
    [['validate', '--format', 'xml']],
    [['validate', '--stage', '7']],
    [['validate', 'tidak-ada-folder']],
    [['validate', 'package.json']],
    [['build', '-o']],
    [['build', '--all', '--watch']],
    [['build', '-j', '0', '--all']],
    [['init', 'x']],
    [['init', 'x', '--region', ' ']],
    [['init', 'x', '--region', 'A', '--type', 'desa']],
    [['summary', '--year', '20x']],
    [['summary', 'test/_fixtures/minimal', '--year', '2030']],
  ])('usage: %j', async (argv) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(englishIn(r.out), r.out).toBeUndefined();
  });

  it.each([[['--help']], [['validate', '--help']], [['build', '--help']], [['init', '--help']], [['help', 'summary']]])('help: %j', async (argv) => {
    const r = await cli(argv);
    expect(r.code).toBe(0);
    expect(englishIn(r.out), r.out).toBeUndefined();
  });
});
