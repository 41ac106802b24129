import type { FactDraft } from '../draft.js';
import { definePattern, inMonthOf, namedEntityEndingAt, subjectEndingAt, type FindDrafts } from '../pattern.js';
import type { Sentence } from '../../types.js';
import { countryNamed } from '../../lexicon/index.js';
import { homeCountryName } from '../setting-country.js';

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
    `(?<topic>[a-z][a-z-]*(?:,?\\s+(?:and\\s+)?[a-z][a-z-]*){0,7}?)(?=\\s+(?:in|at|during|on|with|to|for|by|after|amid|following|between)\\s|[,.;]|$)`,
  'gd',
);
const HINT = /\b(?:signed|inked|concluded)\s+(?:an?|the|two|three|several|a series of)\s+(?:memorand|MoU|agreement|pact|treat|deal|accord|protocol|framework)/;
/** A topic is a field, not a determiner or a clause ("on Monday", "on which …"). */
const NOT_TOPIC = /^(?:which|whose|the|this|that|these|those|its|their|behalf|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** "India-New Zealand Free Trade Agreement": two countries, then the kind of agreement. */
const BILATERAL = /^(?<a>\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)[-–](?<rest>\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+){1,7})$/u;
/** The kind of agreement after the second country's name. */
const AGREEMENT_KIND = /^(?:\p{Lu}[\p{L}]+\s){0,5}(?:Agreement|Treaty|Pact|Accord)$/u;

/** The second country and the kind, where the words after the hyphen split into them. */
function partnerAndKind(rest: string): { b: string; kind: string } | null {
  const words = rest.split(/\s/);
  for (let n = 1; n <= 3 && n < words.length; n++) {
    const b = words.slice(0, n).join(' ');
    const kind = words.slice(n).join(' ');
    if (countryNamed(b) && AGREEMENT_KIND.test(kind)) return { b, kind };
  }
  return null;
}
/** What was done to it, written before it: "signed the …", "announced the conclusion of a landmark …". */
const DONE = /\b(?<verb>signed|inked|concluded|finalised|finalized|sealed|conclusion of|signing of|finalisation of)\s+(?:(?:an?|the)\s+)?(?:(?:landmark|historic|long-awaited|much-awaited|new|bilateral|comprehensive)\s+)?$/;
const BASE: Record<string, string> = { signed: 'sign', inked: 'sign', concluded: 'conclude', finalised: 'finalise', finalized: 'finalize', sealed: 'seal', 'conclusion of': 'conclude', 'signing of': 'sign', 'finalisation of': 'finalise' };

/** "… announced the conclusion of a landmark India-New Zealand Free Trade Agreement" → "With which
 *  country did India conclude a Free Trade Agreement in December 2025?" → New Zealand: the
 *  partner of the story's home country. */
function partnerOf(s: Sentence, ctx: Parameters<FindDrafts<'signed-on'>>[1]): FactDraft<'signed-on'>[] {
  const out: FactDraft<'signed-on'>[] = [];
  for (const e of s.entities) {
    if (e.cls !== 'term') continue;
    const m = BILATERAL.exec(e.text);
    const split = m && partnerAndKind(m.groups!.rest);
    const done = split && DONE.exec(s.text.slice(Math.max(0, e.start - 80), e.start));
    if (!m || !split || !done) continue;
    const [a, b] = [countryNamed(m.groups!.a), countryNamed(split.b)];
    if (!a || !b || a.name === b.name) continue;
    // (The story's home country, else the one written first: each country's press names itself first.)
    const home = homeCountryName(ctx);
    const own = home && [a.name, b.name].includes(countryNamed(home)?.name ?? '') ? countryNamed(home)!.name : a.name;
    const [us, partner, partnerText] = own === a.name ? [m.groups!.a, b.name, split.b] : [split.b, a.name, m.groups!.a];
    const kind = split.kind;
    const article = /^[AEIOU]/.test(kind) ? 'an' : 'a';
    const when = inMonthOf(s, ctx);
    out.push({
      pattern: 'signed-on',
      question: `With which country did ${us} ${BASE[done.groups!.verb]} ${article} ${kind}${when}?`,
      answer: partner,
      answerText: partnerText,
      answerStart: e.start + (own === a.name ? m.groups!.a.length + 1 : 0),
      answerType: 'country',
      sentenceIndex: s.index,
      confidence: 0.9,
      about: [e.canonical, partner],
      statement: `${us} ${done.groups!.verb.replace(/ of$/, '').replace('conclusion', 'concluded').replace('signing', 'signed').replace('finalisation', 'finalised')} ${article} ${kind} with ${partner}${when}.`,
    });
  }
  return out;
}

/** "India and Britain formally inked the comprehensive economic and trade agreement (CETA)": an
 *  agreement by its name and short form, signed by the two named before the verb. */
const NAMED_DEAL = /(?<subjEnd>)(?:(?:have|has|had)\s+)?(?:(?:formally|finally|officially)\s+)?(?:signed|inked|concluded)\s+(?:the\s+)?(?<name>(?:[\p{L}-]+\s+){1,7}?(?:[Aa]greement|[Pp]act|[Tt]reaty|[Aa]ccord))\s+\((?<short>\p{Lu}{2,8})\)/dgu;

function namedDeal(s: Sentence, ctx: Parameters<FindDrafts<'signed-on'>>[1]): FactDraft<'signed-on'>[] {
  const out: FactDraft<'signed-on'>[] = [];
  for (const m of s.text.matchAll(NAMED_DEAL)) {
    const subject = parties(s, m.indices!.groups!.subjEnd![0]);
    // (Two signatories only: "India signed the … with X" says the partner elsewhere.)
    if (!subject || !/\sand\s/.test(subject)) continue;
    const written = m.groups!.name;
    // (Its initials must be the short form's: "the agreement (CETA)" alone names nothing.)
    const initials = written.split(/\s+/).filter((w) => !/^(?:and|of|on|for|the|in)$/i.test(w)).map((w) => w[0].toUpperCase()).join('');
    if (initials !== m.groups!.short) continue;
    const name = `${written.replace(/(^|\s)(?!(?:and|of|on|for|the|in)\b)(\p{Ll})/gu, (_w, sp: string, c: string) => sp + c.toUpperCase())} (${m.groups!.short})`;
    const when = inMonthOf(s, ctx);
    out.push({
      pattern: 'signed-on',
      question: `Which agreement did ${subject} sign${when}?`,
      answer: name,
      answerText: `${written} (${m.groups!.short})`,
      answerStart: m.indices!.groups!.name![0],
      answerType: 'term',
      sentenceIndex: s.index,
      confidence: 0.9,
      about: [name],
      statement: `${subject} signed the ${name}${when}.`,
    });
  }
  return out;
}

const find: FindDrafts<'signed-on'> = (s, ctx) => {
  const drafts: FactDraft<'signed-on'>[] = [...partnerOf(s, ctx), ...(/\b(?:signed|inked|concluded)\b/.test(s.text) ? namedDeal(s, ctx) : [])];
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
  // ("India and the UAE": the second may keep its "the".)
  const and = /\s+and\s+(the\s+)?$/.exec(before);
  const first = and ? namedEntityEndingAt(s, and.index) : null;
  return first ? `${first.text} and ${and![1] ? 'the ' : ''}${last.text}` : last.text;
}

export default definePattern({
  id: 'signed-on',
  describe: 'In which field named parties signed an agreement or MoU, or with which country one was concluded',
  find,
});
