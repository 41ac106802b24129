/**
 * "Bhagwant Mann (48), a Jat Sikh, will be sworn in …": capitalised words after "a" or "an" say
 * what someone is (a community, a people), never who; read as a person, they became the answer to
 * "Who was sworn in as the chief minister of Punjab?". A name takes no indefinite article.
 */
import type { Sentence } from '../types.js';

const INDEFINITE_BEFORE = /(?:^|[\s,(])(?:a|an)\s+$/;

export function withDescriptionsNotNames(sentences: readonly Sentence[]): void {
  for (const s of sentences) {
    for (const e of s.entities) {
      if (e.cls !== 'person' || !INDEFINITE_BEFORE.test(s.text.slice(Math.max(0, e.start - 6), e.start))) continue;
      e.cls = 'term';
      delete e.role;
    }
  }
}
