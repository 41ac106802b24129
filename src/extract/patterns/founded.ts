import { answerTypeOf } from '../answer-type.js';
import type { FactDraft } from '../draft.js';
import { definePattern, asWritten, subjectEndingAt, type FindDrafts } from '../pattern.js';
import { upperFirst } from '../text-utils.js';
import type { Entity } from '../../types.js';

/**
 * When a body or scheme began: "The National Green Tribunal was established in 2010 …", "The
 * Pradhan Mantri Jan Dhan Yojana, launched in August 2014, …" → "In which year was the National
 * Green Tribunal established?" → 2010; "When was the Pradhan Mantri Jan Dhan Yojana launched?" →
 * August 2014. The date must be the analyser's, with a year in it.
 */
const VERBS = 'established|founded|set up|formed|created|launched|constituted|instituted|inaugurated|incorporated|introduced|started|built|opened';
const PASSIVE = new RegExp(`(?<subjEnd>)(?:was|were|had been|has been)\\s+(?:first\\s+|originally\\s+|formally\\s+)?(?<verb>${VERBS})\\s+(?:in|on)\\s+$`);
const REDUCED = new RegExp(`^(?<subjEnd>)(?:\\s*\\([^()]{1,12}\\))?,\\s+(?:which\\s+was\\s+)?(?:first\\s+)?(?<verb>${VERBS})\\s+(?:in|on)\\s+$`);
const NAMED = new Set(['organisation', 'term', 'place']);
/** "… president of the Bharatiya Janata Party for the longest period since its inception in ":
 *  the year the body "its" stands for began, told in passing. */
const SINCE_ITS_WORDS = String.raw`\bsince\s+its\s+(?:inception|founding|formation|establishment|creation)\s+in\b`;
const SINCE_ITS = new RegExp(`${SINCE_ITS_WORDS}\\s+$`);
/** The cheap test first: most sentences found nothing. */
const HINT = new RegExp(`\\b(?:${VERBS})\\s+(?:in|on)\\b|${SINCE_ITS_WORDS}`);

const find: FindDrafts<'founded'> = (s) => {
  const drafts: FactDraft<'founded'>[] = [];
  if (!HINT.test(s.text)) return drafts;
  for (const date of s.entities) {
    if (date.cls !== 'date' || !/\b\d{4}\b/.test(date.text)) continue;
    const before = s.text.slice(0, date.start);
    const passive = PASSIVE.exec(before);
    const since = passive ? null : SINCE_ITS.exec(before);
    let subject: Entity | null = null;
    let verb = '';
    if (passive) {
      subject = subjectEndingAt(s, passive.index, ['organisation', 'term', 'place']);
      verb = passive.groups!.verb;
    } else if (since) {
      // (The body nearest before "its", with no other name between.)
      const last = [...s.entities].reverse().find((e) => e.end <= since.index && e.cls !== 'date' && e.cls !== 'number');
      subject = last?.cls === 'organisation' ? last : null;
      verb = 'founded';
    } else {
      // "X, launched in August 2014, …": the name right before the comma.
      const reduced = s.entities.find((e) => e.end < date.start && REDUCED.test(s.text.slice(e.end, date.start)));
      if (reduced) {
        subject = reduced;
        verb = REDUCED.exec(s.text.slice(reduced.end, date.start))!.groups!.verb;
      }
    }
    if (!subject || !NAMED.has(subject.cls)) continue;
    // As the article names it: "the Indian Space Research Organisation", not its short form.
    const name = asWritten(s, subject);
    const yearOnly = /^\d{4}$/.test(date.text.trim());
    drafts.push({
      pattern: 'founded',
      question: yearOnly ? `In which year was ${name} ${verb}?` : `When was ${name} ${verb}?`,
      answer: date.text,
      answerStart: date.start,
      answerType: answerTypeOf(date),
      sentenceIndex: s.index,
      confidence: 0.85,
      about: [subject.canonical],
      statement: `${upperFirst(name)} was ${verb} ${yearOnly || !/^\d/.test(date.text) ? 'in' : 'on'} ${date.text}.`,
    });
  }
  return drafts;
};

export default definePattern({
  id: 'founded',
  describe: 'When a named body or scheme was established, founded or launched',
  find,
});
