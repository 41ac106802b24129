import type { FactDraft } from '../draft.js';
import { definePattern, inMonthOf, subjectEndingAt, type FindDrafts } from '../pattern.js';
import type { Entity } from '../../types.js';

/**
 * What a court did to a named law, scheme or order, as court-ruling reports are asked: "A
 * Constitution Bench of the Supreme Court on Thursday struck down the Electoral Bonds Scheme" →
 * "Which scheme did the Supreme Court strike down in February 2024?" → Electoral Bonds Scheme.
 */
const VERBS: Record<string, string> = {
  'struck down': 'strike down',
  upheld: 'uphold',
  quashed: 'quash',
  stayed: 'stay',
  'set aside': 'set aside',
  'declared unconstitutional': 'declare unconstitutional',
};
const RULED = new RegExp(`(?<subjEnd>)(?:has\\s+|had\\s+)?(?<verb>${Object.keys(VERBS).join('|')})\\s+the\\s+(?<objStart>)`, 'gd');
const COURT = /\b(?:Court|Bench|Tribunal)$/;
/** The named thing's kind, asked with "which": its head word. */
const HEAD = /\b(Schemes?|Acts?|Laws?|Orders?|Ordinances?|Amendments?|Rules?|Notifications?|Polic(?:y|ies)|Bills?|Regulations?|Guidelines|Provisions?|Article|Section|Yojana)\b/i;

const find: FindDrafts<'court-ruling'> = (s, ctx) => {
  const drafts: FactDraft<'court-ruling'>[] = [];
  if (!/\b(?:struck down|upheld|quashed|stayed|set aside|declared unconstitutional)\b/.test(s.text)) return drafts;
  for (const m of s.text.matchAll(RULED)) {
    const court = subjectEndingAt(s, m.indices!.groups!.subjEnd![0], ['organisation']);
    if (!court || !COURT.test(court.canonical)) continue;
    const at = m.indices!.groups!.objStart![0];
    const named = s.entities.find((e: Entity) => e.start === at && (e.cls === 'term' || e.cls === 'organisation'));
    const object = (named && withKindAfter(s.text, named)) ?? unnamedObject(s.text, at);
    // ("the Kerala Cattle Markets (Regulation) Act": not a word in brackets, which says what it does.)
    const head = object ? HEAD.exec(object.text.replace(/\([^()]*\)/g, ''))?.[1] : undefined;
    if (!object || !head) continue;
    const name = court.canonical.replace(/^.*\bof the\s+/, '');
    drafts.push({
      pattern: 'court-ruling',
      question: `Which ${head.toLowerCase()} did the ${name} ${VERBS[m.groups!.verb]}${inMonthOf(s, ctx)}?`,
      answer: object.canonical,
      answerText: object.text,
      answerStart: object.start,
      answerType: 'term',
      sentenceIndex: s.index,
      confidence: 0.9,
      about: [object.canonical, court.canonical],
      statement: `The ${name} ${m.groups!.verb} the ${object.canonical}${inMonthOf(s, ctx)}.`,
    });
  }
  return drafts;
};

/** "the Electoral Bond scheme": a name whose kind the word after it says is named with it. */
function withKindAfter(text: string, e: Entity): Entity {
  if (HEAD.test(e.text)) return e;
  const kind = /^\s+(scheme|act|law|policy|ordinance|order|rules|notification|amendment|bill|regulations?|guidelines|yojana)\b/i.exec(text.slice(e.end));
  if (!kind) return e;
  const whole = text.slice(e.start, e.end + kind[0].length);
  return { ...e, text: whole, canonical: whole, end: e.end + kind[0].length };
}

/** "struck down the electoral bonds scheme": a scheme or law the report writes in lower case,
 *  up to five words before its kind, as the object. */
const UNNAMED = /^(?:[a-z][\w-]*\s+){1,5}?(?:scheme|law|act|policy|ordinance|order|rules|notification|amendment|bill|regulations?|provision|guidelines)\b/;
function unnamedObject(text: string, at: number): Entity | null {
  const m = UNNAMED.exec(text.slice(at));
  if (!m || /\b(?:its|their|his|her|this|that|these|those|the|a|an)\b/.test(m[0])) return null;
  const phrase = m[0];
  return { text: phrase, canonical: phrase, cls: 'term', start: at, end: at + phrase.length };
}

export default definePattern({
  id: 'court-ruling',
  describe: 'Which named law, scheme or order a court struck down, upheld or stayed',
  find,
});
