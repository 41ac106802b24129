/**
 * Words of a name run: touching tokens glued back together ("Self" "-" "Defence" →
 * "Self-Defence"), with the token range each covers.
 */
import type { RawToken } from './nlp.js';

export interface Word {
  text: string;
  lower: string;
  first: number;
  last: number;
}

/** "MS", "MR" in capitals before a name: the person's initials, not "Ms" or "Mr". */
export const INITIALS_LIKE_HONORIFIC = /^(?:MS|MR|DR|MRS|SMT|ST)$/;

export function runWords(text: string, tokens: readonly RawToken[], first: number, last: number): Word[] {
  const words: Word[] = [];
  let a = first;
  for (let i = first; i <= last; i++) {
    if (i === last || tokens[i + 1].start !== tokens[i].end) {
      const w = text.slice(tokens[a].start, tokens[i].end);
      // ("MS Swaminathan", "MR Srinivasan": an honorific's letters in capitals are initials, no
      // "Ms" or "Mr"; their lower-case form is kept from every list of titles.)
      words.push({ text: w, lower: INITIALS_LIKE_HONORIFIC.test(w) ? w : w.toLowerCase(), first: a, last: i });
      a = i + 1;
    }
  }
  return words;
}

/** The text from word a to word b (inclusive), as it stands. */
export function wordsText(text: string, tokens: readonly RawToken[], words: readonly Word[], a: number, b: number): string {
  return text.slice(tokens[words[a].first].start, tokens[words[b].last].end);
}
