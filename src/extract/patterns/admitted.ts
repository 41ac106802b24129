import type { Entity, Sentence } from '../../types.js';
import type { FactDraft } from '../draft.js';
import { definePattern, type FindDrafts } from '../pattern.js';
import { countWord, numberValue } from '../../analyze/number-words.js';
import { andList } from '../../util/and-list.js';
import { withThe } from '../../util/definite-article.js';

/**
 * Who a grouping took in, as quizzes on summits ask it: "Leaders of the BRICS group of nations
 * have decided to accept Argentina, Egypt, Iran, Saudi Arabia, Ethiopia and the United Arab
 * Emirates (UAE) as six new members of the bloc" → "Which six countries were accepted as new
 * members of BRICS?"; "Iran and Belarus were admitted as full members of the SCO". The members are
 * a list of countries or bodies; the grouping is the one the sentence names (an acronym, or a
 * name with "Organisation", "Alliance", "Union", "Group"…).
 */
/** The verb of taking in, active ("decided to accept "), its list of members after it. */
const ACTIVE = /\b(?:accept(?:ed|s|ing)?|admit(?:ted|s|ting)?|induct(?:ed|s|ing)?|invit(?:e|ed|es|ing)|welcom(?:e|ed|es|ing))\s+(?:the\s+)?(?=\p{Lu})/u;
/** Or passive ("Iran and Belarus were admitted"), its list the sentence's opening. */
const PASSIVE = /\s(?:(?:have|has|had)\s+been|were|was)\s+(?:formally\s+|officially\s+)?(?:accepted|admitted|inducted|invited|welcomed)(?=\s+as\s)/u;
/** " as six new members of the bloc": as what, how many, and of what. */
const AS_MEMBERS = /^\s+as\s+(?:(?<count>\w+)\s+)?(?<kind>(?:(?:new|full|permanent|full-time)\s+)+)(?:members?|member\s+(?:states|countries|nations))\b(?<group>\s+(?:of|to|in|into)\s+(?:the\s+)?[^,;.]+)?/u;
const HINT = /\b(?:accept|admit|induct|invit|welcom)\w*\b[^.;]*\bas\s+(?:\w+\s+)?(?:new|full|permanent)\s/;
/** Words that make a grouping's name: a body, not a place. */
const GROUPING = /^(?:\p{Lu}[\p{Lu}\d]+|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+(?:Organisation|Organization|Alliance|Union|Group|Forum|Association|Bloc|Community|Council|Agreement|Cooperation|Initiative|Partnership))$/u;
const MEMBER: readonly Entity['cls'][] = ['place', 'organisation'];

/** Where the list of members stands, and what follows it (" as six new members of …"). */
function takenIn(text: string): { start: number; end: number; as: RegExpExecArray } | null {
  const active = ACTIVE.exec(text);
  if (active) {
    const start = active.index + active[0].length;
    const as = / as /.exec(text.slice(start));
    const rest = as && AS_MEMBERS.exec(text.slice(start + as.index));
    return rest && !/[;:]/.test(text.slice(start, start + as.index)) ? { start, end: start + as!.index, as: rest } : null;
  }
  const passive = PASSIVE.exec(text);
  if (!passive) return null;
  const start = /^(?:The\s+)?/.exec(text)![0].length;
  const rest = AS_MEMBERS.exec(text.slice(passive.index + passive[0].length));
  return rest && /^\p{Lu}/u.test(text.slice(start)) ? { start, end: passive.index, as: rest } : null;
}

/** The members listed in `span`: every name of a place or body in it, with nothing else between
 *  them but commas, "and" and a bracketed short form. */
function members(s: Sentence, start: number, end: number): Entity[] | null {
  // (The short form in brackets after a name is that name again: "the United Arab Emirates (UAE)".)
  const named = s.entities.filter((e) => e.start >= start && e.end <= end && MEMBER.includes(e.cls) && s.text[e.start - 1] !== '(');
  if (named.length < 1 || named[0].start !== start) return null;
  for (let i = 1; i < named.length; i++) {
    const gap = s.text.slice(named[i - 1].end, named[i].start);
    if (!/^(?:\s*\([^()]{1,12}\))?(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?$/.test(gap)) return null;
  }
  const tail = s.text.slice(named[named.length - 1].end, end);
  return /^(?:\s*\([^()]{1,12}\))?\s*$/.test(tail) ? named : null;
}

/** The grouping taken into: named after "of"/"to" ("of the SCO"), or, where that is a word like
 *  "the bloc", the one grouping the sentence names before the members. */
function groupingOf(s: Sentence, after: string | undefined, before: number): string | null {
  const named = (e: Entity) => e.cls === 'organisation' && GROUPING.test(e.canonical);
  if (after) {
    const at = s.text.indexOf(after);
    const inAfter = s.entities.find((e) => e.start >= at && e.end <= at + after.length && named(e));
    // ("of the G20": with the article the text gives it.)
    if (inAfter) return /\bthe\s+$/.test(s.text.slice(0, inAfter.start)) ? `the ${inAfter.canonical}` : inAfter.canonical;
  }
  const earlier = [...new Set(s.entities.filter((e) => e.end <= before && named(e)).map((e) => e.canonical))];
  return earlier.length === 1 ? withThe(earlier[0]) : null;
}

const find: FindDrafts<'admitted'> = (s) => {
  if (!HINT.test(s.text)) return [];
  const span = takenIn(s.text);
  if (!span) return [];
  const m = span.as;
  const [ls, le] = [span.start, span.end];
  const listed = members(s, ls, le);
  if (!listed) return [];
  const group = groupingOf(s, m.groups!.group, ls);
  if (!group) return [];
  const count = m.groups!.count && (/^(?:a|an|its)$/i.test(m.groups!.count) ? (m.groups!.count.toLowerCase() === 'its' ? listed.length : 1) : numberValue(m.groups!.count));
  // ("as six new members": the count said must be the names listed.)
  if (m.groups!.count && count !== listed.length) return [];
  const first = listed[0];
  const last = listed[listed.length - 1];
  const countries = listed.every((e) => e.cls === 'place' && e.placeKind === 'country');
  const kind = countries ? (listed.length > 1 ? 'countries' : 'country') : listed.length > 1 ? 'organisations' : 'organisation';
  const how = m.groups!.kind.trim().split(/\s+/).pop()!;
  const names = listed.map((e) => withThe(e.canonical));
  const answer = andList(names);
  const numbered = listed.length > 1 ? `${(listed.length <= 10 ? countWord(listed.length) : undefined) ?? listed.length} ` : '';
  const plural = listed.length > 1;
  return [
    {
      pattern: 'admitted',
      question: `Which ${numbered}${kind} ${plural ? 'were' : 'was'} accepted as ${plural ? `${how} members` : `a ${how} member`} of ${group}?`,
      answer,
      answerText: s.text.slice(first.start, last.end),
      answerStart: first.start,
      answerType: countries ? 'country' : 'organisation',
      sentenceIndex: s.index,
      confidence: 0.85,
      about: [group.replace(/^the /, ''), ...listed.map((e) => e.canonical)],
      statement: `${answer} ${plural ? 'were' : 'was'} accepted as ${plural ? `${how} members` : `a ${how} member`} of ${group}.`,
    } satisfies FactDraft<'admitted'>,
  ];
};

export default definePattern({
  id: 'admitted',
  describe: 'The countries or bodies a grouping took in as members',
  find,
});
