/** What every item made from one fact shares, and its seeded random source. */
import type { Fact, Item, ItemType } from '../../types.js';
import { seededRandom, seedFrom } from '../../util/random.js';
import { stableId } from '../../util/ids.js';

/** Ids already made: one item's id is asked for several times while it is built. */
const IDS = new Map<string, string>();

export function itemId(fact: Fact, type: ItemType): string {
  const key = `${fact.id}\u001f${type}`;
  let id = IDS.get(key);
  if (id === undefined) {
    if (IDS.size > 10_000) IDS.clear();
    id = stableId([fact.id, type]);
    IDS.set(key, id);
  }
  return id;
}

/** The random source of one item: the user's seed and the item id, so items do not
 *  disturb each other's shuffles when facts come and go. */
export function itemRandom(seed: number, id: string): () => number {
  return seededRandom(seedFrom(`${seed}:${id}`));
}

export function baseItem(fact: Fact, type: ItemType): Item {
  return {
    id: itemId(fact, type),
    articleId: fact.articleId,
    factId: fact.id,
    type,
    question: fact.question,
    answer: fact.answer,
    sentence: fact.sentence,
    answerType: fact.answerType,
    score: fact.score,
    tags: [fact.pattern, fact.answerType],
    explanation: fact.sentence,
  };
}
