import { WEEKDAY_ALTERNATION } from '../../util/calendar.js';
import type { FactDraft } from '../draft.js';
import type { Entity, Sentence } from '../../types.js';
import { containsWholeWord } from '../../util/whole-word.js';
import { isAcronymOf } from '../../util/acronym.js';
import { normalizeKey } from '../../util/ids.js';
import { namesAnotherReport } from '../../util/report-words.js';
import { definePattern, namedEntityEndingAt, subjectEndingAt, type FindDrafts } from '../pattern.js';
import { withThe } from '../../util/definite-article.js';
import { upperFirst } from '../text-utils.js';
import { answerTypeOf, whWord } from '../answer-type.js';
import { countryOfDemonym } from '../../lexicon/index.js';

// ("ranked 131 out of 148 countries": a bare number is a rank where "out of", "among" or
// "position" follows it.)
const RANK = '\\d{1,3}(?:st|nd|rd|th)|\\d{1,3}(?=\\s+(?:position|rank|place|spot|out of|among)\\b)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth';

/**
 * A place or body's rank in a named index or report: "India has retained its 40th position
 * among 132 economies in the Global Innovation Index (GII) 2023", "Finland ranks first in the
 * World Happiness Report" → "What was India's rank among 132 economies in the Global Innovation
 * Index (GII) 2023?" → 40th; the edition's year may come first ("secured the 151st position
 * out of 180 countries in the 2025 World Press Freedom Index"). Only with the index named: a
 * rank without it asks nothing.
 */
/** "slipped six places to", "climbed 8 spots to": a move by so many places, then the rank. */
// ("has fallen one notch to the 87th position": a notch, one or several, and the participles too.)
const MOVED_BY = String.raw`(?:slipped|dropped|fell|fallen|slid|declined|climbed|rose|risen|jumped|surged|soared|leapt|leaped|plunged|tumbled|improved|moved\s+(?:up|down)|went\s+(?:up|down))\s+(?:by\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:places?|spots?|positions?|ranks?|notch(?:es)?|rungs?)`;
// ("climbed five places to secure the 91st position": the verb of holding the rank may follow.)
const MOVED = String.raw`${MOVED_BY}\s+to(?:\s+(?:secure|reach|take|occupy|claim|attain)(?=\s+(?:the\s+)?\d))?`;
/** "a corruption perception index (CPI)": an index the article writes in lower case, known by its short form. */
// ("on the economic freedom index": or an index of a few words without it, the kind said "index".)
const LOWER_INDEX = String.raw`(?:[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,4}\s+(?:index|report|ranking|survey)\s+\([A-Z]{2,8}\)|(?<=\bthe\s)[a-z][a-z-]*(?:\s[a-z][a-z-]*){1,3}\sindex(?![\w-]))`;
/** "the World Bank’s Ease of …": the body that makes the index, before its name. */
const OWNER = String.raw`(?:[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,3}['’]s\s+)`;
const RE = new RegExp(
  // ("India's rank has slipped …": the rank of the name before it.)
  `(?<subjEnd>)(?:['’]s?\\s+(?:rank|ranking|position)\\s+)?(?:(?:has|have|had)\\s+)?(?:${MOVED}|['’]s\\s+(?:rise|climb|jump|fall|slide|drop)\\s+to|retained|secured|took|takes|climbed to|rose to|slipped to|fell to|fallen to|risen to|dropped to|moved up to|improved to|jumped to|ascended to|advanced to|slid to|declined to|(?:was|is|were|are|has been|have been)\\s+(?:(?:now|currently|also|again|still)\\s+)?ranked|ranked|ranks|stood at|stands at|occupied|holds|held|bagged|reached|reaches|was placed|is placed|(?:has|have|had) been placed|(?:was|is|were|are)(?=\\s+\\d{1,3}(?:st|nd|rd|th)\\b)|(?:was|is|were|are)(?=\\s+the\\s+\\d{1,3}(?:st|nd|rd|th)\\s+(?:most|least)\\s))\\s+` +
    // ("jumped 14 spots to rank 63 out of 190 nations", "ranked No 1")
    // ("has been placed at 126th": at its place.)
    `(?:(?<=placed\\s)at\\s+)?(?:(?:its|the|a)\\s+)?(?:(?:rank|No\\.?)\\s+)?(?<rank>${RANK})\\b(?:\\s+(?:position|rank|place|spot))?` +
    // ("the 96th most corrupt country in the world": a rank said as a superlative.)
    `(?:\\s+(?:most|least)\\s+[a-z-]+\\s+(?:country|nation|economy|city|state)(?:\\s+in\\s+the\\s+world)?)?` +
    `(?:\\s+(?<among>(?:among|out of|of)\\s+[\\d,]+\\s+(?:[a-z]+\\s+){0,2}?(?:economies|countries|nations|cities|states|universities|institutions|territories)))?` +
    // (", with a Doing Business score of 71 in the World Bank’s Ease of Doing Business index")
    `(?:,\\s+with\\s+[^,;]{1,60}?(?=\\s(?:in|on)\\s))?` +
    // (", after jumping up two spots, as per the Climate Change Performance Index")
    // (", sharing the spot with Gambia and Maldives, according to …")
    `(?:,\\s+(?:after|having|sharing)\\s+[^,;]{1,50},)?` +
    `,?\\s+(?:in|on|as per|according to)\\s+(?:the\\s+(?:latest\\s+(?:released\\s+)?)?|an?\\s+(?=[a-z]))?(?<index>(?:(?:19|20)\\d\\d\\s+)?${OWNER}?[A-Z][\\w'’&-]*\\s+(?:(?:[A-Z][\\w'’&-]*|of|and|for|on)\\s+){0,6}?(?:Index|Report|Rankings|Ranking|Survey|Barometer|Tracker|Indicators|Indicator|index|rankings|ranking)(?:\\s+\\([A-Z]{2,8}(?:,\\s+\\d{4})?\\))?(?:\\s+(?:for\\s+)?\\d{4})?|${LOWER_INDEX}(?:\\s+(?:for|in)\\s+\\d{4})?)`,
  'gd',
);
/** The rank with the index named before the subject: "According to the 2025 World Press
 *  Freedom Index released by Reporters Without Borders, India secured the 151st position out
 *  of 180 countries". */
const RANK_ONLY = new RegExp(RE.source.slice(0, RE.source.indexOf('(?:,\\s+(?:after|having|sharing)')), 'gd');
/** The index as the subject: "The Global Hunger Index (GHI), a tool used by …, has ranked India
 *  105th, which places it …". */
