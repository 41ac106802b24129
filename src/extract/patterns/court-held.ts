import type { FactDraft } from '../draft.js';
import { definePattern, inMonthOf, type FindDrafts } from '../pattern.js';
import type { ArticleContext } from '../article-context.js';
import type { Sentence } from '../../types.js';

/**
 * What a court held to be a right, as polity quizzes ask its rulings: "Digital access is a
 * fundamental right …, the Supreme Court ruled today" → "What did the Supreme Court rule is a
 * fundamental right?" → digital access; "The High Court held that the right to a clean environment
 * is part of the right to life".
 */
const RIGHT = String.raw`(?<what>(?:not\s+)?(?:a\s+)?fundamental rights?|(?:a\s+)?(?:part|facet|component)\s+of\s+the\s+(?:fundamental\s+)?right\s+to\s+[a-z]+(?:\s+and\s+[a-z]+)?)`;
const COURT = String.raw`(?:[Tt]he\s+)?(?<court>Supreme Court|(?:(?!The\b)\p{Lu}\p{Ll}+\s+){1,3}High Court|High Court|apex court)`;
const VERB = String.raw`(?<verb>ruled|held|declared|said|observed)`;
/** "Digital access is a fundamental right …, the Supreme Court ruled today." */
const FRONTED = new RegExp(String.raw`^(?<x>(?:The\s+)?[\p{L}][\p{L}-]*(?:\s+(?!is\b)[\p{Ll}-]+){0,6})\s+(?:is|are)\s+${RIGHT}\b[^.;]{0,200},\s+${COURT}\s+(?:on\s+\p{Lu}\p{Ll}+\s+|today\s+|on\s+\p{Lu}\p{Ll}+\s+)?${VERB}\b`, 'u');
/** "The Supreme Court held that the right to privacy is a fundamental right." */
const THAT = new RegExp(String.raw`${COURT}\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?${VERB}\s+that\s+(?<x>(?:the\s+)?[\p{Ll}][\p{L}-]*(?:\s+(?!is\b)[\p{Ll}-]+){0,6})\s+(?:is|are)\s+${RIGHT}\b`, 'u');
/** The court as a question names it: "the apex court" is the Supreme Court. */
const courtName = (court: string) => (court === 'apex court' ? 'Supreme Court' : court);
const PRESENT: Record<string, string> = { ruled: 'rule', held: 'hold', declared: 'declare', said: 'say', observed: 'observe' };

/** "The Supreme Court on Monday in a major ruling held that the watching … of such material is an
 *  offence under the …": the law a court held something an offence under. */
const OFFENCE = new RegExp(String.raw`${COURT}\s+(?:[^,;]{0,40}?\s)?${VERB}\s+that\s+(?<x>(?:the\s+)?\p{Ll}[^,;]{2,100}?)\s+(?:is|are|was|were)\s+(?<not>not\s+)?(?:an?\s+)?(?:punishable\s+)?offences?\s+under\s+(?:the\s+)?`, 'du');
const LAW = /\b(?:Act|Code|Sanhita|Adhiniyam)$/;

/** "Under which law did the Supreme Court hold that … is an offence?" → the Act, named in full. */
function offenceUnder(s: Sentence, ctx: ArticleContext): FactDraft<'court-held'>[] {
  const m = OFFENCE.exec(s.text);
  if (!m) return [];
  const at = m.index + m[0].length;
  const law = s.entities.find((e) => e.start === at && LAW.test(e.canonical));
  if (!law) return [];
  const g = m.groups!;
  const court = courtName(g.court);
  const plural = /^(?:are|were)$/.test(/\s(is|are|was|were)\s+(?:not\s+)?(?:an?\s+)?(?:punishable\s+)?offences?\s/.exec(m[0])?.[1] ?? '');
  return [{
    pattern: 'court-held',
    question: `Under which law did the ${court} ${PRESENT[g.verb]} that ${g.x} ${plural ? 'are' : 'is'} ${g.not ? 'not ' : ''}an offence${inMonthOf(s, ctx)}?`,
    answer: law.canonical,
    answerText: law.text,
    answerStart: law.start,
    answerType: 'term',
    sentenceIndex: s.index,
    confidence: 0.85,
    about: [court, law.canonical],
  }];
}

/** "the Supreme Court on Thursday held that sub-classification within … is permissible": what a
 *  court held allowed or not, by the law. */
const VALIDITY = new RegExp(String.raw`${COURT}\s+(?:[^,;]{0,40}?\s)?${VERB}\s+that\s+(?<x>(?:the\s+)?\p{Ll}[^,;]{2,140}?)\s+(?<be>is|are|was|were)\s+(?<not>not\s+)?(?:constitutionally\s+)?(?<ruling>permissible|impermissible|valid|invalid|constitutional|unconstitutional|legal|illegal|void|null and void)\b`, 'du');
/** The words of a thing held (so) at most: more is a clause, not a name for it. */
const MAX_HELD_WORDS = 16;

