import type { Fact, Item } from '../../types.js';
import { baseItem } from './base.js';

/** A short-answer item: the fact's own question and answer. */
export function shortItem(fact: Fact): Item {
  return baseItem(fact, 'short');
}