// ("World Bank has ranked India at 116th position …": at its position too.)
// ("A report released by Transparency International … ranked India 96th out of 180 countries in the
// 2024 Corruption Perceptions Index": the simple past too.)
const ACTIVE = new RegExp(`\\b(?:(?:has|have|had)\\s+)?ranked\\s+(?<placeStart>)\\p{Lu}[\\p{L}\\s.-]{1,40}?\\s+(?:at (?:the )?)?(?<rank>${RANK})\\b(?:\\s+(?<among>(?:among|out of|of)\\s+[\\d,]+\\s+(?:[a-z]+\\s+){0,2}?(?:economies|countries|nations|cities|states|universities|institutions)))?`, 'gdu');
const INDEX_NAME = /\b(?:Index|Report|Ranking|Rankings|Survey|Barometer|Tracker|Indicators?)$/;
/** The index between the rank and its verb: "India's rank on the World Economic Forum's Travel &
 *  Tourism Development Index 2024 has risen to 39th place". */
const RANK_ON = new RegExp(
  `(?<subjEnd>)['’]s?\\s+(?:rank|ranking|position)\\s+(?:on|in)\\s+(?:the\\s+)?(?<index>${OWNER}?[A-Z][\\w'’&-]*\\s+(?:(?:[A-Z][\\w'’&-]*|of|and|for|on|&)\\s+){0,7}?(?:Index|Report|Ranking|Rankings)(?:\\s+\\d{4})?)\\s+(?:has\\s+|had\\s+)?(?:risen|rose|climbed|improved|jumped|slipped|fallen|fell|dropped|declined|moved up|moved down|gone up|gone down)\\s+to\\s+(?:the\\s+)?(?<rank>${RANK})\\b`,
  'gd',
);

/** "India now stands at the 6th position globally for the most number of World Heritage
 *  Properties": a rank the world gives by a count, no index named. */
const RANK_FOR_MOST = new RegExp(`(?<subjEnd>)\\s+(?:now\\s+|currently\\s+)?(?:stands|stood|ranks|ranked|is|was)\\s+(?:at\\s+)?(?:the\\s+)?(?<rank>${RANK})\\s+(?:position|place|spot)\\s+(?:globally|worldwide|in\\s+the\\s+world)\\s+(?:for|in)\\s+(?:the\\s+)?(?:most|highest|largest)\\s+(?:number\\s+of\\s+)?(?<what>\\p{L}[\\p{L}'’-]*(?:\\s\\p{L}[\\p{L}'’-]*){0,5})\\s*[.;]`, 'gdu');
/** The cheap tests first: most sentences name no index, nor a rank in the world. */
const GLOBAL_HINT = /\b(?:globally|worldwide|in the world)\b/;
const HINT = /\b(?:Index|Report|Ranking|Rankings|Survey|Barometer|Tracker|Indicators?)\b|\b(?:index|report|ranking|survey)\s+\(|[A-Z][\w-]*\s+(?:index|rankings?)\b/;

/** The index a sentence ranks something in ("… to rank 63 out of 190 nations … in the World
 *  Bank’s Ease of Doing Business index"), as the rank question writes it, or null. */
export function rankIndexIn(text: string): string | null {
  if (!HINT.test(text)) return null;
  // (matchAll works on a copy: the shared global RE's lastIndex stays untouched.)
  const m = text.matchAll(RE).next().value;
  return m ? m.groups!.index.trim() : null;
}

/** "surged 27 places to reach 123rd globally": a move to a rank in the world, no index named. */
const MOVED_GLOBALLY = new RegExp(`(?<subjEnd>)\\s+${MOVED}(?:\\s+reach)?\\s+(?<rank>${RANK})\\s+(?:globally|overall|worldwide|in\\s+the\\s+world)\\b`, 'dg');
/** "India slipped two places on the World Economic Forum's Global Gender Gap index to 129th place":
 *  a move told with its index between the places and the rank. */
const MOVED_ON_INDEX = new RegExp(`(?<subjEnd>)\\s+(?:(?:has|have|had)\\s+)?${MOVED_BY}\\s+(?:on|in)\\s+(?:the\\s+)?(?<index>${OWNER}?[A-Z][\\w'’&-]*(?:\\s(?:[A-Z][\\w'’&-]*|of|and|for|on)){0,6}?\\s(?:Index|Report|Rankings?|index|rankings?))(?:\\s+\\([A-Z]{2,8}\\))?\\s+to\\s+(?:(?:take|occupy|secure|reach)\\s+)?(?:the\\s+)?(?<rank>${RANK})\\b(?:\\s+(?:position|place|spot|rank))?(?:\\s+(?<among>(?:among|out of|of)\\s+[\\d,]+\\s+(?:[a-z]+\\s+){0,2}?(?:economies|countries|nations|cities|states|universities|institutions)))?`, 'dg');
/** ", ranking 123rd this year": a rank in a participle clause, its subject the sentence's. */
// ("…, improving its ranking from 133 in 2022 to 130 out of 193 countries": the rank it moved to.)
// ("… in the QS World University Rankings for 2026 by climbing up to the 123rd spot": by a move to it.)
/** "has slightly bettered its rank from last year’s 126th to 118th": a move told with the rank left. */
const BETTERED_SOURCE = `(?<subjEnd>)\\s+(?:has|have|had)\\s+(?:(?:slightly|marginally|further|significantly)\\s+)?(?:bettered|improved|raised|lowered|worsened)\\s+(?:its|their)\\s+(?:rank|ranking|position)\\s+from\\s+(?:last\\s+year['’]s\\s+|the\\s+)?\\d{1,3}(?:st|nd|rd|th)\\s+to\\s+(?:the\\s+)?(?<rank>${RANK})\\b`;
const BETTERED = new RegExp(BETTERED_SOURCE.replace('(?<subjEnd>)', ''));
const BETTERED_ALL = new RegExp(BETTERED_SOURCE, 'dg');
const LATE_RANK = new RegExp(`(?:,\\s+(?:ranking|(?:improving|raising|lifting|moving|pushing|lowering)\\s+(?:its|their)\\s+(?:rank|ranking|position)\\s+from\\s+(?:\\d{1,3}(?:st|nd|rd|th)?)(?:\\s+(?:in\\s+)?(?:19|20)\\d\\d)?\\s+to)|\\s+by\\s+(?:climbing|rising|moving|jumping|slipping|dropping|falling)\\s+(?:up\\s+|down\\s+)?to(?:\\s+the)?)\\s+(?<rank>${RANK})\\b(?:\\s+(?<among>(?:among|out of|of)\\s+[\\d,]+\\s+(?:[a-z]+\\s+){0,2}?(?:economies|countries|nations|cities|states|universities|institutions)))?`, 'd');
/** "In the 2026 rankings, India stands at 80th place, …": a rank with no index named, which
 *  the headline's index gives where the headline names its subject too. */
// ("India has slipped to the 23rd rank in 2025 from 10th last year": a move to a rank too.)
// (", climbing from 126th place in 2024 to 118th in 2025": the move's last rank, in a participle
// clause of the sentence's subject.)
// (", climbing eight places, from 85th to 77th": with how many places first.)
// ("has risen significantly from its 149th rank last year to 118th rank this year": a finite verb,
// an adverb of how much, the owner's "its" and last year too.)
const MOVED_FROM = `(?:climbing|rising|jumping|moving up|improving|slipping|dropping|falling|sliding|risen|rose|climbed|jumped|moved up|improved|slipped|dropped|fallen|fell)(?:\\s+(?:significantly|sharply|further|steadily|dramatically))?(?:\\s+(?:by\\s+)?(?:\\d{1,3}|[a-z]+)\\s+(?:places|spots|positions|ranks|notches),?)?\\s+from\\s+(?:the\\s+|its\\s+|their\\s+)?\\d{1,3}(?:st|nd|rd|th)(?:\\s+(?:position|place|spot|rank))?(?:\\s+in\\s+\\d{4}|\\s+last\\s+year)?\\s+to`;
// ("This group includes India (ranked 9th) and China (ranked 11th)": a rank in brackets after the name too.)
// ("India was ranked at a dismal 144": a bare figure right after "ranked" is a rank too.)
// ("India was on Wednesday ranked 52nd …": with the day inside the verb.)
const PLAIN_RANK = new RegExp(`(?<subjEnd>),?\\s+(?:\\((?=ranked\\s))?(?:now\\s+|currently\\s+)?(?:(?:has|have|had)\\s+)?(?:${MOVED_FROM}|stands at|stood at|ranks|ranked|is ranked|was ranked|(?:is|was)\\s+on\\s+${WEEKDAY_ALTERNATION}\\s+ranked|has been ranked|is placed|was placed|(?:has|have|had) been placed|secured|occupies|occupied|holds|held|reached|reaches|took|takes|(?:has|have)\\s+taken|(?:slipped|dropped|fallen|fell|slid|risen|rose|climbed|jumped|moved up|moved down|improved|rising|climbing|jumping|slipping|dropping|falling|sliding|moving up|improving)(?:\\s+by\\s+(?:\\d{1,3}|[a-z]+)\\s+(?:places|spots|positions|ranks|notches))?\\s+to)\\s+(?:at (?:an? (?:[a-z]+ )?)?)?(?:the\\s+)?(?<rank>${RANK}|(?<=\\branked (?:at (?:an? (?:[a-z]+ )?)?)?|\\bmoved (?:up|down) to )\\d{1,3}(?![\\d.,]\\d|%|\\s+per\\b))\\b(?:\\s+(?:position|place|spot|rank))?(?<among>\\s+(?:among|out of|of)\\s+[\\d,]+\\s+(?:[a-z]+\\s+){0,2}?(?:economies|countries|nations|cities|states|universities|institutions))?`, 'dg');
const PLAIN_HINT = /\b(?:stands at|stood at|ranks|ranked|placed|secured|occupie[sd]|reach(?:ed|es) \d{1,3}(?:st|nd|rd|th)|to (?:the )?\d{1,3}(?:st|nd|rd|th))(?=[\s,;.])/;
/** An index the headline names: "IIT Delhi … In QS World University Rankings 2026". */
// (A headline in title case writes its small words with capitals too: "… Institution In QS …".)
// ("WEF Travel & Tourism Development Index 2024": an ampersand between its words.)
// ("Ease of Living Index 2020": small words inside the name, never first.)
const HEADLINE_INDEX = /\b(?!(?:In|On|At|Of|For|To|And|The|With|By|As)\b)[A-Z][\w&'’-]*\s+(?:(?:(?!(?:In|On|At|For|To|And|The|With|By|As)\b)[A-Z][\w&'’-]*|&|of|and|for|on)\s+){0,5}(?:Index|Rankings?|Report|Survey)(?:\s+(?:19|20)\d\d)?\b/;

