import type { AnalyzedArticle, Entity, Sentence } from '../types.js';
import { normalizeKey } from '../util/ids.js';
import { courtShortFormIn } from './court-names.js';
import { formatResolvedDate } from '../util/resolved-date.js';
import { pronounFits } from './person-gender.js';
import { KIND_NOUNS, PERSON_NOUNS } from '../lexicon/index.js';
import { isTitleWord } from '../analyze/title-split.js';
import { quotedSpans, withoutQuotes } from './text-utils.js';

/** What the patterns need to know about the whole article. */
export interface ArticleContext {
  analyzed: AnalyzedArticle;
  /** How often each canonical entity is mentioned (normalised key → count). */
  mentions: Map<string, number>;
  /** Canonical entities named in the headline or the first paragraph. */
  prominent: Set<string>;
  /** Every mention in reading order, for finding antecedents. */
  timeline: { sentence: number; entity: Entity }[];
  /** Article date as "November 2013", or null. */
  monthYear: string | null;
  /** The headline's normalised key, padded with spaces for whole-word look-ups. */
  headlineKey: string;
}


export function buildContext(analyzed: AnalyzedArticle): ArticleContext {
  const mentions = new Map<string, number>();
  const prominent = new Set<string>();
  const timeline: ArticleContext['timeline'] = [];
  const title = normalizeKey(analyzed.article.title);
  for (const s of analyzed.sentences) {
    for (const e of s.entities) {
      if (!isNamed(e)) continue;
      const key = normalizeKey(e.canonical);
      mentions.set(key, (mentions.get(key) ?? 0) + 1);
      timeline.push({ sentence: s.index, entity: e });
      if (s.paragraph === 0) prominent.add(key);
    }
  }
  const headlineKey = ` ${title} `;
  for (const key of mentions.keys()) if (key && headlineKey.includes(` ${key} `)) prominent.add(key);
  const date = analyzed.article.date;
  const monthYear = date ? formatResolvedDate(date.slice(0, 7)) : null;
  return { analyzed, mentions, prominent, timeline, monthYear, headlineKey };
}

/** Whether the headline names an entity, by its canonical name or as the text writes it. */
export function namedInHeadline(e: Entity, ctx: ArticleContext): boolean {
  return ctx.headlineKey.includes(` ${normalizeKey(e.canonical)} `) || ctx.headlineKey.includes(` ${normalizeKey(e.text)} `) || (e.cls === 'organisation' && courtShortFormIn(e.canonical, ctx.headlineKey)) || (e.cls === 'term' && withoutFinalA(ctx).includes(` ${finalAless(normalizeKey(e.canonical))} `));
}

/** "Ashoka Chakra" in the headline, "Ashok Chakra" in the body: Indian names are written with
 *  and without a word's final "a"; the headline is read without them as well (once per article). */
const HEADLINE_WITHOUT_FINAL_A = new WeakMap<ArticleContext, string>();
function withoutFinalA(ctx: ArticleContext): string {
  let key = HEADLINE_WITHOUT_FINAL_A.get(ctx);
  if (key === undefined) HEADLINE_WITHOUT_FINAL_A.set(ctx, (key = ` ${finalAless(ctx.headlineKey.trim())} `));
  return key;
}
const finalAless = (key: string) => key.replace(/\b([a-z]{4,})a\b/g, '$1');

export function isNamed(e: Entity): boolean {
  return e.cls === 'person' || e.cls === 'place' || e.cls === 'organisation' || e.cls === 'term';
}

/** How many sentences back a "he"/"she" may find its person: further than that, guessing is wrong too often. */
export const PRONOUN_REACH = 2;
/** How many sentences a run of "He …", "… by him …" sentences may carry one subject on. */
const CHAIN_REACH = 6;

/**
 * How far back an antecedent is looked for at most: further than any news article's reference
 * reaches, and a bound on the search in a very long input (issue 18: each search read the
 * whole timeline, quadratic in the article's length).
 */
const MAX_SENTENCES_BACK = 200;

/** The nearest entity before (or in) a sentence that satisfies a test: an antecedent. */
export function lastEntityBefore(
  ctx: ArticleContext,
  sentence: Sentence,
  offset: number,
  test: (e: Entity) => boolean,
  maxSentencesBack = MAX_SENTENCES_BACK,
): Entity | null {
  const reach = Math.min(maxSentencesBack, MAX_SENTENCES_BACK);
  for (let i = timelineAfter(ctx, sentence.index) - 1; i >= 0; i--) {
    const { sentence: si, entity } = ctx.timeline[i];
    if (sentence.index - si > reach) return null;
    if (si === sentence.index && entity.start >= offset) continue;
    if (test(entity)) return entity;
  }
  return null;
}


