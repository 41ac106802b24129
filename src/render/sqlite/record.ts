/**
 * SQLite's record format (https://www.sqlite.org/fileformat2.html#record_format): a row's
 * values as a header of serial types followed by their bodies. Integers take the smallest
 * serial type that holds them, text is UTF-8, and a rowid alias column is stored as NULL.
 */

/** A stored value: an integer (a safe JS integer), a real, text, or NULL. */
export type SqlValue = number | string | null | { real: number };

/** Bytes of a varint (1–9): big-endian groups of 7 bits, high bit set on all but the last. */
export function varintLength(n: number): number {
  if (n < 0) return 9;
  let len = 1;
  while (n >= 0x80 && len < 9) {
    n = Math.floor(n / 128);
    len++;
  }
  return len;
}

/** Writes a non-negative varint (values here stay far below 2^56) at `at`; returns the next offset. */
export function writeVarint(buf: Uint8Array, at: number, n: number): number {
  if (n < 0 || !Number.isSafeInteger(n)) throw new Error(`varint out of range: ${n}`);
  const len = varintLength(n);
  for (let i = len - 1; i >= 0; i--) {
    buf[at + i] = (n % 128) | (i === len - 1 ? 0 : 0x80);
    n = Math.floor(n / 128);
  }
  return at + len;
}

/** An integer's serial type and body size: 8 and 9 are the constants 0 and 1 (schema 4). */
function integerType(n: number): [type: number, size: number] {
  if (n === 0) return [8, 0];
  if (n === 1) return [9, 0];
  if (n >= -0x80 && n < 0x80) return [1, 1];
  if (n >= -0x8000 && n < 0x8000) return [2, 2];
  if (n >= -0x800000 && n < 0x800000) return [3, 3];
  if (n >= -0x80000000 && n < 0x80000000) return [4, 4];
  if (n >= -0x800000000000 && n < 0x800000000000) return [5, 6];
  return [6, 8];
}

/** Big-endian two's complement of a safe integer in `size` bytes (1–4, 6 or 8). */
function writeInteger(buf: Uint8Array, at: number, n: number, size: number): void {
  if (size <= 4) {
    for (let i = size - 1, v = n; i >= 0; i--, v >>= 8) buf[at + i] = v & 0xff;
    return;
  }
  // Wider than 32 bits: a signed high part and an unsigned low 32-bit part.
  const hi = Math.floor(n / 0x1_0000_0000);
  const lo = n - hi * 0x1_0000_0000;
  const end = at + size;
  buf[end - 4] = lo >>> 24;
  buf[end - 3] = (lo >>> 16) & 0xff;
  buf[end - 2] = (lo >>> 8) & 0xff;
  buf[end - 1] = lo & 0xff;
  for (let i = size - 5, v = hi; i >= 0; i--, v >>= 8) buf[at + i] = v & 0xff;
}

/** A row as record bytes, in a new buffer. */
export function encodeRecord(values: readonly SqlValue[]): Uint8Array {
  return encodeInto(values, (n) => Buffer.allocUnsafe(n));
}

/**
 * Rows as record bytes in one reused buffer: each result is valid until the next call.
 * A deck encodes hundreds of thousands of rows; a new buffer for each is garbage to collect.
 */
export class RecordEncoder {
  private buf = Buffer.allocUnsafe(4096);

  encode(values: readonly SqlValue[]): Uint8Array {
    return encodeInto(values, (n) => {
      if (n > this.buf.length) this.buf = Buffer.allocUnsafe(Math.max(n, this.buf.length * 2));
      return this.buf.subarray(0, n);
    });
  }
}

const typesScratch: number[] = [];

function encodeInto(values: readonly SqlValue[], alloc: (bytes: number) => Buffer): Uint8Array {
  // Two passes: sizes and serial types first, then the bytes into one exact buffer.
  const types = typesScratch;
  types.length = values.length;
  let headerBody = 0;
  let bodySize = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let type: number;
    let size: number;
    if (v === null) [type, size] = [0, 0];
    else if (typeof v === 'number') {
      if (!Number.isSafeInteger(v)) throw new Error(`not a safe integer: ${v}`);
      [type, size] = integerType(v);
    } else if (typeof v === 'string') {
      size = Buffer.byteLength(v, 'utf8');
      type = 13 + 2 * size;
    } else [type, size] = [7, 8];
    types[i] = type;
    headerBody += varintLength(type);
    bodySize += size;
  }
  // The header size counts its own varint.
  const headerSize = headerBody + 1 < 0x80 ? headerBody + 1 : headerBody + varintLength(headerBody + 2);
  const out = alloc(headerSize + bodySize);
  let at = writeVarint(out, 0, headerSize);
  for (let i = 0; i < values.length; i++) at = writeVarint(out, at, types[i]);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) continue;
    if (typeof v === 'string') at += out.write(v, at, 'utf8');
    else if (typeof v === 'number') {
      const size = integerType(v)[1];
      writeInteger(out, at, v, size);
      at += size;
    } else {
      out.writeDoubleBE(v.real, at);
      at += 8;
    }
  }
  return out;
}

const INTEGER_TEXT = /^\s*[+-]?\d+\s*$/;
const REAL_TEXT = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/**
 * Text as a column of INTEGER affinity stores it: a well-formed number becomes a number (an
 * integer if it is one), anything else stays text. Anki's `notes.sfld` is such a column.
 */
export function integerAffinity(text: string): SqlValue {
  if (INTEGER_TEXT.test(text)) {
    const n = Number(text.trim());
    if (Number.isSafeInteger(n)) return n;
    // Beyond 2^53 SQLite keeps an exact 64-bit integer or falls back to a real; rare enough to keep as text.
    return text;
  }
  if (REAL_TEXT.test(text)) {
    const r = Number(text.trim());
    if (!Number.isFinite(r)) return text;
    return Number.isSafeInteger(r) ? r : { real: r };
  }
  return text;
}