/** "India’s", "the United States’": a name as the owner of its rank. */
const possessiveOf = (name: string) => `${withThe(name)}${/s$/.test(name) ? '’' : '’s'}`;

/** The index the story is about, as its headline names it, or null. */
function storyIndex(ctx: Parameters<FindDrafts<'rank'>>[1]): string | null {
  const m = HEADLINE_INDEX.exec(ctx.analyzed.article.title);
  return m ? m[0].trim() : null;
}

/** The index the article ranks things in: the first it names, or the one its headline names. */
export function articleIndex(ctx: Parameters<FindDrafts<'rank'>>[1]): string | null {
  const named = ctx.timeline.find((t) => (t.entity.cls === 'term' || t.entity.cls === 'organisation') && INDEX_NAME.test(t.entity.text));
  if (!named) return storyIndex(ctx);
  // ("in the 2024 Environmental Performance Index": with the edition written before it, or after
  // it: "its Climate Risk Index Report 2026".)
  if (/\d{4}/.test(named.entity.text)) return named.entity.text;
  const text = ctx.analyzed.sentences[named.sentence]?.text ?? '';
  const before = /\b((?:19|20)\d\d)\s+$/.exec(text.slice(0, named.entity.start))?.[1];
  const after = /^\s+((?:19|20)\d\d)\b/.exec(text.slice(named.entity.end))?.[1];
  return before ? `${before} ${named.entity.text}` : after ? `${named.entity.text} ${after}` : named.entity.text;
}

/** "with Odisha leading the chart, followed by Goa", "India topped the medal tally": who came
 *  first, by a verb of leading and what was led. A bare chart, list or table is the index the
 *  sentence or the story names. */
const TOPPED = /(?<subjEnd>)\s+(?:has\s+|have\s+|had\s+)?(?:topped|tops|topping|leads|led|leading|headed|heads|heading)\s+(?:the\s+)?(?<what>\p{Lu}[\p{L}&-]*(?:\s+(?:\p{Lu}[\p{L}&-]*|of|and|for|on|&)){0,7}\s+(?:Index|Rankings?|Report|Survey|Table|Tally)|(?:[\p{L}-]+\s+){0,3}?(?:chart|charts|list|table|tally|standings|leaderboard|rankings?|index))\b/du;
const TOPPED_HINT = /\b(?:topped|tops|topping|leads|led|leading|headed|heads|heading)\s+the\s/;
/** What was led that needs the index to say which: "the chart", "the list". */
const BARE_LED = /^(?:chart|charts|list|table|rankings?|index)$/;

/** What a bare chart was led in, when not the whole of it: "for adopting measures …", "in Asia"
 *  (not a time: "in 2025", "for the ninth year in a row", "for five straight years"). */
