/**
 * Bytes of an input file → text. Pure: BOMs (UTF-8, UTF-16 LE/BE), binary detection, and
 * invalid UTF-8 read as Windows-1252 when it is that (with a warning), else refused: a
 * U+FFFD would reach the cards ("Who was the President of Fran…").
 */
import { decodeWindows1252 } from './windows-1252.js';

export type DecodeResult = { ok: true; text: string; warnings: string[] } | { ok: false; error: string };

/** Share of control characters above which a file is treated as binary. */
const MAX_CONTROL_SHARE = 0.1;
const SNIFF_BYTES = 8192;

function isControlByte(b: number): boolean {
  // Tab, LF, VT, FF, CR and ESC-free text is the norm; everything else below 0x20 (and DEL) is not.
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) || b === 0x7f;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) return true;
    if (isControlByte(bytes[i])) control++;
  }
  return control / n > MAX_CONTROL_SHARE;
}

/** UTF-16 without a BOM: ASCII text with a NUL in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), SNIFF_BYTES);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  const even = bytes.subarray(0, bytes.length - (bytes.length % 2));
  if (encoding === 'utf-16le') return new TextDecoder('utf-16le').decode(even);
  // Swap to little-endian: Node's small-ICU builds lack a utf-16be decoder.
  const swapped = new Uint8Array(even.length);
  for (let i = 0; i < even.length; i += 2) {
    swapped[i] = even[i + 1];
    swapped[i + 1] = even[i];
  }
  return new TextDecoder('utf-16le').decode(swapped);
}

function decodeUtf8(bytes: Uint8Array): { text: string; warnings: string[] } | { error: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    const text = decodeWindows1252(bytes);
    if (text !== null) return { text, warnings: ['not valid UTF-8; read as Windows-1252 (Latin-1)'] };
    const bad = new TextDecoder('utf-8').decode(bytes).match(/\uFFFD/g)?.length ?? 0;
    return { error: `not valid UTF-8 (${bad} bad byte sequence${bad === 1 ? '' : 's'}) nor Windows-1252; save it as UTF-8` };
  }
}

export function decodeInputBytes(bytes: Uint8Array): DecodeResult {
  let decoded: { text: string; warnings: string[] } | { error: string };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) decoded = decodeUtf8(bytes.subarray(3));
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) decoded = { text: decodeUtf16(bytes.subarray(2), 'utf-16le'), warnings: [] };
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoded = { text: decodeUtf16(bytes.subarray(2), 'utf-16be'), warnings: [] };
  else {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) decoded = { text: decodeUtf16(bytes, utf16), warnings: [`no byte-order mark; read as ${utf16.toUpperCase()}`] };
    else if (looksBinary(bytes)) return { ok: false, error: 'binary file' };
    else decoded = decodeUtf8(bytes);
  }
  if ('error' in decoded) return { ok: false, error: decoded.error };
  if (decoded.text.trim() === '') return { ok: false, error: 'empty file' };
  return { ok: true, ...decoded };
}