function heldValid(s: Sentence, ctx: ArticleContext): FactDraft<'court-held'>[] {
  const m = VALIDITY.exec(s.text);
  if (!m) return [];
  const g = m.groups!;
  const x = g.x.replace(/^the\s+/, '');
  if (x.split(/\s+/).length > MAX_HELD_WORDS || /\b(?:it|this|that|they|these|those)\b/.test(x)) return [];
  const court = courtName(g.court);
  const ruling = `${g.not ? 'not ' : ''}${g.ruling}`;
  return [{
    pattern: 'court-held',
    question: `What did the ${court} ${PRESENT[g.verb]} to be ${ruling}${inMonthOf(s, ctx)}?`,
    answer: x,
    answerText: x,
    answerStart: m.indices!.groups!.x![0] + (g.x.length - x.length),
    answerType: 'term',
    sentenceIndex: s.index,
    confidence: 0.9,
    about: [court],
    statement: `The ${court} ${g.verb} that ${g.x} ${g.be} ${ruling}${inMonthOf(s, ctx)}.`,
  }];
}

/** "Greek court has ruled that worshippers of the ancient Greek religion may now formally
 *  associate and worship at archeological sites": whom a court's ruling allows to do what. */
const MAY = new RegExp(String.raw`(?:${COURT}|(?<lower>\p{Lu}\p{Ll}+\s+court))\s+(?:has\s+|had\s+)?(?:[^,;]{0,30}?\s)?${VERB}\s+that\s+(?<x>\p{Ll}[^,;]{2,80}?)\s+(?:may|can)\s+(?:now\s+)?(?<vp>\p{Ll}[^,;.]{5,120})`, 'du');
/** People a ruling can allow to do something. */
const PEOPLE = /^(?:the\s+)?(?:worshippers|women|men|students|citizens|couples|people|persons|employees|devotees|farmers|children|minors|members|voters|candidates|teachers|doctors|patients|prisoners|undertrials|tenants|landowners|journalists)\b/;

function mayNow(s: Sentence, ctx: ArticleContext): FactDraft<'court-held'>[] {
  const m = MAY.exec(s.text);
  if (!m) return [];
  const g = m.groups!;
  const x = g.x.trim();
  if (!PEOPLE.test(x) || /\b(?:it|this|that|they|these|those)\b/.test(x)) return [];
  const who = x.replace(/^the\s+/, '');
  const court = g.lower ?? courtName(g.court);
  const vp = g.vp.trim();
  return [{
    pattern: 'court-held',
    question: `Who, according to a ruling of the ${court}${inMonthOf(s, ctx)}, may now ${vp}?`,
    answer: who,
    answerText: who,
    answerStart: m.indices!.groups!.x![0] + (x.length - who.length),
    answerType: 'term',
    sentenceIndex: s.index,
    confidence: 0.9,
    about: [court],
  }];
}

const find: FindDrafts<'court-held'> = (s, ctx) => {
  if (/\b(?:may|can)\s/.test(s.text) && /\bcourt\b|Court/.test(s.text)) {
    const allowed = mayNow(s, ctx);
    if (allowed.length) return allowed;
  }
  if (/\boffences?\s+under\b/.test(s.text) && /Court|apex court/.test(s.text)) {
    const under = offenceUnder(s, ctx);
    if (under.length) return under;
  }
  if (/\b(?:permissible|impermissible|valid|invalid|constitutional|unconstitutional|legal|illegal|void)\b/.test(s.text) && /Court|apex court/.test(s.text)) {
    const held = heldValid(s, ctx);
    if (held.length) return held;
  }
  if (!/fundamental right|right to [a-z]+/.test(s.text) || !/Court|apex court/.test(s.text)) return [];
  const m = FRONTED.exec(s.text) ?? THAT.exec(s.text);
  if (!m) return [];
  const g = m.groups!;
  const x = g.x.replace(/^The\s/, 'the ');
  const answer = /^[\p{Lu}]/u.test(x) && !/^\p{Lu}\p{Ll}+\s/u.test(x) ? x : x[0].toLowerCase() + x.slice(1);
  const court = courtName(g.court);
  const what = g.what.replace(/^(?!a\s|not\s)(?=fundamental right\b)/, 'a ');
  const plural = /^are$/.test(/\s(is|are)\s/.exec(m[0])![1]);
  return [{
    pattern: 'court-held',
    question: `What did the ${court} ${PRESENT[g.verb]} ${plural ? 'are' : 'is'} ${what}${inMonthOf(s, ctx)}?`,
    answer,
    answerText: g.x,
    answerStart: m.index + m[0].indexOf(g.x),
    answerType: 'term',
    sentenceIndex: s.index,
    confidence: 0.9,
    about: [court],
  } satisfies FactDraft<'court-held'>];
};

export default definePattern({
  id: 'court-held',
  describe: 'What a court held to be a fundamental right or part of one, allowed or not by the law, whom it allows to do what, or an offence under which law',
  find,
});
