import { hashOf } from '../../util/hash.js';

/**
 * Plain text → Anki field HTML. Only `& < >` are escaped: quotes and apostrophes stay as
 * typed, as Anki's own editor stores them, so a search for "Russia's" finds the card. Line
 * breaks become `<br>` (a raw newline in a CSV field confuses old Anki's importer), and the
 * text is NFC-normalised and trimmed the way Anki normalises what it imports.
 */
export function fieldHtml(text: string): string {
  return text
    .normalize('NFC')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '<br>');
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Field HTML → the text Anki sorts and checksums (its `stripHTMLMedia`): tags out, entities decoded. */
export function fieldText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
    });
}

/** Anki's duplicate checksum of a first field: first 8 hex digits of SHA-1 of its text, as an int. */
export function fieldChecksum(html: string): number {
  return textChecksum(fieldText(html));
}

/** The same checksum, of a field's text already taken out of its HTML (`fieldText`). */
export function textChecksum(text: string): number {
  return hashOf('sha1', text).readUInt32BE(0);
}

/** A block in a smaller type, for the supporting lines under an answer. */
export function smallDiv(innerHtml: string): string {
  return `<div style="font-size:smaller">${innerHtml}</div>`;
}
