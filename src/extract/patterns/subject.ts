import { SPELLS_OUT_PREDICATE } from '../spells-out.js';
import type { Entity, Sentence } from '../../types.js';
import { CEREMONY } from '../telling.js';
import { answerTypeOf, whWord } from '../answer-type.js';
import { PRAISE } from '../praise.js';
import { GRADED_SHOWING } from '../../util/hedged-judgement.js';
import type { FactDraft } from '../draft.js';
import { definePattern, opensInAnotherTime, type FindDrafts } from '../pattern.js';
import { ATTRIBUTION_TAIL, BARE_PASSIVE, tidyClause, wordCount } from '../text-utils.js';
import { homeInPassing, isDatelineCountry, isHomeCountry } from '../setting-country.js';
import { PORTFOLIO_DEPARTMENT } from '../portfolio-department.js';
import { isBareBodyName, organisationKind } from '../../lexicon/index.js';
import { normalizeKey } from '../../util/ids.js';
import { namedInHeadline, type ArticleContext } from '../article-context.js';
import { articleIndex } from './rank.js';
import { scopesNamed, statesNamed } from './seats.js';
import { baseOfPast } from '../verb-forms.js';

/** "… said …", "… announced the signing of the MoUs": who told the news, not the news. */
/** "tweeted on Tuesday", "posted on X late on Monday": the telling, with its time and place only. */
/** What a government does, which a capital named as its subject stands for it in. */
const STATE_ACT = /^(?:will\s+|would\s+|has\s+|have\s+|had\s+|is\s+|was\s+)?(?:also\s+)?(?:purchas|buy|bought|sign|acquir|procur|decid|sa(?:y|id)|announc|reject|accept|allow|ask|urg|want|hop|plan|expect|oppos|support|condemn|welcom|protest|warn|deni|deny|agree|demand|insist|claim)\w*\b/;
const POSTED_ONLY = /^(?:also\s+|later\s+)?(?:tweeted|posted|wrote|shared|announced|said)(?:\s+(?:on|in|at|via|late|early|this|last|from)\b[^,;]{0,40})?$/;
// ("Who credited effective cyclone management to …?": whom someone thanked for what is their view.)
// ("Who stressed that the Waqf (Amendment) Bill, 2025?": what someone stressed, argued or asserted is a claim told, no fact of who.)
// ("Which organisation confirmed that under the agreement, KABIL is granted …?": so is who
// confirmed or announced that something is so, or described it "as" words in quotes.)
// ("Who has also shared … Bhupendra Yadav's announcement of the two new Ramsar sites?": passing on
// another's post tells the news again.)
const SAY_VERB = /^(?:also\s+)?(said|says|told|tells|added|adds|stated|noted|warned|credited|attributed|thanked|praised|lauded|hailed|blamed|stressed|emphasi[sz]ed|highlighted|recalled|asserted|argued|claimed|insisted|reiterated|underlined|maintained|remarked|observed|pointed out|clarified|alleged|outlined|explained|informed|mentioned|revealed|opined|noted)\b|^(?:also\s+)?(?:announced|confirmed|reported|disclosed)\s+(?:(?:the\s+)?(?:signing|details|news|results?|death|names?)\s+of|that)\b|^(?:also\s+)?(?:described|termed|called)\s+(?:(?!as\s)[^\s.;]+\s+){1,12}as\s+["“‘']|^(?:(?:has|have|had)\s+)?(?:also\s+)?(?:shared|reposted|retweeted|re-?shared)\b|^(?:also\s+)?(?:tweeted|posted|wrote)(?:[,:]\s*|\s+)[“"]/;

const ELLIPTICAL_VERB = /^(?:did|does|do|could|would|will|can)(?:\s*,|\s+(?:so|too|though|not|as\s+well)\b|\s*$)/;
const PERSONAL_LOSS = /^(?:has\s+|had\s+)?(?:lost|mourns|mourned|buried|cremated)\s+(?:both\s+)?(?:his|her|their)\s+(?:[\p{Ll}-]+\s+)?(?:father|mother|son|daughter|sons|daughters|children|husband|wife|brother|sister|parents|uncle|aunt|family|relatives|grandson|granddaughter)\b/u;
/** "had recently undergone hip surgery", "was admitted to a hospital", "is on a ventilator": care
 *  of someone's health, a detail of the story (an obituary's last days), never its news. */
