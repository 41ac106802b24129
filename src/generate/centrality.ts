/**
 * How central a fact is to the story: a quiz asks the article's main news first, then what
 * the story keeps coming back to. Read from the headline and the lead (the first sentences),
 * and from how often the article's facts name the answer, not from how sure a pattern was:
 * the pattern's confidence only breaks near-ties.
 */
import { reEscape } from '../util/re-escape.js';
import type { Fact } from '../types.js';
import { cityNamed, countryNamed, organisationKind, organisationNamed, placeNamesWithAnd, TERMS_WITH_AND } from '../lexicon/index.js';
import { containsWord, mentions } from './equivalence.js';
import { headlineReferent, type HeadlineReferent } from './headline-referent.js';
import { NUMBER_COMPOUND, saysNumberCompound } from '../util/number-compound.js';
import { stems } from './content-stems.js';
import { UNIT_SCALE } from './number-forms.js';
import { MONTH_ALTERNATION } from '../util/calendar.js';
import { DISASTER_WORDS } from '../util/disaster-words.js';

/** Whether every content word of a term stands in the headline's words, in some form. */
function stemsIn(term: string, head: Set<string>): boolean {
  const own = stems(term);
  return own.size > 0 && [...own].every((w) => head.has(w));
}

/** A runner-up's centrality, as a share of the winner's it is asked beside. */
const RUNNER_UP_FACTOR = 0.95;

/** Sentences of the lead, where a story introduces its terms. */
const LEAD_SENTENCES = 3;

/** The first sentence of the article whose facts ask this answer. */
function firstSaid(f: Fact, facts: readonly Fact[]): number {
  return Math.min(...facts.filter((g) => g.answerType === f.answerType && g.answer === f.answer).map((g) => g.sentenceIndex));
}

function numberCompoundIn(term: string, headline: string): boolean {
  const whole = term.match(NUMBER_COMPOUND);
  return whole !== null && whole[0] === term && saysNumberCompound(headline, term);
}

/** A country's armed service or railway, named with its nationality. */
const OWN_SERVICE = /^(?:Indian|Pakistani|Pakistan|Chinese|Russian|British|US|American|Japanese|French|Bangladesh|Sri Lankan|Nepal)\s+(Navy|Army|Air Force|Coast Guard|Railways)$/;

/** "Navy inducts two frigates" names the Indian Navy (here only: in a story of two armies "Army"
 *  alone is either). */
function ownServiceIn(f: Fact, headline: string): boolean {
  const service = f.answerType === 'organisation' ? OWN_SERVICE.exec(f.answer) : null;
  return service !== null && containsWord(headline, service[1]);
}

/** A sum of money, and every sum of a sentence. */
const MONEY = /^(?:(?:Rs\.?|₹|\$|USD|INR)\s?\d|\d[\d,.]*\s+(?:lakh\s+)?crore\b)/;
const MONEY_ALL = /(?:Rs\.?|₹|\$|USD|INR)\s?\d[\d,.]*|\b\d[\d,.]*\s+(?:lakh\s+)?crore\b/g;

/** A figure with its unit: "8.05m", "7.6 per cent", "7.8%". */
const FIGURE_UNIT = /(\d[\d,]*(?:\.\d+)?)\s*(%|per\s*cent|pc|m|km|kg|crore|cr|lakh|billion|bn|million|mn|trillion)?(?![\p{L}\d])/giu;
const UNIT_KEY: Record<string, string> = { '%': '%', percent: '%', pc: '%', bn: 'billion', mn: 'million', cr: 'crore' };
const unitKey = (u: string | undefined) => (u ? UNIT_KEY[u.toLowerCase().replace(/\s+/g, '')] ?? u.toLowerCase() : '');

/** "Thakur crosses 8m" over "an 8.05m leap", "GDP grows 7%" over "7.6 per cent": a figure with
 *  decimals that the headline gives rounded down, in the same unit. */
/** "a historic tally of 100 medals" under "India wins 100th medal at Asian Games": a count the
 *  headline gives as the ordinal of its last. */
// ("107th" under "India … ranks 107 of 121 countries": and a rank the headline gives as a bare figure.)
function countAsOrdinalIn(answer: string, headline: string): boolean {
  const ordinal = /^(\d{1,4})(?:st|nd|rd|th)$/.exec(answer.trim())?.[1];
  if (ordinal) return new RegExp(`\\b(?:ranks?|ranked|ranking|at|to|No\\.?)\\s+${ordinal}\\b(?![.,]\\d|%)`).test(headline);
  const n = /^\d{1,4}$/.exec(answer.trim())?.[0];
  return !!n && new RegExp(`\\b${n}(?:st|nd|rd|th)\\b`).test(headline);
}

/** "around 718" under "India home to 718 snow leopards": a figure the sentence hedges that the
 *  headline states bare. */
const HEDGE = /^(?:around|about|nearly|over|more\s+than|at\s+least|approximately|roughly|some|almost|close\s+to|up\s+to)\s+/i;
function hedgedFigureIn(answer: string, headline: string): boolean {
  const bare = answer.replace(HEDGE, '');
  return bare !== answer && /\d/.test(bare) && mentions(headline, bare, 'number');
}

/** "174" under "Wayanad landslides: Over 170 dead": a count the headline gives as a round
 *  figure it is over, near or about, no other answer being that round figure itself. */
function hedgedCountIn(answer: string, headline: string, answers: readonly string[]): boolean {
  const value = /^\d{2,3}(?:,\d{3})*$/.exec(answer.trim()) ? Number(answer.replace(/,/g, '')) : NaN;
  if (!(value >= 20)) return false;
  for (const m of headline.matchAll(HEDGED_COUNT)) {
    // ("Over 600K Olive Ridley turtles …" for 641,000: thousands written with a K.)
    const round = Number(m[2].replace(/,/g, '')) * (m[3] ? 1000 : 1);
    if (round % 10 !== 0 || answers.some((a) => a.trim() === m[2])) continue;
    const gap = value - round;
    const below = /^(?:over|more\s+than|above)$/i.test(m[1].replace(/\s+/g, ' '));
    if (below ? gap > 0 && gap < round / 10 : Math.abs(gap) > 0 && Math.abs(gap) < round / 10) return true;
  }
  return false;
}
const HEDGED_COUNT = /\b(over|more\s+than|above|nearly|almost|around|about|close\s+to)\s+(\d{2,3}(?:,\d{3})*)(?![.,]?\d)(K\b)?/gi;

/** "near ", "nearly ", "about ": a headline's figure said as a round one. */
const HEDGE_BEFORE = /\b(?:near|nearly|about|around|almost|close\s+to|over)\s+(?:[$₹]|Rs\.?\s?|USD\s)?$/i;

