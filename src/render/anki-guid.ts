import { createHash } from 'node:crypto';

/** genanki's base91 alphabet (the one Anki itself uses for note GUIDs). */
const BASE91 =
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~';

/**
 * A note GUID in genanki's scheme (`genanki.guid_for`): SHA-256 of the parts joined by `__`,
 * the first 8 bytes read as a big-endian integer, written in base91. Using the same scheme as
 * the reference tool keeps GUIDs short, Anki-shaped and reproducible by anyone.
 */
export function genankiGuid(parts: readonly string[]): string {
  const hash = createHash('sha256').update(parts.join('__'), 'utf8').digest();
  let n = hash.readBigUInt64BE(0);
  const base = BigInt(BASE91.length);
  let out = '';
  while (n > 0n) {
    out = BASE91[Number(n % base)] + out;
    n /= base;
  }
  return out;
}

/**
 * The GUID of an item's note: a pure function of the article's identity and the item (whose id
 * is already a hash of its fact and type), never of the card text, so re-importing tomorrow's
 * regenerated deck updates the note instead of adding a duplicate.
 */
export function itemGuid(item: { articleId: string; id: string }): string {
  return genankiGuid([item.articleId, item.id]);
}
