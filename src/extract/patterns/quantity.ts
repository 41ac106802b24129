import { NATIONAL, scopesNamed, statesNamed } from './seats.js';
import { pronounPerson } from '../article-context.js';
import { rankIndexIn } from './rank.js';
import type { FactDraft } from '../draft.js';
import { RESPONSE_DETAIL } from '../telling.js';
import { definePattern, namedEntityEndingAt, type FindDrafts } from '../pattern.js';
import { ATTRIBUTION_TAIL, quotedSpans, tidyClause, wordCount } from '../text-utils.js';
import { baseOfPast } from '../verb-forms.js';
import type { Entity, Sentence } from '../../types.js';
import { initials } from '../../util/acronym.js';
import { normalizeKey } from '../../util/ids.js';
import { numberValue } from '../../analyze/number-words.js';
import { countryOf } from '../../lexicon/index.js';
import { MONTH_ALTERNATION } from '../../util/calendar.js';
import { DISASTER_WORDS } from '../../util/disaster-words.js';

const QUALIFIER = '(?:(?:[Aa]t least|[Mm]ore than|[Oo]ver|[Aa]bout|[Aa]round|[Nn]early|[Aa]lmost|[Ss]ome|[Uu]p to|[Ff]ewer than|[Ll]ess than|[Rr]oughly|[Aa]n estimated|[Aa]pproximately)\\s+)?';
/** A range is one answer: "between 10 and 12", "10 to 12", "10-12" (never its upper end alone). */
// (Up to its first digit without digits, and the count starting a word: one way to match, so
// the regex stays linear in a long token instead of cubic.)
const RANGE = '(?:[Bb]etween\\s+\\S+\\s+and\\s+|[^\\s\\d]*\\d\\S*\\s+(?:to|-|–)\\s+)?';
const NOUNS = "(?<noun>(?:[A-Za-z][\\w-]*\\s+){0,2}?(?:people|persons|personnel|children|women|men|police|[a-z][\\w-]*s|[A-Z][a-z]+(?:ans|ians|ese|is|ks|chs|ers)|(?:MoU|MoA|FIR|PIL|NGO|MLA|MP|PSU|LoI)s)\\b)";
const AUX = '(?<aux>have been|has been|had been|were|are|will be|would be)';
const REST = '(?<rest>[^;]*)';
/** The rest read without taking it, so a second count in it is matched too ("500 institutions
 *  received …, and 190 universities have accepted …"). */
const LOOKING_REST = '(?=(?<rest>[^;]*))';
/** " and the Congress 70", " and the BJP four": a second owner and its count, the verb gapped. */
const GAPPED_AFTER = /^\s+and\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s+\p{Ll}+(?:ed|s)\b)/u;

/** "over 345 Muslim pilgrims have been killed in a stampede …" → "How many Muslim pilgrims have been killed in a stampede …?" */
// ("At least 265 people, including 241 of the 242 on board, were killed …": an aside of who
// among them may stand before the verb; so may one between dashes: "121 people - 113 women, seven
// children and a man - were killed …".)
// ("was batting on 29, when bails were drawn": a figure closing its clause counts nothing after it.)
const PASSIVE = new RegExp(`(?<!\\S)(?<num>${QUALIFIER}${RANGE}\\S*[^\\s,;:])\\s+${NOUNS}(?:,\\s+(?:including|among them|most of them|mostly)\\s+[^,;]{1,80},|\\s[-–—]\\s[^;\\-–—\\s](?:[^;\\-–—]{0,78}[^;\\-–—\\s])?\\s[-–—])?\\s+${AUX}\\s+(?<verb>[a-z]+(?:ed|en|wn|t))\\b${REST}`, 'dg');
/** "the four Kuril Islands, claimed by Japan" → "How many Kuril Islands are claimed by Japan?" */
const REDUCED = new RegExp(`\\bthe\\s+(?<num>\\S+)\\s+(?<noun>(?:[A-Z][\\w-]*\\s+){0,3}[A-Z][\\w-]*s)\\b,?\\s+(?<verb>[a-z]+(?:ed|en))\\s+(?<rest>by\\s+[^,;.]+)`, 'dg');
/** "Saudi officials … placed over 60,000 security personnel in the area" → "How many security personnel did Saudi officials place …?" */
const ACTIVE = new RegExp(`(?<verb>[a-z]+ed|made|sent|built|sold|won|lost|took|gave|paid|spent|brought|raised)\\s+(?<num>${QUALIFIER}${RANGE}\\S+)\\s+${NOUNS}${REST}`, 'dg');

/** "Thus, while 11 candidates have been elected unopposed, the winner from …": a count in a
 *  clause opened by "while", "although", … ends with that clause, at its comma. */
function ownClause(s: Sentence, numAt: number, rest: string): string {
  return /\b(?:while|although|though|whereas|since|if|when)\s+(?:\S+\s+)?$/i.test(s.text.slice(Math.max(0, numAt - 30), numAt)) ? rest.split(',')[0] : rest;
}

/** Verbs "over" may follow as their own particle: "handed over", "turned over". */
const PARTICLE_OVER = /^(?:handed|turned|signed|passed)$/;

/** "500 institutions received the initial invitation", "about 100,000 Greeks worship the
 *  ancient gods": a count that is the subject of its clause, which opens the sentence or follows
 *  a comma, "that", "said" or a time word. */
const SUBJECT = new RegExp(`(?:^|,\\s+|\\b(?:that|said|says|and|while|currently|today|now)\\s+)(?<num>${QUALIFIER}${RANGE}\\S*[^\\s,;:])\\s+${NOUNS}\\s+(?<verb>(?:(?:have|has|had|will|would|can|could)\\s+)?[a-z]+)\\b${LOOKING_REST}`, 'dg');
/** "IE6 has 277 vulnerabilities", "India now has 85 Ramsar sites": what something has. */
const HAS = new RegExp(`(?<verb>\\b(?:has|have|had))\\s+(?<num>${QUALIFIER}${RANGE}\\S*[^\\s,;:])\\s+${NOUNS}${LOOKING_REST}`, 'dg');
/** Past verbs that take no object, so "died in the crash" is the clause's verb, where "killed in
 *  the crash" is a participle describing the count. */
