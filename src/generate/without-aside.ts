/**
 * "The test missile, developed by the laboratories of … along with other DRDO laboratories, can
 * carry payloads for ranges greater than _____ km" beside "the _____ flight-tested the country's
 * first long-range hypersonic missile" → DRDO: the name another item asks stands only in an
 * aside the blank's sentence can do without. Read as "The test missile can carry payloads for
 * ranges greater than _____ km", it asks the same and shows nothing.
 */
import type { AnswerType, Item } from '../types.js';
import { printedForms } from './set-conflicts.js';
import { upperFirst } from '../util/upper-first.js';

/** Where an aside set off by commas ends: its comma, before the sentence's own verb. */
// ("Bhupender Yadav, who presided over …, also formally inaugurated …": adverbs may stand before
// it; the aside ends at its first comma, never past the sentence's verb.)
// (Not a telling that closes the sentence: in "Modi, during his visit to _____, interacted with
// children …, reported ANI" the verb is the one the "aside" opens on.)
const VERB_AFTER = String.raw`,(?!\s+(?:reported|said|added|stated|noted|told|informed|quoted)\s)(?=\s+(?:(?:also|then|later|formally|officially|further|now|today|finally)\s+)*(?:can|could|will|would|shall|should|may|might|must|is|are|was|were|has|have|had|\p{Ll}{3,}ed)\s)`;
/** ", developed by …,", ", headed by …,", ", which …,", ", who …,": a description of the noun
 *  before it, between commas, with the sentence's verb after it. */
const COMMA_ASIDE = new RegExp(String.raw`,\s+(?:(?:\p{Ll}{3,}(?:ed|en)|built|made|led|held|set|run|known|seen)\s+(?:by|in|at|from|under|with|for)\b|which\s|who\s)[^;:"“”_]*?${VERB_AFTER}`, 'gu');
/** " (DRDO)", " (of China)": words in brackets after a name. */
// (Not after a pronoun: "He (Vikram Misri) holds …" says who he is.)
const BRACKET_ASIDE = /(?<=(?<!\p{L})(?!(?:He|She|It|They|His|Her|Its|Their)\s)\p{Lu}[\p{L}.'’-]*)\s+\([^()_]*\)/gu;

/** "Carrying the 377 kg SCATSAT-1 and seven other satellites, India's …": a participle's phrase
 *  opening the sentence, up to its comma, before the subject. (Not "During …", "According to …",
 *  "Including …": a time or a source the sentence needs.) */
// (Nor an adjective of the subject, "Outgoing CJI X had recommended Y, …": a phrase with a verb
// of its own is the clause.)
const OPENING_PARTICIPLE = /^(?!(?:During|According|Including|Excluding|Barring|Notwithstanding|Outgoing|Incoming|Upcoming|Ongoing|Leading|Ruling|Visiting|Reigning|Sitting|Acting|Presiding|Managing|Remaining)\b)\p{Lu}\p{Ll}+ing\s(?![^;:"“”_,]*\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does)\s)[^;:"“”_,]*,\s+/u;

/** The item with each aside that prints one of `answers` left out, or null where there is no
 *  such aside (or the answer stands outside one too). Only items that print a blank's sentence. */
export function withoutAsides(item: Item, answers: readonly { value: string; type: AnswerType }[]): Item | null {
  if (!item.question.includes('_____')) return null;
  const forms = answers.flatMap((a) => printedForms(a)).filter((w) => w.trim());
  if (!forms.some((w) => item.question.includes(w))) return null;
  // (An aside goes only where it prints one of the answers.)
  const drop = (aside: string) => (forms.some((w) => aside.includes(w)) ? '' : aside);
  const cut = (text: string) => upperFirst(text.replace(OPENING_PARTICIPLE, drop).replace(COMMA_ASIDE, drop).replace(BRACKET_ASIDE, drop));
  const question = cut(item.question);
  if (question === item.question) return null;
  return { ...item, question, ...(item.cloze !== undefined ? { cloze: cut(item.cloze) } : {}) };
}
