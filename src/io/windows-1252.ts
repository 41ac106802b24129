/**
 * Windows-1252 (what "Latin-1" text from Windows usually is), decoded by hand: Node builds
 * without full ICU lack that TextDecoder. Five bytes are undefined in it; a text with one of
 * them, or with well-formed UTF-8 sequences beside the bad ones (a mixed file: reading it as
 * Windows-1252 would garble those), is not taken for Windows-1252.
 */

/** 0x80–0x9F; 0 for the five undefined bytes. */
const HIGH_CONTROLS = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** The text, or null when the bytes are not Windows-1252 text. */
export function decodeWindows1252(bytes: Uint8Array): string | null {
  if (hasUtf8Sequence(bytes)) return null;
  const codes = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const code = b >= 0x80 && b < 0xa0 ? HIGH_CONTROLS[b - 0x80] : b;
    if (code === 0) return null;
    codes[i] = code;
  }
  let text = '';
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.slice(i, i + 8192));
  return text;
}

/** Whether the bytes hold a well-formed UTF-8 sequence of two or more bytes. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) continue;
    let ok = true;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) ok = false;
    if (ok) return true;
  }
  return false;
}