const STATE_AFTER = /^\s+(?:dead|killed|missing|injured|trapped|stranded|alive|safe)\b/;
const INTRANSITIVE_PAST = /^(?:died|drowned|perished|survived|arrived|participated|voted|fled|remained|returned|competed|graduated|qualified|travelled|traveled|registered|applied|enrolled|migrated|resigned|retired|succumbed)$/;
/** "with seven people dying", "with at least 20 persons killed": a toll in an absolute clause. */
const WITH_TOLL = new RegExp(`\\bwith\\s+(?<num>${QUALIFIER}\\S+)\\s+(?<noun>people|persons|pilgrims|devotees|fans|passengers|workers|children|labourers)\\s+(?:dying|dead|killed|losing\\s+their\\s+lives)\\b`, 'dg');
/** "At least five died and two dozen passengers suffered injuries after the express train … was
 *  hit …": a toll with no noun, asked of what the sentence says caused it. */
const BARE_TOLL = new RegExp(`(?:^|,\\s+|\\band\\s+)(?<num>${QUALIFIER}\\S+)\\s+(?:were\\s+killed|have\\s+died|died|lost\\s+their\\s+lives|perished)\\b(?<rest>[^;]*)`, 'dg');
/** "The death toll rose to 41 after …", "the toll in the collapse has climbed to 12": the count a
 *  disaster report moves to, asked of the disaster the sentence or headline names. */
const TOLL_RISE = new RegExp(`\\b[Tt]he\\s+(?:death\\s+toll|toll|number\\s+of\\s+(?:the\\s+)?(?:dead|deaths))(?:\\s+(?:in|from|of)(?:\\s+[^\\s,;]+){1,7}?)?\\s+(?:(?:has|had)\\s+)?(?:now\\s+)?(?:rose|risen|climbed|mounted|increased|jumped|gone up|went up|reached|touched)\\s+(?:to\\s+)?(?<num>${QUALIFIER}[^\\s\\d]*\\d\\S*|${QUALIFIER}(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b)`, 'dg');
/** "Officials report at least six deaths", "have confirmed 12 deaths": a toll told as the deaths
 *  someone counted. */
const DEATHS_COUNTED = new RegExp(`\\b(?:report|reports|reported|confirm|confirms|confirmed|recorded|registered)\\s+(?<num>${QUALIFIER}[^\\s\\d]*\\d\\S*|${QUALIFIER}(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b)\\s+deaths\\b`, 'dg');
/** What caused a toll: "after the train was hit …", "when the roof collapsed …", "in a fire …". */
const CAUSE = /\b(?:after|when|in)\s+(?:a|an|the)\s+[^;]+/;
/** The disaster a sentence names, for its toll. */
const DISASTER_WORDS_ALTERNATION = DISASTER_WORDS.join('|');
const DISASTER = new RegExp(`\\b(?:in|after)\\s+(?:a|the)\\s+(?:[\\w-]+\\s+)?(${DISASTER_WORDS_ALTERNATION})\\b`);
/** A count in figures or in words up to twelve. */
const COUNT = '(?:\\d[\\d,]*|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b)';
/** "after a devastating fire claimed 25 lives", "the blast, which claimed the lives of 12 workers":
 *  a toll told as what the disaster claimed, asked of the disaster. */
const CLAIMED_LIVES = new RegExp(`\\b(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?(?<what>${DISASTER_WORDS_ALTERNATION})(?:,)?\\s+(?:(?:that|which)\\s+)?(?:(?:has|had)\\s+)?claimed\\s+(?:(?<num>${QUALIFIER}${COUNT})\\s+lives|the\\s+lives\\s+of\\s+(?<of>${QUALIFIER}${COUNT})\\s+(?:people|persons|workers|passengers|pilgrims|devotees|children|labourers|patients))\\b`, 'dg');

/** ", in Bangalore on Wednesday": where the sentence says the disaster took place, before it. */
function inPlace(s: Sentence, before: number): string {
  const place = s.entities.find((e) => e.cls === 'place' && e.end < before && /\bin\s+$/.test(s.text.slice(Math.max(0, e.start - 4), e.start)));
  return place ? ` in ${place.text}` : '';
}

/** Who may have a count: a product or a scheme too ("IE6 has 277 vulnerabilities"). */
const OWNERS: readonly Entity['cls'][] = ['person', 'place', 'organisation', 'term'];
/** "as of March 4, 2011,": the day a count held on. */
const AS_OF = /\bas of\s+([^;]{3,30}?\b(?:18|19|20)\d\d),/;

/** What a measure counts: "of coffee", "of crude oil" (up to two words, not a place or time after them). */
// (Not "of the late actor": a determiner opens a phrase of its own.)
const OF_WHAT = /^\s+of\s+(?!(?:the|a|an|his|her|their|its|this|that)\b)[a-z]+(?:\s+(?!(?:in|on|at|from|to|for|by|with|since|during|over|last|this|a|an|the)\b)[a-z]+)?\b/;
/** "From 1982 to 2013, 26 sites were added …": a fronted span of years dates the count, and the
 *  question without it has another right answer ("From 2014 to 2024, … 59"). */
