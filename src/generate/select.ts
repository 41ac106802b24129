/**
 * Candidate items of one article, some still pending: a multiple choice is only finished
 * (its distractors looked for, the costly part) when the set reaches it.
 */
import type { Item } from '../types.js';

export interface Candidate {
  item: Item;
  /** Facts the item asks about (several for a statements item). */
  factIds: string[];
  /**
   * Set while the candidate is pending: `item` already holds every field selection reads, and
   * this makes the real item, or null when it cannot be made (a multiple choice without three
   * good distractors).
   */
  finish?: () => Item | null;
}

/** What a candidate that turned out impossible finishes with, every time it is asked again. */
const IMPOSSIBLE = (): null => null;

/** Finishes a pending candidate in place; whether it exists. */
export function exists(c: Candidate): boolean {
  if (!c.finish) return true;
  const item = c.finish();
  c.finish = item ? undefined : IMPOSSIBLE;
  if (item) c.item = item;
  return item !== null;
}
