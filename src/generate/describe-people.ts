/**
 * Once a set asks "Who assumed charge as the 26th Chief Election Commissioner of India?", every
 * other item that prints his name gives that answer away; a quiz setter then calls him by his
 * office instead: "The 26th Chief Election Commissioner of India, a 1988-batch IAS officer of
 * the _____ cadre, …". The full name or the surname alone is replaced (with an honorific),
 * never a surname after another given name (a namesake, "Rajiv Kumar"), and only where the
 * office or the award was asked as a question.
 */
import { NAMED_THINGS } from '../util/named-thing.js';
import { roleOfWord } from '../lexicon/index.js';
import { opensOnOwner } from '../util/definite-article.js';
import { MONTH_ALTERNATION, MONTH_NAMES } from '../util/calendar.js';
import type { Item } from '../types.js';
import { reEscape } from '../util/re-escape.js';
import { upperFirst } from '../util/upper-first.js';
import { containsWholeWord, wholeWordSpans } from '../util/whole-word.js';
import { normalizeKey } from '../util/ids.js';
import { isAcronymOf } from './equivalence.js';
import { clozeQuestion } from './items/cloze.js';
import { initials } from '../util/acronym.js';
import { alternation, countryNamed, honorificsBeforeName, LANGUAGES, officeWords, ORGANISATION_WORDS, PERSON_NOUNS, regionNamed, SKY_BODIES, titleHeads, titleModifiers } from '../lexicon/index.js';
import { isTitleWord } from '../analyze/title-split.js';

/** "chief election commissioner" → "Chief Election Commissioner", for an acronym check. */
const titleCase = (s: string) =>
  s
    .replace(/^the\s+(?:\d{1,3}(?:st|nd|rd|th)\s+|new\s+|next\s+)?/i, '')
    .replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());

export interface Described {
  name: string;
  /** The sentence the office was asked from: it keeps its own words. */
  sentence: string;
  /** "the 26th Chief Election Commissioner of India". */
  description: string;
  /** Where a text names them: [start, end] of each mention, with the title before it. */
  find: (text: string) => [number, number][];
  /** Words one of which no mention is without (the surname; the thing's name or its short
   *  form): a cheap test before `find`, which every candidate of a set is tried against. */
  needles: string[];
  /** A person (called so in their own sentence too, where it reads well) or a launched thing. */
  person?: true;
  /** A launched thing's bare kind ("the mission"), for a mention right after its own verb. */
  bare?: { kind: string; verbBefore: RegExp };
}

/** "Who assumed charge as the 26th Chief Election Commissioner of India in February 2025?" →
 *  "the 26th Chief Election Commissioner of India"; "Who was the Foreign Minister of Russia in
 *  November 2013?" → "the Foreign Minister of Russia". */
const OFFICE_QUESTION =
  /^Who (?:was|is|became|has been|will be|assumed charge as|took charge as|took over as|took oath as|(?:was|has been) appointed(?: as)?|(?:was|has been) elected(?: as)?|(?:was|has been) named(?: as)?|(?:was|has been) sworn in as|(?:was|has been) (?:elevated|promoted) to the post of(?= \p{Lu}))\s+((?:the |(?<=post of )(?=\p{Lu}))(?:\d{1,3}(?:st|nd|rd|th)\s+|new\s+|next\s+)?[\p{L}][\p{L}\s-]*?)(?:\s+\(\p{Lu}{2,8}\)(?<servedAt>\s+of\s+[\p{L}\s]+?))?(?:\s+in\s+(?:\p{Lu}\p{Ll}+\s+)?\d{4}|,\s+according to the article)?\?$/u;
const HONORIFICS = alternation(honorificsBeforeName());
const HONORIFIC = `(?:(?:${HONORIFICS})\\.?\\s+)?`;
/** A title before the name goes with it: "President Donald Trump" → "the President of the
 *  United States", not "President the President of …"; so does its place ("Prime Minister of
 *  Japan Fumio Kishida"). */
const TITLES = alternation(officeWords('before-name'));
// ("Reserve Bank of India (RBI) Governor Sanjay Malhotra": the body's name with its "of" and short form.)
// ("Former Jammu & Kashmir Governor Satya Pal Malik": a place's "&" too; not "and", which may join
// another person's title and name.)
// ("Vice-President Dhankhar": a title's hyphened first half goes with it.)
const TITLE_BEFORE = `(?:(?:\\b[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}.-]*\\s+(?:(?:\\p{Lu}[\\p{L}.-]*|of|&|\\(\\p{Lu}{2,8}\\))\\s+){0,4})?(?:\\p{Lu}\\p{Ll}+-)?(?:${TITLES})(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,2})?\\s+)?`;
/** "Who, an Australian woman and former Scientologist, has claimed …?" → "the Australian woman
 *  and former Scientologist". */
const DESCRIBED_SUBJECT = /^Who, (?:an?|the) ([^,]+), |^Who (?:is|was) an? ([^?,]+?)(?:\s+in\s+\p{Lu}\p{Ll}+\s+\d{4})?\?$/u;
/** "Which legendary tabla player passed away in December 2024?" → "the legendary tabla player". */
const DIED_QUESTION = /^(?:Which ([\p{L}][^?,]+?)|Who was ([\p{L}][^?,]+?), who) passed away(?:\s+in\s+\p{Lu}\p{Ll}+\s+\d{4})?\?$/u;
/** "Who was awarded the 2023 Nobel Prize in Literature?" → "the winner of the 2023 Nobel Prize in
 *  Literature"; "Who was selected for the 2023 Dadasaheb Phalke Award?" → "the one selected for …". */
// ("Who won the FIDE Women's World Cup in July 2025?" → "the winner of the FIDE Women's World Cup".)
const AWARD_QUESTION = /^Who (?:was )?(awarded|selected for|won) (the .+?)(?:\s+in\s+\p{Lu}\p{Ll}+\s+\d{4})?\?$/u;
/** The title and honorific a mention may open with, read back from the name's start (in the
 *  text just before it): one pattern for every name, compiled once. */
const PREFIX_END = new RegExp(`${TITLE_BEFORE}${HONORIFIC}$`, 'u');
/** Words before a surname that leave it the person's: honorifics and one-word titles. */
const NOT_GIVEN = new Set([...honorificsBeforeName(), ...officeWords('before-name').filter((w) => !/\s/.test(w))]);

/** "Which scheme did the Union Cabinet approve for rooftop solar in one crore households in
 *  February 2024?" → "the scheme for rooftop solar in one crore households": a launched thing is
 *  called by its kind and purpose in the set's other items. */
// ("Which Earth observation satellite …": a body of the sky is a word of its kind.)
const LAUNCH_QUESTION = new RegExp(String.raw`^Which ((?:(?:[\p{Ll}-]+|${SKY_BODIES.join('|')})\s+){0,3}(?:scheme|mission|programme|initiative|campaign|project|portal|corridor|policy|fund|satellite|rocket|spacecraft|lander|rover|orbiter|probe|telescope|vessel|submarine|warship|missile|vaccine)(?:\s+(?:of|(?:developed|designed|built|created|made)\s+by)\s+[^?]{2,60}?)?)\s+did\s+(.+?)\s+(approve|launch|unveil|introduce|roll out|clear|inaugurate|commission|flight-test|test-fire|extend)(?:\s+([^?]+?))?\?$`, 'u');
/** Where a launch's purpose ends: its place or its day. */
const PURPOSE_END = /\s+(?:(?:from|at|on|in)\s+\p{Lu}|in\s+\p{Lu}\p{Ll}+\s+\d{4}|today|yesterday|tomorrow|this\s+week|last\s+week)/u;
const PARTICIPLE: Record<string, string> = { approve: 'approved', launch: 'launched', unveil: 'unveiled', introduce: 'introduced', 'roll out': 'rolled out', clear: 'cleared', inaugurate: 'inaugurated', commission: 'commissioned', 'flight-test': 'flight-tested', 'test-fire': 'test-fired', extend: 'extended' };

