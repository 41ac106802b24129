import { PRAISE } from '../praise.js';
import type { Entity, Sentence } from '../../types.js';
import { opensOnProvision } from '../../util/provision.js';
import { cabinetBriefer, CEREMONY, FEELING, HEADED_BY_BEFORE, MOURNING, NEWS_PASSED_ON, RESPONSE_DETAIL } from '../telling.js';
import { answerTypeOf } from '../answer-type.js';
import { namedInHeadline, type ArticleContext } from '../article-context.js';
import { isTribute } from '../tribute.js';
import type { FactDraft } from '../draft.js';
import { definePattern, type FindDrafts } from '../pattern.js';
import { normalizeKey } from '../../util/ids.js';
import { storyState } from '../the-state.js';
import { forceOfHeadlineCountry, measureOfDataRelease, ownerOfDataRelease, periodOfFigure, topicElsewhere } from '../story-topic.js';
import { BARE_PASSIVE, hasVerbBetween, wordCount } from '../text-utils.js';
import { COMPARISON_OPENING } from '../build-cloze.js';
import { wholeWordSpans } from '../../util/whole-word.js';
import { initials, isAcronymOf } from '../../util/acronym.js';
import { TITLE_HEAD } from './appointed.js';
import { sourceKind } from './reported-by.js';
import { holdsOffice } from '../find-speaker.js';
import { SPELLS_OUT } from '../spells-out.js';
import { HEDGED_JUDGEMENT, SEEMING } from '../../util/hedged-judgement.js';
import { alternation, organisationKind, cityNamed, countryNamed, countryOfDemonym, stateKnownOf, countryOf, organisationNamed, regionNamed, countryOfCapital, exampleOfKindBefore, COMMON_BODY_NOUNS, COMMON_NOUN_SHORT_FORMS, COMMON_THING_NOUNS, CURRENCY_CODES, isCommonWord, PERIOD_SHORT_FORMS, KIND_NOUNS, LANGUAGES, NAME_ADJECTIVE_END, ORGANISATION_WORDS } from '../../lexicon/index.js';
import { isTitleWord } from '../../analyze/title-split.js';
import { homeBesideFigure, homeCountryName, homeInPassing, homeOpensLead, homePossessive, datelineTownPastLead, isDatelineCountry, isHomeCapital, isHomeCountry, settingBesideTerm } from '../setting-country.js';
import { headlinePlacePair, datelineGovernment, headlineGovernment, settingBody } from '../setting-body.js';
import { PORTFOLIO_DEPARTMENT } from '../portfolio-department.js';
import { listsItsCount } from '../counted-list.js';
import { CALENDAR_ALTERNATION, MONTH_ALTERNATION, MONTH_NAMES, WEEKDAY_NAMES } from '../../util/calendar.js';

/** Words a sentence needs to make a card; one that opens on a pronoun gains the name. */
const MIN_WORDS = 8;
const MIN_WORDS_NAMED = 6;

/** A subordinating word opening a sentence: its main clause must follow. */
const SUBORDINATE_OPENING = /^(?:While|Although|Though|Whereas|Because|Unless|Even as|Even though)\s/;

/** "Scroll unpacks the …", "The Hindu explains …": an outlet telling what its article does. */
/** "Shivraj Chouhan added that during the UPA's rule, MGNREGA was riddled with corruption": an
 *  accusation in a speaker's mouth is a charge, no fact (and its "whose rule" has two answers). */
// ("PM said that the previous government kept _____ irrigation projects pending": so is a charge
// against the government before.)
const ACCUSATION = /\b(?:said|says|added|alleged|claimed|charged|accused|asserted)\s+(?:that\s+)?[^.;]{0,120}?\b(?:riddled\s+with\s+corruption|corrupt|misrule|looted|betrayed|anti-poor|anti-farmer|jungle\s+raj|previous\s+(?:government|governments|regime|dispensation))\b/i;
const JIBE_OPENING = /^(?:Targeting|Targetting|Attacking|Slamming|Mocking|Taunting|(?:Taking|Having taken) a (?:dig|swipe|jibe|potshot) at|(?:Hitting|Lashing) out at)\s/;
const OUTLET_UNPACKS = /^(?:The\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s+(?:unpacks|explains|decodes|breaks down|takes a look at|looks at)\s+(?:the|how|why|what)\b/u;

/**
 * Fill-in-the-blank candidates: each name, date or number of a sentence that states something
 * (not a question, not a fragment). The extractor keeps one per sentence, preferring answers
 * not asked yet, so the cards cover many entities rather than the most frequent one.
 */
const find: FindDrafts<'cloze'> = (s, ctx) => {
  const words = wordCount(s.text);
  // (A short sentence that opens on "He"/"She" is read with the person's name: "She (Valeska
  // Paris) joined the _____ aged 14.")
  if (words < (/^(?:He|She)\s/.test(s.text) ? MIN_WORDS_NAMED : MIN_WORDS) || words > 70 || /\?\s*["”]?$/.test(s.text) || !/[.!”"]$/.test(s.text.trim())) return [];
  // A fragment without a verb ("Treasury Board letters, agendas and minutes …") states nothing,
  // nor does a heading whose only verb is a participle ("Automatic Vacation of Stay Orders in the
  // case involving …").
  if (!hasVerbBetween(s, 0, s.text.length) || !hasFiniteVerb(s)) return [];
  // ("While nine deaths were reported from Saran, two from Jamui and one from Bhojpur district
  // respectively.": a subordinate clause whose main clause after the comma has no verb.)
  const subordinate = SUBORDINATE_OPENING.exec(s.text);
  if (subordinate && (s.text.indexOf(',') < 0 || !hasVerbBetween(s, s.text.indexOf(','), s.text.length))) return [];
  // ("Still below the 65.1 per cent recorded in 2018.": a comparison cut off from the figure it
  // compares, its only verb a participle.)
  if (COMPARISON_OPENING.test(s.text) && COMPARED_PARTICIPLE.test(s.text)) return [];
  // ("Scroll unpacks the 667-page judgement, written by _____": the outlet on its own article.)
  if (OUTLET_UNPACKS.test(s.text)) return [];
  // ("Targeting RJD chief Lalu Prasad Yadav, Nitish Kumar remarked that …": a jibe at a rival is
  // rhetoric, no fact to learn.)
  if (JIBE_OPENING.test(s.text) || ACCUSATION.test(s.text)) return [];
  // ("On Monday evening, Food Processing Minister … Chirag Paswan also visited the hospital.": who
  // came to the bedside is no fact of the story.)
  if (/\bvisited\s+(?:the\s+)?(?:hospital|AIIMS)\b/.test(s.text) && !/\b(?:killed|died|injured|dead)\b/.test(s.text)) return [];
  // ("Extending greetings to all Air Warriors …, the CAS expressed faith …": a greeting, no fact.)
  if (/^(?:Extending|Conveying|Sending)\s+(?:(?:his|her|their)\s+)?(?:greetings|good\s+wishes|best\s+wishes|wishes)\b/.test(s.text)) return [];
  if (resultsTableLine(s, ctx)) return [];
  // ("4th Test, Day 5, Brief Scores: India 622 for 7 declared (Pujara 193, …)": a scorecard is a table, no sentence.)
  if (SCORECARD.test(s.text)) return [];
  // ("Other helplines are: Muzaffarnagar: 0131-2645238, Cuttack: 0671-2200568, …": a list of numbers to call.)
  if ((s.text.match(PHONE_NUMBER) ?? []).length >= 2) return [];
  // ("Mr. Modi arrived at Janata Maidan, the venue of the swearing-in, from _____": an arrival at the
  // day's venue is its narration, whatever it names.)
  if (ARRIVED_AT_VENUE.test(s.text)) return [];
  // (Whether the sentence is a tribute is asked once, not of each person in it; so is whatever
  // else holds of the whole sentence.)
  // ("_____ CM, Revanth Reddy, also posted a tribute for Rao": nor whose office the mourner holds.)
  const tribute = s.entities.some((e) => e.cls === 'person') && isTribute(s, ctx);
  // ("From 2003 to 2006, he served as the counsellor at the Indian embassy in _____", "served as
  // joint secretary in the _____ between 2015 and 2017": a post held for a closed span of years
  // is a line of a career, no news.)
  // (Or its first post: "started practising law at the District Court, Hisar, in 1984".)
  // (Or posts given as a sample: "worked in the World Bank, joint secretary in the _____ and as
  // managing director of the _____ among others".)
  const careerLine = (CAREER_POST.test(s.text) && (CLOSED_SPAN.test(s.text) || CAREER_SAMPLE.test(s.text))) || CAREER_START.test(s.text) || CAREER_BEFORE.test(s.text) || CAREER_HELD.test(s.text) || CREDENTIALS.test(s.text);
  // ("Later in the day, _____ takes on Jia Heng Jason Teh in the men’s singles summit clash": who
  // plays a match still ahead, its result unknown to the quiz.)
  const matchAhead = MATCH_AHEAD_SENTENCE.test(s.text);
  // ("The post … had been lying vacant since Justice (retd) Arun Kumar Mishra completed his tenure
  // on _____": since when a post stood empty is the gap before the news, not a date to learn.)
  const vacancy = VACANT_SINCE.test(s.text);
  const itinerary = ITINERARY.test(s.text);
  // ("Sources said the CRS might record the statements of the driver …": what may yet happen, as
  // sources guess it, is no fact.)
  if (SPECULATION.test(s.text)) return [];
  // ("The NGLV is envisioned as a game changer with its massive scale": praise of a thing, no fact
  // of it.)
  if (HYPE.test(s.text) || PRAISE.test(s.text) || STRUCK_AS.test(s.text) || UNDER_WAY.test(s.text) || OFF_PODIUM_FINISH.test(s.text)) return [];
  // ("India may have dominated the first half of the series but Australia hit back …": a writer's
  // hedged judgement, no fact.)
  if (HEDGED_JUDGEMENT.test(s.text) || SEEMING.test(s.text)) return [];
  // ("The IIP for March 2025 is scheduled for release on April 28": when the next figures come out
  // is a calendar, no news.)
  if (NEXT_RELEASE.test(s.text)) return [];
  // ("John Helliwell, one of the authors of the report said in a statement.": a teller whose words
  // the sentence before holds; alone, it says nothing.)
  if (TELLER_ONLY.test(s.text)) return [];
  // ("Prakash Javadekar, Union Minister of Information & Broadcasting: Actor Amitabh Bachchan has
  // been …": a post's byline, its writer and post before a colon, is a label, no sentence.)
  if (speakerLabel(s)) return [];
  // ("Dr. Samir V Kamat … extended his congratulations to the entire DRDO team for the successful
  // conduct of the ITCM launch": who congratulated whom on what the story has told already.)
  if (CONGRATULATION.test(s.text)) return [];
  // ("The GDP growth performance in _____ has been very impressive …, said Madan Sabnavis, chief
  // economist at Bank of Baroda": an analyst's reading of the news; "… was estimated to grow by
  // _____, according to economists polled by Bloomberg": a forecast polled, not the figure.)
  if (ANALYST_TOLD_AFTER.test(s.text) || POLLED_FORECAST.test(s.text)) return [];
  return s.entities
    .map(withoutRelativeYear)
    .map((e) => withSign(e, s))
    .map((e) => withShortForm(e, s))
    .map((e) => withFaction(e, s))
    .filter((e) => !(careerLine && e.cls !== 'person') && !(vacancy && e.cls === 'date') && !(matchAhead && (e.cls === 'person' || e.cls === 'place' || e.cls === 'organisation')) && blankable(e, s) && !rollEntry(e, s, ctx) && !insideHeadlineCompound(e, s, ctx) && !homePossessive(e, s, ctx) && !homeInPassing(e, s, ctx) && !homeOpensLead(e, s, ctx) && !homeBesideFigure(e, s, ctx) && !isHomeCountry(e, ctx) && !isHomeCapital(e, ctx) && !settingBesideTerm(e, s, ctx) && !storyStateInPassing(e, s, ctx) && !(e.start === 0 && isDatelineCountry(e, ctx)) && !datelineTownPastLead(e, s, ctx) && !settingBody(e, s, ctx) && !cabinetBriefer(e, s, ctx) && !headlineGovernment(e, ctx) && !datelineGovernment(e, s, ctx) && !headlinePlacePair(e, s, ctx) && !quotedSource(e, s, ctx) && !announcer(e, s, ctx) && !retoldAuthor(e, s, ctx) && !relativeCount(e, s, ctx) && !yearAgoMonth(e, s, ctx) && !onlyEverAModifier(e, s, ctx) && !unexplainedCode(e, s, ctx) && !titleRunOntoName(e, ctx) && !capitalForGovernment(e, s) && !shortOfLongerName(e, ctx) && !storyReportItself(e, s, ctx) && !claimedOnly(e, s, ctx) && !(itinerary && (itineraryStop(e, ctx) || e.cls === 'date')) && !topicElsewhere(e, s, ctx) && !measureOfDataRelease(e, s, ctx) && !periodOfFigure(e, s) && !toldInPaper(e, s) && !forceOfHeadlineCountry(e, ctx) && !ownerOfDataRelease(e, s, ctx) && !((e.cls === 'person' || (e.cls === 'place' && /^\s+(?:CM|Chief Minister|Governor|Minister)\b/.test(s.text.slice(e.end)))) && tribute) && !(WEEKDAY_ONLY.test(e.text) && !ctx.analyzed.article.date) && !loneBaseline(e, s) && !playScore(e, s) && !headlinedWithShortForm(e, s, ctx) && !homePrimeMinister(e, ctx) && !foreignRival(e, s, ctx) && !shortFormSpeltBefore(e, s, ctx))
    .map((e) => ({
      pattern: 'cloze',
      question: '',
      answer: e.named ?? fullName(e),
      answerText: e.text,
      answerStart: e.start,
      answerType: answerTypeOf(e),
      sentenceIndex: s.index,
      // (A name a thing is called by is what its sentence teaches.)
      // (So is what a scheme costs: "with an outlay of _____ over a period of two years".)
      confidence: confidenceOf(e, s, ctx),
      about: [e.canonical],
    }) satisfies FactDraft<'cloze'>);
};

/** How sure a blank is worth asking: its salience, with what the words before it add. */
function confidenceOf(e: Entity, s: Sentence, ctx: ArticleContext): number {
  const before = s.text.slice(Math.max(0, e.start - 30), e.start);
  const named = NAMED_AS.test(before) ? NAMED_BONUS : 0;
  const sum = (e.cls === 'money' && OUTLAY_BEFORE.test(before)) || (isFigure(e) && LEVEL_BEFORE.test(before)) ? OUTLAY_BONUS : 0;
  const rank = e.cls === 'ordinal' && RANK_MOVED_TO.test(s.text.slice(Math.max(0, e.start - 60), e.start)) ? RANK_BONUS : 0;
  const toll = e.cls === 'number' && deathToll(s.text, e) ? TOLL_BONUS : 0;
  return (salience(e, ctx) + named + sum + rank + toll) * (isBaseline(e, s) ? BASELINE_SHARE : 1);
}

/** "India's consumer _____ softened" → price inflation, under "Consumer price inflation at
 *  lowest …": the key term with the word before it is the headline's longer compound, and the
 *  blank would leave half of it. */
const NO_COMPOUND_WORD = /^(?:the|a|an|of|in|on|at|as|to|for|from|by|with|and|or|but|its|their|his|her|our|that|this|while|when|after|before|over|under|amid|than|is|are|was|were)$/i;

// ("installing _____ solar in one crore households" → rooftop, under "Cabinet approves rooftop
// solar scheme": the word after it as well.)
function insideHeadlineCompound(e: Entity, s: Sentence, ctx: ArticleContext): boolean {
  if (!e.keyTerm) return false;
  const before = /([\p{L}][\p{L}-]*)\s+$/u.exec(s.text.slice(Math.max(0, e.start - 30), e.start))?.[1];
  const after = /^\s+([\p{L}][\p{L}-]*)/u.exec(s.text.slice(e.end, e.end + 30))?.[1];
  const inHeadline = (word: string | undefined, compound: (w: string) => string) => word !== undefined && !NO_COMPOUND_WORD.test(word) && ctx.headlineKey.includes(` ${normalizeKey(compound(word))} `);
  // (A one-word modifier, or a name before its kind, "the _____ scheme" → electoral bonds: "the
  // repo rate unchanged" under "RBI keeps repo rate unchanged" is no compound.)
  return inHeadline(before, (w) => `${w} ${e.text}`) || ((!/\s/.test(e.text) || (after !== undefined && KIND_NOUNS.has(after))) && inHeadline(after, (w) => `${e.text} ${w}`));
}

/** "The _____ is published annually by …" → GHI, "added to the _____ this year" → EPI, under a
 *  headline of the Global Hunger Index or the "EPI report": the index or report the story is
 *  about, named as the thing itself, is no fact of it. */
const REPORT_NAME = /\b(?:Index|Report|Ranking|Rankings|Survey|Outlook|Review|Yearbook)$/;

/** The words a headline calls a report by ("Key highlights of SIPRI report"). */
const REPORT_WORDS = ['report', 'index', 'survey', 'yearbook', 'ranking', 'rankings'];

/** "The 56th edition of the _____ analyses …" → SIPRI Yearbook, under "Key highlights of SIPRI
 *  report": the headline names the report by its publisher alone. */
function publisherReportInHeadline(report: Entity, ctx: ArticleContext): boolean {
  const publisher = normalizeKey(report.canonical.replace(/\s+(?:19|20)\d\d$/, '').replace(REPORT_NAME, ''));
  return !!publisher && REPORT_WORDS.some((w) => ctx.headlineKey.includes(` ${publisher} ${w} `) || ctx.headlineKey.includes(` ${publisher} s ${w} `));
}

/** The letters of a short form isAcronymOf can match: "GHI", "MoHFW". */
const ACRONYM_SHAPE = /^[A-Z](?:[a-z]?[A-Z]){1,7}$/;

function storyReportItself(e: Entity, s: Sentence, ctx: ArticleContext): boolean {
  if (e.cls !== 'term' && e.cls !== 'organisation') return false;
  // (Only a short form's shape is looked up in the article: most names are none.)
  const shortForm = ACRONYM_SHAPE.test(e.text.replace(/\s+(?:19|20)\d\d$/, '').replace(/[.&\s]/g, ''));
  const long = REPORT_NAME.test(e.canonical.replace(/\s+(?:19|20)\d\d$/, '')) ? e : !shortForm ? undefined : s.entities.find((x) => x !== e && REPORT_NAME.test(x.canonical) && isAcronymOf(e.text, x.canonical)) ?? ctx.timeline.find((t) => REPORT_NAME.test(t.entity.canonical) && isAcronymOf(e.text, t.entity.canonical))?.entity;
  return !!long && (namedInHeadline(e, ctx) || namedInHeadline(long, ctx) || publisherReportInHeadline(long, ctx));
}

/** "… passed away on Saturday.", "… died in Hyderabad.": a death and its day or place alone. */
const BARE_DEATH_AFTER = /^\s+(?:has\s+|had\s+)?(?:passed away|died|breathed (?:his|her) last)(?:\s+(?:here|there|today|yesterday))?(?:\s+(?:on|at|in|early|late)(?:\s+[\w’'-]+){1,4}){0,2}\.?$/;

/** Whether a blank stands inside curly quotes without filling them: a title cut in part. */
function partOfQuotedTitle(e: Blank, text: string): boolean {
  // (In single curly quotes too: "an article titled ‘DNA Barcoding and Systematic Review of …’".)
  return [['“', '”'], ['‘', '’']].some(([o, c]) => partOfQuoted(e, text, o, c));
}

function partOfQuoted(e: Blank, text: string, o: string, c: string): boolean {
  const open = text.lastIndexOf(o, e.start);
  if (open < 0 || text.lastIndexOf(c, e.start) > open) return false;
  // (A closing single quote is also an apostrophe: only one before a space or a mark counts.)
  let close = text.indexOf(c, e.end);
  while (c === '’' && close >= 0 && /\p{L}/u.test(text[close + 1] ?? '')) close = text.indexOf(c, close + 1);
  if (close < 0 || (text.indexOf(o, e.end) >= 0 && text.indexOf(o, e.end) < close)) return false;
  return text.slice(open + 1, close).trim().replace(/[,.;:!?]+$/, '') !== e.text.trim();
}

/** "since _____" → Monday, in an article with no date: a weekday alone, which day of which week
 *  the card cannot say. */
const WEEKDAY_ONLY = new RegExp(`^(?:${WEEKDAY_NAMES.join('|')})$`);

/** A day or month right after a name: "… the BJP Monday", no part of it. */
/** "…, September 25, and " / ", and October 1": the day a list's neighbour is. */
// ("President X also tweeted the congratulatory message to the Indian space agency": so is a message of it.)
const CONGRATULATION = /\b(?:congratulated|(?:extended|conveyed|offered)\s+(?:(?:his|her|their)\s+)?(?:heartiest\s+|warm(?:est)?\s+)?congratulations|congratulatory\s+(?:message|note|tweet|post|letter))\b/;
const DAY_BEFORE = new RegExp(`\\b${MONTH_ALTERNATION}\\s+\\d{1,2},?\\s+(?:and\\s+)?$`);
const DAY_AFTER = new RegExp(`^,\\s+(?:and\\s+)?${MONTH_ALTERNATION}\\s+\\d{1,2}\\b`);
const DAY_LIST = new RegExp(`\\b${MONTH_ALTERNATION}\\s+\\d{1,2},\\s+${MONTH_ALTERNATION}\\s+\\d{1,2}\\b`);
const CALENDAR_WORD_AFTER = new RegExp(`^\\s${CALENDAR_ALTERNATION}\\b`);

/** "ZPM's _____ defeated MNF's K T Rokhaw from the Palak Assembly constituency": who won or lost
 *  one seat, where and by how much, is a line of the results table, unless the headline names
 *  them or they lead a government (the Chief Minister who lost his seat is the news). */
const SEAT_RESULT = /\b(?:constituency|constituencies|Assembly seat|assembly seat|assembly segment|Assembly segment)\b/;
const SEAT_LEADER_ROLE = /\b(?:Chief Minister|CM|Prime Minister|PM)\b/;

// ("District magistrate _____ has directed …": in lower case too.)
const LOCAL_OFFICER_BEFORE = /\b(?:Inspector General of Police|Superintendent of Police|Commissioner of Police|Deputy Inspector General|[Dd]istrict [Mm]agistrate|[Dd]istrict [Cc]ollector|DM|ADM|Deputy Commissioner|Deputy SP|(?:Additional\s+)?SP|DSP|SSP|DCP|ACP|IGP|DIG|SHO|Collector|Tehsildar|SDM|[Ss]pokesperson|Station House Officer)\s+$/;
const HOSPITAL_NAME = /\b(?:Hospitals?|Medical\s+(?:College|Centre|Center|Institute)|Institute of Medical Sciences|Medical Sciences|AIIMS|Health Centre|Trauma Centre|Nursing\s+Home|Clinic|Medicity)\b/;
/** A hospital's name, then "in" the place it stands in. */
const HOSPITAL_THEN_IN = new RegExp(`${HOSPITAL_NAME.source}\\s+in\\s+$`);
const INJURED_TAKEN = /\b(?:injured|wounded|hurt|victims|patients)\b[^.;]*\b(?:shifted|taken|admitted|rushed|referred|moved|sent|were\s+to)\b|\b(?:shifted|taken|admitted|rushed|referred|moved)\b[^.;]*\b(?:injured|wounded|hurt|victims)\b/;
const PHONE_NUMBER = /\b\d{3,5}-\d{6,8}\b/g;
const SCORECARD = /\b(?:Brief\s+Scores?|Scores?\s+in\s+brief|Brief\s+scorecard|Scorecard)\s*:/i;

function resultsTableLine(s: Sentence, ctx: ArticleContext): boolean {
  if (!SEAT_RESULT.test(s.text)) return false;
  const people = s.entities.filter((e) => e.cls === 'person');
  return people.length > 0 && !people.some((e) => namedInHeadline(e, ctx) || SEAT_LEADER_ROLE.test(e.role ?? ''));
}

/** "March 11 this year", "12 August last year": a day given its year by the reader's calendar. */
const RELATIVE_YEAR_AFTER_DAY = new RegExp(`^((?:\\d{1,2}\\s+${MONTH_ALTERNATION}|${MONTH_ALTERNATION}\\s+\\d{1,2}))\\s+(?:this|last|next)\\s+year$`);

/** The day alone is the blank ("runs through _____ this year" → March 11): the relative year
 *  stays in the text, where it reads as the article wrote it. */
function withoutRelativeYear(e: Entity): Entity {
  if (e.cls !== 'date') return e;
  const day = RELATIVE_YEAR_AFTER_DAY.exec(e.text)?.[1];
  return day ? { ...e, text: day, canonical: day, end: e.start + day.length } : e;
}

/** "declined to –5.02%": a minus sign written onto the figure is part of it (a blank after it
 *  would read "–_____"). */
function withSign(e: Entity, s: Sentence): Entity {
  if (e.cls !== 'number' && e.cls !== 'percent' && e.cls !== 'money') return e;
  if (!/[–−]/.test(s.text[e.start - 1] ?? '') || !(e.start < 2 || /\s/.test(s.text[e.start - 2]))) return e;
  const text = s.text.slice(e.start - 1, e.end);
  return { ...e, text, canonical: text, start: e.start - 1 };
}

const NAMED_AS_THE = /\b(?:named|called|known|titled|dubbed)(?:\s+as)?\s+(?:the\s+)?$/;

/** A hospital's name. */
// ("AIIMS New Delhi", "Sikandara Rau Trauma Centre", "Medanta - The Medicity".)
const HOSPITAL = /\b(?:Hospitals?|Clinic|Nursing Home|Medical (?:College|Centre|Center|Institute)|Institute of Medical Sciences|Trauma Centre|Medicity)$|^AIIMS\b/;

/** Sites where a post is put up. */
const SOCIAL_PLATFORM = /^(?:X|Twitter|Facebook|Instagram|YouTube|WhatsApp|Koo|Threads|LinkedIn)$/;

/** "a surplus of USD 13.5 billion … as compared with USD 4.6 billion in the year-ago period",
 *  "rose to 23.4 per cent from 16.3 per cent": the figure a change is measured from is the
 *  baseline, asked after the news it is the baseline of. */
// ("a 12.6 per cent increase over the gross collection of _____ in April 2024": over a sum named as one.)
const BASELINE_BEFORE = /\b(?:(?:compared (?:with|to)|as against|against|up from|down from|than)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}?(?:[a-z-]+\s+of\s+)?|over\s+the\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+of\s+)$/;
/** "… from _____" as a change's start: "to X from _____", or "from _____ … to Y" ("senior citizens
 *  from 4.5 crore families" is no change). */
// ("to 7.4% from an earlier estimate of _____": the baseline may be named as one.)
const FROM = String.raw`\bfrom\s+(?:(?:an?|the|its|their)\s+)?(?:(?:earlier|previous|prior|initial|original)\s+)?(?:(?:estimate|projection|forecast|level|figure|target)\s+of\s+)?$`;
const FROM_BEFORE = new RegExp(FROM);
// ("rose to USD 33.9 billion in Q4:2024-25 from _____": the currency's code before the figure.)
const TO_FIGURE_BEFORE = new RegExp(String.raw`\bto\s+(?:(?:USD|US\$|Rs\.?|INR|₹|\$)\s?)?\S*\d[^,;]{0,40}` + FROM);
const TO_FIGURE_AFTER = /^\s+(?:\S+\s+){0,4}?to\s+\S*\d/;
/** "IIT Madras improved its score, from _____ in 2024": a change told with its start alone, the
 *  new figure in the sentence before. */
const CHANGED_FROM = new RegExp(String.raw`\b(?:improved|increased|rose|grew|climbed|jumped|fell|dropped|declined|slipped|decreased|went up|went down)\b[^.;]{0,30}?,?\s+` + FROM);
const BASELINE_SHARE = 0.8;

function isBaseline(e: Entity, s: Sentence): boolean {
  if (e.cls !== 'money' && e.cls !== 'number' && e.cls !== 'percent') return false;
  const before = s.text.slice(Math.max(0, e.start - 80), e.start);
  if (BASELINE_BEFORE.test(before)) return true;
  return FROM_BEFORE.test(before) && (TO_FIGURE_BEFORE.test(before) || TO_FIGURE_AFTER.test(s.text.slice(e.end, e.end + 60)) || CHANGED_FROM.test(before));
}

/** "scored _____ points", "a total of _____" after a final's shots, "_____ moves into the contest":
 *  the score of a play, a line of the scoresheet no student learns; the medal and who won it are
 *  the news. Only in a sentence of a game, so "Sensex fell 500 points" stays. */
function playScore(e: Entity, s: Sentence): boolean {
  if (e.cls !== 'number') return false;
  const tail = s.text.slice(e.end, e.end + 24);
  if (/^\s*(?:moves?|shots?)\b/.test(tail)) return true;
  if (/^\s*(?:rating\s+)?points?\b/.test(tail)) return PLAY_WORDS.test(s.text);
  // (A bare total, no unit after it: "a total of 249.7", "finished second with 625.8"; a tally of
  // medals names its unit and is the news.)
  if (/^\s*\p{L}/u.test(tail) && !/^\s*(?:to|in|at|and|while|as|after|for|on)\b/.test(tail)) return false;
  const near = s.text.slice(Math.max(0, e.start - 40), e.start);
  return SHOOTING_WORDS.test(s.text) && /\b(?:(?:total|score|tally)\s+of|shooting|shot|a\s+set\s+of|(?:finished|placed|ended)\s+\p{Ll}+\s+with)\s+$/u.test(near);
}
const PLAY_WORDS = /\b(?:finals?|qualification|qualifiers?|rounds?|match(?:es)?|games?|tiebreaks?|medals?|shots?|sets?|innings|tournament|Olympics?|Paralympics?|Games|[Cc]hampionships?|victory|win|wins|winning|won|half|goals?|rankings?|table|standings|placed|board)\b/;
/** A stock exchange or its index, as a market report names it. */
const MARKET_NAME = /^(?:(?:the\s+)?(?:[Bb]enchmark\s+)?(?:BSE|NSE)(?:\s+(?:Sensex|Nifty(?:\s*50)?))?|Sensex|Nifty(?:\s*50)?|Bombay Stock Exchange|National Stock Exchange)$/;
/** A trading day's words: a share, its price, its session. */
const TRADING_DAY = /\b(?:stock|shares?|scrip|intra-?day|traded|to trade at|hit a (?:high|low)|listed at|issue price)\b/;
/** Words of a contest scored by shots, throws or ends (shooting, archery). */
const SHOOTING_WORDS = /\b(?:finals?|qualification|rounds?|shots?|sets?|medals?|Olympics?|Paralympics?|Games|[Cc]hampionships?|World\s+Cup)\b/;

/** "IIT Madras improved its score, from _____ in 2024": the figure a change started from, the
 *  new one left to the sentence before, is a detail with nothing beside it to learn. */
// ("… at 2.59 per cent in May, 2025 as compared to _____ in April 2025": nor is last month's
// figure beside this month's, in a data release.)
function loneBaseline(e: Entity, s: Sentence): boolean {
  // ("In the year-ago period, the current account deficit stood at _____ …, and the same was … in
  // the preceding quarter ending _____": a sentence set in the periods before gives the baselines
  // of the one the story reports, figures and periods alike.)
  if (YEAR_AGO_OPENING.test(s.text) && (e.cls === 'money' || e.cls === 'number' || e.cls === 'percent' || e.cls === 'date')) return true;
  if (e.cls !== 'money' && e.cls !== 'number' && e.cls !== 'percent') return false;
  // (Only beside this period's figure of the same kind: "rose by 6 per cent from Rs 4,000 crore last
  // year" gives no other sum, and the baseline is asked.)
  // (Before it or after: "Up from _____ in July to 59.3 in August".)
  if (isBaseline(e, s) && LAST_PERIOD_AFTER.test(s.text.slice(e.end, e.end + 40)) && s.entities.some((o) => o !== e && o.cls === e.cls)) return true;
  // ("now 289, compared to _____ in 2021": or the year of the last count, beside "compared to"; a
  // change "from 0.676 in 2022 to 0.685 in 2023" is told by both its ends.)
  if (BASELINE_BEFORE.test(s.text.slice(Math.max(0, e.start - 80), e.start)) && /^\s+in\s+(?:19|20)\d\d\b/.test(s.text.slice(e.end, e.end + 12)) && s.entities.some((o) => o !== e && o.cls === e.cls && o.end <= e.start)) return true;
  // ("increased by Rs 130 to Rs 1,980 per quintal for 2025-26 rabi marketing season, from _____ per
  // quintal in the previous year": a start "from" the last period, after this period's figure.)
  if (FROM_BEFORE.test(s.text.slice(Math.max(0, e.start - 80), e.start)) && LAST_PERIOD_AFTER.test(s.text.slice(e.end, e.end + 40)) && s.entities.some((o) => o !== e && o.cls === e.cls && o.end <= e.start)) return true;
  return CHANGED_FROM.test(s.text.slice(Math.max(0, e.start - 80), e.start)) && !s.entities.some((o) => o !== e && (o.cls === 'money' || o.cls === 'number' || o.cls === 'percent'));
}
const YEAR_AGO_OPENING = /^(?:In\s+the\s+(?:year-ago|year-earlier|corresponding)\s+(?:period|quarter|month)|In\s+the\s+same\s+(?:period|quarter|month)\s+(?:last|a)\s+year|A\s+year\s+(?:ago|earlier)),/;
// ("… from _____ in Q4:2023-24", "in FY24": a quarter or a fiscal year named by its code too.)
// ("… _____ per quintal in the previous year": the unit between.)
const LAST_PERIOD_AFTER = new RegExp(String.raw`^\s+(?:per\s+[a-z]+\s+)?(?:in|during|for)\s+(?:the\s+)?(?:(?:previous|preceding|last|same)\s+(?:month|quarter|year|fiscal)|(?:${MONTH_ALTERNATION})\b|Q[1-4]\s?:?\s?(?:FY\s?)?\d{2,4}|FY\s?\d{2,4}|(?:19|20)\d\d-\d\d\b)|^\s+(?:last|a)\s+(?:month|year)(?:\s+ago)?\b`);

/** "NCP (Sharad Pawar)", "Lok Janshakti Party (Ram Vilas)": a faction's name in brackets after a
 *  party's is part of its name (its short form, "(BJP)", is not); the blank and key take both. */
function withFaction(e: Blank, s: Sentence): Blank {
  if (e.cls !== 'organisation' || e.named) return e;
  const faction = /^\s*\(([\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*){0,3})\)/u.exec(s.text.slice(e.end));
  if (!faction || isAcronymOf(faction[1], e.canonical) || isAcronymOf(faction[1], e.text)) return e;
  const end = e.end + faction[0].length;
  return { ...e, text: s.text.slice(e.start, end), end, named: `${fullName(e)} (${faction[1]})` };
}

/** A blank that covers more than its answer: the name and the short form written after it. */
type Blank = Entity & { named?: string };

/** "under Digital India Corporation (DIC)", "officially named as the Comprehensive Economic and
 *  Trade Agreement (CETA)": the short form in brackets gives the name away, and the name the
 *  short form, so the blank takes both; the key is the name. Only a body's name, or a name the
 *  sentence gives as such: spelling out "Air Quality Index (AQI)" or "Initial Public Offer
 *  (IPO)" teaches no news. */
function withShortForm(e: Entity, s: Sentence): Blank {
  // (A body's word may head it before its town: "Indian Institute of Technology, Madras (IIT M)".)
  const body = e.cls === 'organisation' && e.text.split(/[\s,]+/).some((w) => ORGANISATION_WORDS.has(w.toLowerCase()));
  if (!body && !((e.cls === 'organisation' || e.cls === 'term') && NAMED_AS_THE.test(s.text.slice(Math.max(0, e.start - 30), e.start)))) return e;
  const short = /^\s*\([A-Z][A-Za-z0-9.&-]{1,9}(?: [A-Z])?\)/.exec(s.text.slice(e.end));
  // ("the Communist Party of India (Marxist)": one capital is a faction's word, no short form.)
  if (!short || !/^\s*\([A-Z][^)]*[A-Z0-9]/.test(short[0])) return e;
  const end = e.end + short[0].length;
  // ("the Bharatiya Janata Party (BJP) stalwart": a name before a noun only says whose.)
  const next = s.tokens.find((t) => t.start >= end);
  if ((next?.pos === 'NOUN' || next?.pos === 'ADJ') && /^\p{Ll}/u.test(next.text)) return e;
  return { ...e, text: s.text.slice(e.start, end), end, named: e.text };
}

/** "the National Education Policy (NEP)": the short form in brackets right after the name, which
 *  the card leaves out with its brackets. */
function shortFormRightAfter(e: Entity, o: Entity, s: Sentence): boolean {
  return o.start >= e.end && /^\s*\($/.test(s.text.slice(e.end, o.start)) && s.text[o.end] === ')';
}

/** Works with titles: "his book Em and the Big Hoom". */
const WORK = '(?:book|novel|film|movie|song|album|play|poem|memoir|anthology|collection)';
/** A work's title begun before the name, with "and"/"of" inside it. */
const WORK_TITLE_BEFORE = new RegExp(`\\b${WORK}\\s+(?:[\\p{Lu}][\\p{L}'’-]*\\s+){1,4}(?:and|of|in|on)\\s+(?:the\\s+|a\\s+)?$`, 'u');
/** A work's kind right before the name, its title starting there. */
const WORK_BEFORE = new RegExp(`\\b${WORK}\\s+$`);


/** "… sought Prime Minister ", "PM ": the bare title, no country, rank or time before it. */
// ("When Prime Minister _____ flags off a metro train …": after a conjunction opening the sentence too.)
const BARE_PRIME_MINISTER = /(?:^|^(?:When|As|After|While|Before|If|Since|Once|Although|Though)\s+|(?:^|\s)(?!(?:former|late|ex|then|deputy|acting|interim|caretaker|outgoing|new|incoming|next|first|designate)\b)\p{Ll}+\s+|[^\p{L}\s]\s*)(?:Prime Minister|PM)\s+$/u;

/** "eighth consecutive time", "third straight year", "fifth time in a row". */
/** "… the fourth country to achieve …": a place among countries to do something first. */
const NTH_COUNTRY_AFTER = /^\s+(?:country|nation)\s+(?:in\s+the\s+world\s+)?to\s+\p{Ll}/u;
const NTH_COUNTRY_BEFORE = /\b(?:making|made|makes)\s+(?:\p{Lu}[\p{L}-]+|it)\s+(?:only\s+|also\s+)?the\s+$|\b\p{Lu}[\p{L}-]+\s+(?:has\s+)?(?:became|becomes|become|is|was)\s+(?:only\s+|also\s+)?the\s+$/u;
const OWN_CONSTITUTION = /^(?:the\s+)?(?:Indian\s+)?Constitution(?:\s+of\s+India)?$/i;
/** "is ranked ", "ranks ", "was placed at ": a rank's verb. */
/** "Karnataka 106": a name, then a bare count. */
const PLACE_THEN_COUNT = /^(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3}) \d[\d,]*$/u;
const EDITION_NOUN_BEFORE = /\b(?:census|survey|report|index|ranking|rankings|summit|edition|budget|elections?|polls|games|championships?|cup|olympics|olympiad|conclave|expo|festival)\s$/;
/** "the Henley Passport Index for ", "the World Happiness Report of ": before an edition's year. */
const EDITION_YEAR_BEFORE = /\b(?:Index|Report|Ranking|Rankings|Survey|Outlook|Budget|Review|Census)\s+(?:for|of)\s+(?:the\s+year\s+)?$/;
/** "falling from 84th to _____", "climbed three places to _____": the rank a ranking moved to. */
const RANK_MOVED_TO = /\bfrom\s+(?:the\s+)?\d{1,3}(?:st|nd|rd|th)\s+(?:(?:position|place|spot|rank)\s+)?to\s+(?:the\s+)?$|\b(?:slipped|dropped|fell|falling|slipping|dropping|climbed|climbing|rose|rising|jumped|jumping|moved|improved|improving)\s+(?:\w+\s+){0,3}?to\s+(?:the\s+)?$/;
const RANKED_BEFORE = /\b(?:ranked|ranks|placed|stands|stood)\s+(?:at\s+)?(?:the\s+)?$/;
/** "… in the world", "… globally", "… among 133 economies": what a rank is among. */
const RANK_SCOPE_AFTER = /^\s+(?:(?:position|place|spot|rank)\s+)?(?:in\s+the\s+world|globally|worldwide|in\s+Asia|among\s)/;
/** "the _____ stage" of a rocket that failed. */
const FAILED_STAGE_AFTER = /^\s+stage\b/;
const FAILURE = /\b(?:anomaly|anomalies|snag|glitch|failure|failed|fault|malfunction|deviation|could not be accomplished|aborted)\b/i;
/** "a delegation that includes ", "an entourage of ": the count of those along with a visitor. */
const DELEGATION_OF_BEFORE = /\b(?:delegation|entourage)\s+(?:that\s+|which\s+)?(?:includes|included|including|of|comprising|comprises|consisting\s+of|with)\s+(?:some\s+|about\s+|over\s+|nearly\s+)?$/;
/** "sworn in as the ", "was appointed the ", "is the ": a verb that makes one the holder of an office. */
const HOLDER_BEFORE = /\b(?:(?:sworn(?:[\s-]in)?|appointed|elected|named|installed|chosen|inducted|took\s+oath|takes\s+oath)\s+(?:as\s+)?(?:the\s+)?|(?:is|was|became|becomes|has\s+become)\s+the\s+)$/;
/** "…the 21st governor of Nagaland", "the 51st Chief Justice of India": an office right after the ordinal. */
function nthHolder(near: string, tail: string): boolean {
  if (!HOLDER_BEFORE.test(near)) return false;
  const office = /^\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?=\s+(?:of|to)\s+(?:the\s+)?\p{Lu}|\s*[,.;(]|\s+(?:on|in|at|by|after|since|from|with)\s|\s*$)/u.exec(tail)?.[1];
  return office !== undefined && TITLE_HEAD.test(office) && !/\b(?:country|nation|time|edition|person|woman|man|Indian)\b/i.test(office);
}
// ("has achieved a _____ consecutive success in the Pushpak landing experiment" → third.)
const TIMES_IN_A_ROW = /^\s+(?:(?:consecutive|straight|successive)\s+(?:time|year|term|month|quarter|meeting|policy|title|win|victory|success|successful)\b|(?:time|month|year|quarter|week|day|term)\s+in\s+a\s+row\b)/;

/** Number words a range may be written in ("four to six"). */
const NUMBER_WORD = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred';
/** "nine out of ", "9 points in ": a count before the total it is out of. */
// ("earned 8.5 points from _____ rounds": out of how many, by "from" too.)
const OUT_OF_BEFORE = new RegExp(`(?:\\d[\\d,.]*|\\b(?:${NUMBER_WORD}))\\s+(?:[a-z]+\\s+)?(?:out\\s+of|in|from)\\s+$`, 'i');
const NUMBER_WORD_ONLY = new RegExp(`^(?:${NUMBER_WORD})$`, 'i');
const WORD_RANGE_BEFORE = new RegExp(`\\b(?:${NUMBER_WORD})\\s+to\\s+$`, 'i');
const WORD_RANGE_AFTER = new RegExp(`^\\s+to\\s+(?:${NUMBER_WORD})\\b`, 'i');

/** "… was Rs 30,420 crore", "… at 47.7 degrees": a name given its figure. */
// ("Karnataka registered a growth of 7%, Rajasthan 8% and …", "UP and MP grew at 1% and Bihar at 2%":
// a figure right after the name, or after the verb of its growth.)
const FIGURE_AFTER = /^\s+(?:(?:was|were|is|are|at|with|grew\s+(?:at|by)|rose\s+(?:to|by)|fell\s+(?:to|by)|registered\s+(?:a\s+)?(?:growth|rise|fall|decline)\s+of|recorded)\s+)?(?:Rs\.?\s?|₹\s?|\$\s?|US\$\s?)?\d[\d.,]*\s?(?:%|per\s?cent\b)|^\s+(?:was|were|is|are|at|with)\s+(?:Rs\.?\s?|₹\s?|\$\s?|US\$\s?)?\d/;
/** "… stood at 54.9%", "… was higher at 57.1%", "… at 31.6%": a measure given its figure. */
const MEASURE_GIVEN = /^\s+(?:(?:stood|stands|was|were|is|are|remained|rose|fell|declined|dipped|increased|decreased|eased)\s+(?:(?:higher|lower|marginally|slightly)\s+)?)?(?:at|to)\s+[-–]?\d/;
/** A measure's name: "Labour Force Participation Rate", "Consumer Price Index". */
const MEASURE_NAME = /\b(?:Rate|Ratio|Index)$/;

/** Units of measure the analyser may take for names. */
/** Words that say a sentence tells of a disaster's dead, injured or missing. */
const VICTIMS = /\b(?:deceased|victims?|dead|killed|died|injured|missing|identified\s+as)\b/i;
/** "The deceased have been identified as …", "The victims were identified as …". */
// ("The deceased passenger has been identified as …", "The two missing persons are X, a resident of …".)
const VICTIMS_NAMED = /\b(?:(?:[Dd]eceased|[Vv]ictims?|[Dd]ead|[Ii]njured)(?:\s+[a-z]+){0,2}\s+(?:have\s+been|has\s+been|were|are|was)\s+identified\s+as|(?:[Mm]issing|[Ii]njured|[Dd]eceased|[Dd]ead)\s+(?:persons?|people|passengers?|men|women|children|fishermen|workers)\s+(?:are|were)\s+\p{Lu})/u;
const UNIT_NAME = /^(?:Celsius|Fahrenheit|Kelvin|Richter|Mw)$/;

/** "Central and Southern Asia", "North and South Korea": two directions share the name after them. */
const DIRECTION = '(?:Central|Southern|Northern|Eastern|Western|North|South|East|West|Upper|Lower)';
const SHARED_DIRECTION_BEFORE = new RegExp(`\\b${DIRECTION}\\s+and\\s+$`);
const DIRECTION_FIRST = new RegExp(`^${DIRECTION}\\s`);

/** "India has jumped to _____ in the Global Cybersecurity Index" → Tier 1, "intensified into a
 *  _____ storm": a grade something was placed in is what a ranking or a storm's story tells. */
const PLACED_IN_GRADE = /\b(?:jumped|moved|rose|climbed|upgraded|elevated|promoted|placed|ranked|slipped|fell|dropped|downgraded|categori[sz]ed|classified|intensified|weakened)\s+(?:\p{Ll}+\s+)?(?:to|in|into|as)\s+(?:an?\s+)?$/u;
/** "Part 2", "Phase III", "Stage 1": the number of a part of something, nothing to learn alone. */
const PART_LABEL = /^(?:Part|Phase|Stage|Step|Tier|Level|Round|Leg|Chapter|Category|Day|Week)\s+(?:\d{1,2}|[IVX]{1,4}|[A-D])$/;

/** "the joint exercise called 'Exercise Ekuverin 2019'": the name a thing is called by is what
 *  the sentence teaches, more than the words that describe it. */
const NAMING_VERB = '(?:called|named|dubbed|titled|christened|code-named|codenamed|known as)';
const NAMED_AS = new RegExp(`\\b${NAMING_VERB}\\s+['‘"“]?$`);
const NAMED_AFTER = new RegExp(`^,?\\s+${NAMING_VERB}\\s+['‘"“]?\\p{Lu}`, 'u');
const NAMED_BONUS = 0.15;
/** "an outlay of", "a corpus of": the sum a scheme or project is given. */
const OUTLAY_BEFORE = /\b(?:outlay|corpus|budget|allocation|investment|cost)\s+of\s+(?:about\s+|around\s+|nearly\s+|over\s+)?$/;
const OUTLAY_BONUS = 0.1;
/** "collections for April stood at _____, marking a 12.6 per cent increase …": a data release's
 *  level, its news, before the change beside it (the same bonus as an outlay). */
const LEVEL_BEFORE = /\b(?:stood|came\s+in|was\s+recorded|settled|touched|hit)\s+at\s+$|\b(?:reached|touched)\s+(?:a\s+(?:record|new|all-time)\s+(?:high|peak)\s+of\s+)?$/;
/** "At least _____ people were killed …", "the death toll rose to _____": the toll of a disaster
 *  is what its story is about. */
const KILLED_AFTER = /^\s+(?:[\p{L}-]+,?\s+){0,2}(?:including\s+(?:[\p{L}-]+,?\s+){1,4})?(?:(?:were|have\s+been|had\s+been|are|got)\s+)?(?:killed|dead|died|lost\s+their\s+lives|perished|drowned|charred\s+to\s+death|feared\s+dead)\b/u;
// ("The death toll from a series of landslides that struck Wayanad on Tuesday has risen to _____":
// what the toll is of may stand between it and its verb.)
const TOLL_BEFORE = /\b(?:(?:death\s+toll|toll)(?:\s+(?:from|in|of)\s+[^,.;]{2,79}?[^,.;\s])?|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|people\s+who\s+(?:died|lost\s+their\s+lives)(?:\s+in\s+[^,.;]{0,39}[^,.;\s])?))\s+(?:has\s+|had\s+)?(?:rose|risen|climbed|reached|increased|mounted|touched|stood|stands|is|was)\s+(?:to\s+|at\s+)?(?:at\s+least\s+)?$/;
function deathToll(text: string, e: Entity): boolean {
  return KILLED_AFTER.test(text.slice(e.end, e.end + 60)) || TOLL_BEFORE.test(text.slice(Math.max(0, e.start - 120), e.start));
}
const TOLL_BONUS = 0.35;
/** What a ranking's new place adds ("falling from 84th to _____"): a story of a rank is about it. */
const RANK_BONUS = 0.25;

// "5 March": a day of the month is part of its date, never a figure of its own.
const MONTH_AFTER = new RegExp(`^\\s+${MONTH_ALTERNATION}\\b`);
// "In 2024", "March 2024": a year after a preposition or a month is a date, not a name's year.
const PREPOSITION_OR_MONTH_BEFORE = new RegExp(`\\b(?:In|On|At|By|For|Of|Since|Until|From|Before|After|During|${MONTH_ALTERNATION})\\s$`);
const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)';
const COMPOUND_AFTER = new RegExp(`^\\s+and\\s+\\d+\\s+${UNIT}\\b`);
const COMPOUND_BEFORE = new RegExp(`\\d+\\s+${UNIT}\\s+and\\s+$`);

/** Words a quotation may hold before a blank inside it is the speaker's telling. */
const QUOTE_WORDS = 12;

/** Steps along the way whose dates no student keeps: a verdict reserved, an order dated, an
 *  announcement made, a patient admitted, arguments concluded, data due, mourning, retirement. */
const PROCEDURAL_DATE = /\b(?:reserv(?:ed|ing)\s+(?:the\s+|its\s+)?(?:judgment|judgement|order|verdict)|(?:judgment|judgement|order)\s+(?:and\s+order\s+)?dated|announcement\s+(?:was|has\s+been|had\s+been)\s+made|(?:admitted|shifted|rushed|hospitali[sz]ed)\s+(?:to|in|at)\b|tested\s+positive|concluded\s+(?:the\s+)?arguments|will\s+be\s+released\s+on|will\s+conclude\s+on|mourning|superannuation)/i;
/** Whether a person stands in a list of four or more people ("A, B, C and D"). */
function inRoster(e: Blank, s: Sentence): boolean {
  const people = s.entities.filter((o) => o.cls === 'person');
  if (people.length < 3) return false;
  const at = people.findIndex((o) => o.start === e.start);
  if (at < 0) return false;
  // (A name the analyser missed may stand between, initials and all: ", AM Khanwilkar,".)
  const joined = (a: Entity, b: Entity) => rosterGap(s.text.slice(a.end, b.start));
  let first = at;
  while (first > 0 && joined(people[first - 1], people[first])) first--;
  let last = at;
  while (last < people.length - 1 && joined(people[last], people[last + 1])) last++;
  // Members counted by their separators, the missed names with them.
  const members = (s.text.slice(people[first].start, people[last].end).match(/,|\band\b|&/g) ?? []).length + 1;
  return last > first && members >= 4;
}
/** Between two people of a list: separators, and names the analyser missed ("AM Khanwilkar"). */
function rosterGap(gap: string): boolean {
  if (!/^\s*(?:,|and\b|&)/.test(gap)) return false;
  return gap.split(/,|\band\b|&/).every((piece) => /^\s*$/.test(piece) || /^\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3}\s*$/u.test(piece));
}

/** The clause a date stands in, from the text before it: back to its comma, or one further where
 *  that leaves only a preposition. */
function dateClause(near: string): string {
  const at = near.search(/[^,;]*$/);
  const clause = near.slice(at);
  if (!/^\s*(?:on|till|until|by|from|since|dated)\s*$/i.test(clause) || at === 0) return clause;
  const before = near.slice(0, at - 1);
  return near.slice(before.search(/[^,;]*$/));
}
const FORECAST_WORDS = /\b(?:expect|expects|expected|will|would|hope|hopes|plan|plans|aim|aims|likely)\b/i;

/** The quotation the position stands in, or null. */
function quotationAt(text: string, at: number): RegExpExecArray | null {
  for (const m of text.matchAll(/“[^”]*”|"[^"]*"/g)) {
    if (m.index! < at && at < m.index! + m[0].length) return m as RegExpExecArray;
  }
  return null;
}

function quoteAround(text: string, at: number): string | null {
  return quotationAt(text, at)?.[0] ?? null;
}

/** "describing it as a “", "calling him the “": what someone calls a thing, in quotes. */
const EPITHET_BEFORE = /\b(?:describ|call|term|hail|dubb)(?:ing|ed)\s+(?:it|him|her|them|this|the\s+[\p{Ll}-]+)(?:\s+as)?(?:\s+(?:a|an|the))?\s*$/u;

/** Whether the position stands inside a quotation that follows EPITHET_BEFORE. */
function epithetAround(text: string, at: number): boolean {
  const quote = quotationAt(text, at);
  return quote !== null && EPITHET_BEFORE.test(text.slice(Math.max(0, quote.index - 40), quote.index));
}

/** The rest of a sentence that only says who spoke: "(…) wrote on X.", "said.", "added in a statement." */
const SPEAKER_ONLY_TAIL = /^\s*(?:\([^()]{1,100}\)\s*)?(?:said|says|added|wrote|tweeted|posted|stated)\b(?:\s+(?:on|in)\s+(?:X|Twitter|Facebook|Instagram|a\s+post(?:\s+on\s+X)?|a\s+statement))?\s*(?:[.!]\s*)?$/;
const ATTRIBUTION_AFTER = /^\s+(?:said|says|told (?:[a-z ]{1,20}|\p{Lu}{2,6}\b)|added|reported|stated|informed|announced|tweeted|posted)\b[^,;]{0,30}[.!]?\s*$/u;
/** ", chair of the Nobel Committee for Physics." after a name: its office, to the sentence's end. */
const OFFICE_TO_END = /^,\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}?(?:chair|chairman|chairperson|head|director|president|spokesperson|spokesman|spokeswoman|secretary|professor|member|minister|chief|adviser|advisor|officer|controller|commissioner|registrar|curator|editor|founder|governor|deputy|general|in-charge)\b[^.;!?]{0,80}[.!]?\s*$/u;
/** "… noted the findings …", "… said that …": a reporting verb right after a name. */
const SPEAKER_VERB_AFTER = /^,?\s+(?:also\s+)?(?:said|says|noted|notes|added|adds|told|tells|explained|explains|stated|states|shares|shared|pointed out|observed|remarked|recalled|recalls|credited|attributed|blamed|highlighted|stressed|emphasised|emphasized|asserted|underlined|cited|quoted|argued|claimed|urged|stating|saying)\b/;
/** ", said Union Minister …" before a name that ends the sentence. */
// ("…,” noted Chief Justice _____", "…,” observed the bench's …": any verb a quote is told by.)
const SAID_BEFORE = /,[”"’']?\s*(?:said|says|added|stated|informed|noted|notes|note|observed|remarked|wrote|asserted|explained|stressed)\s+(?:[\p{L}.'’-]+\s+){0,6}$/u;
/** "The _____ on Wednesday said that …", "An _____ statement said …": a body announcing the news
 *  is its telling. */
// ("the _____ to UNESCO said in a statement" → Permanent Delegation of India: the body it serves
// at, between.)
const BODY_TELLING_AFTER = /^(?:['’]s?)?(?:\s+(?:to|at|in)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3})?\s+(?:(?:on|late on|earlier on)\s+\p{Lu}\p{Ll}+(?:\s+\([^()]{1,30}\))?\s+|statement\s+|(?:press\s+)?release\s+)?(?:(?:said|says|stated|informed|added|noted)\b|announced\s+that\b)/u;
/** "A statement from the _____ said …". */
const STATEMENT_FROM = /\b(?:statement|release|notification|press note|communiqu[eé]|data|figures)\s+(?:from|by|of|issued by|released by)\s+(?:the\s+)?$/i;
const OUTLET_KINDS = new Set(['newspaper', 'news agency']);
/** "The Union Cabinet chaired by Prime Minister _____", "Union Minister _____ said that the Cabinet
 *  has given its nod …": who chaired the meeting or announced a body's decision is no news. */
const CHAIRED_BY = /\bchaired by\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.]*\s+){0,3}$/u;
// ("… said that the Cabinet, chaired by Prime Minister Narendra Modi, approved 12 …": an aside
// on the Cabinet may stand before its verb.)
// ("… said the Kovind-led panel's report found wide support and that the Union Cabinet approved
// its proposal": the decision told after something else.)
const ANNOUNCED_AND_FOR = /^\s+(?:said|announced|informed|stated)\b[^.;]{0,120}?\band\s+that\s+(?:the\s+)?(?:Union\s+)?Cabinet\s+(?:has\s+|had\s+)?(?:approved|cleared|decided|given)\b/;
const ANNOUNCED_FOR = /^[^.;]{0,60}?\b(?:said|announced|informed|stated)\s+(?:that\s+)?(?:the\s+)?(?:Union\s+)?(?:Cabinet|Centre|government|Government)(?:,\s+(?:chaired|headed|led)\s+by\s[^,;]{1,60},)?\s+(?:(?:has|had)\s+(?:given|approved|cleared|decided)|approved|cleared|gave)\b/;
/** ", in a press note, stated", ", in a statement on Friday, said": a teller and where they wrote it. */
const WROTE_IN_NOTE = /^,\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:press note|press release|statement|release|post|notification|letter|tweet)\b[^,;]{0,30},\s+(?:stated|said|added|noted|wrote|announced)\b/;
const VISIT_AFTER = /^['’]s?\s+(?:[\p{L}-]+\s+){0,3}(?:visit|tour|trip|stay)\b/u;
const TELLING_VERB = '(?:Briefing|Speaking|Addressing|Talking|Interacting|Announcing|Unveiling|Presenting)';
const TELLING_CLAUSE = new RegExp(`^${TELLING_VERB}\\b[^;]{0,120},\\s+(?:[\\p{L}.'’-]+\\s+){0,6}$`, 'u');
const TELLING_OPENING = new RegExp(`^${TELLING_VERB}\\b[^,;]{0,100}$`);
const LONG_TELLING_OPENING = new RegExp(`^${TELLING_VERB}\\s+(?:to|at|with|on)\\b[^;]{0,200}$`);
/** ", Narayanan stressed …": the one who told it, after the opening. */
const TELLER_AFTER = /^[^;,]{0,40},\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}(?:said|stressed|told|noted|added|stated|announced|informed|emphasised|emphasized|highlighted|asserted)\b/u;
const COUNSEL_BEFORE = /\b(?:advocates?|counsels?|lawyers?|solicitors?|attorneys?)(?:\s+General)?\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){1,4}(?:and|,)\s+$|\b(?:advocates?|counsels?|lawyers?|solicitors?)\s+$/u;
const COUNSEL_AFTER = /^(?:,?\s+and(?:\s+\p{Lu}[\p{L}.’'-]*){1,4})?,?\s+(?:who\s+)?(?:represented|appeared for|appearing for|argued for)\b/u;
// ("called for a 'humane approach'" asks for something; it names nothing.)
// ("the inclusion of the terms ‘socialist’ and ‘secular’ in the Preamble": words the sentence is about.)
const NAMING_CUE = /\b(?:called(?!\s+(?:for|on|upon|off|out)\b)|known as|termed|dubbed|named|nicknamed|refers? to|means|meaning|described as|coined|jargon|slogan|theme|motto|tagline|hashtag|the\s+(?:terms?|words?)\s+[‘'"“])/i;
const COMMON_BODY = new RegExp(`^(?:${alternation([...COMMON_BODY_NOUNS, ...COMMON_THING_NOUNS])})$`);
// ("Over two dozen _____ were signed" → Memoranda of Understanding: the common noun written out.)
const COMMON_ABBREVIATION = /^(?:MoUs?|FIRs?|PILs?|IPOs?|GDP|CEOs?|MPs?|MLAs?|PSUs?|NGOs?|FDI|Memorand(?:um|a) of Understanding|Letters? of Intent)$/i;

/** "Kumar" where the article settles which Kumar: the key says "Rajiv Kumar", not a fragment. */
function fullName(e: Entity): string {
  // (Or the given name alone, as sports reports call players: "Divya" → Divya Deshmukh.)
  const surnameOnly = e.cls === 'person' && !e.text.includes(' ') && e.canonical.includes(' ') && (e.canonical.endsWith(` ${e.text}`) || e.canonical.startsWith(`${e.text} `));
  // ("Tom Actor" where the article names Tom Alter four times: the key spells the name right.)
  const mended = e.cls === 'person' && e.text.includes(' ') && e.canonical !== e.text && e.canonical.split(' ')[0] === e.text.split(' ')[0];
  // ("Indian Naval Ship (INS) Mormugao" is written in the key as its name, "INS Mormugao".)
  const spelt = e.text.includes('(') && !e.canonical.includes('(');
  return surnameOnly || mended || spelt ? e.canonical : e.text;
}

const ADJECTIVE_FROM_NAME = /^\p{Lu}[\p{L}.]*-(?:sized|size|based|headquartered|born|bred|led|backed|owned|made|style|like|related|linked|funded|run|bound|wide|speaking|centric|specific|focused|inspired|controlled|administered|held|occupied)$/u;

/** A verb that is no participle and no word of a name ("Stay" in "Vacation of Stay Orders"). */
function hasFiniteVerb(s: Sentence): boolean {
  return s.tokens.some((t, i) => (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.text)) || pastVerbMistagged(s, i)) && !s.entities.some((e) => t.start >= e.start && t.end <= e.end));
}

/** "… 196 different species thronged Chilika lagoon": a past tense the tagger read as an
 *  adjective or a noun, between a noun and the name or article after it. */
function pastVerbMistagged(s: Sentence, i: number): boolean {
  const [before, t, after] = [s.tokens[i - 1], s.tokens[i], s.tokens[i + 1]];
  return !!before && !!after && /^\p{Ll}{3,}ed$/u.test(t.text) && (t.pos === 'ADJ' || t.pos === 'NOUN') && (before.pos === 'NOUN' || before.pos === 'PROPN') && (after.pos === 'PROPN' || after.pos === 'DET');
}

/** A unit and the event it names: "kg women's wrestling", "m hurdles", "metres freestyle". */
const EVENT_AFTER_UNIT = /^\s*(?:kg|m|km|metres?|meters?)\s+(?:(?:women|men)['’]s|freestyle|greco-roman|steeplechase|hurdles|relay|sprint|dash|race|final|event|category|air|rifle|pistol|backstroke|butterfly|breaststroke|medley|walk|run)\b/;

/** "said the decision would help/place/boost …" before the blank: an effect claimed (a forecast
 *  of where a cyclone would make landfall is the news). */
const SAID_WOULD_BEFORE = /\b(?:said|says|told|believes?|expects?|predicted|hopes?|added|stated|warned|claimed)\b[^.;]*\b(?:would|could|may|might)\s+(?:help|place|boost|result|lead|ensure|benefit|transform|strengthen|create|bring|enable|give|improve|increase|promote|pave|propel|catapult|position)\b[^.;]*$/;

/** "Officials of the _____ stayed the notice, Redkar claimed.", "He alleged that the _____ had
 *  ignored …": what one side claims or alleges is theirs to prove, no fact to learn — unless the
 *  claim is the news ("Australian woman claims Church of Scientology imprisoned her"). */
function claimedOnly(e: Entity, s: Sentence, ctx: ArticleContext): boolean {
  if (!CLAIMED_AFTER.test(s.text.slice(e.end)) && !CLAIMED_BEFORE.test(s.text.slice(0, e.start))) return false;
  return !CLAIM_WORD.test(ctx.analyzed.article.title);
}
const CLAIM_WORD = /\b(?:[Cc]laim(?:s|ed)?|[Aa]lleg(?:e|es|ed|ation|ations))\b/;
/** "PM Modi arrived in Ethiopia from _____", "He will next travel to _____ on the final leg of his
 *  three-nation tour": the stops of a tour (in a sentence ITINERARY tells), where the headline
 *  names neither, are its itinerary. */
function itineraryStop(e: Entity, ctx: ArticleContext): boolean {
  return e.cls === 'place' && !namedInHeadline(e, ctx);
}
const ITINERARY = /\bon an? (?:official |state |foreign )?(?:tour|visit|trip)\b|\bleg of (?:his|her|their|the) (?:[\w-]+ )?(?:tour|visit|trip|journey)\b|\b(?:will|would|(?:is|are) (?:now )?(?:expected|scheduled|set|due) to) (?:next |then |later |also )?(?:travel|head|go|fly|leave|proceed|depart|emplane) (?:to|for) (?=\p{Lu})|\b(?:will|would) (?:next |then |later |also )?visit \p{Lu}[\p{L}-]+ on\b|\bbefore ending (?:his|her|their|the) (?:tour|visit|trip)\b|\barrived (?:in|at) \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)? from\b/u;

/** ", Redkar claimed.", ", the family alleged.": a claim told after it, closing the sentence. */
const CLAIMED_AFTER = /,\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\p{L}.'’-]+\s+){0,3}(?:claimed|alleged|claims|alleges)\.?["”]?$/u;
/** "claimed that ", "alleged that the ": a claim opening before the blank. */
// ("Senior Advocate X argued that _____ decisions by various Constitution benches …": what counsel
// argued or contended in court is one side's case, no fact.)
const CLAIMED_BEFORE = /\b(?:claimed|alleged|claims|alleges|claiming|alleging|argued|argues|arguing|contended|contends|contending)\s+that\s/;

/** "the spokesperson of the ", "spokesman for the ": whom a spokesperson speaks for, up to here. */
const SPOKESPERSON_OF = /\b(?:spokesperson|spokesman|spokeswoman|spokespersons)\s+(?:of|for)\s+(?:the\s+)?$/;
/** " and Gangetic plains", " and the Eastern Ghats": the second half of a landscape named as a pair. */
const LANDSCAPE_PAIR_AFTER = /^\s+and\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:[Pp]lains|[Ff]loodplains|[Ff]lood [Pp]lains|Ghats|Hills|Landscape)\b/u;
/** "Eastern Ghats", "Brahmaputra floodplains": a landscape's kind word. */
const LANDSCAPE_WORD = /\b(?:Plains|Floodplains|Ghats|Hills|Landscape)$/;
/** "moved from ", "rushed from Pune and ": where troops or teams were sent from. */
const LOGISTICS_FROM = /\b(?:moved|rushed|airlifted|flown|dispatched|despatched|sent|mobilised|mobilized)\s+(?:in\s+)?from\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:and\s+)?$/u;
/** "served as", "worked as", "held the position of": a post someone had. */
/** "also has a Doctor of Philosophy (PhD) degree in economics from the Calcutta University", "A
 *  qualified Chartered Accountant (CA) and Company Secretary, he …": a profile's degrees. */
const CREDENTIALS = /\b(?:has|holds|earned|obtained|received)\s+(?:an?\s+)?(?:[\p{L}'’()-]+\s+){0,6}?degree\b|\bA\s+qualified\s+\p{Lu}/u;
/** "had been lying vacant since", "has remained vacant since", "fell vacant on": a post's empty spell. */
const VACANT_SINCE = /\b(?:lying|been|remained|remains|was|is|fell|falls)\s+vacant\s+(?:since|from|after|on|in)\b/;
/** "… among others", "in various capacities": posts listed as a sample of a career, not one the news is about. */
const CAREER_SAMPLE = /\bamong\s+others\b|\bamong\s+other\s+(?:posts|positions|assignments|roles|responsibilities)\b|\bin\s+(?:various|several)\s+capacities\b/;
const CAREER_POST = /\b(?:served\s+(?:as|in|at|with)|worked\s+(?:as|in|at|with)|held\s+(?:the\s+)?(?:post|position|charge)s?\s+of|was\s+posted\s+(?:as|in|at))\b/;
// ("Prior to joining DFS on February 8, 2022, he was chairman and managing director of REC Ltd":
// the posts before the news post are a line of a career.)
const CAREER_BEFORE = /^(?:Prior to|Before)\s+(?:joining|becoming|taking over|his appointment|her appointment|(?:his|her)\s+(?:current|present)\s+(?:role|post|assignment|appointment)|this|that)\b/;
// ("He has held positions as a Flight Commander …", "He has previously held the position of Air
// Defence Commander at …", "He is a qualified Flying Instructor", "He has also played a pivotal
// role in …": the lines of a profile, said in the perfect.)
const CAREER_HELD = /\bhas\s+(?:also\s+)?(?:previously\s+)?(?:held|commanded|headed)\s+(?:(?:the\s+|various\s+|several\s+|key\s+)?(?:positions?|posts?|appointments?|assignments?|charge)\b|(?:the|a|an)\s)|\bhas\s+(?:also\s+)?(?:previously\s+)?(?:served|worked)\s+(?:as|in|at|with)\b|\bis\s+(?:also\s+)?a\s+qualified\b|\bhas\s+(?:also\s+)?played\s+a\s+(?:pivotal|key|crucial|major|vital)\s+role\b/;
// ("began his legal practice in Mumbai in 1988", "was appointed as an additional judge of the Gujarat
// High Court in November 2011 and became a permanent judge …": a judge's way to the bench; "was
// commissioned into the 11 Gorkha Rifles in 1981", "As Major General, he had led an Infantry
// Division …": an officer's; "initially practised in the district courts at the Tis Hazari
// complex", "started to work at the Revenue Department": anyone's first job.)
const CAREER_START = /\b(?:started|began)\s+(?:practi[sc]ing|(?:his|her)\s+(?:legal\s+)?(?:practice|career))(?:\s+(?:law|as\s+a\s+lawyer))?\s+(?:at|in)\b|\b(?:an\s+additional|a\s+permanent)\s+judge\b|\benrolled\s+as\s+an?\s+advocate\b|\b(?:initially|first)\s+practi[sc]ed\b|\b(?:started|began)\s+(?:to\s+work|working)\s+(?:at|in|as|with|for)\b|\bwas\s+commissioned\s+into\s+the\s+(?:\d+(?:st|nd|rd|th)?\s+|(?:\p{Lu}[\p{L}]*\s+){1,3}(?:Rifles|Regiment|Battalion|Infantry|Corps|Artillery|Guards|Fusiliers|Engineers|Signals)\b)|^As\s+(?:an?\s+)?(?:Major|Lieutenant|Brigadier|Colonel|Captain|Commodore|Rear\s+Admiral|Vice\s+Admiral|Air\s+Commodore|Air\s+Vice\s+Marshal|Group\s+Captain|Wing\s+Commander)\b[^,]{0,30},/u;
/** "from 1996 to 1999", "between 2015 and 2017", "Between October 2015 and August 2017": a span
 *  of the past, closed at both ends. */
const CLOSED_SPAN = /\b(?:[Ff]rom|[Bb]etween)\s+(?:\p{Lu}\p{Ll}+\s+)?(?:19|20)\d\d\s+(?:to|and|till|until)\s+(?:\p{Lu}\p{Ll}+\s+)?(?:19|20)\d\d\b/u;
/** "… takes on X in the summit clash", "will face Y in the final": a match ahead. */
const MATCH_AHEAD_SENTENCE = /\b(?:takes on|will take on|will face|faces off against|will meet|will play|is set to face|are set to face|lock horns with|locks horns with)\b[^.;]*\b(?:final|semi-?finals?|quarter-?finals?|summit clash|title clash|clash|match|tie|opener)\b/;
/** "shifted the injured passengers to the ", "were admitted to ": where the hurt were treated. */
const TAKEN_TO_HOSPITAL = /\b(?:(?:shifted|rushed|taken|moved|referred|airlifted|brought|sent)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}(?:injured|wounded|patients?|victims?|bodies|passengers|survivors)\s+|(?:were|was|been)\s+(?:admitted|hospitali[sz]ed)\s+|(?:were|was|have been|had been)\s+(?:rushed|airlifted)\s+|(?:injured|wounded|patients?|victims?|bodies|survivors)(?:\s+(?:persons|people))?\s+(?:are|were|was|is|have been|had been|are being|were being|will be)\s+(?:shifted|rushed|taken|moved|referred|airlifted|brought|sent)\s+)(?:to|in|at)\s+(?:the\s+|a\s+)?$/u;
/** "travelling from Hyderabad to ", "bound for ", "en route to ": where a vehicle was going. */
// ("the bus, on its way to Kullu's _____ from Karsog": its way, with the town's district before it.)
const ROUTE_BEFORE = /\b(?:travell?ing|heading|headed|bound|plying|en route)\s+(?:from\s+(?:\p{Lu}[\p{L}-]*\s+){1,3})?(?:to|for)\s+$|\bgoing\s+from\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}to\s+$|\bon (?:its|their|the) way (?:to|from) (?:\p{Lu}[\p{L}-]*['’]s )?$/u;
/** "travelling from ": where it set out, the "to …" after the blank. */
const ROUTE_FROM_BEFORE = /\b(?:travell?ing|going|heading|headed|plying|en route)\s+from\s+$/;
/** "rushed from Arakkonam to ": where they were sent to. */
const LOGISTICS_TO = /\b(?:moved|rushed|airlifted|flown|dispatched|despatched|sent|mobilised|mobilized)\s+(?:in\s+)?from\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:and\s+(?:\p{Lu}[\p{L}-]*\s+){1,3})?to\s+$/u;
/** '”, the President said following talks … in ': the attribution after a quotation, up to here. */
const QUOTE_ATTRIBUTION_BEFORE = /[”"],?[^“”"]{0,80}?\b(?:said|says|added|stated|told)\b[^“”"]*$/;
/** The verbs of telling after a name and its office between commas. */
const TOLD = '(?:said|says|told|added|stated|informed|noted|observed|explained|highlighted|stressed|warned)';
/** ", the regional director of IMD Bhubaneswar, said …" (or "had said") after a person. */
const OFFICE_THEN_TOLD = new RegExp(`^,\\s+(?:the\\s+)?\\p{Ll}[^,;]{2,100},\\s+(?:(?:had|has|also|had also|has also)\\s+)?${TOLD}\\b`, 'u');
/** ", said …" after the body someone speaks for. */
const TOLD_AFTER_COMMA = new RegExp(`^,\\s+(?:also\\s+)?${TOLD}\\b`);

/** "a new component namely ", "a wing called ": one thing's kind, then its name. */
const ONE_THING_NAMED = /\b(?:a|an|the|one)\s+(?:new\s+|separate\s+|dedicated\s+)?[\p{Ll}-]+\s+(?:namely|called|named|titled)\s+$/u;
/** An event's name after its edition's ordinal: "45th Chess Olympiad", "16th BRICS Summit". */
// ("The seventh edition of the 'Exercise Shakti'": or the edition of a named event, said as one.)
const EDITION_OF_EVENT = /^\s+(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Olympiad|Summit|Games|Olympics|Paralympics|Conference|Championships?|Congress|Cup)\b|edition\s+of\s+(?:the\s+)?['‘"“]?\p{Lu})/u;
const PRESENT = /\b(?:was|were)\s+(?:also\s+)?present\b|\bin\s+attendance\b/;
const ATTENDED = new RegExp(String.raw`\b(?:attended|(?:was|were)\s+attended\s+by)\b|${PRESENT.source}`);
const PROPOSAL_OF_BEFORE = /\b(?:the\s+)?proposals?\s+(?:of|from|by)\s+(?:the\s+)?$/;
// ("won from Melukote with a margin of 10,862 votes against JD(S) candidate _____", "defeating
// Congress’ _____ by 8,266 votes": the rival a margin was won against, a party's short form in
// brackets and its possessive after an "s" too.)
// ("Speaker CP Joshi lost to Vishwaraj Singh Mewar by over 7,504 votes": or the one a seat was lost to.)
const SEAT_RIVAL_BEFORE = /\b(?:defeating|defeated|beating|beat|trounced|trouncing|edged\s+out|edging\s+out|votes\s+against|lost\s+to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}()-]*\s+){0,4}?(?:\p{Lu}[\p{L}()-]*(?:[’']s|(?<=s)[’'])\s+)?(?:(?:candidate|nominee|rival|leader|MLA|MP)\s+)?$/u;
const COMMENTATOR_AFTER = /^,\s+(?:an?\s+|the\s+)?[^,;]{0,60}?\b(?:[Ee]conomist|[Aa]nalyst|[Dd]irector|[Pp]rofessor|[Ee]xpert|[Rr]esearcher|[Ff]ellow|[Cc]onsultant|[Ss]trategist)\b[^,;]{0,60}?,?\s+(?:said|says|noted|added|observed|opined|told|pointed out)\b/;
const CHANGE_BY_BEFORE = /\b(?:up|down|rose|risen|increased|decreased|declined|fell|fallen|dropped|jumped|climbed|slipped|grew|surged|plunged)\s+by\s+(?:about\s+|around\s+|nearly\s+|over\s+)?$/;
const RESPONDERS_AFTER = /^\s+(?:fire\s+(?:engines|tenders)|fire-?fighters|ambulances|teams|rescue\s+teams|boats|cranes|earthmovers)\b/;
const LIKELY_AFTER = /^[^.;]{0,80}?\b(?:is|are|was|were)\s+(?:(?:highly|very|most|less|more)\s+)?(?:un)?likely\s+to\b/;
// ("Rains will also lash parts of West Bengal, Chhattisgarh, East UP and _____": or where rain
// is forecast to lash.)
const STORM_HEADING_BEFORE = /\b(?:would|will|(?:is|are)\s+(?:likely|expected)\s+to)\s+(?:[a-z]+\s+){0,4}?(?:move|shift|head|turn|recurve|track|drift|lash|pound|batter|hit)\b[^.;]{0,50}$/;
/** "two of the biggest cities in _____" → Maharashtra, in a Mumbai story that keeps naming it:
 *  the state a story is of is its setting, named in passing; a place in it is what the sentence
 *  teaches. ("The trend of changing governments every five years has continued in _____" under
 *  "Rajasthan polls make history …": the more so where the headline names it.) */
function storyStateInPassing(e: Blank, s: Sentence, ctx: ArticleContext): boolean {
  if (e.cls !== 'place') return false;
  const state = storyState(ctx);
  return state !== null && normalizeKey(state) === normalizeKey(e.canonical) && !/^\s*['’]s?\s/.test(s.text.slice(e.end)) && /\bin\s+(?:the\s+)?$/.test(s.text.slice(Math.max(0, e.start - 10), e.start));
}
/** How many people a sentence names for them to be a roll of names. */
const ROLL_OF_PEOPLE = 4;
/** "… have been appointed -- MHA Additional Secretary (UT) _____, MoHUA Additional Secretary (D)
 *  _____, … and Secretary (Finance) Niharika Rai": one of four people or more a sentence lists
 *  is an entry of a roll, not the news, unless the headline names them. */
// (Nor a title of one of them inside the roll: "and _____ Niharika Rai".)
function rollEntry(e: Blank, s: Sentence, ctx: ArticleContext): boolean {
  const people = s.entities.filter((x) => x.cls === 'person');
  if (people.length < ROLL_OF_PEOPLE || namedInHeadline(e, ctx)) return false;
  // The roll: people one after another, parted by a comma or "and" and their titles alone (no
  // quotation, no clause's end between them).
  let from = 0;
  for (let i = 1; i <= people.length; i++) {
    const gap = i < people.length ? s.text.slice(people[i - 1].end, people[i].start) : '';
    if (i < people.length && rollGap(gap)) continue;
    const roll = people.slice(from, i);
    if (new Set(roll.map((x) => x.canonical)).size >= ROLL_OF_PEOPLE && e.start >= roll[0].start && e.end <= roll[roll.length - 1].end) return true;
    from = i;
  }
  return false;
}
/** What may part two people of a roll: a comma or "and", and the next one's title and short
 *  forms alone (no verb, no "from Julana": that is a list of facts, each its own). */
const ROLL_GAP_WORD = /^(?:,|and|of|the|for|&|\p{Lu}[\p{L}.&'’-]*,?|\([^()]{1,12}\),?)$/u;
function rollGap(gap: string): boolean {
  return gap.length <= 90 && /,|\band\b/.test(gap) && gap.trim().split(/\s+/).every((w) => ROLL_GAP_WORD.test(w));
}
const SUPERSEDED_PLAN_BEFORE = /\b(?:initially|originally)\s+(?:planning|planned|aiming|aimed|intending|intended|targeting|targeted|proposing|proposed|set|fixed|pegged|estimated)\b[^,;.]*$/;
/** "is set to win", "are likely to sweep": a contest's outcome foretold. */
const CONTEST_FORECAST = /\b(?:is|are|was|were)\s+(?:set|likely|expected|poised|tipped|slated)\s+to\s+(?:win|lose|sweep|retain|bag|clinch|form)\b/;
/** Security and traffic arranged for an event, bodies sent for a post-mortem, the injured
 *  taken to hospitals in a town: the day's logistics, no news. */
const ARRANGEMENTS = /\b(?:[Ss]ecurity\s+(?:was|has been|had been|is being)\s+(?:heightened|tightened|beefed up|stepped up)|traffic\s+(?:regulations|restrictions|diversions|advisory|advisories)|school\s+closures|for\s+(?:a\s+)?(?:post-?mortem|autopsy|DNA\s+(?:profiling|tests?|sampling))|(?:shifted|rushed|taken|admitted)\s+to\s+(?:[\w-]+\s+){0,2}hospitals?\s+(?:in|at)\b)/;
/** "called Tanzania an important partner in the ", "described India as a trusted friend of ": a compliment's words. */
const CALLED_PARTNER_BEFORE = /\b(?:called|described|termed|hailed)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:as\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:partner|friend|ally)\s+(?:in|of|for)\s+(?:the\s+)?$/u;
/** "At a press conference in _____": where the news was told, not who told it. */
const TELLING_VENUE = /\b(?:(?:press|news)\s+conference|media\s+briefing)\s+(?:in|at)\s+(?:the\s+)?$/;
const ARRIVED_AT_VENUE = /\barrived at [^.;]{0,60}\bvenue\b/;
/** A leader's travel on the day: where they landed or flew to, told by the clock. */
const ITINERARY_BEFORE = /\b(?:landed|arrived|touched down|reached|flew|drove|departed|left)\s+(?:(?:down|back|out)\s+)?(?:(?:in|at|to|for)\s+)?(?:the\s+)?$/;
const CLOCK_TIME = /\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|hrs)(?![\p{L}])/iu;
/** "commended the efforts of the ", "praised ": the praise, up to the blank. */
const PRAISED_BEFORE = /\b(?:commended|complimented|praised|lauded|hailed|applauded|congratulated|(?:[Cc]ommend|[Cc]ompliment|[Pp]rais|[Ll]aud|[Hh]ail|[Aa]pplaud|[Cc]ongratulat)ing|highlighted the)\s+(?:the\s+)?[^.;]{0,60}$/;
/** "rate for people aged", "participation ratio among women aged": the population a measure counts. */
// ("the Labour Force Participation Rate (LFPR) in the Current Weekly Status (CWS) for persons aged":
// its short form and its basis between.)
const AGE_OF_MEASURE = /\b(?:[Rr]ate|[Rr]atio|share|proportion|percentage|participation|[Ii]ndex)\b(?:\s+\([^()]{1,12}\))?(?:\s+in\s+the(?:\s+\p{Lu}[\p{L}-]*){1,4}(?:\s+\([^()]{1,12}\))?)?\s+(?:for|among|of)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:people|persons|population|individuals|those|women|men|females|males|workers|youth)\s+(?:\(\s*)?aged\s+$/u;
/** "said India needs to pledge that _____ is a Green Bharat": what someone says ought to be is an
 *  exhortation, no fact to learn. */
/** What someone says ought to be done: a claim, no fact. */
const OUGHT = '(?:needs? to|should|must|has to|have to|ought to)';
const SAYS_OUGHT_AFTER = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+){0,3}(?:said|says|told|added|stated|urged)\\b[^.;]*\\b${OUGHT}\\s`, 'u');
/** "The Supreme Court has said", "a bench of Justices … said": a court's words are its ruling. */
const COURT_SAID = /\b(?:[Cc]ourt|[Bb]ench|[Tt]ribunal|CJI|NGT)\b[^.;]{0,40}?\b(?:has\s+|had\s+)?(?:said|says|stated|observed|held|ruled)\b/;
const SAID_OUGHT_BEFORE = new RegExp(`\\b(?:said|says|told|added|stated|urged|appealed)\\b[^.;]*\\b${OUGHT}\\s[^.;]*$`);

/** "at the _____", "at the lawns of the _____", "in … suburb of _____": where a ceremony was held. */
// ("offered prayers at Ramkund in Maharashtra's _____": past the state that owns the town too.)
const CEREMONY_VENUE_BEFORE = /\b(?:at|in|inside|near|rushed to|memorial to|on reaching|on arriving at|(?:suburb|area|locality|outskirts) of)\s+(?:the\s+)?(?:lawns\s+of\s+the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?$/u;

/** "_____, however, said …": a word of discourse between commas after a name, read past by
 *  every test of what follows the blank. */
const DISCOURSE_ASIDE = /^,\s+(?:however|meanwhile|though|therefore|moreover|further|furthermore|in turn|in fact|too|also),(?=\s)/;
function withoutDiscourseAside(tail: string): string {
  return tail.startsWith(',') ? tail.replace(DISCOURSE_ASIDE, '') : tail;
}

/** "A bench headed by Justice _____ said …": who heads the body that speaks is no speaker; the
 *  ruling body's head is worth asking. */
function headsTheSpeaker(e: Blank, s: Sentence): boolean {
  return HEADED_BY_BEFORE.test(s.text.slice(Math.max(0, e.start - 40), e.start));
}

/** Whether a sentence tells a ceremony (read once per sentence: it is asked of each person in it). */
const PREDICTED_BEFORE = /\b(?:predicted|forecast|projected)\s+that\b/;
const PREDICTED_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}(?:predicted|forecast|projected|estimated that)\b/u;
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_ALTERNATION}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?\\s+$`);
const HEDGED_BEFORE = /\b(?:reports?|sources?|estimates?|accounts?|unconfirmed)\s+(?:suggesting|suggest|suggests|saying|say|says|claiming|claim|claims|put(?:ting)?\s+(?:it|the\s+\w+)\s+at)\s+(?:that\s+)?(?:(?:up to|over|about|around|nearly|as many as|as high as)\s+)?$/;
const CODE_WITH_DIGIT = /^[A-Z][A-Za-z]*-?\d[\w-]*$/;
/** "’ Editorial Director Anne Roy", "'s spokesperson …": an officer of the body, named after it. */
// ("_____ managing director Prakhar Jain confirmed the death": without the possessive too.)
const OFFICER_AFTER = /^(?:['’]s?)?\s+(?:\p{Lu}\p{Ll}+\s+|managing\s+|executive\s+|deputy\s+|additional\s+){0,2}(?:Director|Chief|Head|Secretary|Spokesperson|Spokesman|Spokeswoman|Editor|Chairperson|Chairman|President|Founder|director|chief|head|secretary|spokesperson|spokesman|spokeswoman|chairperson|chairman|commissioner|official)\s+\p{Lu}/u;

const CEREMONY_SUBJECT = /^(?:The|This)\s+(?:ceremony|function|celebrations?|festivities|programme)\b/i;
const CEREMONIES = new WeakMap<Sentence, boolean>();
function isCeremony(s: Sentence): boolean {
  let found = CEREMONIES.get(s);
  if (found === undefined) CEREMONIES.set(s, (found = CEREMONY.test(s.text)));
  return found;
}

/** "Deputy Commissioner _____ said rescue operations have started", "…, according to his friend
 *  and flautist _____": who told the facts, where the article gives them no public office (or
 *  one that only tells, an officer's), is no fact; the quote pattern asks no "Who said …?" of
 *  them either. */
function quotedSource(e: Blank, s: Sentence, ctx: ArticleContext): boolean {
  // ("'… persisted despite weakness in crude oil prices,' said Gaura Sengupta, chief economist at
  // _____": the body a quotation's teller works for is the telling's, no fact.)
  if (e.cls === 'organisation' && TELLER_EMPLOYER_BEFORE.test(s.text.slice(Math.max(0, e.start - 120), e.start))) return true;
  // ('"… air domains," read the _____'s statement', '"…," said the _____ in a statement': the body
  // whose statement a quotation is, told right after it.)
  if (e.cls === 'organisation' && BODY_TELLING_BEFORE.test(s.text.slice(Math.max(0, e.start - 24), e.start))) return true;
  if (e.cls !== 'person' || holdsOffice(e, ctx) || headsTheSpeaker(e, s)) return false;
  const tail = withoutDiscourseAside(s.text.slice(e.end));
  if (/^\s+(?:also\s+|further\s+|later\s+|had\s+|has\s+)?(?:said|says|told|added|stated|informed|argued|submitted|contended|claimed|maintained)\b/.test(tail)) return true;
  // (A name that ends the sentence may stand after the source's office and its comma: "according
  // to the Special Relief Commissioner (SRC) of Odisha, _____.")
  const before = s.text.slice(Math.max(0, e.start - 100), e.start);
  // ('"It is our festival," said ascetic _____': the speaker after "said".)
  if (/[,”"’]\s*said\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(before)) return true;
  return /\baccording to\b[^,;()]{0,60}$/.test(before) || (/^\W*$/.test(tail) && /\baccording to\b[^;]{0,80}$/.test(before));
}

/** "The _____ announced early Wednesday that severe cyclonic storm Montha had weakened …" → IMD:
 *  the body that announced the news opening the sentence is its teller, unless the headline
 *  makes it the news's actor ("RBI cuts repo rate"). */
function announcer(e: Blank, s: Sentence, ctx: ArticleContext): boolean {
  if (e.cls !== 'organisation' || !/^(?:The\s+)?$/.test(s.text.slice(0, e.start)) || namedInHeadline(e, ctx)) return false;
  return ANNOUNCED_THAT.test(withoutDiscourseAside(s.text.slice(e.end)));
}
// ("The UN Office for the Coordination of Humanitarian Affairs (OCHA) Myanmar reports that …": its
// country office's place between, the telling in the present.)
const ANNOUNCED_THAT = /^\s+(?:\(\p{Lu}{2,8}\)\s+)?(?:\p{Lu}\p{Ll}+\s+(?=(?:reports|says|states|notes)\s))?(?:(?:on|early|late)\s+\p{Lu}\p{Ll}+\s+|today\s+)?(?:announced|said|stated|informed|reported|confirmed|noted|observed|reports|says|states|notes)\s+(?:(?:early|late|on)\s+\p{Lu}\p{Ll}+\s+|today\s+)?that\b/u;

/** "…, the RBI said in a release on the Developments in India's _____" → Balance of Payments: the
 *  title of the paper a figure was told in is the telling, not the news. */
const TOLD_IN_PAPER_BEFORE = /,\s+(?:the\s+|an?\s+)?(?:[\p{L}.-]+\s+){1,4}(?:said|says|stated|noted|added)\s+in\s+(?:a|an|its|the)\s+(?:release|statement|report|note|bulletin|communiqué|notification)\s+(?:on|titled|called)\s+(?:(?:the|its)\s+)?(?:[\p{L}'’-]+\s+){0,6}$/u;
function toldInPaper(e: Blank, s: Sentence): boolean {
  return TOLD_IN_PAPER_BEFORE.test(s.text.slice(Math.max(0, e.start - 160), e.start));
}

/** A death, or a sick person taken to a hospital. */
const DEATH_OR_ADMISSION = /\b(?:died|passed away|breathed (?:his|her) last|succumbed|(?:was|were|been)\s+(?:rushed|admitted|taken|shifted|brought|airlifted|referred)|(?:rushed|admitted|shifted|airlifted)\s+to|declared (?:brought )?dead|undergoing treatment|under treatment|being treated|ventilator support|cardiac arrest|heart attack)\b/;

/** '…," read the ', '…," said the ': a closing quotation, then its telling verb. */
const BODY_TELLING_BEFORE = /[,.]?["”’]\s*(?:read|reads|said|says|added|stated|noted)\s+(?:the\s+)?$/;
/** "…,' said Gaura Sengupta, chief economist at ": a teller, their role and "at". */
const TELLER_EMPLOYER_BEFORE = /[,”"’']\s*said\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}?\p{Lu}[\p{L}'’-]*,\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){1,4}(?:at|of|with)\s+(?:the\s+)?$/u;

/** "The latest _____ report noted that India improved its HDI value …" → UNDP: a body the article
 *  named before, told again as the author of what the sentence reports, is the telling, not its
 *  news (the first mention, "released by the _____", asks who wrote it). */
const PAPER_TELLS = /^\s+(?:report|study|survey|statement|assessment|release|bulletin)\s+(?:also\s+)?(?:noted|notes|said|says|found|finds|showed|shows|stated|states|observed|highlighted|revealed|added|pointed out)\b/;
function retoldAuthor(e: Blank, s: Sentence, ctx: ArticleContext): boolean {
  if (e.cls !== 'organisation' || !PAPER_TELLS.test(s.text.slice(e.end))) return false;
  return ctx.analyzed.sentences.some((o) => o.index < s.index && o.entities.some((x) => x.text === e.text || x.canonical === e.canonical));
}

/** "At least _____ more families have to be evacuated": a count more than some other is no figure
 *  of its own, unless the headline gives it ("Four more wetlands get Ramsar tag"). */
/** "3.9 per cent in February and 4.6 per cent in _____" (March 2025) in a March 2026 release: the same
 *  month a year before the article's, beside a figure, is the baseline, not the news; the
 *  article's own month is what every figure of it is of. */
function yearAgoMonth(e: Blank, s: Sentence, ctx: ArticleContext): boolean {
  if (e.cls !== 'date' || !e.resolved || !/^\d{4}-\d{2}$/.test(e.resolved)) return false;
  // (A text with no date of its own is dated by the month it names most.)
  const day = ctx.analyzed.article.date ?? mainMonth(ctx);
  if (!day) return false;
  const [y, m] = day.split('-').map(Number);
  const months = [0, 1].map((back) => {
    const month = m - back;
    return month >= 1 ? `${y - 1}-${String(month).padStart(2, '0')}` : `${y - 2}-12`;
  });
  // (Nor the month the release itself is of, "for the month of _____ over June 2024", nor the
  // month before it, "for January 2024 over _____".)
  months.push(day.slice(0, 7), m > 1 ? `${y}-${String(m - 1).padStart(2, '0')}` : `${y - 1}-12`);
  return months.includes(e.resolved) && s.entities.some((o) => o !== e && (o.cls === 'percent' || o.cls === 'number' || o.cls === 'money'));
}

const MAIN_MONTH = new WeakMap<ArticleContext, string | null>();
function mainMonth(ctx: ArticleContext): string | null {
  let found = MAIN_MONTH.get(ctx);
  if (found === undefined) {
    // (The month named most, twice at least: a tenure's end, once, is no date of the article.)
    const counts = new Map<string, number>();
    for (const t of ctx.analyzed.sentences) for (const x of t.entities) if (x.resolved && /^\d{4}-\d{2}/.test(x.resolved)) counts.set(x.resolved.slice(0, 7), (counts.get(x.resolved.slice(0, 7)) ?? 0) + 1);
    // ("in September" three times and "September 2025" once: the bare month names count for it.)
    const text = ctx.analyzed.sentences.map((t) => t.text).join(' ');
    for (const month of counts.keys()) {
      const name = MONTH_NAMES[Number(month.slice(5, 7)) - 1];
      counts.set(month, Math.max(counts.get(month)!, (text.match(new RegExp(`\\b${name}\\b`, 'g')) ?? []).length));
    }
    const best = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0];
    MAIN_MONTH.set(ctx, (found = best ? best[0] : null));
  }
  return found;
}

/** A body's name of several words whose last word the sentence also writes as "the <Word>". */
function headWordElsewhere(e: Entity, text: string): boolean {
  if (e.cls !== 'organisation' && e.cls !== 'term') return false;
  const head = /\s(\p{Lu}\p{Ll}{3,})$/u.exec(e.text)?.[1];
  if (!head) return false;
  for (const [a, b] of wholeWordSpans(text, head)) {
    if (a >= e.start && b <= e.end) continue;
    // (As its own name: "the Navy", not "the Navy Chief" or "the Navy of …".)
    if (/\b[Tt]he\s+$/.test(text.slice(Math.max(0, a - 4), a)) && !/^\s+(?:\p{Lu}|of\b)/u.test(text.slice(b, b + 4))) return true;
  }
  return false;
}

/** A share in per cent, and the sentence's other share that makes it up to a hundred when it
 *  is called the rest ("the rest 15 per cent", "the remaining 40%", "the balance 25 per cent"). */
const PER_CENT = /(\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)/g;
const REST_BEFORE = /\b(?:rest|remaining|balance|other)\s+(?:of\s+the\s+)?$/i;
/** Words of two shares of one whole, told side by side. */
const SHARES_OF_WHOLE = /\bof (?:the )?total\b[^.;]*\b(?:while|whereas|and)\b|\b(?:accounted for|share of)\b[^.;]*\b(?:while|whereas)\b/i;
function shareWithRemainder(e: Entity, text: string): boolean {
  const own = /^(?:(?:approximately|about|around|nearly|almost|roughly|some)\s+)?(\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)$/i.exec(e.text);
  if (!own) return false;
  const rest = /\b(?:rest|remaining|balance)\b/i.test(text);
  // ("… accounted for approximately 77% of total production, while the private sector
  // contributed 23%": two shares of one whole, each the other's remainder.)
  if (!rest && !SHARES_OF_WHOLE.test(text)) return false;
  const value = Number(own[1]);
  for (const m of text.matchAll(PER_CENT)) {
    if (m.index === e.start || Math.abs(Number(m[1]) + value - 100) > 1e-9) continue;
    if (!rest) return true;
    // (Either one may be called the rest: both are the same sum.)
    if (REST_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) || REST_BEFORE.test(text.slice(Math.max(0, e.start - 30), e.start))) return true;
  }
  return false;
}

function relativeCount(e: Blank, s: Sentence, ctx: ArticleContext): boolean {
  return (e.cls === 'number' || e.cls === 'percent') && /^\s+more\b/.test(s.text.slice(e.end)) && !ctx.headlineKey.includes(` ${normalizeKey(e.text)} `);
}

/** A kind word after a quoted name: "the ‘one nation, one election’ proposal". */
const QUOTED_KIND_AFTER = /^[’'"”]\s+(?:proposal|scheme|plan|policy|mission|campaign|initiative|programme|program|slogan|motto|theme|model|concept|idea|report|principle|formula|doctrine|approach|vision|category|status|drive|movement)\b/;

/** Words before a place that say where, not who: "in Beijing", "to Washington". */
const PLACE_PREPOSITION = /\b(?:in|at|to|from|near|into|across|outside|inside|of|for|between|via|visited|visiting|visit|reached|left|leaves)\s+$/i;

/** A country's capital in a sentence that names that country too. */
function capitalOfNamedCountry(e: Entity, s: Sentence): boolean {
  const country = countryOfCapital(e.canonical)?.name;
  return !!country && s.entities.some((o) => o !== e && o.cls === 'place' && countryOf(o.canonical)?.name === country);
}

/** An everyday word written with a capital, no function word ("Prices", "Basic"; not "The"). */
function titleCaseWord(word: string | undefined): boolean {
  return !!word && word.length >= 4 && !FUNCTION_WORD.test(word) && isCommonWord(word.toLowerCase());
}
/** Last words that make a run of everyday words the name of one body or programme. */
const NAMED_THING_HEAD = /\s(?:Project|Programme|Program|Mission|Scheme|Initiative|Campaign|Fund|Foundation|Trust|Committee|Commission|Council|Board|Panel|Agency|Authority|Festival|Challenge|Summit|Conference|Prize|Award|Fair|Policy|Yojana|Abhiyan|Corridor|Park|Sanctuary|Reserve)$/;
const FUNCTION_WORD = /^(?:This|That|These|Those|With|From|After|Before|During|Under|Over|Into|About|Their|There|When|While|Where|What|Which|Also|Both|Some|Many|Most|Such|Then|Than|Only|Even|Each|Here)$/;

/** "National Education Policy (NEP)": a named policy, mission or scheme with its own initials in
 *  brackets after it, which the cloze leaves out to ask the name. */
function ownShortForm(name: string, short: string): boolean {
  return /\s/.test(name) && NAMED_THING_HEAD.test(name) && isAcronymOf(short, name);
}

/** "approved the Rs 16,300-crore National Critical Minerals Mission (NCMM)" under "Cabinet approves
 *  National Critical Minerals Mission": a name with its short form that the headline names is the
 *  story's topic, every later "NCMM" its refrain; not blanked (its figure is). */
function headlinedWithShortForm(e: Entity, s: Sentence, ctx: ArticleContext): boolean {
  const short = /^\s?\(([^()\s]{2,10})\)/.exec(s.text.slice(e.end));
  return short !== null && ownShortForm(e.text, short[1]) && e.text.split(/\s+/).some((w) => /^\p{Lu}\p{Ll}{3,}/u.test(w) && !/^(?:National|Mission|Scheme|Policy|Programme|Pradhan|Mantri)$/.test(w) && ctx.headlineKey.includes(` ${normalizeKey(w)} `));
}

/** "LVM-3" of "Launch Vehicle Mark-III": a code's letters are the initials of the name's words. */
function spellsInitials(code: string, name: string): boolean {
  const letters = /^\p{Lu}+/u.exec(code)?.[0] ?? '';
  return letters.length >= 2 && initials(name.split(/[\s-]+/)).startsWith(letters);
}

/** Whether the span [a, b) is the hours or minutes of a clock time ("11:56"). */
function inClockTime(text: string, a: number, b: number): boolean {
  return /^[:.]\d/.test(text.slice(b, b + 2)) || /\d[:.]$/.test(text.slice(Math.max(0, a - 2), a));
}

/** "… is scheduled for release on", "are due to be released": figures still to come. */
const NEXT_RELEASE = /\b(?:is|are|will\s+be)\s+(?:scheduled|due|slated|set)\s+(?:for\s+release|to\s+be\s+released)\b/;

/** A person's trade as the last word of a capitalised description: "… Propulsion Expert". */
const TRADE_LAST_WORD = /\s(?:Expert|Specialist|Scientist|Engineer|Researcher|Consultant|Professional|Practitioner|Technologist|Economist|Analyst|Strategist|Officer)$/;

/** Words a blank may hide. */
const MAX_BLANK_WORDS = 10;

/** "cannot exceed ", "capped at ", "more than ": a figure set as a limit, the rule's news. */
const LIMIT_BEFORE = /\b(?:exceed|exceeds|exceeding|more than|less than|fewer than|capped at|limited to|restricted to)\s+$/;

/** "retired as ", "took over as the ", "was appointed as ": the office a person holds comes next. */
const OFFICE_HELD_AS = /\b(?:retired|retires|served|serves|serving|appointed|named|took over|takes over|taking over|continued|continues|joined|elected|assumed charge|sworn in)\s+as\s+(?:the\s+)?(?:new\s+)?$/;

/** How far back the end-anchored tests of `blankable` read: further than any of them matches. */
const NEAR = 120;

/** "bench, which also comprised Justices X and ", "a Bench of Justices ": the judges of a bench. */
// ("A three-judge bench of the top court, led by the Chief Justice of India (CJI) D Y Chandrachud
// and also comprising Justices _____ and Manoj Misra": who else sat on it, past its head.)
const BENCH_REACH = 200;
const BENCH_MEMBERS = /\b[Bb]ench\b[^.;]{0,100}?\b(?:comprising|comprised|comprises|consisting of|also of|of)\s+(?:also\s+)?(?:Chief\s+)?Justices?\b[^;]*$/;

/** "two to ", "10-": the start of a range before a blank; and its end after one. */
// ("from 0.676 in 2022 to _____", "rose from 15% to _____": a change, both of its values asked.)
// ("from 130 in 2014-16 to _____": the end of a span of years is no range's start.)
const RANGE_START = /(?<!\bfrom\s+)(?<![-–/])\b(?!(?:19|20)\d\d\b)(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s*(?:to|or|-|–)\s*$/i;
const RANGE_END = /^\s*(?:to|or|-|–)\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\b)/i;

/** "… had recorded", "… saw", "… registered": a period standing as the subject of its figure. */
const PERIOD_RECORDED = /^,?\s+(?:had\s+|has\s+)?(?:recorded|registered|saw|seen|witnessed|logged|clocked|reported)\b/;

/** "his MBBS", "a Bachelor’s degree", "an alumnus", "graduated from", "educated in": a line of
 *  someone's schooling, whose towns, colleges and degrees after it are biography, not the news.
 *  (Where someone was born is asked: a story about them asks it too.) */
const SCHOOLING = /\b(?:(?:his|her|their|a|an)\s+(?:[\p{L}’'.]+\s+){0,2}(?:degrees?|graduation|MBBS|LLB|LLM|MBA|PhD|doctorate|diploma|B\.?Tech|M\.?Tech|BSc|MSc)|alumn(?:us|a)|graduated|graduate\s+of|(?:educated|studied(?:\s+\p{Ll}+){0,2}|schooled|enrolled|got\s+enrolled)\s+(?:at|in)|schooling)\b/u;

/** A body someone named is "from" ("Paul from _____"), or the town after a body's name
 *  ("ZSI, _____", "the Indian Institute of Science (IISc), _____"). */
function affiliation(e: Blank, s: Sentence, head: string): boolean {
  const from = /\s+from\s+(?:the\s+)?$/.exec(head);
  if (from && s.entities.some((o) => o.cls === 'person' && o.end === from.index)) return true;
  // ("The Indian Institute of Science (IISc), _____, has …": its short form between.)
  const comma = /(?:\s*\([^()]{1,12}\))?,\s+$/.exec(head);
  if (e.cls === 'place' && comma !== null && s.entities.some((o) => o.cls === 'organisation' && o.end === comma.index) && /^,/.test(s.text.slice(e.end))) return true;
  // ("…,” said Hans M Kristensen, Associate Senior Fellow …, and Director of the Nuclear
  // Information Project at the _____." → FAS: where a quote's speaker works, told after the name.)
  return s.entities.some((o) => o.cls === 'person' && o.end < e.start && QUOTE_SAID_BEFORE.test(s.text.slice(Math.max(0, o.start - 20), o.start)) && SPEAKER_DESCRIPTION.test(s.text.slice(o.end, e.start)) && !/["“”]/.test(s.text.slice(e.end)));
}
/** "…,” said ", "…," added ": a quote's telling verb before its speaker's name. */
const QUOTE_SAID_BEFORE = /[”"],?\s+(?:said|added|says|adds|noted|explained|stated)\s+$/;
/** ", Associate Senior Fellow with …, and Director of … at the ": the speaker's description, no quote or verb of its own. */
const SPEAKER_DESCRIPTION = /^,\s[^"“”;]*$/;

/** "…,” the statement added", "…,” a ZSI release said": a document speaking, not a person. */
const DOCUMENT_SAID = /[”"],?\s+(?:the|a|an|its)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|release|notification|bulletin|report)\s+(?:said|added|stated|noted|read|reads|says)\b/u;
/** Words of a person speaking for themselves or their side. */
const FIRST_PERSON = /\b(?:I|we|our|us|my|me)\b/i;

function statementOfRecord(quote: string, sentence: string): boolean {
  return DOCUMENT_SAID.test(sentence) && !FIRST_PERSON.test(quote);
}

/** Whether text ending in `before` and starting with `after` stands inside one pair of brackets. */
/** "Earth Observation Satellite (EOS-08)": a code with a number, the whole of a bracket right
 *  after a capitalised kind of thing; its number is nowhere in the words before. */
function numberedCodeAfterKind(e: Blank, before: string, after: string): boolean {
  const number = /\d+/.exec(e.text)?.[0];
  return !!number && /^\p{Lu}[\p{Lu}\d]*-[\p{Lu}\d]+$/u.test(e.text) && /(?:\p{Lu}\p{Ll}+\s+){1,4}\($/u.test(before) && /^\)/.test(after) && !before.includes(number);
}

function insideBracket(before: string, after: string): boolean {
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return false;
  const close = after.indexOf(')');
  return close >= 0 && !after.slice(0, close).includes('(');
}

/** "… recorded in 2018.": the participle a cut-off comparison ends on, with no clause of its own. */
const COMPARED_PARTICIPLE = /^[^,;]*?\b(?:recorded|seen|reported|registered|achieved|set|observed|logged)\s+(?:in|on|during|last|before)\b[^,;]*[.!]$/;

/** A sentence that reports speech. */
const SPEECH = /\b(?:said|says|saying|told|added|remarked|stated|tweeted|wrote)\b/;
/** "like ", "such as ": where a list of examples starts. */
const EXAMPLES_START = /\b(?:like|such as)\s+/g;

/** "like A, B, and ", "such as A and ": the text up to a list of examples that `text` ends in the
 *  middle of (after a later member's comma, or its "and"/"or"), or null. Read by its commas
 *  rather than one regex, whose overlapping runs of words and spaces could backtrack at length. */
// (A member may carry its language or year in brackets: "winners like Yuva Baral’s Chhichimira (Nepali) and ".)
function laterExampleListStart(text: string): string | null {
  for (const m of text.matchAll(EXAMPLES_START)) {
    const list = text.slice(m.index + m[0].length);
    if (/[;.“”"]/.test(list)) continue;
    const parts = list.split(',');
    const last = parts[parts.length - 1];
    // ("A, B, and ": up to eight members, each ended by its comma.)
    const commas = parts.length >= 2 && parts.length <= 9 && parts.slice(0, -1).every((p, i) => (i === 0 ? p.length > 0 : p.length >= 2 && /^\s/.test(p))) && /^\s+(?:(?:and|or)\s+)?$/.test(last);
    // ("A and ": one member before its "and".)
    const joined = parts.length === 1 ? /\s+(?:and|or)\s+$/.exec(list) : null;
    const and = joined !== null && (joined.index > 0 || /^\s\s/.test(joined[0]));
    if (commas || and) return text.slice(0, m.index + m[0].length);
  }
  return null;
}
/** His wife, her daughters, their son, named right after (the last of two too). */
const KIN_BEFORE = /\b(?:his|her|their)\s+(?:(?:late|elder|younger|eldest|youngest|two|three)\s+)?(?:wife|husband|sons?|daughters?|brothers?|sisters?|mother|father|grandsons?|granddaughters?|children|parents)\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*(?:\s+and|,)\s+)?$/u;

/** Whether a country or state blank only says where the town before it is ("in Eugene, _____"),
 *  not where something was signed or founded ("the Ramsar Convention, signed in Ramsar, _____"). */
function locatesTown(e: Blank, s: Sentence): boolean {
  if (e.cls !== 'place' || e.placeKind === 'city') return false;
  const town = s.entities.find((o) => o.cls === 'place' && o.placeKind === 'city' && /^,\s+$/.test(s.text.slice(o.end, e.start)));
  return !!town && !/\b(?:signed|adopted|founded|established|set up)\s+(?:at|in)\s+$/.test(s.text.slice(Math.max(0, town.start - 30), town.start));
}

/** Whether the sentence writes the name's initials (three or more) as a word outside it. */
// (Read with indexOf, not a regex built per name: every candidate blank of every sentence asks.)
function shortFormElsewhere(e: Blank, text: string): boolean {
  if (!/\s/.test(e.text)) return false;
  const short = initials(e.text.split(/[\s-]+/));
  if (short.length < 3) return false;
  for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
    if (at < e.end && at + short.length > e.start) continue;
    // (Not the brackets right after the name: the cloze leaves them out.)
    if (/^\s*\($/.test(text.slice(e.end, at)) && text[at + short.length] === ')') continue;
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + short.length] ?? '')) return true;
  }
  return false;
}

/** "_____ among males aged 15 years and above …" → LFPR, a sentence after "Labour Force
 *  Participation Rate (LFPR)": a short form the article spelled out before asks the reader to
 *  recall the letters, not a fact. */
function shortFormSpeltBefore(e: Blank, s: Sentence, ctx: ArticleContext): boolean {
  // (Only one opening its sentence, the subject it goes on measuring; a report named in passing,
  // "added to the WSI this year", under a headline of something else, is a fact of the story.)
  if ((e.cls !== 'term' && e.cls !== 'organisation') || !/^\p{Lu}{2,6}$/u.test(e.text) || s.index === 0 || e.start !== 0) return false;
  const spelt = `(${e.text})`;
  return ctx.analyzed.sentences.some((o) => {
    if (o.index >= s.index || !o.text.includes(spelt)) return false;
    const words = o.text.slice(0, o.text.indexOf(spelt)).trim().split(/\s+/).slice(-10);
    return words.some((_w, i) => isAcronymOf(e.text, words.slice(i).join(' ')));
  });
}

/** "the 'very serious' category": a class a body grades things by, named in quotes. */
const GRADE_AFTER = /^[’'"”]\s+(?:category|categories|grade|rating|status|zone|list|tier)\b/;

// ("Fellow awardee _____ could not however accept his Grammy Award as he was working": who missed
// the ceremony too.)
const FAILED_AFTER = /^\s+(?:couldn['’]t|could\s+not|failed\s+to|did\s+not|didn['’]t)\s+(?:however\s+)?(?:qualify|make\s+it|make\s+the\s+cut|advance|progress|reach|finish|accept|attend|collect|receive)\b/;
const ALSO_RAN = /\b(?:stood|came|finished|ended\s+up|was\s+placed)\s+(?:a\s+distant\s+)?(?:third|fourth|fifth|sixth|last)\b|\bcould\s+(?:only\s+)?(?:get|manage|poll|secure|garner)\s+(?:just|only|a\s+mere)\b|\bforfeited\s+(?:his|her|their)\s+(?:security\s+)?deposits?\b/;
/** "Ridge (44.2 degrees Celsius)": a name and its reading in brackets, an entry of a table. */
const LIST_READING = /\p{Lu}[\p{L}-]*\s*\(\s*(?:both\s+at\s+|all\s+at\s+)?\d[\d.,]*/gu;
/** "Patan-Veraval in Gir Somnath district (18mm)", "Dwarka town … recorded 16mm of rainfall": a
 *  town's or a district's rain (a country's or a region's season total is news). */
const RAIN_READING = /\b(?:district|town|city|taluka|tehsil|village)\s*\(\s*\d[\d.,]*\s*mm\s*\)|\b(?:district|town|city|taluka|tehsil|village)\s+(?:recorded|received|witnessed|logged)\s+(?:the\s+most\s+)?\(?\d[\d.,]*\s*mm\b/;

/** "The highest temperature was recorded at ": the top of a table is its news. */
const TOP_OF_LIST_BEFORE = /\b(?:highest|lowest|maximum|most|least|top)\b[^,;]{0,40}\b(?:at|in|by)\s+$/;
const WEATHER = /\b(?:temperatures?|rain(?:fall|s)?|thunderstorms?|heat\s?wave|cold\s?wave|humidity|degrees?\s+Celsius|monsoon|showers?|drizzle|gusty\s+winds?|mercury)\b/i;
// ("heavy rains will continue to lash parts of West Bengal, including Kolkata, until tomorrow":
// what the weather will do is a forecast too.)
const WEATHER_FORECAST = /\b(?:expected|projected|forecast|predicted|likely)\b|\bwill\s+(?:continue\s+to\s+)?(?:lash|hit|batter|pound|prevail|persist|occur|bring|rise|fall|drop|soar|dip|remain|intensify)\b|\b(?:until|till)\s+(?:tomorrow|tonight)\b|\bover\s+the\s+next\b/i;
/** A monsoon's forecast as the Met department gives it: a share of the long period average. */
const SEASON_OUTLOOK = /\bper\s?cent\s+of\s+(?:the\s+)?(?:long[\s-]period\s+average|LPA)\b/i;

/** ", Additional Director General, S Balachandran told": an official's post and name, then a verb of telling. */
const TELLER_AFTER_BODY = /^,\s+(?:[\p{L}-]+\s+){0,4}(?:General|Director|Officer|Secretary|Commissioner|Head|Chief|Scientist|Spokesperson|Chairman|Chairperson|President),?\s+(?:\p{Lu}[\p{L}.]*\s+){1,4}(?:told|said|informed|stated|says)\b/u;

/** Gases and particles by their formulas: "CO2", "PM2.5". */
const GAS_FORMULA = /^(?:CO2|CO₂|SO2|SO₂|NO2|NO₂|NOx|CH4|CH₄|N2O|O3|PM2\.5|PM10|GHG|GHGs)$/;

/** A blank of a figure: a count, a date, a share or a sum. */
function isFigure(e: Blank): boolean {
  return e.cls === 'number' || e.cls === 'date' || e.cls === 'percent' || e.cls === 'money';
}

function blankable(e: Blank, s: Sentence): boolean {
  // ("Gen _____ al-Burhan" → Abdel Fattah: a name that goes on past its blank with a particle
  // written small is cut, half an answer.)
  if (e.cls === 'person' && /^\s+(?:al|el|bin|ibn|bint|abu|ul|ud)-?\s?\p{Lu}/u.test(s.text.slice(e.end, e.end + 12))) return false;
  // ("the _____ movement" → "Jai Prakash Narayan’s": a name with its owner's mark is a modifier cut
  // short, never a whole answer.)
  if (/\p{L}['’]s$/u.test(e.text)) return false;
  // The text before and after the entity, read by every test below; an end-anchored regex scans
  // from each position of its input, so those read only the last NEAR characters before it.
  const head = s.text.slice(0, e.start);
  const near = head.length > NEAR ? head.slice(head.length - NEAR) : head;
  const tail = withoutDiscourseAside(s.text.slice(e.end));
  // (The tests run in parts of some hundred lines: as one function of ~450 tests, TurboFan took
  // 1–1.5 s to compile it, and again after each of its deopts, a run's largest compile by far.)
  // (Each part only tests, so their order changes nothing but the time: those that turn down most
  // blanks for their cost first. Over 300 batch articles, of ~17,000 blanks 8,400 were turned down,
  // most by parts 5, 6 and 7; half of all passed every part.)
  return blankablePart5(e, s, head, near, tail) && blankablePart6(e, s, near, tail) && blankablePart7(e, s, head, near, tail) && blankablePart3(e, s, head, near, tail) && blankablePart10(e, s, near, tail) && blankablePart4(e, s, head, near, tail) && blankablePart9(e, s, head, near, tail) && blankablePart8(e, s, head, near, tail) && blankablePart2(e, s, head, near, tail) && blankablePart1(e, s, near, tail);
}

/** " has approved the conferment of", " appointed … as", " administered the oath": a head of state's assent. */
const HEAD_ASSENTS = /^\s+(?:has\s+|had\s+)?(?:approved|cleared|accepted|appointed|administered|gave\s+(?:her|his)\s+assent|signed\s+the\s+warrant)\b/;
/** " took to his official X account to make the announcement", " took to social media to announce". */
const ANNOUNCED_ON_SOCIAL = /^\s+(?:also\s+)?took\s+to\s+(?:(?:his|her|their|the)\s+)?(?:official\s+)?(?:X|Twitter|Instagram|Facebook|social\s+media|microblogging\s+(?:site|platform))(?:\s+(?:account|handle|page))?\s+to\s+(?:make\s+the\s+announcement|announce|share|break|post|inform)\b/;

/** ", said Madan Sabnavis, chief economist at Bank of Baroda.": the sentence an analyst's view. */
const ANALYST_TOLD_AFTER = /,\s+(?:said|says|noted|added|observed)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}?\p{Lu}[\p{L}.'’-]*,\s+(?:an?\s+|the\s+)?(?:(?:chief|senior|lead|principal|head|group)\s+)?(?:economist|analyst|strategist|research\s+analyst)\b/u;
/** "according to economists polled by Bloomberg", "a Reuters poll of economists": a forecast. */
// (Not the figure set against it: "came at 8.2%, higher than the number predicted by a Bloomberg poll".)
const POLLED_FORECAST = /\baccording\s+to\s+(?:(?:economists|analysts)\s+polled\s+by\b|an?\s+(?:\p{Lu}\p{L}*\s+)?poll\s+of\s+(?:economists|analysts)\b)/u;

/** "Chief Ministership", "Premiership", "Presidency": an office as it is held. */
const OFFICE_HELD = /^(?:(?:Chief\s+|Prime\s+|Deputy\s+)?(?:Minister|Chairman|Chairperson|Speaker|Governor)ship|Premiership|Presidency|Captaincy)$/;
function blankablePart1(e: Blank, s: Sentence, near: string, tail: string): boolean {
  // ("across 4 categories: a) _____, b) Top 3 clean cities …": an item of a lettered list.)
  if (/(?:^|[\s:;,(])[a-h]\)\s*$/.test(near)) return false;
  // ("who is a _____" → Rocket & Space Craft Propulsion Expert: a trade written in capitals after
  // "a" describes someone, no name to recall.)
  if ((e.cls === 'term' || e.cls === 'organisation') && /\b(?:is|was|as)\s+an?\s+$/.test(near) && TRADE_LAST_WORD.test(e.text)) return false;
  // ("before assuming the _____" → Chief Ministership: the holding of an office, no name.)
  if (e.cls === 'term' && OFFICE_HELD.test(e.text)) return false;

  // ("… West Bengal, _____’ Rahul Gandhi and AIMIM’s Asaduddin Owaisi" → Congress: a party owning its
  // leader's name only says whose leader it is.)
  if (e.cls === 'organisation' && /^['’]s?\s+\p{Lu}/u.test(tail) && s.entities.some((o) => o.cls === 'person' && o.start > e.end && o.start - e.end <= 4)) return false;
  // ("_____'s Sheohar MP Rama Devi" → BJP: so does a party owning its member's seat and post.)
  // ("_____ working president K Sapdanga" → ZPM: its post written straight after it too.)
  if (e.cls === 'organisation' && /^(?:['’]s?)?\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:(?:working|acting|senior|state|national|general)\s+)?(?:MP|MLA|MLC|leader|chief|president|spokesperson|candidate|councillor|legislator)\s+\p{Lu}/u.test(tail)) return false;
  // ("_____ and AAP leader Atishi won the Kalkaji seat" → Delhi Chief Minister, "Wayanad district
  // _____ said" → Collector Meghasree D R: an office before its holder's name, or run onto it,
  // is the title, no fact of its own; the holder is the blank.)
  if ((e.cls === 'term' || e.cls === 'organisation') && OFFICE_LAST.test(e.text) && s.entities.some((o) => o.cls === 'person' && o.start >= e.end && /^\s+(?:and\s+(?:[\p{L}-]+\s+){0,3})?$/u.test(s.text.slice(e.end, o.start)))) return false;
  if ((e.cls === 'term' || e.cls === 'person') && OFFICE_FIRST.test(e.text)) return false;
  // ("_____, Rashid Yehya Naqash, said …" → Regional Wildlife Warden Kashmir: an office set off
  // before its holder's name by a comma is the title too.)
  if ((e.cls === 'term' || e.cls === 'organisation') && OFFICE_HEAD.test(e.text) && s.entities.some((o) => o.cls === 'person' && o.start > e.end && /^,\s+$/.test(s.text.slice(e.end, o.start)))) return false;

  // ("the PAN 2.0 _____" → Project of the Income Tax Department: a scheme's head word after its
  // name, with the owner after it, is the end of the scheme's name and its owner, no name of its own.)
  if (/^(?:Project|Scheme|Mission|Programme|Program|Initiative|Yojana)\s+of\s/.test(e.text) && /(?:\p{Lu}[\p{L}\d.-]*|\d[\d.]*)\s+$/u.test(near)) return false;
  // ("the neuro _____'s state-run Sawai Man Singh Hospital" → ICU of Jaipur: a name run on through
  // "of" into the owner of what follows is neither the one nor the other.)
  // (Not a body known whole, "Reserve Bank of India's"; not a closing quote, "'Tomb of Sand' has".)
  // (Only a town's or a state's: "the Church of Scientology's website" is the church's.)
  const ownerPlace = /\sof\s+(\p{Lu}[\p{L}-]*)$/u.exec(e.text)?.[1];
  if ((e.cls === 'term' || e.cls === 'organisation') && ownerPlace && /^['’]s\s/.test(tail) && !organisationNamed(e.text) && (cityNamed(ownerPlace) || regionNamed(ownerPlace))) return false;
  // ("a 1985 batch _____ cadre IAS officer" → Gujarat, "an IAS officer of the _____ cadre": the
  // state an officer's service was allotted to is a line of a career, no news.)
  // ("… officer of _____ cadre" → Arunachal Pradesh-Goa-Mizoram-Union Territories (AGMUT): the
  // joint cadre's name too.)
  if ((e.cls === 'place' || e.cls === 'term' || e.cls === 'organisation') && /^\s+cadre\b/i.test(tail)) return false;
  // ("the standoff continued with some _____ suggesting …" → Members of Parliament (MP): lawmakers
  // by their house's name are no one in particular.)
  if ((e.cls === 'organisation' || e.cls === 'term') && /^(?:Members?\s+of\s+(?:the\s+)?(?:Parliament|Legislative\s+Assembly|Legislative\s+Council|Rajya\s+Sabha|Lok\s+Sabha)|MPs|MLAs|MLCs)(?:\s*\([\p{L}]+\))?$/u.test(e.text)) return false;
  // ("National Security Adviser _____, among others, accompanied the PM": who went along is the
  // visit's entourage, no news of it.)
  if (e.cls === 'person' && /\b(?:accompanied\s+(?:the|him|her|them|Prime|President|PM)\b|were\s+also\s+present\b|was\s+also\s+present\b)/.test(s.text) && !/\b(?:appointed|named|elected|won|awarded|died|passed away)\b/.test(s.text)) return false;
  // ("when one day out of the blue he asked her …": "one day" is some day, no date to learn.)
  if ((e.cls === 'date' || e.cls === 'number') && /^one\s+(?:day|fine\s+day|morning|evening|night)$/i.test(e.text)) return false;
  // ("finished at the bottom of the four-team _____" → "Group B.": a group of a draw is no fact,
  // and its letter's full stop is the sentence's.)
  if ((e.cls === 'term' || e.cls === 'organisation') && /^Group\s+\p{Lu}\.?$/u.test(e.text)) return false;
  // ("shared the images of the bridge with the caption: "Stunning Sudarshan Setu."": the whole of
  // a quotation is what someone wrote, no name to learn.)
  // (Only a quotation closing its clause: "said the “Chennai Connect” would be …" names a thing.)
  if (/^[.!?,]?["”’'](?:\s*$|[.,;!?])/.test(s.text.slice(e.end, e.end + 4)) && /\b(?:caption|captioned|wrote|posted|tweeted|said|saying|slogan|message)(?:[:,]?\s)?["“‘']$/.test(s.text.slice(Math.max(0, e.start - 40), e.start))) return false;
  // ("Nepal signed a long-term agreement … during the two-day visit of External Affairs Minister
  // _____": who was visiting dates the news, the occasion of it, and is no part of what was done.)
  if (e.cls === 'person' && /\bduring\s+(?:the|his|her|a|an)\s+(?:[\w-]+\s+){0,3}visit\s+of\s+(?:[\p{L}.'’-]+\s+){0,6}$/u.test(s.text.slice(Math.max(0, e.start - 90), e.start)) && !/\b(?:appointed|named|elected|awarded|died|passed away)\b/.test(s.text)) return false;
  // ("handed over to _____ District Collector Ch Naga Rani" → West Godavari: the district an officer
  // serves, before the office and the name, says whose officer, no fact.)
  if (e.cls === 'place' && /^\s+(?:[Dd]istrict\s+)?(?:Collector|Magistrate|DM|SP|SSP|DC|Superintendent\s+of\s+Police|Police\s+Commissioner|Deputy\s+Commissioner)\b/.test(tail)) return false;
  // ("Two judges of _____ high court" → Bombay: a place before a court written small is the
  // court's name cut short, a modifier, no answer.)
  if (e.cls === 'place' && /^\s+(?:high\s+court|district\s+court|bench|municipal\s+corporation|zila\s+parishad)\b/.test(tail)) return false;
  // ("listed the matter for further hearing after _____", "set _____ as the next date of hearing",
  // "will file an affidavit within _____": when a court sits next is its diary, no ruling.)
  if ((e.cls === 'date' || e.cls === 'number') && (NEXT_HEARING_BEFORE.test(near) || /^\s+as\s+the\s+next\s+(?:date\s+of\s+)?hearing\b/.test(tail))) return false;
  // ("_____ silver-medallist PV Sindhu" → Rio Olympic: a name before an athlete's honour only says
  // where it was won.)
  // (Read as a person too, where the athlete's name follows: "Rio Olympic silver-medallist PV Sindhu".)
  const honour = /^\s+(?:(?:silver|gold|bronze)[- ]?medall?ists?|medall?ists?|champions?|finalists?|runners?-up|title-holders?)\b/.exec(tail);
  if (honour && /^\p{Lu}/u.test(e.text) && (e.cls !== 'person' || s.entities.some((o) => o.cls === 'person' && o.start > e.end && o.start <= e.end + honour[0].length + 1))) return false;
  // ("_____ second lunar mission Chandrayaan-2 was placed …" → India: a country before the Nth of
  // its things, its "'s" dropped, owns them; the thing is the fact.)
  if (e.cls === 'place' && /^\s+(?:first|second|third|fourth|fifth|maiden|latest|\d+(?:st|nd|rd|th))\s+\p{Ll}/u.test(tail)) return false;
  // ("troops of 1-24 _____ based 11th Airborne Division" → Battalion of the Alaska: a name that runs
  // into "based" is the place a thing is based in, misread; nor a name after a unit's number.)
  if (e.cls !== 'number' && e.cls !== 'date' && (/^(?:\s*-\s*|\s+)based\b/.test(tail) && /\s/.test(e.text) || /\b\d+(?:-\d+)+\s+$/.test(near))) return false;
  // ("_____, Additional Director General, S Balachandran told PTI that …" → IMD-Regional
  // Meteorological Centre: the body of the official who told it, a line of the byline.)
  if ((e.cls === 'organisation' || e.cls === 'term') && TELLER_AFTER_BODY.test(tail)) return false;
  // ("will contribute to lower _____ emissions" → CO2: a gas's formula says what is measured, no news.)
  if (GAS_FORMULA.test(e.text)) return false;
  // ("linked to the same invalid mobile number – _____" → 8888888888: a run of eight digits or more
  // with no separators is a phone or an account number, no figure to learn.)
  if (e.cls === 'number' && /^\d{8,}$/.test(e.text)) return false;
  // ("The _____ (extremely severe cyclonic storm) TAUKTAE" → ESCS: a short form spelled out in the
  // brackets after it gives itself away.)
  const spelled = /^\s+\(([\p{L}\s-]{3,80})\)/u.exec(tail);
  if (spelled && /^\p{Lu}{2,8}$/u.test(e.text) && initials(spelled[1].split(/[\s-]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1))) === e.text) return false;
  // ("… the UNDP report ‘Breaking the gridlock …’ released on _____": the day a report came out is
  // a line of its story, not what it found.)
  // (Nor where it came out: "… Index for 2019, released in _____" → New Delhi, "released at _____" → COP27.)
  if ((e.cls === 'date' && /\b(?:report|index|survey|data|study|ranking|list|rankings)\b[^.;]{0,120}\breleased\s+(?:on\s+)?$/i.test(near)) || ((e.cls === 'place' || e.cls === 'term' || e.cls === 'organisation') && /\b(?:report|index|survey|study|ranking|rankings)\b[^.;]{0,120}\breleased\s+(?:in|at)\s+(?:the\s+)?$/i.test(near))) return false;
  // ("In the previous week ended _____, the reserves had swelled by …": the week a weekly figure is
  // of is a label of the series, no news.)
  if (e.cls === 'date' && /\bweek\s+(?:ended|ending)\s+(?:on\s+)?$/.test(near)) return false;
  // ("In _____ too, the former Finance Minister was admitted to AIIMS", "… where he was admitted
  // since _____": when someone went into hospital is the illness's diary, no fact of the news.)
  // (The day of a death in the same sentence is the news: "…, who was admitted to a hospital last
  // week, passed away on _____".)
  if (e.cls === 'date' && (/\badmitted\b[^.;,]{0,40}$/.test(near) || (e.start < 15 && /\b(?:was|were)\s+admitted\s+(?:to|in|at)\b/.test(s.text) && !/\b(?:passed away|died)\b/.test(s.text)))) return false;
  // ("the last month of financial year 2018-19 - which concluded on _____": when a fiscal year ends.)
  if (e.cls === 'date' && /\b(?:financial|fiscal)\s+year\b[^.;]{0,40}\b(?:concluded|ended|ends|closed|closes)\s+on\s+$/i.test(near)) return false;
  // ("Since India’s independence in _____" → 1947: a year every reader knows, said to count from.)
  if ((e.cls === 'date' || e.cls === 'number') && /\b[Ii]ndependence\s+in\s+$/.test(near)) return false;
  // ("… confirmed to the media by Rajkot Range Inspector General of Police _____", "Deputy SP _____
  // said …", "Collector _____ said …": a local officer who tells the day's figures holds no post a
  // student learns.)
  if (e.cls === 'person' && LOCAL_OFFICER_BEFORE.test(near)) return false;
  // ("Railway Spokesperson Anil Saxena said in _____" → Delhi: where an official spoke is no news.)
  if (e.cls === 'place' && /\b(?:said|says|told\s+(?:reporters|the\s+media|journalists|PTI|ANI|IANS))\s+in\s+(?:the\s+)?$/.test(near)) return false;
  // ("injured passengers have been shifted to Apollo Hospital and _____": the hospital the injured
  // were taken to is a line of the day's report.)
  // (Or where someone died, or was taken ill: "… died of a heart attack at 2.38 pm at _____ in
  // Rajarajeshwari Nagar" → Rashtrotthana Hospital, the last hours' detail, no news of them.)
  if ((e.cls === 'organisation' || e.cls === 'place' || e.cls === 'term') && HOSPITAL_NAME.test(e.text) && (INJURED_TAKEN.test(s.text) || DEATH_OR_ADMISSION.test(s.text))) return false;
  // ("… breathed his last … at his residence in Latur's _____" → Deoghar, "the body will be shifted
  // to the _____ in Juhu for public darshan": where the house of the last hours stands, and where
  // the body lies in state, are the funeral's arrangements, no news of the life.)
  if (e.cls !== 'number' && e.cls !== 'date' && ((/\b(?:residence|home|house|bungalow|flat)\s+(?:in|at)\s+(?:\p{Lu}[\p{L}-]*['’]s\s+)?$/u.test(near) && DEATH_OR_ADMISSION.test(s.text)) || /\b(?:body|mortal remains)\b[^.;]{0,40}\b(?:shifted|taken|brought|kept|moved|placed)\s+(?:to|at)\s+(?:the\s+|his\s+|her\s+)?$/.test(near))) return false;
  // ("about 120 kms from the district headquarters here in _____" → Western Maharashtra: the region
  // the report was filed from, said in passing, whose "here" the card drops.)
  if (e.cls !== 'number' && e.cls !== 'date' && /\bhere\s+in\s+(?:the\s+)?$/.test(near)) return false;
  // ("4th Test, _____ 5, Brief Scores" → Day: an everyday word before its number is a label, "Day 5", "Phase 2".)
  if (e.cls === 'term' && /^\p{Lu}\p{Ll}+$/u.test(e.text) && /^\s+\d/.test(s.text.slice(e.end)) && isCommonWord(e.text.toLowerCase())) return false;
  // ("… heard by the bench headed by Justice AM Khanwilkar, who will retire on _____": when one named
  // in passing retires, said in an aside, is no news of the story.)
  if (e.cls === 'date' && /,\s+who\s+(?:will\s+retire|retires|is\s+(?:due|set)\s+to\s+retire)\s+on\s+$/.test(near)) return false;
  // ("into the Executive _____ of the Indian Navy" → Branch: an everyday word after a capitalised one
  // is the last word of a name, no term of its own.)
  if ((e.cls === 'term' || e.cls === 'person') && /^\p{Lu}\p{Ll}+$/u.test(e.text) && isCommonWord(e.text.toLowerCase()) && /(?:^|[^.!?:;"“]\s)\p{Lu}\p{Ll}+\s$/u.test(near)) return false;
  // ("winning _____ with a time of 54.32 seconds" → Heat 5: a label with its number, whole.)
  if (e.cls === 'term' && /^(?:Heat|Round|Pool|Day|Stage|Phase|Leg|Game|Set)\s+\d{1,2}$/.test(e.text)) return false;
  // ("_____ judges of the bench -- Justices A, B and C -- upheld …": a count its list spells out.)
  if (e.cls === 'number' && e.value !== undefined && listsItsCount(s.text, e.end, e.value, e.start)) return false;
  // ("If _____ does bring down interest rates in its December meeting, one can hope …": what a
  // condition supposes is no fact.)
  // (A law's "If … commits an organised crime, the jail term will be …" is a fact of the law.)
  if (/^(?:(?:And|But|So)\s+)?(?:[Ii]f|[Uu]nless|Should)\s[^,;]*,\s+(?:one|we|it|this|there|that)\s+(?:can|could|may|might|would)\b/.test(s.text)) return false;
  // ("Merchandise imports in _____'s third-largest economy rose …" → Asia: the region a country is
  // the largest economy of only describes it.)
  if (e.cls === 'place' && /^['’]s?\s+(?:(?:\w+-)?(?:largest|biggest|fastest-growing|major))\s+(?:economy|economies)\b/.test(tail)) return false;
  // ("the current fiscal year ending _____" → March 31: where a fiscal year ends is the calendar's.)
  if (e.cls === 'date' && /\b(?:fiscal|financial)\s+year\s+(?:ending|ended|ends)\s+(?:on\s+)?$/.test(near)) return false;
  // ("Analysts had expected a deficit of _____, according to a Reuters poll": what was expected.)
  // (The figure itself, "came at 8.2%, higher than the number predicted by a Bloomberg poll", is news.)
  if (/\b(?:[Aa]nalysts|[Ee]conomists)\s+(?:had\s+|have\s+)?(?:expected|forecast|predicted|estimated)\s+(?:an?\s+)?[^,.;]{0,40}$/.test(near)) return false;
  // ("According to the Mayo Clinic in the _____, …" → US: where a source one cites is based is
  // said in passing.)
  if (e.cls === 'place' && e.placeKind === 'country' && /\b(?:[Aa]ccording\s+to|cited|citing|quoted|said|says)\b[^,;]{0,60}$/.test(near) && s.entities.some((o) => (o.cls === 'organisation' || o.cls === 'term') && /^\s+in\s+(?:the\s+)?$/.test(s.text.slice(o.end, e.start)))) return false;
  // ("south _____ and sub-saharan Africa" → Asia: a direction written small before a region's
  // name is half of it.)
  // (A state's or a sea's part, "eastern _____" → Ladakh, is still the place.)
  if (e.cls === 'place' && e.placeKind === 'continent' && /\b(?:south|north|east|west|south-?east|south-?west|north-?east|north-?west|central|sub-saharan|northern|southern|eastern|western)\s+$/.test(near)) return false;
  // ("Dr. K Sivan, Chairman, _____ on the occasion …" → ISRO: the body a person's office is of,
  // set off after the office, says who they are.)
  if (e.cls === 'organisation' && OFFICE_SET_OFF_BEFORE.test(near)) return false;
  // ("The orbit achieved is _____ km x 18072 km": half of one measure of two sides.)
  if (e.cls === 'number' && (/^\s*(?:(?:km|m|cm|mm|kilometres?|metres?)\s*)?[x×]\s*\d/.test(tail) || /\d\s*(?:(?:km|m|cm|mm|kilometres?|metres?)\s*)?[x×]\s*$/.test(near))) return false;
  // ("The _____ community has the same rights …" → Lesbian Gay Bisexual Transgender: the name of a
  // community only says which one the sentence is about.)
  if (/^\s+(?:community|communities)\b/.test(tail)) return false;
  // ("slashed India's projected _____ growth rate" → Gross Domestic Product: a measure named only
  // as the modifier of its growth or forecast is no fact of the sentence.)
  if (ECONOMIC_MEASURE.test(e.text) && MEASURE_NOUN_AFTER.test(tail)) return false;
  // ("after she lost to _____ in the final", "lost 0-6 to Kyrgyzstan’s _____", "a 6-2 win against
  // Korea’s _____": the opponent of the story's athlete is a line of the scoresheet.)
  if (e.cls === 'person' && OPPONENT_BEFORE.test(near)) return false;
  // ("PM Narendra Modi and _____ CM Himanta Biswa Sarma …": the state a named office holder
  // serves only says which one they are.)
  if (e.cls === 'place' && /^\s+(?:CM|Chief Minister|Deputy CM|Governor|Lt Governor|Lieutenant Governor)\s+(?:Dr\.?\s+)?\p{Lu}/u.test(tail) && s.entities.some((o) => o.cls === 'person' && o.start > e.end && o.start - e.end <= 20)) return false;
  return true;
}

function blankablePart2(e: Blank, s: Sentence, head: string, near: string, tail: string): boolean {
  // ("INS Imphal was commissioned into the _____" → Indian Navy: what a warship or an officer is
  // commissioned into is the service the story is about.)
  if (e.cls === 'organisation' && /\b(?:commissioned|inducted)\s+into\s+(?:the\s+)?$/.test(near)) return false;
  // ("an ex gratia of Rs 25,000 to the kin of _____ and Mukesh Kumar": whose kin are paid names a
  // victim, no public figure.)
  if (e.cls === 'person' && /\b(?:kin|family|families|relatives|dependants|dependents)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}(?:and\s+)?$/u.test(near)) return false;
  // ("in women’s _____ final" → 58kg, "in the _____ freestyle category": a weight class names the
  // event, no result.)
  if (/^\d+(?:\.\d+)?\s?kg$/i.test(e.text) && (/\b(?:men|women|boys|girls)['’]s\s+$/i.test(near) || /^\s+(?:freestyle|greco-roman|category|final|event|division|weight|class|bout)\b/i.test(tail))) return false;
  // ("for 2019-’_____" → 20: the second half of a span of years is no number of its own.)
  if (/(?:19|20)\d\d\s*[-–]\s*['’]?$/.test(near)) return false;
  // ("the Export Preparedness Index for States/_____" → UTs of India: half of a pair written with a
  // slash is a piece of a longer name.)
  // (Not a figure's unit: "declined by 3.4%/annum".)
  if (e.cls !== 'number' && e.cls !== 'percent' && e.cls !== 'money' && (/\/$/.test(near) || /^\/\p{L}/u.test(tail))) return false;
  // ("CEIR (Central Equipment Identity Register) – for blocking stolen/lost mobiles": the name
  // an entry of a list opens on, with what it is for after a dash, is a label, no clause.)
  if (!/\S/.test(head) && /^\s*[–—-]\s+(?:for|to)\s/.test(tail)) return false;
  // ("Pitampura (43.1 degrees Celsius), _____ (41.2 degrees Celsius), Rajghat (40.8 …": one entry
  // of a list of places and their readings is a line of a table.)
  // (Two will do where the readings are the weather's: "Ridge and Ayanagar (both at 44.2 degrees
  // Celsius) and Safdarjung and _____ (43.9 degrees Celsius each)".)
  // (The sentence's readings counted only where the blank has one: most have none.)
  const readings = () => (s.text.match(LIST_READING) ?? []).length;
  if (e.cls !== 'number' && /^\s*(?:and\s+\p{Lu}[\p{L}-]*\s*)?\(\s*(?:both\s+at\s+|all\s+at\s+)?\d/u.test(tail) && (readings() >= 3 || (readings() >= 2 && WEATHER.test(s.text))) && !TOP_OF_LIST_BEFORE.test(near)) return false;
  // ("followed by Patan-Veraval in _____ district (18mm)", "Dwarka town in _____ district recorded
  // 16mm of rainfall": a place and its reading of rain or heat is a line of a table.)
  // (Its figure too, and the place that "received the most (26mm)": the table's top line.)
  if (RAIN_READING.test(s.text)) return false;
  // ("Conditions are expected to improve … between June 16 and June 18", "Humidity levels
  // fluctuated between 39 per cent and _____", "… which was 2.7 degrees Celsius above normal": a weather
  // report's forecast and its readings of the day are no facts to learn.)
  // (But a season's outlook against the long period average is the news itself: "IMD predicted an
  // 'above normal' monsoon in 2025, … around 105 per cent of the long period average (LPA)".)
  if (WEATHER.test(s.text) && (WEATHER_FORECAST.test(s.text) || /\bhumidity\b/i.test(s.text) || /\b(?:above|below)\s+(?:the\s+)?normal\b/.test(s.text)) && !SEASON_OUTLOOK.test(s.text)) return false;
  // ("Aam Aadmi Party's _____ stood third with 1,188 votes", "INLD candidate Dilour Mehra could get
  // just _____ votes": the also-rans of a result are lines of its table.)
  // (In a sports result, who missed the podium is read clause by clause: see OPPONENT and the rest.)
  if (ALSO_RAN.test(s.text) && /\bvotes\b/.test(s.text)) return false;
  // ("After the last-standing athlete _____ couldn't qualify for the final …": who did not make it
  // is no result to learn.)
  if ((e.cls === 'person' || e.cls === 'term' || e.cls === 'organisation' || e.cls === 'place') && FAILED_AFTER.test(tail)) return false;
  // ("Deputy Superintendent of Police, _____, Masoof Ahmad Mirza said": the body of an officer's
  // title, set off between the title and the name.)
  if (e.cls === 'organisation' && /\b(?:Superintendent|Commissioner|Inspector|Director|Officer|Commandant|Secretary|Chairman|Chief)(?:\s+of\s+Police)?\s*,\s*$/.test(near) && /^\s*,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:said|says|told|added|stated)\b/u.test(tail)) return false;
  // ("improved marginally from the 159th rank in 2024 and 161st spot in _____": the year of an
  // earlier edition's rank only dates the baseline.)
  if (e.cls === 'date' && /\b\d{1,3}(?:st|nd|rd|th)\s+(?:rank|spot|position|place)\s+in\s+$/.test(near)) return false;
  // ("Union Minister _____ heaped praise on the writer on 'X' too": who praised or congratulated
  // the one the news is about is a reaction to it.)
  if (e.cls === 'person' && /^\s+(?:(?:also|too|has|had|have|on\s+\p{Lu}\p{Ll}+day)\s+)*(?:heaped\s+praise|praised|lauded|congratulated|complimented|greeted|wished|applauded)\b/u.test(tail)) return false;
  // ("PM Modi described _____ as a 'co-traveller' in Ghana's journey": what someone calls a
  // country or a body is their figure of speech, no fact of it.)
  if (/\b(?:described|termed|called|hailed|branded)\s+$/.test(near) && /^\s+as\s+(?:an?\s+|the\s+)?(?:[\p{Ll}-]+\s+){0,2}["“‘']/u.test(tail)) return false;
  // ("represented … banks and also the _____ itself" → High Court: a body the text points back
  // to, no fact of its own.)
  if (e.cls === 'organisation' && /^\s+itself\b/.test(tail)) return false;
  // ("Congress general secretary _____'s son Aditya from Kaithal": a parent who only says whose
  // son a winner is.)
  if (e.cls === 'person' && /^['’]s\s+(?:(?:elder|younger|eldest|youngest|late)\s+)?(?:son|daughter|wife|husband|brother|sister|father|mother|nephew|niece|grandson|granddaughter)\b/.test(tail)) return false;
  // ("as per _____.com" → Olympics: part of a web address.)
  if (/^\.(?:com|in|org|net|gov|co)\b/.test(tail)) return false;
  // ("a graduate from _____, Kanpur" → IIT: an institute's short form before its campus town is
  // half of one name.)
  if (/^\p{Lu}{2,6}$/u.test(e.text) && /^,\s+\p{Lu}/u.test(tail) && s.entities.some((o) => o.cls === 'place' && o.start > e.end && o.start <= e.end + 3)) return false;
  // ("the average MPCE in rural and urban _____" → India: the setting a survey covers, not its finding.)
  if (e.cls === 'place' && /\b(?:rural|urban)\s+(?:and\s+(?:rural|urban)\s+)?$/.test(near)) return false;
  // ("The State of India’s Birds 2023, released on _____, finds …", "The Justice Report released on
  // _____, evaluates …": the day a report came out, an aside to what it found.)
  // ("… in the 2024 Environmental Performance Index (EPI), which was published on _____": the
  // same aside said as a relative clause, with any verb a report comes out by.)
  if (e.cls === 'date' && /(?:,\s+(?:which\s+(?:was|were)\s+)?|\b(?:[Rr]eport|[Ii]ndex|[Ss]urvey|[Ss]tudy|[Rr]anking)\s+)(?:released|published|issued|unveiled)\s+on\s+$/.test(near)) return false;
  // ("the latest WHO Global tuberculosis report _____ highlights …" → 2025: a report's edition, said
  // with its name, is no fact of its own.)
  if (/^(?:19|20)\d\d$/.test(e.text) && /\b(?:[Rr]eport|[Ii]ndex|[Ss]urvey|[Rr]ankings?|[Oo]utlook|[Rr]eview)\s+$/.test(near)) return false;
  // ("he met Dr Musonda Mumba, the _____ who handed over …" → Secretary General of Ramsar
  // Convention: the office set off after a name says who the person is, no fact of its own.)
  if (e.cls !== 'person' && isTitleWord((/^([\p{L}-]+)/u.exec(e.text)?.[1] ?? '').toLowerCase()) && /,\s+(?:the\s+)?$/.test(near) && s.entities.some((p) => p.cls === 'person' && p.end <= e.start && /^,\s+(?:the\s+)?$/.test(s.text.slice(p.end, e.start)))) return false;
  // ("Earlier the _____, called the meeting “productive”" → MEA: who judged the meeting is its telling.)
  if ((e.cls === 'organisation' || e.cls === 'term') && /^(?:\s*\([^()]*\))?,?\s+(?:called|described|termed|hailed)\s/.test(tail)) return false;
  // ("A _____ headed by Chief Justice …" → Division Bench: a bench by its size is no name to learn.)
  if (/^(?:Division|Full|Single|Vacation|Special)\s+Bench$/i.test(e.text)) return false;
  // ("In a _____ on X, the Ministry said …" → Social Media Post: where a statement was posted.)
  if (/^\s+on\s+(?:X|Twitter|Facebook|Instagram|LinkedIn)\b/.test(tail)) return false;
  // ("met _____ Sheikh Mohamed bin Zayed" → UAE President: a title before a name only says which
  // office the person holds; the person, or the office asked apart, is the fact.)
  if (e.cls !== 'person' && isTitleWord((/([\p{L}-]+)$/u.exec(e.text)?.[1] ?? '').toLowerCase()) && s.entities.some((p) => p.cls === 'person' && p.start > e.end && p.start - e.end <= 10 && /^\s+(?:\p{Lu}[\p{L}.]*\s+)?$/u.test(s.text.slice(e.end, p.start)))) return false;
  // ("administered him the oath at a brief ceremony held at the _____" → Rashtrapati Bhavan; "The
  // _____ was conducted in the presence of …" → Induction Ceremony: where a ceremony was held,
  // and a ceremony by its name, are the day's arrangements, no news.)
  if ((e.cls === 'place' || e.cls === 'organisation' || e.cls === 'term') && (/\bceremony\s+(?:was\s+)?(?:held\s+)?(?:at|in)\s+(?:the\s+)?$/i.test(near) || /^(?:\p{Lu}[\p{L}-]*\s+)*Ceremony$/u.test(e.text))) return false;
  // ("worth over one thousand _____ rupees" → 880 crore: the figure's start said in words is half of it.)
  if ((e.cls === 'number' || e.cls === 'money') && (/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:thousand|hundred|lakh|crore|million|billion)\s+$/i.test(near) || (/(?:thousand|hundred|lakh|crore|million|billion)$/i.test(e.text) && /^\s+\d/.test(tail)))) return false;
  // ("laid the _____ and dedicated to the nation …" → foundation stone: the rite of a ceremony is no fact.)
  if (/^(?:the\s+)?(?:foundation\s+stone|bhoomi\s+pujan|ribbon)$/i.test(e.text)) return false;
  // ("attended the ceremony of the new _____" → Andhra CM: an office by its short form names no one.)
  if (/\s(?:CM|PM|CJI|DGP|DM)$/.test(e.text)) return false;
  // ("Mr Mittal succeeds Vivek Sahai who retired as _____ on Thursday" → CRB: an office by its
  // short form after the verb of holding it, letters no student keeps.)
  if (e.cls !== 'person' && /^\p{Lu}{2,5}$/u.test(e.text) && OFFICE_HELD_AS.test(near)) return false;
  // ("booked under multiple sections of the _____" → IPC: the penal code a case is filed under, the
  // same for every case.)
  // ("under various sections of the _____" → "Bharatiya Nyay Sanhita", however a report spells it:
  // the code whose sections a case is filed under.)
  if ((/^(?:IPC|BNS|BNSS|CrPC|Indian Penal Code|Bharatiya Nyaya Sanhita|Bharatiya Nagarik Suraksha Sanhita)$/.test(e.text) || /\b[Ss]ections?\s+(?:\d[\w()/-]*\s+)?(?:of\s+)?(?:the\s+)?$/.test(near)) && /\b(?:booked|registered|charged|FIR|case)\b/.test(s.text)) return false;
  // ("the women's 400m _____" → T20, "the _____ club throw" → F51: a para-sport class, a label of
  // the event, not a fact of the games.)
  if (/^(?:T|F|KL|VL|S|SB|SM|SH|SU|SL|WH)\d{1,2}$/.test(e.text) && (/\b\d{2,5}\s?m\s+$/.test(near) || /^\s+(?:club|shot|javelin|discus|high|long|triple|sprint|canoe|kayak|event|category|class|final)\b/.test(tail))) return false;
  // ("in the 1970s and _____" → 1980s: the end of a span of decades the other half gives away.)
  if (/^(?:19|20)\d0s$/.test(e.text) && /\b(?:19|20)\d0s\s+(?:and|to|through|till)\s+(?:the\s+)?$/.test(near)) return false;
  // ("Media baron _____ passed away on Saturday." → Ramoji Rao: who died, with nothing else said,
  // is the headline restated; the died pattern asks what is worth learning of it.)
  if (e.cls === 'person' && BARE_DEATH_AFTER.test(tail.trimEnd())) return false;
  // ("the _____ political Economy" → Jagdish Bhagwati Professor of Indian: a name cut where a
  // word in lower case stands inside it.)
  if (/\bof\s+\p{Lu}[\p{L}-]+$/u.test(e.text) && /^\s+(?!(?:and|or|of|in|at|on|for|to|the|with|by|from|as|was|is|were|are|has|had|have|will|would|who|which|that|after|before|during|since|while|led|said|says)\b)\p{Ll}+\s+\p{Lu}/u.test(tail)) return false;
  // ("and “_____ the Hon’ble Supreme Court”" → God Save: part of a title in quotes is no name.)
  if (partOfQuotedTitle(e, s.text)) return false;
  // ("the life of a nurse _____ (essayed by Kani Kusruti)" → Prabha: a character of a film, whom
  // a name alone may mistake for an actor of the same name.)
  if (e.cls === 'person' && /^\s*\((?:essayed|played|portrayed|enacted|voiced)\s+by\b/.test(tail)) return false;
  // ("The _____ will be notified separately." → Members of the Commission: a subject of a bare
  // passive is told nothing of.)
  if (/^(?:The\s+)?$/.test(head) && BARE_PASSIVE.test(tail.trim().replace(/\.$/, ''))) return false;
  // ("The second _____+10 tie-break game" → 25: half of a time control or a score written with "+".)
  if (/^\+\d/.test(tail) || /\d\+$/.test(near) || (e.text.startsWith('+') && /\d$/.test(near))) return false;
  return true;
}

function blankablePart3(e: Blank, s: Sentence, head: string, near: string, tail: string): boolean {
  // ("the retail inflation in vegetables _____ was 37.43 percent" → YoY: the period a rate is over.)
  if (PERIOD_SHORT_FORMS.has(e.text)) return false;
  // ("at the _____ Telemetry Tracking and Command Network (ISTRAC)" → ISRO, "the _____ Governor"
  // → RBI: a body's short form right before capitalised words owns a longer name or a title.)
  if (e.cls === 'organisation' && /^\p{Lu}{2,6}$/u.test(e.text) && /^\s\p{Lu}\p{Ll}/u.test(tail) && !CALENDAR_WORD_AFTER.test(tail)) return false;
  // ("survived by wife Nira and daughter, _____", "born in Hyderabad to _____, a photographer": an
  // obituary's family, nothing a student is asked.)
  if (e.cls === 'person' && (/\bsurvived\s+by\s+(?:[^.;:]{0,60}\s)?(?:wife|husband|son|sons|daughter|daughters|children|mother|father|brother|sister)[,\s]+(?:[^.;:]{0,40}\s)?$/.test(near) || /\bborn\s+(?:[^.;:]{0,60}\s)?to\s+$/.test(near))) return false;
  // ("a winged rocket roughly the size of an _____" → SUV: a likeness for scale, nothing to learn.)
  if (/\b(?:(?:the\s+)?(?:size|length|height|weight|width|area)\s+of|as\s+(?:big|large|long|tall|heavy|wide|small)\s+as)\s+(?:an?|two|three|four|five|half\s+an?)\s+$/i.test(near)) return false;
  // ("Swahili (spoken in parts of _____)", "the Constitution (Ninety-ninth _____) Act": a
  // bracket's words are an aside, or a piece of a longer name, never what the sentence says.)
  // (So is a short form after the name it shortens, "Reserve Bank of India (_____)", "Half-Brigade
  // (13 _____)", and the start of a name a bracket spells out, "The USGS (_____ Geological Survey)".)
  // (Not a satellite's numbered code after what it is: "carrying Earth Observation Satellite (_____)"
  // → EOS-08, which the words before it do not spell.)
  if (insideBracket(near, tail) && !numberedCodeAfterKind(e, near, tail)) return false;
  // ("designed by the Indian Navy’s _____, while INS Udaygiri marks the 100th ship designed by the
  // WDB": the name's short form elsewhere in the sentence gives it away.)
  if (shortFormElsewhere(e, s.text)) return false;
  // ("A _____ held that …" → Division Bench of Justices G Jayachandran and KK Ramakrishnan: a bench
  // by its judges' names is a list, no name to recall whole.)
  if (/\bBench\s+of\s+(?:Justices?|Judges)\s+\p{Lu}/u.test(e.text)) return false;
  // ("_____ and Anganwadi workers have been supplied with …" → ASHA: a short form that names the
  // workers with the word after the "and", one head for both, is no name of its own.)
  if (e.cls !== 'person' && /^\p{Lu}{2,6}$/u.test(e.text) && /^\s+(?:and|or)\s+\p{Lu}[\p{L}-]*\s+(?:workers|staff|personnel|volunteers|employees|officials|members|teachers|activists)\b/u.test(tail)) return false;
  // ("As many as eight _____ also did not attend" → SP MLAs: a party's members by their plural, no name.)
  if (e.cls !== 'person' && /^\p{Lu}{2,6}\s+(?:MLAs|MPs|MLCs|legislators|leaders|workers|members|candidates|councillors)$/u.test(e.text)) return false;
  // ("CAN (Climate Action Network) _____" → International: an everyday word after a name's
  // bracket is the rest of that name.)
  if (/^\p{Lu}\p{Ll}+$/u.test(e.text) && isCommonWord(e.text.toLowerCase()) && /\p{Lu}[\p{L}-]*\s+\([^()]+\)\s+$/u.test(near)) return false;
  // ("_____ and certified seed production will be tracked" → Foundation: a body's word alone,
  // capitalised only as the sentence's first and joined to a lower-case noun, is an everyday noun.)
  if (e.start === 0 && /^\p{Lu}\p{Ll}+$/u.test(e.text) && ORGANISATION_WORDS.has(e.text.toLowerCase()) && /^\s+(?:and|or)\s+(?!(?:the|a|an|its|their)\b)\p{Ll}/u.test(tail)) return false;
  // ("command of … _____ (26 Sector Assam Rifles) … and 9 _____" → Brigade; Corps: a body's word
  // alone, in a name's place, names no body.)
  if (e.cls === 'organisation' && /^\p{Lu}\p{Ll}+$/u.test(e.text) && ORGANISATION_WORDS.has(e.text.toLowerCase()) && (/\d\s+$/.test(near) || /^\s*\(/.test(tail))) return false;
  // ("postponed by two to _____" → three weeks: one end of a range is half a figure.)
  if (e.cls === 'number' && (RANGE_START.test(near) || RANGE_END.test(tail))) return false;
  // ("would increase by either 49 percent or by _____": one of two figures offered as either is
  // half of what the sentence says.)
  if ((e.cls === 'number' || e.cls === 'percent' || e.cls === 'money') && (/\beither\s+(?:by\s+)?\S+(?:\s\S+)?\s+or\s+(?:by\s+)?$/i.test(near) || (/\beither\s+(?:by\s+)?$/i.test(near) && /^\s+or\s/.test(tail)))) return false;
  // ("recording _____ of 420, 409 and 392" → AQI: the measure a figure is given in is its unit.)
  if (/^\p{Lu}{2,5}$/u.test(e.text) && /^\s+of\s+(?:about\s+|around\s+|over\s+)?\d/.test(tail)) return false;
  // ("_____, the highest number of farm fires … was reported in MP" → Between September 15 and
  // November 19: a span of days opening the sentence says over when, not what happened.)
  if (e.cls === 'date' && /^(?:[Bb]etween|[Ff]rom)\s/.test(e.text) && !/\S/.test(head)) return false;
  // ("Leader of Opposition in the _____ Rahul Gandhi" → Lok Sabha: a body or place between an
  // office and the name it stands before completes the title, no fact of its own.)
  if ((e.cls === 'organisation' || e.cls === 'place') && /\b(?:of|in|for)\s+(?:the\s+)?$/.test(near) && s.entities.some((p) => p.cls === 'person' && p.start > e.end && /^\s+$/.test(s.text.slice(e.end, p.start)))) return false;
  // ("He is survived by his wife _____; his daughters _____ and …", "took blessings from his
  // mother _____": a private person named as someone's kin is no current affairs.)
  if (e.cls === 'person' && KIN_BEFORE.test(near)) return false;
  // (Nor how many children they leave: "survived by his _____ daughters".)
  if (e.cls === 'number' && /\bsurvived by\b/.test(near) && /^\s+(?:sons?|daughters?|children|brothers?|sisters?|grandchildren)\b/.test(tail)) return false;
  // ('saying that they are feeling relief on making the national capital "_____"' → AAP-da free:
  // a speaker's coinage, quoted whole, is a remark, no term to learn.)
  // (A name quoted in speech is still asked: 'said the "Chennai Connect" would …'.)
  if (e.cls === 'term' && /[“"‘]$/.test(near) && /^[”"’]/.test(tail) && /(?:^|[\s-])\p{Ll}/u.test(e.text) && SPEECH.test(s.text)) return false;
  // ("Apart from the _____, members of BJD, YSRCP … took part": what a sentence sets aside is not
  // what it tells.)
  if (/(?:^|[,;]\s*)(?:Apart from|Besides|Other than|Except for|Aside from)\s+(?:the\s+)?$/i.test(near)) return false;
  // ("capabilities for the Navy … requirements of the _____" → Indian Navy: the sentence calls
  // the body by its head word elsewhere, which gives it away.)
  if (headWordElsewhere(e, s.text)) return false;
  // ("_____’ Editorial Director Anne Roy stated …" → Reporters Without Borders: a body owning the
  // office of the one who speaks only says whose officer they are.)
  if ((e.cls === 'organisation' || e.cls === 'term') && OFFICER_AFTER.test(tail)) return false;
  // ("President _____ has approved the conferment of 131 Padma Awards", "… was cleared by President
  // _____": the head of state's assent to an appointment or an honour is its form, no news.)
  if (e.cls === 'person' && /\bPresident\s+$/.test(near) && (HEAD_ASSENTS.test(tail) || /\b(?:cleared|approved|accepted|appointed)\s+by\s+(?:the\s+)?President\s+$/.test(near))) return false;
  // ("_____ took to his official X account to make the announcement": who announced it is its telling.)
  if (e.cls === 'person' && ANNOUNCED_ON_SOCIAL.test(tail)) return false;
  // ("_____ district additional superintendent of police V Bhima Rao highlighted …": the district
  // an officer serves is their credit, not the news.)
  if (e.cls === 'place' && /^\s+district\s+(?:[a-z]+\s+){0,3}(?:superintendent|collector|magistrate|commissioner|officer|official|inspector|engineer)\b(?:\s+of\s+police)?\s+\p{Lu}/u.test(tail)) return false;
  // ("Randhir Jaiswal, the spokesperson of the _____, said …", "_____, the spokesperson of the
  // MEA, took to X": a spokesperson and whom they speak for are the telling.)
  if ((e.cls === 'organisation' || e.cls === 'term') && SPOKESPERSON_OF.test(near)) return false;
  // ("a press release issued by the _____ quoted the CM" → IPRD, "according to reports compiled by
  // the _____": who put out the release or gathered the reports is its telling, as a spokesperson is.)
  if ((e.cls === 'organisation' || e.cls === 'term') && /\b(?:press\s+(?:release|note|statement)|statement|release|communiqu[eé]|bulletin)\s+(?:issued|released|put out)\s+by\s+(?:the\s+)?$|\breports?\s+(?:compiled|collated|gathered)\s+by\s+(?:the\s+)?$/i.test(near)) return false;
  // ("breathed his last … at his residence in _____": where someone lived is no news.)
  // ("residing quietly in his two-room government apartment on _____" → Palm Avenue: nor the street.)
  // ("… apartment on Palm Avenue in south _____" → Kolkata: nor the town it stands in.)
  if ((e.cls === 'place' || e.cls === 'term' || e.cls === 'organisation') && /\b(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,3}(?:residence|home|house|apartment|flat|bungalow|quarters)\s(?:in|at|on)\s(?:[^.;,]{0,40}\sin\s(?:(?:south|north|east|west|central)\s)?)?$/u.test(near)) return false;
  // ("… at Rashtrotthana Hospital in _____" → Rajarajeshwari Nagar: nor where the hospital is.)
  if (e.cls === 'place' && HOSPITAL_THEN_IN.test(near) && DEATH_OR_ADMISSION.test(s.text)) return false;
  // ("The … vaccine was launched at _____'s residence" → Mansukh Mandaviya: whose house it happened in.)
  if (e.cls === 'person' && /^['’]s?\s+(?:official\s+)?(?:residence|home|house|office|chamber)\b/.test(tail)) return false;
  // ("_____, CPRO Northern Railway said …": a press officer set off after the name tells it too.)
  if (e.cls === 'person' && /^,\s+(?:the\s+|a\s+)?(?:(?:official\s+)?(?:spokesperson|spokesman|spokeswoman)\b|(?:Chief\s+)?(?:C?PRO|Public\s+Relations\s+Officer)\b)/.test(tail)) return false;
  // ("launched _____'s flagship programme 'Mahatari Vandan Yojana'" → BJP: whose flagship it is
  // only qualifies the programme the sentence names.)
  if (e.cls === 'organisation' && /^['’]s?\s+flagship\b/.test(tail)) return false;
  // ("the leader of the National Conference (NC) _____" → Legislature Party: a name run on past its
  // short form is one longer name.)
  // ("Science and Technology (S&T) _____" → Cluster Ranking: a short form with an ampersand too.)
  // (Not a person after an office's short form: "headed by Chief Justice of India (CJI) _____".)
  const shortFormRun = /(\p{Lu}[\p{L}-]+)\s+\(\p{Lu}[\p{Lu}&]{1,7}\)\s+$/u.exec(near);
  if (/^\p{Lu}/u.test(e.text) && shortFormRun && !(e.cls === 'person' && TITLE_HEAD.test(near.slice(0, shortFormRun.index + shortFormRun[1].length)))) return false;
  // ("triumphed in nine out of _____ rounds", "scoring 9 points in _____ games": the total a count
  // is out of says how many there were to play, not what happened.)
  if (e.cls === 'number' && OUT_OF_BEFORE.test(near)) return false;
  // ("The saffron party is set to win big in _____": who is tipped to win is a forecast, no fact.)
  if (CONTEST_FORECAST.test(s.text)) return false;
  // ("Although initially planning to relocate _____ people, officials reduced the target": a
  // figure of a plan given up is none to learn.)
  if (SUPERSEDED_PLAN_BEFORE.test(near)) return false;
  // ("securing _____ duties on 95% of agri items" → zero: nothing, asked among counts, is no count.)
  if (e.cls === 'number' && /^(?:zero|nil)$/i.test(e.text)) return false;
  // ("stands at 187 per _____ population" → one lakh: the base a rate is counted on is its unit.)
  if (e.cls === 'number' && /\bper\s+$/i.test(near)) return false;
  // ("will bear _____ of the premium while the rest 15 per cent will be paid by the owners": a
  // share whose remainder the sentence states is sums, not recall.)
  if (shareWithRemainder(e, s.text)) return false;
  // ("the unemployment rate for people aged _____ and above" → 15 years: the age a measure
  // counts from defines whom it counts, not the news; whom a scheme covers is: "senior citizens
  // aged 70 years and above".)
  if ((e.cls === 'number' || e.cls === 'date') && AGE_OF_MEASURE.test(near) && /^\s+(?:and|or)\s+(?:above|over|older|more|below|under|younger)\b/i.test(tail)) return false;
  // ("built on _____ pillars: eyewitness accounts, recoveries and confessions": the list after
  // the colon counts them out.)
  // (Or after a dash: "on the basis of _____ indicators – political, economic, … and security".)
  if (e.cls === 'number' && countSpeltOut(tail)) return false;
  // ("led from the front with a super _____" → 10: a kabaddi "super 10" is one term, its number no count.)
  if (e.cls === 'number' && /\bsuper\s+$/i.test(near)) return false;
  // ("dominated the top _____ list" → 10: the size of a list is its name's, not the news.)
  if (e.cls === 'number' && /\btop[\s-]$/i.test(near)) return false;
  // ("Anil Das from BSI, _____, along with Rita Paul from _____, Guwahati": where a
  // team's members work, and the town of a body, are their credits, not the news.)
  if ((e.cls === 'organisation' || e.cls === 'place') && affiliation(e, s, head)) return false;
  // ("the 1984 decision _____ And Anr Etc versus Shri Mohan Lal": a party to a case
  // title is half the case's name.)
  if (/^\s+(?:(?:And|&)\s+Anr\.?\s+(?:Etc\.?\s+)?)?(?:versus|vs\.?|v\.)\s/i.test(tail) || /\s(?:versus|vs\.?|v\.)\s+$/i.test(near)) return false;
  return true;
}

function blankablePart4(e: Blank, s: Sentence, head: string, near: string, tail: string): boolean {
  // ("…, the _____ has announced." → India Meteorological Department: who told the news, at its
  // end, is its source.)
  if ((e.cls === 'organisation' || e.cls === 'person') && /,\s+(?:the\s+)?$/.test(near) && /^\s+(?:has\s+|had\s+)?(?:announced|said|informed|stated|reported|predicted|forecast|added)\s*\.?$/.test(tail)) return false;
  // ("The severe heat wave in Rajasthan will continue for next two to three days, said _____ on
  // Sunday": a body telling the forecast after its verb, the sentence closing on its day.)
  if (e.cls === 'organisation' && /,\s+(?:said|says|stated|informed|added)\s+(?:the\s+)?$/.test(near) && /^(?:\s+(?:(?:on|late\s+on)\s+\p{Lu}\p{Ll}+day|today|yesterday))?\s*\.?$/u.test(tail)) return false;
  // ("_____ quoted some officials as saying …" → NDTV, "according to information provided by _____"
  // → ISRO: who passed the words on is the report's source, no fact of it.)
  if ((e.cls === 'organisation' || e.cls === 'person') && (/^\s+(?:quoted|cited)\s+(?:[\p{L}-]+\s+){0,4}(?:as\s+saying|saying)\b/u.test(tail) || /\baccording\s+to\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:provided|shared|given)\s+by\s+(?:the\s+)?$/u.test(near))) return false;
  // ("flew air defence missions during the 1999 Kargil war with _____": a named war's other side
  // is known with its name.)
  if (e.cls === 'place' && /\b(?:(?:19|20)\d\d\s+)?\p{Lu}[\p{L}-]+\s+(?:war|conflict)\s+(?:with|against)\s+$/u.test(near)) return false;
  // ("the MEA official spokesperson _____ in post on X highlighted …": who speaks for a body
  // tells its news; they are none of it.)
  if (e.cls === 'person' && /\bspokes(?:person|man|woman)\s+$/i.test(near)) return false;
  // ("came from a Konkani-speaking _____ family": the community one was born into is no fact of
  // the news.)
  if (e.cls !== 'number' && e.cls !== 'date' && /^\s+famil(?:y|ies)\b/.test(tail)) return false;
  // ("set in on May 30 last year; June 8 in 2023; May 29 in 2022; _____ in 2021; …": one figure
  // of a run of them parted by semicolons is a line of a table.)
  if ((e.cls === 'date' || e.cls === 'number' || e.cls === 'percent' || e.cls === 'money') && (s.text.match(/;\s/g) ?? []).length >= 3) return false;
  // ("_____ conditions, expected in January, are unlikely to impact the warming trend": what is
  // likely or unlikely to happen is a forecast, no fact.)
  if (LIKELY_AFTER.test(tail)) return false;
  // ("_____ fire engines from Kurnool were rushed to the spot": how many engines or teams were sent
  // is the response's detail, no fact of the news.)
  if (e.cls === 'number' && ((RESPONDERS_AFTER.test(tail) && /\b(?:rushed|pressed|deployed|sent|dispatched|despatched|mobilised|mobilized)\b/.test(s.text)) || RESPONSE_DETAIL.test(s.text))) return false;
  // ("…, according to UNICEF India Representative _____.": the source of the words.)
  if (e.cls === 'person' && /\baccording\s+to\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,5}$/u.test(near) && /^\s*[.,;]/.test(tail)) return false;
  // ("Justice Gavai was sworn in by President _____ as the 52nd Chief Justice of India at _____":
  // who gave the oath and where are the ceremony's; who took it is the news.)
  if ((e.cls === 'person' && /\bsworn\s+in\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}$/u.test(near)) || ((e.cls === 'place' || e.cls === 'organisation' || e.cls === 'term') && /\b(?:sworn\s+in|took\s+(?:the\s+)?oath)\b[^.;]*\bat\s+(?:the\s+)?$/.test(near))) return false;
  // ("Home Minister _____ had said the new laws will bring comprehensive changes …": who foretold
  // what a thing will do is the teller of a claim, no fact of it.)
  // (Not the head of a bench that said it: "A bench headed by Justice _____ said the order would stay.")
  if (e.cls === 'person' && /^\s+(?:had\s+|has\s+|also\s+)?(?:said|stated|claimed|asserted|noted|added)\s+(?:that\s+)?[^.;]{0,80}?\b(?:will|would)\s/.test(tail) && !HEADED_BY_BEFORE.test(near)) return false;
  // ("…, said Union Minister for Information and Broadcasting _____ at a press briefing", "The
  // Cabinet on Wednesday approved …, Minister of Information and Broadcasting _____ said.": who
  // announced a decision at the briefing tells it; the decision is the news.)
  if (e.cls === 'person' && ((BRIEFING_TELLER_BEFORE.test(near) && /^\s+(?:at|during|while|after)\s+(?:a\s+|the\s+)?(?:press|media|news)\s+(?:briefing|conference|meet)\b/.test(tail)) || (/,\s+(?:\p{Lu}[\p{L}&-]*\s+|(?:of|for|and|&)\s+){1,8}$/u.test(near) && /^\s+(?:said|told reporters|informed)\s*\.?$/.test(tail) && DECISION_BY_BODY.test(s.text.slice(0, e.start))))) return false;
  // ("Union Minister _____ confirmed that the Prime Minister has approved the formation of …": who
  // told a decision taken by another is its teller.)
  if (e.cls === 'person' && TOLD_DECISION_AFTER.test(tail)) return false;
  // ("Minister _____ told PTI that the situation is alarming", "chief coach _____ had told news
  // agency PTI that …": who told a news agency is the report's source, not its fact.)
  if (e.cls === 'person' && /^\s+(?:had\s+|has\s+|also\s+)?told\s+(?:the\s+)?(?:news\s+agency\s+)?(?:PTI|ANI|IANS|Reuters|AFP|UNI|reporters|journalists|the\s+media|media\s?persons|newsmen)\b/.test(tail)) return false;
  // ("Commenting on the data, Commerce Secretary _____ said despite global challenges …": who
  // commented on the news is its teller.)
  if (e.cls === 'person' && /^(?:Commenting|Reacting|Responding|Speaking)\s+(?:on|to)\s/.test(s.text) && /^\s+(?:also\s+)?(?:said|says|noted|added|stated|told)\b/.test(tail)) return false;
  // ("During a press briefing in _____, …": where the news was told is no fact of it.)
  if ((e.cls === 'place' || e.cls === 'organisation') && /\b(?:press|media|news)\s+(?:briefing|conference|meet)\s+(?:held\s+)?(?:in|at)\s+(?:the\s+)?$/.test(near)) return false;
  // ("Tributes and condolences have poured in from across _____": who reacted is no fact of the news.)
  if (REACTIONS_POURED.test(s.text)) return false;
  // ("…, Union minister _____ said, adding Marathi … have been included", "Union Minister for
  // Information and Broadcasting _____ made the announcement on X": a minister or spokesperson
  // who told the news is its teller; the news is what they told.)
  if (e.cls === 'person' && /\b(?:[Mm]inister|[Ss]pokes(?:person|man|woman)|[Ss]ecretary)(?:\s+(?:for|of)(?:\s+(?:[\p{Lu}&][\p{L}&]*|and)){1,6})?\s*$/u.test(near) && /^(?:(?:\s*,\s*|\s+)(?:said|says|stated),|\s+(?:also\s+)?made\s+the\s+announcement|\s+(?:also\s+)?announced\s+(?:the\s+(?:decision|news)|this|it)\b)/.test(tail)) return false;
  // ("the President visited the _____ temple" → Radha Krishna: a name a temple, a stadium or a
  // college is named after is part of that name, half an answer.)
  if (e.cls === 'person' && /^\s+(?:temple|mandir|mosque|masjid|church|gurdwara|dargah|stadium|hospital|university|college|school|airport|station|bridge|marg|setu)\b/i.test(tail)) return false;
  // ("after hearing both parties on a writ petition filed by _____ and others": who petitioned is
  // the case's label, no fact of the ruling.)
  // ("as urged by the counsel for petitioner _____": nor the petitioner named after their counsel.)
  if (e.cls === 'person' && (/\b(?:petition|plea|PIL|appeal|suit|case)s?(?:\s+(?:in|before)\s+(?:the\s+)?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})?\s+(?:was\s+|were\s+)?(?:filed|moved|preferred|brought)\s+by\s+(?:one\s+)?$/iu.test(near) || /\b(?:counsel|lawyer|advocate)s?\s+(?:for|of)\s+(?:the\s+)?(?:petitioners?|appellants?|applicants?)\s+$/i.test(near))) return false;
  // ("_____ contested against sitting MLA Picto in Atoizu and lost by 102 votes", "Rosy Thompson
  // fought against sitting MLA _____ and four others": a lost contest, its sides and margin, is no news.)
  if (/\b(?:contested|fought)\b[^.;]*\b(?:lost|losing)\b/.test(s.text) || /\bfought\s+against\b/.test(s.text)) return false;
  // ("PTI quoted Congress leader _____ as saying": who was quoted is the teller.)
  if (e.cls === 'person' && /^\s+as\s+saying\b/.test(tail)) return false;
  // ("retained the Barhait seat, defeating the Bharatiya Janata Party’s _____ by more than 39,700
  // votes": the rival beaten for a seat is an also-ran of its result.)
  if (e.cls === 'person' && SEAT_RIVAL_BEFORE.test(near) && /\bvotes?\b/.test(s.text)) return false;
  // ("… won from Melukote with a margin of _____ votes": nor the margin one seat was won by.)
  if (e.cls === 'number' && (/^\s+votes\b/.test(tail) || /\svotes$/.test(e.text)) && /\b(?:margin\s+of|by)\s+(?:over\s+|more\s+than\s+|nearly\s+|about\s+)?$/.test(near) && /\b(?:won|retained|wrested|bagged)\s+(?:from\s+|the\s+)?\p{Lu}|\b(?:seat|constituency)\b/u.test(s.text)) return false;
  // ("_____, Associate Director at India Ratings and Research said the inaugural monthly PLFS data
  // offers …": an analyst who commented is no part of the news.)
  if (e.cls === 'person' && COMMENTATOR_AFTER.test(tail)) return false;
  // ("… before Cyclone Dana would begin to weaken and shift course toward _____ and Angul": where
  // a storm is forecast to head is the bulletin's guess, gone by the next one.)
  if ((e.cls === 'place' || e.cls === 'term') && STORM_HEADING_BEFORE.test(near)) return false;
  // ("However, _____ reported that the flooding was caused by …" → East Mojo: an outlet or body
  // that told what follows is its source, no fact of the news.)
  if ((e.cls === 'organisation' || e.cls === 'term') && /^\s+(?:has\s+|had\s+|also\s+)?(?:reported|claimed|alleged|noted|observed|stated)\s+that\b/.test(tail) && !/\w\s+$/.test(near.replace(/\b(?:However|But|Meanwhile|Earlier|Later|Separately)\s*,\s*$/, ''))) return false;
  // ("“The news of the passing of … is deeply saddening,” said MP _____": who paid a
  // tribute on a death is no fact of it.)
  // (Or told without quotes: "Chief Minister _____ said he had no words to express his grief".)
  if (e.cls === 'person' && MOURNING.test(s.text) && (/[“"]/.test(s.text) || /^\s+(?:also\s+)?(?:said|says|wrote|tweeted|posted|added)\b/.test(tail))) return false;
  // ("… expressed shock over the _____'s death and directed officials …" → Eenadu Group
  // Chairman: whose death a condolence speaks of is the obituary's subject, asked by its own items.)
  if (/^['’]s\s+(?:death|demise|passing)\b/.test(tail) && (MOURNING.test(s.text) || isCeremony(s))) return false;
  // ("companies of the army moved from _____ and Bengaluru to Calicut", "teams were rushed from
  // Arakkonam to _____": where help was sent from and to is logistics, not the news.)
  // ("Two fire tenders were rushed to south-east Delhi's _____": nor where engines were sent.)
  if (e.cls === 'place' && (LOGISTICS_FROM.test(near) || (LOGISTICS_TO.test(near) && /\bfrom\b/.test(near)) || /\b(?:fire\s+(?:tenders|engines)|ambulances)\b[^.;]{0,30}\b(?:rushed|sent|dispatched|despatched)\s+to\b/.test(near))) return false;
  // ("Rescue teams shifted the injured passengers to the _____ for treatment": which hospital.)
  // (Or a name the analyser could not place: "rushed to IGMC Shimla".)
  if ((e.cls === 'place' || e.cls === 'organisation' || e.cls === 'term') && TAKEN_TO_HOSPITAL.test(near)) return false;
  // ("a private sleeper bus travelling from Hyderabad to _____ caught fire": the route of what
  // crashed or burnt, no fact of the disaster.)
  if ((e.cls === 'place' || e.cls === 'term') && (ROUTE_BEFORE.test(near) || (ROUTE_FROM_BEFORE.test(near) && /^\s+to\s/.test(tail)))) return false;
  // ("“…,” the President said following talks with Modi in _____ on Monday": past a quotation,
  // when and where it was told is the telling too.)
  // ("“…,” Chief Minister _____ said on Friday, adding …": who spoke the quotation, whatever follows.)
  if (e.cls === 'person' && /[”"],?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(near) && SPEAKER_VERB_AFTER.test(tail)) return false;
  // (Not a figure it goes on to give: "…,” the minister said, adding that _____ people were moved.)
  if (e.cls !== 'number' && e.cls !== 'percent' && e.cls !== 'money' && /^[“"]/.test(s.text) && QUOTE_ATTRIBUTION_BEFORE.test(near)) return false;
  // ("read out the warrant of appointment issued by President _____": who signs every such warrant
  // by office is no fact of this appointment.)
  // ("reserved by the Governor for the consideration of President _____": the head of state in a
  // formal act of office is no fact of this story either.)
  // ("President _____ on Monday announced the appointment of new governors": so does an appointment she makes.)
  if (e.cls === 'person' && /\bPresident\s+$/.test(near) && (/\b(?:warrant|notification|commission|assent|consideration|reserved|conferred|presented by|appointed by|nominated by|cleared by|approved by|signed by)\b[^.;]{0,50}President\s+$/.test(near) || /^\s+(?:on\s+[^,;\s](?:[^,;]{0,28}?[^,;\s])?\s+)?(?:has\s+)?(?:announced the appointments?|appointed|accepted the resignations?|conferred|administered)\b/.test(tail))) return false;
  // ("in the _____, Tamil Nadu 2026 final" → Hockey Cup Chennai: a title run on past a comma to its
  // year and the stage it names is cut in half.)
  // (Nor the place after the comma: "the Hockey Cup Chennai, _____ 2026 final" → Tamil Nadu.)
  if (e.cls !== 'number' && e.cls !== 'date' && (/^,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:19|20)\d\d\s+(?:final|finals|semi-final|edition|season|tournament|championship)\b/u.test(tail) || (/\p{Lu}[\p{L}-]*,\s+$/u.test(near) && /^\s+(?:19|20)\d\d\s+(?:final|finals|semi-final|edition|season|tournament|championship)\b/.test(tail)))) return false;
  // ("took the oath in _____" → Hindi: the language something was said in is its manner.)
  if (e.cls === 'term' && LANGUAGES.has(e.text.toLowerCase()) && /\bin\s+$/.test(near)) return false;
  // ("has a PhD degree in Economics from the _____", "an alumnus of the _____", "completed his
  // _____ from …": where someone studied is a line of their biography, not the news.)
  if (e.cls !== 'person' && (SCHOOLING.exec(s.text)?.index ?? Infinity) < e.start) return false;
  // ("In the women's 400 _____ category" → T20: a class of a sport's event is a label.)
  if (/^[A-Z]\d{2}$/.test(e.text) && /^\s+(?:category|class|event|final)\b/.test(tail)) return false;
  // ("states like _____, which have missed the bus": an example, not what the sentence says.)
  // (Unless it is the example of a kind of thing the sentence is about: "religions, such as _____,
  // use aspects of …" → Wicca.)
  if (e.cls !== 'number' && e.cls !== 'date' && /\b(?:like|such as)\s+$/.test(near) && !exampleOfKindBefore(near)) return false;
  // ("films like Mrigayaa, Surakshaa, Disco Dancer, and _____": so is a later example of the list.)
  const listStart = e.cls !== 'number' && e.cls !== 'date' ? laterExampleListStart(head.slice(-160)) : null;
  if (listStart !== null && !exampleOfKindBefore(listStart)) return false;
  return true;
}

function blankablePart5(e: Blank, s: Sentence, head: string, near: string, tail: string): boolean {
  // ("_____ had recorded an inflation rate of 4.8%" → June 2023: the period a figure is compared
  // with, standing as the subject of its own figure, is the baseline and not the news.)
  if (e.cls === 'date' && !/\S/.test(head) && PERIOD_RECORDED.test(tail)) return false;
  // ("Union Minister Piyush Goyal said on _____": the day it was told.)
  if (e.cls === 'date' && /\b(?:said|told|announced|stated|added|informed)\s+(?:on\s+)?$/.test(near)) return false;
  // ("Union Minister Arun Jaitley on _____ said that …": the day before the telling verb too.)
  if (e.cls === 'date' && /\bon\s+$/.test(near) && /^\s+(?:said|told|announced|stated|informed)\b/.test(tail)) return false;
  // ("was honoured by the _____ with the Padma Shri" → Government of India: every award's giver.)
  if (/^(?:Government|Union Government) of India$/.test(e.text)) return false;
  // ("… extended his thoughts to the family, concluding with “_____”" → Om Shanti: the words a
  // message of condolence or greeting signs off with are no fact.)
  if (e.cls === 'term' && /\b(?:concluding|ending|signing\s+off|concluded|ended|signed\s+off)\s+with\s+["“‘']$/.test(near)) return false;
  // ("_____ has also shared Union Minister Bhupender Yadav's announcement …": who passed on a post
  // is no fact of the news, as the subject pattern asks no "Who shared …?".)
  // ("Defence Minister _____ highlighted the historic nature of the induction …": nor who praised it.)
  if (e.cls === 'person' && /^\s+(?:(?:has|had|have)\s+)?(?:also\s+)?(?:shared|reposted|retweeted|re-?shared|highlighted|lauded|hailed|praised|commended|applauded|welcomed|greeted|garlanded|hugged|felicitated)\b/.test(tail)) return false;
  // ("Union minister _____ and Uttarakhand chief minister Pushkar Singh Dhami welcomed the workers":
  // the first of two who greeted them too.)
  if (e.cls === 'person' && /^\s+and\s+(?:[\p{L}-]+\s+){0,4}?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+(?:welcomed|greeted|garlanded|hugged|felicitated|hailed|lauded|praised)\b/u.test(tail)) return false;
  // ("Supreme Court Bar Association president _____ said, “I welcome the decision …”": who gave
  // a reaction in quotes is its teller, no fact of the news.)
  if (e.cls === 'person' && /^\s+(?:said|says|stated|added|remarked),?\s*["“]/.test(tail)) return false;
  // ("Reacting to the data, _____, chief economist, ICRA Ltd said …": who reacted is the telling.)
  if ((e.cls === 'person' || e.cls === 'organisation') && /^(?:Reacting|Responding|Commenting)\s+(?:to|on)\b[^,;]{0,50},\s+(?:the\s+)?$/.test(near)) return false;
  // ("Union Culture Minister _____ termed the development as 'a historic moment …'": or who called
  // it something in quotes.)
  if (e.cls === 'person' && /^\s+(?:termed|described|called|hailed|dubbed)\s+(?:the|this|it)\b[^.;]{0,40}?\bas\s+['‘"“]/.test(tail)) return false;
  // ("a town sank 5.4 cm _____ to January 8" → between December 27: half of a range.)
  if (e.cls === 'date' && /^between\s/i.test(e.text) && /^\s+(?:to|and|till|until)\s/.test(tail)) return false;
  // ("some chanted “_____”, “Bharat Mata ki Jai” …" → Har Har Mahadev: what a crowd chanted is no fact.)
  // ("star of films such as “Mrigayaa”, “Surakshaa”, “_____”, and “Dance Dance”" → Disco Dancer:
  // one of the works a list gives as examples is no fact of the news.)
  if (/\bsuch\s+as\s+[“"‘'](?:[^“"‘'.;]{1,60}[”"’'],?\s+(?:and\s+)?[“"‘']){0,6}$/.test(near) && /^[”"’'],?\s+(?:and\s+)?[“"‘']/.test(tail)) return false;
  if (/\bsuch\s+as\s+[“"‘'](?:[^“"‘'.;]{1,60}[”"’'],?\s+(?:and\s+)?[“"‘']){1,6}$/.test(near)) return false;
  // (Any of the slogans it chanted: "chanted “Har Har Mahadev”, “_____” …")
  if (/\b(?:chant(?:ed|ing|s)?|shout(?:ed|ing|s)?|raised\s+slogans\s+of)\s+[“"‘'](?:[^“"‘'.;]{1,60}[”"’'],?\s+(?:and\s+)?[“"‘'])?$/.test(near)) return false;
  // ("chanted slogans in praise of Prime Minister Narendra Modi and Mr _____": whom a crowd
  // cheered is no fact of the news.)
  if (e.cls === 'person' && /\bin (?:praise|honou?r|support) of\b[^,;]{0,90}$/.test(near)) return false;
  // ("…,” the _____ CM said, adding …" → Uttarakhand: the state of the office that told it.)
  if (e.cls === 'place' && /^\s+(?:CM|Chief\s+Minister|Governor|DGP|Police\s+chief|government)\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3}(?:said|says|told|added|stated)\b/u.test(tail)) return false;
  // ("_____ received Bharat Ratna on behalf of Nanaji Deshmukh": who collected an honour for
  // another is no fact to learn.)
  if (e.cls === 'person' && /^\s+(?:received|accepted|collected|receives|accepts)\b[^.;]{0,60}?\bon\s+(?:(?:his|her|their)\s+behalf|behalf\s+of)\b/.test(tail)) return false;
  // ("…, according to the news agency _____" → ANI: the outlet that reported it is no fact of the news.)
  // ("According to news agency _____, 288 members voted …": at the sentence's opening too.)
  if ((e.cls === 'organisation' || e.cls === 'term') && /\b(?:[Aa]ccording\s+to|reported\s+by|quoted\s+by|told)\s+(?:the\s+)?(?:news\s+agency|agency|newspaper|daily|news\s+channel|channel|wire\s+service)\s+$/.test(near)) return false;
  if (e.cls === 'organisation' && OUTLET_KINDS.has(sourceKind(e.canonical)) && /\b[Aa]ccording\s+to\s+(?:the\s+)?$/.test(near)) return false;
  // ("The _____, quoting eyewitnesses, reported …" → The Indian Express: a paper or a channel the
  // lexicon knows is the news's teller wherever it stands.)
  if (e.cls === 'organisation' && organisationKind(e.canonical) === 'news-media') return false;
  // ("the Dwarkadhish temple dedicated to Lord _____" → Krishna: a deity a temple is dedicated to
  // is no fact of the news, and no person to offer people for.)
  // ("authored by Lord Denning": a peer's "Lord" is a title like any other, outside a temple.)
  if (e.cls === 'person' && (/\b(?:Goddess|Bhagwan|Prophet)\s+$/.test(near) || (/\bLord\s+$/.test(near) && /\b(?:temples?|shrines?|dedicated|devotees|worship|prayers|deity|idol)\b/i.test(s.text)))) return false;
  // ("the ruling _____(M)" → CPI: a bracket written onto the name is part of it, "CPI(M)".)
  // (Or after a space: "the _____ (M) leader Sitaram Yechury".)
  // (Not the name's own initials: "the National Education Policy (NEP)".)
  const faction = /^\s?\((\p{Lu}{1,4})\)/u.exec(tail);
  if (faction && !ownShortForm(e.text, faction[1])) return false;
  // ("_____ is the acronym for India's Defense Research & Development Organisation": what a short
  // form stands for spells either half of it out.)
  if ((e.cls === 'organisation' || e.cls === 'term') && SPELLS_OUT.test(s.text)) return false;
  // ("Bengaluru (Karnataka) [_____], May 13 :": a dateline's country in its square brackets.)
  if (/\[$/.test(near) && /^\]/.test(tail) && e.start < 60) return false;
  // ("his book Em and the _____" → Big Hoom: the end of a title the analyser read in halves.)
  if (WORK_TITLE_BEFORE.test(near) || (WORK_BEFORE.test(near) && /^\s+(?:and|of|in|on)\s+(?:the\s+|a\s+)?\p{Lu}/u.test(tail))) return false;
  // ("the _____ joint military exercise" → Indo-French: a compound of peoples only qualifies.)
  if (/^Indo-\p{Lu}/u.test(e.text) && /^\s+\p{Ll}/u.test(tail)) return false;
  // ("an Action Plan for the _____" → Implementation of the India-Poland Strategic Partnership: an
  // act named by what it does is a title's tail, copied out, not recalled.)
  if (/^(?:Implementation|Promotion|Development|Establishment|Strengthening|Enhancement|Operationalisation|Operationalization) of\b/.test(e.text)) return false;
  // ("The _____ and Gangetic plains support 2,062 elephants", "while Central India and the _____
  // together have 1,891": half of a landscape named as a pair.)
  if ((e.cls === 'place' || e.cls === 'term') && (LANDSCAPE_PAIR_AFTER.test(tail) || (/\band\s+(?:the\s+)?$/.test(near) && LANDSCAPE_WORD.test(e.text)))) return false;
  // ("The _____ contingent comprising 600 personnel" → Indian Army: whose army a country's
  // contingent comes from says nothing its country does not.)
  if ((e.cls === 'organisation' || e.cls === 'term') && /\b(?:Army|Navy|Air Force|Coast Guard|Marines|Marine Corps)$/.test(e.text) && /^\s+contingent\b/.test(tail)) return false;
  // ("powered by Shafali’s fluent 87, _____’s 45, and a crucial 58 from Deepti": one scorer of a
  // list of scores.)
  if (e.cls === 'person' && /^['’]s\s+(?:\p{Ll}+\s+)?\d/u.test(tail) && (/['’]s\s+(?:\p{Ll}+\s+)?\d+,\s+$/u.test(near) || /^['’]s\s+(?:\p{Ll}+\s+)?\d+,\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s+(?:\p{Ll}+\s+)?\d/u.test(tail))) return false;
  // ("a 2015 decision by special MCOCA court judge _____": the trial judge of a verdict overturned;
  // "The Pole, who had lost the Olympic final to … boxer _____, was fast": a past told in passing of
  // someone else.)
  if (e.cls === 'person' && (/\b(?:special|trial|sessions|district|lower|magistrate['’]?s?)\s+(?:[\p{L}()-]+\s+){0,8}?court\s+judge\s+$/iu.test(near) || /,\s+who\s+had\s+[^,;]{0,80}$/.test(near))) return false;
  // ("the second CJI from the community, after Justice K. G. Balakrishnan, who was elevated to the
  // post in 2007 and retired in _____": the career of another, named to compare, told in passing.)
  if (/\b(?:after|like|besides|following|before)\s+(?:\p{Lu}[\p{L}.]*\s+){1,5}\p{Lu}[\p{L}.]*,\s+who\s+[^,;]{0,100}$/u.test(near)) return false;
  // ("The Bench observed that _____ had attempted to override …" → Parliament: the one legislature
  // every law passes through is no fact to recall.)
  if (/^(?:Parliament|the Centre|Centre|Union Government|Union government)$/.test(e.text)) return false;
  // ("NTPC and its subsidiary _____" → NGEL: a body's arm named beside it is its detail; "details of
  // the MoUs will be shared later by the _____": who will tell it later is the telling.)
  if ((e.cls === 'organisation' || e.cls === 'term') && (/\bits\s+(?:wholly[- ]owned\s+)?(?:subsidiary|subsidiaries|arm|unit)\s+$/.test(near) || /\bwill\s+be\s+(?:shared|released|announced|issued|made public|provided)\s+(?:later\s+|soon\s+)?by\s+(?:the\s+)?$/.test(near))) return false;
  // ("The President of Chile will also visit Mumbai and _____": the rest of an itinerary is no news.)
  if (e.cls === 'place' && /\bwill\s+also\s+(?:visit|travel\s+to|tour|go\s+to)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:and\s+)?$/u.test(near)) return false;
  // ("while India’s _____ finished fourth with 61.77m": who missed the podium is no result to learn.)
  // ("The other Indian duo, _____ and Ankush Jadhav, finished sixth": of a pair too.)
  if (e.cls === 'person' && /^(?:\s+and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)?,?\s+(?:finished|came|ended|placed|was placed|were placed)\s+(?:a\s+)?(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+th)\b/u.test(tail)) return false;
  // ("with Ayush Verma placing fifth in the men’s F53 shot put with a personal best of _____": nor their mark.)
  if (e.cls !== 'person' && /\b(?:placing|finishing|finished|placed|taking|came)\s+(?:a\s+)?(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+th)\b[^,;]{0,80}$/.test(near)) return false;
  // ("in the men’s _____ javelin throw" → F46: a para-sport class labels the event, the medal is the news.)
  if (/^[A-Z]{1,2}\d{1,2}$/.test(e.text) && /\b(?:men|women|boys|girls)['’]s\s+$/i.test(near)) return false;
  // ("the men's high jump _____/63 world title" → T42: half of a class written with a slash.)
  if (/^\/\d/.test(tail) || /\d\/$/.test(near)) return false;
  // ("The _____ got the better of …" → Asian Para Games Champion: a title someone holds describes them.)
  if (e.cls === 'term' && /\s(?:Champion|Winner|Medallist|Medalist|Runner-up)\b/.test(e.text)) return false;
  // ("Phula Saren was named the _____" → Player of the Match: every match names one; who it was
  // is the fact.)
  if (/^(?:Player|Man|Woman|Cricketer|Batter|Bowler)\s+of\s+the\s+(?:Match|Series|Tournament|Final|Year)$/i.test(e.text)) return false;
  // ("It is the _____ consecutive time that the RBI has kept the rate unchanged" (eighth): a
  // count of times in a row is the news; any other ordinal is asked by the ordinal pattern.)
  // ("making India only the _____ country to achieve the feat": the place a country took among
  // those to do something is asked too, the more so where the country is the story's own, which
  // the ordinal pattern never asks.)
  // ("in the _____ Chess Olympiad" → 45th, "the _____ BRICS Summit": the edition of the event the
  // story is of is asked too.)
  // ("… in the Preamble to the _____" → Indian Constitution: the country's own constitution, which
  // every reader knows the Preamble, the Articles and the Schedules belong to.)
  if (OWN_CONSTITUTION.test(e.text)) return false;
  // ("PM Modi joined virtually from _____" → Delhi: where a remote guest sat is no fact of the event.)
  if (e.cls === 'place' && /\b(?:virtually|remotely|online|via\s+video[\s-]?conferenc\w*)\s+from\s+(?:the\s+)?$/i.test(near)) return false;
  // ("Marcos, who is in India with a delegation that includes _____ cabinet ministers", "a _____-member
  // delegation": how many came along with a visitor is no fact to learn.)
  if ((e.cls === 'number' || e.cls === 'ordinal') && (DELEGATION_OF_BEFORE.test(near) || /^-?\s?member\s+(?:delegation|team|entourage)\b/.test(tail))) return false;
  // ("was appointed the _____ governor of Nagaland" → 21st: which holder of an office one became.)
  // ("could not be accomplished due to an anomaly in the _____ stage" → third: where a launch failed.)
  // ("is now being ranked _____ in the world on the dashboard of the ILO" → second: a rank the
  // sentence gives without an index's name.)
  if ((e.cls === 'ordinal' && !TIMES_IN_A_ROW.test(tail) && !(NTH_COUNTRY_AFTER.test(tail) && NTH_COUNTRY_BEFORE.test(near)) && !EDITION_OF_EVENT.test(tail) && !nthHolder(near, tail) && !(FAILED_STAGE_AFTER.test(tail) && FAILURE.test(s.text)) && !(RANKED_BEFORE.test(near) && RANK_SCOPE_AFTER.test(tail)) && !RANK_MOVED_TO.test(near)) || (e.cls === 'date' && !/\d/.test(e.text))) return false;
  return true;
}

function blankablePart6(e: Blank, s: Sentence, near: string, tail: string): boolean {
  // "the _____" (Diplomatic Academy of Ministry of Foreign Affairs of the Islamic Republic of
  // Mauritania): a name that long is copied out, not recalled.
  if ((e.named ?? e.text).split(/\s+/).length > MAX_BLANK_WORDS) return false;
  // (Not a code name's other code: "satellite CMS-03 (GSAT-7R)" asks CMS-03, the bracket no hint.)
  const bracketed = /^\s*\(([A-Z][A-Za-z0-9.&-]{1,9})\)/.exec(tail);
  // (Nor a ship's pennant number: "INS Mormugao (D67)" asks the ship; D67 spells nothing of it.)
  // (But "Launch Vehicle Mark-III (LVM-3)", "National Family Health Survey (NFHS-5)": letters that
  // spell the name's initials are its short form.)
  // ("drafting the National Education Policy (NEP)": a short form of the name's own initials the
  // cloze leaves out, and asks the name.)
  if (bracketed && !(CODE_WITH_DIGIT.test(bracketed[1]) && (CODE_WITH_DIGIT.test(e.text) || (!/\d/.test(e.text) && !spellsInitials(bracketed[1], e.text)))) && !ownShortForm(e.text, bracketed[1])) return false;
  // "The _____ (United States Geological Survey)": a short form spelt out after it.
  const spelt = /^\s*\((\p{Lu}[^()]{3,80})\)/u.exec(tail);
  if (spelt && isAcronymOf(e.text, spelt[1])) return false;
  // Named twice in the sentence, the blank would be filled from the other mention (or its
  // short form beside it: "Productivity Linked Bonus PLB").
  // (A figure counts as a whole word: "to 75 in the 75th year" names 75 once.)
  // (Nor is "11" named again by a clock's "11:56".)
  if ((isFigure(e) ? wholeWordSpans(s.text, e.text).filter(([a, b]) => !inClockTime(s.text, a, b)).length > 1 : s.text.indexOf(e.text, s.text.indexOf(e.text) + 1) >= 0) || s.entities.some((o) => o !== e && (o.start < e.start || o.end > e.end) && o.canonical === e.canonical && o.text !== e.text && !shortFormRightAfter(e, o, s))) return false;
  // "the _____, adopted in the Iranian city of Ramsar" (Ramsar Convention): a name whose own
  // first word the sentence prints elsewhere is half given away.
  if ((e.cls === 'term' || e.cls === 'organisation' || e.cls === 'place') && givesAwayFirstWord(e, s)) return false;
  // "removed by the _____ government" (Narendra Modi): whose government it is names the era,
  // not the news.
  if (e.cls === 'person' && /^\s+(?:government|administration|regime|era|dispensation)\b/.test(tail)) return false;
  // "the _____ called 'Exercise Ekuverin 2019'" (Indo-Maldives Joint Military Exercise): what a
  // thing is called is the name to learn; the words before "called" only describe it.
  if (e.cls !== 'person' && NAMED_AFTER.test(tail)) return false;
  // "The _____ has also announced a list of containment zones" (Health Department).
  if (e.cls === 'organisation' && PORTFOLIO_DEPARTMENT.test(e.text)) return false;
  // "_____ back, in an interim order …" (Four years), "_____ before the deadline" (Two days): a
  // span counted from the article's day or another event is its telling, not a figure to keep.
  if ((e.cls === 'number' || e.cls === 'date') && /\b(?:days?|weeks?|months?|years?|decades?|hours?)$/i.test(e.text) && /^\s+(?:back|ago|before|after|later|earlier|since|prior)\b/.test(tail)) return false;
  // ("The deceased have been identified as X and Y, both residents of _____": where the dead or
  // injured of a disaster lived is no fact of the story a student learns.)
  // (Nor who they were: "The deceased have been identified as …" names no one a student learns.)
  if (VICTIMS_NAMED.test(s.text) || ((e.cls === 'place' || e.cls === 'term') && /\b(?:residents?|natives?|hailing)\s+(?:of|from)\s+$/i.test(near) && VICTIMS.test(s.text))) return false;
  // "a five-judge _____" (Bench of the Supreme Court): a body named by its common noun is no
  // name, however the words after it run on.
  if (e.cls !== 'person' && /^(?:Bench|Court|Committee|Commission|Panel|Board|Council)\s+of\s+/.test(e.text) && /\b\p{Ll}[\p{L}-]*-(?:judge|member|judges|members)\s+$/u.test(near)) return false;
  // "likely to touch 46 degrees _____" (Celsius): a unit names no fact.
  if (UNIT_NAME.test(e.text) || (PART_LABEL.test(e.text) && !PLACED_IN_GRADE.test(near))) return false;
  // ("evened the score in round _____", "on day _____ of the Test": the number of a part, written
  // after its word in lower case, is a label too.)
  if ((e.cls === 'number' || e.cls === 'ordinal') && /\b(?:round|game|stage|phase|leg|lap|part|chapter|level|day|match)\s+$/i.test(near) && !/^\s*(?:rounds|games|stages|days|matches)\b/.test(tail)) return false;
  // ("violative of _____ (equality before the law) and 16 (…)" → Articles 14: the plural names
  // both numbers; the first alone is half the answer.)
  if (/^(?:Articles|Sections|Clauses|Schedules)\s+\d/.test(e.text) && /^\s*(?:\([^()]{0,60}\)\s*)?(?:,|and|&)\s*\d/.test(tail)) return false;
  // ("Koothattukulam police have registered a case under _____ (Unnatural death) of the BNSS" →
  // Section 194: the section a police case is booked under is its paperwork, no fact of the news.)
  if (/^Sections?\s+\d/.test(e.text) && /\b(?:registered|lodged|filed|booked)\s+(?:a\s+|an\s+)?(?:case|FIR|complaint)s?\s+(?:against(?:\s[^\s,;]+){1,6}\s)?under\s+$/i.test(near)) return false;
  // ("the troops of 1-24 _____ 11th Airborne Division" → Battalion of the Alaska-based: a run that
  // ends on an adjective made from a name is no name.)
  if (/-/.test(e.text) && NAME_ADJECTIVE_END.test(e.text.slice(e.text.lastIndexOf('-') + 1))) return false;
  // ("Consumer Price-based _____" → Inflation: the last word of a name in title case.)
  if (!/\s/.test(e.text) && /\p{Lu}\p{L}+\s+\p{Lu}\p{L}*-\p{Ll}+\s+$/u.test(near)) return false;
  // ("the Alaska-based 11th _____" → Airborne Division: the number of a military unit is part of its name.)
  if (/\b\d{1,3}(?:st|nd|rd|th)\s+$/.test(near) && /^(?:[\p{Lu}][\p{L}-]*\s+){0,2}(?:Division|Regiment|Battalion|Brigade|Corps|Fleet|Squadron|Wing|Command)\b/u.test(e.text)) return false;
  // ("the top performer in Central and _____" → Southern Asia: half of one region's name.)
  if (DIRECTION_FIRST.test(e.text) && SHARED_DIRECTION_BEFORE.test(near)) return false;
  // "the ISRO _____ and Command Network (ISTRAC)": a name run on by "and" and words its short
  // form spells out is the start of a longer name.
  if (e.cls !== 'number' && e.cls !== 'date' && /^\s+(?:and|&)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*\s*\(\p{Lu}{2,10}\)/u.test(tail)) return false;
  // "Iran and _____ were among six countries …": one of a set the sentence does not list.
  if (/^\s+(?:were|are|was|is)\s+(?:also\s+)?among\b/.test(tail)) return false;
  // "In November, _____ was Rs 30,420 crore, State GST was Rs 38,226 crore, …": one of three or
  // more names each given its figure, a list in clauses.
  // (Two are a roll already where the figure is a share: "UP and MP grew at 1% and _____ at 2%".)
  const rolled = s.entities.filter((o) => o.cls !== 'number' && o.cls !== 'date' && o.cls !== 'money' && FIGURE_AFTER.test(s.text.slice(o.end)));
  // (Or a place given its share beside another's, named or not: "GST in UP and MP grew at 1% and
  // _____ at 2%".)
  const shareAfter = /^\s+\D{0,40}?\d[\d.,]*\s?(?:%|per\s?cent\b)/.test(tail);
  if (e.cls !== 'number' && e.cls !== 'date' && FIGURE_AFTER.test(tail) && (rolled.length >= 3 || (shareAfter && (rolled.length >= 2 || (e.cls === 'place' && (s.text.match(/\d[\d.,]*\s?(?:%|per\s?cent\b)/g) ?? []).length >= 2))))) return false;
  // ("_____ stood at 54.9%" → LFPR, "female _____ at 31.6%" → WPR: the measure a figure is given
  // for is what the figure is asked by, never the blank.)
  if (e.cls === 'term' && MEASURE_GIVEN.test(tail) && (MEASURE_NAME.test(e.text) || /^(?:\p{L}+\s)?\p{Lu}{2,6}$/u.test(e.text))) return false;
  // ("JPY 10 trillion": a currency's code before its amount is the amount's unit.)
  if (CURRENCY_CODES.has(e.text) && /^\s*\d/.test(tail)) return false;
  // "this year", "last week": relative to a day the reader no longer has.
  if (e.cls === 'date' && /\b(this|last|next|ago|yesterday|today|tomorrow)\b/i.test(e.text)) return false;
  // "an increase of €_____": a currency sign the amount was read without would be left behind.
  if ((e.cls === 'number' || e.cls === 'money') && /[€$£¥₹]\s?$/.test(s.text.slice(Math.max(0, e.start - 2), e.start))) return false;
  // "NZ $ 26 million": blanking the amount would strand the currency code.
  if (e.cls === 'money' && /\b[A-Z]{1,3}\s*$/.test(near)) return false;
  // Part of a compound ("Russian-Japanese", "Japan-U.S."): the blank would split a word.
  // ("PSLV-C57.1": so would a decimal glued on after it.)
  // (And "a _____' extension": a plural's apostrophe left outside the blank, not a closing quote
  // nor a name's possessive, "the MP _____' motion".)
  // ("Articles 105(2) and _____(2)": so would a clause number glued on.)
  if (/[-\p{L}]$/u.test(near) || /^(?:[-\p{L}]|\.\d|\(\w{1,4}\))/u.test(tail) || (/^['’](?!s\b)/u.test(tail) && !/[‘'"“]$/u.test(near) && e.cls !== 'person' && e.cls !== 'organisation' && e.cls !== 'place')) return false;
  // A demonym ("Japanese Foreign Minister") tests spelling, not knowledge.
  if (e.cls === 'place' && normalizeKey(e.text) !== normalizeKey(e.canonical) && !/^(U\.?S\.?|UK|U\.K\.)$/.test(e.text)) return false;
  // "The Budget announced …", "the Polaroids were …": one capitalised common noun after "the",
  // heading its phrase, is the article's way of naming a thing in general, not a name to learn
  // ("the Scientology homepage" modifies a noun: a name).
  if (e.cls === 'term' && /^\p{Lu}\p{Ll}+$/u.test(e.text) && /\b[Tt]he\s+$/.test(near) && !nounAfter(s, e.end)) return false;
  // ("The GDP at _____ (2011-12) Prices" → Constant, "at Constant (2011-12) _____" → Prices: an
  // everyday word of a phrase written in title case is no name.)
  // ("GVA at _____ at Constant Prices" → Basic Prices: a name of everyday words alone is one too,
  // unless its last word makes it a body or a programme: "the Flag Consideration Project".)
  if (e.cls === 'term' && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}$/u.test(e.text) && !NAMED_THING_HEAD.test(e.text) && e.text.split(/\s+/).every(titleCaseWord)) return false;
  // ("The _____ in a statement earlier had said that …" → Ministry of Culture, "The _____ on Sunday
  // explained how …" → Railway Board: the body that told or explained is the source, no fact.)
  if ((e.cls === 'organisation' || e.cls === 'term') && /^\s+(?:\([^()]{1,12}\)\s+)?(?:(?:on|last)\s+\p{Lu}\p{Ll}+\s+|in\s+a\s+(?:statement|release|press\s+release|post)\s+(?:\p{Ll}+\s+)?|earlier\s+)*(?:(?:has|had|have)\s+)?(?:said|says|explained|explains|stated|states|informed|clarified|noted|told)\b/u.test(tail) && !/^\s+(?:said|says|stated|told)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:it|that)\s+(?:had|has|would|will)\s+(?:approved|launched|appointed|signed|decided|cleared|sanctioned)\b/u.test(tail)) return false;
  // ("Covering approximately 107,594 _____ of crucial snow leopard habitat" → Km2: a unit after its
  // figure is no fact.)
  if ((e.cls === 'term' || e.cls === 'organisation') && /\d[\d,.]*\s*$/.test(near) && /^(?:[KkMmCc]m[²2]?|[Ss]q\.?\s?[Kk]m|[Kk]g|[Kk]mph|MW|GW|MT|MMT|TMC|MTPA|Ha|ha)$/.test(e.text)) return false;
  // ("the Labour Force Participation Rate among people aged _____ and above" → 15 years: the age a
  // survey's measure is taken over is its definition, no figure of the news.)
  // (Not who a scheme covers: "all senior citizens aged _____ and above" is its news.)
  if (e.cls === 'number' && /\bamong\s+(?:the\s+)?(?:people|persons|population|those|individuals|workers|youth)\s+(?:in\s+the\s+age\s+group\s+of|aged)\s+$/.test(near) && /^\s+(?:(?:years?\s+)?(?:and|or)\s+(?:above|over|older|more|below|under))\b/.test(tail)) return false;
  // ("a Bronze medal under the category of _____ metres Air Pistol" → 10: the distance that names
  // an event is part of its name, no figure of the news.)
  if (e.cls === 'number' && /^\s*(?:m|metres?|meters?|km)\s+(?:air\s+(?:pistol|rifle)|rifle|pistol|free\s+pistol|freestyle|backstroke|butterfly|breaststroke|individual\s+medley|hurdles|steeplechase|relay|sprint|race\s+walk|walk)\b/i.test(tail)) return false;
  // ("the conservation of the new _____" → National Park, "welfare measures for _____" → Scheduled
  // Tribes, "joint military _____ 'AustraHind-23'" → Exercise: a kind of thing or people in
  // capitals, no name of one.)
  if ((e.cls === 'term' || e.cls === 'organisation' || e.cls === 'place') && KIND_ONLY.test(e.text)) return false;
  // ("The _____ in Khartoum arranged the transportation …" → Embassy of India: a country's mission
  // abroad is named by its kind and its country, no fact to recall.)
  if (e.cls === 'organisation' && /^(?:Embassy|High\s+Commission|Consulate(?:\s+General)?)\s+of\s+\p{Lu}/u.test(e.text)) return false;
  // ("paid floral tributes to the _____, Mahatma Gandhi" → Father of the Nation: everyday words
  // with their "of the" between are an epithet, no name either.)
  if (e.cls === 'term' && /^\p{Lu}\p{Ll}+(?:\s+(?:of|the|and|for))+\s+\p{Lu}\p{Ll}+$/u.test(e.text) && !NAMED_THING_HEAD.test(e.text) && e.text.split(/\s+/).filter((w) => !/^(?:of|the|and|for)$/.test(w)).every(titleCaseWord)) return false;
  if (e.cls === 'term' && /^\p{Lu}\p{Ll}+$/u.test(e.text) && isCommonWord(e.text.toLowerCase()) && (titleCaseWord(/^\s+(?:\([^()]{1,12}\)\s+)?(\p{Lu}\p{Ll}+)\b/u.exec(tail)?.[1]) || titleCaseWord(/\s(\p{Lu}\p{Ll}+)\s+(?:\([^()]{1,12}\)\s+)?$/u.exec(near)?.[1]))) return false;
  // ("received … five _____" → Grammy Awards: of honours counted, the count is the fact, the
  // honour's name the question's.)
  if ((e.cls === 'term' || e.cls === 'organisation') && /\b(?:Awards|Prizes|Medals|Trophies|Titles|Oscars|Grammys|Emmys)$/.test(e.text) && /\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+$/i.test(near)) return false;
  return true;
}

function blankablePart7(e: Blank, s: Sentence, head: string, near: string, tail: string): boolean {
  // ("reached Mauritius on Tuesday for a _____ State Visit" → two-day: how long a visit lasts is
  // its schedule, no fact to learn.)
  if (e.cls === 'number' && /^(?:\w+)-(?:day|nation|country|leg)$/i.test(e.text) && /^\s+(?:(?:State|official|bilateral|maiden|working)\s+)?(?:visit|tour|trip|Visit|Tour)\b/.test(tail)) return false;
  // ("A total of 78 _____ will be presented" → Awards: a counted everyday noun, capitalised.)
  // ("the representatives from the three _____" → Services: counted in words too.)
  if ((e.cls === 'term' || e.cls === 'organisation') && /^\p{Lu}\p{Ll}+s$/u.test(e.text) && /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|both|all|several))\s+$/i.test(near) && isCommonWord(e.text.toLowerCase().slice(0, -1))) return false;
  // ("global warming and _____ pollution" → ozone: the story's key term is what its phrase is about.)
  if (!e.keyTerm && modifiesNoun(e, s)) return false;
  // ("conferred with _____ awards" → Padma, read as Padma Subrahmanyam's given name: a name
  // right before "awards" or "games" modifies it, whatever the analyser took it for.)
  if (e.cls !== 'number' && e.cls !== 'date' && e.cls !== 'percent' && e.cls !== 'money' && PLURAL_HEADS.test(/^\s+(\p{L}+)/u.exec(tail)?.[1]?.toLowerCase() ?? '')) return false;
  // "its own 'sharp eye'", "a 'demand-driven' mission", "the "very serious" category": words in
  // quotes in lower case are someone's phrase, not a name, unless the sentence names it
  // ("a theme called 'water security'", "'route out' refers to …").
  // (A quoted class a body gives, "the 'very serious' category", "the 'severe' grade", is a name.)
  // ("the people had “_____”" → restored democracy in Telangana: a quoted phrase of several words
  // opening in lower case is someone's words, a name or not.)
  // (Not the name of a plan or an idea: "the ‘one nation, one election’ proposal", the key term.)
  if (e.cls === 'term' && !e.keyTerm && /^\p{Ll}\S*(?:\s+\S+){2,}$/u.test(e.text) && /[‘'"“]$/.test(near) && /^[’'"”]/.test(tail) && !QUOTED_KIND_AFTER.test(tail) && !/\b(?:called|named|termed|dubbed|titled|christened|known as)\s+(?:it\s+|the\s+)?[‘'"“]$/i.test(near)) return false;
  // ("the minister called Sharma his “_____”" → sacha sathi: what someone calls a person is their word
  // for them, no name to learn.)
  if (e.cls === 'term' && /\b(?:called|termed|described)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:as\s+)?(?:his|her|their|its|a|an|the)\s+(?:\p{Ll}+\s+)?[‘'"“]$/u.test(near)) return false;
  // ("describing it as a “gift from the _____”" → Mother of Democracy: a name inside the words
  // someone calls a thing is their figure of speech.)
  if ((e.cls === 'term' || e.cls === 'organisation') && epithetAround(s.text, e.start)) return false;
  // ("called the mission '_____'" → historic: a word of praise in quotes is a verdict, no name.)
  // ("called the GDP growth “_____”" → very encouraging: so is one after an intensifier.)
  if (e.cls === 'term' && /^(?:(?:very|most|highly|extremely|truly|really|quite|so|deeply|immensely|hugely|absolutely)\s+)?\p{Ll}+(?:ic|al|ous|ful|ive|ent|ant|able|ible|ed|ing)$/u.test(e.text) && /[‘'"“]$/.test(near) && /^[’'"”]/.test(tail) && !GRADE_AFTER.test(tail)) return false;
  if (e.cls === 'term' && /^[\p{Ll}\d\s'’-]+$/u.test(e.text) && /[‘'"“]$/.test(near) && !NAMING_CUE.test(s.text) && !GRADE_AFTER.test(tail)) return false;
  // ("Authorities will paste '_____' stickers on the windscreens …" → Free travel for women: the
  // words printed on a sticker or a banner are its wording, no name to learn.)
  if (e.cls === 'term' && /[‘'"“]$/.test(near) && /^[’'"”]\s+(?:stickers?|banners?|posters?|boards?|signboards?|placards?|hoardings?|badges?|labels?)\b/.test(tail)) return false;
  // ("with _____ increasingly challenging democratic values" → Beijing, in a sentence naming
  // China: a capital standing for its country's government names the country again.)
  // ("an important partner in _____’s vision for the Indo-Pacific" → New Delhi: the capital's
  // vision, policy or stance is its government's, after any preposition.)
  if (e.cls === 'place' && (!PLACE_PREPOSITION.test(near) || /^['’]s\s+\p{Ll}/u.test(tail)) && capitalOfNamedCountry(e, s)) return false;
  // ("…, reported _____." → Live Law: the outlet that told it closing the sentence is no news.)
  // (Nor "…, per a report by _____.", "…, as reported by _____.")
  if (e.cls !== 'person' && /,\s+(?:reported|reports|according to|(?:per|as\s+per|as\s+reported\s+by|according\s+to)\s+(?:an?\s+|the\s+)?(?:report|reports|news\s+report)\s+(?:by|in|from)|(?:as\s+)?reported\s+by)\s+$/i.test(near) && /^\s*(?:[.;]\s*)?$/.test(tail)) return false;
  // ("about 125 km from _____" → Chennai: the city a distance is measured from is no news.)
  if (e.cls === 'place' && /\d\s*(?:km|kms|kilometres|kilometers|miles)\s+(?:away\s+)?from\s+(?:the\s+)?$/i.test(near)) return false;
  // ("The _____'s Cross" → St. George: the owner inside a longer name is part of it.)
  if (/\b[Tt]he\s+$/.test(near) && /^['’]s\s+\p{Lu}/u.test(tail)) return false;
  // ("directed the _____ government" → Central: which government's, in a word, is no name.)
  if (/^(?:Central|Union|State|Federal|Centre)$/.test(e.text) && /^\s+(?:government|govt)\b/i.test(tail)) return false;
  // "The Bench, headed by …", "A three-judge Bench", "the Centre said", "the … Amendment Bill":
  // a body or bill the article names by its common noun.
  if (e.cls !== 'person' && COMMON_BODY.test(e.text)) return false;
  // ("4,590 _____" (LMT, lakh metric tonnes), "30 _____" (GW)): capitals right after a figure are its unit.
  if (e.cls !== 'person' && /^\p{Lu}{2,5}$/u.test(e.text) && /\d\s+$/.test(near)) return false;
  // ("admitted to the ICU of _____ in Bengaluru": the hospital that treated someone is no news.)
  // (Nor the town it stands in: "… of Manipal Hospital in _____".)
  if (e.cls !== 'person' && (HOSPITAL.test(e.text) || (e.cls === 'place' && s.entities.some((o) => HOSPITAL.test(o.text)))) && /\b(?:admitted|treated|hospitali[sz]ed|under treatment|undergoing treatment|ICU|ventilator|wheeled into|rushed to|brought to|shifted to|taken to|airlifted to|sent to|referred to|died at|(?:rushed|taken|shifted|brought|airlifted|moved)\s+(?:the\s+)?(?:injured|wounded|victims|patients|bodies)\s+to)\b/.test(s.text)) return false;
  // ("Taking to '_____'", "posted on _____", "a post shared by the _____ on X"): where or by whom
  // a post went up is the telling, not the news.
  // ("… turned to her official _____ handle to share pictures" → Twitter: whose account, too.)
  if (SOCIAL_PLATFORM.test(e.text) && (/\b(?:on|to|via)\s+['‘"“]?$/i.test(near) || /^\s+(?:handle|account|page|profile|post|feed)\b/.test(tail))) return false;
  if (e.cls !== 'person' && /\b(?:post|tweet|video|message)\s+(?:shared\s+|posted\s+|put out\s+)?by\s+(?:the\s+)?$/i.test(near)) return false;
  // ("_____ (Artificial Intelligence and … Verification)", "ASTR (_____ …)": a short form and its
  // spelling-out in brackets give each other away.)
  if (/^\p{Lu}{2,8}$/u.test(e.text) && /^\s*\(\p{Lu}[^()\s]*(?:\s+[^()\s]+){3,}\)/u.test(tail)) return false;
  if (/\b\p{Lu}{2,8}\s*\([^()]*$/u.test(near)) return false;
  // "Reserve Bank Governor Sanjay Malhotra": the body owning a title is asked by the office
  // ("Who was the Governor of the Reserve Bank of India?"), not as a blank before it.
  // ("former Uttar Pradesh chief minister Kalyan Singh": a lower-case office too.)
  // ("Trinamool Congress senior leader Partha Chatterjee": a rank before the office word.)
  // ("the _____'s Dhairyasheel Patil": the party a person belongs to, said in passing.)
  if (e.cls === 'organisation' && /^['’]s\s+\p{Lu}/u.test(tail) && s.entities.some((p) => p.cls === 'person' && p.start === e.end + tail.indexOf(' ') + 1)) return false;
  // ("former Rajya Sabha MP Om Prakash Mathur", "former Tripura Deputy Chief Minister Jishnu Dev Varma".)
  // ("_____ chief Dr V Narayanan": the modifier may be the office itself, an honorific after it.)
  const titled = /^\s+(?:((?:senior|former|veteran|general|national|state|deputy|chief))\s+)?(\p{L}[\p{L}-]*)/iu.exec(tail);
  const nextWord = titled?.[2];
  // ("_____ Prime Minister Imran Khan": a title of two words, its head the second.)
  const twoWordTitle = /^\s+\p{Lu}\p{Ll}+\s+(\p{Lu}[\p{L}-]*)\s+\p{Lu}/u.exec(tail)?.[1];
  const officeAfter = (nextWord && (TITLE_HEAD.test(nextWord) || /^(?:MP|MLA|MLC|MPs|MLAs)$/.test(nextWord))) || (titled?.[1] !== undefined && /^chief$/i.test(titled[1])) || (twoWordTitle !== undefined && TITLE_HEAD.test(twoWordTitle));
  if ((e.cls === 'organisation' || e.cls === 'place') && officeAfter && s.entities.some((p) => p.cls === 'person' && p.start > e.end && p.start - e.end < 60)) return false;
  // ("the Special Relief Commissioner (SRC) of _____, Pradeep Kr Jena": the place of a title
  // before the name it belongs to, written the other way round.)
  if ((e.cls === 'organisation' || e.cls === 'place') && /^,\s+/.test(tail) && s.entities.some((p) => p.cls === 'person' && p.start - e.end < 6 && p.start > e.end)) {
    const title = /(\p{Lu}[\p{L}-]*)\s*(?:\([^()]{1,12}\)\s*)?of\s+(?:the\s+)?$/u.exec(near)?.[1];
    if (title && TITLE_HEAD.test(title)) return false;
  }
  // ("For the _____, AoN for procurement of Varunastra Torpedoes was accorded" → Indian Navy: whom
  // an opening "For …," serves frames the news; what was done is the fact.)
  if (e.cls === 'organisation' && /^For\s+(?:the\s+)?$/.test(head) && /^\s*,/.test(tail)) return false;
  // ("_____'s Hindu College has been ranked at the top" → Delhi University; "Jharkhand's _____
  // district": the owner before another name only places it.)
  if (e.cls !== 'person' && /^['’]s\s+\p{Lu}/u.test(tail) && s.entities.some((o) => o.start === e.end + tail.indexOf(' ') + 1 && o.cls !== 'person' && o.cls !== 'date')) return false;
  // ("_____'s ruling Congress party wrested the seat": whose ruling party it is only places it.)
  if (e.cls === 'place' && /^['’]s\s+(?:ruling|main|principal|opposition|new|former|erstwhile|largest|biggest|oldest)\s+\p{Lu}/u.test(tail)) return false;
  // ("Indian Institute of Science (IISc) _____ is in the second spot" → Bengaluru: the campus's
  // place after a short form is part of the name.)
  if (e.cls === 'place' && /\(\p{Lu}[\p{L}&-]{1,9}\)\s+$/u.test(near)) return false;
  // ("followed by Karnataka State Open University, _____" → Mysuru: the town after an institution's
  // name and its comma only says where it stands.)
  // (Or after its short form: "… Command Network (ISTRAC), _____" → Bengaluru; "from IIT, _____"
  // → Kanpur, one of a kind of institute with a campus in many towns.)
  if (e.cls === 'place' && /(?:\b(?:University|College|Institute|Institution|School|Hospital|Dockyard|Academy|Centre|Center|Network|Laboratory|IITs?|IIMs?|AIIMS|NITs?|IIITs?|IISERs?|NIFT|NID|NLU)|\(\p{Lu}[\p{L}&-]{1,9}\))\s*,\s*$/u.test(near)) return false;
  if (afterNamePart(e, s) || insideOfName(e, s) || inNameList(e, s) || halfOfJoinedName(e, s)) return false;
  // "Batman: The _____" (Animated Series), "Batman: _____" (Arkham VR): a subtitle is half a title.
  if (e.cls !== 'person' && near.includes(':') && /\p{Lu}[\p{L}\d'’-]*:\s+(?:The\s+)?$/u.test(near)) return false;
  // "_____: Arkham VR" (Batman): a title's first half, before its subtitle.
  if ((e.cls !== 'person' || /['’]s\s+$/.test(near)) && /^:\s+\p{Lu}[\p{L}\d'’-]*(?:\s+\p{Lu}[\p{L}\d'’-]*)*(?=[\s,.;]|$)/u.test(tail) && !/^:\s+\p{Lu}[\p{L}-]*,/u.test(tail)) return false;
  // "…, ISRO said.", "…, RBI Governor Shaktikanta Das said.": who said it is the telling, not the fact (nor a false statement's swap).
  // ('"… quarantined," Kuno Divisional Forest Officer _____ told PTI': after a quotation too.)
  if (ATTRIBUTION_AFTER.test(tail) && /,[”"’']?\s*(?:[\p{L}.'’-]+\s+){0,5}$/u.test(s.text.slice(Math.max(0, e.start - 80), e.start))) return false;
  // ("DMK MP _____ (who also appeared for the State) wrote on X.": a sentence that only says who
  // told the quotation before it.)
  if (/^(?:[\p{L}.'’-]+\s+){0,5}$/u.test(head) && SPEAKER_ONLY_TAIL.test(tail)) return false;
  // "_____, regional director of IMD Bhubaneswar, said that …": who said it, and the body they
  // speak for, with the role between commas, are the telling too.
  // (", the minister of state …, had said in December.": told earlier, the same.)
  if (e.cls === 'person' && OFFICE_THEN_TOLD.test(tail)) return false;
  if ((e.cls === 'organisation' || e.cls === 'place' || e.cls === 'term') && /,\s+(?:the\s+)?\p{Ll}[\p{Ll}\s-]{2,40}\s(?:of|at|for)\s+(?:the\s+)?$/u.test(near) && TOLD_AFTER_COMMA.test(tail)) return false;
  // "…, reports _____." (IANS): an agency or paper named after its verb is the telling too.
  if (e.cls === 'organisation' && /,\s*(?:reports|reported|writes|wrote|quoted|quotes)\s+(?:the\s+)?$/.test(near) && /^[\s.!”"]*$/.test(tail)) return false;
  // "…, said Union Minister _____.": the same telling, verb first (with an office after the name too:
  // "…," said _____, chair of the Nobel Committee for Physics.).
  if (e.cls === 'person' && SAID_BEFORE.test(s.text.slice(Math.max(0, e.start - 80), e.start)) && (/^[\s.!”"]*$/.test(tail) || OFFICE_TO_END.test(tail))) return false;
  // ("_____ noted the findings show …", "… shares _____."): who told it, when the article gives
  // them no office, is the telling, not a fact.
  if (e.cls === 'person' && !e.role && (SPEAKER_VERB_AFTER.test(tail) || /\b(?:says|shares|adds|notes)\s+$/.test(near))) return false;
  // ("with CPRO _____ stating that …": an officer whose office is to tell is the telling too.)
  if (e.cls === 'person' && e.role && /\b(?:C?PRO|spokes(?:person|man|woman))\b/i.test(e.role) && SPEAKER_VERB_AFTER.test(tail)) return false;
  // ("Deputy Chairman _____ announced the approval of the legislation … and adjourned proceedings":
  // who chaired the House that day is procedure, not the news.)
  if (e.cls === 'person' && /\badjourn/.test(s.text) && /\b(?:Speaker|Chairman|Chairperson|Chair)\s+$/.test(near)) return false;
  // ("… passed away on Thursday at his Kolkata residence, CPI(M) State Secretary _____ has
  // confirmed.": who confirmed the news after it, closing the sentence, told it.)
  if (e.cls === 'person' && /,\s+[^,]{0,80}$/.test(near) && /^\s+(?:has\s+|had\s+)?(?:confirmed|said|stated|informed|announced|added|told\s+(?:reporters|the\s+media|\p{Lu}\p{L}+))\s*(?:[.!]\s*)?$/u.test(tail)) return false;
  return true;
}

function blankablePart8(e: Blank, s: Sentence, head: string, near: string, tail: string): boolean {
  // ("APSDMA managing director _____ confirmed the death and said …": who confirmed it told it.)
  if (e.cls === 'person' && /^\s+(?:also\s+)?confirmed\s+(?:the\s+)?(?:death|deaths|toll|incident|news|development)\b/.test(tail)) return false;
  // ("Union Defence Minister _____ said on Saturday India's defence production has reached …": with
  // only an office before it, the one who told the news opens the sentence; the news is what follows.)
  if (e.cls === 'person' && e.role && /^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,5}$/u.test(head) && SPEAKER_VERB_AFTER.test(tail) && /\d/.test(tail)) return false;
  // "in _____'s Hyderabad House" (New Delhi): the place owning a named venue only locates it.
  // ("south _____'s sprawling Azad Maidan": a word or two may describe the venue.)
  const owned = e.cls === 'place' ? /^['’]s\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}/u.exec(tail) : null;
  // ("Madhav Tiger Reserve in _____’s Shivpuri": a town the analyser took for no name, too.)
  if (owned) {
    const at = e.end + owned[0].length;
    const name = s.entities.find((o) => o.start === at);
    const ownsPlace = name ? (name.cls === 'term' || name.cls === 'place') && name.placeKind !== 'country' : /^\p{Lu}\p{Ll}+\b/u.test(s.text.slice(at));
    if (ownsPlace) return false;
  }
  // "met on October 4, 5 and 6": one of a list of numbers or days.
  if ((e.cls === 'number' || e.cls === 'date') && (/\d(?:,\s*|\s+and\s+)$/.test(near) || /^(?:,\s*|\s+and\s+)\d/.test(tail))) return false;
  // "… told _____ the department will look into it": the outlet that was told.
  // ("a government official told _____, asking not to be named" → ThePrint: an outlet the analyser
  // took for a term, told with no more after it.)
  if ((e.cls === 'organisation' || (e.cls === 'term' && /^\s*(?:[,.]|that\b)/.test(tail))) && /\b(?:told|telling|speaking to|in an interview with|interviewed by)\s+(?:the\s+)?$/i.test(near)) return false;
  // "… was announced by the _____ in Kathmandu": who told it, and where, is the telling too.
  // ("as confirmed by Axiom Space and _____": the second teller too.)
  if (e.cls !== 'number' && e.cls !== 'date' && /\b(?:announced|reported|confirmed|disclosed|stated)\s+by\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,4}?(?:and\s+)?(?:the\s+)?$/iu.test(near)) return false;
  if ((e.cls === 'place' || e.cls === 'organisation' || e.cls === 'person') && /\b(?:was|were)\s+(?:announced|reported|confirmed|disclosed)\s+by\b/.test(head)) return false;
  // "…, according to _____." (Dr. Lucy Jones of Caltech): who told it is the telling.
  // (So is who issued the statement it was according to: "according to a communique issued by
  // the _____" (Rashtrapati Bhavan), "according to provisional data released by the _____".)
  // ("… according to the “Road Accidents in India 2022” report, released by the _____ on Tuesday": who released it.)
  // ("… as per the survey report released by Forest Minister _____ on Tuesday": or the minister
  // who released it, by an office in capitals.)
  if ((e.cls === 'organisation' || e.cls === 'person') && /\b(?:[Rr]eport|[Dd]ata|[Ss]urvey|[Ii]ndex|[Ss]tudy|[Ss]tatement|[Ff]igures|[Ee]stimates)[”"’']?,?\s+(?:which\s+was\s+)?released\s+by\s+(?:the\s+)?(?:[A-Z][\w-]*\s){0,4}$/.test(near)) return false;
  if (e.cls !== 'number' && e.cls !== 'date' && near.includes('ccording to') && /\baccording to\s+(?:the\s+)?$|\baccording to\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}(?:statement|communiqu[eé]|release|notification|circular|press note|order|data|figures|estimates|numbers)\s+(?:issued\s+|released\s+|published\s+)?(?:by|from)\s+(?:the\s+)?$/iu.test(s.text.slice(Math.max(0, e.start - 100), e.start))) return false;
  if ((e.cls === 'organisation' || (e.cls === 'term' && /\b(?:Delegation|Mission|Embassy|Office|Commission|Council|Ministry|Department)\b/.test(e.text))) && (BODY_TELLING_AFTER.test(tail) || (STATEMENT_FROM.test(s.text.slice(Math.max(0, e.start - 60), e.start)) && /^\s+(?:said|says|stated|added|showed|shows|show)\b/.test(tail)))) return false;
  // "The _____ noted …" (Straits Times): the paper that told it is no fact either.
  if (e.cls === 'organisation' && OUTLET_KINDS.has(sourceKind(e.canonical)) && /^['’]?s?\s+(?:also\s+)?(?:noted|reported|observed|wrote|said|says|quoted|added|stated)\b/.test(tail)) return false;
  // ("told news agency _____ that …", "In another interview with the _____, he said …",
  // "Economists surveyed by _____": the outlet someone spoke to, or that asked, is the telling.)
  if (e.cls === 'organisation' && (OUTLET_KINDS.has(sourceKind(e.canonical)) || /\b(?:news\s+agency|newspaper|daily|channel|broadcaster)\s+$/i.test(near)) && /\b(?:told|interview\s+with|speaking\s+to|talking\s+to|spoke\s+to|quoted\s+by|surveyed\s+by|polled\s+by)\s+(?:the\s+)?(?:(?:news\s+agency|newspaper|daily|channel|broadcaster)\s+)?$/i.test(near)) return false;
  // ("the spokesperson confirmed to _____" → PTI, "In a video shared by news agency _____" → ANI:
  // a news agency the story passes through is never its fact, wherever the sentence names it
  // past its opening.)
  if (e.cls === 'organisation' && e.start > 0 && (sourceKind(e.canonical) === 'news agency' || /\bnews\s+agency\s+$/i.test(near))) return false;
  // ("The official government of Myanmar TV network _____ reported trees were uprooted" → MITV: a
  // broadcaster or paper the sentence names by its kind, telling the news.)
  if ((e.cls === 'organisation' || e.cls === 'term') && /\b(?:TV|television|news|radio)\s+(?:network|channel|station|broadcaster)\s+$|\b(?:newspaper|daily|broadcaster|news\s+channel|news\s+portal|news\s+website)\s+$/i.test(near) && /^\s+(?:also\s+)?(?:reported|said|says|quoted|showed|aired|carried|stated)\b/.test(tail)) return false;
  // ("…, reinstating a requirement earlier introduced by some States reports _____." → Bar & Bench:
  // whoever "reports" it at the sentence's close is its teller.)
  if ((e.cls === 'organisation' || e.cls === 'term' || e.cls === 'person') && /\b(?:reports|reported)\s+$/.test(near) && /^\s*(?:[.;]|$)/.test(tail)) return false;
  // ("… tweeted the news, which was then picked up by _____" → ANI: the outlet that carried it.)
  if (e.cls === 'organisation' && OUTLET_KINDS.has(sourceKind(e.canonical)) && /\b(?:picked\s+up|carried|reported|broken|flashed|relayed)\s+by\s+(?:the\s+)?(?:news\s+agency\s+)?$/i.test(near)) return false;
  // ("…, as per the _____." → Election Commission of India: the body a figure is credited to,
  // closing the sentence, is its source, no fact.)
  if ((e.cls === 'organisation' || e.cls === 'term') && /\b(?:as per|according to|citing|quoting)\s+(?:the\s+)?$/i.test(near) && /^(?:\s*\(\p{Lu}{2,8}\))?(?:\s*[.,;])?\s*$/u.test(tail)) return false;
  // ("As per the _____, in 2020, India accounted for 18 per cent …" → WHO: so is one opening it.)
  // ("The latest data from _____ indicates that …" → NCVBDC: or the body whose data tell it.)
  if ((e.cls === 'organisation' || e.cls === 'term') && ((/^(?:As per|According to)\s+(?:the\s+)?$/.test(near) && /^(?:\s*\(\p{Lu}{2,8}\))?\s*,/u.test(tail)) || (/\b(?:data|figures|estimates|numbers|statistics)\s+(?:from|by|of|released\s+by)\s+(?:the\s+)?$/.test(near) && /^(?:\s*\(\p{Lu}{2,8}\))?\s+(?:indicates?|shows?|showed|reveals?|revealed|suggests?|suggested)\b/u.test(tail)))) return false;
  // ("…, as per a _____ report" → IANS: the report's outlet.)
  if (e.cls === 'organisation' && /\b(?:as per|according to|citing|quoting)\s+(?:an?\s+|the\s+)?$/i.test(near) && /^['’]?s?\s+(?:report|reports|story|survey|news)\b/.test(tail)) return false;
  // "Union Minister _____ briefed the media", "_____ … were present at the ceremony": who
  // briefed, addressed or attended is no news.
  // (Nor where it was held: "paid tributes at the National War Memorial", "accorded a ceremonial
  // guard of honour at the lawns of the South Block".)
  // (Nor whose government holds it: "The _____ government has decided to conduct the last rites".)
  // (Nor a body that does the honours, the sentence's subject: "The _____ extended a warm welcome …".)
  if ((e.cls === 'person' || (NAME_CLASSES.has(e.cls) && (CEREMONY_VENUE_BEFORE.test(near) || /^\s+government\b/.test(tail))) || (e.cls === 'organisation' && /^(?:The\s+)?$/.test(near))) && isCeremony(s)) return false;
  // ("Gold reserves increased by _____ to $74.39 billion during the week": of a change told with
  // the level it reached, the level is the figure to learn.)
  if ((e.cls === 'money' || e.cls === 'number' || e.cls === 'percent') && CHANGE_BY_BEFORE.test(near) && /^\s+to\s+(?:[$₹€£]|Rs\.?\s|US\$|\d)/.test(tail)) return false;
  // ("arrived in India on Monday for a _____ state visit" → two-day: how long a visit lasts is its
  // schedule, no fact to learn.)
  if (/^\s+(?:state\s+|official\s+|working\s+)?(?:visit|tour|trip|stay)\b/.test(tail) && /^(?:\w+-day|\w+-nation|\d+-day)$/i.test(e.text)) return false;
  // ("take part in the function to be held at _____ in the state capital": where a function is
  // held is its arrangement, no fact of the news.)
  if ((e.cls === 'place' || e.cls === 'organisation' || e.cls === 'term') && /\b(?:function|event|ceremony|programme|program|rally|sammelan|gathering)\s+(?:to\s+be\s+|was\s+|will\s+be\s+|being\s+)?(?:held|organi[sz]ed)\s+(?:at|in)\s+(?:the\s+)?$/.test(near)) return false;
  // ("during the third term of _____ government" → NDA: the party a government is called by only
  // says whose it is.)
  if (e.cls === 'organisation' && /^\s+(?:government|regime|administration|dispensation)\b/.test(tail)) return false;
  // ("… legislative competence to impose tax on mines … under _____" → Constitution: the one
  // every law rests on, named bare, is no answer to recall.)
  if (/^(?:the\s+)?Constitution$/i.test(e.text) && !/^\s+of\s+\p{Lu}/u.test(tail)) return false;
  // ("received a ceremonial welcome and a _____ at Rashtrapati Bhavan" → Guard of Honour: the
  // courtesy itself.)
  if (/^(?:(?:tri-services\s+)?guard\s+of\s+hono(?:u)?r|ceremonial\s+welcome|gun\s+salute)$/i.test(e.text)) return false;
  // ("Top leaders from BJP allies in the party-led _____ attended the swearing in ceremony": who
  // came to a ceremony, by any name, is no part of its news.)
  // (Nor how many: "More than _____ Cabinet Ministers … were also present at the ceremony".)
  if ((NAME_CLASSES.has(e.cls) || (e.cls === 'number' && PRESENT.test(s.text))) && ATTENDED.test(s.text) && isCeremony(s)) return false;
  // ("approved a proposal of the _____ to build a Next Generation Launch Vehicle" → Department of
  // Space: the body that proposed what was approved is no news of it.)
  if (e.cls === 'organisation' && PROPOSAL_OF_BEFORE.test(near)) return false;
  // ("implemented by the _____ and IIM-Bodh Gaya" → General Administration Department, "employees
  // under the _____" → Scheduled Tribes Development Department, "retained at the _____,
  // Thiruvananthapuram" → Government Medical College: a state's department or a generic
  // institution, named by its everyday words, is the machinery of the news, not its fact.)
  if (e.cls === 'organisation' && GENERIC_BODY.test(e.text)) return false;
  // ("in the Pradhan Mantri _____ scheme" → Kisan Nidhi: the words after a scheme's opening office
  // are the rest of its name, no whole answer.)
  if ((e.cls === 'term' || e.cls === 'person' || e.cls === 'organisation') && /\b(?:Pradhan\s+Mantri|Mukhya\s+Mantri|Rashtriya)\s+$/.test(near)) return false;
  // ("held talks at _____ with Chile's President …" → Hyderabad House: where leaders met is the
  // visit's arrangement; who met and what they agreed are its news.)
  if ((e.cls === 'term' || e.cls === 'place' || e.cls === 'organisation') && /\b(?:held|hold|holding)\s+(?:bilateral\s+|delegation-level\s+|wide-ranging\s+|extensive\s+)?(?:talks|discussions|a\s+meeting)\s+at\s+(?:the\s+)?$/.test(near)) return false;
  // ("would sail for the _____" → Sea Phase, "The Harbour Phase is scheduled from _____": an
  // exercise's phases and their days are its programme, no fact of it.)
  if ((e.cls === 'term' && /\sPhase$/.test(e.text)) || (e.cls === 'date' && /\bPhase\s+(?:is|was|will\s+be)\s+(?:scheduled|planned|slated)\s+(?:from|for|on|between)\s+$/.test(near))) return false;
  // ("staff working in 18 _____" → Model Pre-Schools: things counted, named in the plural, are a
  // kind; the count is the fact.)
  if ((e.cls === 'term' || e.cls === 'person' || e.cls === 'organisation') && /\p{Ll}s$/u.test(e.text) && /(?:^|\s)\d[\d,]*\s+$/.test(near)) return false;
  // ("approved 38 posts of _____" → Assistant Land Property Officer, "the appointment of _____" →
  // Protection Officers: posts created, by their title, are the decision's detail; how many is.)
  if ((e.cls === 'term' || e.cls === 'person') && (/\d[\d,]*\s+(?:new\s+)?(?:posts?|vacancies)\s+of\s+$/.test(near) || /\s(?:Officers|Inspectors|Constables|Teachers|Assistants|Clerks|Workers)$/.test(e.text))) return false;
  // ("in Eugene, _____, he became …" → US: the country or state after a town only says where
  // the town is.)
  if (locatesTown(e, s)) return false;
  // ("Security was heightened across the city, with … school closures in _____", "the bodies were
  // sent to _____ for DNA profiling": the day's arrangements.)
  if (NAME_CLASSES.has(e.cls) && ARRANGEMENTS.test(s.text)) return false;
  if (e.cls === 'place' && TELLING_VENUE.test(near)) return false;
  // ("Modi also called Tanzania an important partner in the _____": a leader's compliment, no fact.)
  if (CALLED_PARTNER_BEFORE.test(near)) return false;
  // ("The PM landed in _____ at 10.45 am and then flew to Sonamarg": the hour's itinerary.)
  // ("The Prime Minister flew down to _____ after attending the swearing-in": or by the event before.)
  if (e.cls === 'place' && ITINERARY_BEFORE.test(near) && (CLOCK_TIME.test(s.text) || /^\s+(?:soon\s+|shortly\s+)?after\s+(?:attending|addressing|the|a|his|her)\b/.test(tail))) return false;
  // ("Rajnath Singh commended the "_____" of the _____ and all stakeholders": what or whom someone
  // praised is their praise, not the news.)
  if (e.cls !== 'number' && e.cls !== 'date' && PRAISED_BEFORE.test(near)) return false;
  return true;
}

function blankablePart9(e: Blank, s: Sentence, head: string, near: string, tail: string): boolean {
  // ("in achieving what he called a “_____”" → landmark: someone's word for it is their view.)
  // (Not a thing called by its quoted name: "the joint drill, called “_____”" → Sampriti.)
  if (/\b(?:called|calls|termed|terms|described|describes)\s+(?:(?:it|this)\s+(?:as\s+)?(?:an?\s+|the\s+)?|(?:as\s+)?(?:an?\s+|the\s+))["“‘']$/.test(near)) return false;
  // (Nor a count or a slogan a feeling repeats: "expressed happiness over the addition of _____
  // Ramsar sites", "acknowledged the launch as a proud moment and a sign of the country's _____ push".)
  if ((e.cls === 'number' || e.cls === 'term') && FEELING.test(s.text)) return false;
  // ("in Economic Participation and _____" → Opportunity, "a Rocket and _____" → Space Craft
  // Propulsion Expert: a word and a phrase of words joined by a bare "and" are halves of one
  // name; "Chrome and Firefox", a word each, are two.)
  // ("the National Enforcement Management Information System and _____" → Intelligence System:
  // one head word for both halves.)
  const words = (x: Entity) => x.text.split(/\s+/).length;
  const lastWord = (x: Entity) => x.text.slice(x.text.lastIndexOf(' ') + 1);
  // ("a new component namely Biomanufacturing and _____" → Biofoundry: two capitalised words
  // joined by "and" after one thing's kind and "namely" or "called" are its one name; "moved to
  // Chrome and Firefox" names two.)
  const oneNamed = (a: Entity) => words(a) === 1 && words(e) === 1 && ONE_THING_NAMED.test(s.text.slice(Math.max(0, Math.min(a.start, e.start) - 40), Math.min(a.start, e.start)));
  if (e.cls === 'term' && s.entities.some((o) => o !== e && o.cls === 'term' && ((words(o) === 1) !== (words(e) === 1) || lastWord(o) === lastWord(e) || oneNamed(o)) && (/^\s+(?:and|&)\s+$/.test(s.text.slice(o.end, e.start)) || /^\s+(?:and|&)\s+$/.test(s.text.slice(e.end, o.start))))) return false;
  // ("An aggregate of _____ exit polls predicted that the Congress would win …": who forecast
  // what is no fact, nor how many of them.)
  if ((isFigure(e) && PREDICTED_AFTER.test(tail.slice(0, 60))) || PREDICTED_BEFORE.test(head)) return false;
  // ("… Entrance Test for Undergraduates (NEET-UG) _____" → 2024: a year right after a name is
  // its edition, the name's own.)
  if ((e.cls === 'date' || e.cls === 'number') && /^(?:19|20)\d\d$/.test(e.text) && (/\)\s+$/.test(near) || s.entities.some((o) => o.cls !== 'date' && o.cls !== 'number' && /^\s+$/.test(s.text.slice(o.end, e.start)) && o.end < e.start)) && !MONTH_BEFORE.test(near)) return false;
  // ("over 240, with some reports suggesting up to _____": what some say, not what is known.)
  if (isFigure(e) && HEDGED_BEFORE.test(near)) return false;
  // ("commissioned … in the presence of the _____" → Raksha Mantri: who looked on is no news.)
  // ("in presence of Union Ministers of State for Health Anupriya Patel and _____": every one of them.)
  if (/\bin (?:the )?(?:august\s+)?presence of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.]*\s+){0,3}$/u.test(near) || (e.cls === 'person' && /\bin\s+(?:the\s+)?presence\s+of\b[^.;()]{0,200}$/.test(head.slice(-220)))) return false;
  // ("commissioned on _____ Dec 24" → 09: the day of a date the analyser did not read whole.)
  if (e.cls === 'number' && /^\d{1,2}$/.test(e.text) && /^\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/.test(tail)) return false;
  // ("The ceremony kicked off with an impressive joint _____ comprising … Russia's _____": how the
  // ceremony went is no news, whatever it names.)
  if (NAME_CLASSES.has(e.cls) && CEREMONY_SUBJECT.test(s.text)) return false;
  // ("… said the mission would place _____ among the six leading nations": what someone says
  // would or might happen is their claim, no fact to learn.)
  if (/\b(?:would|could|may|might)\b/.test(head) && SAID_WOULD_BEFORE.test(head)) return false;
  // (Not a court's: "The Supreme Court has said that the President must take a decision within
  // _____" is its ruling.)
  if (/\b(?:needs?|should|must|ha(?:s|ve) to|ought)\b/.test(head) && SAID_OUGHT_BEFORE.test(head) && !COURT_SAID.test(head)) return false;
  // ("The _____ Chief Minister said the Centre should have notified the rules …": nor who voiced it.)
  if (NAME_CLASSES.has(e.cls) && SAYS_OUGHT_AFTER.test(tail)) return false;
  if (e.cls === 'person' && ((near.includes('chaired by') && CHAIRED_BY.test(near)) || ANNOUNCED_FOR.test(tail) || ANNOUNCED_AND_FOR.test(tail))) return false;
  // ("The _____ announced the news in a tweet saying, “…”" → Ministry of Defence: who passed the
  // news on, in whatever words.)
  // ("Regarding the development, the _____, in a press note, stated, “…”": who said it in writing.)
  if (NEWS_PASSED_ON.test(tail) || WROTE_IN_NOTE.test(tail)) return false;
  // "… each year before the _____ and Dussehra holidays": a festival that dates something.
  if (e.cls === 'term' && /\b(?:before|during|ahead of|after|around)\s+(?:the\s+)?$/i.test(near) && /^(?:\s+and\s+\p{Lu}[\p{L}-]*)?\s+(?:holidays?|festivities|festive season|celebrations|season)\b/u.test(tail)) return false;
  // "During Prime Minister _____'s day-long visit to Lumbini, …": whose visit it was sets the
  // scene; what was agreed on it is the news.
  if (e.cls === 'person' && VISIT_AFTER.test(tail) && /\b(?:[Dd]uring|[Oo]n|[Aa]head of|[Aa]fter|[Bb]efore|[Ff]or)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.]*\s+){0,3}$/u.test(near)) return false;
  // "Briefing media after the cabinet meeting in _____, the Minister said …": where the telling
  // happened is no fact.
  if (TELLING_OPENING.test(head)) return false;
  // (However long the opening runs, commas in a name in it: "Speaking to reporters on the sidelines
  // of … Innovation Conclave (ESTIC-2025) in _____, Narayanan stressed …".)
  if (LONG_TELLING_OPENING.test(head) && TELLER_AFTER.test(tail)) return false;
  // "Briefing media in New Delhi, Minister _____ said …": who briefed is the telling too.
  if (e.cls === 'person' && TELLING_CLAUSE.test(head) && /^\s+(?:said|announced|informed|told|stated)\b/.test(tail)) return false;
  // "Senior advocates Abhishek Singhvi and _____ represented the state": who argued a case is
  // the court's record, not the news.
  if (e.cls === 'person' && (COUNSEL_BEFORE.test(s.text.slice(Math.max(0, e.start - 120), e.start)) || COUNSEL_AFTER.test(tail))) return false;
  // "an improvement from 159th in _____": the year dates a figure beside it, not the news.
  if ((e.cls === 'date' || e.cls === 'number') && /^(?:18|19|20)\d\d$/.test(e.text) && /\b(?:\d+(?:st|nd|rd|th)|\d[\d.,]*(?:\s*(?:%|per ?cent))?|than)\s+in\s+$/.test(near)) return false;
  // ("on 01 _____" → May 2022: the month and year of a date whose day stands before the blank.)
  if (e.cls === 'date' && /^\p{Lu}/u.test(e.text) && /(?:^|\s)\d{1,2}\s+$/u.test(near)) return false;
  if (e.cls === 'number' && /^\d{1,2}$/.test(e.text) && MONTH_AFTER.test(tail)) return false;
  // "on _____ and 20": one day of two.
  if (e.cls === 'date' && /^\s+and\s+\d{1,2}\b/.test(tail)) return false;
  // "at 9.58 am", "16 minutes after lift-off": the clock time and the minutes of an event are
  // its telling, not a figure a student keeps.
  // (Not "14,000 PM Shri schools": "PM" before a name is the Prime Minister's.)
  if (e.cls === 'number' && /^\s*(?:[ap]\.?m\.?|hrs|hours IST|IST)\b/i.test(tail) && !/^\s*[AP]M\s+\p{Lu}\p{Ll}/u.test(tail)) return false;
  if ((e.cls === 'number' || e.cls === 'date') && /\b(?:seconds?|minutes?|hours?)$/i.test(e.text)) return false;
  // ("adjourned till _____" (5 p.m.): a clock time read as a date is no fact either.)
  if ((e.cls === 'number' || e.cls === 'date') && /\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)$/i.test(e.text)) return false;
  // "at around 10:30 a.m. _____" (PDT): the zone of a clock time is the telling too.
  if (e.cls !== 'number' && e.cls !== 'date' && /^\p{Lu}{2,4}$/u.test(e.text) && /\d\s*(?:a\.?m\.?|p\.?m\.?)\s*$/i.test(near)) return false;
  // ("at approximately 3 _____" (PM IST): the half-day and zone of an hour, read as a name.)
  if (e.cls !== 'number' && e.cls !== 'date' && /^(?:AM|PM|A\.M\.|P\.M\.)(?:\s+\p{Lu}{2,4})?$/u.test(e.text) && /\d\s*$/.test(near)) return false;
  // "between 4:30 am and 5:30 am": a clock time, however written, is the telling too.
  if ((e.cls === 'number' || e.cls === 'date') && /\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?|hrs)\b/i.test(e.text)) return false;
  // Inside a long quotation the words are someone's telling, not the article's fact; inside a
  // forecast ("We expect every habitation to have a house by _____") what someone hopes for.
  const quote = quoteAround(s.text, e.start);
  // (An official statement quoted is the body's record of fact: "“The newly described species,
  // Hasarius kolkataensis, belongs to the family Salticidae,” the statement added.")
  if (quote !== null && (FORECAST_WORDS.test(quote) || (quote.split(/\s+/).length > QUOTE_WORDS && !statementOfRecord(quote, s.text)))) return false;
  // "The MoU was signed by …": a common noun's short form names nothing.
  if (COMMON_ABBREVIATION.test(e.text)) return false;
  // ("The bench had reserved the judgment on _____", "was shifted to the ICU on _____", "data for
  // April will be released on _____": the date of a step along the way is no fact to keep. Read in
  // the date's own clause, on both sides of it: "who was admitted to a hospital …, passed away
  // _____" is the death; "The prosecution on _____ concluded the arguments" a step.)
  // ("The Supreme Court had, on _____, reserved its verdict …": a date set off by commas belongs to
  // the clause after them.)
  if (e.cls === 'date' && PROCEDURAL_DATE.test(`${dateClause(near)} _ ${(/,\s*(?:on|in)\s+$/.test(near) ? tail.replace(/^\s*,/, '') : tail).split(/[,;]/)[0]}`)) return false;
  // ("_____ were held in 292 constituencies" → Elections: an everyday word capitalised only as the
  // sentence opens is no name.)
  if (e.cls === 'term' && e.start === 0 && /^\p{Lu}\p{Ll}+$/u.test(e.text) && (isCommonWord(e.text.toLowerCase()) || isCommonWord(e.text.toLowerCase().replace(/s$/, '')))) return false;
  // ("Over two _____ Memoranda" → dozen; "at around _____0pm" (7.40pm, read apart): half a figure.)
  if (e.cls === 'number' && (/^(?:dozen|score|hundred|thousand|lakh|crore|million|billion)s?$/i.test(e.text) || /^\d/.test(tail))) return false;
  // ("_____ or GDP at Current Prices in 2023-24 is estimated …" → Nominal GDP, "the Maha Kumbh Mela
  // or _____": a name restated by its other name beside it gives itself away.)
  if (e.cls === 'term' && ((/^,?\s+or\s+(?:the\s+)?\p{Lu}/u.test(tail) && !/\b(?:either|whether)\s+(?:the\s+)?$/i.test(near)) || /\p{Lu}[\p{L}-]*,?\s+or\s+(?:the\s+)?$/u.test(near))) return false;
  // ("from 4.9% in _____" → Q1, "7 per cent for _____" → FY23: a quarter's, half's or fiscal
  // year's label is the figure's date, no term to learn.)
  if (e.cls === 'term' && /^(?:Q[1-4]|H[12]|FY\s?\d{2,4}(?:[-–]\d{2,4})?)$/.test(e.text)) return false;
  // ("to win a _____ 1000 title" (Super): a term run into a number before its noun is half a name.)
  if (e.cls === 'term' && /^\s\d{1,4}\s+\p{Ll}/u.test(tail)) return false;
  // ("two passengers - _____ (61) and Sharafudheen were killed": a victim named with an age is no
  // one to learn.)
  if (e.cls === 'person' && /^\s*\(\d{1,3}\)/.test(tail) && /\b(?:killed|died|dead|injured|victims?|deceased|passengers|bodies|missing)\b/.test(s.text)) return false;
  // ("justices _____, AM Khanwilkar, DY Chandrachud and Indu Malhotra": one of a roster of four or
  // more people is no fact of its own.)
  if (e.cls === 'person' && inRoster(e, s)) return false;
  // ("The bench, which also comprised Justices A.K. Sen and _____": who sat on a bench
  // beside its head is its make-up, not the ruling.)
  if (e.cls === 'person' && BENCH_MEMBERS.test(s.text.slice(Math.max(0, e.start - BENCH_REACH), e.start))) return false;
  // ("lay centred over _____, around 35km west of _____", "250 kilometres south to southwest of
  // _____": a storm's position in a bulletin is its telling, gone by the next one.)
  if ((e.cls === 'place' || e.cls === 'term') && /\b(?:centred|centered|located)\s+(?:over|near|around)\s+(?:the\s+)?$|\b\d+\s*(?:km|kms|kilometres?|kilometers?)\s+(?:north|south|east|west)[\w-]*(?:\s+to\s+(?:north|south|east|west)[\w-]*)?\s+of\s+$/i.test(near)) return false;
  // (Nor its distances: "_____ east-northeast of Surendranagar".)
  if (e.cls === 'number' && /^(?:\s*(?:km|kms|kilometres?|kilometers?))?\s+(?:north|south|east|west)[\w-]*(?:\s+to\s+(?:north|south|east|west)[\w-]*|\s+[\w-]+)?\s+of\b/i.test(tail)) return false;
  // ("North and South 24 _____" (Parganas): a bare number before a place is the start of its name.)
  if (e.cls === 'place' && /(?:^|[^\d,.])\d{1,3}\s+$/.test(near)) return false;
  return true;
}

function blankablePart10(e: Blank, s: Sentence, near: string, tail: string): boolean {
  // ("a scheme labelled the Prime Minister's _____" → Wi-Fi Access Network Initiative (PM-WANI): a
  // scheme named for the office opens on it; the blank without it is half the name.)
  if ((e.cls === 'term' || e.cls === 'organisation') && /\b(?:Prime\s+Minister|Chief\s+Minister|PM|CM)['’]s\s+$/.test(near) && /^\p{Lu}/u.test(e.text)) return false;
  // ("the _____ traded 295.97 points higher at 81,447.24" → BSE Sensex, "listed … on the _____" →
  // BSE: the exchange or index a market report moves on is its frame; the figure is the news.)
  if ((e.cls === 'organisation' || e.cls === 'term') && MARKET_NAME.test(e.text) && s.entities.some((o) => o !== e && (o.cls === 'number' || o.cls === 'percent' || o.cls === 'money'))) return false;
  // ("hit a high of Rs 1,968.80, up _____", "declined _____ to trade at Rs 1,945.40": a share's
  // moves within a trading day are its ticker, no fact to learn.)
  if ((e.cls === 'percent' || e.cls === 'money') && TRADING_DAY.test(s.text) && /\b(?:(?:up|down|declined|rose|fell|gained|lost|slipped|climbed|jumped|dropped|higher|lower)\s+(?:by\s+)?|hit\s+a\s+(?:high|low)\s+of\s+|to\s+trade\s+at\s+)$/.test(near)) return false;
  // ("the 'Public Administration, _____' category": the end of a quoted title is half its name.)
  // (Quotes, not apostrophes: "Chandigarh's Capitol Complex and _____'s national park".)
  if (e.cls !== 'number' && e.cls !== 'date' && /^[’'"”](?!s\b)/.test(tail) && /[\p{L}\d]/u.test(/(?:^|[\s([])[‘'"“]([^‘'"“’”]*)$/u.exec(near)?.[1] ?? '')) return false;
  // "The 2024 Nobel Prize in _____" (Physics): the field without its prize is the other half.
  if (e.cls !== 'number' && e.cls !== 'date' && /\b(?:Prize|Award|Medal)s?\s+(?:in|for)\s+$/.test(near)) return false;
  // "the 2023 Nobel Prize in Literature": the prize without its field is half its name.
  if (/\b(?:Prize|Award|Medal)$/.test(e.text) && /^\s+(?:in|for)\s+\p{Lu}/u.test(tail)) return false;
  // "the Global Hunger Index 2024", "the 2016 U.S. election": a year naming an edition is part of
  // the name, not the news.
  if ((e.cls === 'date' || e.cls === 'number') && /^(?:18|19|20)\d\d$/.test(e.text) && s.entities.some((o) => o !== e && (o.end === e.start - 1 || o.start === e.end + 1) && o.cls !== 'date' && o.cls !== 'number')) return false;
  // "the _____ Tourism board" (Malaysia): a name run on by a capitalised word no entity holds is
  // the start of a longer name.
  // So is one before "and" and capitalised words no entity holds ("the _____ and Dental Colleges
  // Admission Rules": Telangana Medical).
  const next = /^\s+(\p{Lu}\p{Ll}+)\s+\p{Ll}/u.exec(tail) ?? /^\s+(?:and|&)\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}/u.exec(tail);
  // (A share, an amount or a count starts no name: "the 16 per cent Maratha quota", "seven
  // Memorandum of understanding" ask their figure.)
  // (Nor an event's edition: "the 45th Chess Olympiad" asks which one.)
  const amount = e.cls === 'percent' || e.cls === 'money' || (e.cls === 'number' && !/^\d{4}$/.test(e.text)) || (e.cls === 'ordinal' && EDITION_OF_EVENT.test(tail));
  if (next && !amount && !s.entities.some((o) => o.start <= e.end + next[0].lastIndexOf(next[1]) && o.end > e.end + next[0].lastIndexOf(next[1]))) return false;
  // "The recently released _____ Chrome" (Google): a name run straight into another the analyser
  // read apart is the first word of one product's or body's name.
  // (Not an amount: "a Rs 25,060-crore Export Promotion Mission" asks its outlay.)
  if (e.cls !== 'person' && e.cls !== 'date' && !amount && s.entities.some((o) => o.start === e.end + 1 && (o.cls === 'term' || o.cls === 'organisation') && s.text[e.end] === ' ')) return false;
  // "indigenous steel _____ A and …" (DMR 249): a capital letter standing alone after a name is
  // the end of it.
  if (e.cls !== 'person' && e.cls !== 'date' && /^\s+(?!I\b)\p{Lu}(?:\s+\p{Ll}|[,.;]|$)/u.test(tail)) return false;
  // "overruling India Cements vs _____ (1989)": one party of a case's name is half of it.
  if (e.cls !== 'number' && e.cls !== 'date' && (/\b(?:vs?\.?|versus)\s+(?:the\s+)?$/i.test(near) || /^\s+(?:vs?\.?|versus)\s+\p{Lu}/u.test(tail))) return false;
  // "stole the Gold away from _____'s Ririka Hironaka": a person's country, said in passing, only
  // tells whose side they are on.
  if (e.cls === 'place' && e.placeKind === 'country' && /^['’]s?\s/.test(tail) && s.entities.some((o) => o.cls === 'person' && o.start > e.end && o.start <= e.end + 4)) return false;
  // "a coveted spot for the Paris 2024 _____" (Olympics): a name a place and its year open.
  if (e.cls !== 'number' && e.cls !== 'date' && /\p{Lu}\p{Ll}+\s+(?:19|20)\d\d\s+$/u.test(near)) return false;
  // "Earth-sized", "US-based", "Delhi-born": an adjective made from a name, not the name.
  if (ADJECTIVE_FROM_NAME.test(e.text)) return false;
  // "1987, 1999, 2003": part of a list is no answer (the rest of it stays in the prompt).
  // ("March 4, 2011" is one date, not a list.)
  if (e.cls === 'date' && /\b\d{4}(?:,\s+|\s+and\s+)\d{4}\b/.test(e.text)) return false;
  // ("three phases on _____, and October 1" → September 18, September 25: days of a list, two of
  // them read as one date.)
  if (e.cls === 'date' && (DAY_LIST.test(e.text) || DAY_BEFORE.test(near) || DAY_AFTER.test(tail))) return false;
  if (e.cls === 'number' && /\d,\s+\d|\d\s+and\s+\d/.test(e.text)) return false;
  // One end of a range ("December 6 to 8", "2019-2021", "between 10 and 12"): the blank asks
  // half of a fact.
  if ((e.cls === 'date' || e.cls === 'number' || e.cls === 'percent' || e.cls === 'money') && inRange(e, s.text)) return false;
  // "After _____ an hour" (nearly half): a share of a unit leaves half its phrase behind.
  if (e.cls === 'number' && /\bhalf$|\bquarter$|\bthird$/i.test(e.text) && /^\s+(?:an?|of\s+an?)\s+(?:hour|minute|day|week|month|year|century|decade|mile|kilometre|kilometer)\b/i.test(tail)) return false;
  // "17 minutes and 46 seconds": half of one duration is no answer.
  if ((e.cls === 'number' || e.cls === 'date') && (COMPOUND_AFTER.test(tail) || COMPOUND_BEFORE.test(near))) return false;
  // "bands such as The _____" (Velvet Underground): a capital "The" mid-sentence is the name's own.
  if (e.cls !== 'number' && e.cls !== 'date' && near.includes('The') && /\S\s+The\s+$/.test(near) && !/[.!?:"“]\s+The\s+$/.test(near)) return false;
  // "improvement in the past _____" (one year): a span counted back from the article's day.
  if ((e.cls === 'number' || e.cls === 'date') && /\b(?:(?:in|over|during)\s+the\s+(?:past|last|previous|next|coming|following)|(?:for|within)\s+the\s+(?:next|coming|following))\s+$/i.test(s.text.slice(Math.max(0, e.start - 30), e.start))) return false;
  // "a tenure of little _____" (over seven months): the blank would leave half the amount.
  if ((e.cls === 'number' || e.cls === 'date') && /\blittle\s+$/.test(s.text.slice(Math.max(0, e.start - 10), e.start))) return false;
  // "the two leaders" is a reference, not a count.
  if (e.cls === 'number' && /\bthe\s+$/i.test(near)) return false;
  if (e.cls === 'number' && /^(one|two|a|an)$/i.test(e.text)) return false;
  // "the women's _____ steeplechase" (3000m), "the _____ air rifle" (10m): a distance or weight
  // written on its figure names the event after it.
  if (e.cls === 'number' && /^\d[\d.,]*(?:m|km|kg|cm|mm)$/.test(e.text) && nounAfter(s, e.end)) return false;
  // ("the fiercely competitive _____ kg women's wrestling category" (53): the unit apart.)
  if (e.cls === 'number' && EVENT_AFTER_UNIT.test(tail)) return false;
  // "soldiers of the 122 _____ of the Territorial Army" (Infantry Battalion): a number before a
  // name is the name's own.
  if (e.cls !== 'number' && e.cls !== 'date' && e.cls !== 'money' && e.cls !== 'percent' && /\bthe\s+\d+\s+$/i.test(near)) return false;
  // "the surrounding 2 km": a lone digit is read in every other figure of a sheet.
  if (e.cls === 'number' && /^\d$/.test(e.text)) return false;
  // "the _____ 2023" (Union Budget), "the _____ 2024" (Global Hunger Index): the name without
  // its edition is half of it.
  // ("Alyssa Healy's maiden _____ hundred" → ODI: a cricket format is which kind of match, no name.)
  if (/^(?:ODIs?|T20Is?|T20s?|Tests?)$/.test(e.text)) return false;
  // ("In West Bengal capital _____, people rushed out …" → Kolkata: a state's capital every reader knows.)
  if (e.cls === 'place' && /\b(?:state\s+)?capital,?\s+$/.test(near) && stateKnownOf(e.canonical)) return false;
  // ("The accident site is _____ km from here.": how far from a "here" the card cannot place.)
  if (e.cls === 'number' && /^\s*(?:km|kms|kilometres?|kilometers?|miles)\s+(?:away\s+)?from\s+here\b/.test(s.text.slice(e.end))) return false;
  // ("While the second _____ was stretched to the fifth morning" → Test: an everyday word after an
  // ordinal names which match of a series, no name to learn.)
  if (e.cls === 'term' && /^\p{Lu}\p{Ll}+$/u.test(e.text) && isCommonWord(e.text.toLowerCase()) && /\b(?:first|second|third|fourth|fifth|sixth|seventh|final|last|opening|\d+(?:st|nd|rd|th))\s+$/i.test(near)) return false;
  // ("in the _____ district of Ussiriysk" → Eastern Russian: a people's adjective before a noun
  // says what kind of district, no name to learn.)
  if (e.cls === 'term' && countryOfDemonym(e.text.split(/\s+/).pop() ?? '') && !countryNamed(e.text) && /^\s+\p{Ll}/u.test(tail)) return false;
  // (Not a drill's name before its year: "The joint military exercise, known as _____ 2016" → Indra.)
  if ((e.cls === 'organisation' || e.cls === 'term') && /^\s+(?:19|20)\d\d\b(?!\s*(?:[-–]|to\b))/.test(tail) && !/\b(?:exercises?|operation|drill|wargames?)(?:,\s+|\s+)(?:(?:known\s+as|named|called|code-?named|dubbed)\s+)?$/i.test(near)) return false;
  // ("The Henley Passport Index for _____ has been released" → 2024: the year of an index's
  // edition is part of its name, no fact of the sentence.)
  if ((e.cls === 'date' || e.cls === 'number') && /^(?:19|20)\d\d$/.test(e.text) && (EDITION_YEAR_BEFORE.test(near) || (/\b[Tt]he\s+$/.test(near) && /^\s+(?:survey|report|index|edition|census|round|ranking|rankings)\b/i.test(tail)))) return false;
  // ("Tamil Nadu recorded 157 vultures, Kerala 125 and _____" → "Karnataka 106": a place and its
  // count read as one name is neither.)
  const counted = e.cls === 'term' || e.cls === 'organisation' ? PLACE_THEN_COUNT.exec(e.text)?.[1] : undefined;
  if (counted && (regionNamed(counted) || countryNamed(counted) || cityNamed(counted))) return false;
  // ("the oldest first-time _____1 in men's doubles" → World No.: a rank's label cut from its figure.)
  if (/\bNo\.?$/.test(e.text) && /^\s?\d/.test(tail)) return false;
  // ("India is one of the _____ to the Convention on Wetlands" → Contracting Parties: everyday
  // words a treaty capitalises name no one in particular.)
  if (e.cls === 'term' && /^(?:Contracting|Member|State|High\s+Contracting)\s+(?:Parties|States|Nations)$/.test(e.text)) return false;
  // "_____ 2.0": the name without its version is half of it.
  if ((e.cls === 'organisation' || e.cls === 'term') && /^\s+\d+\.\d+\b/.test(tail)) return false;
  // "The _____ (Amendment of Provisions) Bill" (Jan Vishwas): the start of a bill's or an act's
  // name, its bracket and all.
  if (e.cls !== 'number' && e.cls !== 'date' && /^\s*\([^()]{1,60}\)\s+(?:Bill|Act|Amendment|Rules|Order|Ordinance)\b/.test(tail)) return false;
  // "the Constitution (One Hundred and Thirty-Second Amendment) Bill": a number inside a name.
  if (e.cls === 'number' && /\p{Lu}[\p{L}-]*\s+\($/u.test(near)) return false;
  // "AIM 2.0", "PAN 2.0", "Chandrayaan 3": a version after a name is part of the name.
  if (e.cls === 'number' && /^\d+(?:\.\d+)?$/.test(e.text) && /\p{Lu}[\p{L}-]*\s$/u.test(near) && !/\b(?:The|A|In|On|At|By|Of|For)\s$/.test(near)) return false;
  // "the … Act, _____" (2023): the year of an Act, Bill or Code is part of its name.
  if ((e.cls === 'date' || e.cls === 'number') && /^(?:18|19|20)\d\d$/.test(e.text) && /\b(?:Act|Bill|Code|Rules|Ordinance|Regulations),\s*$/.test(near)) return false;
  // "after Budget _____" (2025), "Vision _____" (2047): a year after a capitalised word names an edition.
  if (e.cls === 'date' && /^(?:19|20)\d\d$/.test(e.text) && /\S\s+\p{Lu}\p{Ll}+\s$/u.test(near) && !PREPOSITION_OR_MONTH_BEFORE.test(near)) return false;
  // ("There are 42 WGMs in India as of _____" → May 2023, "According to IMD data _____" → from 2009
  // to 2024: the date a count stood at, or the span of the data read, only qualifies the figure.)
  if ((e.cls === 'date' || (e.cls === 'number' && /\b(?:19|20)\d\d\b/.test(e.text))) && (/\bas\s+(?:of|on)\s+$/.test(near) || /\b(?:data|records|figures|statistics|numbers)\s+(?:for\s+|of\s+)?$/.test(near))) return false;
  // ("according to the annual waterfowl census _____" → 2025, "in the general elections _____": a
  // year straight after the noun of a recurring count or event names which edition, no news.)
  if ((e.cls === 'date' || e.cls === 'number') && /^(?:19|20)\d\d$/.test(e.text) && EDITION_NOUN_BEFORE.test(near)) return false;
  // "a book titled Animal Discoveries – _____" (2017): a year after a title's dash is the title's.
  if ((e.cls === 'date' || e.cls === 'number') && /^(?:19|20)\d\d$/.test(e.text) && /\p{Lu}\p{Ll}+\s*[–—-]\s*$/u.test(near)) return false;
  // "Prime Minister _____" (Narendra Modi): the head of the story's own government, named by the
  // bare title, is known to every reader; a foreign one is written with the country ("Japanese
  // Prime Minister …"), a former or a new one with a word that says so.
  if (e.cls === 'person' && (near.includes('Minister') || near.includes('PM')) && BARE_PRIME_MINISTER.test(near)) return false;
  // "children under five were stunted": a number word that counts nothing after it is part of a
  // set phrase; "Fosse, 64, has written": an age in apposition is no news.
  // (Not a limit a rule sets: "the number of non-Muslims … cannot exceed _____".)
  if (e.cls === 'number' && /^[a-z]+$/i.test(e.text) && !nounAfter(s, e.end) && !adjectiveAfter(s, e.end) && !LIMIT_BEFORE.test(near)) return false;
  if (e.cls === 'number' && /^\d{1,3}$/.test(e.text) && /\p{Lu}\p{L}+,\s*$/u.test(near) && /^,/.test(tail)) return false;
  return true;
}

/** "In his media statement following the talks, _____ underscored defence" → Narendra Modi, whom
 *  the story calls "Prime Minister" bare elsewhere: the head of its own government, by any name. */
function homePrimeMinister(e: Entity, ctx: ArticleContext): boolean {
  return e.cls === 'person' && barePrimeMinisters(ctx).has(e.canonical);
}

/** The canonical names the story calls "Prime Minister" bare somewhere: found once per article,
 *  not once per candidate blank (the filter asks for every person in every sentence). */
const BARE_PRIME_MINISTERS = new WeakMap<ArticleContext, Set<string>>();
function barePrimeMinisters(ctx: ArticleContext): Set<string> {
  let found = BARE_PRIME_MINISTERS.get(ctx);
  if (found === undefined) {
    found = new Set(ctx.timeline.filter(({ sentence, entity: o }) => BARE_PRIME_MINISTER.test(ctx.analyzed.sentences[sentence].text.slice(Math.max(0, o.start - NEAR), o.start))).map(({ entity: o }) => o.canonical));
    BARE_PRIME_MINISTERS.set(ctx, found);
  }
  return found;
}

/** Words that open many names and give none away ("National …", "Indian …"). */
const GENERIC_FIRST = /^(?:The|National|International|Indian|Union|Central|State|World|Global|United|New|Great|Grand|Royal|Supreme|High|First|South|North|East|West|Asian|African|European|Lake|Mount|River|Gulf|Bay|Port|Fort|Saint|Lord|King|Queen|Prince|Prime|Chief)$/;

function givesAwayFirstWord(e: Entity, s: Sentence): boolean {
  const words = e.text.split(/\s+/);
  // ("Ministry of Cooperation" beside "Ministry of Parliamentary Affairs": a body's common noun.)
  if (words.length < 2 || !/^\p{Lu}\p{Ll}{3,}$/u.test(words[0]) || GENERIC_FIRST.test(words[0]) || ORGANISATION_WORDS.has(words[0].toLowerCase()) || KIND_NOUNS.has(words[0].toLowerCase())) return false;
  // (Not an everyday word inside another name: "Defence Research and Development Organisation"
  // beside "the Phase-II Ballistic Missile Defence system" gives nothing away. One that opens
  // another name does, "the _____ and Padma Shri awards" → Padma Bhushan, and so does a name's
  // own word anywhere: "… on the occasion of _____" → Vishwakarma Jayanti beside "PM Vishwakarma".)
  const everyday = isCommonWord(words[0].toLowerCase());
  return wholeWordSpans(s.text, words[0]).some(([at, end]) => (at < e.start || at >= e.end) && !(everyday && s.entities.some((o) => o !== e && o.start < at && o.end >= end)));
}

function salience(e: Entity, ctx: ArticleContext): number {
  const key = normalizeKey(e.canonical);
  const named = e.cls === 'person' || e.cls === 'place' || e.cls === 'organisation';
  // "over two years", "for five years": how long something runs says less than what it is.
  const span = e.cls === 'number' && /^(?:over|for|within|in|during)\s.*\b(?:days?|weeks?|months?|years?)$/i.test(e.text);
  const base = named ? 0.5 : e.cls === 'term' ? 0.45 : span ? 0.36 : 0.4;
  return Math.min(0.7, base + 0.03 * (ctx.mentions.get(key) ?? 0) + (ctx.prominent.has(key) ? 0.05 : 0) + (headlineKindOf(e, ctx) ? HEADLINE_KIND_BONUS : 0));
}

/** "Chhattisgarh Government Announces Plan For A New Tiger Reserve" over "… decided to notify Guru
 *  Ghasidas-Tamor Pingla Tiger Reserve …": the name of the thing the headline tells of by its kind
 *  alone is the news, before the bodies that recommended it. */
function headlineKindOf(e: Entity, ctx: ArticleContext): boolean {
  if (e.cls !== 'place' && e.cls !== 'organisation' && e.cls !== 'term') return false;
  const words = e.text.split(/\s+/);
  if (words.length < 3 || !/^\p{Lu}\p{Ll}{3,}$/u.test(words[words.length - 1])) return false;
  const kind = words.slice(-2).join(' ').toLowerCase();
  const title = ` ${ctx.analyzed.article.title.toLowerCase()} `;
  return /^\p{L}+ \p{L}+$/u.test(kind) && title.includes(` ${kind} `) && !title.includes(e.text.toLowerCase());
}
const HEADLINE_KIND_BONUS = 0.1;

/** Whether an entity is one end of a range: "December 6 to 8", "2019–2021", "between 10 and
 *  12". A change ("rose from 4% to 6.5%") is not a range: each end is a fact of its own. */
function inRange(e: Entity, text: string): boolean {
  const before = text.slice(Math.max(0, e.start - 60), e.start);
  const after = text.slice(e.end, e.end + 60);
  if (/\d\s*[-–—]\s*$/.test(before) || /^\s*[-–—]\s*\d/.test(after)) return true;
  // "aged six months to five years": a range written in words and units.
  // (Not "fell for the third straight week to _____": a count of units, not an ordinal.)
  if (/\b(?:\d[\d.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\s+(?:days?|weeks?|months?|years?)\s+to\s+$/i.test(before)) return true;
  // ("four to six degrees": a range written in words.)
  if (e.cls === 'number' && NUMBER_WORD_ONLY.test(e.text) && (WORD_RANGE_BEFORE.test(before) || WORD_RANGE_AFTER.test(after))) return true;
  // ("improved its HDI value from 0.676 in 2022 to 0.685 in 2023": a change over years, each
  // value a fact of its own year.)
  // ("fell from 39 per 1,000 live births in 2014 to _____ in 2021", "from 130 in 2014–16 to": a
  // rate's unit and a span of years, however dashed, too.)
  if (/\bfrom\s+\S+(?:\s+per\s+[\d,]+(?:\s+[\p{L}-]+){0,3})?\s+in\s+(?:19|20)\d\d(?:[-–]\d\d)?\s+to\s+$/u.test(before)) return false;
  // ("cut the rate by 0.25% to 6.25%": a change and the level it came to, two facts.)
  if (/\bby\s+(?:about\s+|around\s+|nearly\s+)?[^\s\d]*\d\S*\s+to\s+$/.test(before) || (/\bby\s+(?:about\s+|around\s+|nearly\s+)?$/.test(before) && /^\s+to\s+[^\s\d]*\d/.test(after))) return false;
  const endOfTo = /(\S+\s+)?[^\s\d]*\d\S*\s+(?:to|through|till|until)\s+$/.exec(before);
  if (endOfTo && !/^from\s/i.test(endOfTo[1] ?? '')) return true;
  // ("from February 5 to 7", "from 10 am to 2 pm": days and times from … to … are one span.)
  if (/^\s+to\s+\d/.test(after) && (!/\bfrom\s+(?:\S+\s+)?$/i.test(before) || e.cls === 'date')) return true;
  // ("bonds purchased from April 12, 2019, to February 15, 2024": a span of days, a comma and all.)
  if (e.cls === 'date' && /\bfrom\s+$/i.test(before) && /^,?\s+(?:to|through|till|until)\s+(?:\d|\p{Lu}\p{Ll}+\.?\s+\d)/u.test(after)) return true;
  return (/\bbetween\s+$/i.test(before) && /^\s+and\s+\S*\d/.test(after)) || /\bbetween\s+[^\s\d]*\d\S*\s+and\s+$/i.test(before);
}

/** "Google _____" (Chrome), "Doctor Who _____" (Society of Canada): a thing's name right after a
 *  capitalised word is the end of a longer name the analyser split (a person's may follow a
 *  title: "Chief Minister _____"). */
function afterNamePart(e: Entity, s: Sentence): boolean {
  if (e.cls === 'date' || e.cls === 'number' || e.cls === 'money' || e.cls === 'percent') return false;
  // ("the India-Kyrgyzstan Joint Special Forces _____" → Exercise Khanjar: the words before a drill's
  // or an operation's name describe it; see analyze/operation-names.ts.)
  if (/^(?:Exercise|Operation)\s+\p{Lu}/u.test(e.text)) return false;
  const before = /(\S+)\s$/.exec(s.text.slice(Math.max(0, e.start - 40), e.start));
  // ("the U.S. _____" (Geological Survey): a dotted short form starts a name too; "the defence
  // PSU _____" a common noun's short form does not.)
  // ("the Kolkata-headquartered _____": an adjective made from a name starts no longer name.)
  if (!before || !/^\p{Lu}[\p{L}.-]*$/u.test(before[1]) || NOT_NAME_PART.test(before[1]) || ADJECTIVE_FROM_NAME.test(before[1]) || COMMON_NOUN_SHORT_FORMS.has(before[1])) return false;
  // A person's name may follow a title ("Chief Minister _____", "Dr. _____"), not another name
  // ("World Athletics _____", the analyser's "Continental Tour").
  const word = before[1].replace(/\.$/, '');
  // ("Queen _____" → Elizabeth, "Pope _____" → Francis: the one name a monarch or a pontiff goes
  // by is a fragment of their name without the title.)
  if (e.cls === 'person' && MONARCH_TITLE.test(word) && !/\s/.test(e.text)) return true;
  if (e.cls === 'person' && (isTitleWord(word.toLowerCase()) || /^\p{Lu}{2,}$/u.test(word) || /^(?:\p{Lu}\.)+$/u.test(before[1]))) return false;
  // The sentence's first word is capitalised anyway.
  return s.text.slice(0, e.start).trim().split(/\s+/).length > 1;
}
const MONARCH_TITLE = /^(?:Queen|King|Prince|Princess|Emperor|Empress|Pope|Sultan|Emir|Tsar|Czar)$/;
const NAME_CLASSES = new Set<Entity['cls']>(['person', 'place', 'organisation', 'term']);

/** " - Pune route": a name after a spaced dash ("Waitangi Day - February 6 -" sets off a day). */
const DASH_NAME_AFTER = new RegExp(`^\\s+[-–]\\s+(?!${MONTH_ALTERNATION}\\b)\\p{Lu}`, 'u');

/** "Doctoral and _____" (Postdoctoral Fellowships), "Electricity, Gas, _____" (Water Supply …),
 *  "_____ and Broadcasting" (Ministry of Information): capitalised words that are no name of
 *  their own, joined to the blank by "and" or a list's commas, are the rest of its name; so
 *  is a name joined by a spaced dash; and "the 15th _____" (Finance Commission) is an edition's
 *  name cut from its number. */
function halfOfJoinedName(e: Entity, s: Sentence): boolean {
  if (!NAME_CLASSES.has(e.cls)) return false;
  const head = s.text.slice(0, e.start);
  // ("_____ and Asian Games gold medallist" → Commonwealth: one word of two events sharing their
  // kind, which the second names.)
  if (!/\s/.test(e.text) && SHARED_EVENT_KIND_AFTER.test(s.text.slice(e.end, e.end + 60))) return true;
  if (e.cls !== 'person' && /\b\d+(?:st|nd|rd|th)\s+$/.test(head)) return true;
  // ("Guru Ghasidas - _____" (Tamor Pingla Tiger Reserve): two names joined by a spaced dash are one.)
  if (/\p{Lu}[\p{L}.'’]*\s+[-–]\s+$/u.test(head) || DASH_NAME_AFTER.test(s.text.slice(e.end))) return true;
  // ("the Sairang (Aizawl)–_____ (Anand Vihar Terminal) Rajdhani Express": nor one end of a route an
  // unspaced dash joins, after a name or its bracket, or before another.)
  if (/(?:\p{Lu}[\p{L}.'’]*|\))[-–]$/u.test(head) || /^(?:\s*\([^()]{1,40}\))?[-–]\p{Lu}/u.test(s.text.slice(e.end))) return true;
  const free = (start: number) => !s.entities.some((o) => o !== e && start >= o.start && start < o.end);
  // (Never the sentence's first word: "However, _____ said".)
  const before = /(?<=\S\s+)(\p{Lu}[\p{L}-]*)(?:\s+and|,\s+\p{Lu}[\p{L}-]*,)\s+$/u.exec(head);
  // (Only a name of several words, whose head the joined word shares: a word alone beside
  // another, "Kansai and _____" (Kyushu), is a name of its own the analyser missed.)
  if (!/\s/.test(e.text)) return false;
  if (before && free(before.index)) return true;
  const after = /^\s+and\s+(\p{Lu}[\p{L}-]*)/u.exec(s.text.slice(e.end));
  return !!after && free(e.end + after[0].length - after[1].length);
}

/** ", said Union Minister for … " right before a name: its teller. */
const BRIEFING_TELLER_BEFORE = /\bsaid\s+(?:the\s+)?(?:\p{Lu}[\p{L}&-]*\s+|(?:of|for|and|&)\s+){1,8}$/u;
/** "The Cabinet on Wednesday approved …": a body's decision, which a minister then tells. */
// (Not a national one: "the India Meteorological Department".)
const GENERIC_BODY = /^(?:the\s+)?(?!(?:India|Indian|National|Central|Union)\s)(?:(?:\p{Lu}\p{Ll}+|and|&)\s+){1,5}Department$|^(?:the\s+)?Government\s+(?:Medical|Engineering|Arts|Degree|Dental|Ayurveda|Law)\s+College$|^(?:the\s+)?(?:Government|District|Civil|General|Sub-Divisional|Community)\s+Hospital$/u;

/** " confirmed that the Prime Minister has approved …": a decision told by someone who did not take it. */
// ("Minister _____ on Wednesday elaborated an array of projects that received the Cabinet's
// approval": or who set out what the Cabinet approved.)
const TOLD_DECISION_AFTER = /^\s+(?:also\s+)?(?:confirmed|announced|said|informed|stated|told\s+reporters)\s+(?:that\s+)?(?:the\s+)?(?:Prime Minister|PM|Union Cabinet|Cabinet|Centre|Union\s+government|government)\s+(?:today\s+|on\s+\p{Lu}\p{Ll}+\s+)?(?:has\s+|had\s+)?(?:approved|cleared|decided|given|okayed|sanctioned)\b|^\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:elaborated|detailed|listed|outlined|explained|briefed\s+(?:the\s+)?(?:media|reporters)\s+on)\b[^.;]{0,60}\b(?:Cabinet|approv\w*)\b/u;
const REACTIONS_POURED = /\b(?:tributes|condolences|wishes|congratulations|messages|reactions)\b[^.;]{0,40}\bpour(?:ed|ing)?\s+in\b/i;
const DECISION_BY_BODY = /\b(?:Cabinet|Centre|[Gg]overnment|CCEA|CCPA)\b[^.;]{0,60}\b(?:approved|cleared|decided|gave|sanctioned|okayed)\b/;

/** A contest in which two sides meet. */
const CONTEST = /\b(?:beat|beats|beaten|defeated|defeating|against|edged|stunned|outclassed|lost\s+to|face-?off|faced?|facing|bout|final|semi-?finals?|quarter-?finals?|repechage)\b/;
// ("Priya Malik will now face-off against Germany's _____ in the final", "defeated Azerbaijan's
// _____ 14-4": a foreign rival in a bout is the other side of the home athlete's result.)
function foreignRival(e: Entity, s: Sentence, ctx: ArticleContext): boolean {
  if (e.cls !== 'person') return false;
  const text = s.text;
  // ("The Indian trailed 0-6 in the final before _____, who is competing as a neutral athlete": one
  // of no country is a rival too.)
  if (/^,\s+who\s+(?:is|was)\s+competing\s+as\s+an?\s+neutral\b/.test(text.slice(e.end)) && CONTEST.test(text)) return true;
  const owner = /(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)['’]s\s+$/u.exec(text.slice(Math.max(0, e.start - 40), e.start))?.[1];
  const country = owner ? countryNamed(owner) : null;
  const home = homeCountryName(ctx);
  return !!country && !!home && country.name !== home && CONTEST.test(text);
}

/** A person's name, a post of a few words after its comma, then a colon and the words. */
const SPEAKER_LABEL = /^[^,:;"“”]{3,40}, [^,:;.!?"“”]{3,80}: ["“‘]?\p{Lu}/u;

function speakerLabel(s: Sentence): boolean {
  const m = SPEAKER_LABEL.exec(s.text);
  return !!m && s.entities.some((e) => e.cls === 'person' && e.start === 0 && s.text[e.end] === ',');
}

// (A sentence's text has single spaces.)
// (The teller by name alone: "Garba is the 15th element …, the Ministry said." says something.)
const TELLER_ONLY = /^(?:\p{Lu}[\p{L}.'’-]* ){0,3}\p{Lu}[\p{L}.'’-]*(?:, [^,;:"“”]{1,80},?)? (?:said|says|added|noted|stated|told reporters)(?: in a (?:statement|tweet|post))?\.?$/u;
const HYPE = /\b(?:is|are|was|were|has\s+been)\s+(?:widely\s+)?(?:envisioned|envisaged|seen|viewed|touted|hailed|described|regarded|considered|billed)\s+as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:game[- ]?changer|milestone|landmark|turning\s+point|boon|breakthrough|revolution)\b/i;
// ("The Rajasthan Assembly election results have come as a shocker to both the _____ and BJP
// stalwarts": how the news struck someone, no fact of it.)
const STRUCK_AS = /\b(?:come|came|comes|coming)\s+as\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:shock(?:er)?|surprise|setback|blow|boost|relief|jolt|disappointment)\b/i;
// ("After the _____'s victory, senior party leaders are holding meetings to form the Government":
// what is under way as the report is filed, no outcome to learn.)
const UNDER_WAY = /\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:holding|having)\s+(?:meetings|talks|discussions|consultations|deliberations)\b/;
// ("Belgium defeated Netherlands 4-3 in shoot out to finish fifth", "Last edition’s runners-up _____
// beat New Zealand 4-1 to finish seventh": a placing match off the podium, no result to learn.)
const OFF_PODIUM_FINISH = /\bto\s+(?:finish|end|settle\s+for|claim|take)\s+(?:in\s+)?(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+th)(?:\s+(?:place|position|spot))?\b/;
// ("The BRICS Summit … may provide an opportunity for a bilateral meeting between _____ and Xi":
// what may come of it.)
const SPECULATION = /\bmight\b|\bmay\s+(?:provide|offer|pave|lead\s+to|result\s+in|see|witness|open)\b|\b(?:[Ss]ources|[Rr]eports)\s+(?:said|say|says|indicated|suggest(?:ed)?)\b[^.;]*\b(?:may|could|likely)\b/;
const SHARED_EVENT_KIND_AFTER = /^\s+and\s+\p{Lu}\p{Ll}+\s+(?:Games|Championships?|Cup|Olympics|Awards?|Prizes?)\b/u;

/** Names of one kind a list joins: "Photographers _____, Christopher Makos and Felice Quinto". */
const LIST_JOIN = /^(?:\s*,\s*(?:and\s+|the\s+)?|\s+and\s+(?:the\s+)?)$/;

/** One of three or more names of a kind listed together: the blank asks which member the
 *  writer happened to name first, and the rest of the list stays in the prompt. */
/** "at Yantar Shipyard, Kaliningrad, Russia": places set off by commas down to their country
 *  are one address, not a list (no "and", one country, last). */
function isAddress(s: Sentence, run: readonly Entity[]): boolean {
  const [head, country] = [run.slice(0, -1), run[run.length - 1]];
  return run.every((x) => x.cls === 'place') && countryOf(country.canonical) !== null && !head.some((x) => countryOf(x.canonical) !== null) && run.slice(1).every((x, i) => /^,\s*$/.test(s.text.slice(run[i].end, x.start)));
}

/** A list item: up to four words, each capitalised or a number ("South 24 Parganas"). */
// (Its state before it, "Punjab's Tarn Taran"; its kind after it, "the Kushan period"; in
// quotes, "'Xabda'"; the first after "including", the last before the sentence's end.)
const LIST_ITEM = /^\s*(?:and\s+|including\s+|such\s+as\s+)?(?:the\s+)?(?:\p{Lu}\p{L}+['’]s\s+)?['‘"“]?(?:\p{Lu}[\p{L}.'’-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|\d+)){0,3}['’"”]?(?:\s+\p{Ll}[\p{Ll}-]+)?\s*[.;]?$/u;
/** What may stand between a separator and the member's name: its article, its state, a quote. */
const MEMBER_BEFORE = /^\s*(?:the\s+)?(?:\p{Lu}\p{L}+['’]s\s+)?['‘"“]?$/u;
/** And between the name and the next separator: a closing quote, its kind ("period"). */
const MEMBER_AFTER = /^['’"”]?(?:\s+\p{Ll}[\p{Ll}-]+)?\s*$/u;
/** Items either side of a list's place, at most. */
const LIST_REACH = 12;

/** Whether the name stands in a written list of four or more names, read from the text: the
 *  analyser may have missed some of them ("from Bankura, Hooghly, Howrah, North and South 24
 *  Parganas, … and _____"). */
function inWrittenList(e: Entity, s: Sentence): boolean {
  const pieces = (text: string) => text.split(/,|\band\b|&/);
  // The pieces either way from the name; the first is what stands between it and a separator.
  const listed = (side: string[], member: RegExp) => {
    if (side.length < 2 || !member.test(side[0])) return 0;
    let n = 0;
    for (const piece of side.slice(1, LIST_REACH)) {
      if (/^\s*$/.test(piece)) continue;
      if (!LIST_ITEM.test(piece)) break;
      n++;
    }
    return n;
  };
  return 1 + listed(pieces(s.text.slice(0, e.start)).reverse(), MEMBER_BEFORE) + listed(pieces(s.text.slice(e.end)), MEMBER_AFTER) >= 4;
}

/** Words a member of a series may have, at most: "the oldest seals of Brahmi script". */
const SERIES_OPENER = /\b(?:including|such as|like|namely|among them)\s|:/;
const SERIES_MEMBER_WORDS = 7;

/** Whether the name stands in a series of four or more short phrases set off by commas, its own
 *  among them ("pottery, copper coins, Yajna Kund, _____ period sculptures, idols of …"): no
 *  member is the sentence's news, and no member has a verb of its own. */
function inSeries(e: Entity, s: Sentence): boolean {
  const { pieces, member, opens } = seriesOf(s);
  const own = pieces.findIndex(([, b], k) => k === pieces.length - 1 || b >= e.end);
  if (pieces[own][0] > e.start || !member[own]) return false;
  // ("Veteran actor _____, star of films such as “Mrigayaa”, “Surakshaa”, …": a series opens
  // after its "such as"; what stands before that is none of it.)
  let n = 1;
  for (let k = own - 1; k >= 0 && member[k] && !opens[k + 1]; k--) n++;
  for (let k = own + 1; k < pieces.length && member[k] && !opens[k]; k++) n++;
  return n >= 4;
}

/** A sentence's pieces between commas and "and"s, and which are short verbless members or open
 *  a series: the same for every name the sentence holds, read once. */
const SERIES = new WeakMap<Sentence, { pieces: [number, number][]; member: boolean[]; opens: boolean[] }>();
function seriesOf(s: Sentence): { pieces: [number, number][]; member: boolean[]; opens: boolean[] } {
  let found = SERIES.get(s);
  if (found) return found;
  const cuts = [...s.text.matchAll(/,\s*(?:and\s+)?|\s+and\s+/g)].map((m) => [m.index!, m.index! + m[0].length] as const);
  // (An "and" inside a name is no separator: "Jammu and Kashmir".)
  const seps = cuts.filter(([a]) => !s.entities.some((o) => o.start < a && o.end > a));
  const pieces: [number, number][] = [];
  for (let k = 0; k <= seps.length; k++) pieces.push([k === 0 ? 0 : seps[k - 1][1], k === seps.length ? s.text.length : seps[k][0]]);
  const member = pieces.map(([a, b]) => {
    const words = s.text.slice(a, b).trim().replace(/[.;…]+$/, '').split(/\s+/);
    return words.length >= 1 && words.length <= SERIES_MEMBER_WORDS && words[0] !== '' && !s.tokens.some((t) => t.start >= a && t.end <= b && (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'SCONJ'));
  });
  const opens = pieces.map(([a, b]) => SERIES_OPENER.test(s.text.slice(a, b)));
  SERIES.set(s, (found = { pieces, member, opens }));
  return found;
}

function inNameList(e: Entity, s: Sentence): boolean {
  if (e.cls !== 'person' && e.cls !== 'place' && e.cls !== 'organisation' && e.cls !== 'term') return false;
  if (inWrittenList(e, s) || inSeries(e, s)) return true;
  // ("in key areas including fisheries, meteorology, digital public infrastructure, _____, Indian
  // pharmacopoeia …": one item amid a list of fields, named or not.)
  if (e.cls !== 'person' && /,\s+\p{Ll}[^,;:()]{1,40},\s+$/u.test(s.text.slice(Math.max(0, e.start - 50), e.start)) && /^,\s+[^\s,;:()][^,;:()]{1,39}(?:,|\sand\s)/.test(s.text.slice(e.end, e.end + 50))) return true;
  // ("the plains of Northwest, East, and _____": the last of capitalised words listed, which the
  // analyser may not hold as names.)
  if (/\p{Lu}[\p{L}-]*,\s+\p{Lu}[\p{L}-]*,?\s+(?:and|or)\s+$/u.test(s.text.slice(Math.max(0, e.start - 60), e.start))) return true;
  // ("the villages of _____, Chooralmala, Attamala, and Noolpuzha": the first member, the rest after it.)
  if (/^,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,?\s+(?:and|or)\s+\p{Lu}/u.test(s.text.slice(e.end, e.end + 80))) return true;
  // ("New Delhi (NDMC), _____, Ambikapur and Lonavala": a middle member, the list's end after it.)
  if (/,\s+$/.test(s.text.slice(Math.max(0, e.start - 4), e.start)) && /^,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,?\s+(?:and|or)\s+\p{Lu}/u.test(s.text.slice(e.end, e.end + 60))) return true;
  // ("In services, Financial, _____, Ownership of dwelling, IT and Professional services": a middle
  // member with two more after it, whatever their small words.)
  if (/\p{Lu}[\p{L}-]*,\s+$/u.test(s.text.slice(Math.max(0, e.start - 30), e.start)) && /^,\s+\p{Lu}[^,;:()]{0,40},\s+(?:and\s+)?\p{Lu}/u.test(s.text.slice(e.end, e.end + 90))) return true;
  // ("for the _____, Indian Foreign Service (IFS) and the Indian Police Service": the first of three.)
  if (/^,\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4}(?:\s+\([^()]{1,12}\))?,?\s+(?:and|or)\s+(?:the\s+)?\p{Lu}/u.test(s.text.slice(e.end, e.end + 90))) return true;
  // ("for the IAS, _____ (IFS) and the Indian Police Service": the member before the last.)
  if (/[\p{Lu})],\s+(?:the\s+)?$/u.test(s.text.slice(Math.max(0, e.start - 10), e.start)) && /^(?:\s+\([^()]{1,12}\))?,?\s+(?:and|or)\s+(?:the\s+)?\p{Lu}/u.test(s.text.slice(e.end, e.end + 40))) return true;
  // Names of any kind: the analyser may read one member of a list of parties as a person
  // ("the Congress, Shiv Sena (UBT) and NCP").
  const kin = s.entities.filter((o) => NAME_CLASSES.has(o.cls)).sort((a, b) => a.start - b.start);
  const at = kin.findIndex((o) => o.start === e.start); // (e may be widened: see withShortForm)
  let first = at;
  let last = at;
  const joined = (x: Entity, y: Entity) => LIST_JOIN.test(s.text.slice(x.end, y.start)) || describedMember(s, x, y);
  while (first > 0 && joined(kin[first - 1], kin[first])) first--;
  while (last < kin.length - 1 && joined(kin[last], kin[last + 1])) last++;
  if (last - first >= 2 && !isAddress(s, kin.slice(first, last + 1))) return true;
  // "General Bipin Rawat, former Uttar Pradesh chief minister Kalyan Singh, and … Prabha Atre":
  // people listed with descriptions that name places of their own.
  if (e.cls !== 'person') return false;
  const people = s.entities.filter((o) => o.cls === 'person').sort((a, b) => a.start - b.start);
  const i = people.indexOf(e);
  let lo = i;
  let hi = i;
  while (lo > 0 && describedMember(s, people[lo - 1], people[lo], 9)) lo--;
  while (hi < people.length - 1 && describedMember(s, people[hi], people[hi + 1], 9)) hi++;
  return hi - lo >= 2;
}

/** "…, actors Vyjayantimala Bali and Konidela Chiranjeevi, Sulabh International founder
 *  Bindeshwar Pathak and dancer …": people listed each with a word for what they do (a
 *  bracket too: "the Congress, Shiv Sena (UBT) and NCP"), no verb between. */
function describedMember(s: Sentence, x: Entity, y: Entity, words = 7): boolean {
  const gap = s.text.slice(x.end, y.start);
  if (!/^(?:\s*\([^()]{1,30}\))?\s*(?:,|\band\b)/.test(gap) || gap.split(/\s+/).length > words) return false;
  return !s.tokens.some((t) => t.start >= x.end && t.end <= y.start && (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP'));
}

const HEAD_JOINED = /(\S+)\s+(?:of|on|for)\s+(?:the\s+)?$/;
const HEAD_JOINED_IN = /(\S+)\s+(?:of|on|for|in)\s+(?:the\s+)?$/;

/** "Chief Justice of _____" (India), "National Mission on _____" (Natural Farming), "_____ of
 *  State Policy" (Directive Principles): a name joined to capitalised words by "of", "on" or
 *  "for" is the tail or head of a longer name (or an office), and the blank asks half of it. */
function insideOfName(e: Entity, s: Sentence): boolean {
  if (e.cls === 'date' || e.cls === 'number' || e.cls === 'money' || e.cls === 'percent' || e.cls === 'ordinal') return false;
  // ("struck down _____ of the Indian Penal Code" → Section 377: a provision of a law is the fact,
  // its law only says where it stands.)
  if (opensOnProvision(e.text)) return false;
  // (A bill or act may join its words with "in" too: "… Scheduled Tribes in Assembly
  // Constituencies of the State of Goa Bill".)
  // (Read in the 60 characters before the blank: the regex is anchored at their end.)
  const from = Math.max(0, e.start - 60);
  const head = (/\b(?:Bill|Act|Rules|Order)$/.test(e.text) ? HEAD_JOINED_IN : HEAD_JOINED).exec(s.text.slice(from, e.start));
  // (The sentence's first word is capitalised anyway.)
  if (head && /^\p{Lu}[\p{L}-]*$/u.test(head[1]) && !NOT_NAME_PART.test(head[1]) && s.text.slice(0, from + head.index).trim()) return true;
  // A place or person before "of" heads its own phrase ("Sanjay Malhotra of the Reserve Bank"),
  // though "Jann Wenner of Rolling Stone" reads as one name to a student.
  if (e.cls === 'person') return /^\s+of\s+\p{Lu}/u.test(s.text.slice(e.end));
  // ("chair of the _____ for Physics": one capitalised word that ends the phrase goes on the name too.)
  // ("Article 19(1)(a) of the Constitution" is a provision and its law: asked.)
  const tail = /^\s+(?:of|on|for)\s+(?:the\s+)?(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}+|^\s+for\s+(\p{Lu}\p{Ll}+)(?=\s*[.,;:!?]|\s*$)/u.exec(s.text.slice(e.end));
  // "the Comprehensive Economic and _____" (Maritime Security Partnership): the name began before.
  if (e.cls !== 'place' && /^(?:Partnership|Agreement|Pact|Treaty|Framework|Cooperation|Corridor|Initiative|Dialogue|Forum|Council|Programme|Program|Act|Bill|Code|Rules)$/.test(e.text.split(/\s+/).pop() ?? '') && /\p{Lu}\p{Ll}+\s+and\s+$/u.test(s.text.slice(0, e.start))) return true;
  // ("the ISRO Telemetry Tracking and _____" → Command Network: a body's name joined by "and"
  // after two capitalised words began before the blank.)
  if ((e.cls === 'organisation' || e.cls === 'term') && BODY_HEAD_END.test(e.text.replace(/\s*\([^()]*\)$/, '')) && /(?:^|[^,]\s)(?:\p{Lu}[\p{L}-]*\s+){2,}and\s+$/u.test(s.text.slice(Math.max(0, e.start - 60), e.start))) return true;
  // ("the Ministry of Skill Development and _____" → Entrepreneurship: the second half of a body's portfolio.)
  if (/\b(?:Ministry|Department|Minister|Secretary)\s+of\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:and|&)\s+$/u.test(s.text.slice(Math.max(0, e.start - 60), e.start))) return true;
  // "the _____ and Maritime Security Partnership" (Comprehensive Economic): the name goes on.
  if (e.cls !== 'place' && /^\s+and\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+(?:Partnership|Agreement|Pact|Treaty|Framework|Cooperation|Corridor|Initiative|Dialogue|Forum|Council|Programme|Program)\b/u.test(s.text.slice(e.end))) return true;
  return e.cls !== 'place' && tail !== null && !TITLE_HEAD.test(tail[1] ?? tail[2]);
}
/** "listed the matter for further hearing after ", "posted the case for hearing on ", "will file
 *  an affidavit within ": a court's diary. */
const NEXT_HEARING_BEFORE = /\b(?:listed|posted|adjourned|fixed|deferred) (?:the (?:matter|case|plea|petition) )?(?:for (?:further |next |final )?hearing |for )?(?:on|after|till|until|to) $|\bnext (?:date of )?hearing (?:on|is|was|after) $|\b(?:file|submit|furnish) (?:an |its |their |a )?(?:affidavit|counter-affidavit|reply|response|status report) within $/;
/** "Dr. K Sivan, Chairman, ": a name, then an office set off by commas. */
const OFFICE_SET_OFF_BEFORE = /\p{Lu}[\p{L}.'’-]*\s*,\s+(?:the\s+)?(?:Chairman|Chairperson|Chair|Director|Director General|Secretary|Chief|President|CEO|Head|Spokesperson|Minister|Vice Chancellor|Vice-Chancellor|Managing Director)\s*,\s+(?:the\s+)?$/u;
/** Measures of an economy, named as the modifier of what is said of them. */
const ECONOMIC_MEASURE = /^(?:GDP|GVA|GNP|CPI|WPI|IIP|Gross Domestic Product|Gross Value Added|Consumer Price Index|Wholesale Price Index|Index of Industrial Production)$/;
const MEASURE_NOUN_AFTER = /^\s*(?:\([A-Z]{2,4}\)\s*)?(?:growth|rate|forecast|projection|estimate|estimates|numbers|data|figures|deflator|inflation)\b/;
/** Words before an athlete's opponent: a defeat, a win over or a bout against them. */
// ("before moving past Ukraine's _____ for a place in the final": a win over them too.)
const OPPONENT_BEFORE = /\b(?:(?:lost|losing|went down|goes down|going down)\s+(?:fighting\s+)?(?:\d+\s*[-–]\s*\d+,?\s+){0,3}to|(?:win|victory|triumph|bout|match|clash|affair|battle|contest|encounter|duel|fight)\s+(?:against|over)|defeated|defeating|beat|beating|beaten|outclass|outclassed|outclassing|outwit|outwitted|outplayed|stunned|upset|thrashed|trailing|trailed|(?:moving|moved|got|getting|went|brushed|brushing|breezed|breezing|sailed|sailing)\s+past|(?:won|win)\s+(?:\d+\s*[-–]\s*\d+\s+)?(?:against|over))\s+(?:the\s+(?:[\p{L}-]+\s+){0,3}(?:pair|duo|team)\s+of\s+)?(?:(?:[\p{L}-]+\s+){0,3}?(?:No\.?\s*\d+|champion|seed|medall?ist|winner)\s+)?(?:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?['’]s\s+)?(?:\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}\s+and\s+)?$/u;
const BODY_HEAD_END = /\b(?:Network|Centre|Center|Command|Corporation|Institute|Agency|Organisation|Organization|Council|Board|Authority|Commission|Laboratory|Bureau|Directorate|Establishment|Unit|Facility)$/;
const NOT_NAME_PART = /^(?:The|A|An|In|On|At|By|For|From|With|To|Of|As|And|But|Or|If|When|While|After|Before|Since|Its|His|Her|Their|Our|This|That|These|Those)$/;

/** Plural heads a tagger may take for verbs after a name: "Padma awards", "Asian games". */
const PLURAL_HEADS = /^(?:awards|prizes|medals|honours|honors|games|polls|elections|talks|ties|forces)$/;

/** Heads whose owner is the fact ("the New Zealand government announced …" asks which
 *  country's government), unlike "an Internet posting" or "the 2016 U.S. election". */
const OWNER_HEAD = /^(?:government|team|squad|parliament|assembly|cabinet|army|navy|police|forces|embassy|consulate|delegation|cadre|coast|border|economy|district|constituency)$/;

/** Papers whose author is the fact: "a sensitive Environment Canada document", "a NASA study",
 *  "the WHO report" ask who wrote it (a place's is only where: "the Delhi report"). */
// (So are a court's rulings: "stayed the Allahabad High Court verdict" asks which court's.)
const PAPER_HEAD = /^(?:document|documents|report|study|survey|letter|memo|circular|advisory|notification|assessment|audit|dossier|verdict|ruling|judgment|judgement)$/;

/** "an Internet posting", "the FIFA football World Cup", "the Taipei lantern festival": a name
 *  modifying the common noun after it is part of a larger phrase; the blank would ask a
 *  modifier, not what the sentence is about. */
/** Nouns the tagger reads after a name that say when, not what kind. */
const DAY_WORD = /^(?:yesterday|today|tomorrow|tonight|overnight)$/;

function modifiesNoun(e: Entity, s: Sentence): boolean {
  if (e.cls === 'date' || e.cls === 'number' || e.cls === 'money' || e.cls === 'percent' || e.cls === 'person' || e.cls === 'ordinal') return false;
  const at = s.tokens.findIndex((t) => t.start >= e.end);
  const next = s.tokens[at];
  if (!next || !/^ $/.test(s.text.slice(e.end, next.start))) return false;
  // ("the West Bengal assembly elections": the owner's body itself modifies the elections.)
  const owner = (OWNER_HEAD.test(next.text) || (e.cls !== 'place' && PAPER_HEAD.test(next.text))) && !/^\s+(?:elections?|polls?|bypolls?|seats?|session|results?)\b/.test(s.text.slice(next.end));
  // ("published in journal Nature Climate Change yesterday": a day word after a name is when.)
  if (next.pos !== 'NOUN' || !/^\p{Ll}/u.test(next.text) || owner || DAY_WORD.test(next.text)) return false;
  // "IE6 users", "COVID-19 cases", "G20 leaders": a code name is what the phrase is about.
  if (/\d/.test(e.text) && /\p{L}/u.test(e.text) && e.cls !== 'place') return false;
  // "the NVS-02 satellite", "its GSLV-F15 rocket", "the PM-POSHAN scheme": a name before the
  // kind of thing it names is the thing, not a modifier of it (a place never is: "the Taipei
  // lantern festival").
  // ("India's Moon mission Chandrayaan-3": a name after the kind noun is the thing's; the word
  // before only says of what.)
  const third = s.tokens[at + 1];
  if (third && /^\p{Lu}/u.test(third.text) && s.text.slice(next.end, third.start) === ' ' && s.entities.some((o) => o.start === third.start)) return true;
  // ("the end of the Chinese New Year celebrations": a festival's name before its festivities is
  // the festival.)
  if (e.cls === 'term' && FESTIVITIES.test(next.text)) return false;
  return e.cls === 'place' || !KIND_NOUNS.has(next.text);
}
const FESTIVITIES = /^(?:celebrations?|festivities|holidays?|festive)$/;

/** "the global race for _____ equality" → gender, in a story that writes "gender" only before
 *  "gap", "equality" and "parity": a key term the article never names alone is the modifier of
 *  what it is about. ("global warming and _____ pollution" → ozone, which the story also names
 *  alone, is asked.) */
function onlyEverAModifier(e: Blank, s: Sentence, ctx: ArticleContext): boolean {
  if (!e.keyTerm || !/^\p{Ll}[\p{Ll}-]*$/u.test(e.text) || !modifiesNoun(e, s)) return false;
  return ctx.analyzed.sentences.every((o) => wholeWordSpans(o.text, e.text).every(([, end]) => /^\s+\p{Ll}[\p{Ll}-]+/u.test(o.text.slice(end, end + 30))));
}

/** "a key partner in _____'s aim to boost domestic defence production" → New Delhi: a capital's
 *  possessive stands for its government, the country the story already names; no place to learn. */
// ("with countries such as Pakistan and Bangladesh scoring well above _____" → New Delhi: so
// does a capital set against other countries.)
function capitalForGovernment(e: Blank, s: Sentence): boolean {
  if (e.cls !== 'place' || countryOfCapital(e.canonical) === null) return false;
  return /^['’]s?\s+\p{Ll}/u.test(s.text.slice(e.end)) || (/\b(?:above|below|ahead\s+of|behind|than|over)\s+$/.test(s.text.slice(Math.max(0, e.start - 20), e.start)) && s.entities.some((o) => o.cls === 'place' && o.placeKind === 'country' && o.end <= e.start));
}

/** "inducted women officers as pilots in _____ aircraft and helicopters" → MR: a two- or
 *  three-letter code before a common noun, which the article never spells out, is a kind of the
 *  noun only an insider reads; a blank on it asks jargon, not a fact. */
function unexplainedCode(e: Blank, s: Sentence, ctx: ArticleContext): boolean {
  if (!/^\p{Lu}{2,3}$/u.test(e.text) || organisationNamed(e.text)) return false;
  const next = s.tokens.find((t) => t.start >= e.end);
  if (!next || next.pos !== 'NOUN' || !/^\p{Ll}/u.test(next.text)) return false;
  return !ctx.analyzed.article.paragraphs.some((p) => p.includes(`(${e.text})`));
}

/** "_____ presented the Johannesburg Declaration" → "Current Chair of BRICS South African President
 *  Cyril Ramaphosa": a run the analyser could not split, titles run onto a name the article knows
 *  as a person's, is no answer anyone would write. */
function titleRunOntoName(e: Blank, ctx: ArticleContext): boolean {
  if (e.cls !== 'term' && e.cls !== 'organisation') return false;
  // ("Former _____ passed away" → "Jammu & Kashmir Governor Satya Pal Malik", "_____ also got his hands
  // on the title" → "Player-turned-coach Manpreet Singh": an office or a trade run onto a name.)
  if (TITLE_ONTO_NAME.test(e.text)) return true;
  // (A surname alone too, at the end of a long run: "… President Cyril Ramaphosa" beside "Mr. Ramaphosa".)
  const long = e.text.split(/\s+/).length >= 4;
  return ctx.timeline.some(({ entity: o }) => o.cls === 'person' && (o.canonical.includes(' ') || long) && o.canonical !== e.text && e.text.endsWith(` ${o.canonical}`));
}

/** A kind of thing or of people written in capitals, with no word of its own name. */
// ("take part in _____" → Phase-1: a stage of something by its number is no name either.)
const KIND_ONLY = /^(?:(?:National|State|Municipal|District|Special|New|Joint|Military|Naval|Biosphere|Wildlife|Tiger|Elephant|Scheduled|Other\s+Backward|Economically\s+Weaker|Gram|Annual|Bilateral|Ministerial)\s+)*(?:Parks?|Reserves?|Sanctuary|Sanctuaries|Corporations?|Session|Exercise|Tribes|Castes|Classes|Sections|Panchayats?|Summit|Dialogue|Meeting)$|^(?:Phase|Stage|Round|Leg)[-\s]?(?:\d{1,2}|[IVX]{1,4})$/;

/** A name that ends on an office ("Delhi Chief Minister"). */
// ("Ministry of External Affairs Secretary (West) Reenat Sandhu": with the desk in brackets after it.)
const OFFICE_LAST = /\b(?:Chief Minister|Deputy Chief Minister|Minister|Governor|President|Prime Minister|Collector|Magistrate|Commissioner|Secretary|Mayor|Speaker)(?:\s+\([\p{L} ]{2,20}\))?$/u;
/** A word that heads an office, anywhere in a name ("Regional Wildlife Warden Kashmir"). */
// ("India's Permanent Representative to the UN, Parvathaneni Harish": an envoy's post too.)
const OFFICE_HEAD = /\b(?:Warden|Director|Director-General|Officer|Commissioner|Secretary|Chairman|Chairperson|Chief|Head|Superintendent|Inspector|Conservator|Registrar|Principal|Controller|Administrator|Manager|Spokesperson|Minister|Governor|Collector|Magistrate|Representative|Ambassador|Envoy|Consul|Attaché|Adviser|Advisor)\b/;
/** A district's officer written before the name and read into it ("Collector Meghasree D R"). */
const OFFICE_FIRST = /^(?:District\s+)?(?:Collector|Magistrate|Tehsildar|Superintendent)\s+\p{Lu}/u;

/** An office or a trade word, then two or more capitalised words to the end: a title run onto a name. */
const TITLE_ONTO_NAME = /\b(?:Governor|LG|Minister|President|Chief\s+Minister|Secretary|Chairman|Chairperson|Speaker|Justice|[Cc]oach|[Cc]aptain|[Ss]kipper|MP|MLA)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+$/u;

/** "he was taken to the _____ by his uncle" → Akhara, where the article names the Chhatrasal
 *  Akhara: one word a longer name of the article ends on is that name cut short, half an answer. */
function shortOfLongerName(e: Blank, ctx: ArticleContext): boolean {
  if ((e.cls !== 'organisation' && e.cls !== 'place' && e.cls !== 'term') || /\s/.test(e.text) || !/^\p{Lu}\p{Ll}+$/u.test(e.text)) return false;
  const tail = ` ${e.text}`;
  return ctx.timeline.some(({ entity: o }) => o.cls === e.cls && o.text.length > tail.length && o.text.endsWith(tail));
}

function adjectiveAfter(s: Sentence, end: number): boolean {
  const next = s.tokens.find((t) => t.start >= end);
  return next !== undefined && (next.pos === 'ADJ' || next.pos === 'NUM');
}

function nounAfter(s: Sentence, end: number): boolean {
  const next = s.tokens.find((t) => t.start >= end);
  return next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN');
}

export default definePattern({
  id: 'cloze',
  describe: 'A blank for each name, date or number of a sentence that states something',
  find,
});

/** "_____ pillars: eyewitness accounts, recoveries and confessions": a count that the list after
 *  its colon or dash spells out (a comma and an "and" or "or" before the clause ends). */
const COUNTED_BEFORE_LIST = /^\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+(?:\s*:|\s+[–—-])\s/u;
function countSpeltOut(tail: string): boolean {
  const m = COUNTED_BEFORE_LIST.exec(tail);
  if (!m) return false;
  const list = tail.slice(m[0].length).split(/[.;:]/)[0];
  const comma = list.indexOf(',');
  return comma > 0 && /\b(?:and|or)\b/.test(list.slice(comma + 1));
}
