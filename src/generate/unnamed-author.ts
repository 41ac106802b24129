/**
 * "The latest UNDP report noted that India improved its HDI value … to _____" beside "Which
 * organisation released the 2025 Human Development Report?" → UNDP: the body named only as the
 * author of a report gives the other item away, yet the item needs it not. Read as "The latest
 * report noted …", it asks the same and shows nothing.
 */
import type { AnswerType, Item } from '../types.js';
import { printedForms } from './set-conflicts.js';
import { reEscape } from '../util/re-escape.js';

/** What a body's name may stand before as its author. */
const PAPER = '(?:report|study|survey|statement|bulletin|release|data|assessment)';
const HAS_PAPER = new RegExp(`\\b${PAPER}\\b`);
/** Words between the article and the name that the item keeps: "the latest UNDP report". */
const KEPT = '(?:(?:latest|new|recent|annual|first|second|third|(?:19|20)\\d\\d)\\s+)?';

/** The item with each answer named only as the author of a paper left out, or null where no
 *  such name stands in it (or another mention still prints it). */
export function withoutAuthors(item: Item, answers: readonly { value: string; type: AnswerType }[]): Item | null {
  // (The cheap test first: most items name no paper at all.)
  if (!HAS_PAPER.test(item.question)) return null;
  let question = item.question;
  let cloze = item.cloze;
  for (const a of answers) {
    for (const word of printedForms(a)) {
      if (!word.trim() || !question.includes(word)) continue;
      const re = new RegExp(`\\b([Tt]he|[Aa]n?|[Ii]ts)\\s+(${KEPT})${reEscape(word.trim())}['’]?s?\\s+(${PAPER})\\b`, 'gu');
      const unnamed = (text: string) => text.replace(re, (_m, det: string, kept: string, paper: string) => `${/^an?$/i.test(det) ? article(det, kept || paper) : det} ${kept}${paper}`);
      question = unnamed(question);
      if (cloze) cloze = unnamed(cloze);
    }
  }
  return question === item.question ? null : { ...item, question, ...(cloze !== undefined ? { cloze } : {}) };
}

/** "a"/"an" as the word after it asks, in the case it was written. */
function article(det: string, next: string): string {
  const an = /^[aeiou]/i.test(next);
  const word = an ? 'an' : 'a';
  return det[0] === 'A' ? word[0].toUpperCase() + word.slice(1) : word;
}
