/** "overruled the 1967 judgement in Azeez Basha case": a party to a case, named as the case, is
 *  the case's name there, no person to offer among judges or ministers. */
const CASE_AFTER = /^['’]?s?\s+(?:case|judgment|judgement|verdict)\b/;

/** Whether the name standing in `text` at `end` (its end) names a case. */
export function namesCaseAt(text: string, end: number): boolean {
  return CASE_AFTER.test(text.slice(end, end + 16));
}

/** Whether `name`, where `sentence` first names it, names a case. */
export function namesCase(name: string, sentence: string): boolean {
  const at = sentence.indexOf(name);
  return at >= 0 && namesCaseAt(sentence, at + name.length);
}