// ("Last year, India had dropped five spots": a fronted "last year" dates it the same way.)
const FRONTED_YEARS = /^(?:(?:From|Between|Since|In|During|Till|Until|By|Over)\s+[^,;]{0,30}\b(?:18|19|20)\d\d\b[^,;]{0,15}|(?:Last|Late last|Early last)\s+(?:year|season|decade)),\s+/;
// (", taking the number of wetlands … to 75": a participle after a comma starts a clause of its own;
// so does a count or a short form after one: "…, 19 provisions … have been deleted", "…, BNS has 358";
// a colon opens what the count lists: "Two parachute deployments were seen: stabilizing chutes …".)
// (", Thomas could get only 42,425 votes": a clause with a subject of its own ends it too.)
// (" and Karnataka 106": another's count, the verb left out, ends it too.)
// (" and held the seat for 53 years": a second verb of the subject ends it too.)
// (" and hundreds are feared trapped": a clause with a count of its own for subject ends it.)
// (", news agency UNI quoted … as stating": who told it.)
// (Not the last of a list of names before the end: "in Odisha, Punjab, and Andhra Pradesh.")
// ("… have been approved so far and rapid construction is going on there": a clause of its own
// after "and", its subject lower-case, its verb an auxiliary.)
// (", and the Navy, Air Force and Army are ready …": a clause of its own, its subject named bodies.)
// ("between March 1 and September 8": a span of days is no second clause.)
// (", now ranking at 38": a participle after an adverb of time or result ends it too.)
// (", have ranked between one to 17": a second verb of the subject after a bare comma ends it too.)
// (", Union home minister Amit Shah announced on Monday, a move …": so does a telling, its office
// in lower case.)
const REST_END = /\s+and\s+(?:[\p{Ll}-]+\s+){1,3}(?:is|are|was|were|has|have|had|will)\s|\s+and\s+the\s+\p{Lu}[\p{L}-]*(?:,\s\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?){0,4}(?:\sand\s\p{Lu}[\p{L}-]*)?\s(?:are|is|were|was|have|has|had|will)\b|,\s+(?:while|whereas|but|however|which|who|and(?!\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}(?:\s*(?:[.;]|$)|\s+(?:areas?|districts?|regions?|villages?|states?|blocks?|tehsils?|towns?|cities|parts)\b))|as|when|although|(?:(?:now|currently|thus|thereby|still)\s+)?\p{Ll}+ing)\b|\s+and\s+(?:hundreds|thousands|dozens|scores|many|several|others|some|more)\s+(?:are|were|have|had|remain|remained)\b|\s+and\s+(?:also\s+|later\s+|then\s+)?(?:held|took|led|made|became|gave|went|kept|left|lost|met|paid|sold|sent|spent|stood|wrote|began|brought|built|bought|came|grew|rose|fell|served|remained|returned|retained|represented|headed)\b|,\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}\s+(?:could|would|will|can|may|might|has|had|have|was|were|is|are|did|got|won|secured|polled)\b|,\s+(?:\d|\p{Lu}{2,}\b)|\s+and\s+(?:\p{Ll}+\s+){0,2}(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\s+\p{Ll})|(?<!\bbetween\s\p{Lu}\p{Ll}+\s\d{1,2})\s+and\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}\d|\s+and\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}\p{Ll}+ed\b|\s+and\s+(?:the\s+)?\p{Lu}[^,;]{0,60}?\s+(?:secured|bagged|polled|got|won|received)\s+\d|,\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}\s+of\s+the\s+[^,;]{1,20},\s+(?:secured|bagged|polled|got|won|received)\b|\s+(?:[—–-]|--)\s|\s+(?:while|whereas)\s+(?:\p{Lu}|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)|,\s+(?:have|has|had)\s+\p{Ll}+(?:ed|en|wn)\b|,\s+according to\b|,\s+(?:the\s+)?news\s+agency\s+\p{Lu}[\p{L}.'’-]*\s+(?:quoted|reported)\b|;|:\s|,\s+(?:said|says)\b|,\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+|(?:of|for|and|home|foreign|finance|defence|external|chief|deputy|prime|minister|secretary|spokesperson)\s+){1,7}(?:said|says|added|stated|informed|announced|told)\b/u;

/** "Three of the ", "12 of its ": a part named before the whole it is of. */
const PART_OF = /(?:^|\s)(\S+)\s+of\s+(?:the|its|their|his|her|these|those)\s+$/;
const FRACTION = /\b(?:half|third|thirds|quarter|quarters|fifth|fifths|majority)$/i;

/** Words a quotation holds beyond which it is speech, not a quoted name. */
const SPEECH_WORDS = 6;

/** "8 Memorandum of Understandings (MoUs)": a count of a thing spelt out and then shortened. */
const SPELLED_COUNT_NOUN = /(?<=\d\s)((?:\p{Lu}[\p{L}-]*\s+)(?:(?:of|for|and)\s+|\p{Lu}[\p{L}-]*\s+){0,5})\((\p{Lu}[\p{L}]*s)\)/u;

/** The sentence with a spelt-out count noun replaced by its plural short form ("8 MoUs"), the
 *  offsets after it moved, so a count's question reads "How many MoUs …?". */
function withShortCountNoun(s: Sentence): Sentence {
  const m = SPELLED_COUNT_NOUN.exec(s.text);
  // ("MoUs": its capitals are the spelt-out words' initials, "of" written small.)
  if (!m || m[2].replace(/s$/, '').replace(/\P{Lu}/gu, '') !== initials(m[1].trim().split(/\s+/))) return s;
  const [start, end] = [m.index, m.index + m[0].length];
  const shift = m[2].length - m[0].length;
  const moved = <T extends { start: number; end: number }>(xs: readonly T[]): T[] =>
    xs.filter((x) => x.end <= start || x.start >= end).map((x) => (x.start >= end ? { ...x, start: x.start + shift, end: x.end + shift } : x));
  return { ...s, text: s.text.slice(0, start) + m[2] + s.text.slice(end), entities: moved(s.entities), tokens: moved(s.tokens) };
}

/** "…, with the deadliest stampede during the 1991 Hajj, in which ": the noun a relative "in
 *  which" stands for. */
const IN_WHICH_BEFORE = /\b((?:the|a|an)\s+[^,;()]{3,70}?),\s+in\s+which\s+$/;

/** "the second time … more than ", "the first time … over ": a mark some count passed. */
const THRESHOLD_PASSED = /\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|only|last)\s+time\b[^.;]*\b(?:more than|over|fewer than|less than|at least|crossed|crossing|past)\s+$/;


/** "Earlier on Saturday, eight bodies were fished out.": a toll told on the way to the story's own. */
const EARLIER_TOLL = /^Earlier(?:\s+(?:on|in|this|that|today|yesterday)\b[^,]{0,20})?,\s+[^.;]{0,20}\b(?:bodies|dead|deaths|killed|died|casualties)\b/;

