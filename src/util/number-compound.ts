/**
 * "2+2", "two-plus-two" and "2 plus 2" are one term: headlines write numbers in figures where
 * the article spells them out.
 */
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const NUMBER = `(?:\\d{1,2}|${NUMBER_WORDS.join('|')})`;

/** A number compound: "2+2", "two-plus-two", "2 plus 2". */
export const NUMBER_COMPOUND = new RegExp(`\\b${NUMBER}(?:\\s?\\+\\s?|-plus-|\\s+plus\\s+)${NUMBER}(?![\\w+])`, 'gi');

/** The same key for every way of writing one compound ("2+2"). */
export function numberKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s*(?:\+|-plus-|\bplus\b)\s*/g, '+')
    .replace(/[a-z]+/g, (w) => (NUMBER_WORDS.includes(w) ? String(NUMBER_WORDS.indexOf(w)) : w));
}

/** Whether a text writes the compound, in any form. */
export function saysNumberCompound(text: string, compound: string): boolean {
  const key = numberKey(compound);
  for (const m of text.matchAll(NUMBER_COMPOUND)) if (numberKey(m[0]) === key) return true;
  return false;
}
