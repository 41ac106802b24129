import type { Fact, Item } from '../../types.js';
import { mentions } from '../equivalence.js';
import { baseItem } from './base.js';
import { clozeDangles } from '../../util/dangling.js';

/** A cloze deletion, `{{c1::answer}}` or `{{c2::answer::hint}}`: its answer is group 1. */
export const DELETION = /\{\{c\d+::(.*?)(?:::[^}]*)?\}\}/g;
/** Longer than this, a cloze is a reading exercise rather than a recall card. */
const MAX_WORDS = 45;
/** The story's key term ("ozone", analyze/headline-term.ts) is worth a longer card, and so is
 *  the lead's sentence: a newspaper's lead runs long ("A seven-judge Constitution Bench …, in a
 *  majority judgment on Thursday, held that States …"), and it is the news. */
const KEY_TERM_MAX_WORDS = 50;
const LEAD_MAX_WORDS = 55;
const DEPENDENT_START = /^(he|she|it|they|this|these|those|his|her|their|its)\b/i;

/** The cloze prompt: every `{{c1::…}}` replaced by a blank. */
export function clozeQuestion(cloze: string): string {
  return cloze.replace(DELETION, '_____');
}


/** A cloze item, or null when the fact's cloze is unusable: no single deletion, too long,
 *  or the answer still readable elsewhere in the text. */
export function clozeItem(fact: Fact): Item | null {
  const cloze = fact.cloze?.trim();
  if (!cloze) return null;
  const deletions = [...cloze.matchAll(DELETION)];
  if (deletions.length !== 1) return null;
  const question = clozeQuestion(cloze);
  const words = question.split(/\s+/).length;
  const max = fact.sentenceIndex === 0 ? LEAD_MAX_WORDS : fact.keyTerm ? KEY_TERM_MAX_WORDS : MAX_WORDS;
  if (words > max || words < 5) return null;
  // (A pronoun may point at what the blank hides: "A sensitive _____ document … gave it to the
  // CBC" reads on its own as the sentence does.)
  if (mentions(question, deletions[0][1], fact.answerType) || clozeDangles(cloze)) return null;
  // Long clozes are harder to read on a card, and one opening with "He"/"It" lacks the
  // context that says who: score them a little lower.
  const score = fact.score * (words > 30 ? 0.85 : 1) * (DEPENDENT_START.test(question) ? 0.8 : 1);
  return { ...baseItem(fact, 'cloze'), question, cloze, score };
}
