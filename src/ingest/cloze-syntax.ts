/**
 * Text is text (issue 18): an article's own `{{`, `}}` and `::` must never read as Anki cloze
 * syntax, neither in a Cloze note (`{{c2::…}}` would be a card of its own) nor where quizwire
 * turns its clozes into blanks (MCQs). A WORD JOINER (U+2060, invisible, no line break) between
 * the two characters keeps the text as it looks while no cloze parser matches it.
 */
import type { Draft } from './draft.js';

const JOINER = '\u2060';
const CLOZE_PAIRS = /([{}:])(?=\1)/g;

export function breakClozeSyntax(text: string): string {
  return text.includes('{{') || text.includes('}}') || text.includes('::') ? text.replace(CLOZE_PAIRS, `$1${JOINER}`) : text;
}

/** A draft's text (after the format was read: a page's JSON-LD keeps its braces). */
export function breakDraftClozeSyntax(draft: Draft): Draft {
  return {
    ...draft,
    title: draft.title === null ? null : breakClozeSyntax(draft.title),
    units: draft.units.map((u) => ({ ...u, text: breakClozeSyntax(u.text) })),
  };
}
