/**
 * Whether a word is one of the most common English words (SCOWL size 10): such a word names no
 * concept of its own ("ties", "effects", "security"); a rarer one may be a story's key term.
 */
import { COMMON_WORDS } from './data/common-words.js';

let words: Set<string> | null = null;

export function isCommonWord(word: string): boolean {
  words ??= new Set(COMMON_WORDS.split(' '));
  return words.has(word.toLowerCase());
}
