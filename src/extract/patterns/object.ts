import { answerTypeOf, whWord } from '../answer-type.js';
import type { FactDraft } from '../draft.js';
import { definePattern, namedEntityEndingAt, type FindDrafts } from '../pattern.js';
import { tidyClause, wordCount } from '../text-utils.js';
import { baseOfPast } from '../verb-forms.js';
import { openingName } from '../article-context.js';
import type { Entity, Sentence } from '../../types.js';

/**
 * "Sweden defeated South Korea 1 – 0" → "Which country did Sweden defeat?" → South Korea: a
 * named subject, a verb in the simple past (no auxiliary), and a named object right after it.
 */
const RE = /(?<verb>\b[a-z]+)\s+(?:the\s+)?(?=[A-Z])/g;

const find: FindDrafts<'object'> = (s) => {
  const drafts: FactDraft<'object'>[] = [];
  for (const m of s.text.matchAll(RE)) {
    const verb = m.groups!.verb;
    const base = baseOfPast(verb);
    if (!base || /^(was|were|had|did|said|told|added|stated|named|called|based|located|used|led)$/.test(verb)) continue;
    const token = s.tokens.find((t) => t.start === m.index);
    if (!token || token.pos !== 'VERB') continue;
    const subject = namedEntityEndingAt(s, m.index!) ?? clauseOpener(s, m.index!);
    const objectStart = m.index! + m[0].length;
    const object = s.entities.find((e) => e.start === objectStart && (e.cls === 'person' || e.cls === 'place' || e.cls === 'organisation'));
    if (!subject || !object) continue;
    // "Twitter gave Mohamed a …": a second object after the name makes "Who did Twitter give?" wrong.
    if (!/^\s*(?:$|[,.;:!?]|\d|(?:in|at|on|to|for|with|from|during|after|before|by|near|over|against|into|and|but)\b)/.test(s.text.slice(object.end))) continue;
    // ("Portugal extradited Abu Salem and Monica Bedi": one of two objects is half the answer.)
    if (s.entities.some((e) => e.cls === object.cls && /^\s*(?:,\s*)?and\s+$/.test(s.text.slice(object.end, e.start)))) continue;
    // The subject must start the clause: nothing but an opening adverbial before it.
    const before = s.text.slice(0, subject.start);
    if (before.trim() && !/^(?:[A-Z][^,]{0,40},\s+)?(?:the\s+)?$/i.test(before)) continue;
    // ("welcomed Starmer at Mumbai’s Raj Bhavan — the official residence of … — on Thursday": an
    // aside between dashes ends what is asked.)
    // ("Jharkhand defeated Maharashtra 2-1 to bag the bronze medal": the score goes, what it won stays.)
    const rest = tidyClause(s.text.slice(object.end).replace(/^\s*\d{1,3}\s*[–-]\s*\d{1,3}(?=\s+(?:to|in|at)\s)/, '').split(/[,;]|\s+[—–]\s+|\s+(?:and|but|while|after|before|when|because)\s+/)[0]);
    // ("… on penalties to clinch the SAFF Championship 2023 in Bengaluru": past eight words, where
    // it was goes first.)
    const short = rest && wordCount(rest) > 8 ? rest.replace(/\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u, '') : rest;
    const tail = short && wordCount(short) <= 8 && !/\d\s*[–-]\s*\d/.test(short) ? ` ${short}` : '';
    // ("Which country did Belgium defeat?" of "… defeated Netherlands 4-3 in shoot out to finish fifth
    // in the tournament": with what it was for too long to carry, the question says nothing of it.)
    if (short && !tail) continue;
    // ("In October 2005, Portugal extradited …": the year an opening phrase gives goes with it.)
    const year = /^In\s+(?:\p{Lu}\p{Ll}+\s+)?((?:19|20)\d\d),/u.exec(before)?.[1];
    const when = year && !tail.includes(year) ? ` in ${year}` : '';
    const type = answerTypeOf(object);
    drafts.push({
      pattern: 'object',
      question: `${whWord(type, object)} did ${subject.text} ${base}${tail}${when}?`,
      answer: object.canonical,
      answerText: object.text,
      answerStart: object.start,
      answerType: type,
      sentenceIndex: s.index,
      // ("Who did Modi welcome?": with nothing after the verb, the question says little of the news;
      // another fact of the same answer says more.)
      confidence: tail || when ? 0.65 : 0.55,
      about: [subject.canonical, object.canonical],
    });
  }
  return drafts;
};

/** "India made history on Tuesday as they defeated Kuwait …": the name opening the sentence is
 *  the "they" (or "he", "she") of its clause of what was done. */
function clauseOpener(s: Sentence, verbAt: number): Entity | null {
  const pronoun = /\b(?:as|when)\s+(they|he|she)\s+$/.exec(s.text.slice(0, verbAt));
  const opener = pronoun ? openingName(s) : null;
  if (!opener || opener.start !== 0 || /[,;]/.test(s.text.slice(opener.end, pronoun!.index))) return null;
  const person = opener.cls === 'person';
  return (pronoun![1] === 'they') !== person && (person || opener.cls === 'place' || opener.cls === 'organisation') ? opener : null;
}

export default definePattern({
  id: 'object',
  describe: 'Which named thing a named subject acted on: "Sweden defeated South Korea"',
  find,
});
