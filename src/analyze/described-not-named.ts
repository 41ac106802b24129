/**
 * Capitalised words read as a person that name no one:
 * - after "a" or "an" they say what someone is: "Bhagwant Mann (48), a Jat Sikh, will be sworn in
 *   …" (read as a person, "Jat Sikh" answered "Who was sworn in as the chief minister of Punjab?");
 *   a name takes no indefinite article;
 * - after a person's "'s", or with a year in brackets, they are a work: "Shakti Samanta's Kati
 *   Patang", "Teesri Manzil (1966)" are films (read as people, they were offered beside Devika Rani
 *   as Phalke Award winners);
 * - named a best film, they are a film: "Sardar Udham, which was named Best Hindi Film",
 *   "Rocketry: The Nambi Effect was awarded Best Film" (read as people, they were offered beside
 *   Allu Arjun and Pankaj Tripathi), and so is a subtitle after a colon and "The".
 */
import type { Sentence } from '../types.js';

const INDEFINITE_BEFORE = /(?:^|[\s,(])(?:a|an)\s+$/;
const YEAR_AFTER = /^\s*\((?:19|20)\d\d\)/;
/** ", which was named Best Hindi Film", " won Best Popular Film": a film's prize, after its name. */
const BEST_FILM_AFTER = /^(?:,\s+which)?(?:\s+(?:was|has\s+been|is))?(?:\s+(?:named|awarded|adjudged|declared|chosen\s+as))?\s+(?:the\s+)?Best\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Film|Feature|Movie|Documentary)\b/u;
const WON_BEST_FILM_AFTER = /^\s+(?:also\s+)?(?:won|bagged|received|clinched)\s+(?:the\s+)?(?:award\s+for\s+)?Best\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Film|Feature|Movie|Documentary)\b/u;

export function withDescriptionsNotNames(sentences: readonly Sentence[]): void {
  for (const s of sentences) {
    for (const e of s.entities) {
      if (e.cls !== 'person') continue;
      const owner = s.entities.find((o) => o !== e && (o.cls === 'person' || o.cls === 'term') && o.end < e.start && /^['’]s\s+$/.test(s.text.slice(o.end, e.start)));
      // (So is one with its year in brackets: "Teesri Manzil (1966)".)
      const dated = YEAR_AFTER.test(s.text.slice(e.end, e.end + 8));
      const after = s.text.slice(e.end, e.end + 80);
      // ("Rocketry: The Nambi Effect", "Tanhaji: The Unsung Warrior": a subtitle after a colon
      // and "The" is a work's.)
      const bestFilm = BEST_FILM_AFTER.test(after) || WON_BEST_FILM_AFTER.test(after) || /:\s+The\s+$/.test(s.text.slice(Math.max(0, e.start - 8), e.start));
      if (!INDEFINITE_BEFORE.test(s.text.slice(Math.max(0, e.start - 6), e.start)) && !owner && !dated && !bestFilm) continue;
      e.cls = 'term';
      delete e.role;
    }
  }
}
