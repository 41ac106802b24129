import type { FactDraft } from '../draft.js';
import { definePattern, inMonthOf, subjectEndingAt, type FindDrafts } from '../pattern.js';
import type { Entity } from '../../types.js';
import { baseOfPast } from '../verb-forms.js';

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
// ("upheld the constitutional validity of the … Act": the law whose validity it upheld.)
const RULED = new RegExp(`(?<subjEnd>)(?:has\\s+|had\\s+)?(?<verb>${Object.keys(VERBS).join('|')})\\s+the\\s+(?:(?:constitutional\\s+)?validity\\s+of\\s+(?:the\\s+)?)?(?<objStart>)`, 'gd');
const COURT = /\b(?:Court|Bench|Tribunal)$/;
/** The named thing's kind, asked with "which": its head word. */
const HEAD = /\b(Schemes?|Acts?|Laws?|Orders?|Ordinances?|Amendments?|Rules?|Notifications?|Polic(?:y|ies)|Bills?|Regulations?|Guidelines|Provisions?|Article|Section|Yojana)\b/i;

/** "… refused to recognise same-sex marriage in a 3-2 verdict", "… by a majority of 4:1", "struck
 *  down triple talaq … by a 3:2 verdict": how a
 *  Bench split, the news of a ruling its headline gives as "in 3:2 judgment". */
const SPLIT = /(?:,\s*|\s+)(?:in\s+a\s+(?<a>\d\s*[-:–]\s*\d)\s+(?:majority\s+)?(?:verdict|judgment|judgement|ruling|decision|majority)|by\s+a\s+(?:(?<b>\d\s*[-:–]\s*\d)\s+(?:majority\s+)?(?:majority|verdict|judgment|judgement|ruling|decision)|majority\s+(?:verdict\s+)?of\s+(?<c>\d\s*[-:–]\s*\d)))\b/d;
/** The court's verb phrase before the split: "on Tuesday refused to recognise …". */
const RULED_VP = /^(?:\s+(?:on|last|this)\s+\p{Lu}\p{Ll}+|\s+today|\s+yesterday)?\s+(?:has\s+|had\s+)?(?<verb>\p{Ll}+ed|upheld|struck down|set aside|held)\s+(?<rest>[^;]{3,90})$/u;

function splitDraft(s: Parameters<FindDrafts<'court-ruling'>>[0], ctx: Parameters<FindDrafts<'court-ruling'>>[1]): FactDraft<'court-ruling'> | null {
  const m = SPLIT.exec(s.text);
  if (!m) return null;
  const split = (m.groups!.a ?? m.groups!.b ?? m.groups!.c)!;
  const court = s.entities.find((e) => (e.cls === 'organisation' || e.cls === 'term') && COURT.test(e.canonical) && e.end < m.index);
  const vp = court && RULED_VP.exec(s.text.slice(court.end, m.index));
  const verb = vp?.groups!.verb;
  const base = verb && (VERBS[verb] ?? (verb === 'held' ? 'hold' : baseOfPast(verb)));
  if (!court || !vp || !base) return null;
  const name = court.canonical.replace(/^.*\bof the\s+/, '');
  // ("struck down triple talaq, or instant divorce, by …": the comma before the split is no part of it.)
  // (Nor its other name set off by commas: "triple talaq, or instant divorce,".)
  const rest = vp.groups!.rest.trim().replace(/,$/, '').replace(/,\s+or\s+[^,]{2,40}$/, '');
  const [start] = m.indices!.groups![m.groups!.a ? 'a' : m.groups!.b ? 'b' : 'c']!;
  return {
    pattern: 'court-ruling',
    question: `By what majority did the ${name} ${base} ${rest}${inMonthOf(s, ctx)}?`,
    answer: split,
    answerText: split,
    answerStart: start,
    answerType: 'number',
    sentenceIndex: s.index,
    confidence: 0.88,
    about: [court.canonical],
    statement: `The ${name} ${vp.groups!.verb} ${rest} by a ${split} majority${inMonthOf(s, ctx)}.`,
  };
}

const find: FindDrafts<'court-ruling'> = (s, ctx) => {
  const drafts: FactDraft<'court-ruling'>[] = [];
  const split = /\d\s*[-:–]\s*\d/.test(s.text) ? splitDraft(s, ctx) : null;
  if (split) drafts.push(split);
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
