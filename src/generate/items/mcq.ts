import type { Fact, Item } from '../../types.js';
import { shuffled } from '../../util/random.js';
import type { DistractorPool } from '../distractor-pool.js';
import { pickDistractors } from '../distractors.js';
import { baseItem, itemRandom } from './base.js';
import { mentions } from '../equivalence.js';
import { standsAlone } from '../stands-alone.js';
import { clozeDangles } from '../../util/dangling.js';
import { answerParts } from '../centrality.js';

/** A four-option multiple choice, or null when three good distractors cannot be found.
 *  `articleSentences`: the article's known sentences, to keep out values listed with the answer. */
export function mcqItem(fact: Fact, pool: DistractorPool, seed: number, articleSentences: readonly string[] = []): Item | null {
  return mcqCandidate(fact, pool, seed, articleSentences)?.finish() ?? null;
}

/**
 * A multiple choice in two steps: at once, the item as selection sees it (everything but its
 * options, none of which depends on them), or null for a fact that can never be one; then,
 * only if asked, `finish` looks for the distractors (the costly part) and gives the item, or
 * null when three good ones cannot be found. An article tries many facts as multiple choice
 * and keeps a few, so most are never finished.
 */
export function mcqCandidate(
  fact: Fact,
  pool: DistractorPool,
  seed: number,
  articleSentences: readonly string[] = [],
): { item: Item; finish: () => Item | null } | null {
  // Terms have no class to draw plausible wrong options from ("History", "Internet" for a user
  // name): a term is asked as a short answer or a cloze, never as a multiple choice.
  if (fact.answerType === 'term') return null;
  // ("Manipal Academy of Higher Education and Jamia Millia Islamia" among single names: a list
  // answer stands out from any option of one name.)
  if (fact.answerType !== 'number' && fact.answerType !== 'date' && fact.answerType !== 'year' && answerParts(fact.answer).length > 1) return null;
  // ("Who is the legendary singer's brother?" among Narendra Modi and Shah Rukh Khan: other people
  // of the article are no believable kin; a relative is asked as a short answer.)
  if (fact.pattern === 'relation') return null;
  // A fill-in-the-blank stem must not show its answer elsewhere or lean on a pronoun.
  if (fact.question.includes('_____') && (mentions(fact.question, fact.answer, fact.answerType) || (fact.cloze ? clozeDangles(fact.cloze) : !standsAlone(fact.question)))) return null;
  const item: Item = { ...baseItem(fact, 'mcq'), question: mcqPrompt(fact.question), answer: fact.answer };
  const finish = (): Item | null => {
    const random = itemRandom(seed, item.id);
    const distractors = pickDistractors(fact, pool, random, 3, articleSentences);
    if (!distractors) return null;
    const options = shuffled([fact.answer, ...distractors], random);
    return { ...item, options, answerIndex: options.indexOf(fact.answer) };
  };
  return { item, finish };
}

/** A fill-in-the-blank stem becomes a question: the sentence, then what to choose. */
export function mcqPrompt(question: string): string {
  return question.includes('_____') ? `${question.trim().replace(/\s*…$/, ' …')} Which of the following fills the blank?` : question;
}
