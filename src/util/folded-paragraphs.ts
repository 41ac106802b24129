import { foldKey } from './ids.js';

/** Paragraphs already folded: the extractor's answer check and the batch's content digest both
 *  read an article's whole text folded, and folding it is a pass over every character. */
const FOLDED = new WeakMap<readonly string[], string>();

/** The paragraphs joined and folded as names are compared (lower case, accents and punctuation
 *  gone), once per paragraphs array. */
export function foldedParagraphs(paragraphs: readonly string[]): string {
  let folded = FOLDED.get(paragraphs);
  if (folded === undefined) FOLDED.set(paragraphs, (folded = foldKey(paragraphs.join('\n'))));
  return folded;
}