/** Index of the first timeline entry after sentence `index` (the timeline is in reading order). */
export function timelineAfter(ctx: ArticleContext, index: number): number {
  let lo = 0;
  let hi = ctx.timeline.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ctx.timeline[mid].sentence <= index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SENTENCE_OF = new WeakMap<ArticleContext, Map<Entity, Sentence>>();

/** The sentence an entity of the article is in (a map made once per article, not a search). */
export function sentenceOfEntity(ctx: ArticleContext, e: Entity): Sentence | undefined {
  let map = SENTENCE_OF.get(ctx);
  if (!map) {
    map = new Map();
    for (const s of ctx.analyzed.sentences) for (const x of s.entities) if (!map.has(x)) map.set(x, s);
    SENTENCE_OF.set(ctx, map);
  }
  return map.get(e);
}

const isPerson = (e: Entity) => e.cls === 'person';

/** A sentence opening on a bare surname that two people of the article bear. */
function opensOnSharedSurname(ctx: ArticleContext, s: Sentence): boolean {
  const word = /^(\p{Lu}\p{Ll}+)\b(?!\s+\p{Lu})/u.exec(s.text)?.[1];
  if (!word || s.entities.some((e) => e.start === 0 && isPerson(e))) return false;
  const bearers = new Set(ctx.timeline.filter(({ entity }) => isPerson(entity) && entity.canonical.endsWith(` ${word}`)).map(({ entity }) => entity.canonical));
  return bearers.size >= 2;
}
/** Before a pronoun that opens its sentence: nothing, or an opening phrase and its comma
 *  ("Before that, he served …", "In 2017, she …"). */
const CLAUSE_OPENING = /^(?:[^,;:“”"]{0,40},\s*)?$/;
/** "Born in Jalandhar in Punjab, ", "After the verdict, ": a phrase that opens a sentence
 *  before its subject (no clause of its own: no verb of saying, no quote). */
// ("With her acting prowess, Waheeda Rehman went on to win …", "Over the years, …": so do "With",
// "Over", "Through", "Throughout", "Despite", "Under", "Along with".)
// ("A practising advocate before his elevation …, Justice Lalit had said …", "The daughter of a
// schoolteacher, Rao trained …": an appositive of who they are, set before the name, is one too.)
// ("Having been appointed the 45th Governor, Mr. Bagde has replaced …", "Speaking to reporters, Rao
// thanked …": a participle phrase too.)
const OPENING_PHRASE = /^(?:(?:Born|Raised|Educated|Trained|Appointed|Elected|After|Before|Earlier|Later|Since|During|In|On|At|From|Following|Besides|Apart from|With|Over|Through|Throughout|Despite|Under|Along with|As|\p{Lu}\p{Ll}{2,}ing)\b|(?:An?|The)\s+\p{Ll})[^,;:“”"]{0,80},\s*(?:[^,;:“”"]{1,40},\s*){0,2}/u;
/** Before a person who is the subject of the sentence: nothing, or title words only
 *  ("Justice", "Prime Minister", "Mr.", "Chief Justice of India"). */
const TITLE_ONLY = /^(?:(?:[\p{Lu}][\p{L}.’'-]*|of|the)\s+){0,5}$/u;
/** "India's top female boxer ": an owner and a trade described before the name, the sentence's
 *  subject all the same. ("Para Asian Games gold medallist Deepthi smashed …": a title won, named
 *  before the trade, too.) */
const DESCRIBED_TRADE = /^(?:\p{Lu}[\p{L}-]*['’]s\s+|(?:\p{Lu}[\p{L}-]*\s+){1,4})?(?:[\p{Ll}-]+\s+){0,3}(?:boxer|wrestler|shooter|athlete|player|cricketer|batter|bowler|archer|swimmer|sprinter|weightlifter|grandmaster|shuttler|golfer|footballer|captain|actor|actress|singer|writer|author|scientist|economist|leader|politician|filmmaker|director|medallist|medalist|champion)\s+$/u;
/** "It said ", "The statement added that ": a report's frame before the clause it reports, whose
 *  subject is the sentence's. */
const REPORT_FRAME = /^(?:It|They|(?:The|A|His|Her|Their)\s+(?:statement|family|release|report|ministry|government|note|obituary|official|officials)|Officials|Sources|Police)\s+(?:said|says|added|noted|stated|recalled|informed)\s+(?:that\s+)?/;
// ("Born on July 19, 1938, he spent …": an opening phrase of up to two commas, a date's among them.)
const OPENING_PRONOUN = /^(?:[^,;:“”"]{0,40},\s*){0,2}(?:He|She|he|she)\s/;

/** A telling verb right after its teller, past an aside: " said", ", the SP, told". */
/** "under President ", "by ": a preposition, and a title at most, right before a name. */
const PREPOSITION_BEFORE = /\b(?:under|by|of|with|from|for|against|to|on|at|in|about|over|after|before)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;
const TELLS_AFTER = /^(?:\s*,[^,;]{1,80},)?\s+(?:also\s+)?(?:said|says|told|informed|stated|confirmed)\b/;

/** "Like ", "Unlike ", "Apart from ": a preposition of comparison opening the sentence. */
const LIKENED = /^(?:Like|Unlike|Besides|Apart\s+from|Along\s+with|As\s+with|Alongside)\s/;

/** The person a sentence is about when a person opens it as its subject; null otherwise. */
function subjectPerson(s: Sentence): Entity | null {
  // ("Indian Grandmaster D Gukesh scripted history …": a demonym in the title is no subject.)
  const first = s.entities.find((e) => isNamed(e) && isPerson(e));
  // ("Born in Jalandhar in Punjab, Mehra studied …": an opening phrase and its comma before them;
  // "Born on June 25, 1951, in Bombay (now Mumbai), Satish Shah belonged …": its few commas.)
  // ("It said Srinivasan joined the DAE …": so after a report's frame.)
  // ("Former West Bengal Chief Minister, Buddhadeb Bhattacharjee, who …, died …": and after title
  // words set off by a comma.)
  const before = s.text.slice(0, first?.start ?? 0).replace(REPORT_FRAME, '');
  // ("Like Navy Chief Adm Dinesh K. Tripathi, he is also an alumnus …": one the sentence likens its
  // subject to is not its subject.)
  if (LIKENED.test(before)) return null;
  if (!first || !(TITLE_ONLY.test(before) || TITLE_ONLY.test(before.replace(/,\s*$/, ' ')) || DESCRIBED_TRADE.test(before) || (OPENING_PHRASE.test(before) && TITLE_ONLY.test(before.replace(OPENING_PHRASE, ''))))) return null;
  // "Modi's government …" is about the government.
  return /^['’]s?\s/.test(s.text.slice(first.end)) ? null : first;
}

/**
 * The person a "he"/"she" at `offset` points to. A pronoun that opens its sentence carries on
 * the subject of the sentence before (news keeps its subject: "Chandrachud succeeds Lalit, who
 * retired …. He will have a tenure …" is Chandrachud), through any run of such sentences.
 * Otherwise, or when the sentence before has no person as its subject, the nearest person
 * named before it.
 */
export function pronounPerson(ctx: ArticleContext, sentence: Sentence, offset: number): Entity | null {
  const pronoun = /^\w+/.exec(sentence.text.slice(offset))?.[0] ?? '';
  // "She" never points at a man the article calls "Mr" or names "Ahmed", nor "he" at a woman.
  // ("He said Mr Kishida formally invited Mr Modi …": nor at someone its own clause names after it;
  // "He traveled to meet Devocht, who had told Montalvo …" names him in another clause.)
  const clauseEnd = offset + (/[,;:]/.exec(sentence.text.slice(offset))?.index ?? sentence.text.length);
  const namedAfter = (e: Entity) => sentence.entities.some((o) => o.start > offset && o.start < clauseEnd && o.cls === 'person' && o.canonical === e.canonical);
  // ("debut with Dev Anand-starrer CID": a name made an adjective by its hyphen is no one the story follows.)
  const fits = (e: Entity) => isPerson(e) && pronounFits(pronoun, e, ctx) && !namesSomethingElse(ctx, e) && !namedAfter(e) && !madeAdjective(ctx, e);
  // ("He later studied at Cambridge University, where he was awarded the Tyson Medal": a "he" later
  // in a sentence the same pronoun opens, no one named between them, is the one that opens it.)
  if (offset > 0 && sentence.text.slice(0, pronoun.length + 1).toLowerCase() === `${pronoun.toLowerCase()} ` && !sentence.entities.some((e) => isPerson(e) && e.start < offset)) return pronounPerson(ctx, sentence, 0);
  // ("“We hold … as valid,” the CJI noted. He added that …": the one who goes on speaking is the
  // teller of the quotation before, named there or by no one the key can give.)
  if (offset === 0 && SPEECH_GOES_ON.test(sentence.text)) {
    const before = ctx.analyzed.sentences[sentence.index - 1];
    if (before && quotedSpans(before.text).length) {
      const outside = before.entities.filter((e) => fits(e) && !quotedSpans(before.text).some(([a, b]) => e.start >= a && e.end <= b));
      const tellers = new Set(outside.map((e) => e.canonical)).size;
      if (tellers === 1) return outside[0];
      // (Told by a "he" there too, the speaker carries on from further back: the usual chain.)
      if (tellers > 1 || !/\b(?:he|she)\b/i.test(withoutQuotes(before.text))) return null;
    }
  }
  if (CLAUSE_OPENING.test(sentence.text.slice(0, offset))) {
    // (Each step back is a sentence that carries the subject on, so a run may be longer than
    // the reach of a guess.)
    let k = sentence.index - 1;
    let quoted = 0;
    for (; k >= 0 && sentence.index - k <= CHAIN_REACH; k--) {
      const before = ctx.analyzed.sentences[k];
      // ("“… a warm send-off to President Murmu,” spokesperson Randhir Jaiswal said. She was
      // conferred …": a quotation and its teller stand aside; the story's subject carries on.)
      // ("President Ram Nath Kovind condoled the demise of … Rahul Bajaj. … He is survived by …":
      // the one whose death is mourned is the story's subject, not the mourner, the teller of a
      // quotation mourning them included.)
      const mourned = mournedPerson(before);
      if (mourned && fits(mourned)) return mourned;
      if (QUOTED_OPENING.test(before.text) || TOLD_AFTER_QUOTE.test(before.text) || TOLD_BEFORE_QUOTE.test(before.text)) {
        quoted++;
        continue;
      }
      const subject = subjectPerson(before);
      // ("SP Ajay Pandey said the accused, G. Ranganathan, was taken into custody …. He has been
      // booked for culpable homicide …": after one who only tells, the "he" is the one their words
      // are about, named after the telling verb; with two such, no one the key can give.)
      if (subject && fits(subject) && !SPEECH_GOES_ON.test(sentence.text) && TELLS_AFTER.test(before.text.slice(subject.end))) {
        // (Not one a preposition brings in: "… said the impact of US tariffs under President Trump
        // has been smaller …" tells of the tariffs, not of Trump.)
        const told = new Map(before.entities.filter((e) => fits(e) && e.start > subject.end && e.canonical !== subject.canonical && !PREPOSITION_BEFORE.test(before.text.slice(Math.max(0, e.start - 40), e.start))).map((e) => [e.canonical, e]));
        if (told.size === 1) return [...told.values()][0];
        if (told.size > 1) return null;
      }
      if (subject && fits(subject)) return subject;
      if (subject) break;
      // ("Yadav, who was a socialist leader, founded … He was the chief minister …", in a story of
      // two Yadavs: the subject is a surname the text does not settle, and so is the "he".)
      if (opensOnSharedSurname(ctx, before)) return null;
      // ("The Bangladeshi prime minister arrived at New Delhi … She attended …": a person the
      // sentence before calls by a description alone is the "she", whoever was named earlier.)
      if (opensOnDescribedPerson(before.text)) return null;
      // ("Ebden, 36, has now won two major men's doubles titles … He is the 28th Australian man …":
      // a sentence opening on a lone name the analyser could not make a person's is the "he";
      // who it is, the key cannot give.)
      if (opensOnUnknownName(before)) return null;
      // Opened by a pronoun itself, or speaking of the same person as "him"/"his" ("A bench
      // presided over by him gave bail to Arvind Kejriwal. He was also part of …" is still the
      // judge): it has the same subject; look one further back.
      // ("More than a dozen Cabinet Ministers of the Government of Guyana were also present at the
      // ceremony. On his arrival at the hotel, he …": a sentence that names no one at all carries
      // the subject on past it, as a "he" would.)
      if (!OPENING_PRONOUN.test(before.text) && !samePronounIn(before.text, pronoun) && before.entities.some((e) => isPerson(e))) break;
    }
    // (A run longer than the reach, unbroken: whoever it carries on from is out of sight, and the
    // nearest name, in a list of "He went on to work with …, BR Chopra and Ramanand Sagar", is
    // not them.)
    if (k >= 0 && sentence.index - k > CHAIN_REACH) return null;
    // (A run that carries on back to the article's first sentence, with no subject found in it,
    // carries on from that sentence: the nearest name, a wife in "… he is survived by his wife
    // Mira", is one the run only mentions.)
    // (Past a quotation and its teller, the teller is still the nearest: "“…,” ISRO Chairman S
    // Somanath said. He said the launch parameters …".)
    if (k < 0 && sentence.index > 1 && quoted === 0) k = 0;
    // ("Born …, Savarkar had 20 siblings. He was the youngest. … He acted in films with stars like
    // Ajay Devgn and John Abraham. He has …": past a run of "He …" sentences, the "he" is the one
    // the sentence that opened the run names, never a name inside the run.)
    // ("The new species is also called Rashid’s dwarf gecko …. “It is …,” said Mr. Sayyed. He has
    // been working on geckos …": past a quotation and its teller, who the "he" is the text leaves open.)
    if (k >= 0 && k < sentence.index - 1 && quoted > 0) return null;
    if (k >= 0 && k < sentence.index - 1) {
      const opener = ctx.analyzed.sentences[k];
      // ("… the Dwarkadhish temple dedicated to Lord Krishna. … After that, he will travel …": one
      // a preposition brings in is what the sentence is about, not who the story follows.)
      // (Nor one name of a list there: "… include Asha Parekh, Chiranjeevi, …, Prosenjit Chatterjee
      // and Shekhar Kapur" names no one the "she" carries on.)
      const found = [...opener.entities].reverse().find((e) => fits(e) && !broughtIn(ctx, e, sentence)) ?? null;
      return found && inListOfPeople(opener, found) ? null : found;
    }
  }
  // ("… posted wins over Victor Mikhalevski (in round 8), …, Semen Mutusov (round 2) and Mathias
  // Unneland (round 1). He drew his other three games.": the last of a list of people is no more
  // the "he" than the first; the key cannot guess.)
  // ("Chakraborty started his career with the film “Mrigayaa”, directed by Mrinal Sen, for which
  // he won …": the one a passive's "by" names is aside; the sentence's subject carries on.)
  const subject = subjectPerson(sentence);
  if (subject && subject.end <= offset && fits(subject)) {
    const between = sentence.entities.filter((e) => e.start > subject.end && e.end <= offset && e.canonical !== subject.canonical && fits(e));
    if (between.length && between.every((e) => AGENT_BY.test(sentence.text.slice(Math.max(0, e.start - 30), e.start)))) return subject;
  }
  const nearest = lastEntityBefore(ctx, sentence, offset, (e) => fits(e) && !broughtIn(ctx, e, sentence), PRONOUN_REACH);
  return nearest && listedAfterOthers(ctx, nearest) ? null : nearest;
}

/** A person a sentence before the pronoun's brought in by a preposition: "… the temple dedicated
 *  to Lord Krishna. … After that, he will travel to Rajkot" is the Prime Minister. ("administered
 *  the oath of office to Justice Kant. He …" under "Justice Surya Kant sworn in": the one the
 *  headline names is the story's, however the sentence brought them in.) */
function broughtIn(ctx: ArticleContext, e: Entity, sentence: Sentence): boolean {
  const own = sentenceOfEntity(ctx, e);
  // ("… started at 11:00 am with CM Rekha Sharma being the first to swear-in": one a "with … being"
  // makes the subject of what follows is who the story goes on with.)
  // ("Ever since Prime Minister Narendra Modi took over in 2014, efforts have been made …": the
  // subject of a clause that only dates the sentence is no one the story goes on with either.)
  const before = own ? own.text.slice(Math.max(0, e.start - 40), e.start) : '';
  return !!own && own !== sentence && (AFTER_PREPOSITION.test(before) || TIME_CLAUSE_BEFORE.test(before)) && !/^\s+(?:being|having)\b/.test(own.text.slice(e.end)) && !namedInHeadline(e, ctx);
}

/** "Ever since Prime Minister ", "after ": a clause of time opening before a name. */
const TIME_CLAUSE_BEFORE = /\b(?:since|after|before|when|until|till|once)\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;

/** "dedicated to Lord ", "with ", "working alongside Dr ": a preposition that brings in what a sentence is about or whom one acts with, and a title, right before a name ("the election of X" is of its subject). */
const AFTER_PREPOSITION = /\b(?:to|with|about|towards|against|like|alongside)\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;

/** "directed by ", "written by ", "led by ": a passive participle's agent follows. */
const AGENT_BY = /\b\p{Ll}+(?:ed|en|wn|ng)\s+by\s+$/u;

/** Whether a person closes or continues a list of three or more people ("A, B and C"). */
function listedAfterOthers(ctx: ArticleContext, e: Entity): boolean {
  const s = sentenceOfEntity(ctx, e);
  if (!s) return false;
  const people = s.entities.filter((o) => isPerson(o));
  if (people.length < 3) return false;
  const before = people.filter((o) => o.end <= e.start);
  const last = before[before.length - 1];
  return !!last && /^(?:\s*\([^()]{0,30}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(s.text.slice(last.end, e.start));
}

/** Whether a name is glued by a hyphen to the word after it ("Dev Anand-starrer", "Modi-led"), or
 *  stands inside a noun phrase before its noun ("Netflix's 2021 Satyajit Ray anthology", "the Modi
 *  government"): a modifier, no one the story follows. */
function madeAdjective(ctx: ArticleContext, e: Entity): boolean {
  const s = sentenceOfEntity(ctx, e);
  if (/-\p{Ll}+$/u.test(e.text) || (!!s && /^-\p{Ll}/u.test(s.text.slice(e.end, e.end + 2)))) return true;
  if (!s) return false;
  const after = s.tokens.find((t) => t.start >= e.end);
  const before = s.tokens.filter((t) => t.end <= e.start).pop();
  return !!after && !!before && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text) && /^\s*$/.test(s.text.slice(e.end, after.start)) && NOUN_PHRASE_BEFORE.has(before.pos);
}
/** Tags of a word that opens or runs on a noun phrase: "the", "Netflix's", "2021", "late". */
const NOUN_PHRASE_BEFORE: ReadonlySet<string> = new Set(['DET', 'PART', 'NUM', 'ADJ']);

/** "The Bangladeshi prime minister arrived …", "The veteran actor has done …": a sentence whose
 *  subject is a person called by what they are, with no name. */
// ("The actor made her Hindi cinema debut …": an irregular past too.)
// ("During the visit, the External Affairs Minister will call on President … Solih …. He will also
// call on Speaker …": after an opening phrase too; the "he" is the minister, never Solih.)
// ("In the fourth over of the chase, the southpaw from Bihar took down …": a home after the noun.)
const DESCRIBED_SUBJECT = /^(?:(?:During|After|Before|On|In|At|Earlier|Later|Meanwhile)\b[^,;:“”"]{0,60},\s+)?[Tt]he\s+(?:[\p{L}'’-]+\s+){0,3}?([\p{L}-]+)(?:\s+from\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\s+(?:has|have|had|was|is|were|will|would|also|then|later|made|won|got|took|gave|became|began|went|did|wrote|sang|led|[\p{Ll}]+ed)\b/u;
function opensOnDescribedPerson(text: string): boolean {
  const noun = DESCRIBED_SUBJECT.exec(text)?.[1]?.toLowerCase();
  return !!noun && (PERSON_NOUNS.has(noun) || isTitleWord(noun));
}

/** Whether a person stands in a list of three or more people of their sentence ("A, B and C"). */
function inListOfPeople(s: Sentence, e: Entity): boolean {
  const people = s.entities.filter((x) => x.cls === 'person');
  if (people.length < 3) return false;
  const i = people.indexOf(e);
  const joined = (a: Entity, b: Entity) => /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(s.text.slice(a.end, b.start));
  return (i > 0 && joined(people[i - 1], e)) || (i >= 0 && i < people.length - 1 && joined(e, people[i + 1]));
}

/** "condoled the demise of … Rahul Bajaj", "mourned the death of X": the person whose death a
 *  sentence of condolence names. */
const DEATH_OF = /\b(?:demise|death|passing|passing\s+away|loss)\s+of\s+/g;
function mournedPerson(s: Sentence): Entity | null {
  for (const m of s.text.matchAll(DEATH_OF)) {
    const from = m.index! + m[0].length;
    // (The name within a few words of "of": "the demise of Padma Bhushan-awardee industrialist Rahul Bajaj".)
    const e = s.entities.find((x) => x.cls === 'person' && x.start >= from && x.start - from <= 60);
    if (e) return e;
  }
  return null;
}

/** "Ebden, 36, has …", "Bopanna won …": a capitalised word opening the sentence as its subject
 *  (an age or a verb after it) that names no place, body or date the analyser knows. */
const LONE_NAME_SUBJECT = /^(\p{Lu}\p{Ll}+)(?:,\s+\d{1,3},|\s+(?:has|had|is|was|also|then|later|won|beat|lost|said|became|\p{Ll}+ed)\b)/u;
function opensOnUnknownName(s: Sentence): boolean {
  const m = LONE_NAME_SUBJECT.exec(s.text);
  if (!m || /^(?:The|This|That|These|Those|It|Its|He|She|They|We|I|His|Her|Their|There|Here|Earlier|Later|Meanwhile|However|Also|Then)$/.test(m[1])) return false;
  return !s.entities.some((e) => e.start === 0 && e.cls !== 'term');
}

/** A sentence that opens on a quotation: its teller is no subject of the story's narrative. */
const QUOTED_OPENING = /^["“]/;
/** "He added", "She further said": the speaker of the sentence before goes on. */
// ("However, he cautioned that …": after an opening adverb, and a warning goes on speaking too.)
const SPEECH_GOES_ON = /^(?:(?:However|But|Also|Further|Moreover|Meanwhile|Still|Yet),\s+)?(?:He|he|She|she)\s+(?:also\s+|further\s+|then\s+|later\s+|however\s+)?(?:added|adds|said|says|noted|stated|remarked|observed|continued|explained|asserted|emphasi[sz]ed|stressed|underlined|pointed out|cautioned|warned|argued|maintained|insisted)\b/;
/** "…,” spokesperson Randhir Jaiswal said in a post on X.": the end of a quotation and its teller. */
const TOLD_AFTER_QUOTE = /[”"],?\s+(?:[\p{L}.'’-]+\s+){0,8}(?:said|says|added|wrote|posted|tweeted|stated)\b[^”"]*$/u;

/** "Taran Adarsh tweeted, “Saddened to hear about the demise of …”": a teller, then the quotation. */
const TOLD_BEFORE_QUOTE = /^(?:[\p{L}.'’-]+\s+){1,8}(?:said|says|tweeted|wrote|posted|added|stated)(?:,\s*|:\s*|\s+)[“"]/u;

/** A "him", "his" (for "he") or "her" (for "she") in a sentence without a person as its subject. */
function samePronounIn(text: string, pronoun: string): boolean {
  // ("His father was MK Sambasivan, a doctor, and mother Parvathi Thangammal. He did …": an
  // opening "His" too.)
  return /^[Hh]e$/.test(pronoun) ? /\b(?:[Hh]im|[Hh]is|he)\b/.test(text) : /^[Ss]he$/.test(pronoun) && /\b(?:[Hh]er|she)\b/.test(text);
}

/**
 * The person an object "him"/"her" at `offset` points to: "President Murmu administered the oath
 * to him" is never Murmu (that would be "herself"), but the subject the story carries on from
 * the sentences before; null when they name no one, or someone this sentence names.
 */
export function objectPronounPerson(ctx: ArticleContext, sentence: Sentence, offset: number): Entity | null {
  const pronoun = /^\w+/.exec(sentence.text.slice(offset))?.[0].toLowerCase() === 'her' ? 'she' : 'he';
  for (let k = sentence.index - 1; k >= 0 && sentence.index - k <= PRONOUN_REACH; k--) {
    const before = ctx.analyzed.sentences[k];
    const subject = subjectPerson(before);
    if (subject) {
      const named = sentence.entities.some((e) => isPerson(e) && e.canonical === subject.canonical);
      return !named && pronounFits(pronoun, subject, ctx) ? subject : null;
    }
    if (!OPENING_PRONOUN.test(before.text)) return null;
  }
  return null;
}

/** "the Narendra Modi government", "the Manmohan Singh-led UPA": a person's name used to name
 *  something else (or signing a quote) is no one a "he" can stand for. */
function namesSomethingElse(ctx: ArticleContext, e: Entity): boolean {
  const text = sentenceOfEntity(ctx, e)?.text ?? '';
  return (
    /^(?:-led|-era)|^\s+(?:government|administration|cabinet|regime|era|ministry)\b/i.test(text.slice(e.end)) ||
    /\bthe\s+$/i.test(text.slice(0, e.start)) ||
    signsQuote(text, e)
  );
}

/** "… to Him we return. – Faisal Farooqui\"": the name signing a quoted statement is its
 *  byline, not someone the story goes on about (the "He is survived by …" after it is still the
 *  man who died). */
function signsQuote(text: string, e: Entity): boolean {
  return /[\u2013\u2014-]\s*$/.test(text.slice(0, e.start)) && /^[\s"\u201d.]*$/.test(text.slice(e.end));
}

/** Where a sentence's subject starts: past who says it ("According to the IMD, Cyclone Titli made
 *  landfall …") or a participle's phrase set before it ("Hosted by President Joe Biden, the Quad
 *  Leaders’ Summit took place …"). */
const BEFORE_SUBJECT = /^(?:According to|\p{Lu}\p{Ll}+(?:ed|en|wn)\s+(?:by|in|at|on|from|under))\s[^,]{2,80},\s+/u;
function subjectFrom(text: string): number {
  return BEFORE_SUBJECT.exec(text)?.[0].length ?? 0;
}

/** The name a sentence opens with, "The" or not ("The Maldives, an archipelago …"): what an
 *  "it" or "its" in the next sentence may stand for. */
export function openingName(s: Sentence | undefined): Entity | null {
  if (!s) return null;
  const from = subjectFrom(s.text);
  const first = s.entities.find((e) => e.start >= from && isNamed(e));
  return first && /^(?:the\s+)?$/i.test(s.text.slice(from, first.start)) ? first : null;
}

/** "The top court", "The bench": a court the story names, opening a sentence by its standing. */
const COURT_OPENING = /^The (?:top|apex) court\b|^The [Bb]ench\b/;
/** How many sentences of "It …" one subject may be carried on through. */
const MAX_IT_CHAIN = 3;
/** How many sentences of quotation an "It" may look back past. */
const MAX_QUOTED_SKIPPED = 2;

/** "It is likely that …", "It was not clear …": an "it" that stands for nothing. */
const EMPTY_IT = /^It\s+(?:(?:is|was|has been|had been|will be|would be|remains|remained)\s+(?:not\s+)?(?:unclear|clear|likely|unlikely|possible|impossible|expected|reported|believed|thought|feared|understood|estimated|known|important|necessary|time|hard|difficult|easy|said|true)\b|seems|seemed|appears|appeared|emerged|takes|took)/;

/**
 * What a sentence-opening "It" stands for: the place, body or thing the sentence before opens
 * with as its subject ("The Kaziranga National Park, located in Assam, is home to …. It was
 * declared a World Heritage Site in 1985."), as that sentence words it ("The Kaziranga National
 * Park"), with that name's entity. Null for an empty "it" ("It is likely that …") or when the
 * sentence before opens with something else, or with two names ("India and the Maldives …").
 */
export function itReferent(ctx: ArticleContext, sentence: Sentence, depth = 0): { phrase: string; entity?: Entity } | null {
  if (!/^It\s/.test(sentence.text) || EMPTY_IT.test(sentence.text)) return null;
  // (Past a quotation the subject said: "It also stayed …. “We have held …,” the CJI said. It
  // directed …".)
  let at = sentence.index - 1;
  for (let skipped = 0; skipped < MAX_QUOTED_SKIPPED && at > 0 && /[“”"]/.test(ctx.analyzed.sentences[at].text); skipped++) at--;
  const before = ctx.analyzed.sentences[at];
  if (!before) return null;
  // ("The top court, however, stayed …. It also stayed …": a court called by its standing.)
  const court = COURT_OPENING.exec(before.text);
  if (court) return { phrase: court[0] };
  // ("It also stayed …. It directed …": the "it" of the sentence before, told on.)
  if (depth < MAX_IT_CHAIN && /^It\s/.test(before.text)) return itReferent(ctx, before, depth + 1);
  const first = openingName(before);
  if (!first || first.cls === 'person') return null;
  const next = before.text.slice(first.end);
  if (/^\s+(?:and|or)\s|^['’]s?\s/.test(next)) return null;
  // "PSLV-C53 is the second mission of NewSpace India Limited (NSIL). It had launched …":
  // after a sentence that defines its opening name by another body, "It" may be either.
  // ("The Centre issued a fresh draft notification to declare … an Ecologically Sensitive Area. It
  // includes 13 villages …": what "it" takes in is the thing the body made, not the body.)
  if (first.cls === 'organisation' && /^It\s+(?:also\s+)?(?:includes|included|covers|covered|comprises|comprised|contains|contained|spans|spanned|consists)\b/.test(sentence.text)) return null;
  // ("… India's population are now covered …. It is an unprecedented 45 percentage point surge":
  // a rise the sentence before told, never the body that counted it.)
  if (/^It\s+(?:is|was|marks|marked)\s+an?\s+(?:[\w.-]+\s+){0,4}(?:surge|rise|jump|increase|growth|decline|drop|fall|improvement|leap|spike|dip)\b/.test(sentence.text)) return null;
  const defined = /^\s+(?:is|was|are|were|has been|had been)\s+(?:the|a|an|one)\b/.test(next);
  if (defined && before.entities.some((e) => e.start > first.end && (e.cls === 'organisation' || e.cls === 'term'))) return null;
  // ("The AUSTRAHIND exercise was instituted in 2022 …. It is planned to be …": the name with
  // its kind word after it, as the sentence called it.)
  const kind = /^\s+([a-z]+)\b/.exec(next);
  return { phrase: before.text.slice(subjectFrom(before.text), first.end + (kind && KIND_NOUNS.has(kind[1]) ? kind[0].length : 0)), entity: first };
}