function roundedIn(answer: string, headline: string, answers: readonly string[]): boolean {
  const own = [...answer.matchAll(FIGURE_UNIT)];
  if (own.length !== 1) return false;
  const value = Number(own[0][1].replace(/,/g, ''));
  const unit = unitKey(own[0][2]);
  const said = (text: string, v: number) => [...text.matchAll(FIGURE_UNIT)].some((m) => Number(m[1].replace(/,/g, '')) === v && unitKey(m[2]) === unit);
  if (!/\.\d/.test(own[0][1])) return roundThousandsIn(value, unit, headline, answers, said);
  // (Not where the story asks the headline's figure itself: "Core sectors grow at 5%" and "5 per
  // cent in March" beside a 5.9 per cent of electricity.)
  // ("India's forex reserves near 690 billion dollars" for 689.235: a hedged headline rounds to the ten.)
  const hedged = (v: number) => [...headline.matchAll(FIGURE_UNIT)].some((m) => Number(m[1].replace(/,/g, '')) === v && unitKey(m[2]) === unit && HEDGE_BEFORE.test(headline.slice(Math.max(0, m.index! - 14), m.index)));
  const rounded = Math.round(value / 10) * 10;
  if (unit !== '' && rounded !== Math.trunc(value) && hedged(rounded) && !answers.some((t) => said(t, rounded))) return true;
  return unit !== '' && said(headline, Math.trunc(value)) && !answers.some((t) => said(t, Math.trunc(value)));
}

/** "Rs 76,220 crore" under "Rs 76,000 cr Vadhavan port project …": a sum in thousands that the
 *  headline gives to the nearest hundred or so, in the same unit, no other answer being that
 *  round sum. */
function roundThousandsIn(value: number, unit: string, headline: string, answers: readonly string[], said: (text: string, v: number) => boolean): boolean {
  if (unit === '' || value < 1000) return false;
  for (const m of headline.matchAll(FIGURE_UNIT)) {
    const round = Number(m[1].replace(/,/g, ''));
    if (unitKey(m[2]) !== unit || round === value || round % 100 !== 0 || Math.abs(round - value) > value * 0.01) continue;
    if (!answers.some((t) => said(t, round))) return true;
  }
  return false;
}

function shareOf(part: Set<string>, whole: Set<string>): number {
  if (!whole.size) return 0;
  let n = 0;
  for (const w of part) if (whole.has(w)) n++;
  return n / whole.size;
}

/** How much each sign of centrality counts (tuned on the development corpus's gold headline
 *  and key facts; each is a general sign, none names an article). */
export const WEIGHTS = { sentence: 0.35, lead: 0.15, salience: 0.25, answer: 0.25, confidence: 0.1, question: 0.1, news: 0.15 };

/** Patterns that read the kind of news a current-affairs quiz asks first: who was appointed or
 *  awarded, what was launched, ranked, ruled or agreed, the Nth to do something, where a storm
 *  struck. */
/** A cloze's words before its first blank. */
export function textBeforeBlank(cloze: string): string {
  return cloze.slice(0, cloze.indexOf('{{c1::'));
}

/** A hall, a house or a villa by its name: where a meeting or a function is held. */
const VENUE = /\b(?:House|Bhawan|Bhavan|Hall|Mandapam|Mandap|Villa|Auditorium|Convention Centre)$/;
/** "at the ", "held at ": a blank that says where. */
const AT_VENUE = /\b(?:at|in|from|outside|inside)\s+(?:the\s+)?$/;

export const NEWS = new Set(['appointed', 'awarded', 'title-won', 'launched', 'rank', 'court-ruling', 'court-held', 'charged', 'law-passed', 'admitted', 'signed-on', 'agreed-kind', 'elevated-ties', 'ordinal', 'landfall', 'seats', 'election-won', 'died']);

/** "Who became the youngest world chess champion?" under "… becomes youngest-ever champ": a
 *  record someone became, of the headline's name, is the news (one they hold, "the largest
 *  lagoon in Asia", is background). */
function recordOfHeadline(f: Fact, inHeadline: boolean): boolean {
  return inHeadline && f.pattern === 'superlative' && /^(?:Who|Which) became\b/.test(f.question);
}

/** What each fact sentence past the second that names an answer costs it. */
const UMBRELLA_COST = 0.12;
/** "… award in ", "… exported from ": a preposition right before the blank. */
const PREPOSITION_BEFORE_BLANK = /\b(?:in|from|of|to|for|by|with|across|within|outside)\s+(?:the\s+)?$/;
/** " and Ethiopia work …": another name paired with the blank, right after it. */
const PAIRED_AFTER_BLANK = /^\s+and\s+(?:the\s+)?\p{Lu}/u;
/** Patterns that ask what a reference book knows rather than the news, or who reported or
 *  said it. */
const SIDE_NOTE = new Set(['place-in', 'capital', 'located', 'definition', 'reported-by', 'quote', 'office']);
const SIDE_NOTE_FACTOR = 0.75;
const SPELLED_OUT = /^What does (.+) stand for\?$/;
/** "eased to a {{c1::three-year}} low of 5.5 per cent", "for the past {{c1::four years}}", "the
 *  {{c1::second}} consecutive month": how long a trend has run, beside the figure it reached. */
const STREAK = /(?:\b(?:past|last)\s+\{\{c1::[^}]+\}\}|\{\{c1::[^}]+\}\}(?:\s+(?:straight|consecutive|successive)\b|\s+(?:low|high)\s+of\b))/;
/** What a streak's length keeps of its centrality: the figure it reached is told first. */
const STREAK_FACTOR = 0.9;

const SAID = new Set(['quote', 'reported-by']);
/** The sentence from which a story's background may begin (its lead told). */
const BACKGROUND_FROM = 3;
/** A first clause told in the past perfect: "X and Y had reached …", "The team had already won …". */
const PLUPERFECT_OPENING = /^[^,;:]{0,80}?\bhad\s+(?:already\s+|also\s+|earlier\s+|previously\s+|last\s+)?\p{Ll}+(?:ed|en|wn|ght|ne|de|lt|nt)\b/u;
const FORECAST = /\b(?:would|will|could|may|might|expects?|expected|likely|plans? to|(?:is|are|was|were) going to)\b/;

/** How much less a blank is worth in a sentence whose news a news pattern asks. */
const BESIDE_NEWS_FACTOR = 0.85;

/** The name of a ranking: "the Global Competitiveness Index", "the QS World University Rankings". */
const INDEX_NAME = /\b(?:Index|Indices|Ranking|Rankings)$/;

