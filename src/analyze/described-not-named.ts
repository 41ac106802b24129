/**
 * Capitalised words read as a person that name no one:
 * - after "a" or "an" they say what someone is: "Bhagwant Mann (48), a Jat Sikh, will be sworn in
 *   …" (read as a person, "Jat Sikh" answered "Who was sworn in as the chief minister of Punjab?");
 *   a name takes no indefinite article;
 * - after a person's "'s", or with a year in brackets, they are a work: "Shakti Samanta's Kati
 *   Patang", "Teesri Manzil (1966)" are films (read as people, they were offered beside Devika Rani
 *   as Phalke Award winners).
 */
import type { Sentence } from '../types.js';

const INDEFINITE_BEFORE = /(?:^|[\s,(])(?:a|an)\s+$/;
const YEAR_AFTER = /^\s*\((?:19|20)\d\d\)/;

export function withDescriptionsNotNames(sentences: readonly Sentence[]): void {
  for (const s of sentences) {
    for (const e of s.entities) {
      if (e.cls !== 'person') continue;
      const owner = s.entities.find((o) => o !== e && (o.cls === 'person' || o.cls === 'term') && o.end < e.start && /^['’]s\s+$/.test(s.text.slice(o.end, e.start)));
      // (So is one with its year in brackets: "Teesri Manzil (1966)".)
      const dated = YEAR_AFTER.test(s.text.slice(e.end, e.end + 8));
      if (!INDEFINITE_BEFORE.test(s.text.slice(Math.max(0, e.start - 6), e.start)) && !owner && !dated) continue;
      e.cls = 'term';
      delete e.role;
    }
  }
}
