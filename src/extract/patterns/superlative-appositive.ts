import { answerTypeOf } from '../answer-type.js';
import type { FactDraft } from '../draft.js';
import type { Pattern } from '../pattern.js';
import { hasDanglingReference } from '../../util/dangling.js';
import { wordCount } from '../text-utils.js';

/**
 * A name and its superlative in apposition: "Lake Chilika, the largest brackish water lagoon in
 * Asia, …" → "Which is the largest brackish water lagoon in Asia?" → Lake Chilika. Records like
 * these are what "places in news" asks. Only a superlative that says where or of what ("in
 * Asia", "of its kind"), so the question has one answer.
 */
const SUPERLATIVE = '(?:largest|biggest|oldest|longest|highest|tallest|smallest|deepest|busiest|richest|most populous|most populated|second[- ]largest|third[- ]largest|second[- ]highest|second[- ]longest)';
/** The cheap test first: most sentences hold no superlative. */
const HINT = new RegExp(`\\b${SUPERLATIVE}\\b`);
const AFTER = new RegExp(`^,\\s+(?<what>the\\s+${SUPERLATIVE}\\s+(?:[\\w’'-]+\\s+){0,5}?[\\w’'-]+\\s+(?:in|of|on)\\s+(?:the\\s+)?[^,;.]{2,40})(?=,)`);

export const superlativeAppositive: Pattern = (s) => {
  const drafts: FactDraft[] = [];
  if (!HINT.test(s.text)) return drafts;
  for (const e of s.entities) {
    if (e.cls !== 'place' && e.cls !== 'organisation' && e.cls !== 'term' && e.cls !== 'person') continue;
    const m = AFTER.exec(s.text.slice(e.end));
    if (!m) continue;
    const what = m.groups!.what.trim();
    if (wordCount(what) > 14 || hasDanglingReference(what)) continue;
    drafts.push({
      pattern: 'superlative',
      question: `${e.cls === 'person' ? 'Who' : 'Which'} is ${what}?`,
      answer: e.canonical,
      answerText: e.text,
      answerStart: e.start,
      answerType: answerTypeOf(e),
      sentenceIndex: s.index,
      confidence: 0.85,
      about: [e.canonical],
      statement: `${e.canonical} is ${what}.`,
    });
  }
  return drafts;
};
