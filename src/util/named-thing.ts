/** "overruled the 1967 judgement in Azeez Basha case", "contacts with the Xi Jinping government":
 *  a person named as a case, a judgment or a government names that thing there, and is no person
 *  to offer among judges or envoys, nor to swap for another. */
/** The nouns a person's name may name: a case, a judgment, a government. */
export const NAMED_THINGS = 'case|judgment|judgement|verdict|government|administration|regime';
const THING_AFTER = new RegExp(`^['’]?s?\\s+(?:${NAMED_THINGS})\\b`);

/** Whether the name standing in `text` at `end` (its end) names such a thing. */
export function namesThingAt(text: string, end: number): boolean {
  return THING_AFTER.test(text.slice(end, end + 16));
}

/** Whether `name`, where `sentence` first names it, names such a thing. */
export function namesThing(name: string, sentence: string): boolean {
  const at = sentence.indexOf(name);
  return at >= 0 && namesThingAt(sentence, at + name.length);
}