/** Whether the blank's sentence names another country the story keeps naming as much. */
function pairedSetting(f: Fact, facts: readonly Fact[], sentences: readonly string[]): boolean {
  const others = new Set(facts.filter((g) => g.answerType === 'country' && g.answer !== f.answer && mentions(f.sentence, g.answer, 'country')).map((g) => g.answer));
  for (const other of others) if (sentences.filter((s) => mentions(s, other, 'country')).length >= TOPIC_NAMED) return true;
  return false;
}

/** "_____ and China have reached an agreement …" under "India, China reach agreement …": the
 *  blank is one of a pair the headline names both of, its partner beside it. */
function headlinePair(f: Fact, headline: string): boolean {
  const at = f.sentence.indexOf(f.answer);
  if (at < 0) return false;
  const partner = PARTNER_AFTER.exec(f.sentence.slice(at + f.answer.length))?.[1] ?? PARTNER_BEFORE.exec(f.sentence.slice(Math.max(0, at - 40), at))?.[1];
  return partner !== undefined && mentions(headline, partner, 'country');
}
const PARTNER_AFTER = /^\s+and\s+(?:the\s+)?(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2})/u;
const PARTNER_BEFORE = /(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2})\s+and\s+(?:the\s+)?$/u;

/** "How many of the 90 seats did the BJP win?" under "… BJP clinches historic hat-trick …": the
 *  seats of the party the headline names are its news, though the headline gives no figure. */
function seatsOfHeadline(f: Fact, headline: string): boolean {
  const party = f.pattern === 'seats' ? /\bdid (?:the )?(.+?) win\b/.exec(f.question)?.[1] : undefined;
  return party !== undefined && mentions(headline, party, 'organisation');
}

/** Whether the headline writes the year as part of a name: "Padma Awards 2024", "2024 Global Hunger Index". */
function editionYear(headline: string, year: string): boolean {
  const at = headline.indexOf(year);
  if (at < 0) return false;
  // ("… receive Jnanpith Award for 2023": an award's year after "for" is its edition too.)
  // ("NIRF ranking 2025": or after the kind word a name's short form is written with.)
  return /\p{Lu}[\p{L}-]*\s+(?:(?:ranking|rankings|index|report|survey|list|ratings?)\s+)?(?:for\s+)?$/u.test(headline.slice(0, at)) || /^\s+\p{Lu}/u.test(headline.slice(at + year.length));
}

/** "… the Global Hunger Index rankings in ", "the index for ": where a ranking's year is written. */
const RANKING_YEAR_BEFORE = /\b(?:rankings?|index|Index|Rankings?|list|report|Report)\s+(?:in|for|of)\s+$/;

/** Fact sentences naming a headline's answer that make it the story's topic. */
const TOPIC_NAMED = 3;

/** How much less the headline's subject is worth where its sentence has a fact about it. */
const TOPIC_SUBJECT_FACTOR = 0.75;

function isFigure(f: Fact): boolean {
  return f.answerType === 'number' || f.answerType === 'year' || f.answerType === 'date';
}

/** "Valeska Paris, an Australian woman …, has claimed …" under "Australian woman claims …": the
 *  subject of the story's first sentence is who or what the headline is about, whatever words
 *  the headline calls it by. */
function leadSubject(f: Fact): boolean {
  if (f.sentenceIndex !== 0 || isFigure(f)) return false;
  const opening = f.sentence.replace(/^(?:(?:On|In|Last|Earlier|Later|This|Yesterday|Today)\b[^,]{0,30},\s+)?(?:the\s+)?/i, '');
  return opening.toLowerCase().startsWith(f.answer.replace(/^the\s+/i, '').toLowerCase());
}

/** 1 for the first sentence, falling off through the lead paragraph and beyond. */
function leadWeight(sentenceIndex: number): number {
  return 1 / (1 + 0.6 * sentenceIndex);
}

/** Figures listed close together that make a sentence a breakdown of a total. */
const BREAKDOWN_FIGURES = 3;
/** Words at most between two figures of one list ("903 females, 750 males and 170 of …"). */
const LIST_GAP = 6;
/** A month's name: the number after it is a day. */
const MONTH = new RegExp(`^${MONTH_ALTERNATION}$`, 'i');
/** A figure in digits, not a year nor a fiscal year's end ("2030-31"): "903", "1,378", "6.7". */
const FIGURE = /(?<![\p{L}\d.,\-–/])\d[\d,]*(?:\.\d+)?(?![\p{L}\d\-–])/u;
/** A figure in words ("Fifty elephants"), not a modifier ("three-judge"), nor "one", as often a pronoun. */
const FIGURE_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)[,;:]?$/i;

/** Words that join a list's parts: "750 males and 170 …", "two in Howrah, while three …". */
const LIST_JOINER = /^(?:and|while|whereas|besides|—|–|-)$/i;
/** Amounts of money in a sentence with their scale: "USD 136 billion", "Rs 8,000 crore". */
const AMOUNT = /(?:Rs\.?|₹|\$|USD|INR)\s?(\d[\d,]*(?:\.\d+)?)(?:\s+(million|billion|trillion|lakh crore|lakh|crore))?|\b(\d[\d,]*(?:\.\d+)?)\s+(lakh crore|crore)\b/g;

/** "Trade was worth USD 136 billion, with exports of USD 76 billion and imports of USD 60
 *  billion": the amount that the sentence's other amounts add up to is the whole, not a part. */
function sumOfTheRest(answer: string, sentence: string): boolean {
  const value = (m: RegExpMatchArray) => parseFloat((m[1] ?? m[3]).replace(/,/g, '')) * (UNIT_SCALE[m[2] ?? m[4] ?? ''] ?? 1);
  const own = [...answer.matchAll(AMOUNT)][0];
  const all = [...sentence.matchAll(AMOUNT)].map(value);
  if (!own || all.length < 3) return false;
  const whole = value(own);
  const rest = all.filter((v) => v !== whole);
  const sum = rest.reduce((a, b) => a + b, 0);
  return rest.length === all.length - 1 && Math.abs(sum - whole) <= whole * 0.02;
}

/** "at least six deaths - one in Kolkata, two …": the figure a dash or colon then breaks down.
 *  ("… ended his Test career with 4,301 runs from 116 innings averaging 40.57, including 12
 *  centuries": or the sentence's first figure, the one its "including" goes on to break down.) */
