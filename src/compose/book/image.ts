/** Pixel size and type of a PNG or JPEG (the only logo types validate lets through), from its header. */
export interface ImageInfo { data: Uint8Array; type: 'png' | 'jpg'; widthPx: number; heightPx: number }

export function imageInfo(data: Uint8Array): ImageInfo | undefined {
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47) {
    return { data, type: 'png', widthPx: b.readUInt32BE(16), heightPx: b.readUInt32BE(20) };
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    // Walk the JPEG segments to the first start-of-frame marker, which holds the size.
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) { i++; continue; }
      const marker = b[i + 1];
      const length = b.readUInt16BE(i + 2);
      const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isSof) return { data, type: 'jpg', heightPx: b.readUInt16BE(i + 5), widthPx: b.readUInt16BE(i + 7) };
      i += 2 + length;
    }
  }
  return undefined;
}
