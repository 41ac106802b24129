/**
 * The order of a quiz's type groups: the recall types (short answer, cloze, multiple choice)
 * led by the one holding the most central item, so the first question printed asks the main
 * news whatever its type; true/false and statements always after them. Read from scores, not
 * positions, so shuffled sets (A, B, …) keep one layout.
 */
import type { Item, ItemType } from '../types.js';

const RECALL: readonly ItemType[] = ['short', 'cloze', 'mcq'];
const AFTER: readonly ItemType[] = ['truefalse', 'statements'];

export function typeOrder(items: readonly Item[]): ItemType[] {
  const best = new Map<ItemType, number>();
  for (const it of items) best.set(it.type, Math.max(best.get(it.type) ?? -Infinity, it.score));
  const recall = [...RECALL].sort((a, b) => (best.get(b) ?? -Infinity) - (best.get(a) ?? -Infinity) || RECALL.indexOf(a) - RECALL.indexOf(b));
  return [...recall, ...AFTER];
}
