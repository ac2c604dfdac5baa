/**
 * A minimal ZIP reader and writer for OOXML packages, on Node's native zlib. The writers' own zips
 * (JSZip's pure-JavaScript deflate in exceljs) were a third of the build's time at 1,000 programs; every
 * package is re-zipped once here anyway, to be byte-identical, so the libraries are asked not to compress.
 * No ZIP64, encryption or multi-disk archives: our packages are far below 4 GB and written by us.
 */
import * as zlib from 'node:zlib';

/**
 * A part's content: text (written as UTF-8), bytes, or pieces of either. Pieces are never joined: the 95 MB
 * document.xml of 10,000 programs is deflated piece by piece rather than held whole as a string and a buffer.
 */
export type PartData = string | Uint8Array | (string | Uint8Array)[];

/** A package's parts by path, in stored order. */
export type Parts = Map<string, PartData>;

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** General-purpose flag 11: the name is UTF-8. */
const UTF8_NAME = 0x0800;

/** Parts of a ZIP archive (stored or deflated entries), in central-directory order; folders are left out. */
export function readZip(bytes: Uint8Array): Map<string, Uint8Array> {
  try {
    return readEntries(bytes);
  } catch (error) {
    // An offset past the end: a cut-off or damaged archive.
    if ((error as NodeJS.ErrnoException).code === 'ERR_OUT_OF_RANGE') throw new Error('not a ZIP archive: truncated or damaged');
    throw error;
  }
}

function readEntries(bytes: Uint8Array): Map<string, Uint8Array> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(buf);
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== CENTRAL) throw new Error('not a ZIP archive: bad central directory');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if (name.endsWith('/')) continue;
    if (buf.readUInt32LE(local) !== LOCAL) throw new Error(`not a ZIP archive: bad entry ${name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    if (method === 0) out.set(name, data);
    else if (method === 8) out.set(name, zlib.inflateRawSync(data));
    else throw new Error(`ZIP entry ${name}: unsupported compression method ${method}`);
  }
  return out;
}

function findEnd(buf: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  for (let at = buf.length - 22; at >= Math.max(0, buf.length - 22 - 0xffff); at--) {
    if (buf.readUInt32LE(at) === END) return at;
  }
  throw new Error('not a ZIP archive: no end of central directory');
}

/**
 * A ZIP archive of `parts` in the given order, each deflated (level 6), every entry stamped with `isoDate`
 * at 00:00 as its DOS date; the same parts and date give the same bytes on any machine and time zone.
 */
export function writeZip(parts: Parts, isoDate: string): Uint8Array {
  const [y, m, d] = isoDate.split('-').map(Number);
  // DOS dates hold the years 1980–2107; the document's own date (core.xml) is not limited by this.
  const dosDate = ((Math.min(2107, Math.max(1980, y)) - 1980) << 9) | (m << 5) | d;
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of parts) {
    const { packed, crc, size } = deflate(content);
    const nameBytes = Buffer.from(name, 'utf8');
    const flags = nameBytes.length === name.length ? 0 : UTF8_NAME;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0, 10); // 00:00:00
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(CENTRAL, 0);
    entry.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(flags, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(0, 12);
    entry.writeUInt16LE(dosDate, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  const out = Buffer.concat([...chunks, ...central, end]);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** Pieces are deflated in groups of about this many characters or bytes. */
const GROUP = 1 << 20;

/**
 * Raw DEFLATE of a part, its CRC-32 and its size. Pieces are deflated a group at a time, each group ending in a
 * sync flush (byte-aligned, not final) and the last in a final block: the groups concatenated are one valid
 * DEFLATE stream, as if deflated whole (a few bytes larger).
 */
function deflate(content: PartData): { packed: Buffer; crc: number; size: number } {
  if (!Array.isArray(content)) {
    const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    return { packed: zlib.deflateRawSync(raw, { level: 6 }), crc: crc32(raw), size: raw.length };
  }
  const packed: Buffer[] = [];
  let crc = 0;
  let size = 0;
  let group: (string | Uint8Array)[] = [];
  let length = 0;
  const flush = (last: boolean) => {
    const raw = group.every((p) => typeof p === 'string') ? Buffer.from(group.join(''), 'utf8') : Buffer.concat(group.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
    packed.push(zlib.deflateRawSync(raw, { level: 6, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH }));
    crc = crc32(raw, crc);
    size += raw.length;
    group = [];
    length = 0;
  };
  for (const piece of content) {
    group.push(piece);
    length += piece.length;
    if (length >= GROUP) flush(false);
  }
  flush(true);
  return { packed: Buffer.concat(packed), crc, size };
}

let table: Uint32Array | undefined;

/** CRC-32 of the ZIP format, continuing from `previous`: zlib's native one (Node ≥ 20.15), else a table-driven one. */
function crc32(data: Buffer, previous = 0): number {
  const native = (zlib as { crc32?: (d: Uint8Array, value?: number) => number }).crc32;
  if (native) return native(data, previous);
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = (previous ^ 0xffffffff) >>> 0;
  for (const byte of data) crc = table[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