function totalBeforeParts(answer: string, sentence: string): boolean {
  const at = sentence.indexOf(answer);
  if (at < 0) return false;
  if (/^\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s*(?:[-–—:]\s)/u.test(sentence.slice(at + answer.length, at + answer.length + 40))) return true;
  const first = FIGURE.exec(sentence);
  return first !== null && first.index === at && /,\s+including\s/.test(sentence.slice(at));
}

/** The longest run of figures the sentence lists close together. */
function listedFigures(sentence: string): number {
  let best = 0;
  let run = 0;
  let since = Infinity;
  let previous = '';
  // ("evacuated 19,305 people to 507 rehabilitation centres in the five districts": figures a
  // preposition chains measure one whole; a list's parts stand apart by a comma or an "and".)
  let separated = false;
  for (const word of sentence.split(/\s+/)) {
    const m = FIGURE.exec(word);
    // (A year, or a day after its month, "as of March 4, 2011", dates the figures: none of them.)
    // (A comma after a figure ends the clause, no part of it: "2011," is a year.)
    const figure = (m !== null && !/^(?:19|20)\d\d$/.test(m[0].replace(/,$/, '')) && !MONTH.test(previous)) || FIGURE_WORD.test(word);
    if (figure) {
      // ("on a scale of 0 to 10", "10,000 to 50,000": a range is one figure.)
      const range = since === 1 && previous === 'to';
      run = range ? run : since <= LIST_GAP && separated ? run + 1 : 1;
      best = Math.max(best, run);
      since = 0;
      separated = /[,;]$/.test(word);
    } else {
      since++;
      separated ||= /[,;:]$/.test(word) || LIST_JOINER.test(word);
    }
    previous = word.toLowerCase();
  }
  return best;
}

/** The answer's parts ("Russia and Japan" → both; "Jammu and Kashmir" is one). */
/** Verbs that launch or test a thing. */
// (And a new name: "approved a proposal … to change the name of the state to _____".)
const LAUNCHED = /\b(?:test-fired|test fired|flight-tested|flight tested|launched|unveiled|commissioned|inaugurated|rolled out|renamed|(?:change|changing|alter|altering)\s+(?:the|its)\s+name)\b/i;
/** An office question no date anchors ("Who was the Governor of Assam, according to the
 *  article?", see extract/patterns/office.ts). */
export function undatedOffice(f: Fact): boolean {
  return f.pattern === 'office' && UNDATED_OFFICE.test(f.question);
}
const UNDATED_OFFICE = /, according to the article\?$/;
/** Verbs that choose someone for an office or an honour. */
const CHOSEN = /\b(?:appointed|named|nominated|elected|selected|chosen|designated|sworn\s+in|succeed(?:s|ed)?|take\s+over|took\s+over|takes\s+over|awarded|conferred)\b/i;
/** "Olympic medallist Lovlina Borgohain wins her maiden gold medal …": the winner the lead names. */
// ("… Ricky Kej won his second Grammy", "Gukesh D earned his first win in classical chess over …".)
const WON_TITLE = /\b(?:wins|won|clinche[sd]|bag(?:s|ged)|claim(?:s|ed)|secure[sd]|earn(?:s|ed)|register(?:s|ed)|record(?:s|ed))\s+(?:(?:his|her|their|the|a|an|its|maiden|first|second|third|historic|gold|silver|bronze|famous|stunning|landmark)\s+){0,3}(?:gold|silver|bronze|medal|title|crown|championship|trophy|award|prize|Grammy|Oscar|win|victory)\b/i;

/** "Gyanesh new CEC": a headline may call someone by a given name that no other person of the
 *  article's facts bears. */
function givenNameIn(f: Fact, headline: string, facts: readonly Fact[]): boolean {
  if (f.answerType !== 'person') return false;
  const given = f.answer.split(/\s+/)[0];
  if (given.length < 4 || given === f.answer || !/^\p{Lu}\p{Ll}+$/u.test(given) || !containsWord(headline, given)) return false;
  return !facts.some((g) => g.answerType === 'person' && g.answer !== f.answer && g.answer.split(/\s+/)[0] === given);
}

export function answerParts(answer: string): string[] {
  // (A bracket set off by a space is a short form, "GSAT-7R (CMS-03)"; one glued on is part of the
  // name, "Section 33(1)".)
  const core = answer.replace(/\s+\([^)]*\)\s*$/, '');
  if (oneNameWithAnd(core)) return [core];
  // (Not a figure's thousands: "22,446", "Rs 13,000 crore" are one answer.)
  const parts = core.split(/\s*,(?!\d)\s*|\s+and\s+/).filter((p) => p.trim().length > 1);
  // ("7": a figure of one digit is an answer too, shown wherever it is printed.)
  return parts.length ? parts : core.trim() ? [core.trim()] : [];
}

/** A body "of" a field or two ("Ministry of Information and Broadcasting", "Ministry of
 *  Environment, Forest and Climate Change"), where three words after the "and" would be another
 *  name ("Manipal Academy of Higher Education and Jamia Millia Islamia"). */
const BODY_OF_FIELDS = /\b(?:of|for|on)\s.*\band\s+(?!(?:the\s+)?(?:Ministry|Department|Minister|Prime|President|Government)\b)\S+(?:\s+\S+)?$/;

/** A law named after two subjects ("Immigration and Foreigners Bill"), its first half no law's. */
const LAW_OF_TWO = /^(?:the\s+)?(?:(?!Bill\b|Act\b)\p{Lu}[\p{L}-]*\s+){1,4}and\s+(?:(?:\p{Lu}[\p{L}()-]*|of|for|on|in|the)\s+){1,7}(?:Bill|Act|Rules|Code|Sanhita)(?:,?\s+\d{4})?$/u;

/** "Who was the Prime Minister of India …?", "… the President of the Republic of India …?". */
const HOME_HEAD = /^Who (?:was|is) the (?:Prime Minister|President) of (?:the Republic of )?India\b/;
/** "rushed two ministers to", "have reached Hathras", "visited the hospital": an official's
 *  response to what happened. */
const RESPONSE = /\b(?:rushed|rushes|reached|visited|visits|condoled|reviewed|took\s+stock|directed|inspected|expressed\s+(?:grief|shock|anguish)|announced\s+(?:an\s+)?ex[- ]gratia)\b/i;
/** "27 dead in stampede", "boat accident": a headline of a disaster, which officials respond to. */
// (The disasters' own words are the quantity pattern's; a headline adds how it tells them.)
const DISASTER = new RegExp(`\\b(?:dead|die|dies|died|killed|death\\s+toll|toll|capsize[sd]?|collapse[sd]|landslides|crashes|derail(?:s|ed)?|tragedy|victims|${DISASTER_WORDS.join('|')})\\b`, 'i');
/** "Deputy Commissioner Kishtwar, ", "SSP ", "District Magistrate of Chamoli ": a district's officer
 *  right before the blank. */
