import type { Fact, Item } from '../../types.js';
import { shuffled } from '../../util/random.js';
import type { DistractorPool } from '../distractor-pool.js';
import { pickDistractors } from '../distractors.js';
import { baseItem, itemId, itemRandom } from './base.js';
import { mentions } from '../equivalence.js';
import { standsAlone } from '../stands-alone.js';

/** A four-option multiple choice, or null when three good distractors cannot be found.
 *  `articleSentences`: the article's known sentences, to keep out values listed with the answer. */
export function mcqItem(fact: Fact, pool: DistractorPool, seed: number, articleSentences: readonly string[] = []): Item | null {
  // Terms have no class to draw plausible wrong options from ("History", "Internet" for a user
  // name): a term is asked as a short answer or a cloze, never as a multiple choice.
  if (fact.answerType === 'term') return null;
  // A fill-in-the-blank stem must not show its answer elsewhere or lean on a pronoun.
  if (fact.question.includes('_____') && (mentions(fact.question, fact.answer, fact.answerType) || !standsAlone(fact.question))) return null;
  const random = itemRandom(seed, itemId(fact, 'mcq'));
  const distractors = pickDistractors(fact, pool, random, 3, articleSentences);
  if (!distractors) return null;
  const options = shuffled([fact.answer, ...distractors], random);
  return {
    ...baseItem(fact, 'mcq'),
    question: mcqPrompt(fact.question),
    options,
    answerIndex: options.indexOf(fact.answer),
    answer: fact.answer,
  };
}

/** A fill-in-the-blank stem becomes a question: the sentence, then what to choose. */
export function mcqPrompt(question: string): string {
  return question.includes('_____') ? `${question.trim().replace(/\s*…$/, ' …')} Which of the following fills the blank?` : question;
}
