/** "overruled the 1967 judgement in Azeez Basha case", "contacts with the Xi Jinping government":
 *  a person named as a case, a judgment or a government names that thing there, and is no person
 *  to offer among judges or envoys, nor to swap for another. */
/** The nouns a person's name may name: a case, a judgment, a government. */
export const NAMED_THINGS = 'case|judgment|judgement|verdict|government|administration|regime';
const THING_AFTER = new RegExp(`^['’]?s?\\s+(?:${NAMED_THINGS})\\b`);

/** "S. Azeez Basha v. Union of India": a party named in a case's title. */
const PARTY_OF_CASE = /^\s+(?:v|vs|versus)\.?\s+(?:the\s+)?\p{Lu}/u;

/** Whether the name standing in `text` at `end` (its end) names such a thing, or a case by its party. */
export function namesThingAt(text: string, end: number): boolean {
  const after = text.slice(end, end + 16);
  return THING_AFTER.test(after) || PARTY_OF_CASE.test(after);
}

/** Whether `name`, where `sentence` first names it, names such a thing. */
export function namesThing(name: string, sentence: string): boolean {
  const at = sentence.indexOf(name);
  return at >= 0 && namesThingAt(sentence, at + name.length);
}

/** Whether any of `sentences` names a case, judgment or government by `name` (so a bare "the view
 *  taken in Azeez Basha" elsewhere means the case too). */
export function namesThingIn(name: string, sentences: readonly string[]): boolean {
  return sentences.some((s) => {
    for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + 1)) {
      if (namesThingAt(s, at + name.length)) return true;
    }
    return false;
  });
}