const LOCAL_OFFICER_BEFORE = /\b(?:Deputy\s+Commissioner|District\s+(?:Magistrate|Collector)|[Cc]ollector|SDM|Sub-Divisional\s+Magistrate|Tehsildar|SSP|SP|ASP|DSP|Superintendent\s+of\s+Police|SHO|Station\s+House\s+Officer)(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*)?,?\s+$/u;
/** "before going down 14-21 … to", "losing 21-18 14-21 8-21 to", "lost the final to": a final lost. */
const LOST_FINAL = /\b(?:going|went|goes)\s+down\b|\b(?:losing|lost|loses)\b[^.;]{0,60}\bto\b/;
/** "clinches … crown", "wins title", "bags gold": a headline of a title won. */
const WON_HEADLINE = /\b(?:wins?|won|clinch(?:es|ed)?|bags?|bagged|lifts?|lifted|claims?|claimed|secures?|secured)\b[^:;]{0,60}\b(?:title|crown|gold|trophy|championship|cup)\b/i;
/** "Godavari districts", "in the five districts", "across 12 states": a story told of many
 *  localities. */
const MANY_LOCALITIES = /\b(?:[Dd]istricts|[Mm]andals|[Tt]ehsils|[Tt]alukas|[Vv]illages|(?<!United\s)[Ss]tates)\b/;
/** "in the district", "East Godavari district collector said", "at Makavanipalem village": a
 *  sentence told of one locality. */
const ONE_LOCALITY = /\bin\s+the\s+district\b|\b[Dd]istrict\s+(?:[Cc]ollector|[Mm]agistrate|administration|officials?|authorities)\b|\p{Lu}[\p{L}-]*\s+(?:village|mandal|tehsil|taluka?|hamlet|gram\s+panchayat)\b|\b(?:village|hamlet)\s+of\s+\p{Lu}/u;
/** "Chief Minister ", "DGP ", "Chief secretary ": an office just before the blank. */
// ("Two UP Ministers — Chaudhary Laxmi Narayan Singh and _____": or a list of them after it.)
const OFFICIAL_BEFORE = /\b(?:Chief\s+Minister|Chief\s+[Ss]ecretary|DGP|Director\s+General\s+of\s+Police|SSP|SP|ADG|IG|Collector|District\s+Magistrate|Commissioner|[Mm]inisters?)\s+(?:[—–-]\s+)?(?:(?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}[\p{L}.]*(?:,|\s+and)\s+)?$/u;
/** "Who was the Chief Minister of Kerala …?", "Which Chief Minister of Uttar Pradesh rushed …?":
 *  the same office, asked. */
const OFFICIAL_ASKED = /^(?:Who (?:was|is) the|Which) (?:Chief Minister|Chief Secretary|Director General of Police|District Collector|District Magistrate)\b/;

/** One name with an "and" in it: "Jammu and Kashmir", "Goods and Services Tax", a body of fields. */
export function oneNameWithAnd(name: string): boolean {
  if (!name.includes(' and ')) return false;
  return BODY_OF_FIELDS.test(name) || LAW_OF_TWO.test(name) || placeNamesWithAnd().includes(name) || TERMS_WITH_AND.includes(name) || organisationNamed(name) !== null;
}

export interface Centrality {
  /** 0..1, higher is more central. */
  score: number;
  /** The answer names something the headline names. */
  inHeadline: boolean;
  /** How many of the article's fact sentences name the answer. */
  named: number;
  /** A blank on the story's own subject in a sentence about something else ("a member of _____
   *  all his life" → Scientology, in a story about a Scientology defector), or who forecast
   *  something: never asked. */
  offTopic: boolean;
}

/** "India To Get 4 New Semiconductor Units …: Piyush Goyal": the name after a headline's last
 *  colon says who told the news, not what it is. */
const ATTRIBUTION = /:\s*(?:(?:PM|CM|FM|Minister|Union Minister)\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*$/u;
export function withoutAttribution(headline: string): string {
  // ("Russia: Rajnath Singh attends commissioning ceremony of INS Tushil": a place opening the
  // headline before a colon says where the story is from, as a dateline does; not its news.)
  const tag = PLACE_TAG.exec(headline);
  const where = tag && (countryNamed(tag[1]) || cityNamed(tag[1])) ? headline.slice(tag[0].length) : headline;
  return where.replace(ATTRIBUTION, '');
}
const PLACE_TAG = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?):\s+/u;

/** The headline without "and 10 others", "five more": a count of the rest is no figure of the
 *  news ("Agra, Gaya and 10 others to be developed as industrial smart cities" is of 12 cities). */
function countedElse(headline: string): string {
  return headline.replace(/\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:others|more)\b/gi, '');
}

/**
 * The centrality of each fact of one article, by fact id. `headline` is the article's title.
 */