/** Counts in the article → "How many …?" with the number (and its qualifier) as the answer. */
const find: FindDrafts<'quantity'> = (sentence, ctx) => {
  const s = withShortCountNoun(sentence);
  const drafts: FactDraft<'quantity'>[] = [];
  // The regexes are costly to try at every position: only sentences with a count can match.
  if (!s.entities.some((e) => e.cls === 'number' || e.cls === 'money')) return drafts;
  // ("Earlier on Saturday, eight bodies were fished out.": a toll told on the way to the one the
  // story gives; asked alone, it reads as the toll.)
  if (EARLIER_TOLL.test(s.text)) return drafts;
  // ("Before Deepavali's inclusion, India had 15 elements on the list": a count of the state the
  // news ended; asked without its opening, it reads as the count of today.)
  if (BEFORE_THE_NEWS.test(s.text)) return drafts;
  // ("Of the 50 seats, the BJP secured 36 seats": a count of a part the opening sets apart; asked
  // without it, it reads as the whole, 36 where the party won 46.)
  if (PART_OPENING.test(s.text)) return drafts;
  // ("Nine fire tenders were pressed into service", "Four patients have been shifted to
  // different hospitals": how many engines were sent or patients moved is the response's detail.)
  if (RESPONSE_DETAIL.test(s.text)) return drafts;
  // ("“… Today, two great countries have built an important satellite together …,” Narayanan
  // said": a small count spelt out in someone's speech is their way of telling, no figure of
  // the news; "“India jumped 29 notches …,” said Goyal" gives one.)
  const speech = quotedSpans(s.text).filter(([a, b]) => /^["“]/.test(s.text[a]) && s.text.slice(a, b).split(/\s+/).length > SPEECH_WORDS);
  const numberAt = (start: number, end: number): Entity | undefined => {
    // ("three deaths each", "18-year-old …": a count for each of several, or an age, is no count to ask.)
    if (eachOf(s.text, end) || ageAt(s.text, start, end)) return undefined;
    const e = s.entities.find((x) => (x.cls === 'number' || x.cls === 'money') && x.start >= start && x.end <= end);
    // ("Nearly half of countries have been stagnant", "Two-thirds of …": a share is no count to ask "how many".)
    if (e && (FRACTION.test(e.text) || /^-(?:thirds?|fourths?|quarters?|fifths?)\b/.test(s.text.slice(e.end)))) return undefined;
    // ("This is only the second time India have won more than 100 medals": a mark passed, not a count.)
    if (e && THRESHOLD_PASSED.test(s.text.slice(Math.max(0, e.start - 120), e.start))) return undefined;
    return e && !/\d/.test(e.text) && speech.some(([a, b]) => e.start > a && e.start < b) ? undefined : e;
  };

  for (const m of s.text.matchAll(PASSIVE)) {
    const g = m.groups!;
    const [ns, ne] = m.indices!.groups!.num!;
    if (!numberAt(ns, ne) || !isCountNoun(g.noun)) continue;
    // ("67 nominations submitted by nearly 80 countries, including …, were examined": a count
    // after a preposition is no subject of the verb.)
    if (/\b(?:by|from|among|between|with)\s+$/i.test(s.text.slice(Math.max(0, ns - 12), ns))) continue;
    // ("last rites of 13 victims were performed": nor one a noun before it owns, "of" between.)
    if (/\b(?:rites|bodies|families|relatives|kin|remains|names|identities|funerals?|cremations?|post-mortems?|autopsies|photographs|statements|cases)\s+of\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, ns - 30), ns))) continue;
    // ("a government having the support of more than 50 legislators has been formed": a plural
    // count before a singular verb is not that verb's subject.)
    if (/^(?:has|is|was)\b/.test(g.aux) && /[^s]s$/.test(g.noun)) continue;
    // ("are feared dead in a massive cloudburst that struck …": a state after the verb is its own,
    // kept when the rest is too long to ask.)
    const state = STATE_AFTER.exec(g.rest)?.[0] ?? '';
    // ("… the deadliest stampede during the 1991 Hajj, in which 1,426 pilgrims were trampled":
    // what the count is of, the noun "in which" stands for.)
    const inWhich = IN_WHICH_BEFORE.exec(s.text.slice(Math.max(0, ns - 90), ns))?.[1];
    // ("Modi visited Portugal in June 2017 during which 11 agreements were signed …": what "which"
    // stands for is a clause the question cannot carry; the count alone would be another's.)
    // ("the devastation caused by massive cyclone … in June 1998 in which over 3000 people were
    // killed": an "in which" with no noun set off before it is another event's toll.)
    if (!inWhich && /\b(?:during|after|in|on|at)\s+which\s+$/.test(s.text.slice(Math.max(0, ns - 20), ns))) continue;
    const rest = (restOf(ownClause(s, ns, g.rest)) || state || (inWhich ? ` in ${inWhich}` : '')) + frontedYears(s, ns);
    // ("Three of the four Padma Vibhushan awards were conferred posthumously": the verb's subject
    // is the part; the whole is what it is a part of, asked as such.)
    const part = PART_OF.exec(s.text.slice(Math.max(0, ns - 40), ns));
    if (part) {
      const partAt = ns - part[0].length;
      if (numberAt(partAt, partAt + part[1].length)) drafts.push(draft(`How many of the ${g.num} ${g.noun} ${g.aux} ${g.verb}${rest}?`, part[1], s, 0.85));
      continue;
    }
    drafts.push(draft(`How many ${g.noun} ${g.aux} ${g.verb}${rest}?`, g.num, s, 0.85));
  }
  for (const m of s.text.matchAll(REDUCED)) {
    const g = m.groups!;
    const [ns, ne] = m.indices!.groups!.num!;
    if (!numberAt(ns, ne)) continue;
    drafts.push(draft(`How many ${g.noun} are ${g.verb} ${tidyClause(g.rest)}?`, g.num, s, 0.75));
  }
  for (const m of s.text.matchAll(ACTIVE)) {
    const g = m.groups!;
    const [ns, ne] = m.indices!.groups!.num!;
    // ("handed over 700 social housing units": "over" is the verb's, not the count's.)
    const particle = PARTICLE_OVER.test(g.verb) && /^over\s/i.test(g.num);
    const past = baseOfPast(g.verb);
    const base = past && particle ? `${past} over` : past;
    if (!base || !numberAt(ns, ne) || !isCountNoun(g.noun)) continue;
    const subject = subjectBefore(s, m.indices!.groups!.verb![0], ctx);
    if (!subject) continue;
    // "produced 51,000 tonnes of coffee in 2023" → "How many tonnes of coffee did Kenya produce in 2023?"
    const of = OF_WHAT.exec(g.rest);
    const noun = of ? `${g.noun} ${of[0].trim()}` : g.noun;
    const rest = restOf(of ? g.rest.slice(of[0].length) : g.rest);
    // ("How many spots did India jump?" says in which index.)
    const index = MOVE_NOUN.test(noun) && !rest ? rankIndexIn(s.text) : null;
    drafts.push(draft(`How many ${noun} did ${subject} ${base}${rest}${index ? ` in the ${index}` : ''}${frontedYears(s, ns)}?`, particle ? g.num.slice(5) : g.num, s, 0.8));
  }
  for (const m of s.text.matchAll(SUBJECT)) {
    const g = m.groups!;
    const [ns, ne] = m.indices!.groups!.num!;
    if (!numberAt(ns, ne) || !isCountNoun(g.noun) || askedAlready(drafts, g.num)) continue;
    const [vs, ve] = m.indices!.groups!.verb!;
    if (!clauseVerb(s, vs, ve, g.rest)) continue;
    // ("about 100,000 Greeks worship the ancient gods, such as Zeus …": the examples stay out.)
    const rest = ownClause(s, ns, g.rest).split(/,\s+(?:such as|including|like)\b/)[0];
    if (restTooLong(rest)) continue;
    drafts.push(draft(`How many ${g.noun} ${g.verb}${restOf(rest)}${frontedYears(s, ns)}?`, g.num, s, 0.75));
  }
  for (const m of s.text.matchAll(HAS)) {
    const g = m.groups!;
    const [ns, ne] = m.indices!.groups!.num!;
    if (!numberAt(ns, ne) || !isCountNoun(g.noun) || askedAlready(drafts, g.num)) continue;
    // ("The BJP has 115 members and the Congress 70 in the 200-member assembly", "Congress has six
    // members and the BJP four"): a count set beside another's, the verb left out, is half a
    // comparison; asked alone it loses what the members are of.
    if (GAPPED_AFTER.test(g.rest)) continue;
    const verbAt = m.indices!.groups!.verb![0];
    const subject = subjectBefore(s, s.text.slice(0, verbAt).replace(/\s+(?:now|currently|also|still)\s*$/, '').length, ctx, OWNERS);
    if (!subject) continue;
    const asOf = AS_OF.exec(s.text.slice(0, verbAt));
    const does = g.verb === 'had' || asOf ? 'did' : g.verb === 'has' ? 'does' : 'do';
    // ("85 Ramsar sites covering an area of …": a participle describes the sites.)
    // ("718 snow leopards with Ladakh reporting the maximum number": an absolute "with" clause too.)
    drafts.push(draft(`How many ${g.noun} ${does} ${subject} have${restOf(g.rest.split(/\s+with\s+(?:\S+\s+){1,4}?\p{Ll}+ing\b|\s+\p{Ll}+(?:ing|ed)\b/u)[0])}${asOf ? ` as of ${asOf[1]}` : frontedYears(s, ns)}?`, g.num, s, 0.75));
  }
  // ("… led to tragedy in Chennai on Friday -- with seven people dying and 30 being injured in a
  // stampede": a toll told in an absolute "with" clause, asked of the disaster it names.)
  for (const m of s.text.matchAll(WITH_TOLL)) {
    const g = m.groups!;
    const [ns, ne] = m.indices!.groups!.num!;
    const disaster = DISASTER.exec(s.text);
    if (!numberAt(ns, ne) || !disaster || askedAlready(drafts, g.num)) continue;
    drafts.push(draft(`How many ${g.noun} died in the ${disaster[1]}${inPlace(s, disaster.index)}?`, g.num, s, 0.8));
  }
  for (const m of s.text.matchAll(CLAIMED_LIVES)) {
    const g = m.groups!;
    const [ns, ne] = (m.indices!.groups!.num ?? m.indices!.groups!.of)!;
    const num = g.num ?? g.of;
    if (!numberAt(ns, ne) || askedAlready(drafts, num)) continue;
    drafts.push(draft(`How many lives did the ${g.what}${inPlace(s, m.index!)} claim?`, num, s, 0.8));
  }
  for (const m of s.text.matchAll(BARE_TOLL)) {
    const [ns, ne] = m.indices!.groups!.num!;
    const cause = causeOf(m.groups!.rest);
    // ("Paswan, 74, died on October 8 …": a figure set off after a name is its age, no toll.)
    const age = /,\s*$/.test(s.text.slice(0, ns)) && /^\d{1,3},$/.test(m.groups!.num.trim()) && s.entities.some((e) => e.cls === 'person' && /^\s*,\s*$/.test(s.text.slice(e.end, ns)));
    if (!numberAt(ns, ne) || !cause || age || askedAlready(drafts, m.groups!.num)) continue;
    drafts.push(draft(`How many people died ${cause}?`, m.groups!.num, s, 0.8));
  }
  for (const m of [...s.text.matchAll(TOLL_RISE), ...s.text.matchAll(DEATHS_COUNTED)]) {
    const [ns, ne] = m.indices!.groups!.num!;
    // ("reported 40 deaths from dengue": deaths of another cause than the disaster the story names.)
    const after = s.text.slice(m.index! + m[0].length, m.index! + m[0].length + 50);
    if (/^\s+(?:from|due to|of|caused by|linked to)\s/.test(after) && !DISASTER_NAMED.test(after)) continue;
    const num = m.groups!.num.replace(/[.,]$/, '');
    if (!numberAt(ns, ne) || askedAlready(drafts, num)) continue;
    drafts.push(draft('How many people died?', num, s, 0.8));
  }
  // ("How many more deaths were reported on Saturday?": more than a count the question does not give.)
  // (Unless the headline gives it: "Four more wetlands get Ramsar tag".)
  // ("How many people remain stranded?": a count of people that names no place, time or thing
  // has several answers in a disaster report.)
  // ("How many personnel have been conferred the Kirti Chakra?" → Three, under "… confers 10 Kirti
  // Chakras": a part of the headline's count, asked as if the whole.)
  // ("How many members does Congress have and the BJP four?": the gapped count of another side
  // after "and" goes; it is the other side's fact, not this question's.)
  for (const d of drafts) d.question = d.question.replace(GAPPED_COUNT, '?');
  const own = drafts
    .filter((d) => (!/^How many more\b/.test(d.question) || ctx.headlineKey.includes(` ${normalizeKey(d.answer)} `)) && !BARE_HEADCOUNT.test(d.question) && (!BARE_PASSIVE_COUNT.test(d.question) || BARE_TOLL_QUESTION.test(d.question)) && !BARE_GATHERING.test(d.question) && !partOfHeadlineCount(d, ctx.analyzed.article.title))
    .flatMap((d) => (BARE_TOLL_QUESTION.test(d.question) ? tollOfDisaster(d, s, ctx.analyzed.article.title) : [d]));
  // ("How many seats did the BJP win?" in a story that counts seats in several states: whose
  // seats is not said; the seats pattern asks those it can place.)
  // ("How many MLAs voted in favour of the BJP?" in a story of polls in three states: in which.)
  if ((statesNamed(ctx) >= 2 || scopesNamed(ctx) >= 2) && !NATIONAL.test(ctx.analyzed.article.title)) return own.filter((d) => !/\b(?:seats|MLAs|legislators|votes|voted)\b/.test(d.question) || / in \p{Lu}/u.test(d.question));
  return own;
};

