/**
 * A minimal zip writer (deflate, no zip64) over Node's native zlib: an `.apkg` holds a
 * collection of hundreds of megabytes for a year of articles, and native deflate is about
 * five times faster than a JS one. Deflating runs on libuv's thread pool, beside the render.
 * Entry times are written in UTC so the same input gives the same bytes in any time zone.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const deflateRaw = promisify(zlib.deflateRaw);

/**
 * One piece of a raw deflate stream made of independently compressed pieces: each but the last
 * ends on a full flush (byte-aligned, no final bit), so the pieces joined in order are one valid
 * stream; the last (it may be empty) closes it.
 */
export function deflatePiece(data: Uint8Array, level: number, last: boolean): Promise<Buffer> {
  return deflateRaw(data, pieceOptions(level, last));
}

/** The same piece, deflated on this thread (the same bytes). */
export function deflatePieceSync(data: Uint8Array, level: number, last: boolean): Buffer {
  return zlib.deflateRawSync(data, pieceOptions(level, last));
}

function pieceOptions(level: number, last: boolean): zlib.ZlibOptions {
  return { level, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_FULL_FLUSH };
}

/** An entry to deflate here, or one already deflated (raw deflate pieces, in order). */
export type ZipEntry = { name: string; data: Uint8Array } | { name: string; deflated: DeflatedData };

export interface DeflatedData {
  pieces: Uint8Array[];
  /** CRC-32 and length of the uncompressed data. */
  crc: number;
  size: number;
}

/** The classic zip format counts sizes and offsets in 32 bits. */
const ZIP32_LIMIT = 0xffff_ffff;

let crcTable: Uint32Array | null = null;

/** CRC-32 as zip uses it, continuing from `crc` (of the data before); zlib.crc32 exists from
 *  Node 20.15, the table is the fallback. */
export function crc32(data: Uint8Array, crc = 0): number {
  const native = (zlib as { crc32?: (d: Uint8Array, value?: number) => number }).crc32;
  if (native) return native(data, crc) >>> 0;
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A 32×32 matrix over GF(2) (one column per word) times a vector. */
function gf2Times(matrix: Uint32Array, vector: number): number {
  let sum = 0;
  for (let i = 0; vector !== 0; i++, vector >>>= 1) if (vector & 1) sum ^= matrix[i];
  return sum >>> 0;
}

function gf2Square(matrix: Uint32Array): Uint32Array {
  const square = new Uint32Array(32);
  for (let i = 0; i < 32; i++) square[i] = gf2Times(matrix, matrix[i]);
  return square;
}

/**
 * The CRC-32 of A followed by B, from the CRC of A, the CRC of B and B's length (zlib's
 * crc32_combine): a file written in pieces, out of order, is checksummed without being whole.
 */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  if (lengthB <= 0) return crcA >>> 0;
  // The operator for one zero bit, then squared to 2 and 4 bits; each round squares it again
  // (8 bits = 1 byte, 2 bytes, 4 bytes, …) and applies it where lengthB has a one bit.
  let odd: Uint32Array = new Uint32Array(32);
  odd[0] = 0xedb88320;
  for (let i = 1, row = 1; i < 32; i++, row <<= 1) odd[i] = row >>> 0;
  let even: Uint32Array = gf2Square(odd);
  odd = gf2Square(even);
  let crc = crcA >>> 0;
  let n = lengthB;
  for (;;) {
    even = gf2Square(odd);
    if (n % 2) crc = gf2Times(even, crc);
    n = Math.floor(n / 2);
    if (n === 0) break;
    odd = gf2Square(even);
    if (n % 2) crc = gf2Times(odd, crc);
    n = Math.floor(n / 2);
    if (n === 0) break;
  }
  return (crc ^ crcB) >>> 0;
}

/** MS-DOS date and time words (2-second resolution, years from 1980). */
function dosDateTime(when: Date): { time: number; date: number } {
  const year = Math.min(Math.max(when.getUTCFullYear(), 1980), 2107);
  return {
    time: (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate(),
  };
}

/** A zip archive of the entries, deflated at `level` (1–9), each dated `mtime`. */
export async function zipArchive(entries: readonly ZipEntry[], opts: { level: number; mtime: Date }): Promise<Uint8Array> {
  const { time, date } = dosDateTime(opts.mtime);
  const deflated = await Promise.all(
    entries.map(async (e): Promise<DeflatedData> =>
      'deflated' in e ? e.deflated : { pieces: [await deflateRaw(e.data, { level: opts.level })], crc: crc32(e.data), size: e.data.length },
    ),
  );
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  entries.forEach((entry, i) => {
    const name = Buffer.from(entry.name, 'utf8');
    const { pieces, crc, size } = deflated[i];
    const bodyLength = pieces.reduce((n, p) => n + p.length, 0);
    if (size > ZIP32_LIMIT || offset + bodyLength > ZIP32_LIMIT) {
      throw new Error(`${entry.name} is too large for a zip archive (over 4 GiB)`);
    }
    // The fields both headers share, in the same order: version needed, flags, method, time,
    // date, CRC, sizes, name length.
    const common = (b: Buffer, at: number) => {
      b.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
      b.writeUInt16LE(0x0800, at + 2); // flags: names are UTF-8
      b.writeUInt16LE(8, at + 4); // method: deflate
      b.writeUInt16LE(time, at + 6);
      b.writeUInt16LE(date, at + 8);
      b.writeUInt32LE(crc, at + 10);
      b.writeUInt32LE(bodyLength, at + 14);
      b.writeUInt32LE(size, at + 18);
      b.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    common(local, 4);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
    common(header, 6);
    // extra, comment, disk number, internal and external attributes: all zero
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, ...pieces);
    central.push(header, name);
    offset += local.length + name.length + bodyLength;
  });
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  const whole = Buffer.concat([...parts, ...central, end]);
  return new Uint8Array(whole.buffer, whole.byteOffset, whole.byteLength);
}