export function centralityOf(facts: readonly Fact[], fullHeadline: string, headlinePerson: HeadlineReferent | null = headlineReferent(facts, fullHeadline)): Map<string, Centrality> {
  const headline = withoutAttribution(fullHeadline);
  const head = stems(headline);
  const sentences = [...new Set(facts.map((f) => f.sentence))];
  const out = new Map<string, Centrality>();
  const namedCount = new Map<string, number>();
  const total = Object.values(WEIGHTS).reduce((sum, w) => sum + w, 0);
  // "Scientology defector arrested …": the person the headline describes is its news.
  const referent = headlinePerson?.factId;
  const numberAnswers = facts.filter((f) => f.answerType === 'number').map((f) => f.answer);
  const rankQuestions = facts.filter((f) => f.pattern === 'rank');
  // (The headline's or the lead's words: "Godavari districts", "in the five districts of …".)
  const manyLocalities = MANY_LOCALITIES.test(fullHeadline) || facts.some((f) => f.sentenceIndex < LEAD_SENTENCES && MANY_LOCALITIES.test(f.sentence));
  for (const f of facts) {
    const isReferent = f.id === referent;
    const sentenceShare = shareOf(stems(f.sentence), head);
    const parts = answerParts(f.answer);
    // ("homeopathy" under "… after homeopathic treatment …": a term the headline says in another form.)
    // ("two-plus-two" under "… as part of 2+2 mechanism": one term in figures and in words.)
    const inHeadline = parts.some((p) => mentions(f.answerType === 'number' ? countedElse(headline) : headline, p, f.answerType)) || (f.answerType === 'term' && (stemsIn(f.answer, head) || numberCompoundIn(f.answer, headline))) || givenNameIn(f, headline, facts) || (f.answerType === 'number' && (hedgedFigureIn(f.answer, headline) || roundedIn(f.answer, headline, numberAnswers) || hedgedCountIn(f.answer, headline, numberAnswers) || countAsOrdinalIn(f.answer, headline))) || ownServiceIn(f, headline);
    // The headline's term where the lead first says it: "The _____ ministerial meeting on security
    // held in Tokyo …" → two-plus-two, under "… as part of 2+2 mechanism".
    // (The analyser's key term only: a name the headline gives, "World Cup", is the story's topic,
    // and a quoted class, "'serious' category", no more than the figure that puts India in it.)
    const termIntroduced = inHeadline && f.keyTerm === true && f.sentenceIndex < LEAD_SENTENCES && f.sentenceIndex === firstSaid(f, facts);
    // How many of the article's fact sentences name the answer: what the story is about.
    const namedKey = `${f.answerType}\u001f${f.answer}`;
    let named = namedCount.get(namedKey);
    // ("the Indian Navy" in a Navy chief's story: "the Navy" of every other sentence names it too.)
    const service = f.answerType === 'organisation' ? OWN_SERVICE.exec(f.answer)?.[1] : undefined;
    if (named === undefined) namedCount.set(namedKey, (named = sentences.filter((s) => parts.some((p) => mentions(s, p, f.answerType)) || (service !== undefined && containsWord(s, service))).length));
    // (Not for a year: "2025" in three sentences of a forecast is when, not what the story is about.)
    const salience = Math.min(1, (f.answerType === 'year' ? 1 : named) / 4);
    // ("Preeti Sudan to take charge as Chairman of UPSC on August 1": the day the headline gives
    // beside the person it names is when their news happens, not the news.)
    const whenOfPerson = f.answerType === 'date' && facts.some((g) => g.sentence === f.sentence && g.answerType === 'person' && answerParts(g.answer).some((p) => mentions(headline, p, 'person')));
    // The share of the answer's words the headline has ("Toronto" of Metro Toronto Convention Centre).
    const answerShare = shareOf(head, stems(f.answer));
    const w = WEIGHTS;
    const raw =
      w.sentence * sentenceShare +
      w.lead * leadWeight(f.sentenceIndex) +
      w.salience * salience +
      // (Not for a figure: "over two years" shares only its unit with "citizens above 70 years".)
      w.answer * Math.max(inHeadline || isReferent || leadSubject(f) || seatsOfHeadline(f, headline) ? 1 : 0, isFigure(f) ? 0 : answerShare) +
      w.confidence * f.score +
      (f.pattern === 'cloze' ? 0 : w.question) +
      // A figure the headline states ("GDP grows 7.6%") is the news, whichever pattern asks it, and
      // so is the term it names ("RBI keeps repo rate unchanged").
      (NEWS.has(f.pattern) || isReferent || (inHeadline && isFigure(f) && !whenOfPerson) || termIntroduced || recordOfHeadline(f, inHeadline) ? w.news : 0);
    // An answer the story names everywhere bars every item that names it: unless it is the
    // headline's, it is asked after the facts it would bar. Background ("In which country is
    // Mecca?") comes after the news.
    // ("Which was the third country, after the United States and Australia, to set up a 2+2
    // mechanism with Japan?" → Russia, under "Russia, Japan upgrade defence ties …": a news
    // pattern asking the headline's name is the news wherever in the story it stands.)
    const umbrella = (inHeadline && (f.sentenceIndex <= 1 || NEWS.has(f.pattern))) || isReferent ? 1 : 1 / (1 + UMBRELLA_COST * Math.max(0, named - 2));
    // ("What does SSBN stand for?": what a short name spells out is a reference book's too.)
    // (Not the headline's own short name: "What does BioE3 stand for?" under "BioE3 policy … given
    // Cabinet nod" asks its news.)
    const spelled = SPELLED_OUT.exec(f.question)?.[1];
    const sideNote = SIDE_NOTE.has(f.pattern) || (spelled !== undefined && !containsWord(headline, spelled));
    const score = (raw / total) * umbrella * (sideNote && !inHeadline ? SIDE_NOTE_FACTOR : 1) * (f.pattern === 'cloze' && STREAK.test(f.cloze) ? STREAK_FACTOR : 1);
    // "Which organisation said the cyclone would weaken …?": who forecast something is no fact
    // to learn; like a blank on the story's subject elsewhere, it is never asked.
    // ("Who said that India has joined the elite club of space powers …?" under "PM Modi addresses
    // nation …": who said it, the headline already says.)
    // (So is one the headline credits after its colon: "…: Bhupender Yadav".)
    // ("Who said that the ELI scheme aims to incentivize … 3.5 crore jobs …, with an outlay of Rs
    // 99,446 crore?": where the words said hold figures the set may ask, they are the news, not
    // the minister who told them.)
    const figuresSaid = SAID.has(f.pattern) && facts.some((g) => g.sentence === f.sentence && g.answerType === 'number' && g.pattern === 'cloze');
    // ("Who said “Best wishes to all Congress leaders and workers”?", "Who said that the condition of
    // the injured … is stable?": who voiced a remark the story passes on is no fact a student learns
    // a month later; a quotation's news, its figure or decision, is asked of itself.)
    const saidOnly = f.pattern === 'quote' || (SAID.has(f.pattern) && (FORECAST.test(f.question) || figuresSaid || inHeadline || (fullHeadline !== headline && parts.some((p) => mentions(fullHeadline, p, f.answerType)))));
    // ("Lauding _____ for the historic feat, …" → ISRO, in a story that names ISRO in its title
    // and every paragraph: past the lead, a blank on the story's topic tests nothing.)
    const topicPastLead = named >= TOPIC_NAMED && f.sentenceIndex > 1;
    // ("Relations with Japan have a special place for _____" → India, in a story of India and
    // Japan: a country the story keeps naming is its setting, whatever the headline names.)
    // ("the relationship between _____ and Japan" → India, in a story of India and Japan: with the
    // other country of the pair beside it, the blank asks nothing, even in the lead.)
    const country = f.answerType === 'country';
    // (Nor where the headline names the pair: "_____ and China have reached an agreement …" under
    // "India, China reach agreement …".)
    const settingPastLead = country && ((named >= TOPIC_NAMED + 1 && f.sentenceIndex > 1) || (named >= TOPIC_NAMED && pairedSetting(f, facts, sentences)) || (inHeadline && headlinePair(f, headline)));
    // ("Which two countries strengthened their ties …?" → India and Singapore, under "India,
    // Singapore sign MoUs …": the pair the headline names, asked as one, by a blank or a question.)
    const headlinedPair = country && parts.length > 1 && parts.every((p) => mentions(headline, p, 'country')) && f.pattern === 'cloze';
    // ("_____'s counter-terror stance has resonated with several G7 …", "At the 2025 Deaflympics,
    // _____ took home 20 medals" → India: in Indian news the country a student reads it in is no
    // blank, once the story names it twice, or once after a preposition ("Bharat Ratna is the highest
    // civilian award in _____", "petroleum products exported from _____").)
    // (Named once, only after a preposition: "India has shown slight progress and now ranks 115th"
    // asks which country did.)
    // (Or as one of a pair, the other country right after it: "as _____ and Ethiopia work to …".)
    const homeBlank = country && (f.pattern === 'cloze' || f.pattern === 'place-in') && f.answer === 'India' && (named >= 2 || (named >= 1 && f.pattern === 'cloze' && (PREPOSITION_BEFORE_BLANK.test(textBeforeBlank(f.cloze)) || PAIRED_AFTER_BLANK.test(f.cloze.slice(f.cloze.indexOf('}}') + 2)))));
    // ("Who was the Prime Minister of the Republic of India in October 2025?" → Narendra Modi: the
    // heads of the country the student reads the news in are no office to learn from it.)
    const homeHead = (f.pattern === 'office' || f.pattern === 'role') && HOME_HEAD.test(f.question);
    // ("… held talks with Prime Minister Narendra Modi at the _____ in New Delhi" → Hyderabad House,
    // "… celebrated its 48th Statehood Day at _____ in Gangtok": the hall a meeting or a function
    // was held in is no fact of the news, unless the headline makes it one.)
    const venueBlank = f.pattern === 'cloze' && !inHeadline && VENUE.test(f.answer) && AT_VENUE.test(textBeforeBlank(f.cloze));
    // ("India's rank is up by 16 notches in the _____" → Global Competitiveness Index: in a
    // ranking story the index is the headline's own words, and the rank is the news.)
    const indexName = inHeadline && INDEX_NAME.test(f.answer);
    // ("For the year _____, the President approved 132 Padma Awards" under "Padma Awards 2024":
    // the year names the edition the headline is about, as "the 2024 Global Hunger Index".)
    // ("India fell further down the Global Hunger Index rankings in _____" → 2023, beside "What was
    // India's rank …?": so does the year a ranking is of, where the rank is asked.)
    const edition = /^(?:19|20)\d\d$/.test(f.answer) && (editionYear(headline, f.answer) || (rankQuestions.length > 0 && RANKING_YEAR_BEFORE.test(textBeforeBlank(f.cloze))));
    // (A figure the headline states is its news in the lead, however often the story repeats
    // it: "RBI keeps repo rate unchanged at 6.5%". Past the lead, a refrain: "… and collecting
    // _____ points" under "… win three points".)
    // (Nor the term where the lead introduces it.)
    // (Nor the person the lead appoints, names or honours: "_____ will succeed Rajiv Kumar as the
    // 26th Chief Election Commissioner" under "Gyanesh new CEC" asks the news; nor the one it says
    // won: "Olympic medallist _____ wins her maiden gold medal …".)
    const leadChoice = f.answerType === 'person' && f.sentenceIndex === 0 && (CHOSEN.test(f.sentence) || WON_TITLE.test(f.sentence));
    // (Nor the thing the lead launches or tests: "India has successfully test-fired its
    // next-generation _____ missile …" under "India test-fires … Agni Prime missile".)
    const leadLaunch = f.answerType === 'term' && f.sentenceIndex === 0 && LAUNCHED.test(f.sentence);
    const topicBlank = inHeadline && named >= 2 && (sentenceShare < 0.5 || topicPastLead) && !(isFigure(f) && f.sentenceIndex <= 1) && !termIntroduced && !leadChoice && !leadLaunch;
    // ("The census recorded 903 females, 750 males and _____ of undetermined sex": one figure of a
    // breakdown past the lead is a detail, not the story's figure.)
    // (A single sum among measures is a cost, no part of a breakdown: "The 2.08-km bridge, built
    // for Rs 550 crore, has 99 spans …".)
    const soleSum = MONEY.test(f.answer) && ((f.sentence.match(MONEY_ALL) ?? []).length === 1 || sumOfTheRest(f.answer, f.sentence));
    // (In the lead, the figures are the news: "… announced seven Padma Vibhushan, 19 Padma Bhushan
    // and 113 Padma Shri awardees".)
    // (Nor the total a dash or colon then breaks down: "at least six deaths - one in Kolkata, two …".)
    const breakdown = isFigure(f) && !inHeadline && f.sentenceIndex > 1 && !NEWS.has(f.pattern) && !soleSum && !totalBeforeParts(f.answer, f.sentence) && listedFigures(f.sentence) >= BREAKDOWN_FIGURES;
    // ("_____ has shown slight progress and now ranks 115th" → India, under "… where India stands":
    // where the sentence's rank is asked, the ranked name the headline gives is no blank.)
    // (Or in the lead, where the cloze stands elsewhere: "_____ has claimed the title of India's
    // highest-ranked institution …" beside "What was IIT Delhi's rank in the QS World University
    // Rankings 2026?" told just after.)
    const rankedName = inHeadline && rankQuestions.some((r) => (r.sentenceIndex === f.sentenceIndex || r.sentenceIndex < LEAD_SENTENCES) && /^What was (?:the )?(.+?)[’']s? rank\b/.exec(r.question)?.[1] === f.answer.replace(/^the\s+/i, ''));
    // ("Which organisation had transferred ₹2.1 lakh crore to the government?" → RBI, in a story of
    // the RBI's dividend: a question past the first sentence whose answer is the story's topic asks
    // nothing.)
    // (A body's, not a party's in a story of several, nor a person's: "Who was elected to the Lok
    // Sabha eight times …?" of the leader an obituary is about is a fact of their life.)
    const topicSubject = f.pattern === 'subject' && f.answerType === 'organisation' && inHeadline && named > TOPIC_NAMED && f.sentenceIndex > 0 && organisationKind(f.answer) !== 'party' && !/^Which party\b/.test(f.question);
    // ("… as they defeated hosts _____ 1-0" → China, under "… 1-0 Triumph Over China": the side the
    // headline says was beaten is known to its reader.)
    const beatenInHeadline = country && parts.some((p) => new RegExp(`\\b(?:over|against|beat|beats|defeat|defeats|downs?|stuns?|thrash(?:es)?|edges?)\\s+(?:hosts\\s+)?${reEscape(p)}\\b`, 'i').test(headline));
    // ("Satwiksairaj Rankireddy and Chirag Shetty had reached the finals at the _____ …" in a story
    // of Lakshya Sen's title, "Jamie Smith and Overton had struggled …" in one of Siraj's spell):
    // past the lead, what had happened before, in a sentence that shares no word with the headline,
    // is the story's background.
    // (With a headline to read it by: without one, nothing shares its words.)
    const background = head.size > 0 && f.sentenceIndex >= BACKGROUND_FROM && !inHeadline && sentenceShare === 0 && PLUPERFECT_OPENING.test(f.sentence);
    // ("Who was the Director of Airport, according to the article?", "Who was the Prime Minister of
    // New Zealand, …?": an office no date anchors, of one the story names once in passing past its
    // lead, is background to its news.)
    const passingOffice = undatedOffice(f) && named <= 1 && !inHeadline && f.sentenceIndex > 0;
    // ("Uttar Pradesh Chief Minister _____ on Tuesday rushed two senior ministers to Hathras", "Who
    // was the Chief Minister of Kerala?" of one who visited the injured: an official who responds to
    // the news, unnamed by its headline, is no part of what happened.)
    const responder = f.answerType === 'person' && !inHeadline && DISASTER.test(fullHeadline) && RESPONSE.test(f.sentence) && ((f.pattern === 'cloze' && OFFICIAL_BEFORE.test(textBeforeBlank(f.cloze))) || ((f.pattern === 'office' || f.pattern === 'role') && OFFICIAL_ASKED.test(f.question)));
    // ("A woman … died on the spot at Makavanipalem village in Mamidikuduru mandal in _____", "…
    // has impacted _____ villages in the district" under "… as cyclone hits Godavari districts"):
    // past the lead of a story told of many localities, what one of them saw is its detail.
    const oneLocality = !inHeadline && f.sentenceIndex >= LEAD_SENTENCES && !NEWS.has(f.pattern) && ONE_LOCALITY.test(f.sentence) && manyLocalities;
    // ("In men's doubles, _____ and Sai Pratheek K put up a valiant fight in the final before going
    // down … to China's Huang Di and Liu Yang", under "PV Sindhu … clinches … crown"): past the
    // lead of a title's story, who lost another final, and to whom, is the day's other results.
    // ("Deputy Commissioner Kishtwar, _____, confirmed that rescue operations began …", "ASP _____
    // said …"): a district's officer, named past the lead to tell the facts, is no fact of them.
    const localOfficer = f.pattern === 'cloze' && f.answerType === 'person' && !inHeadline && f.sentenceIndex > 0 && LOCAL_OFFICER_BEFORE.test(textBeforeBlank(f.cloze));
    const lostElsewhere = !inHeadline && f.sentenceIndex > 0 && LOST_FINAL.test(f.sentence) && WON_HEADLINE.test(headline);
    const offTopic = saidOnly || breakdown || oneLocality || lostElsewhere || localOfficer || topicSubject || headlinedPair || homeBlank || homeHead || venueBlank || background || passingOffice || responder || (f.pattern === 'cloze' && (topicBlank || settingPastLead || indexName || edition || rankedName || beatenInHeadline));
    out.set(f.id, { score: Math.round(score * 1000) / 1000, inHeadline, named, offTopic });
  }
  // ("Which team was the runner-up of the Pro Kabaddi League?" beside "Which team won …?": the
  // side beaten is asked after the winner, however often the story names it.)
  for (const f of facts) {
    if (f.pattern !== 'title-won' || !/\brunner-up\b/.test(f.question)) continue;
    const winner = facts.find((g) => g.pattern === 'title-won' && g.sentence === f.sentence && /^\S+(?:\s\S+)?\s+won\b/.test(g.question));
    const c = out.get(f.id)!;
    const w = winner && out.get(winner.id)!;
    if (w && c.score >= w.score) out.set(f.id, { ...c, score: Math.round(w.score * RUNNER_UP_FACTOR * 1000) / 1000 });
  }
  // "… 13 nano satellites from the _____" beside "Which satellite did ISRO launch …?": where a
  // sentence's news is read by a news pattern, a blank elsewhere in it is not its key fact.
  const news = new Set(facts.filter((g) => NEWS.has(g.pattern)).map((g) => g.sentence));
  for (const f of facts) {
    if (f.pattern !== 'cloze' || !news.has(f.sentence)) continue;
    const c = out.get(f.id)!;
    out.set(f.id, { ...c, score: Math.round(c.score * BESIDE_NEWS_FACTOR * 1000) / 1000 });
  }
  // "Which country has been ranked 105th …?" → India, beside "What was India's rank …?" → 105th:
  // where the sentence also gives a figure about it, the story's subject is not what to ask.
  const figure = (g: Fact) => g.answerType === 'number' || g.answerType === 'year' || g.answerType === 'date';
  for (const f of facts) {
    const c = out.get(f.id)!;
    // (Not who died, was appointed or won: there the person is the news, the figure beside it,
    // "passes away at 86", a detail.)
    if (c.inHeadline && c.named >= TOPIC_NAMED && !figure(f) && !(NEWS.has(f.pattern) && f.answerType === 'person') && facts.some((g) => g.sentence === f.sentence && figure(g) && g.pattern !== 'cloze')) {
      out.set(f.id, { ...c, score: Math.round(c.score * TOPIC_SUBJECT_FACTOR * 1000) / 1000 });
    }
    // ("The _____ on Friday announced a record ₹2.69 lakh crore dividend" under "RBI announces record
    // ₹2.69 lakh crore dividend …": a blank on the body the story keeps naming, beside the figure
    // its headline gives, asks what the headline says; the figure is the news.)
    // (Or the country the story is of: "Siraj was the hero as _____ beat England by just six runs"
    // under "… as India beat England by six runs …".)
    // (A country the headline names, named once or often.)
    else if (f.pattern === 'cloze' && (f.answerType === 'organisation' || f.answerType === 'country') && c.inHeadline && (c.named >= TOPIC_NAMED || f.answerType === 'country') && facts.some((g) => g.sentence === f.sentence && g.answerType === 'number' && out.get(g.id)!.inHeadline)) {
      out.set(f.id, { ...c, offTopic: true });
    }
  }
  // The person the headline describes is asked first, whatever else the lead's words share with it.
  if (referent && out.has(referent)) {
    const top = Math.max(...[...out.values()].map((c) => c.score));
    const c = out.get(referent)!;
    out.set(referent, { ...c, score: Math.max(c.score, Math.round((top + 0.001) * 1000) / 1000) });
  }
  return out;
}
