import { hashOf } from '../../util/hash.js';

/** genanki's base91 alphabet (the one Anki itself uses for note GUIDs). */
const BASE91 =
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~';

/**
 * A note GUID in genanki's scheme (`genanki.guid_for`): SHA-256 of the parts joined by `__`,
 * the first 8 bytes read as a big-endian integer, written in base91. Using the same scheme as
 * the reference tool keeps GUIDs short, Anki-shaped and reproducible by anyone.
 */
export function genankiGuid(parts: readonly string[]): string {
  const hash = hashOf('sha256', parts.join('__'));
  // The 64-bit number as four 16-bit limbs, divided by 91 by long division (no BigInt: a
  // deck makes one GUID per note).
  const limbs = [hash.readUInt16BE(0), hash.readUInt16BE(2), hash.readUInt16BE(4), hash.readUInt16BE(6)];
  let out = '';
  while (limbs[0] || limbs[1] || limbs[2] || limbs[3]) {
    let rem = 0;
    for (let i = 0; i < 4; i++) {
      const cur = rem * 65_536 + limbs[i];
      limbs[i] = Math.floor(cur / 91);
      rem = cur % 91;
    }
    out = BASE91[rem] + out;
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