const LED_IN_PART = /^\s+(?:for|in|on|under|in terms of)\s+(?!(?:19|20)\d\d\b)(?!(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:years?|times?|seasons?|editions?|months?|weeks?|row)\b)(?!(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?(?:years?|times?|seasons?|editions?)\b)/;

/** Who topped what, as a question of who. */
function toppedDraft(s: Sentence, ctx: Parameters<FindDrafts<'rank'>>[1]): FactDraft<'rank'> | null {
  const m = TOPPED.exec(s.text);
  if (!m) return null;
  const subject = subjectEndingAt(s, m.indices!.groups!.subjEnd![0]);
  if (!subject || (subject.cls !== 'place' && subject.cls !== 'organisation')) return null;
  const what = m.groups!.what;
  // ("India topped the chart for adopting measures like legal, technical …": first in one part of
  // the index, not in the index.)
  if (BARE_LED.test(what) && LED_IN_PART.test(s.text.slice(m.index + m[0].length))) return null;
  const index = BARE_LED.test(what) ? (s.entities.find((e) => (e.cls === 'term' || e.cls === 'organisation') && INDEX_NAME.test(e.text))?.text ?? new RegExp(LOWER_INDEX).exec(s.text)?.[0].replace(/^(?:an?|the)\s+/, '') ?? storyIndex(ctx)) : what;
  if (!index) return null;
  const type = answerTypeOf(subject);
  // ("Delhi topped the list of Union Territories (UTs)": first among a group, not in the whole
  // index, asked as one of that group.)
  const group = BARE_LED.test(what) ? GROUP_AFTER.exec(s.text.slice(m.index + m[0].length))?.[1] : undefined;
  if (group && !/s$/.test(group)) return null;
  const which = group ? `Which ${group.replace(/ies$/, 'y').replace(/([^s])s$/, '$1')}` : whWord(type, subject);
  return standingDraft(s, subject, `${which} topped the ${index}?`, group ? `topped the ${index} among ${group}` : `topped the ${index}`, [index], 0.88);
}

/** A place or body asked for by where it stood in an index: "topped", "was at the bottom of",
 *  "emerged as the top performer in" (`predicate`, said after the name in the statement). */
function standingDraft(s: Sentence, subject: Entity, question: string, predicate: string, about: readonly string[], confidence: number): FactDraft<'rank'> {
  return {
    pattern: 'rank',
    question,
    answer: subject.canonical,
    answerText: subject.text,
    answerStart: subject.start,
    answerType: answerTypeOf(subject),
    sentenceIndex: s.index,
    confidence,
    about: [subject.canonical, ...about],
    statement: `${upperFirst(withThe(subject.canonical))} ${predicate}.`,
  };
}

/** "Bengaluru has emerged as the top performer in the Million+ category in the Ease of Living
 *  Index 2020, followed by Pune …", "Kerala was adjudged the best-performing state in the SDG
 *  India Index": who came first, told as what it emerged as, asked with its own predicate. One
 *  of several ("the top three states") is no first. */
/** The kinds a first in an index is called by: "the best-performing state". */
const TOP_KIND = 'state|city|district|country|nation|municipality|union\\s+territory|territory|institute|institution|university|college|bank|port|airport|company';
const EMERGED_TOP = new RegExp(`(?<subjEnd>)\\s+(?<pred>(?:(?:has|have|had)\\s+)?(?:emerged|been\\s+(?:adjudged|ranked|declared|named)|was\\s+(?:adjudged|ranked|declared|named)|is|was)\\s+(?:as\\s+)?the\\s+(?:top|best|top-ranked|highest-ranked|best-performing|top-performing|best\\s+performing|top\\s+performing)\\s+(?:performer|${TOP_KIND})\\b)`, 'du');
/** The index the top one was first in, within its clause: "in the Million+ category in the Ease of Living Index 2020". */
const TOP_INDEX = /\p{Lu}[\p{L}+-]*(?:\s\p{Lu}[\p{L}+-]*)*\s(?:Index|Rankings?|Report|Survey)(?:\s(?:for\s)?(?:19|20)\d\d(?:-\d\d)?)?(?![\p{L}\d-])/u;
const INDEX_AT_END = /(?:\p{Lu}[\p{L}+-]*\s)+(?:Index|Rankings?|Report|Survey)(?:\s(?:for\s)?(?:19|20)\d\d(?:-\d\d)?)?$/u;

function emergedTopDraft(s: Sentence): FactDraft<'rank'> | null {
  const m = EMERGED_TOP.exec(s.text);
  if (!m) return null;
  const subject = subjectEndingAt(s, m.indices!.groups!.subjEnd![0]);
  if (!subject || (subject.cls !== 'place' && subject.cls !== 'organisation')) return null;
  // ("Uttarakhand and Kerala have emerged as the top performer states": the last of several
  // joint firsts is no one first; the pair is asked as the subject.)
  if (/(?:,|\band)\s+$/.test(s.text.slice(0, subject.start)) || /^have\b/.test(m.groups!.pred)) return null;
  const clause = /^[^,;]*/.exec(s.text.slice(m.index + m[0].length))![0];
  const index = TOP_INDEX.exec(clause);
  if (!index || !/\s(?:in|on|of|under)\s/.test(clause.slice(0, index.index + 1))) return null;
  const pred = m.groups!.pred + clause.slice(0, index.index + index[0].length);
  // ("Which was adjudged the best-performing state …?": the kind the predicate names is not said twice.)
  const kindNamed = new RegExp(`\\b(?:${TOP_KIND})\\b`).test(pred);
  return standingDraft(s, subject, `${kindNamed ? 'Which' : whWord(answerTypeOf(subject), subject)} ${pred}?`, pred, INDEX_AT_END.exec(pred) ?? [], 0.88);
}

/** "Maharashtra, Tamil Nadu, and Gujarat have emerged as the top three states in the Niti Aayog's
 *  fourth Export Preparedness Index (EPI) 2024" → "Which three states emerged as the top three in
 *  …?": the firsts of an index as a set, each of the list a place or body, as many as it says. */
const TOP_LISTED = new RegExp(`^(?<list>[^;:]{3,120}?)\\s+(?:have|has)\\s+(?<verb>emerged|been\\s+ranked|been\\s+named)\\s+as\\s+the\\s+top\\s+(?<n>two|three|four|five)\\s+(?<kind>states|cities|districts|countries|nations|union\\s+territories|universities|institutions|performers)\\s+(?<rest>(?:in|on|of)\\s+[^,;]{3,119}?[^,;\\s])\\s*(?:[,;.]|$)`, 'du');
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

function topListedDraft(s: Sentence): FactDraft<'rank'> | null {
  const m = TOP_LISTED.exec(s.text);
  if (!m) return null;
  const g = m.groups!;
  const listEnd = m.indices!.groups!.list![1];
  const named = s.entities.filter((e) => e.end <= listEnd && (e.cls === 'place' || e.cls === 'organisation'));
  // (The list is only the names, joined by commas and "and": nothing else before the verb.)
  const gaps = named.map((e, i) => s.text.slice(i === 0 ? 0 : named[i - 1].end, e.start));
  if (named.length !== COUNT_WORDS[g.n] || gaps[0].trim() || gaps.slice(1).some((gap) => !/^(?:,\s*|,?\s+and\s+)$/.test(gap)) || s.text.slice(named[named.length - 1].end, listEnd).trim()) return null;
  const index = g.rest.replace(/\s+\(\p{Lu}{2,8}\)/u, '');
  if (!INDEX_NAME.test(index.replace(/\s+(?:19|20)\d\d(?:-\d\d)?$/, ''))) return null;
  const verb = g.verb === 'emerged' ? 'emerged' : `were ${g.verb.split(/\s+/)[1]}`;
  const answers = named.map((e) => e.canonical);
  return {
    pattern: 'rank',
    question: `Which ${g.n} ${g.kind} ${verb} as the top ${g.n} ${index}?`,
    answer: `${answers.slice(0, -1).join(', ')} and ${answers[answers.length - 1]}`,
    answerText: s.text.slice(named[0].start, named[named.length - 1].end),
    answerStart: named[0].start,
    answerType: 'place',
    sentenceIndex: s.index,
    confidence: 0.86,
    about: answers,
  };
}

/** " of Union Territories (UTs)", " of states": the group a bare list is of. */
const GROUP_AFTER = /^\s+of\s+(?:the\s+)?((?:\p{L}+\s){0,3}\p{L}+)(?=\s*[(,.;]|\s+(?:in|on|for|with|while|and|as|at)\b|$)/u;

/** A rank told of a subject in an index. */
interface Found {
  subject: Entity;
  rank: string;
  rankAt: number;
  among?: string;
  index: string;
}

/** "Bihar was at the bottom of NITI Aayog's Sustainable Development Goals (SDG) rankings": who
 *  came last in a named index, asked as who was at its bottom. */
const BOTTOM = /(?<subjEnd>)\s+(?:was|is|remained|remains|finished|stood)\s+(?:at\s+the\s+bottom\s+of|last\s+in)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s?\s+)?(?<what>\p{Lu}[\p{L}&-]*(?:\s+(?:\p{Lu}[\p{L}&-]*|of|and|for|on|&|\(\p{Lu}+\))){0,7}\s+(?:[Ii]ndex|[Rr]ankings?|[Rr]eport|[Ss]urvey))\b/du;

function bottomDraft(s: Sentence): FactDraft<'rank'> | null {
  const m = BOTTOM.exec(s.text);
  if (!m) return null;
  const subject = subjectEndingAt(s, m.indices!.groups!.subjEnd![0]);
  if (!subject || (subject.cls !== 'place' && subject.cls !== 'organisation')) return null;
  // ("Sustainable Development Goals (SDG) rankings": the short form in brackets is the name's aside.)
  const index = m.groups!.what.replace(/\s+\(\p{Lu}+\)/u, '');
  return standingDraft(s, subject, `${whWord(answerTypeOf(subject), subject)} was at the bottom of the ${index}?`, `was at the bottom of the ${index}`, [index], 0.85);
}

/** The name ranked, ending at `at`: an institution the analyser holds as a term ("IIT Delhi
 *  surged 27 places to 123rd …") ranks as a body. */
function rankedSubject(s: Sentence, at: number): Entity | null {
  const named = subjectEndingAt(s, at) ?? subjectEndingAt(s, at, ['term']) ?? itOfSentence(s, at);
  if (named?.cls !== 'term') return named;
  return /^\p{Lu}/u.test(named.text) && !INDEX_NAME.test(named.text) ? { ...named, cls: 'organisation' } : null;
}

/** "while India ranked 135 in 2021, it had moved up to 134 in 2022": an "it" after the one
 *  place or body its sentence names before it. */
function itOfSentence(s: Sentence, at: number): Entity | null {
  const it = /(?:^|[,;]\s+|\b(?:while|and|but)\s+)it\s*$/.exec(s.text.slice(0, at));
  if (!it) return null;
  const before = s.entities.filter((e) => e.end <= it.index && (e.cls === 'place' || e.cls === 'organisation') && !INDEX_NAME.test(e.text));
  return new Set(before.map((e) => e.canonical)).size === 1 ? before[before.length - 1] : null;
}

const find: FindDrafts<'rank'> = (s, ctx) => {
  const drafts: FactDraft<'rank'>[] = [];
  const topped = TOPPED_HINT.test(s.text) ? toppedDraft(s, ctx) : null;
  if (topped) drafts.push(topped);
  const emerged = /\bthe\s+(?:top|best|highest)/.test(s.text) ? emergedTopDraft(s) : null;
  if (emerged) drafts.push(emerged);
  const topListed = /\bas\s+the\s+top\s/.test(s.text) ? topListedDraft(s) : null;
  if (topListed) drafts.push(topListed);
  const bottom = /\bbottom\s+of\b|\blast\s+in\b/.test(s.text) ? bottomDraft(s) : null;
  if (bottom) drafts.push(bottom);
  if (!HINT.test(s.text) && !GLOBAL_HINT.test(s.text) && !LATE_RANK.test(s.text) && !PLAIN_HINT.test(s.text) && !OWNED_RANK_HINT.test(s.text) && !BETTERED.test(s.text)) return drafts;
  const found: Found[] = [];
  for (const m of s.text.matchAll(RE)) {
    const subject = rankedSubject(s, m.indices!.groups!.subjEnd![0]);
    if (subject) found.push({ subject, rank: m.groups!.rank, rankAt: m.indices!.groups!.rank![0], among: m.groups!.among, index: m.groups!.index.trim() });
  }
  // ("IIT Delhi surged 27 places to reach 123rd globally": a move to a rank in the world, in the
  // index the article ranks things in.)
  for (const m of s.text.matchAll(MOVED_GLOBALLY)) {
    const rankAt = m.indices!.groups!.rank![0];
    const subject = rankedSubject(s, m.indices!.groups!.subjEnd![0]);
    const index = articleIndex(ctx);
    if (subject && index && !found.some((f) => f.rankAt === rankAt)) found.push({ subject, rank: m.groups!.rank, rankAt, index });
  }
  for (const m of s.text.matchAll(MOVED_ON_INDEX)) {
    const rankAt = m.indices!.groups!.rank![0];
    const subject = rankedSubject(s, m.indices!.groups!.subjEnd![0]);
    // (The index without its maker's possessive: "the Global Gender Gap index".)
    if (subject && !found.some((f) => f.rankAt === rankAt)) found.push({ subject, rank: m.groups!.rank, rankAt, among: m.groups!.among, index: m.groups!.index.replace(new RegExp(`^${OWNER}`), '') });
  }
  for (const m of s.text.matchAll(RANK_ONLY)) {
    const rankAt = m.indices!.groups!.rank![0];
    if (found.some((f) => f.rankAt === rankAt)) continue;
    const subject = subjectEndingAt(s, m.indices!.groups!.subjEnd![0]);
    const index = subject && s.entities.find((e) => e.end < subject.start && (e.cls === 'term' || e.cls === 'organisation') && INDEX_NAME.test(e.text));
    if (!subject || !index || !/\b(?:According to|In)\s+(?:the\s+)?(?:latest\s+|new\s+|annual\s+)?(?:\d{4}\s+)?$/.test(s.text.slice(0, index.start))) continue;
    const year = /(\d{4})\s+$/.exec(s.text.slice(0, index.start))?.[1];
    found.push({ subject, rank: m.groups!.rank, rankAt, among: m.groups!.among, index: `${year ? `${year} ` : ''}${index.text}` });
  }
  for (const m of s.text.matchAll(RANK_ON)) {
    const subject = subjectEndingAt(s, m.indices!.groups!.subjEnd![0]);
    if (subject) found.push({ subject, rank: m.groups!.rank, rankAt: m.indices!.groups!.rank![0], index: m.groups!.index.trim() });
  }
  for (const m of s.text.matchAll(ACTIVE)) {
    // (Or after the rank: "World Bank has ranked India at 116th position … in its annual Human
    // Capital Index".)
    const index = s.entities.find((e) => e.start < m.index! && (e.cls === 'term' || e.cls === 'organisation') && INDEX_NAME.test(e.text)) ?? s.entities.find((e) => e.start > m.index! + m[0].length && (e.cls === 'term' || e.cls === 'organisation') && INDEX_NAME.test(e.text) && /\b(?:in|on)\s+(?:its|the|their)\s+(?:[\p{Ll}-]+\s+|(?:19|20)\d\d\s+)?$/u.test(s.text.slice(Math.max(0, e.start - 30), e.start)));
    const subject = s.entities.find((e) => e.start === m.indices!.groups!.placeStart![0]);
    // (The edition's year before it goes with it: "the 2024 Corruption Perceptions Index".)
    const edition = index && index.start > m.index! ? /\b((?:19|20)\d\d)\s+$/.exec(s.text.slice(Math.max(0, index.start - 6), index.start))?.[1] : undefined;
    if (index && subject) found.push({ subject, rank: m.groups!.rank, rankAt: m.indices!.groups!.rank![0], among: m.groups!.among, index: edition ? `${edition} ${index.text}` : index.text });
  }
  for (const m of s.text.matchAll(RANK_FOR_MOST)) {
    const subject = subjectEndingAt(s, m.indices!.groups!.subjEnd![0]);
    if (!subject || (subject.cls !== 'place' && subject.cls !== 'organisation')) continue;
    const owner = possessiveOf(subject.canonical);
    const what = m.groups!.what.trim();
    drafts.push({
      pattern: 'rank',
      question: `What was ${owner} rank in the world for the most ${what}${ctx.monthYear ? ` in ${ctx.monthYear}` : ''}?`,
      answer: m.groups!.rank,
      answerText: m.groups!.rank,
      answerStart: m.indices!.groups!.rank![0],
      answerType: 'number',
      sentenceIndex: s.index,
      confidence: 0.85,
      about: [subject.canonical, what],
    });
  }
  // ("IIT Delhi has climbed more than 70 places in two years, ranking 123rd this year": a rank
  // told after the story named its index, in the headline or the lead; "India has entered the
  // top 100 countries in the global SDG Index, ranking 99th out of 193 countries": in the clause before.)
  if (!found.length) {
    const late = LATE_RANK.exec(s.text);
    // ("The Indian Institute of Technology (IIT), Delhi was …": after its "The" too.)
    const opening = late && s.entities.find((e) => (e.start === 0 || (e.start === 4 && s.text.startsWith('The '))) && (e.cls === 'place' || e.cls === 'organisation' || e.cls === 'term'));
    // ("India scored 3.573 points, ranking lower than Pakistan which secured 5.693 points, ranking
    // 66": another country or body before the rank may be whose it is; the key cannot guess.)
    // (A people's word, "the highest ranked Indian institution", names no rival.)
    const subject = opening && !s.entities.some((e) => e.start > opening.end && e.end <= late!.index && (e.cls === 'place' || e.cls === 'organisation') && !INDEX_NAME.test(e.text) && !countryOfDemonym(e.text)) ? opening : null;
    const named = late && subject && s.entities.find((e) => e.start > subject.end && e.end <= late.index && (e.cls === 'term' || e.cls === 'organisation') && INDEX_NAME.test(e.text));
    const index = late && subject && (named ? named.text : storyIndex(ctx));
    if (late && subject && index) found.push({ subject: { ...subject, cls: subject.cls === 'term' ? 'organisation' : subject.cls }, rank: late.groups!.rank, rankAt: late.indices!.groups!.rank![0], among: late.groups!.among, index });
  }
  if (!found.length) found.push(...headlineRanks(s, ctx));
  // ("… while India has slightly bettered its rank from last year’s 126th to 118th this year",
  // under "… check India's rank in 2025 report": the rank it moved to, in the story's index.)
  if (!found.length && BETTERED.test(s.text)) {
    const index = storyIndex(ctx) ?? articleIndex(ctx);
    for (const m of index ? s.text.matchAll(BETTERED_ALL) : []) {
      const subject = namedEntityEndingAt(s, m.indices!.groups!.subjEnd![0], ['place', 'organisation']);
      if (subject) found.push({ subject, rank: m.groups!.rank, rankAt: m.indices!.groups!.rank![0], index: index! });
    }
  }
  // ("… saw India's ranking jump to 66 this year from 81 in 2015", under "Global Innovation Index:
  // India moves up to 66th rank": the rank a place's ranking moves to, in the story's index.)
  if (!found.length && OWNED_RANK_HINT.test(s.text)) {
    const index = storyIndex(ctx) ?? articleIndex(ctx);
    for (const m of index ? s.text.matchAll(OWNED_RANK) : []) {
      const subject = namedEntityEndingAt(s, m.indices!.groups!.subjEnd![0], ['place', 'organisation']);
      if (subject) found.push({ subject, rank: m.groups!.rank, rankAt: m.indices!.groups!.rank![0], index: index! });
    }
  }
  for (const { subject, rank, rankAt, among: amongText, index: named } of found) {
    // ("… has ranked India 105th" under "India ranks 105th in Global Hunger Index 2024": the
    // edition the headline gives the index.)
    // ("ranked 52nd on the Global Innovation Index for 2019": or the one the sentence gives it.)
    const edited = /\d{4}/.test(named) ? named : editionAfter(named, s.text) ?? editionInHeadline(named, ctx.analyzed.article.title);
    // ("In 2020, India had ranked 112th …" under "… Global Gender Gap Report 2021": a year the
    // sentence opens on is the edition, not the headline's.)
    const opening = FRONTED_YEAR.exec(s.text)?.[1];
    const index = opening && !edited.includes(opening) && !named.includes(opening) ? edited.replace(/\s+(?:19|20)\d\d$/, '') : edited;
    if (subject.cls !== 'place' && subject.cls !== 'organisation') continue;
    // ("In foreign direct investment net inflows, India stood at 86th place": a rank in one area of
    // the index, set before the sentence.)
    if (areaFronted(s.text, subject.start)) continue;
    const g = { rank };
    const among = amongText ? ` ${amongText}` : '';
    // A rank holds for one edition: an index without its year is dated by the sentence's own
    // opening year ("In 2018, India had ranked 77th …" is no rank of today), else by the article.
    const fronted = FRONTED_YEAR.exec(s.text)?.[1];
    // (Nor by the headline's edition: "India ranked 129 last year" under "… Gender Gap Index 2025".)
    const edition = /\d{4}/.exec(named)?.[0];
    if (!fronted && !(edition && s.text.includes(edition)) && (PAST_RANK.test(s.text.slice(0, rankAt)) || PAST_AFTER_RANK.test(s.text.slice(rankAt + rank.length)))) continue;
    const when = /\d{4}/.test(index) ? '' : fronted ? ` in ${fronted}` : ctx.monthYear ? ` in ${ctx.monthYear}` : '';
    // "India’s rank", "the United States’ rank".
    const owner = possessiveOf(subject.canonical);
    const rs = rankAt;
    drafts.push({
      pattern: 'rank',
      question: `What was ${owner} rank${among} in the ${index}${when}?`,
      answer: g.rank,
      answerText: g.rank,
      answerStart: rs,
      answerType: 'number',
      sentenceIndex: s.index,
      confidence: 0.9,
      about: [subject.canonical, index],
      statement: `${upperFirst(owner)} rank${among} in the ${index}${when} was ${g.rank}.`,
    });
  }
  return drafts;
};

/** "In 2018, India had ranked 77th …": the year a sentence opens on dates its rank. */
// ("As per the report, in 2023, India was ranked 16th": after an opening phrase of the source too.)
const FRONTED_YEAR = /^(?:(?:As\s+per|According\s+to)\s+[^,]{2,40},\s+)?(?:[Ii]n|During|By|Until|Till)\s+((?:19|20)\d\d)\b/;
/** "Last year, India was 58th", "India had ranked 77th": a rank of some earlier time, undated. */
const PAST_RANK = /^(?:Last|A)\s+year\b|^(?:Earlier|Previously)\b|\bhad\s+(?:been\s+)?(?:ranked|placed|stood)\b/i;
/** "India, ranked 58th last year, reached 68th …": a rank the words after it date to before. */
const PAST_AFTER_RANK = /^(?:\s+(?:position|place|spot|rank))?\s+(?:last|previous)\s+(?:year|edition|time)\b|^(?:\s+(?:position|place|spot|rank))?\s+(?:in\s+)?the\s+previous\s+(?:year|edition|index|report|ranking)\b/;

/** "Global Hunger Index" → "Global Hunger Index 2024" where the headline writes it so. */
function editionInHeadline(index: string, title: string): string {
  return editionAfter(index, title) ?? index;
}

/** "Global Innovation Index 2019", "… Index for 2019" in `text`: the index with its edition, or null. */
function editionAfter(index: string, text: string): string | null {
  const at = text.indexOf(index);
  const year = at < 0 ? undefined : /^\s+(?:for\s+)?((?:19|20)\d\d)\b/.exec(text.slice(at + index.length))?.[1];
  return year ? `${index} ${year}` : null;
}

/** A report, index or survey the sentence names that is not `index` (nor its short form). */
// ("the World Happiness Report" in a story of the World Happiness Index is the same one: a
// name's own words, the kind's aside, must differ.)
function otherReportIn(s: Sentence, index: string): boolean {
  const indexKey = ` ${normalizeKey(index)} `;
  return s.entities.some((e) => (e.cls === 'term' || e.cls === 'organisation') && (INDEX_NAME.test(e.text) || /^['’"]?\s+(?:report|index|ranking|rankings|survey)\b/i.test(s.text.slice(e.end, e.end + 12))) && !isAcronymOf(e.text, index) && namesAnotherReport(e.text, indexKey));
}

/** Whether the words right after a rank name the index in lower case by a word of its own name
 *  ("on the latest world competitiveness ranking" for the Global Competitiveness Index). */
function namesIndexLoosely(after: string, index: string): boolean {
  const own = index.toLowerCase().split(/\s+/).filter((w) => w.length > 4 && !/^(?:index|report|ranking|rankings|global|world|survey|annual)$/.test(w));
  const named = /^\s+(?:on|in)\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}(?:ranking|rankings|index|report|survey)\b/.exec(after)?.[0];
  return !!named && own.some((w) => named.includes(w));
}

/** The ranks of the headline's subject told with no index named: the headline's index. */
function headlineRanks(s: Sentence, ctx: Parameters<FindDrafts<'rank'>>[1]): Found[] {
  // (The headline's index, or where it names none in capitals, the first the article names.)
  const index = PLAIN_HINT.test(s.text) && (storyIndex(ctx) ?? articleIndex(ctx));
  if (!index) return [];
  // ("Besides, in the 'Ease of Doing Business' report …, India was ranked at 134th place", in a
  // story of the Prosperity Index: a rank in another report the sentence names is not the story's.)
  if (otherReportIn(s, index)) return [];
  const out: Found[] = [];
  for (const m of s.text.matchAll(PLAIN_RANK)) {
    // (Not the index itself, right before the participle: "… on the UN … Index 2025, rising to 41st".)
    const direct = subjectEndingAt(s, m.indices!.groups!.subjEnd![0]);
    const subject = (direct && !INDEX_NAME.test(direct.text.replace(/\s+(?:19|20)\d\d$/, '')) ? direct : null) ?? openingSubjectBefore(s, m.indices!.groups!.subjEnd![0]) ?? itOfSentence(s, m.indices!.groups!.subjEnd![0]);
    const title = ctx.analyzed.article.title;
    // ("… and ranks 110th in that category": a rank in one part of the index is not its rank;
    // nor "secured the fourth position in the WIPO Cluster Ranking", "seventh globally in
    // intangible asset intensity": a rank in something else the sentence names.)
    const after = s.text.slice(m.index! + m[0].length);
    // ("However, in the matter of corporate governance, India has been ranked 15th": a rank in one
    // area of the index, said before its subject.)
    if (AREA_BEFORE.test(s.text.slice(0, m.index!))) continue;
    // ("… 176th out of 180 nations in the overall rating": the index as a whole is no other thing.)
    // ("… has ranked 40th on the latest world competitiveness ranking" under "Global Competitiveness
    // Index": the index named in lower case by its own word is no other thing.)
    if (PART_AFTER.test(after) || (IN_OTHER.test(after) && !OVERALL.test(after) && !after.includes(index) && !namesIndexLoosely(after, index))) continue;
    // ("… to 118th in 2025": the edition the rank is of, where the index's name has no year.)
    const year = /\d{4}/.test(index) ? undefined : /^\s+in\s+((?:19|20)\d\d)\b/.exec(s.text.slice(m.index! + m[0].length))?.[1];
    if (subject && (containsWholeWord(title, subject.text, false) || containsWholeWord(title, subject.canonical, false))) out.push({ subject, rank: m.groups!.rank, rankAt: m.indices!.groups!.rank![0], among: m.groups!.among?.trim(), index: year ? `${index} ${year}` : index });
  }
  return out;
}

/** "In market sophistication, ", "In foreign direct investment net inflows, ": a phrase of
 *  lower-case words set before the sentence names an area of the index (not the index itself:
 *  "In the overall ranking, ", "In the report, "). */
const AREA_FRONTED = /^(?:In|On|For|Under)\s+(?:the\s+)?((?:\p{Ll}[\p{L}-]*\s+){0,6}\p{Ll}[\p{L}-]*),\s+$/u;
const WHOLE_INDEX = /\b(?:overall|index|report|ranking|rankings|list|survey|study|table|standings)$|^(?:overall|latest|new|annual|global|final)\b/;
/** "On the other hand, ", "In contrast, ": a link to the sentence before, no area. */
const LINKING = /^(?:other\s+hand|contrast|comparison|addition|particular|general|fact|total|all|short|turn|response|return|sum|brief|effect|practice|reality|meantime|this\s+regard|recent\s+years|this\s+case)$/;
function areaFronted(text: string, subjectAt: number): boolean {
  const area = AREA_FRONTED.exec(text.slice(0, subjectAt))?.[1];
  return !!area && !WHOLE_INDEX.test(area) && !LINKING.test(area);
}
/** "India's ranking jump to 66", "India’s rank has improved to 40th": a place's rank moving. */
const OWNED_RANK = /(?<subjEnd>)['’]s?\s+(?:ranking|rank|position)\s+(?:has\s+|had\s+)?(?:jump|jumped|jumps|rise|rose|rises|climb|climbed|climbs|improve|improved|improves|move\s+up|moved\s+up|moves\s+up|go\s+up|went\s+up|fall|fell|falls|slip|slipped|slips|drop|dropped|drops|go\s+down|went\s+down|moved\s+down)\s+to\s+(?:the\s+)?(?<rank>\d{1,3}(?:st|nd|rd|th)?)(?![\d.,]\d|%)\b/dgu;
const OWNED_RANK_HINT = /['’]s?\s+(?:ranking|rank|position)\s/;
const AREA_BEFORE = /\b(?:in|on|for)\s+(?:the\s+)?(?:matter|terms|area|field|case|category|pillar|parameter)s?\s+of\s+[^,;]{1,60},[^,;]*$/i;
// ("India ranked fourth, with 1,080 greenfield projects announced": a rank by a count of
// something the sentence gives, not in the index.)
const PART_AFTER = /^\s*(?:globally\s+)?(?:in|on|for|under)\s+(?:that|this|the|its)\s+(?:[\w-]+\s+){0,3}?(?:category|categories|sub-?index|pillar|dimension|parameter|segment|indicator)\b|^,?\s+(?:with|having)\s+(?:over\s+|about\s+|around\s+|nearly\s+)?\d[\d,.]*\s+\p{L}/iu;
/** "… in the WIPO Cluster Ranking", "globally in intangible asset intensity": what the rank is in,
 *  other than a year. */
const IN_OTHER = /^\s*(?:globally\s+|worldwide\s+)?(?:in|on|for|under)\s+(?!(?:19|20)\d\d\b)/;
const OVERALL = /^\s*(?:in|on)\s+(?:the\s+)?overall\s+(?:rating|ratings|ranking|rankings|score|scores|index|list|table|standings)\b/;

/** "India has shown slight progress and now ranks 115th": the sentence's opening name, the
 *  subject of a verb before "and" (no comma or other name between). */
function openingSubjectBefore(s: Sentence, at: number): Entity | null {
  // ("The Indian passport has made the largest jump, climbing …": a country by its demonym
  // before the thing of it that is ranked.)
  const demonym = s.entities.find((e) => e.cls === 'place' && e.text !== e.canonical && /^The\s+$/.test(s.text.slice(0, e.start)) && /^\s+\p{Ll}+\s/u.test(s.text.slice(e.end)));
  const first = s.entities.find((e) => e.start === 0 && (e.cls === 'place' || e.cls === 'organisation')) ?? demonym;
  if (!first) return null;
  const between = s.text.slice(first.end, at).replace(first === demonym ? /^\s+\p{Ll}+/u : /^$/, '');
  // ("India has made notable progress, climbing from …": a participle clause after its comma too.)
  const participle = /^,\s+\p{Ll}+ing\s/u.test(s.text.slice(at));
  // ("India, ranked 58th last year, reached 68th …": an aside between commas before the verb.)
  const setOff = /^,\s+[^,;]{1,50},?$/.test(between.trimEnd());
  if (!setOff && !/^\s+(?:has|have|had|is|was)\s[^,;]*\sand$/.test(between) && !(participle && /^\s+(?:has|have|had|is|was)\s[^,;]*$/.test(between))) return null;
  // (Not the index, its owner or its short form in brackets: "on the World Economic Forum's (WEF) … Index".)
  const aside = (e: Entity) => /^['’]s?\s/.test(s.text.slice(e.end)) || /\(\s*$/.test(s.text.slice(0, e.start)) || INDEX_NAME.test(e.text);
  return s.entities.some((e) => e !== first && e.start < at && (e.cls === 'place' || e.cls === 'organisation' || e.cls === 'person') && !aside(e)) ? null : first;
}

export default definePattern({
  id: 'rank',
  describe: "A country's or body's rank in a named index or report",
  find,
});
