/**
 * "the Bharatiya Nyaya (Second) Sanhita", "the Waqf (Amendment) Bill": a bill's edition (or what it
 * does, "(Regulation)") in
 * brackets splits its name, and the analyser reads the words before it as someone's name. The
 * whole is one law's name, a term.
 */
import type { Sentence } from '../types.js';
import { entitiesWithin, replaceWith } from './entity-spans.js';

// ("the Kerala Cattle Markets (Regulation) Act": what the law does, in brackets, too; "the Public
// Examinations (Prevention of Unfair Means) Act, 2024": and what it prevents.)
// ("the Prevention of Cruelty to Animals (Tamil Nadu Amendment) Act": small words inside the name,
// and a state's amendment in the brackets.)
// ("the Oilfields (Regulation and Development) Amendment Bill, 2024": two aims joined, and the
// amendment after the brackets.)
const EDITION_IN_NAME = /\b\p{Lu}[\p{L}-]*(?:\s(?:of|to|from|for|and|\p{Lu}[\p{L}-]*)){0,7}\s\((?:Second|Third|Fourth|(?:\p{Lu}[\p{L}-]*\s){0,3}Amendment|No\.\s?\d|(?:Regulation|Prevention|Prohibition|Control|Protection)(?:\sof\s\p{Lu}[\p{L}-]*(?:\s(?:and|of|\p{Lu}[\p{L}-]*)){0,5})?|Development|Special Provisions|Validation)(?:\s(?:and|&)\s(?:Development|Regulation|Control|Management|Welfare))?\)\s(?:Amendment\s)?(?:Sanhita|Bills?|Act|Code|Rules|Adhiniyam|Ordinance)\b(?:,\s(?:18|19|20)\d\d\b)?/gu;

export function withLawEditions(sentences: Sentence[]): void {
  for (const s of sentences) {
    if (!s.text.includes(')')) continue;
    for (const m of s.text.matchAll(EDITION_IN_NAME)) {
      // ("The Waqf (Amendment) Bill was passed": a sentence's opening "The" is no part of the name.)
      const article = /^The\s/.exec(m[0])?.[0].length ?? 0;
      const start = m.index! + article;
      const end = m.index! + m[0].length;
      const name = m[0].slice(article);
      const inside = entitiesWithin(s.entities, start, end);
      s.entities = replaceWith(s.entities, inside, { text: name, cls: 'term', start, end, canonical: name });
    }
  }
}