// ("At present, Ladakh has two districts": the state the news is about to change, which a card
// read later gives as the count of today.)
const BEFORE_THE_NEWS = new RegExp(String.raw`^(?:(?:Before|Until|Till|Prior to|Up to)\s+(?!(?:the\s+)?(?:\d|${MONTH_ALTERNATION})\b)[^,;]{2,60}|At present|Presently|As of now|Currently|So far|Till now|Until now),\s`);
// (Not the toll: "How many people have died?" a report gives once.)
const BARE_HEADCOUNT = /^How many (?:people|persons|individuals|others|more) (?!(?:\p{Ll}+\s+){0,2}(?:died|killed|dead|perished|injured)\?)(?:\p{Ll}+\s+){0,2}\p{Ll}+\?$/u;
/** "How many flights were cancelled?": a count of things done to, with no place, time or name
 *  to say which. */
// ("How many locals have been evacuated so far?": "so far" says no more which.)
/** "About how many MLAs attended the meeting?": which meeting, the question does not say. */
const BARE_GATHERING = /\b(?:attended|joined|skipped|boycotted|addressed)\s+the\s+(?:meeting|event|function|ceremony|session|rally|gathering)(?:\s+(?:on|in)\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?)?\?$/u;
// ("More than how many trees were uprooted?": a qualifier before it says no more which.)
const BARE_PASSIVE_COUNT = /^(?:(?:At least|More than|Over|Nearly|About|Around|Almost|Up to|Some) how many|How many) [\p{Ll}-]+ (?:were|was|have been|had been|are|will be) [\p{Ll}-]+(?: (?:so far|till now|until now|as yet|yet|already|in all|overall))?\?$/u;