/** "for ocean and weather related studies from Sriharikota today" → "for ocean and weather
 *  related studies"; "to provide mid-day meal to students of more than 11.2 lakh schools across
 *  the country" → "to provide mid-day meal to students": what it is for, in a few words. */
function purposeOf(rest: string): string {
  const words = rest.split(PURPOSE_END)[0].split(/\s+/);
  const cut = words.findIndex((w, i) => i >= 4 && PURPOSE_BREAK.has(w));
  // (Its quotation marks go: a description quotes no one.)
  return (cut < 0 ? words : words.slice(0, cut)).join(' ').replace(/["“”]/g, '');
}
const PURPOSE_BREAK = new Set(['of', 'in', 'across', 'under', 'with', 'at', 'on', 'from', 'by']);

/** How to call a launched thing its question asks for, from the question (a fact's or an item's):
 *  by its purpose ("the scheme for traditional artisans"), else by who launched it and the rest
 *  of the question ("the mission launched by the Indian Space Research Organisation in
 *  September 2023"). */
export function describedLaunch(question: string, answer: string, sentence: string): Described | null {
  const m = LAUNCH_QUESTION.exec(question);
  if (!m) return null;
  const [, kind, who, verb, rest = ''] = m;
  // ("for ocean and weather related studies from Sriharikota today": the purpose, not where or when.)
  // ("flight-test for the first time from …": a first, not a purpose; where it was, left out.)
  const first = /^for the first time\b/.test(rest);
  const byWho = `the ${kind} ${PARTICIPLE[verb]} by ${who}`;
  // ("approved … for six years": how long it runs is no purpose; who approved it says which.)
  const duration = /^for\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years?|months?|weeks?|days?)\b/.test(rest);
  const long = first ? `the ${kind} ${PARTICIPLE[verb]} for the first time by ${who}` : duration ? byWho : /^(?:for|to) /.test(rest) ? `the ${kind} ${purposeOf(rest)}` : `${byWho}${rest ? ` ${rest}` : ''}`;
  // (Where the rest runs long — its rocket, its pad and its town — who launched it is enough.)
  const description = long.split(/\s+/).length <= 18 ? long : byWho;
  if (description.split(/\s+/).length > 18) return null;
  // ("the PM Vishwakarma scheme": the kind word after the name goes with it.)
  const head = kind.split(/\s+/).pop()!;
  // ("the Union Cabinet has approved the mission approved by the Cabinet": where the text says it
  // was approved, "the mission" is enough.)
  // (So after "approved launching of" or "the launch of": "the Cabinet approved launching of the
  // mission launched by the Centre" says it twice.)
  const bare = { kind: `the ${kind}`, verbBefore: new RegExp(`\\b(?:${PARTICIPLE[verb]}|(?:launching|launch|approval|rollout|roll-out)\\s+(?:of|for))\\s+$`) };
  // ("Long Range Land Attack Cruise Missile" is "LRLACM" in the other items.)
  const words = answer.split(/\s+/);
  const short = words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w)) ? initials(words) : null;
  // ("Prime Minister Dhan-Dhaanya Krishi Yojana" is "PM Dhan-Dhaanya Krishi Yojana" further on.)
  const office = /^(Prime Minister|PM|Pradhan Mantri|Chief Minister|CM)\s+(.+)$/.exec(answer);
  const spelt = office ? [`${OFFICE_FORM[office[1]]} ${office[2]}`] : [];
  const names = [answer, ...spelt, ...(short ? [short] : [])];
  return { name: answer, sentence, description, needles: names, find: (text) => names.flatMap((name) => thingMentions(text, name, head)).sort((a, b) => a[0] - b[0]), bare };
}

/** "Which party stormed to power in Odisha?" → "the party that stormed to power in Odisha": the
 *  winner of an election, called so in the set's other items ("How many seats did the party that
 *  stormed to power in Odisha win …?"), where its name would give the answer away. */
const WINNER_QUESTION = /^Which (party|alliance) ((?:won|stormed|swept|returned|came|rode|retained|bagged|secured)\b[^?]*?)(?:\s+in\s+\p{Lu}\p{Ll}+\s+\d{4})?\?$/u;
export function describedWinner(question: string, answer: string, sentence: string): Described | null {
  const m = WINNER_QUESTION.exec(question);
  if (!m) return null;
  const words = answer.split(/\s+/);
  const short = words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) ? initials(words) : null;
  const names = [answer, ...(short ? [short] : [])];
  // ("the party that stormed to power", its place left to the question it stands in: "… win in Odisha?")
  const did = m[2].replace(/\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*$/u, '');
  return { name: answer, sentence, description: `the ${m[1]} that ${did}`, needles: names, find: (text) => names.flatMap((name) => thingMentions(text, name, m[1])).sort((a, b) => a[0] - b[0]) };
}

/** "Which is India's longest cable-stayed bridge?" → "India's longest cable-stayed bridge": a
 *  named thing's record, its description in the set's other items ("India's longest cable-stayed
 *  bridge features a distinctive design …"), where its name would give the answer away; its
 *  head noun ("the bridge") once the description has been said. */
