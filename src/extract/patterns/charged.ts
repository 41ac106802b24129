import { andList } from '../../util/and-list.js';
import type { FactDraft } from '../draft.js';
import { definePattern, subjectEndingAt, type FindDrafts } from '../pattern.js';
import type { Entity, Sentence } from '../../types.js';

/**
 * What a court or the police did to someone, as crime and court reports are asked: "Thomas Sam
 * and his wife Manju Sam are undergoing trial for manslaughter by gross negligence" → "What are
 * Thomas Sam and Manju Sam on trial for?"; "Montalvo was charged with grand theft" → "What was
 * Daniel Montalvo charged with?"; "… was sentenced to life imprisonment" → "What was … sentenced to?".
 * The charge is a lower-case phrase; an accusation someone makes ("accused of") is no fact.
 */
const ACTS: Record<string, (who: string, plural: boolean) => string> = {
  trial: (who, plural) => `What ${plural ? 'are' : 'is'} ${who} on trial for`,
  charged: (who, plural) => `What ${plural ? 'were' : 'was'} ${who} charged with`,
  convicted: (who, plural) => `What ${plural ? 'were' : 'was'} ${who} convicted of`,
  sentenced: (who, plural) => `What ${plural ? 'were' : 'was'} ${who} sentenced to`,
  arrested: (who, plural) => `What ${plural ? 'were' : 'was'} ${who} arrested for`,
};
const VERB = /(?<subjEnd>)(?:,\s*)?(?:(?:is|are|was|were|has been|have been|had been|will be)\s+)?(?:(?:now|also|later|subsequently|currently)\s+)?(?:(?<trial>undergoing trial for|on trial for|standing trial for|facing trial for)|(?<charged>charged with)|(?<convicted>convicted of|found guilty of)|(?<sentenced>sentenced to)|(?<arrested>arrested (?:on charges? of|for)))\s+/dg;
const HINT = /\b(?:trial for|charged with|convicted of|guilty of|sentenced to|arrested (?:on charges? of|for))\b/;
/** The charge: lower-case words (a number of years too), up to a clause or a new phrase; "by"
 *  goes on only into lower-case words ("manslaughter by gross negligence", not "by a court"),
 *  "and" into another charge ("murder and criminal conspiracy"), not a verb ("and was fined"). */
const CHARGE = /^(?:the\s+)?((?:\d+\s+)?[a-z][a-z-]*(?:\s+(?:and\s+(?:an?\s+)?(?!(?:was|were|is|are|has|had|have|will|would|later|then|sentenced|fined|released|remanded|sent)\b)|by\s+(?!(?:a|an|the|his|her|their)\b)|(?!(?:for|in|after|on|at|and|which|who|under|while|since|from|over|to|of|the|a|an|as|with|without|when|but|by)\b))[a-z][a-z-]*){0,7})(?=[\s,;.]|$)/;
/** What is no charge: a place, a time, a stretch of prison told in words alone is. */
const NOT_A_CHARGE = /^(?:his|her|their|its|being|having|allegedly|reportedly|days?|weeks?|months?|hours?)\b/;

const find: FindDrafts<'charged'> = (s) => {
  const drafts: FactDraft<'charged'>[] = [];
  if (!HINT.test(s.text)) return drafts;
  for (const m of s.text.matchAll(VERB)) {
    const act = Object.keys(ACTS).find((k) => m.groups![k]);
    if (!act) continue;
    const at = m.index! + m[0].length;
    const charge = CHARGE.exec(s.text.slice(at))?.[1];
    if (!charge || NOT_A_CHARGE.test(charge) || charge.split(/\s+/).length > 8) continue;
    const who = accused(s, m.indices!.groups!.subjEnd![0]);
    if (!who) continue;
    const names = who.map((e) => e.canonical);
    const written = andList(names);
    drafts.push({
      pattern: 'charged',
      question: `${ACTS[act](written, names.length > 1)}?`,
      answer: charge,
      answerText: charge,
      answerStart: at + s.text.slice(at).indexOf(charge),
      answerType: 'term',
      sentenceIndex: s.index,
      confidence: 0.85,
      about: names,
    });
  }
  return drafts;
};

/** The people a sentence says were tried or charged: the subject before the verb, or the person
 *  who opens the sentence with the one named "and his wife …" after them. */
function accused(s: Sentence, at: number): Entity[] | null {
  const subject = subjectEndingAt(s, at, ['person']);
  if (subject) return [subject];
  const first = s.entities.find((e) => e.cls === 'person');
  if (!first || first.start !== 0) return null;
  // ("Thomas Sam, 42, and his wife Manju Sam, 36, from Sydney, Australia, are …": the pair, with
  // their ages and home between commas.)
  const partner = s.entities.find((e) => e.cls === 'person' && e.start > first.end && /^(?:,\s*\d{1,3},)?\s+and\s+(?:his|her)\s+(?:wife|husband|son|daughter|brother|sister)\s+$/.test(s.text.slice(first.end, e.start)));
  const last = partner ?? first;
  // Only ages, a home and commas between the last of them and the verb.
  const between = s.text.slice(last.end, at);
  if (!/^(?:,\s*\d{1,3})?(?:,\s*from\s+\p{Lu}[\p{L}-]*(?:(?:,\s*|\s+)\p{Lu}[\p{L}-]*){0,3})?,?\s*$/u.test(between)) return null;
  return partner ? [first, partner] : [first];
}

export default definePattern({
  id: 'charged',
  describe: 'What someone was charged with, tried for, convicted of, arrested for or sentenced to',
  find,
});