const MEDICAL_CARE = /^(?:(?:has|have|had)\s+(?:been\s+)?|(?:is|was|were)\s+)?(?:(?:also|recently|earlier|reportedly)\s+)?(?:undergone|underwent|undergoing|admitted\s+to|hospitali[sz]ed|on\s+(?:a\s+)?(?:ventilator|life\s+support|dialysis)|under\s+treatment|receiving\s+treatment|treated\s+for|battling|suffering\s+from|ailing)\b/;
const OFF_PODIUM = /^(?:finished|came|ended|placed|was placed|were placed)\s+(?:a\s+)?(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+th)\b/;
/** "has been ranked number one", "is ranked 5th", "ranks first": a rank and nothing after it. */
const BARE_RANK = /^(?:(?:has|have|had)\s+been\s+|(?:is|was|were|are)\s+)?(?:ranked|ranks|placed)\s+(?:at\s+)?(?:(?:number|no\.?)\s+\w+|\w+)(?:\s+(?:position|place|spot))?$/i;
/** "has now become the first Indian feature film to …": a work of art the predicate says it is. */
// (Its head, with no preposition before it: "is a landmark in Gujarati historical novel writing" says
// what it is a landmark of, not that it is a novel.)
const WORK_KIND = /^(?:is|was|has\s+(?:now\s+)?become|became|had\s+become)\s+(?:a|an|the)\s+(?:(?!(?:in|of|for|on|at|to|by|from|with)\s)[\w-]+\s+){0,4}?(film|movie|song|album|book|novel|documentary|series|play|honour|honor|award|prize)\b(?!\s+(?:writing|writers?|industry|festival|awards?|prize|reading|publishing))/i;
const THING_KIND = /^(?:is|was|are|were)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?(?:missile|aircraft|rocket|satellite|vehicle|weapon|drone|helicopter|jet|tank|submarine|ship|vessel|gun|system|engine|launcher|torpedo|radar|tool|instrument|mechanism|facility|technique)s?\b/;

const MADE_BY = /^(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:composed|written|penned|directed|produced|sung|designed|built|developed|made|painted|authored|created|choreographed|edited|sculpted)\s+by\b/;

const SETTING_BODY = /^(?:the\s+)?(\p{Lu}[\p{L}-]*)\s+(?:army|team|government|navy|police|squad|side|contingent|delegation|administration|forces?|military|armed\s+forces)$/u;

/** "the Indian army" (or "military") in an Indian story, "the Haryana government" under a Haryana headline: the
 *  home country's or the headline's place by its body's common noun. */
function bodyOfSetting(answer: string, s: Sentence, ctx: ArticleContext): boolean {
  const place = SETTING_BODY.exec(answer)?.[1];
  if (!place) return false;
  const e = s.entities.find((x) => x.text === place && x.cls === 'place');
  return ctx.headlineKey.includes(` ${normalizeKey(place)} `) || (!!e && (isHomeCountry(e, ctx) || (e.canonical !== e.text && ctx.headlineKey.includes(` ${normalizeKey(e.canonical)} `))));
}