const RECORD_QUESTION = /^Which is ((?:the|\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,3}[’']s)\s+[^?]+)\?$/u;
export function describedRecord(question: string, answer: string, sentence: string): Described | null {
  const m = RECORD_QUESTION.exec(question);
  if (!m) return null;
  // ("the largest brackish water lagoon in Asia": the head noun is the word before where or of what.)
  const head = m[1].replace(/\s+(?:in|of|on|to|for)\s.*$/, '').split(/\s+/).pop()!;
  if (!/^[a-z][a-z-]+$/.test(head)) return null;
  // ("Lake Chilika" is "Chilika" further on: its kind word left off.)
  const core = /^(?:Lake|River|Mount|Fort|Port)\s+(\p{Lu}[\p{L}-]+)$/u.exec(answer)?.[1] ?? /^(\p{Lu}[\p{L}-]+)\s+(?:Lake|River|Fort|Port|Island|Dam|Bridge|Tunnel)$/u.exec(answer)?.[1];
  // ("the Bharat Forecast System (BFS)" is "BFS" further on: the short form its sentence gives.)
  const short = new RegExp(`${reEscape(answer)}\\s*\\((\\p{Lu}[\\p{Lu}\\d-]{1,9})\\)`, 'u').exec(sentence)?.[1];
  const names = [answer, ...(core ? [core] : []), ...(short ? [short] : [])];
  return { name: answer, sentence, description: m[1], needles: names, find: (text) => outermost(names.flatMap((name) => thingMentions(text, name, head))), bare: { kind: `the ${head}`, verbBefore: /(?!)/ } };
}

/** Spans in text order, leaving out any within an earlier one ("Chilika" in "Lake Chilika"). */
function outermost(spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const span of spans.sort((a, b) => a[0] - b[0] || b[1] - a[1])) if (!out.length || span[0] >= out[out.length - 1][1]) out.push(span);
  return out;
}

/** An office a scheme is named after, written the other way. */
const OFFICE_FORM: Record<string, string> = { 'Prime Minister': 'PM', PM: 'Prime Minister', 'Pradhan Mantri': 'PM', 'Chief Minister': 'CM', CM: 'Chief Minister' };

/** "the PM Vishwakarma scheme", "PM Vishwakarma": the thing's name, with "the" before it and
 *  its kind word after it. */
function thingMentions(text: string, name: string, head: string): [number, number][] {
  const out: [number, number][] = [];
  const wordStart = /^[A-Za-z0-9_]/.test(name);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (wordStart && at > 0 && /[A-Za-z0-9_]/.test(text[at - 1])) continue;
    let end = at + name.length;
    // (Its kind word after it, within a few spaces: read without a regex per mention.)
    const window = text.slice(end, end + head.length + 4);
    const space = /^\s+/.exec(window)?.[0];
    // ("IndiaAI Mission": its kind word capitalised as a part of its name too.)
    const kind = space && window.toLowerCase().startsWith(head.toLowerCase(), space.length) ? space.length + head.length : 0;
    if (kind && !/^[\p{L}\d-]/u.test(text.slice(end + kind, end + kind + 1))) end += kind;
    if (/^[\p{L}\d-]/u.test(text.slice(end, end + 1))) continue;
    // ("the IndiaAI Independent Business Division": the name opening a longer one is that one's.)
    if (!kind && /^\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    // ("the Swachh Survekshan 2024–25 Awards": nor one opening a longer name past its edition.)
    if (!kind && /^\s+\d[\d–-]*\s+\p{Lu}/u.test(text.slice(end, end + 16))) continue;
    // ("the Khelo Bharat Niti 2025 will supersede …": its year goes with it, no "… cabinet 2025".)
    const year = kind ? null : /^\s+(?:19|20)\d\d(?![\p{L}\d–-])/u.exec(text.slice(end, end + 6));
    if (year) end += year[0].length;
    const the = /\b[Tt]he\s+$/.exec(text.slice(Math.max(0, at - 8), at));
    out.push([the ? at - the[0].length : at, end]);
  }
  return out;
}

/** How to describe the person (or launched thing) an item asks for, or null. */
/** Whether a question asks who held an office ("Who was the Chief Minister of Kerala?"). */
export function asksOffice(question: string): boolean {
  return OFFICE_QUESTION.test(question);
}

export function describedBy(item: Item): Described | null {
  if (item.type !== 'short' && item.type !== 'mcq') return null;
  return describedByQuestion(item);
}

/** How a question describes its answer: an item's, or a fact's own where the set asks that
 *  person another way ("Four-time MLA _____ was sworn in …" beside "Who was sworn in as the
 *  first BJP chief minister of Odisha?"). */
// (Not by an award a fact merely mentions: "the winner of the Padma Vibhushan" is one of many.)
export function describedByQuestion(item: Pick<Item, 'question' | 'answer' | 'sentence' | 'answerType'>, byAward = true): Described | null {
  if (item.answerType === 'term') return describedLaunch(item.question, item.answer, item.sentence);
  if (item.answerType !== 'person') return null;
  // ("… as the Comptroller and Auditor General (CAG) of India?" → "the Comptroller and Auditor
  // General of India": the short form is the question's, not the description's.)
  const officeMatch = OFFICE_QUESTION.exec(item.question);
  // ("… elevated to the post of Deputy Chief Minister of Gujarat?" → "the Deputy Chief Minister …".)
  const office = officeMatch && (/^the /.test(officeMatch[1]) ? '' : 'the ') + officeMatch[1] + (officeMatch.groups?.servedAt ?? '');
  const awardMatch = byAward ? AWARD_QUESTION.exec(item.question) : null;
  const award = awardMatch ? `${awardMatch[1] === 'selected for' ? 'the one selected for' : 'the winner of'} ${awardMatch[2]}` : null;
  const subject = DESCRIBED_SUBJECT.exec(item.question);
  // ("Which popular ghazal and playback singer passed away?" → "the popular ghazal and playback
  // singer" in the set's other items.)
  // ("veteran Bharatiya Janata Party (BJP) leader and two-times Madhya Pradesh chief minister":
  // a long pair of descriptions is called by its last, "the two-times … chief minister".)
  const diedMatch = DIED_QUESTION.exec(item.question);
  const diedAs = diedMatch?.[1] ?? diedMatch?.[2];
  // ("former ISRO Chairman and an internationally renowned space scientist" → "the internationally
  // renowned space scientist": the last one's own "a"/"an" gives way to the "the" put before it.)
  const died = (diedAs && diedAs.split(/\s+/).length > 8 && diedAs.includes(' and ') ? diedAs.split(' and ').pop() : diedAs)?.replace(/^an?\s+/i, '');
  // ("Who, a diabetic, had only one functional kidney?": one word that is neither a trade nor a
  // title calls no one by what they are; "the diabetic" in the set's other items would read as a slur.)
  const apposed = subject?.[1] ?? subject?.[2];
  const described = (apposed && !/\s/.test(apposed.trim()) && !PERSON_NOUNS.has(apposed.trim().toLowerCase()) && !isTitleWord(apposed.trim().toLowerCase()) ? undefined : apposed) ?? died;
  const first = ORDINAL_QUESTION.test(item.question) ? roleBefore(item.sentence, item.answer) : null;
  // ("India's most celebrated astrophysicist" takes no "the".)
  // ("the one selected for the 2024 Jnanpith Award" reads stiffly: the trade the sentence gives
  // them, "the Hindi novelist and poet", where it gives one.)
  const selectedRole = awardMatch?.[1] === 'selected for' ? roleBefore(item.sentence, item.answer) : null;
  // ("Who was the first woman to be appointed as the Director General Medical Services (Army)?"
  // with no trade before the name, "Lt Gen Sadhna Saxena Nair": the first the question asks.)
  // (Only a first to hold an office: "the first Indian to visit the ISS" in a list of crew, "the
  // third woman to achieve GM status" beside the others who did, would read as nonsense.)
  const asFirst = !first && ORDINAL_QUESTION.test(item.question) && FIRST_IN_OFFICE.test(item.question) ? /^Who (?:was|is|became) (the [^?]+)\?$/.exec(item.question)?.[1] : undefined;
  const description = first ?? office ?? selectedRole ?? award ?? (described && !/\b(?:his|her|him|he|she)\b/i.test(described) ? (opensOnOwner(described) ? described : `the ${described}`) : null) ?? asFirst ?? OWNERS_FIRST_TITLE.exec(item.question)?.[1] ?? null;
  if (!description || description.split(/\s+/).length > (description === asFirst ? MAX_FIRST_WORDS : 12)) return null;
  return describedPerson(item.answer, item.sentence, description);
}

/** "Veteran filmmaker _____ passed away …": a person a blank asks for, called by the trade the
 *  sentence gives right before the name ("the filmmaker"), or null. */
export function describedByRole(item: Pick<Item, 'answer' | 'sentence' | 'answerType'>): Described | null {
  if (item.answerType !== 'person') return null;
  const role = roleBefore(item.sentence, item.answer) ?? officeBefore(item.sentence, item.answer);
  return role ? describedPerson(item.answer, item.sentence, role) : null;
}

/** "Union Health Minister J P Nadda announced …" → "the Union Health Minister": the office written
 *  right before the name, as the sentence gives it (not a former one's). */
function officeBefore(sentence: string, name: string): string | null {
  const at = sentence.indexOf(name);
  if (at < 0) return null;
  const m = OFFICE_BEFORE.exec(sentence.slice(Math.max(0, at - 60), at));
  if (!m) return null;
  const before = sentence.slice(0, at - m[1].length - 1);
  // ("Former Union Health Secretary Preeti Sudan will take charge …" → "the former Union Health
  // Secretary": one who held it is called so; a "then" or "late" one is not called at all.)
  if (/\b(?:former|ex)[\s-]+$/i.test(before)) return `the former ${m[1]}`;
  if (/\b(?:then|late|outgoing)[\s-]+$/i.test(before)) return null;
  return `the ${m[1]}`;
}
// ("… districts of Tamil Nadu and Chief Minister M K Stalin": an "and" may join two words of an
// office, never open one.)
const OFFICE_BEFORE = /(?:^|[\s,(])((?!(?:and|&)\s)(?:(?:Union|State|Deputy|Chief|Foreign|Home|Health|Finance|Defence|External|Affairs|Education|Railway|Railways|Law|Commerce|Agriculture|Environment|Power|Culture|Civil|Aviation|Women|Child|Development|and|&|Prime|Vice)\s+){0,5}(?:Minister|Secretary|Governor|Chief Justice|Speaker|President|Vice-President|Chief Election Commissioner))\s+$/;

/** "Who was the first Indian athlete to clinch a gold medal at …?": the person is asked by a
 *  first, and called by their trade in the set's other items. */
const ORDINAL_QUESTION = /^Who (?:was|is|became) the (?:first|second|third|\d+(?:st|nd|rd|th)|youngest|oldest) /;
/** "Who was India's first woman Para World Archery Champion?": an owner's first holder of a title,
 *  which calls them as well as their name does. */
const OWNERS_FIRST_TITLE = /^Who (?:was|is|became) ((?:India|\p{Lu}[\p{L}-]+)['’]s (?:first|second|third|\d+(?:st|nd|rd|th)) (?:[\p{L}-]+ ){0,4}(?:Champion|Grandmaster|Governor|President|Prime Minister|Chief Minister|Chief Justice|Speaker|Astronaut|Chief))\?$/u;
/** "… to be appointed as the Director General …", "… to be elected …": a first to take up an office. */
const FIRST_IN_OFFICE = /\bto be (?:appointed|elected|named|sworn in)\b|\bto (?:head|lead|take charge of|take over as)\b/;
/** Words at most in a first asked by its whole question ("the first woman to be appointed as …"). */
const MAX_FIRST_WORDS = 14;

/** "Star javelin thrower Neeraj Chopra …" → "the javelin thrower": the lower-case words for what
 *  someone does, right before their name (an adjective of praise left out). */
function roleBefore(sentence: string, name: string): string | null {
  const at = sentence.indexOf(name);
  if (at < 0) return null;
  const from = Math.max(0, at - 60);
  const m = ROLE_BEFORE.exec(sentence.slice(from, at));
  if (!m) return null;
  // ("Spy master Ajit Doval was …" → "the spy master", not "the master": an everyday word,
  // capitalised only for opening the sentence, is part of the role.)
  const lead = /^(\p{Lu}\p{Ll}+)\s+$/u.exec(sentence.slice(0, from + m.index + m[0].indexOf(m[1])));
  const word = lead?.[1].toLowerCase();
  if (word && !PRAISE.test(word)) return null;
  // ("Eminent writer, editor and columnist Manoj Das" → "the writer": the first of a list of
  // trades says what they were best known as.)
  const listed = ROLE_LIST_BEFORE.exec(sentence.slice(0, from + m.index + m[0].indexOf(m[1])));
  // ("Two-time Bihar chief minister Karpoori Thakur" → "the two-time Bihar chief minister": the
  // state or country of an office says which one, and a count of terms goes with it.)
  const place = listed ? null : PLACE_BEFORE_ROLE.exec(sentence.slice(0, from + m.index + m[0].indexOf(m[1])));
  // ("NDA candidate Droupadi Murmu" → "the NDA candidate": so does the short form of a party or an
  // alliance, also in brackets after its name: "Jharkhand Mukti Morcha (JMM) founder" → "the JMM founder".)
  const party = listed ? null : /(?:^|\s)\(?(\p{Lu}{2,6})\)?\s+$/u.exec(sentence.slice(0, from + m.index + m[0].indexOf(m[1])));
  // ("Intelligence Bureau director Tapan Kumar Deka" → "the Intelligence Bureau director": a body's
  // name before the role says whose; "the director" alone would name no one.)
  const body = listed || place?.[1] ? null : BODY_BEFORE_ROLE.exec(sentence.slice(0, from + m.index + m[0].indexOf(m[1])));
  const ofBody = body && ORGANISATION_WORDS.has(body[1].split(/\s+/).pop()!.toLowerCase()) ? `${body[1]} ` : '';
  const owner = place && (regionNamed(place[2]) || countryNamed(place[2])) ? `${place[1] ? `${place[1].toLowerCase()} ` : ''}${place[2]} ` : party ? `${party[1]} ` : ofBody;
  // ("former chief minister Mukul Sangma" → "the former chief minister": a time word is no praise;
  // without it the description names whoever holds the office now.)
  // ("Former Reserve Bank of India (RBI) governor Urjit Patel" → "the former RBI governor": the
  // time word before the body's name is the role's too.)
  const former = /^[\s,]*former\s/i.test(m[0]) || FORMER_BEFORE_BODY.test(sentence.slice(0, from + m.index + m[0].indexOf(m[1]))) ? 'former ' : '';
  return `the ${former}${owner}${listed ? listed[1] : m[1]}`;
}
const FORMER_BEFORE_BODY = /\b(?:[Ff]ormer|[Ee]x-)\s*(?:[\p{Lu}(][\p{L}().&'’-]*\s+|of\s+|and\s+){1,7}$/u;
/** "Intelligence Bureau ", "National Investigation Agency ": capitalised words right before a role. */
const BODY_BEFORE_ROLE = /(?:^|\s)((?:\p{Lu}\p{Ll}+\s+){0,3}\p{Lu}\p{Ll}+)\s+$/u;
const PLACE_BEFORE_ROLE = /(?:^|\s)(?:(\p{L}+-time)\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+$/u;
/** Endings of words for what someone does: "thrower", "actor", "novelist", "chairman". */
const ROLE_ENDING = 'er|or|ist|ian|ant|man|woman|ess';
/** Roles with other endings: "life convict Ramesh Yadav", "Urdu poet Gulzar". */
const ROLE_NOUNS = 'convict|accused|poet|scholar|envoy|activist|icon|legend|veteran|athlete|cricketer|shooter|wrestler|candidate|nominee|captain|coach|litterateur|maestro|exponent';
/** "Rio Olympic silver-medallist PV Sindhu" → "the Rio Olympic silver-medallist": an athlete by
 *  the medal they won and where. */
const HONOUR_ROLE = String.raw`(?:\p{Lu}[\p{L}]+\s+){1,3}(?:silver|gold|bronze)-medall?ist`;
// ("India captain and batter Rohit Sharma" → "the India captain and batter": a second role
// keeps the first, which says which one.)
/** Words of praise (or time) before a trade, left out of the description: "Celebrated poet …". */
const PRAISE_WORDS = 'star|ace|veteran|legendary|former|celebrated|renowned|eminent|noted|famous|acclaimed|prominent|popular|distinguished|iconic|senior';
const PRAISE = new RegExp(`^(?:${PRAISE_WORDS}|the|a|an)$`);
// ("Noted Assamese poet Nilmani Phukan" → "the Assamese poet": the language they write in says which one.)
const LANGUAGE_WORD = [...LANGUAGES].map((l) => l[0].toUpperCase() + l.slice(1)).join('|');
/** Function words that end like a trade ("for", "after"): never the role itself. */
const NOT_ROLE = '(?!(?:for|or|her|upper|inner|outer|after|under|over|per|nor|ever|never|either|neither|whether|other|another|later|earlier|rather|together|further|whenever|however|whoever|whatever|sooner|meant|amid|against|toward|towards)\\s)';
const ROLE_BEFORE = new RegExp(`(?:^|[\\s,])(?:(?:${PRAISE_WORDS.split('|').map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})\\s+)?(${HONOUR_ROLE}|(?:\\p{Lu}[\\p{L}-]*\\s+[a-z]+(?:${ROLE_ENDING}|ain)\\s+and\\s+)?(?:(?:${LANGUAGE_WORD})\\s+|(?!(?:and|or|but|of|the|a|an|to|for|with|by|despite|after|before|against|from|as|like|including|while|when|than|at|in|on|under|over|between|among|through|during|without|about|whose|that|which|where|said|says|told|is|was|are|were|his|her|their|its)\\s)[a-z-]+\\s+)?(?:${NOT_ROLE}[a-z]+(?:${ROLE_ENDING})|${ROLE_NOUNS}))\\s+$`, 'u');

const ROLE_LIST_BEFORE = new RegExp(`(?<![\\p{L}-])([a-z]+(?:${ROLE_ENDING})|${ROLE_NOUNS})(?:,\\s+[a-z]+)*,?\\s+and\\s+$`, 'u');

/** A person of a full name called by a description wherever the name or the surname stands. */
export function describedPerson(fullName: string, sentence: string, description: string): Described | null {
  const name = fullName.trim();
  // ("Kanak Vardhan Singh Deo and Pravati Parida": two people are no one person's description.)
  if (/\sand\s|,/.test(name)) return null;
  // ("Mohanlal", "Gulzar": one name is the whole of some people's, the only one to replace.)
  if (!/\s/.test(name) && !/^\p{Lu}\p{Ll}{3,}$/u.test(name)) return null;
  const surname = name.split(/\s+/).pop()!;
  return { name: fullName, sentence, description, needles: [surname], person: true, find: (text) => personMentions(text, name, surname) };
}

/** The full name, and the surname alone (never after another given name: "Rajiv Kumar" when
 *  the set asks for Gyanesh Kumar), each with the title and honorific before it, and the
 *  capitalised title words of the lexicon before those ("Gen Dwivedi"): a description replaces
 *  them with the name, as a title left standing would read "Gen the 30th Chief …". */
function personMentions(text: string, fullName: string, surname: string): [number, number][] {
  const full = wholeWordSpans(text, fullName);
  // ("the Ruia brothers Shashikant Ruia and Ravi Ruia": a surname before the kin who share it is
  // none of them.)
  const alone = wholeWordSpans(text, surname).filter(([s, e]) => !full.some(([fs, fe]) => s >= fs && e <= fe) && !afterGivenName(text, s, fullName) && !KIN_AFTER.test(text.slice(e, e + 12)));
  const out: [number, number][] = [];
  for (const [found, e] of [...full, ...alone].sort((a, b) => a[0] - b[0])) {
    if (out.length && found < out[out.length - 1][1]) continue;
    // ("the MS Swaminathan Research Foundation", "the Rajiv Gandhi Khel Ratna": a name opening a
    // body's or an award's is that one's, no mention of the person.)
    if (/^\s+(?!(?:and|or|of|in|on|at|to|for|from|with|by|as|was|is|who|has|had|said|says)\b)\p{Lu}/u.test(text.slice(e, e + 3)) && !/^\s+\(/.test(text.slice(e, e + 3))) continue;
    // ("B R Gavai": the initials before the surname go with it.)
    const initials = INITIALS_BEFORE.exec(text.slice(Math.max(0, found - 12), found));
    const s = initials && afterGivenName(text, found) ? found - initials[0].length : found;
    const from = Math.max(0, s - 120);
    const prefix = PREFIX_END.exec(text.slice(from, s));
    const start = titlesStart(text, prefix ? from + prefix.index : s);
    // ("Information and Broadcasting Minister Ashwini Vaishnaw": the portfolio's first half too.)
    // (Only before a minister's title, and no other person's title and name: "Prime Minister Narendra
    // Modi and Tanzanian President …" is two people.)
    const portfolio = start < s && /\bMinister\b/.test(text.slice(start, s)) ? PORTFOLIO_HALF.exec(text.slice(Math.max(0, start - 80), start)) : null;
    const half = portfolio && !/\b(?:Minister|President|Governor|Secretary|Chief)\b/.test(portfolio[0]) ? portfolio : null;
    // ("Lt Gen Anil Chauhan (Retd)": a retired officer's bracket goes with the name.)
    const retired = /^\s*\((?:Retd|retd|Retired|retired|Rtd)\.?\)/.exec(text.slice(e, e + 12));
    out.push([half ? start - half[0].length + half[0].search(/\p{Lu}/u) : start, retired ? e + retired[0].length : e]);
  }
  return out;
}

/** " brothers", " family": the kin a surname is shared by. */
const KIN_AFTER = /^\s+(?:brothers|sisters|siblings|family|clan|couple|household|dynasty)\b/;

/** "B R ", "K. G. ": initials right before a surname. */
// (Initials written together, "MC Mary Kom", go whole: never "Mthe boxer".)
const INITIALS_BEFORE = /(?<!\p{L})(?:(?:\p{Lu}\.?){1,3}\s+){1,3}$/u;

/** The letters of the initials written right before `at`: "B R ", "D.Y. ", "CJI DY " → "CJIDY". */
function initialsBefore(text: string, at: number): string {
  const words = text.slice(Math.max(0, at - 24), at).split(/\s+/).slice(0, -1);
  let letters = '';
  for (let i = words.length - 1; i >= 0 && /^(?:\p{Lu}\.?){1,4}$/u.test(words[i]); i--) letters = words[i].replace(/\./g, '') + letters;
  return letters;
}

/** A name's given-name initials: "Bhushan Ramkrishna Gavai" → "BR", "D.Y. Chandrachud" → "DY". */
function givenInitials(fullName: string): string {
  const given = fullName.trim().split(/\s+/).slice(0, -1);
  return given.map((w) => (/^(?:\p{Lu}\.?){1,4}$/u.test(w) ? w.replace(/\./g, '') : w[0])).join('') || '\u0000';
}

/** "Information and ", "Consumer Affairs, Food and ": a portfolio's first half before its title. */
const PORTFOLIO_HALF = /(?:^|[\s(“"‘'])(?:\p{Lu}\p{Ll}+,?\s+){1,4}(?:and|&)\s+$/u;

/** Whether the word at `at` follows a given name: "Rajiv Kumar" when the name asked is Gyanesh Kumar. */
export function afterGivenName(text: string, at: number, fullName?: string): boolean {
  // ("B R Gavai" for Bhushan Ramkrishna Gavai: the initials of their own given names.)
  // ("DY Chandrachud" for D.Y. Chandrachud, after "CJI" too: initials however they are written.)
  if (fullName && initialsBefore(text, at).endsWith(givenInitials(fullName))) return false;
  const word = /(\p{Lu}[\p{L}.’'-]*)\s$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  // ("Gen Dwivedi", "Justice Kant": a title head of the lexicon's is no given name.)
  // ("Yesterday Mohamed received …", "On Monday Mohamed …": a day is no given name either.)
  // ("Both Doval and Mishra will …": a sentence's opening function word is no given name.)
  // ("Vice-President Dhankhar", "Lt-Gen Dwivedi": a hyphened title ends on its head.)
  // ("Fifty-one-year-old Szalay": an age is no given name.)
  return word !== undefined && !/-(?:year|month)s?-old$/i.test(word) && !NOT_GIVEN.has(word) && !NOT_GIVEN.has(word.replace(/\.$/, '')) && !HEADS.has(word.replace(/\.$/, '').toLowerCase()) && !HEADS.has(word.replace(/\.$/, '').replace(/^.*-/, '').toLowerCase()) && !DAY_WORD.test(word) && !OPENING_WORD.test(word);
}
const OPENING_WORD = /^(?:Both|Neither|Either|And|But|Or|Nor|Yet|So|Then|Also|Even|Only|Now|When|While|Whereas|After|Before|As|Since|Until|Once|If|Though|Although|Meanwhile|However|Like|Unlike|With|Without|For|From|Under|Over|To|By|At|In|On|Of|The|A|An|This|That|These|Those|It|Its|His|Her|Their|Our|Each|Every|All|Some|Many|Where|Why|How|What|Which|Whom|Whose)$/;
const DAY_WORD = new RegExp(`^(?:Yesterday|Today|Tomorrow|Tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|${MONTH_ALTERNATION})$`);

/** "his gotra ", "the surname ": a name spoken of as a word. */
const AS_A_WORD_BEFORE = /\b(?:gotra|surname|family\s+name|pen\s+name|stage\s+name|middle\s+name|first\s+name)\s+['‘"“]?$/i;

/** Title words, lower-cased: heads ("Gen", "Justice") and the words inside titles ("Union"). */
const HEADS = titleHeads();
const TITLE_WORDS = new Set([...HEADS, ...titleModifiers()]);

/** Where the capitalised title words right before `start` begin ("Gen", "Union Minister"). */
function titlesStart(text: string, start: number): number {
  let at = start;
  for (;;) {
    const m = /(\p{Lu}[\p{L}-]*)\.?\s+$/u.exec(text.slice(0, at));
    if (!m || !TITLE_WORDS.has(m[1].toLowerCase())) return at;
    at = m.index;
  }
}

/** A description's last word, in lower case, and the comma that sets a name off after it. */
const APPOSED_TO_ROLE = /\b(\p{Ll}[\p{L}-]+),\s$/u;

function replaced(text: string, who: Described): string {
  let out = '';
  let last = 0;
  for (const [found, e] of who.find(text)) {
    // ("he used his gotra Garg as his surname": the name as a word, not the person, stays.)
    if (AS_A_WORD_BEFORE.test(text.slice(Math.max(0, found - 24), found))) continue;
    // ("He (Vikram Misri) holds …" → "The 1989-batch officer … holds …": the description stands
    // for the pronoun, not in brackets after it.)
    // ("The 88-year-old author (Vinod Kumar Shukla) will get …": an age and a trade describe the
    // person already; the bracket goes.)
    // ("The officer (Govind Mohan), who did …": so does a trade alone.)
    // ("The veteran actor (Vikram Gokhale) made his debut …": a trade and a word before it too.)
    if (text[e] === ')' && /\bThe (?:\d{1,3}-year-old )?(?:[a-z]+ ){1,2}\($/.test(text.slice(0, found))) {
      out += text.slice(last, found - 2);
      last = e + 1;
      continue;
    }
    // ("under the Unified Pension Scheme (UPS)" → "under the scheme approved by …": the short form
    // in brackets after the name just replaced goes with it.)
    if (text[e] === ')' && text.slice(last, found) === ' (' && out.endsWith(who.description)) {
      last = e + 1;
      continue;
    }
    // ("called on the King of Bhutan, Jigme Khesar Namgyel Wangchuck and held talks": the name set
    // off after its own description goes, with its commas, not "the King of Bhutan, the King of Bhutan".)
    // ("The Samajwadi Party (SP) founder and three-time Uttar Pradesh chief minister, Mulayam Singh
    // Yadav, rose …": any description the name stands in apposition to, ending on a role, does too.)
    if (text.slice(0, found).toLowerCase().endsWith(`${who.description.toLowerCase()}, `) || (text[e] === ',' && APPOSED_TO_ROLE.test(text.slice(Math.max(0, found - 40), found)) && roleOfWord(APPOSED_TO_ROLE.exec(text.slice(Math.max(0, found - 40), found))![1]) !== null)) {
      out += text.slice(last, found - 2);
      // ("Eighteen-year-old Indian archer, Sheetal Devi, overcame …": a description that opens the
      // text without its article, its name gone, takes "The".)
      if (last === 0 && !DETERMINER_OPENING.test(out) && /^\p{Lu}/u.test(out) && out.split(/\s+/).length <= OPENING_DESCRIPTION_WORDS) out = `The ${out[0].toLowerCase()}${out.slice(1)}`;
      last = text[e] === ',' ? e + 1 : e;
      continue;
    }
    const pronoun = text[e] === ')' ? /\b(?:he|she) \($/i.exec(text.slice(0, found)) : null;
    const s = pronoun ? pronoun.index : found;
    const start = s === 0 || /(?:^|[.!?]\s+|["“]\s*)$/.test(text.slice(0, s));
    // ("… for the scheme approved by the Union Cabinet … offered under the scheme": a thing
    // described once is called by its kind after.)
    // ("Nayab Singh Saini unveiled the scheme launched by … Nayab Singh Saini": nor where the text
    // names who launched it already, or says by whom right after: "… for the scheme by the BJP
    // government".)
    const launcher = / by (?:[\p{L}.'’-]+\s+)*?(\p{Lu}[\p{L}'’-]+)(?:\s+(?:in|on)\s+[\p{L}\d\s,]+)?$/u.exec(who.description)?.[1];
    const description = who.bare && (out.includes(who.description) || who.bare.verbBefore.test(text.slice(Math.max(0, s - 24), s)) || (launcher !== undefined && (containsWholeWord(text, launcher, false) || /^\s+by\s/.test(text.slice(e, e + 5))))) ? who.bare.kind : who.description;
    out += text.slice(last, s) + (start ? description[0].toUpperCase() + description.slice(1) : description);
    last = pronoun ? e + 1 : e;
  }
  return out + text.slice(last);
}

/** "The …", "A …", "India's …": an opening that brings its own determiner. */
const DETERMINER_OPENING = /^(?:The|A|An|His|Her|Its|Their|This|That)\s|^\S+['’]s\s/;
/** Words of a description that opens the text: more is a clause of its own ("Modi arrived … and
 *  called on the King of Bhutan, Jigme …"). */
const OPENING_DESCRIPTION_WORDS = 7;

/** The item with the people described instead of named, or null when nothing changed or a
 *  name stands where it cannot be replaced (an option). */
// ("Defending Olympic champion Neeraj Chopra": a role word before the name describes him already.)
const MODIFIER_BEFORE = /(?:^|\s)(?:[\p{L}\d]+-[\p{L}-]+|old|veteran|young|teenage|former|star|ace|legendary|late|senior|junior|top|champion|medallist|medalist)\s+$/iu;

/** "Former revenue secretary Mr Malhotra": a title or a role before the name would stand before
 *  the description ("secretary the 26th Governor …"). */
const ROLE_OR_HONORIFIC_BEFORE = new RegExp(`(?:^|\\s)(?:${alternation([...titleHeads(), 'spokesperson', 'spokesman'])})\\.?\\s+$`, 'i');

/** "Urdu poet Gulzar", "Sanskrit scholar …", "actor …": a lower-case role right before the
 *  name would stand before the description ("Urdu poet the winner of …"); so would a plural
 *  one ("picked retired IAS officers Gyanesh Kumar and …"). */
// (Not a preposition or adverb of a role's ending: "made for the scheme", "after", "under", "over".)
const ROLE_NOUN_BEFORE = new RegExp(`(?:^|\\s)${NOT_ROLE}(?:[a-z]+(?:${ROLE_ENDING}|ent|eur)|poet|scholar|chief|head|captain|judge|envoy|diplomat|[a-z]+crat|athlete|star|legend|icon|officer|aspirant|activist|patriarch|matriarch|veteran|stalwart|doyen|maestro|guru|saint|seer|monk)s?\\s+$`);

/** A determiner or a possessive opening the name's phrase: the description brings its own "the". */
const DETERMINED_BEFORE = /(?:^|\s)(?:(?:the|a|an|its|their|his|her)\s+(?:(?!(?:of|for|by|in|on|at|to|from|with|and|as)\s)[\p{L}\d.,-]+\s+){1,3}|\S+[’']s\s+)$/iu;

/** "… is the Director of …", "… is currently serving as the Director of …": an office said of them. */
const OFFICE_PREDICATE = /^\s+(?:is|was|has been|had been|remains|remained)\s+(?:currently\s+|also\s+)?(?:serving\s+as\s+|working\s+as\s+)?(?:the|a|an)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:of|at)\s/u;

/** A noun the name may modify: "launch", "mission", "government". */
const MODIFIED_NOUN_AFTER = new RegExp(`^\\s+(?:launch|launches|mission|flight|programme|program|project|campaign|visit|team|era|deal|model|series|${NAMED_THINGS})\\b`);

/** "as (the) … Speaker", by office word: offices are few, names many. */
const AS_OFFICE = new Map<string, RegExp>();

function possessiveOrRepeated(text: string, p: Described): boolean {
  const office = officeWordOf(p.description);
  const [m] = p.find(text);
  if (!m) return false;
  const [start, end] = m;
  // ("Nineteen-year-old Divya Deshmukh", "Sixty-one-year old Kulkarni", "veteran Koneru Humpy", "the 377 kg SCATSAT-1",
  // "India's PSLV-C35": a modifier before the name would stand before the description.)
  const before = text.slice(0, start);
  // ("Justice (retired) Khanwilkar": a title with a bracket aside after it still stands before the name.)
  const titled = before.replace(/\s*\([^()]{1,15}\)\s*$/, ' ');
  if (MODIFIER_BEFORE.test(before) || DETERMINED_BEFORE.test(before) || ROLE_OR_HONORIFIC_BEFORE.test(titled) || ROLE_NOUN_BEFORE.test(before)) return true;
  // ("Indian Grandmaster D Gukesh": a capitalised word before the titles, a demonym or a place,
  // would stand before the description.)
  if (/\p{Lu}[\p{L}'’-]*\s+$/u.test(before) && !/(?:^|[.!?]\s+|["“]\s*)$/.test(before)) return true;
  // ('a 6-year "Mission for Aatmanirbharta in Pulses"': a name in quotes is quoted as written; a
  // description in its place would read as the name.)
  if (/["“‘']$/.test(before) && /^["”’']/.test(text.slice(end))) return true;
  const after = text.slice(end);
  // ("The PSLV-C60 launch is part of …": the name as a noun's modifier would leave "The rocket
  // launched by … launch".)
  if (MODIFIED_NOUN_AFTER.test(after)) return true;
  // ("The … Mission launched on the occasion of …": a description made by a participle, "the
  // mission launched by Narendra Modi", before the sentence's own participle says it twice.)
  if (/\b\p{Ll}+(?:ed|en|wn)\s+by\b/u.test(p.description) && /^\s+\p{Ll}+(?:ed|en|wn)\b/u.test(after)) return true;
  // ("the Proba-3 (Project for Onboard Autonomy) mission": nor with its spelt-out name between.)
  if (/^\s*\([^()]*\)\s+\p{Ll}/u.test(after)) return true;
  // ("Currently, the Chairman of ISRO is the Director of the LPSC": one office said to be
  // another reads as a riddle; the item keeps the name or is not made.)
  if (/\sof\s/.test(p.description) && OFFICE_PREDICATE.test(after)) return true;
  // ("the Australian woman's father" reads well; "the Speaker of the Lok Sabha's election" does not.)
  if (/^['’]s?\b/.test(after) && (/\sof\s/.test(p.description) || p.description.split(/\s+/).length > 4)) return true;
  // ("the appointment of Justice Khanna as the CJI": the office's short form after "as" names it again.)
  const initials = p.description.match(/\b\p{Lu}/gu)?.join('') ?? '';
  if (initials.length >= 2 && new RegExp(`\\bas\\s+(?:the\\s+)?${initials}\\b`).test(after)) return true;
  // ("… requesting Bharat Ratna for the winner of the Bharat Ratna": the honour or title the
  // description names, said in the text already, reads as a riddle.)
  const thing = /\b(?:of|for)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)+)$/u.exec(p.description)?.[1];
  if (thing && /^(?:the\s+)?(?:winner|recipient|awardee|laureate)\b/i.test(p.description) && containsWholeWord(text.slice(0, start) + text.slice(end), thing, false)) return true;
  // ("… election as Speaker": the office the description would name again.)
  if (office.length <= 3) return false;
  let again = AS_OFFICE.get(office);
  // ("… serving as Vice Chief": a deputy's office is another office.)
  if (!again) AS_OFFICE.set(office, (again = new RegExp(`\\bas\\s+(?:the\\s+)?(?:(?!(?:vice|deputy|joint|additional|assistant)\\b)\\w+\\s+){0,2}${reEscape(office)}\\b`, 'i')));
  return again.test(after);
}

/** "the 26th Chief Election Commissioner of India" → "Commissioner": the office's own word. */
function officeWordOf(description: string): string {
  return description.split(/\s+of\s+/)[0].split(/\s+/).pop() ?? '';
}

/** "the Chief Justice of Andhra Pradesh" → "CJ of Andhra Pradesh": the title before "of" by its initials. */
function titleShortened(description: string): string {
  return description.replace(/^(?:the\s+)?((?:\p{Lu}\p{Ll}+\s+)+)(?=of\s)/u, (_, title: string) => `${initials(title.trim().split(/\s+/))} `);
}

/** "As Deputy Governor, Poonam Gupta succeeds _____" → "Poonam Gupta succeeds _____": an opening
 *  that names the office the description will say goes, where the person's name comes right after. */
function withoutOfficeOpener(text: string, p: Described): string {
  if (!p.person || !/^As\s/.test(text)) return text;
  const office = p.description.replace(/^the\s+(?:(?:\d{1,3}(?:st|nd|rd|th)|new|next)\s+)?/i, '').split(/\s+of\s+/)[0];
  const m = new RegExp(`^As\\s+(?:(?:the|a|its|their|new)\\s+)*${reEscape(office)}(?:\\s+of\\s+[^,]{1,60})?\\s*,\\s+`, 'i').exec(text);
  if (!m) return text;
  const rest = upperFirst(text.slice(m[0].length));
  return p.find(rest).some(([at]) => at === 0) ? rest : text;
}

/** Whether the text says someone was appointed to the very office the description names. */
function appointedAsAgain(text: string, description: string): boolean {
  const office = description.replace(/^the\s+(?:former\s+)?/i, '');
  // (Not where the description itself stands: "appointed the Director General of … as its first Commissioner".)
  const at = text.toLowerCase().indexOf(description.toLowerCase());
  const rest = at < 0 ? text : text.slice(0, at) + text.slice(at + description.length);
  // ("As Deputy Governor, the Deputy Governor of … succeeds": the office opening the sentence too.)
  return new RegExp(`\\b(?:appointed|named|elected|sworn in)\\s+(?:as\\s+)?(?:[\\w'’]+\\s+){0,3}${reEscape(office)}\\b|^As\\s+(?:the\\s+)?(?:[\\w'’]+\\s+){0,2}${reEscape(office.split(/\s+of\s+/)[0])}\\b`, 'i').test(rest);
}
const BLANK_OFFICE_TAKEN = /\b(?:was|were|has\s+been|have\s+been|had\s+been|is|will\s+be)\s+(?:unanimously\s+)?(?:elected|appointed|named|nominated|sworn\s+in|chosen|designated)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?_____/;
const TOOK_OFFICE = /\b(?:as|to the post of|to the office of|took over|took charge|assumed charge|sworn in|appointed|elected|named|became|succeeds?|succeeded)\b/i;

/** Whether the description's whole office ("Cabinet Secretary") stands in the text beside the
 *  description itself. */
function officeNamedAgain(text: string, description: string): boolean {
  const office = description.replace(/^the\s+(?:(?:new|next|former|current|incumbent)\s+)?/i, '');
  const at = text.toLowerCase().indexOf(description.toLowerCase());
  const rest = at < 0 ? text : text.slice(0, at) + text.slice(at + description.length);
  return /\s/.test(office) && containsWholeWord(rest, office, true);
}

/** Whether the description's office word stands in the text beside the description itself. */
function namesOfficeAgain(text: string, description: string): boolean {
  const office = officeWordOf(description);
  const at = text.toLowerCase().indexOf(description.toLowerCase());
  const rest = at < 0 ? text : text.slice(0, at) + text.slice(at + description.length);
  // ("The winner of the FIDE Women's World Cup claimed the FIDE Women's World Cup title": the prize named again.)
  const prize = /^the (?:winner of|one selected for) (?:the )?(.+)$/.exec(description)?.[1];
  if (prize && rest.toLowerCase().includes(prize.toLowerCase())) return true;
  return office.length > 2 && new RegExp(`\\b${reEscape(office)}\\b`, 'i').test(rest);
}

/** Items already described, by item and then by the people described: every try of a set
 *  describes the same candidates again, and the same item object keeps its judged pairs. */
const DESCRIBED = new WeakMap<Item, Map<string, Item | null>>();

export function withDescriptions(item: Item, people: readonly Described[]): Item | null {
  if (!people.length) return null;
  const key = people.map((p) => `${p.name}\u001f${p.description}\u001f${p.sentence}`).join('\u001e');
  let byPeople = DESCRIBED.get(item);
  if (!byPeople) DESCRIBED.set(item, (byPeople = new Map()));
  let described = byPeople.get(key);
  if (described === undefined) byPeople.set(key, (described = describe(item, people)));
  return described;
}

/** "Currently serving as Secretary in …, ": an opening that gives someone a post of theirs. */
const SERVING_AS_OPENING = /^(?:(?:Currently|Presently|Earlier|Previously|Until\s+now|Before\s+this|Formerly)\s*,?\s+(?:serving|working|posted|functioning)|(?:Serving|Working|Posted|Functioning))\s+as\s+(?:an?\s+|the\s+)?\p{Lu}/u;

/** "will assume the role", "takes over", "succeeding": a sentence that goes on to the new post. */
const GOES_ON_TO_POST = /\b(?:will\s+)?(?:assume|assumes|take\s+over|takes\s+over|succeed|succeeds|succeeding|join|joins)\b|\bnew\s+(?:position|post|role|assignment)\b/;

/** "Whom will X succeed as chairman of …?": the succession and the office it is in. */
const SUCCESSION_AS = /^(Whom (?:did|will|does|would) .+? succeed) as (.+)\?$/;

/** A passage between double quotation marks. */
const QUOTATION = /“[^”]*”|"[^"]*"/g;

const NAMING_BEFORE = /\b(?:named|called|dubbed|titled|christened|renamed|known\s+as|born(?:\s+as)?)\s+(?:the\s+)?['‘"“]?$/;

function describe(item: Item, people: readonly Described[]): Item | null {
  // ("The ISRO launched the mission launched by the ISRO …": a thing in the sentence it was asked from names its launch again.)
  const named = people.filter((p) => p.name !== item.answer && (p.person || p.sentence !== item.sentence) && p.needles.some((n) => item.question.includes(n)) && p.find(item.question).length > 0);
  if (!named.length || (item.options ?? []).some((o) => named.some((p) => o === p.name))) return null;
  // ("As Deputy Governor, Rao succeeds …": the opening that names the office goes first.)
  // ("Whom will Jay Shah succeed as chairman of the ICC?" → "Whom will the new chairman of the ICC
  // succeed?": the office the description already says goes from the question.)
  const succession = SUCCESSION_AS.exec(item.question);
  if (succession && named.some((p) => p.description.toLowerCase().includes(succession[2].toLowerCase().replace(/^the\s+/, '')))) return describe({ ...item, question: `${succession[1]}?` }, people);
  const unopened = named.reduce((t, p) => withoutOfficeOpener(t, p), item.question);
  if (unopened !== item.question) return describe({ ...item, question: unopened, ...(item.cloze ? { cloze: named.reduce((t, p) => withoutOfficeOpener(t, p), item.cloze) } : {}) }, people);
  // "Birla's election as Speaker" → "the Speaker of the Lok Sabha's election as Speaker": an
  // office named again, or a possessive, reads as nonsense; the item is not made.
  if (named.some((p) => possessiveOrRepeated(item.question, p))) return null;
  // ("a citizen centric portal named Sanchar Saathi": where the text gives the thing its name,
  // a description in its place says nothing; the item is not made.)
  if (named.some((p) => p.find(item.question).some(([at]) => NAMING_BEFORE.test(item.question.slice(Math.max(0, at - 24), at))))) return null;
  // ("Who said “Heartiest congratulations … to Smt. Droupadi Murmu on being elected …”?": a
  // quotation is the speaker's own words; the item is not made rather than misquote them.)
  const quotes = [...item.question.matchAll(QUOTATION)].map((q) => [q.index!, q.index! + q[0].length]);
  if (quotes.length && named.some((p) => p.find(item.question).some(([at]) => quotes.some(([qs, qe]) => at > qs && at < qe)))) return null;
  // "He (the 26th chief election commissioner) became the first _____" → CEC: the description
  // would give the answer away.
  const answers = item.answers ?? [item.answer];
  // (Nor its title's short form: "the new _____" → "CJ of Andhra Pradesh" beside "The Chief Justice of Andhra Pradesh".)
  if (named.some((p) => answers.some((a) => isAcronymOf(a.trim(), titleCase(p.description)) || normalizeKey(p.description).includes(normalizeKey(a)) || normalizeKey(titleShortened(p.description)).includes(normalizeKey(a))))) return null;
  const apply = (text: string) => named.reduce((t, p) => replaced(t, p), text);
  // ("Gyanesh Kumar assumed charge as the 26th CEC on _____" → "The 26th CEC assumed charge as
  // the 26th CEC …": in the sentence the office was read from, it may be named again.)
  const question = apply(item.question);
  // ("Gyanesh Kumar assumed charge as the 26th _____": nor where it says what they became.)
  if (named.some((p) => p.sentence === item.sentence && (namesOfficeAgain(question, p.description) || TOOK_OFFICE.test(question)))) return null;
  // ("The winner of the 2024 PEN Pinter Prize will accept the PEN Pinter Prize on …": a name the
  // description is made of, said again by the text, reads twice.)
  if (named.some((p) => namedTwice(question, p.description))) return null;
  // ("The Cabinet Secretary will initially join as Officer on Special Duty … before he takes
  // Cabinet Secretary": any sentence that tells of taking the office names it as still ahead.)
  // ("… appointed the governor of Maharashtra to discharge the functions of the governor of
  // Maharashtra": nor any that names the office apart from its holder.)
  if (named.some((p) => p.person && officeNamedAgain(question, p.description))) return null;
  // ("The Chief of Defence Staff (Retd), a former eastern Army commander, was on Wednesday
  // appointed as India's new Chief of Defence Staff": any sentence that says they took the office
  // reads as nonsense with the office for their name.)
  if (named.some((p) => p.person && appointedAsAgain(question, p.description))) return null;
  // ("Currently serving as Secretary in the Department of Higher Education …, the Comptroller and
  // Auditor General of India was set to retire on _____": a sentence that gives them another post
  // tells of them in it; named by the new office, it reads as that office's.)
  // (One that goes on to the new post reads well: "Currently serving as the Vice-Chief of the Air
  // Staff, the Chief of the Indian Air Force will assume the role on September 30 …".)
  if (named.some((p) => p.person && SERVING_AS_OPENING.test(question) && !GOES_ON_TO_POST.test(question))) return null;
  // ("The Speaker of the Delhi Assembly was elected as _____ by voice vote" → Assembly Speaker: the
  // office they took, blanked beside the description, is the description.)
  // (So with the cloze a true/false or an option is made of: "… was elected as Delhi Assembly …".)
  // (A false statement's swapped value stands where the blank was: "… elected as Delhi Assembly …".)
  const swapped = item.type === 'truefalse' ? /\bnot (.+?)\. “/.exec(item.explanation ?? '')?.[1] : undefined;
  const lastSwap = swapped ? question.lastIndexOf(swapped) : -1;
  const blanked = [question, ...(item.cloze !== undefined ? [clozeQuestion(apply(item.cloze))] : []), ...(lastSwap >= 0 ? [`${question.slice(0, lastSwap)}_____${question.slice(lastSwap + swapped!.length)}`] : [])];
  if (named.some((p) => p.person) && blanked.some((t) => BLANK_OFFICE_TAKEN.test(t))) return null;
  return {
    ...item,
    question,
    ...(item.cloze ? { cloze: apply(item.cloze) } : {}),
    ...(item.statements ? { statements: item.statements.map((s) => ({ ...s, text: apply(s.text) })) } : {}),
  };
}

/** Whether a name of three capitalised words or more in the description stands twice in the text
 *  ("New Zealand", "Green Revolution" may well be said again). */
function namedTwice(text: string, description: string): boolean {
  return (description.match(/\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){2,}/gu) ?? []).some((name) => text.split(name).length > 2);
}

/**
 * A description by an office as it stands on the article's day. Not "Who was appointed the Chief
 * Justice of the Himachal Pradesh High Court in October 2018?" in a 2025 story of his next
 * office: an office asked months before the article's day may be one the person has left (no
 * description then); one the sentence says was left ("…, before being elevated to the Supreme
 * Court") is their former office.
 */
export function heldNow(d: Described | null, asked: Pick<Item, 'question' | 'sentence'>, asOf?: string): Described | null {
  if (!d?.person) return d;
  if (LEFT_AFTER.test(asked.sentence) && /^the /.test(d.description) && !/^the former /.test(d.description)) return { ...d, description: d.description.replace(/^the /, 'the former ') };
  const m = ASKED_MONTH.exec(asked.question);
  if (!m || !asOf) return d;
  const then = Number(m[2]) * 12 + MONTH_NAMES.indexOf(m[1]);
  const now = Number(asOf.slice(0, 4)) * 12 + Number(asOf.slice(5, 7)) - 1;
  return now - then > 2 ? null : d;
}
const LEFT_AFTER = /\bbefore (?:being (?:elevated|appointed|transferred|moved|made|named)|moving|becoming|joining|taking over)\b/;
const ASKED_MONTH = new RegExp(`\\bin (${MONTH_ALTERNATION}) (\\d{4})\\?$`);
