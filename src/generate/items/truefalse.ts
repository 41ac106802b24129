import type { Fact, Item } from '../../types.js';
import type { DistractorPool } from '../distractor-pool.js';
import { falseVersion } from './false-statement.js';
import { statementOf } from '../fact-statement.js';
import { baseItem, itemId, itemRandom } from './base.js';

/**
 * A true/false item: the fact's statement as it is, or — by a seeded coin — made false by
 * putting a plausible wrong value where the answer stands. Null without a usable statement.
 */
export function trueFalseItem(fact: Fact, pool: DistractorPool, seed: number, articleSentences: readonly string[] = []): Item | null {
  const statement = statementOf(fact);
  if (!statement) return null;
  const random = itemRandom(seed, itemId(fact, 'truefalse'));
  const base = { ...baseItem(fact, 'truefalse'), answerType: 'boolean' as const, score: fact.score * 0.9 };
  const wantFalse = random() < 0.5;
  const swapped = wantFalse ? falseVersion(fact, statement, pool, random, [], articleSentences) : null;
  if (swapped) {
    return {
      ...base,
      question: swapped.text,
      answer: 'False',
      explanation: `False: the article gives ${fact.answer}, not ${swapped.wrong}. “${fact.sentence}”`,
    };
  }
  return { ...base, question: statement, answer: 'True', explanation: `True. “${fact.sentence}”` };
}
