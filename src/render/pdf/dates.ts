/**
 * Chromium stamps a PDF with the time it printed it (/CreationDate, /ModDate), so the same
 * worksheet printed twice differs by those bytes. The stamps are rewritten in place, the same
 * length, to a date that depends only on the quiz (its newest article's day, else a fixed day):
 * the byte offsets of the cross-reference table stay valid.
 */
const STAMP = /\/(CreationDate|ModDate) \(D:\d{14}[^)]{0,8}\)/g;

/** `day`: `YYYY-MM-DD`, or null for 2000-01-01. */
export function withFixedDates(pdf: Uint8Array, day: string | null): Uint8Array {
  const digits = (day ?? '2000-01-01').replace(/-/g, '') + '000000';
  // latin1 keeps one character per byte, so offsets in the string are offsets in the file.
  const text = Buffer.from(pdf).toString('latin1');
  const fixed = text.replace(STAMP, (stamp, key: string) => {
    const value = `/${key} (D:${digits}+00'00')`;
    return value.length <= stamp.length ? value.padEnd(stamp.length, ' ') : stamp;
  });
  return new Uint8Array(Buffer.from(fixed, 'latin1'));
}
