/**
 * The people of an article that surely are people, for wrong options: a capitalised pair the
 * analyser could not place ("Scheduled Caste", "Buddha Purnima", "Foreigners Tribunals") is a
 * person to it, and an option beside real judges that a student strikes out at sight.
 */
import type { Entity } from '../types.js';
import { isCommonWord, isGivenName } from '../lexicon/index.js';

/** "DY", "K.", "B R": initials stand only before a person's surname. */
const INITIALS = /^(?:\p{Lu}\.?){1,3}$/u;

/** Canonical names of the timeline's people that may stand as options: those with no everyday
 *  word in them ("Rishabh Shetty"), and those with one ("Mark Rathbun", "Steve Rose", or a
 *  participle or plural opening them: "Scheduled Caste") when a given name or initials open
 *  them, the article gives them an office, or calls them by a bare surname. */
export function surePeople(timeline: readonly { entity: Entity }[]): Set<string> {
  const sure = new Set<string>();
  for (const { entity } of timeline) {
    if (entity.cls !== 'person' || sure.has(entity.canonical)) continue;
    const words = entity.canonical.split(/\s+/);
    const shortened = entity.text !== entity.canonical && words.length > 1 && entity.canonical.endsWith(` ${entity.text}`);
    // ("Scheduled Caste", "Foreigners Tribunals": a participle or a plural opening the name.)
    const everyday = words.some((w) => isCommonWord(w.toLowerCase())) || (!isGivenName(words[0].toLowerCase()) && /\p{Ll}(?:ed|ers|als|ing)$/u.test(words[0]));
    if (!everyday || entity.role || shortened || words.some((w, i) => i < words.length - 1 && (isGivenName(w.toLowerCase()) || INITIALS.test(w)))) sure.add(entity.canonical);
  }
  return sure;
}