/** "How many workers died?", "Nearly how many persons were injured?", "At least how many
 *  individuals lost their lives?": a toll that says of what only with the disaster named. */
const BARE_TOLL_QUESTION = /^(?:(?:At least|More than|Nearly|About|Up to) how many|How many) [\p{Ll}-]+(?: [\p{Ll}-]+)? (?:died|were killed|have died|have been killed|perished|drowned|lost their lives|have lost their lives|were injured|have been injured|were hurt)\?$/u;
/** "Uttarakhand avalanche: …", "in the landslide": the disaster a headline or sentence names. */
// (A place's or a festival's name before it, "the Uttarakhand avalanche", "the Maha Kumbh stampede";
// the word capitalised or not, "Avalanche hit …".)
const DISASTER_NAMED = new RegExp(`\\b((?:(?!(?:The|A|An|In|On|At|Into|Of)\\s)\\p{Lu}[\\p{L}-]+\\s+){0,2}(?:${DISASTER_WORDS.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')}))\\b`, 'u');

/** The toll asked of the disaster the sentence or the headline names ("… died in the Uttarakhand
 *  avalanche?"), or not at all. */
function tollOfDisaster(d: FactDraft<'quantity'>, s: Sentence, title: string): FactDraft<'quantity'>[] {
  const named = DISASTER_NAMED.exec(s.text)?.[1] ?? DISASTER_NAMED.exec(title)?.[1];
  if (!named) return [];
  // ("Avalanche hit the camp": a disaster word capitalised only as the sentence's first is written small.)
  const written = /\s/.test(named) ? named : named.toLowerCase();
  return [{ ...d, question: d.question.replace(/\?$/, ` in the ${written}?`) }];
}

/** Whether another shape of the sentence has asked this count already. */
function askedAlready(drafts: readonly FactDraft<'quantity'>[], num: string): boolean {
  const key = askedWith('How many', num).answer;
  return drafts.some((d) => d.answer === key);
}

/** Whether the words at [start, end) are the verb of the count's clause: a verb the tagger reads
 *  as one, and no participle describing the count ("people killed in the crash"). */
function clauseVerb(s: Sentence, start: number, end: number, rest: string): boolean {
  const words = s.text.slice(start, end).split(/\s+/);
  const last = words[words.length - 1];
  const token = s.tokens.find((t) => t.start >= start + s.text.slice(start, end).lastIndexOf(last));
  // (The tagger may read a past form as an adjective, "25 people drowned when …", and a present
  // one before its object as a noun, "100,000 Greeks worship the ancient gods".)
  const next = token && s.tokens[s.tokens.indexOf(token) + 1];
  const verbLike = token && (token.pos === 'VERB' || (token.pos === 'ADJ' && /ed$/.test(last)) || (token.pos === 'NOUN' && !/s$/.test(last) && next?.pos === 'DET'));
  if (!verbLike || /^(?:been|be|being)$/.test(last)) return false;
  // ("… with eight nations contributing assets and 18 observer nations attending": a participle
  // alone is no clause's verb.)
  if (words.length === 1 && /ing$/.test(last)) return false;
  if (words.length > 1 || !/ed$/.test(last) || INTRANSITIVE_PAST.test(last)) return true;
  // A bare past form must take an object: "received the initial invitation".
  return /^\s+(?:the|a|an|their|its|his|her|one|two|three|\d)\b/.test(rest) || /^\s+\p{Ll}+s\b/u.test(rest);
}

/** The cause a toll's clause gives, short enough to ask: a long one loses its trailing asides
 *  (", close to New Jalpaiguri"). */
