/**
 * The countries a bilateral story is between: "The leaders also discussed … the conflicts in
 * _____" can never be answered by India or Poland when India's and Poland's leaders are the
 * ones talking, so neither is a wrong option worth printing.
 */
import { countryOf } from '../lexicon/index.js';

/** A sentence whose subject is the two parties together. */
export const PARTIES_TOGETHER = /\b(?:[Tt]he|[Bb]oth)\s+(?:two\s+)?(?:leaders|sides|countries|nations|prime ministers|premiers|presidents|ministers|delegations)\b/;

/** "a three-nation tour that will also take him to Ethiopia and _____", "his visit to _____",
 *  "signed the civil nuclear agreement with the _____": where a party's leader travels, or whom
 *  the party made a pact with, never a party's own country. */
export const DESTINATION_BEFORE = /\b(?:(?:take|took|takes|taking)\s+(?:him|her|them)\s+to|(?:visit|visits|trip|tour|travel|travels|travelled|leg)\s+(?:\S+\s+){0,3}?to|arrived\s+in|landed\s+in|(?:agreement|deal|pact|treaty|accord)\s+with)\s+(?:(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:,\s+|\s+and\s+))*(?:the\s+)?$/u;

const CAPITALISED = /\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?/gu;
const PARTIES = new WeakMap<readonly string[], readonly string[]>();

/** The two countries the article names most, by their lexicon names. */
export function storyParties(sentences: readonly string[]): readonly string[] {
  let parties = PARTIES.get(sentences);
  if (parties) return parties;
  const counts = new Map<string, number>();
  for (const s of sentences) {
    for (const m of s.matchAll(CAPITALISED)) {
      // ("India-Poland ties": each side of a pair counts.)
      for (const name of m[0].includes('-') ? m[0].split('-') : [m[0]]) {
        const country = countryOf(name) ?? countryOf(name.split(' ')[0]);
        if (country) counts.set(country.name, (counts.get(country.name) ?? 0) + 1);
      }
    }
  }
  parties = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([name]) => name);
  PARTIES.set(sentences, parties);
  return parties;
}
