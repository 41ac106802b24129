import type { FactDraft } from '../draft.js';
import { definePattern, inMonthOf, namedEntityEndingAt, subjectEndingAt, type FindDrafts } from '../pattern.js';
import type { Sentence } from '../../types.js';

/**
 * What an agreement is about, as summit and MoU reports are asked: "India and Saudi Arabia on
 * Monday signed a memorandum of understanding on cooperation in renewable energy and green
 * hydrogen" → "In which field did India and Saudi Arabia sign a memorandum of understanding
 * in September 2025?" → renewable energy and green hydrogen.
 */
const DOCUMENT = 'memorandum of understanding|memoranda of understanding|MoUs?|agreements?|pacts?|treaty|treaties|deals?|accords?|protocols?|framework agreement';
const SIGNED = new RegExp(
  `(?<subjEnd>)(?:have\\s+|has\\s+|had\\s+)?(?:signed|inked|concluded)\\s+(?<det>an?|the|two|three|several|a\\s+series\\s+of)\\s+(?<doc>${DOCUMENT})\\s+` +
    `(?:on|for|in)\\s+(?<coop>(?:bilateral\\s+)?(?:cooperation|collaboration|partnership)\\s+(?:in|on)\\s+(?:the\\s+(?:fields?|areas?|sectors?)\\s+of\\s+)?)?` +
    `(?<topic>[a-z][a-z-]*(?:,?\\s+(?:and\\s+)?[a-z][a-z-]*){0,7}?)(?=\\s+(?:in|at|during|on|with|to|for|by)\\s|[,.;]|$)`,
  'gd',
);
const HINT = /\b(?:signed|inked|concluded)\s+(?:an?|the|two|three|several|a series of)\s+(?:memorand|MoU|agreement|pact|treat|deal|accord|protocol|framework)/;
/** A topic is a field, not a determiner or a clause ("on Monday", "on which …"). */
const NOT_TOPIC = /^(?:which|whose|the|this|that|these|those|its|their|behalf|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

const find: FindDrafts<'signed-on'> = (s, ctx) => {
  const drafts: FactDraft<'signed-on'>[] = [];
  if (!HINT.test(s.text)) return drafts;
  for (const m of s.text.matchAll(SIGNED)) {
    const g = m.groups!;
    const topic = g.topic.trim();
    if (NOT_TOPIC.test(topic) || topic.split(/\s+/).length > 8) continue;
    const subject = parties(s, m.indices!.groups!.subjEnd![0]);
    if (!subject) continue;
    const what = `${g.det.toLowerCase() === 'an' || g.det.toLowerCase() === 'a' ? g.det.toLowerCase() : g.det} ${g.doc}`;
    const when = inMonthOf(s, ctx);
    const on = g.coop ? ' on cooperation' : '';
    drafts.push({
      pattern: 'signed-on',
      question: `In which field did ${subject} sign ${what}${on}${when}?`,
      answer: topic,
      answerType: 'term',
      sentenceIndex: s.index,
      confidence: 0.85,
      about: [],
      statement: `${subject} signed ${what}${on} in ${topic}${when}.`,
    });
  }
  return drafts;
};

/** "India and Saudi Arabia", "India" — the signatories right before the verb (a time phrase
 *  such as "on Monday" may stand between). */
function parties(s: Sentence, verbAt: number): string | null {
  const last = subjectEndingAt(s, verbAt);
  if (!last) return null;
  const before = s.text.slice(0, last.start);
  const and = /\s+and\s+$/.exec(before);
  const first = and ? namedEntityEndingAt(s, and.index) : null;
  return first ? `${first.text} and ${last.text}` : last.text;
}

export default definePattern({
  id: 'signed-on',
  describe: 'In which field named parties signed an agreement or MoU',
  find,
});