/** "'s ruling Congress party": a party a state's possessive owns, its kind word after it. */
const OWNED_PARTY = /^((?:’s|'s)\s+(?:ruling\s+|main\s+|principal\s+|opposition\s+)?)\p{Lu}[\p{L}()-]*(?:\s+\p{Lu}[\p{L}()-]*){0,4}(?:\s+party)?/u;
/** ", while the President of Sri Lanka sought …" (not ", while addressing …"); ", with Brazil’s
 *  Luiz da Silva finishing in third place …": another subject's doing, told beside. */
// ("… from 104 in 2022 to 115 in 2024, The Nagaon Wildlife Division maintained …": two sentences
// run together by a comma, the second opening on its capital; the question ends before it.)
const CONTRAST_CLAUSE = /(?:,\s(?:while|whereas)\s(?!\p{Ll}+ing\b)|\s(?:while|whereas)\s(?=\p{Lu})|,\swith\s\p{Lu}[^,;]{2,60}?\s\p{Ll}+ing\b|,\s(?:The|This|These|Those|It|He|She|They)\s(?=\p{Lu}|\p{Ll}+(?:ed|s)\b)).*$/su;

/** Whether the court is the one the headline names: the Supreme Court by any of its names, a High
 *  Court by its place ("Delhi HC"); another court is news of its own (the High Court whose verdict
 *  the Supreme Court's story tells). */
function headlineCourt(court: string, title: string): boolean {
  if (/\bSupreme Court$/.test(court)) return /\b(?:SC|Supreme Court|apex court|top court)\b/i.test(title);
  const place = /^(?:the\s+)?(\p{Lu}[\p{L}]+)(?:\s+\p{Lu}[\p{L}]+)?\s+High Court$/u.exec(court)?.[1];
  return !!place && new RegExp(`\\b${place}\\b[^,;:]{0,20}\\b(?:HC|High Court)\\b`).test(title);
}

/** "The Bench held …", "the Court said …": a body named by its common noun. */

/** "are at 53rd and 93rd", "is ranked 12th": a predicate that only gives a rank. */
const RANK_ONLY_PREDICATE = /^(?:is|are|was|were)\s+(?:now\s+)?(?:ranked\s+)?(?:at\s+)?(?:the\s+)?\d{1,3}(?:st|nd|rd|th)\b/;
const INDEX_WORD = /\b(?:Index|Report|Rankings?|Survey|index|report|rankings?|survey|list|table|standings)\b/;

/** "takes on …", "will face …", "meets … in the final": a match ahead. */
const MATCH_AHEAD = /^(?:(?:will|is set to|are set to|is scheduled to|are scheduled to)\s+)?(?:take|takes|face|faces|meet|meets|play|plays|lock horns|locks horns|square|squares)\s+(?:on|off\s+(?:against|with))?\b(?![^,;]*\b(?:won|beat|defeated|lost)\b)/;
/** Words that judge how someone did, not what they did. */
const EVALUATIVE = /^(?:formidable|outstanding|impressive|brilliant|superb|excellent|remarkable|exceptional|dominant|unstoppable|phenomenal|magnificent|splendid|instrumental|consistent|prolific|sensational|spectacular|solid|tremendous)$/i;

/**
 * A sentence whose subject is a name ("Microsoft announced …", "Russia and Japan have agreed …")
 * → the same sentence with the subject replaced by its question word: "Which two countries have
 * agreed …?". Subject questions need no inversion, so they stay grammatical on any article.
 */
/** Whether the article writes the name after a person's possessive ("Meghna Gulzar's Sam Bahadur"). */
function ownedByPerson(name: string, ctx: ArticleContext): boolean {
  const owns = (s: Sentence, e: Entity) => {
    const possessive = /^['’]s\s/.exec(s.text.slice(e.end));
    return !!possessive && s.text.startsWith(name, e.end + possessive[0].length);
  };
  return ctx.analyzed.sentences.some((s) => s.text.includes(name) && s.entities.some((e) => e.cls === 'person' && e.canonical !== name && owns(s, e)));
}

/** A predicate about an election, a win or a loss. */
const ELECTORAL = /\b(?:elections?|polls?|bypolls?|by-elections?|wrested|mandate|majority)\b/;

/** Whether the sentence names a party beside a body of no known kind ("Congress" alone). */
function rivalParty(s: Sentence, answer: Entity): boolean {
  return organisationKind(answer.canonical) === null && s.entities.some((o) => o !== answer && o.cls === 'organisation' && organisationKind(o.canonical) === 'party');
}

/** A predicate about seats or votes: what a party wins or loses. */
const SEATS = /\b(?:seats?|constituenc(?:y|ies)|votes)\b/;
/** ", BJP 25 while …": another subject's count with its verb left out, a clause the question cannot carry. */
const ELLIPTICAL_COUNT = /,\s+(?:the\s+)?\p{Lu}[\p{L}-]*\s+\d+\b/u;

/** "the plant species recently discovered …", "a date variety native to Kutch": an apposition whose
 *  head is a kind of living thing or of made thing, no person. */
const THING_DESCRIBED = /^(?:the|an?)\s+(?:[\p{Ll}-]+\s+){0,2}(?:species|variety|varieties|plant|tree|orchid|bird|frog|fish|insect|wasp|spider|snake|lizard|gecko|butterfly|moth|beetle|animal|breed|crop|fruit|dish|craft|dance|painting|textile|weave|saree)\b(?!['’])/u;

/** "was the world's second largest arms importer": a place among the world's. */
const WORLD_PLACE = /^(?:is|was|are|were|became|has\s+become|remains|remained)\s+(?:now\s+|still\s+)?the\s+world['’]s\s+(?:(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))[\s-]+)?(?:largest|biggest|highest|top|leading|fastest|most)\b/;

const find: FindDrafts<'subject'> = (s, ctx) => {
  if (PRAISE.test(s.text)) return [];
  const headed = headedSubject(s);
  // ("Which army has also been pressed into service …?" → the Indian army: a place's army, team
  // or government by its common noun is the story's setting, no name to learn.)
  if (headed) return bodyOfSetting(headed.answer, s, ctx) ? [] : [headed];
  const subject = leadingSubject(s);
  // ("Which country has signed eight MoUs with Mauritius …?" → India, in an Indian report.)
  if (!subject) return [];
  const home = subject.entities.length === 1 && (homeInPassing(subject.entities[0], s, ctx) || isHomeCountry(subject.entities[0], ctx) || isDatelineCountry(subject.entities[0], ctx));
  if (bodyOfSetting(subject.text, s, ctx)) return [];
  // ("Which court held that the day-to-day administration of Delhi lies with …?" under "SC holds
  // Delhi government has control …": the court the headline names is the story's setting; what it
  // held is the news.)
  if (headlineCourt(subject.text, ctx.analyzed.article.title)) return [];
  const described = subject.described;
  // ("Which university is at the fourth spot, while St Stephen's College has secured the fifth
  // position?": a contrasting clause with a subject of its own is another fact; the question ends before it.)
  // ("Which organisation is on alert and fishermen have been asked …?": a clause joined by "and"
  // with a subject of its own is another fact too.)
  const end = commonNounClause(s, subject.end) ?? s.text.length;
  // ("… was the world's largest importer of major arms during 2020-24, when its imports increased
  // nearly 100 times …": a clause of when or where after the predicate is detail the question can leave.)
  let predicate = tidyClause(s.text.slice(subject.end + (described?.length ?? 0), end).replace(ATTRIBUTION_TAIL, '').replace(CONTRAST_CLAUSE, '').replace(/,\s+(?:when|where)\s[^;]*$/, '').replace(/,([”"’']?)\s*$/, '$1'));
  // ("India was the world's second largest arms importer …": the home country's place in the
  // world is news of it; anything else it does is the story's setting.)
  // (Past a relative clause, only such a place: "Wayanad, which elected Rahul …, has been a safe
  // seat …" asked without its clause names no one seat.)
  if ((home || subject.relative) && !WORLD_PLACE.test(predicate)) return [];
  if (SAY_VERB.test(predicate) || wordCount(predicate) < 3 || wordCount(predicate) > 30) return [];
  // ("Last year, R Praggnanandhaa defeated the world No.1, also for the first time …": a deed an
  // opening sets in another time, asked without it, has another answer now.)
  if (opensInAnotherTime(s.text)) return [];
  // ("Who is here on a two-day visit at the invitation of Wong?": "here" is where the report was
  // filed, which a card read later cannot see.)
  if (/^(?:is|are|was|were|has been|have been)\s+here\b/.test(predicate)) return [];
  // ("Which organisation will be notified separately?": a passive verb and an adverb say nothing.)
  if (BARE_PASSIVE.test(predicate)) return [];
  // ("Which country has been ranked number one?": a rank with nothing to say in what; the rank
  // pattern asks it with its index.)
  if (BARE_RANK.test(predicate)) return [];
  // ("Who is likely to camp in Morbi till the rescue operations are over?": what someone may do is
  // no fact.)
  if (/^(?:is|are|was|were)\s+(?:most\s+)?likely\s+to\b/.test(predicate)) return [];
  // ("Which organisation tweeted on Tuesday?": a post with nothing said but when is no fact.)
  if (POSTED_ONLY.test(predicate)) return [];
  // ("Who takes on Jia Heng Jason Teh of Singapore in the men’s singles summit clash?": a match
  // still to be played, whose result the quiz cannot give.)
  if (MATCH_AHEAD.test(predicate)) return [];
  if (GRADED_SHOWING.test(predicate)) return [];
  // ("Who fought against sitting MLA Namri Nchang and four others …?": a contest the one asked lost.)
  if (/^(?:fought|contested)\s+against\b/.test(predicate) || /\blost\s+by\s+\d/.test(predicate)) return [];
  // ("Paswan was the voice of the oppressed and always championed the cause of …, it said.": what a
  // speaker calls someone, told as their words, is a tribute, no fact of who.)
  // (A report's finding told so is its data, no tribute: "…, a new global report said.")
  if (/^(?:is|was|are|were)\s+(?:the|a|an)\s/.test(predicate) && ATTRIBUTION_TAIL.test(s.text.slice(subject.end)) && !/\b(?:report|data|survey|study|index|statement|release|figures)\s+(?:said|says|showed|shows|stated)\W*$/.test(s.text)) return [];
  // ("Who found from Agasthyamala has been found to be just 13.6mm?": a participle after the name
  // describes it, the sentence's verb comes later; the question would make the participle its verb.)
  if (/^(?:found|discovered|located|seen|spotted|named|recorded|reported|collected|described|known)\s+(?:from|in|at|by|near|on|during|as)\b[^,;]*?\s(?:has|have|had|is|are|was|were)\s/.test(predicate)) return [];
  // ("Who is planning launches which can deliver satellites?": what someone plans or hopes to do
  // has not happened, and says little of who.)
  if (/^(?:is|are|was|were)\s+(?:planning|hoping|aiming|looking|eyeing|mulling|considering)\b|^(?:plans|hopes|aims|intends)\s+to\b/.test(predicate)) return [];
  // ("Who made the announcement while addressing a press conference?": the telling.)
  if (CEREMONY.test(predicate)) return [];
  // ("DRDO is the acronym for India's Defense Research & Development Organisation": what a short
  // form stands for spells the answer out.)
  if (SPELLS_OUT_PREDICATE.test(predicate)) return [];
  // ("Who passed away on Monday?": who died is asked by what the article calls them, the died
  // pattern's question, or not at all.)
  if (/^(?:has\s+|had\s+)?(?:passed away|died|breathed (?:his|her) last)\b/.test(predicate)) return [];
  // ("Who has been composed by MM Keeravaani …?" → Naatu Naatu: a work made by someone is no
  // one; the agent pattern asks who made it.)
  if (MADE_BY.test(predicate)) return [];
  // ("Who is a single-engine multi-role fighter aircraft …?", "Which organisation is a … missile
  // …?", "… is a monetary policy tool …?": a thing said to be a kind of machine or tool is no
  // person or body, whatever the analyser took its name for.)
  if (THING_KIND.test(predicate)) return [];
  // ("Who finished fourth with 84.03m?": who missed the podium is no result to learn.)
  if (OFF_PODIUM.test(predicate)) return [];
  // ("Who lost both her father, Bodh Raj, and her uncle …?": a family's grief a disaster report
  // tells is no fact to learn.)
  if (PERSONAL_LOSS.test(predicate) || MEDICAL_CARE.test(predicate)) return [];
  // ("Australia and Canada did, though, ranking 11th and 18th": a verb the sentence before gave,
  // left out.)
  if (ELLIPTICAL_VERB.test(predicate)) return [];
  const firstToken = s.tokens.find((t) => t.start >= subject.end + (described?.length ?? 0));
  if (!firstToken || !(firstToken.pos === 'VERB' || firstToken.pos === 'AUX')) return [];
  // ("Who … was formidable throughout the tournament?", "… was outstanding": a judgement of how
  // someone did is no fact to recall.)
  const after = s.tokens[s.tokens.indexOf(firstToken) + 1];
  if (/^(?:is|are|was|were)$/.test(firstToken.text) && after?.pos === 'ADJ' && !/ed$/.test(after.text) && EVALUATIVE.test(after.text)) return [];
  // "John Campbell scored 115 and Shai Hope made 103": a second clause with a subject of its own
  // would read "Who scored 115 and Shai Hope made 103?".
  if (secondClause(s, subject.end)) return [];
  const type = answerTypeOf(subject.entities[0]);
  // ("Sam Bahadur was also recognised …" after "Meghna Gulzar's Sam Bahadur": a work its maker's
  // name owns is no one to ask "Who …?" of.)
  if (type === 'person' && subject.entities.length === 1 && ownedByPerson(subject.entities[0].canonical, ctx)) return [];
  if (!subject.entities.every((e) => answerTypeOf(e) === type)) return [];
  if (ELLIPTICAL_COUNT.test(predicate)) return [];
  // ("… bagged silver, Aditi Gopichand got bronze in archery": a clause of another subject after
  // a comma, its conjunction left out, is another fact.)
  if (/,\s(?:\p{Lu}[\p{L}.'’-]*\s){1,3}(?:got|won|bagged|took|claimed|finished|secured|clinched|settled|won)\b/u.test(predicate)) return [];
  // ("Pakistan are still winless": a team taking a plural verb would ask "Which country are …?".)
  if (subject.entities.length === 1 && type !== 'person' && /^(?:are|were|have)\b/.test(predicate)) return [];
  const seats = SEATS.test(predicate);
  // ("Which organisation won one seat?" in a report of bypolls in fourteen states: which state's.)
  if (seats && (statesNamed(ctx) >= 2 || scopesNamed(ctx) >= 2) && !/\sin\s+\p{Lu}/u.test(predicate)) return [];
  // ("Which party won all six seats in Bengal?": a body that wins or loses seats is a party.)
  // ("Which party wrested control of Karnataka from the Bharatiya Janata Party in the assembly
  // election?": a body an election pits against a party is a party.)
  const party = type === 'organisation' && (seats || (ELECTORAL.test(predicate) && rivalParty(s, subject.entities[0])));
  // ("RRR has now become the first Indian feature film to win an Oscar": a work the predicate names
  // as one is asked by its kind, whatever the analyser took its name for.)
  // ("The Fellowship of the Akademi is a prestigious and rare honour …": so is an honour, which
  // a body's name in it does not make a body.)
  const work = WORK_KIND.exec(predicate)?.[1]?.toLowerCase();
  const wh = subject.wh ?? (work ? `Which ${work === 'movie' ? 'film' : work}` : subject.entities.length === 2 ? twoWh(type, subject.entities) : party ? 'Which party' : whWord(type, subject.entities[0]));
  // ("Phlogacanthus Sudhansusekharii, the plant species recently discovered from …, belongs …": a
  // name its apposition calls a thing is asked by that thing, never "Who, the plant species …?".)
  const thing = described?.description && THING_DESCRIBED.test(described.description) ? described.description.replace(/^(?:the|an?)\s+/, '') : null;
  if (type === 'date' || type === 'number' || type === 'year' || type === 'term') return [];
  // ("New Delhi will purchase the Predator drones …", "Beijing has rejected the claim": a capital
  // that buys, signs or says stands for its government; "Which city will purchase …?" asks nothing.)
  if (wh === 'Which city' && STATE_ACT.test(predicate)) return [];
  // ("Which organisation announced … in the district?" → Health Department: a department named by
  // its portfolio alone is whichever government's the story is about, no body to learn.)
  if (type === 'organisation' && subject.entities.length === 1 && (PORTFOLIO_DEPARTMENT.test(subject.text) || isBareBodyName(subject.text))) return [];
  // ("Which two countries were among six countries set to join …?": the others answer too.)
  if (/^(?:were|are|was|is)\s+(?:also\s+)?among\b/.test(predicate)) return [];
  // ("Which two people had struggled to get the ball off the square …?", "Which two people had
  // reached the finals at the Hong Kong and China Masters?": past the lead, a pair the headline does
  // not name doing what had happened before is the story's background, no news of it.)
  if (subject.entities.length === 2 && type === 'person' && s.index >= 3 && /^had\s+(?:already\s+|also\s+|earlier\s+)?\p{Ll}+(?:ed|en|wn|ght|ne)\b/u.test(predicate) && !subject.entities.some((e) => namedInHeadline(e, ctx))) return [];
  // ("In badminton, HS Pranoy advanced to the semi-finals …": a field the sentence opens on is
  // what makes one answer right; a time phrase is not.)
  const field = FIELD_OPENING.exec(s.text)?.[0] ?? '';
  // ("Which two countries are at 53rd and 93rd, respectively?": a rank says nothing without its index.)
  if (RANK_ONLY_PREDICATE.test(predicate) && !INDEX_WORD.test(predicate)) {
    const index = articleIndex(ctx);
    if (!index) return [];
    const respectively = /,?\s+respectively$/.exec(predicate);
    predicate = `${respectively ? predicate.slice(0, respectively.index) : predicate} in the ${index}${respectively ? ', respectively' : ''}`;
  }
  // ("Which party is the party with the most seats?" → "Which is the party with the most seats?")
  const asked = (thing ? `Which ${thing} ${predicate}?` : described?.description ? `${wh}, ${described.description}, ${predicate}?` : `${wh} ${predicate}?`).replace(/^Which ([\p{L}-]+) (is|was|are|were) the \1\b/u, 'Which $2 the $1');
  return [
    {
      pattern: 'subject',
      question: field ? `${field}${asked.charAt(0).toLowerCase()}${asked.slice(1)}` : asked,
      // One person: the full name ("Paris" → "Valeska Paris"); the text stays for the cloze.
      // (A name of words in capitals, as a report may open on one, "NEW DELHI continues to be …",
      // as the article otherwise writes it; a short form stays as written.)
      // (Two people by their full names too: "Satwik and Chirag" → "Satwiksairaj Rankireddy and Chirag Shetty".)
      answer: subject.entities.length === 1 && (type === 'person' || /^\p{Lu}+(?:\s\p{Lu}+)+$/u.test(subject.text)) ? subject.entities[0].canonical : type === 'person' && !subject.name ? subject.entities.map((e) => e.canonical).join(' and ') : (subject.name ?? subject.text),
      answerText: subject.text,
      answerType: thing ? 'term' : type,
      sentenceIndex: s.index,
      confidence: 0.6,
      about: subject.entities.map((e) => e.canonical),
      // ("… added another feather to his cap": a statement that names nothing past its subject
      // tests nothing.)
      ...(s.entities.some((e) => e.start >= subject.end + (described?.length ?? 0)) ? { statement: tidyClause(s.text) + '.' } : {}),
    } satisfies FactDraft<'subject'>,
  ];
};

/** Where, after `from`, the sentence goes on with ", and" or "and" then a common noun and its
 *  verb ("and fishermen have been asked …", "and the schools will remain shut"): the start of
 *  that clause, or null. */
function commonNounClause(s: Sentence, from: number): number | null {
  // ("Malaysia and Korea played to a 3-3 draw, and hosts China defeated Japan 2-0": a name after
  // ", and" and a word or two that call it, then its verb, opens a clause of its own.)
  for (const e of s.entities) {
    if (e.start <= from) continue;
    const before = /,\s+and\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}$/u.exec(s.text.slice(Math.max(from, e.start - 40), e.start));
    const next = s.tokens.find((t) => t.start >= e.end);
    if (before && next && (next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(next.text)))) return Math.max(from, e.start - 40) + before.index;
  }
  for (let i = 0; i + 2 < s.tokens.length; i++) {
    const and = s.tokens[i];
    if (and.start < from || and.text !== 'and') continue;
    let k = i + 1;
    // ("… and their strong individual performances will make …": a possessive and adjectives too.)
    // (Not adjectives with no determiner: "where top dignitaries and international representatives
    // will witness …" joins two subjects of one verb.)
    if (/^(?:their|its|his|her|our)$/i.test(s.tokens[k].text)) for (k++; s.tokens[k]?.pos === 'ADJ' && k < i + 4; ) k++;
    else if (s.tokens[k].pos === 'DET') k++;
    // ("… won one seat, and Independent candidates emerged victorious …": a capitalised word
    // before a plural noun, as a bare adjective.)
    else if (/^\p{Lu}\p{Ll}+$/u.test(s.tokens[k].text) && s.tokens[k + 1]?.pos === 'NOUN' && /\p{Ll}s$/u.test(s.tokens[k + 1].text)) k++;
    // ("… has launched rescue operations and 80 locals have been evacuated": a count too.)
    else if (s.tokens[k].pos === 'NUM' && s.tokens[k + 1]?.pos === 'NOUN') k++;
    const noun = s.tokens[k];
    if (!noun) continue;
    const verb = s.tokens[k + 1];
    // ("… lead in total forest and tree cover, followed by …": a bare verb form after a singular
    // noun is a compound noun's second word, no clause's verb.)
    const finite = verb && (verb.pos === 'AUX' || (verb.pos === 'VERB' && (/s$/.test(verb.text) || baseOfPast(verb.text) !== null || /s$/.test(noun.text))));
    if (noun?.pos === 'NOUN' && /^\p{Ll}/u.test(noun.text) && finite && !/ing$/.test(verb.text)) {
      const comma = /,\s*$/.exec(s.text.slice(0, and.start));
      return comma ? comma.index : and.start;
    }
  }
  return null;
}

/** Whether, after `from`, the sentence goes on with "and <name> <verb>": a clause of its own. */
function secondClause(s: Sentence, from: number): boolean {
  for (const e of s.entities) {
    if (e.start <= from || !/\band\s+(?:the\s+)?$/.test(s.text.slice(Math.max(from, e.start - 10), e.start))) continue;
    const next = s.tokens.find((t) => t.start >= e.end);
    if (next && (next.pos === 'VERB' || next.pos === 'AUX')) return true;
  }
  return false;
}

/**
 * ", 19, a member of Scientology all his life, " or ", an Australian woman and former
 * Scientologist, " after a person's name: an age and/or a description set off by commas. The
 * question keeps the description ("Who, a member of Scientology all his life, was arrested …?"):
 * it is the clue that makes one answer right; a bare age is dropped.
 */
function appositive(rest: string): { length: number; description: string | null } | null {
  const m = /^,\s+(?:(\d{1,3}),\s+)?(?:((?:an?|the|one of|both|former|\d[\d-]*-year-old)\s[^,;:"“”()]{3,90}?),\s+)?(?=\p{Ll})/u.exec(rest);
  if (!m || (!m[1] && !m[2])) return null;
  // ", the minister said, …": a clause, not a description.
  if (m[2] && /\b(?:said|says|told|is|was|are|were|has|have|had|who|which|that)\b/.test(m[2])) return null;
  return { length: m[0].length, description: m[2] ?? null };
}

function twoWh(type: string, entities: readonly Entity[]): string {
  // ("Which two states or regions were next in rank …?": places of one kind are asked by it.)
  const kinds = new Set(entities.map((e) => e.placeKind));
  const place = kinds.size === 1 && kinds.has('region') ? 'Which two states or regions' : kinds.size === 1 && kinds.has('city') ? 'Which two cities' : 'Which two places';
  return type === 'person' ? 'Which two people' : type === 'country' ? 'Which two countries' : type === 'organisation' ? 'Which two organisations' : place;
}

/** Institutions named by their country or city: "the New Zealand government", "the Texas police". */
const INSTITUTION = 'government|team|police|army|navy|court|parliament|ministry|embassy|council|authorities|officials|company|club|university|city council|coast guard|military';

/**
 * "On Tuesday, the New Zealand government announced …" → "Which government announced …?" →
 * "the New Zealand government": a place's institution as the subject, after an optional opening
 * time phrase (which the question drops: the answer does not depend on it).
 */
function headedSubject(s: Sentence): FactDraft<'subject'> | null {
  const m = HEADED.exec(s.text);
  if (!m) return null;
  const [ns, ne] = m.indices!.groups!.name!;
  const entity = s.entities.find((e) => e.start === ns && e.end === ne && (e.cls === 'place' || e.cls === 'organisation'));
  const verb = s.tokens.find((t) => t.start === m.indices!.groups!.rest![0]);
  if (!entity || !verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return null;
  const predicate = tidyClause(m.groups!.rest.replace(ATTRIBUTION_TAIL, ''));
  // ("Which government has decided to conduct the last rites …?": a ceremony, as for any subject.)
  if (SAY_VERB.test(predicate) || CEREMONY.test(predicate) || wordCount(predicate) < 3 || wordCount(predicate) > 30) return null;
  return {
    pattern: 'subject',
    question: `Which ${m.groups!.head} ${predicate}?`,
    answer: `the ${m.groups!.name} ${m.groups!.head}`,
    answerText: `${m.groups!.name} ${m.groups!.head}`,
    answerType: 'organisation',
    sentenceIndex: s.index,
    confidence: 0.6,
    about: [entity.canonical],
  };
}

/** "In badminton, ", "In the men's doubles, ": a field of play or work the sentence is set in
 *  (no time, no place, no linking phrase such as "In addition"). */
const FIELD_OPENING = /^In\s+(?!(?:addition|total|fact|all|short|general|particular|contrast|response|turn|brief|the\s+(?:meantime|morning|evening|afternoon|past|end|first|second|last|next|wake))\b)(?:the\s+)?(?:[\p{Ll}'’-]+\s+){0,2}[\p{Ll}'’-]+,\s+/u;

/** "On Tuesday, ", "Last week, ", "In 2007, ": a time phrase before the subject. */
const OPENING = '(?:(?:On|In|Last|Earlier|Later|Yesterday|Today|This|Next|During|By|At)\\b[^,]{0,30},\\s+)';

const HEADED = new RegExp(`^(?:${OPENING})?(?<np>[Tt]he\\s+(?<name>[A-Z][^,]*?)\\s+(?<head>${INSTITUTION}))\\s+(?<rest>.+)$`, 'd');
const LEAD = new RegExp(`^${OPENING}?(?:the\\s+)?`, 'i');

/** "Russia", "The Saudi Interior Ministry", "Russia and Japan" at the start of the sentence. */
function leadingSubject(s: Sentence): { text: string; end: number; entities: Entity[]; described?: ReturnType<typeof appositive>; wh?: string; relative?: boolean; name?: string } | null {
  const named = (e: Entity) => e.cls === 'person' || e.cls === 'place' || e.cls === 'organisation';
  const lead = LEAD.exec(s.text)![0].length;
  let first = s.entities.find((e) => e.start === lead && named(e));
  if (!first) return null;
  // ("India’s Satwiksairaj Rankireddy and Chirag Shetty beat …": the country whose player the
  // subject is stands before them, no subject itself.)
  const owner = first;
  const player = first.cls === 'place' ? s.entities.find((e) => e.cls === 'person' && e.start > owner.end && /^['’]s\s+$/.test(s.text.slice(owner.end, e.start))) : undefined;
  if (player) first = player;
  // ("Telangana's ruling Congress party wrested …": the party, its state's possessive before it.)
  const owned = first.cls === 'place' ? OWNED_PARTY.exec(s.text.slice(first.end)) : null;
  const party = owned && s.entities.find((e) => e.cls === 'organisation' && e.start === first.end + owned[1].length);
  if (owned && party) return { text: party.text, end: first.end + owned[0].length, entities: [party], ...(/\sparty$/.test(owned[0]) ? { wh: 'Which party' } : {}) };
  if (/^\s*(?:’s|'s|’)/.test(s.text.slice(first.end))) return null;
  // "Valeska Paris, an Australian woman …, has claimed": a person described between commas.
  // ("Ukraine, which is embroiled in a prolonged conflict with Russia, was the world's largest
  // importer …": a place or body's relative clause set off by commas says what it is, the
  // predicate after it is the sentence's.)
  const relative = first.cls !== 'person' ? /^,\s+which\s+[^,;]{3,120},\s*(?=\p{Ll})/u.exec(s.text.slice(first.end)) : null;
  if (relative) return { text: first.text, end: first.end + relative[0].length - 1, entities: [first], relative: true };
  const described = /^\s*,/.test(s.text.slice(first.end)) ? (first.cls === 'person' ? appositive(s.text.slice(first.end)) : null) : undefined;
  if (described === null) return null;
  // ("Jaismine Lamboria (57kg) and Minakshi Hooda (48kg) carved …": each with a short aside in
  // brackets, a weight or a party, that the question leaves out.)
  const aside = /^\s*\([^()]{1,12}\)/;
  const firstAside = aside.exec(s.text.slice(first.end))?.[0].length ?? 0;
  const and = /^\s+and\s+(?:the\s+)?/.exec(s.text.slice(first.end + firstAside));
  if (and) {
    const second = s.entities.find((e) => e.start === first.end + firstAside + and[0].length && named(e));
    const secondAside = second ? (aside.exec(s.text.slice(second.end))?.[0].length ?? 0) : 0;
    // (Both with an aside, or neither: one alone is another kind of bracket.)
    if (!second || !firstAside !== !secondAside || /^\s*(?:’s|'s|,)/.test(s.text.slice(second.end + secondAside))) return null;
    return { text: s.text.slice(first.start, second.end), end: second.end + secondAside, entities: [first, second], ...(firstAside ? { name: `${first.text} and ${second.text}` } : {}) };
  }
  return { text: s.text.slice(player ? first.start : lead, first.end), end: first.end, entities: [first], described };
}

export default definePattern({
  id: 'subject',
  describe: 'Which person, country or body did what the sentence says: its named subject asked',
  find,
});
