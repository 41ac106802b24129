import type { Entity, Sentence } from '../../types.js';
import { answerTypeOf, whWord } from '../answer-type.js';
import type { FactDraft } from '../draft.js';
import type { Pattern } from '../pattern.js';
import { tidyClause, wordCount } from '../text-utils.js';

const SAY_VERB = /^(?:also\s+)?(said|says|told|tells|added|adds|stated|noted|warned)\b/;

/**
 * A sentence whose subject is a name ("Microsoft announced …", "Russia and Japan have agreed …")
 * → the same sentence with the subject replaced by its question word: "Which two countries have
 * agreed …?". Subject questions need no inversion, so they stay grammatical on any article.
 */
export const subjectQuestion: Pattern = (s) => {
  const subject = leadingSubject(s);
  if (!subject) return [];
  const predicate = tidyClause(s.text.slice(subject.end));
  if (SAY_VERB.test(predicate) || wordCount(predicate) < 3 || wordCount(predicate) > 30) return [];
  const firstToken = s.tokens.find((t) => t.start >= subject.end);
  if (!firstToken || !(firstToken.pos === 'VERB' || firstToken.pos === 'AUX')) return [];
  const type = answerTypeOf(subject.entities[0]);
  if (!subject.entities.every((e) => answerTypeOf(e) === type)) return [];
  const wh = subject.entities.length === 2 ? twoWh(type) : whWord(type, subject.entities[0]);
  if (type === 'date' || type === 'number' || type === 'year' || type === 'term') return [];
  return [
    {
      pattern: 'subject',
      question: `${wh} ${predicate}?`,
      answer: subject.text,
      answerType: type,
      sentenceIndex: s.index,
      confidence: 0.6,
      about: subject.entities.map((e) => e.canonical),
      statement: tidyClause(s.text) + '.',
    } satisfies FactDraft,
  ];
};

function twoWh(type: string): string {
  return type === 'person' ? 'Which two people' : type === 'country' ? 'Which two countries' : type === 'organisation' ? 'Which two organisations' : 'Which two places';
}

/** "Russia", "The Saudi Interior Ministry", "Russia and Japan" at the start of the sentence. */
function leadingSubject(s: Sentence): { text: string; end: number; entities: Entity[] } | null {
  const named = (e: Entity) => e.cls === 'person' || e.cls === 'place' || e.cls === 'organisation';
  const lead = /^(?:the\s+)?/i.exec(s.text)![0].length;
  const first = s.entities.find((e) => e.start === lead && named(e));
  if (!first || /^\s*(?:’s|'s|’|,)/.test(s.text.slice(first.end))) return null;
  const and = /^\s+and\s+(?:the\s+)?/.exec(s.text.slice(first.end));
  if (and) {
    const second = s.entities.find((e) => e.start === first.end + and[0].length && named(e));
    if (!second || /^\s*(?:’s|'s|,)/.test(s.text.slice(second.end))) return null;
    return { text: s.text.slice(0, second.end), end: second.end, entities: [first, second] };
  }
  return { text: s.text.slice(lead, first.end), end: first.end, entities: [first] };
}
