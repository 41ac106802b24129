/**
 * "Out of the 57 new KVs, seven will be sponsored by the _____" beside "approved opening of _____
 * new Kendriya Vidyalayas" → 57: a count another item asks, written again after "the" only to
 * point back at the same things. Read as "Out of the new KVs, …" the item asks the same and
 * shows nothing.
 */
import type { AnswerType, Item } from '../types.js';
import { reEscape } from '../util/re-escape.js';

/** A count as a figure or in words, nothing else ("57", "1,000", "seven"). */
const COUNT = /^(?:\d{1,3}(?:,\d{3})*|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i;

/** A unit after the figure: "The 50 degrees celsius was recorded in _____" read without its 50 would
 *  leave a bare unit ("The degrees celsius …"), no things pointed back at. */
const UNIT = String.raw`(?:degrees?|per\s?cent|percent|km|kms|kilomet(?:re|er)s?|met(?:re|er)s?|mm|cm|kg|kilograms?|tonnes?|tons?|litres?|hectares?|acres?|crore|lakh|million|billion|mw|gw|hours?|minutes?|seconds?|days?|weeks?|months?|years?)\b`;

/** The item with each "the <count> …" of `answers` read as "the …", or null where it prints none. */
export function withoutCount(item: Item, answers: readonly { value: string; type: AnswerType }[]): Item | null {
  // (By its words, whatever its type: a cloze of two blanks types its second as its first, "Five"
  // beside "Ramsar Convention" a term.)
  const counts = answers.filter((a) => COUNT.test(a.value.trim())).map((a) => a.value.trim());
  if (!counts.length || !item.question.includes('_____') || (item.options ?? []).some((o) => counts.includes(o.trim()))) return null;
  const cut = (text: string) =>
    counts.reduce((t, n) => t.replace(new RegExp(`\\b(the|these|those|all)\\s+${reEscape(n)}\\s+(?=\\p{Ll})(?!${UNIT})`, 'giu'), '$1 '), text);
  const question = cut(item.question);
  if (question === item.question) return null;
  return { ...item, question, ...(item.cloze !== undefined ? { cloze: cut(item.cloze) } : {}) };
}