function causeOf(rest: string): string | null {
  let cause = CAUSE.exec(rest)?.[0].replace(/[.\s]+$/, '') ?? '';
  while (wordCount(cause) > MAX_REST_WORDS) {
    const aside = cause.search(/,\s+\p{Ll}[^,]*$/u);
    if (aside < 0) return null;
    cause = cause.slice(0, aside);
  }
  return cause || null;
}

/** Places a rank moves by. */
const MOVE_NOUN = /^(?:places|spots|positions|notches|ranks|rungs)$/;

function restOf(raw: string): string {
  // ("secure (44.86 percent)": a share in brackets beside the count is another figure to give away.)
  let rest = tidyClause(raw.split(REST_END)[0].replace(/\s*\(\s*[\d.]+\s*(?:%|per\s?cent|percent)\s*\)/g, ''));
  // ("… persist across central, eastern" of "across central, eastern, and northern India": a list
  // cut before its noun leaves the phrase that holds it out.)
  const list = /(?:,\s\p{Ll}+)+$/u.exec(rest);
  const holder = list ? /\s(?:across|in|of|over|to|from|at|for|with)\s[^,]*$/.exec(rest.slice(0, list.index)) : null;
  if (holder) rest = rest.slice(0, holder.index);
  // (", up from 100 in 2022-23" follows the count's noun straight, without a space.)
  return rest && wordCount(rest) <= MAX_REST_WORDS ? `${/^,/.test(rest) ? '' : ' '}${rest}` : '';
}

const MAX_REST_WORDS = 22;
/** "Of the 50 seats, ", "Out of 1,200 villages, ": the part a count is of, opening the sentence. */
const PART_OPENING = /^(?:Of|Out\s+of)\s+(?:the\s+)?\d[\d,]*\s+[^,]{1,40},/;

/** "5 blocks pertain to gold and other blocks pertain to commodities like potash, …" → "How many
 *  blocks pertain?": a rest too long to keep leaves a stub, no question. */
function restTooLong(raw: string): boolean {
  return wordCount(tidyClause(raw.split(REST_END)[0])) > MAX_REST_WORDS;
}

/** The sentence's fronted span of years, lower-cased for the question's end ("from 1982 to
 *  2013"), when the count comes after it. */
// ("… killing 27 kanwariyas; in 2023, seven pilgrims had died in a bus accident here": or the
// fronted year of the count's own clause, after a semicolon.)
function frontedYears(s: Sentence, countAt: number): string {
  const semicolon = s.text.lastIndexOf(';', countAt);
  const start = semicolon < 0 ? 0 : semicolon + 1 + /^\s*/.exec(s.text.slice(semicolon + 1))![0].length;
  const clause = s.text.slice(start);
  const m = FRONTED_YEARS.exec(clause.charAt(0).toUpperCase() + clause.slice(1));
  if (m && countAt >= start + m[0].length) return ` ${m[0].charAt(0).toLowerCase()}${m[0].slice(1).replace(/,\s+$/, '')}`;
  return frontedCompany(s, countAt);
}

/** "Alongside Abdullah, five ministers took oaths": whom the count was with, said after it
 *  ("… alongside Omar Abdullah"), the person by their full name. */
const FRONTED_WITH = /^(Alongside|Along with|Besides|Apart from|Together with)\s+([^,;]{2,40}),\s+$/;
function frontedCompany(s: Sentence, countAt: number): string {
  const m = FRONTED_WITH.exec(s.text.slice(0, countAt));
  if (!m) return '';
  const person = s.entities.find((e) => e.cls === 'person' && e.start >= m[1].length && e.end <= m[0].length);
  return ` ${m[1].toLowerCase()} ${person && person.text === m[2].trim() ? person.canonical : m[2].trim()}`;
}

function isCountNoun(noun: string): boolean {
  // ("equalised 8-all with six points": a score, then a preposition, counts nothing.)
  // ("needed 10 off six balls": a count of runs "off" the balls counts no balls.)
  if (/^(?:with|of|off|in|on|at|to|for|from|by|and|or|the|an?|per|than|over|under)\b/i.test(noun.trim())) return false;
  // ("64, has written …": a word ending in s that counts nothing.)
  // ("more than 100 others have been rescued": others than whom the sentence said before.)
  return !/\b(?:years|months|weeks|days|hours|minutes|times|percent|dollars|rupees|euros|pounds|has|was|is|as|this|his|its|us|thus|does|goes|perhaps|always|across|towards|besides|whereas|unless|less|plus|versus|others)$/i.test(noun.trim());
}

/** The first of the names of a list the entity ends ("A, B and C"), or null when it stands alone. */
function listStart(s: Sentence, last: Entity): Entity | null {
  let first: Entity | null = null;
  let at = last;
  for (;;) {
    const gap = /(?:,\s+(?:and\s+)?|\s+and\s+)$/.exec(s.text.slice(Math.max(0, at.start - 8), at.start));
    const prev = gap ? s.entities.find((e) => e.cls === last.cls && e.end === at.start - gap[0].length) : undefined;
    if (!prev) return first;
    first = at = prev;
  }
}

/** The subject right before the verb: a named entity, "Saudi officials"-like noun group, or he/she. */
const PREPOSITION_BEFORE = /\b(?:around|in|of|at|near|across|from|over|off|along|on|to|for|with)\s+(?:the\s+)?$/;

function subjectBefore(s: Sentence, verbAt: number, ctx: Parameters<FindDrafts>[1], classes?: readonly Entity['cls'][]): string | null {
  const before = s.text.slice(0, verbAt).replace(/\s+(?:had|has|have)\s+(?:already\s+|also\s+)?$|\s+(?:already|also)\s+$/, ' ');
  const entity = namedEntityEndingAt(s, before.trimEnd().length, classes);
  // ("Punjab, Haryana, … and Madhya Pradesh reported 890 farm fires": the count is the list's,
  // never its last name's.)
  const first = entity ? listStart(s, entity) : null;
  // ("sea winds around Tamil Nadu and Puducherry have reached 70 to 80 kilometres per hour": a name
  // after a preposition is where the subject is, not the subject.)
  const opening = first ?? entity;
  if (opening && PREPOSITION_BEFORE.test(s.text.slice(Math.max(0, opening.start - 12), opening.start))) return null;
  if (first) return s.text.slice(first.start, entity!.end);
  // "the Ministry of Home Affairs", as the sentence writes it.
  if (entity) return /\bthe\s+$/i.test(s.text.slice(Math.max(0, entity.start - 4), entity.start)) ? `the ${entity.text}` : entity.text;
  const pronoun = /(?:^|\s)(He|She)\s*$/.exec(before);
  if (pronoun) return pronounPerson(ctx, s, pronoun.index + pronoun[0].indexOf(pronoun[1]))?.canonical ?? null;
  const group = /^((?:[A-Z][\w-]*\s+)?[a-z]+s)\s*$/.exec(before.trim());
  // ("The passengers included 169 Indian nationals" → "did the passengers include".)
  return group && /^[A-Z]/.test(group[1]) ? lowerOpening(group[1].replace(/^The\s/, 'the '), ctx) : null;
}

/** "Lightning strikes killed …" → "did lightning strikes kill": a word capitalised only as the
 *  sentence's first, no people's name ("Indian nationals") nor one the article writes with a
 *  capital mid-sentence ("Maoist rebels"). */
function lowerOpening(phrase: string, ctx: Parameters<FindDrafts>[1]): string {
  const first = /^\p{Lu}[\p{Ll}-]+(?=\s)/u.exec(phrase)?.[0];
  if (!first || countryOf(first)) return phrase;
  const midSentence = new RegExp(`[\\p{Ll},;:]\\s+${first}\\b`, 'u');
  return ctx.analyzed.article.paragraphs.some((p) => midSentence.test(p)) ? phrase : first.toLowerCase() + phrase.slice(first.length);
}

/** "over 345" → "More than how many …?" → 345: the qualifier belongs to the question, as a quiz
 *  writes it, and the key is the figure. */
const ASKED_WITH: [RegExp, string][] = [
  [/^(?:over|more than)\s+/i, 'More than how many'],
  [/^at least\s+/i, 'At least how many'],
  [/^(?:nearly|almost)\s+/i, 'Nearly how many'],
  [/^(?:about|around|some|roughly|approximately|an estimated)\s+/i, 'About how many'],
  [/^up to\s+/i, 'Up to how many'],
];

/** The question with the count's qualifier moved into it, and the bare figure for the key. */
function askedWith(question: string, num: string): { question: string; answer: string } {
  // ("“Seven deaths have been reported …,” the SDO said": the quotation mark is no part of the count.)
  const answer = num.trim().replace(/^[“"‘']+/, '');
  for (const [qualifier, asked] of ASKED_WITH) {
    const m = qualifier.exec(answer);
    if (m && /^How many\s/.test(question)) return { question: question.replace(/^How many/, asked), answer: answer.slice(m[0].length) };
  }
  return { question, answer };
}

/** "two dozen passengers": a multiplier after the count is the count's ("two dozen"), not the noun's. */
const MULTIPLIER = /^How many (dozen|score|hundred|thousand|lakh|crore|million|billion)\s+/;

/** "Usually, three Bharat Ratna awards are given in a year": a norm, which this year's news may
 *  break ("this year, the government has named five"). */
const NORM_OPENING = /^(?:Usually|Normally|Generally|Typically|Traditionally|Ordinarily),\s/;

/** The question of a norm says so: "How many Bharat Ratna awards are usually given in a year?". */
function asNorm(question: string, s: Sentence): string {
  const norm = NORM_OPENING.exec(s.text.trim());
  if (!norm) return question;
  const adverb = norm[0].slice(0, -2).toLowerCase();
  return question.replace(/^(How many (?:[\p{L}\d'’-]+\s+){1,6}?(?:are|is|were|was|do|does|did|have|has|can|will))\s/u, `$1 ${adverb} `);
}

/** "Bathinda and Mansa districts reported three deaths each": a count for each of several, no
 *  total to ask ("How many people died in the flood?" → three, of 37). */
function eachOf(text: string, numEnd: number): boolean {
  return /^(?:\s+[\p{L}-]+){0,2}\s+each\b/u.test(text.slice(numEnd, numEnd + 40));
}

/** "hailed 18-year-old Indian armless archery wonder …": an age, no count of anything. */
function ageAt(text: string, numStart: number, numEnd: number): boolean {
  return /^-?\s*(?:year|month|week|day)s?-old\b/.test(text.slice(numEnd, numEnd + 12)) || /-(?:year|month|week|day)s?-old$/.test(text.slice(numStart, numEnd));
}

function draft(asked: string, num: string, s: Sentence, confidence: number): FactDraft<'quantity'> {
  const multiplier = MULTIPLIER.exec(asked);
  if (multiplier) [asked, num] = [asked.replace(MULTIPLIER, 'How many '), `${num} ${multiplier[1]}`];
  // ("… report, officials said on Monday?": who told it is no part of the question.)
  const { question, answer } = askedWith(asked.replace(/\?$/, '').replace(ATTRIBUTION_TAIL, '') + '?', num);
  return {
    pattern: 'quantity',
    question: asNorm(question, s),
    answer,
    answerType: 'number',
    sentenceIndex: s.index,
    confidence,
    about: [],
  };
}

// (Not a date's day: "between March 1 and September 8".)
const GAPPED_COUNT = new RegExp(String.raw`,?\s+and\s+(?:the\s+)?(?!(?:${MONTH_ALTERNATION})\b)\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?\s+(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\?$`, 'u');

/** Whether the headline counts a thing the question names ("10 Kirti Chakras") to another figure. */
function partOfHeadlineCount(d: FactDraft<'quantity'>, title: string): boolean {
  for (const m of title.matchAll(HEADLINE_COUNT)) {
    // (The honours counted in the plural, the one asked of in the singular at the question's end.)
    const thing = m[2].slice(0, -1);
    if (d.question.endsWith(` the ${thing}?`) && numberValue(m[1]) !== numberValue(d.answer)) return true;
  }
  return false;
}
/** "10 Kirti Chakras", "26 Shaurya Chakras": a count in figures before a capitalised name in the plural. */
const HEADLINE_COUNT = /\b(\d{1,4})\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}s)\b/gu;

export default definePattern({
  id: 'quantity',
  describe: 'How many: a count with its qualifier ("at least 76")',
  find,
});
