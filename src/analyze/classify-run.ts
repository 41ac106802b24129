/**
 * Class a run of capitalised words: place (country, city, region, islands, …), organisation,
 * person (title split off into `role`), or term. Gazetteers first, then title + name, then
 * cue words, then the shape of the name. Works per run; names that need the rest of the
 * article (surname-only mentions) are marked for `resolvePeople`.
 */
import type { RawToken } from './nlp.js';
import type { Mention } from './mention.js';
import type { Run } from './proper-runs.js';
import { runWords, wordsText, type Word } from './words.js';
import { splitTitle, isTitleWord, opensCompoundRank } from './title-split.js';
import { portfolioHalfBefore, portfolioOffice } from './portfolio.js';
import { hasPersonCue, lowerCaseTitleBefore, personInApposition, roleAround } from './person-cues.js';
import { alternation, exampleOfKindBefore, honorificsBeforeName, titleHeadsBeforeFullName, titlesOpeningName, cityNamed, countryNamed, countryOfDemonym, isGivenName, organisationNamed, regionNamed, regionOfAdjective, regionPlaceKind, titleHeads, isCommonWord } from '../lexicon/index.js';
import { ANIMAL_KINDS, COMMON_NOUN_SHORT_FORMS, KIND_NOUNS, LANGUAGES, LEADING_SITE_WORDS, NON_NAME_WORDS, OPENING_QUALIFIERS, PLACE_NAME_OPENERS, SITE_SERVING, ORGANISATION_WORDS, PERSON_NOUNS, PLACE_HEADS, SEAT_OFFICES, SITE_AFTER, SURNAME_PARTICLES, PLACE_PARTICLES, TERM_WORDS } from '../lexicon/index.js';
import { withThe } from '../util/definite-article.js';
import { oneLine } from '../util/one-line.js';
import { upperFirst } from '../util/upper-first.js';

/** The head word of an agency an intergovernmental body names after itself. */
const UN_AGENCY_HEAD = /^(?:Programme|Program|Fund|Office|Agency)$/;
const TITLE_HEADS = titleHeads();
const NAMING_PARTICIPLE = /^(?:Christened|Named|Renamed|Dubbed|Nicknamed|Titled|Called)$/;
/** India's civil services by their short forms, written after an officer's name. */
const CIVIL_SERVICE = /^(?:IAS|IPS|IFS|IRS|IRTS|IRAS|IA&AS)$/;
/** "PM", "CM": offices written short, before a full name or one name word. */
const SHORT_OFFICES = titleHeadsBeforeFullName();
const NAME_OPENERS = titlesOpeningName();
const HONORIFIC_TAIL = new RegExp(`(?:\\s+(?:${alternation(honorificsBeforeName())})\\.?)+$`, 'u');

export interface RunContext {
  /** The text the token offsets point into. */
  text: string;
  tokens: readonly RawToken[];
  /** The sentence's first and last token index. */
  sFirst: number;
  sLast: number;
}

interface Owner {
  /** Country or organisation the office belongs to ("Russia"). */
  name: string;
  /** The words as written, when they stand in the same run ("Afghan"). */
  text: string;
}

/** Words that make an office a post of its own ("Project Director", "Mission Director", "Zonal
 *  Manager"), not a body owning it. */
const POST_WORDS = new Set(['project', 'mission', 'programme', 'program', 'site', 'plant', 'unit', 'branch', 'zonal', 'regional', 'district', 'circle', 'division', 'team', 'campus', 'vehicle', 'launch', 'flight', 'range', 'station', 'area', 'sector', 'divisional', 'associate', 'technical', 'managing', 'executive', 'creative', 'artistic', 'music', 'film', 'finance', 'marketing', 'operations']);
const MAX_PREFIX_WORDS = 3;
const MAX_NAME_WORDS = 4;
const ACRONYM = /^\p{Lu}{3,6}$/u;
const CODE_NAME = /^(?=.*\p{Lu})(?=.*\d)\p{L}[\p{L}\d]*(?:-[\p{L}\d]+)*$/u;
/** "YouTube", "PlayStation", "WhatsApp": a capital inside the word marks a brand, not a surname. */
// ("XPoSat": a short form's first letters may open it.)
const BRAND_NAME = /^(?!Mc|Mac|De|Di|La|Le|Van|O['’])\p{Lu}{1,2}\p{Ll}+\p{Lu}\p{L}*$/u;
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;
/** Common abbreviations that are not organisations. */
const NOT_ORGANISATIONS = new Set([
  'COVID', 'AIDS', 'HIV', 'SARS', 'MERS', 'GDP', 'CEO', 'CFO', 'CTO', 'DNA', 'RNA', 'UTC', 'GMT', 'IST', 'EST', 'PST',
  'CET', 'SMS', 'PDF', 'USB', 'HTML', 'HTTP', 'URL', 'CPU', 'GPU', 'GPS', 'VIP', 'FAQ', 'LGBT', 'DVD', 'UFO', 'ATM',
  'LED', 'LCD', 'MRI', 'ICU', 'PPE', 'VAT', 'GST', 'BCE', 'ASAP', 'NGO', 'PhD', 'MBA', 'CCTV', 'OTT', 'APP', 'API',
]);
/**
 * A word shaped like a name part: "Lavrov", "Ki-moon", "O'Brien", "McDonald", "DeSantis", or an
 * initial. Camel case ("PlayStation") and capitals ("VR") are product and acronym shapes.
 */
const NAME_WORD = /^(?:(?:Mc|Mac|O['’]|D['’]|De|Di|La|Le|Van)?\p{Lu}\p{Ll}+(?:[-'’]\p{L}\p{Ll}*)*|(?:\p{Lu}\.){1,3})$/u;
/** Endings of everyday nouns and adjectives, rare in names ("Successful", "Administration"). */
const COMMON_WORD_ENDING = /\p{Ll}(?:ful|ous|ness|ment|tion|sion|ity|ism|ics|ical|ology|able|ible|ship|hood|ians)s?$/u;
/** "I'm", "We'll": a contraction is no name ("O'Brien" keeps its capital after the apostrophe). */
const CONTRACTION = /['’](?!s$)\p{Ll}/u;

/** ", Water Resources, and " after "Minister for Energy": the end of a portfolio listed with
 *  commas, before a run that opens on the list's last word. */
const PORTFOLIO_OPENS = /\b(?:Minister|Ministry|Secretary|Department)\s+(?:of|for)\s+\p{Lu}[^.;()]*$/u;
/** A word of English shape a portfolio may end on: "Irrigation", "Resources", "Development". */
const PORTFOLIO_WORD = /^\p{Lu}\p{Ll}+(?:tion|sion|ment|ture|ism|ry|ce|cs|ure|ies|ses|ing|al)$/u;
function portfolioListEnds(ctx: RunContext, first: number, word: Word): boolean {
  if (first - 1 < ctx.sFirst || !(isCommonWord(word.lower) || PORTFOLIO_WORD.test(word.text))) return false;
  const before = ctx.text.slice(Math.max(0, ctx.tokens[first].start - 120), ctx.tokens[first].start);
  const list = PORTFOLIO_OPENS.exec(before.replace(/,\s+and\s+$/, ''));
  return /,\s+and\s+$/.test(before) && !!list && list[0].includes(',');
}

export function classifyRun(ctx: RunContext, run: Run): Mention[] {
  const words = runWords(ctx.text, ctx.tokens, run.first, run.last);
  // ("under the Chair of Sahitya Akademi President X": the chair is the meeting's, no body's name.)
  // ("Minister for Energy, Water Resources, and Irrigation Shakti Bahadur Basnet": the last word
  // of a portfolio listed with commas runs onto the holder's name, and is no part of it.)
  // (Its holder is a person, as a title before the name would say.)
  if (words.length >= 3 && portfolioListEnds(ctx, run.first, words[0])) {
    const holder = [mention(words, 1, words.length - 1, 'person', oneLine(wordsText(ctx.text, ctx.tokens, words, 1, words.length - 1)), { personCue: true })];
    for (const m of holder) m.before = ctx.tokens[m.first - 1].text.toLowerCase();
    return holder;
  }
  const from = words.length >= 4 && words[0].lower === 'chair' && words[1].text === 'of' ? 2 : 0;
  const all = oneLine(wordsText(ctx.text, ctx.tokens, words, 0, words.length - 1));
  // ("… condolences to his family… Om Shanti.": a prayer or a slogan names no one.)
  if (SAYING.test(all)) return [];
  const mentions = termByShape(ctx, words, all) ?? portfolioAfterLowerOffice(ctx, words) ?? placeThenShortOffice(ctx, words) ?? classifySpan(ctx, words, from, words.length - 1, possessiveOwner(ctx, run.first));
  for (const m of mentions) m.before = m.first > ctx.sFirst ? ctx.tokens[m.first - 1].text.toLowerCase() : '';
  return mentions;
}

/** A run whose shape makes it a thing's name, no one's: a chess title, a Hindi film's title, a
 *  train, an award's category. */
/** Small Hindi words that stand inside film and song titles, never inside a person's name. */
const HINDI_TITLE_WORD = /^(?:Ek|Ki|Ka|Ke|Hai|Hain|Mein|Se|Aur|Ko|Tu|Dil|Chuke|Pyaar|Zindagi|Kabhi|Kuch|Mera|Meri|Tera|Teri)$/;
/** A sentence about trains. */
const TRAIN_WORDS = /\b(?:train|trains|coaches|railway|rail|derail(?:ed|ment)?|locomotive|platform)\b/i;
/** Prayers, greetings and slogans written in capitals. */
const SAYING = /^(?:Om Shanti|Jai Hind|Namaste|Bharat Mata Ki Jai|Jai Shri Ram)$/;
// ("fellow Indian V Praneeth, an International Master": so is a chess title standing alone.)
const CHESS_TITLE_ALONE = /^(?:(?:Woman\s+)?(?:International|FIDE)\s+Master|(?:Woman\s+)?Grandmaster|International\s+Arbiter)$/;
function termByShape(ctx: RunContext, words: Word[], all: string): Mention[] | null {
  if (CHESS_TITLE_ALONE.test(all)) return [mention(words, 0, words.length - 1, 'term', all)];
  // ("the song in Toilet Ek Prem Katha", "Hum Dil De Chuke Sanam": a Hindi title, its small words
  // in capitals, is a work's name, no person's.)
  if (words.length >= 3 && words.some((w, i) => i > 0 && HINDI_TITLE_WORD.test(w.text))) return [mention(words, 0, words.length - 1, 'term', all)];
  // ("as the Kalka Mail was nearing the Malwan railway station": a train by its name.)
  if (words.length >= 2 && /^(?:Mail|Express|Rajdhani|Shatabdi|Duronto|Superfast)$/.test(words[words.length - 1].text) && TRAIN_WORDS.test(ctx.text.slice(ctx.tokens[ctx.sFirst].start, ctx.tokens[ctx.sLast].end))) return [mention(words, 0, words.length - 1, 'term', all)];
  // ("At 6:40 pm, Coromandel Express left Balasore …": a name ending in "Express" is a train, or a
  // newspaper the lexicon knows, never a person, whatever the rest of its sentence says.)
  if (words.length >= 2 && /^(?:Express|Rajdhani|Shatabdi|Duronto|Superfast)$/.test(words[words.length - 1].text) && !organisationNamed(all) && !/^(?:Indian|Financial|Daily|Sunday|New)$/.test(words[words.length - 2].text)) return [mention(words, 0, words.length - 1, 'term', all)];
  // ("the award for Best Choreography", "Best Actor": an award's category.)
  if (words.length < 2 || words[0].text !== 'Best' || isGivenName(words[1].lower)) return null;
  return [mention(words, 0, words.length - 1, 'term', all)];
}

/** "Uttarkashi SP (superintendent of police) Arpan Yaduvanshi": a district's officer by the short
 *  form of the office, no name of a thing; the place is the name in it. */
const DISTRICT_OFFICE_SHORT = /^(?:SP|SSP|DM|DC|SDM|ADM|DIG|IG|IGP|DGP|BDO|CMO|DCP|ACP|DFO|SHO|MLA|MP|MLC)$/;
function placeThenShortOffice(ctx: RunContext, words: Word[]): Mention[] | null {
  if (words.length !== 2 || !DISTRICT_OFFICE_SHORT.test(words[1].text)) return null;
  const place = gazetteerMention(ctx, words, 0, 0, words[0].text);
  return place && place.length === 1 && place[0].cls === 'place' ? place : null;
}

/** "Union minister of Information and Broadcast Prakash Javadekar": a portfolio with its "and"
 *  after an office in lower case, then the officer's name, read as the office in capitals is. */
function portfolioAfterLowerOffice(ctx: RunContext, words: Word[]): Mention[] | null {
  const first = words[0].first;
  if (first - 2 < ctx.sFirst || !/^(?:of|for)$/.test(ctx.tokens[first - 1].text) || !words.some((w) => w.lower === 'and')) return null;
  const office = ctx.tokens[first - 2].text;
  if (!/^\p{Ll}/u.test(office) || !TITLE_HEADS.has(office)) return null;
  const link = ctx.tokens[first - 1].text;
  const split = splitTitle([{ text: office, lower: office, first: -2, last: -2 }, { text: link, lower: link, first: -1, last: -1 }, ...words]);
  const nameA = (split?.nameStart ?? 0) - 2;
  if (!split?.hasComplement || nameA < 1 || nameA > words.length - 2 || !looksLikeName(words, nameA, words.length - 1)) return null;
  const portfolio = oneLine(wordsText(ctx.text, ctx.tokens, words, 0, nameA - 1));
  const holder = oneLine(wordsText(ctx.text, ctx.tokens, words, nameA, words.length - 1));
  return [mention(words, nameA, words.length - 1, 'person', holder, { personCue: true, role: `${office[0].toUpperCase()}${office.slice(1)} ${link} ${portfolio}` })];
}

/** The endings of adjectives ("Traditional", "Ancient", "Historic", "Famous"), no given name's. */
const TRADE_END = /^(?:Instructor|Pilot|Officer|Commander|Engineer|Inspector|Controller|Examiner|Observer|Specialist|Expert|Counsel|Accountant|Auditor|Analyst|Architect|Surgeon|Physician|Consultant)$/;
/** A sport or field event by its one-word name (a team's name, "one Immortals player", is a name). */
const SPORT = /^(?:Javelin|Discus|Hammer|Shot|Hockey|Chess|Badminton|Tennis|Cricket|Football|Kabaddi|Kho|Wrestling|Boxing|Shooting|Archery|Athletics|Squash|Golf|Volleyball|Basketball|Handball|Rugby|Polo|Weightlifting|Swimming|Cycling|Rowing|Sailing|Fencing|Judo|Karate|Taekwondo|Snooker|Billiards|Gymnastics|Triathlon|Marathon|Sprint|Hurdles|Para)$/;
/** Title words that are surnames as well ("Sen Warren"; "Amartya Sen"; "Pradhan Mantri"; "Dharmendra Pradhan"). */
const TITLE_SURNAMES = new Set(['sen', 'pradhan']);
/** Who plays a sport, as a word after its name ("Javelin thrower", "Chess grandmaster"). */
const ATHLETE_NOUN = /^(?:throwers?|players?|jumpers?|runners?|sprinters?|shooters?|wrestlers?|boxers?|swimmers?|cyclists?|batters?|batsman|batsmen|bowlers?|goalkeepers?|strikers?|athletes?|grandmasters?|weightlifters?|lifters?|archers?|paddlers?|shuttlers?|skaters?|racers?|riders?|champions?)$/;
/** "a ", "as ", "a qualified ": an article, or "as", and at most one lower-case word before a run. */
const ARTICLE_BEFORE = /\b(?:[Aa]n?|[Aa]s)\s+(?:\p{Ll}+\s+)?$/u;
const TITLE_PARTICIPLE = /^(?:Commanding|Presiding|Officiating|Visiting|Acting|Reigning|Outgoing|Incoming|Serving|Sitting|Ruling|Retiring)$/;
/** "Long-billed", "Red-headed", "Fast-growing": a word and a participle joined. */
const COMPOUND_ADJECTIVE = /^\p{Lu}\p{Ll}+-\p{Ll}+(?:ed|ing)$/u;
const ORDINAL_OPENER = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)$/;
const ADJECTIVE_FORM = /^\p{Lu}\p{Ll}+(?:ional|ical|ious|eous|uous|able|ible|ful|less|ient|oric)$/u;

/** Kinds of operation whose name may follow them ("exercise Shakti", "Exercise Yudh Abhyas"). */
const EXERCISE_KIND = /^(?:[Ee]xercise|[Ee]xercises|[Oo]peration|[Ww]argame|[Dd]rill)$/;
/** "exercise, known as ", "operation code-named ": the kind of operation, then what it is called. */
const KIND_THEN_CALLED = /\b(?:exercises?|operation|drill|wargames?|mission)(?:,\s+|\s+)(?:known\s+as|named|called|code-?named|dubbed|titled)\s+$/i;
/** "Naval", "Military", "Joint": the kind of a drill written with its name. */
const DRILL_KIND = /^(?:Naval|Military|Army|Joint|Air|Maritime|Bilateral|Trilateral|Multilateral|Combined)$/;
const DRILL_NOUN = /^(?:exercises?|drills?|wargames?)$/;

/** "a Marathi science fiction story, ", "his 1998 novel, ": a work's kind after its owner or an
 *  article, and a comma (not "In the film, Khan plays …"). */
const WORK_KIND_COMMA = /\b(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\p{L}\d-]+\s+){0,4}?(?:book|novel|play|poem|collection|anthology|memoir|autobiography|film|movie|documentary|album|song|novella|story|biopic|series)\s*,\s*$/u;

/** Whether the run from token `first` to `last` is a work's title set off by a comma after its kind. */
function workApposed(ctx: RunContext, first: number, last: number): boolean {
  const start = ctx.tokens[first].start;
  const after = ctx.text.slice(ctx.tokens[last].end, ctx.tokens[last].end + 3);
  return /^\s*[(,]/.test(after) && WORK_KIND_COMMA.test(ctx.text.slice(Math.max(0, start - 80), start));
}

/** Kinds of work whose title may follow them. */
// ("the 1983 cult classic Jaane Bhi Do Yaaro", "the sitcom Sarabhai vs Sarabhai": a film or a show by what it is called too.)
const WORK_KIND = /^(?:book|novel|play|poem|poems|collection|anthology|memoir|autobiography|biography|film|movie|documentary|album|song|novella|story|stories|classic|blockbuster|biopic|sitcom|serial|series|thriller)$/;

/** Buildings and grounds, named after people as often as after places. */
const BUILDING_HEAD = /^(?:auditorium|hall|stadium|arena|theatre|theater|bhavan|bhawan|mandapam|airport)$/;
const AWARD_HEAD = /^(?:Ratnas?|Bhushan|Vibhushan|Shri|Puraskars?|Sammans?|Prize|Award|Medal|Trophy|Chakras?|Fellowship)$/;
/** The last word of a measure's name: "Worker Population Ratio", "Unemployment Rate". */
/** The last word of a court filing's name. */
const FILING_HEAD = /^(?:Appeal|Petition|Plea|Writ|Application)$/;
/** "at the ", "near the ": a place's preposition and its article before a name. */
const LANDMARK_BEFORE = /\b(?:at|near|outside|inside|from|to)\s+the\s+$/;
const MEASURE_HEAD = /^(?:Rate|Rates|Ratio|Ratios)$/;
/** "100 Giga Watt", "500 Mega Watts", "Kilo Litre": a unit of measure with its metric prefix,
 *  capitalised as some copy writes it, names no one and nothing. */
const METRIC_UNIT = /^(?:Giga|Mega|Kilo|Tera|Milli|Nano)[\s-]?(?:[Ww]att|[Mm]etre|[Mm]eter|[Ll]itre|[Ll]iter|[Tt]onne|[Bb]yte|[Hh]ertz)(?:s|-[Hh]ours?)?$/u;
/** Last words of a sporting meet's name. */
/** "the Mission Control Room", "lost contact with Air Traffic Control", "Both Houses of Parliament":
 *  a room, service or house every launch centre, airport, hospital or parliament has, written with
 *  capitals, is no name to learn. */
const GENERIC_FACILITY = /^(?:(?:Mission|Launch|Flight)\s+Control(?:\s+(?:Room|Centre|Center))?|Air\s+Traffic\s+Control(?:ler)?s?|(?:Master\s+)?Control\s+(?:Room|Tower)|Intensive\s+Care\s+Unit|Emergency\s+(?:Ward|Room|Department)|Operation\s+Theatre|Trauma\s+(?:Centre|Ward)|Foreign\s+Training\s+Node|Houses\s+of\s+Parliament)$/;
/** " is an island", " is a village in": the kind of place the sentence says a name is. */
// ("Hasdeo Arand, one of the largest dense forest in central India": said in apposition too.)
// (Its noun the phrase's head there: not "Sarvesh Bhadauria, a forest official in …".)
const PLACE_SAID = /^(?:\s+(?:is|was)\s+(?:an?|one\s+of\s+the)\s+(?:[\p{Ll}-]+\s+){0,2}?(island|town|city|village|hamlet|port\s+town|district|tehsil)\b|,\s+(?:an?|one\s+of\s+the)\s+(?:[\p{Ll}-]+\s+){0,3}?(island|town|city|village|hamlet|district|tehsil|forest|lake|river|valley|hills?|wetland|sanctuary)s?(?=\s+(?:in|of|near|on|at|along|across|spanning|covering|that|which|where)\b|\s*[,.;]))/u;
/** Places of nature a sentence may say a name is, no town. */
const NATURAL_PLACE = /^(?:forest|lake|river|valley|hills?|wetland|sanctuary)$/;
/** "Dr", "Prof.", "Shri": an honorific that only a person's name follows (the lexicon's, and "Sri"). */
/** "Mr", "Mrs.", "Ms": a title of courtesy, which only a person bears. */
const COURTESY_BEFORE = /^(?:Mr|Mrs|Ms|Smt|Shri)\.?$/;
const HONORIFIC_BEFORE = new RegExp(`^(?:${alternation(honorificsBeforeName())}|Sri)\\.?$`, 'u');
/** "1988 ", "1991-": a year right before a word, set off by a space or glued by a hyphen. */
const YEAR_JUST_BEFORE = /(?:^|\D)(?:19|20)\d\d(?:\s|-)$/;
/** "Indo-Burmese", "Sino-Tibetan", "Afro-Asian": a combining form of a people, hyphened to another word. */
const COMBINING_FORM = /^(?:Indo|Sino|Afro|Euro|Anglo|Austro|Russo|Franco|Greco|Judeo|Italo|Hispano|Turco)-\p{Lu}/u;
/** Chess titles written out before a player's name. */
const CHESS_TITLE = /^(?:International Master|Woman International Master|Woman Grandmaster|Grandmaster|FIDE Master)\s+/;
/** Indian site words that name a site after a person: the given name before them is the person's. */
const NAMED_AFTER_SITE = /^(?:setu|sethu|bhavan|bhawan|mandapam|marg|sadan|niwas|ghat|maidan)$/;
const EVENT_HEAD = /^(?:Classic|Invitational|Open|Masters|Prix)$/;
/** The prefixes of ships' names: merchant (MV, MT, MSV), naval and coast guard ships. */
const VESSEL_PREFIX = /^(?:MV|MT|MSV|INS|INSV|ICGS|USS|USNS|HMS|HMAS|RFS|PNS|CNS|RMS)$/;
/** Countries' names that are given names too, before a middle name and a surname ("Bharat
 *  Bhushan Batra"). */
const GIVEN_NAME_COUNTRIES = new Set(['Bharat']);
/** Award heads no person's name ends in. */
// ("26 Shaurya Chakras": in the plural too.)
const AWARD_END = /^(?:Shri|Chakras?|Puraskars?|Sammans?)$/;

/** "Northern Railway General Manager Visheshwar Choubey": two unknown words before title words
 *  and a full name own the office, as one word does ("Alphabet CEO Sundar Pichai"). */
const BODY_KIND_WORDS = new Set(['railway', 'railways']);
function twoWordBodyOwner(words: Word[], a: number, b: number, prefix: string): string | null {
  // (The second may be a word of offices too where it names a body's kind, "Northern Railway",
  // never "Thai Prime Minister …".)
  if (isTitleWord(words[a].lower) || (isTitleWord(words[a + 1].lower) && !BODY_KIND_WORDS.has(words[a + 1].lower) && !ORGANISATION_WORDS.has(words[a + 1].lower)) || POST_WORDS.has(words[a + 1].lower)) return null;
  // (Nor a place with its holder's turn, "New Kerala Governor …": a place owns its offices itself.)
  const placeWord = (w: Word) => countryNamed(w.text) || countryOfDemonym(w.text) || regionNamed(w.text) || cityNamed(w.text);
  if (placeWord(words[a]) || placeWord(words[a + 1]) || /^(?:new|outgoing|incoming|former|acting|then)$/.test(words[a].lower) || !/^\p{Lu}/u.test(words[a + 1].text)) return null;
  let k = a + 2;
  while (k <= b && isTitleWord(words[k].lower)) k++;
  // (Not a post of its own, "District Forest Officer": a trade's title owns no body.)
  const titled = k > a + 2 && TITLE_HEADS.has(words[k - 1].lower) && !TRADE_END.test(words[k - 1].text) && !POST_WORDS.has(words[a].lower);
  return titled && b - k >= 1 && looksLikeName(words, k, b) ? prefix : null;
}

function classifySpan(ctx: RunContext, words: Word[], a: number, b: number, owner: Owner | null): Mention[] {
  if (a > b) return [];
  // (In parts: as one function of ~290 lines, TurboFan spent ~170–300 ms compiling it, and again
  // after each of its deopts, in every worker.)
  const past = spanPastOpening(ctx, words, a, b, owner);
  if (past) return past;
  const phrase = wordsText(ctx.text, ctx.tokens, words, a, b);
  return knownSpan(ctx, words, a, b, owner, phrase) ?? ownedSpan(ctx, words, a, b, phrase) ?? plainSpan(ctx, words, a, b, owner, phrase);
}

/** The span without words that open it but name no one (a trade, a participle, an honour, …), classified; null when none. */
function spanPastOpening(ctx: RunContext, words: Word[], a: number, b: number, owner: Owner | null): Mention[] | null {
  // ("Ms. Sudan is currently a member …", "Mr. Jordan said": a courtesy title before one name
  // makes it a person's, whatever place the name also is.)
  if (b === a + 1 && COURTESY_BEFORE.test(words[a].text) && /^\p{Lu}\p{Ll}+$/u.test(words[b].text)) return [mention(words, b, b, 'person', words[b].text, { personCue: true })];
  // ("the defence PSU Mazagon Dock Limited": the common noun's short form is no part of the name.)
  if (a < b && COMMON_NOUN_SHORT_FORMS.has(words[a].text)) return classifySpan(ctx, words, a + 1, b, owner);
  // ("a 1988 Batch Indian Administrative Service officer": the batch after its year, capitalised
  // as service records write it, is no part of the service's name.)
  if (a < b && words[a].text === 'Batch' && YEAR_JUST_BEFORE.test(ctx.text.slice(Math.max(0, ctx.tokens[words[a].first].start - 6), ctx.tokens[words[a].first].start))) return classifySpan(ctx, words, a + 1, b, owner);
  // ("Gangster Anil Rana was …", "Actor Manoj Kumar …": what someone does, capitalised only
  // because it opens the sentence, is no part of the name.)
  // ("Openers Wolvaardt and Brits added 51 runs": nor what several people do, in the plural.)
  // ("Christened Minervarya Pentali, the frog …": a participle of naming opening the sentence.)
  if (a < b && words[a].first === ctx.sFirst && NAMING_PARTICIPLE.test(words[a].text)) return classifySpan(ctx, words, a + 1, b, owner);
  // ("Retweeting Ricky’s post, the prime minister wrote …", "Congratulating Neeraj, …": a
  // participle opening the sentence, its object after it, is no given name.)
  if (a < b && words[a].first === ctx.sFirst && /^\p{Lu}\p{Ll}{3,}ing$/u.test(words[a].text) && !isGivenName(words[a].lower)) return classifySpan(ctx, words, a + 1, b, owner);
  // ("Player-turned-coach Manpreet Singh also got …": a hyphened trade opening the sentence is the
  // person's, as a bare one is.)
  // ("… Podium Scheme (TOPS) Athlete Anmol Kharb": a trade in capitals before a full name is what
  // they are, anywhere in the sentence.)
  if (b - a >= 2 && words[a].first !== ctx.sFirst && PERSON_NOUNS.has(words[a].lower) && !isTitleWord(words[a].lower) && !isGivenName(words[a].lower) && looksLikeName(words, a + 1, b)) return classifySpan(ctx, words, a + 1, b, owner);
  if (a < b && words[a].first === ctx.sFirst && (PERSON_NOUNS.has(words[a].lower) || (words[a].lower.includes('-') && hyphenedTrade(words[a].lower)) || OPENING_QUALIFIERS.has(words[a].text) || (/\p{Ll}s$/u.test(words[a].text) && !isGivenName(words[a].lower) && PERSON_NOUNS.has(singular(words[a].lower)) && looksLikeName(words, a + 1, b) && !/^(?:Without|Of|For|And|The|In|On|At|To|With|From|By|Across)$/.test(words[a + 1].text) && !organisationNamed(wordsText(ctx.text, ctx.tokens, words, a, b))))) return classifySpan(ctx, words, a + 1, b, owner);
  // ("Moreover, Padma Shri Phukan was conferred with …": an honour worn before a name, as a title
  // is, is no part of it.)
  if (b >= a + 2 && HONOUR_BEFORE_NAME.has(`${words[a].text} ${words[a + 1].text}`) && looksLikeName(words, a + 2, b) && !TERM_WORDS.has(words[b].lower)) return classifySpan(ctx, words, a + 2, b, owner);
  // ("including the Padma Sri": the honour alone, however spelled, is no one's name.)
  if (b === a + 1 && words[a].text === 'Padma' && /^S(?:h)?ri$/.test(words[b].text)) return [mention(words, a, b, 'term', `${words[a].text} ${words[b].text}`)];
  // ("Namibian Cheetah Aasha": the animal's kind before its one-word name.)
  if (b === a + 1 && ANIMAL_KINDS.has(words[a].lower) && /^\p{Lu}\p{Ll}+$/u.test(words[b].text)) return classifySpan(ctx, words, b, b, owner);
  // ("New Tamil Nadu chief minister O Panneerselvam": "New" before a known state that "New" does
  // not name with it, as "New Delhi" and "New York" are, is the holder's turn.)
  if (a < b && words[a].text === 'New' && newBeforePlace(wordsText(ctx.text, ctx.tokens, words, a + 1, b))) return classifySpan(ctx, words, a + 1, b, owner);
  // ("Deputy Chief Ministers Samrat Choudhary and …", "Justices J J Munir and …": a plural title
  // before a list of names belongs to them all; the names are people.)
  const named = afterPluralTitle(words, a, b, ctx.tokens[words[b].last + 1]?.text === 'and');
  if (named > a) return classifySpan(ctx, words, named, b, owner);
  return null;
}

/** A span whose shape or a known name decides what it is; null when neither does. */
function knownSpan(ctx: RunContext, words: Word[], a: number, b: number, owner: Owner | null, phrase: string): Mention[] | null {
  if (METRIC_UNIT.test(phrase) || GENERIC_FACILITY.test(phrase)) return [];
  // ("played in Wijk aan Zee", "Frankfurt am Main": a Dutch or German place particle inside.)
  if (b > a && phrase.split(/\s+/).some((w) => PLACE_PARTICLES.has(w))) return [mention(words, a, b, 'place', oneLine(phrase), { placeKind: 'city' })];
  // ("Indonesia’s International Master Irine Kharisma Sukandar": a chess title before a name, no
  // body for all its "International".)
  const chessTitle = CHESS_TITLE.exec(phrase);
  if (chessTitle) {
    const at = a + chessTitle[0].trim().split(/\s+/).length;
    if (at <= b && looksLikeName(words, at, b)) {
      const m = mention(words, at, b, 'person', oneLine(wordsText(ctx.text, ctx.tokens, words, at, b)), { personCue: true });
      m.role = chessTitle[0].trim();
      return [m];
    }
  }
  // ("won in Para Judo men's 61kg", "Para Archery": a run of sport words is the sport, no one's name.)
  if (b > a && words.slice(a, b + 1).every((w) => SPORT.test(w.text))) return [mention(words, a, b, 'term', oneLine(phrase))];
  // ("MV Chem Pluto", "MT Marlin Luanda", "INS Imphal": a ship's prefix before its name.)
  if (b > a && VESSEL_PREFIX.test(words[a].text)) return [mention(words, a, b, 'term', oneLine(phrase))];
  // ("her Kashmiri novel Psychiatric Ward", "his Bodo book Swrni Thakhai": the title of a work
  // after its kind is the work's, never a person's.)
  // ("the joint military exercise Shakti", "Joint Military Exercise Yudh Abhyas-2024": so is the
  // name after the kind of operation, apart from the words that describe it.)
  const kindBefore = ctx.tokens[words[a].first - 1]?.text ?? '';
  if (a === 0 && (WORK_KIND.test(kindBefore) || EXERCISE_KIND.test(kindBefore)) && words[a].first > ctx.sFirst) return [mention(words, a, b, 'term', oneLine(phrase))];
  // ("he wrote a Marathi science fiction story, Athenscha Plague (The Plague in Athens), which …":
  // or set off by a comma after "a/his … story", the title ending at a bracket or a comma.)
  if (a === 0 && b === words.length - 1 && kindBefore === ',' && workApposed(ctx, words[a].first, words[b].last)) return [mention(words, a, b, 'term', oneLine(phrase))];
  // ("This joint military exercise, known as Indra 2016, …": or after the kind and what it is called.)
  if (a === 0 && words[a].first > ctx.sFirst && KIND_THEN_CALLED.test(ctx.text.slice(Math.max(0, ctx.tokens[words[a].first].start - 50), ctx.tokens[words[a].first].start))) return [mention(words, a, b, 'term', oneLine(phrase))];
  const kindAt = words.findIndex((w, i) => i > a && i < b && EXERCISE_KIND.test(w.text) && /^\p{Lu}/u.test(words[i + 1].text));
  if (kindAt > a) return [mention(words, a, kindAt, 'term', oneLine(wordsText(ctx.text, ctx.tokens, words, a, kindAt))), mention(words, kindAt + 1, b, 'term', oneLine(wordsText(ctx.text, ctx.tokens, words, kindAt + 1, b)))];
  const known = gazetteerMention(ctx, words, a, b, phrase);
  if (known) return known;
  // ("the south of Brahmaputra clade of Indo-Burmese Cyrtodactylus": a name opening on a compound
  // of two peoples' or regions' words is a region's or a thing's, never a person's.)
  // (Not an owner of an office before its holder: "Anglo-Indian MP Derek O'Brien".)
  if (COMBINING_FORM.test(words[a].text) && !words.slice(a + 1, b + 1).some((w) => isTitleWord(w.lower))) return [mention(words, a, b, 'term', oneLine(phrase))];
  // ("neo-pagan religions, such as Wicca, …": a name given as an example of a kind of thing is a
  // thing's, never a person's.)
  if (a === 0 && b === words.length - 1 && exampleOfKindBefore(ctx.text.slice(Math.max(0, ctx.tokens[words[a].first].start - 40), ctx.tokens[words[a].first].start))) return [mention(words, a, b, 'term', oneLine(phrase))];
  // ("Shiv Das Meena IAS assumed office …": the service after a name is no part of it.)
  if (b > a + 1 && CIVIL_SERVICE.test(words[b].text)) return classifySpan(ctx, words, a, b - 1, owner);
  // ("Former governor Jammu and Kashmir Ravi Shankar Mehta": a state, then a full name, run together
  // because the title stood before both.)
  const stateThenName = regionBeforeName(ctx, words, a, b);
  if (stateThenName) return stateThenName;
  const officer = bodyThenOfficer(ctx, words, a, b);
  if (officer) return officer;
  const holder = bodyOfPlaceThenName(ctx, words, a, b) ?? bodyWordThenName(ctx, words, a, b);
  if (holder) return holder;
  // "the Padma Shri award-winning actor", "the Param Vir Chakra": no name ends in an honorific
  // or a wheel; an award does.
  if (b > a && AWARD_END.test(words[b].text)) return [mention(words, a, b, 'term', oneLine(phrase))];

  // ("Project Director Nigar Shaji", "Mission Director Biju": a post of its own, then the name.)
  if (b >= a + 2 && POST_WORDS.has(words[a].lower) && TITLE_HEADS.has(words[a + 1].lower) && looksLikeName(words, a + 2, b)) {
    return [mention(words, a + 2, b, 'person', oneLine(wordsText(ctx.text, ctx.tokens, words, a + 2, b)), { personCue: true, role: wordsText(ctx.text, ctx.tokens, words, a, a + 1) })];
  }
  return null;
}

/** A span opening on a known owner of what follows (a country, a body, a state); null when none. */
function ownedSpan(ctx: RunContext, words: Word[], a: number, b: number, phrase: string): Mention[] | null {
  // "Russian President …", "NATO Secretary-General …": a known owner in front.
  for (let n = Math.min(MAX_PREFIX_WORDS, b - a); n >= 1; n--) {
    const prefix = wordsText(ctx.text, ctx.tokens, words, a, a + n - 1);
    // An unknown acronym before a title is an organisation owning the office ("RBI Governor …").
    const acronymOwner = n === 1 && ACRONYM.test(prefix) && a + 1 <= b && isTitleWord(words[a + 1].lower) ? prefix : null;
    // "Alphabet CEO Sundar Pichai": one unknown word before a title and a full name owns the office.
    // ("Project Director Nigar Shaji": a word that makes the office a post of its own owns nothing.)
    const bodyOwner = n === 1 && !acronymOwner && a + 3 <= b && TITLE_HEADS.has(words[a + 1].lower) && !isTitleWord(words[a].lower) && !POST_WORDS.has(words[a].lower) && !opensCompoundRank(words, a) && looksLikeName(words, a + 2, b) ? prefix : null;
    // A state or province owns its offices too: "Assam Chief Minister …", "Texas Governor …".
    // ("Colorado State University" is a body: an organisation word after it says so.)
    const regionOwner =
      a + n <= b && isTitleWord(words[a + n].lower) && hasWord(words, a + n, b, TITLE_HEADS) && !hasWord(words, a + n, b, ORGANISATION_WORDS) ? (regionNamed(prefix)?.name ?? null) : null;
    // ("the Supreme Court of India": a body and where it is, one name; an owner stands before a title or a name.)
    if (a + n <= b && words[a + n].text === 'of') continue;
    // ("Congress candidate Bharat Bhushan Batra": a country's name that is a given name too,
    // before two or three name words and no title, is that person's.)
    if (n === 1 && GIVEN_NAME_COUNTRIES.has(prefix) && b - a >= 2 && b - a <= 3 && !isTitleWord(words[a + 1].lower) && !ORGANISATION_WORDS.has(words[b].lower) && !PLACE_HEADS.has(words[b].lower) && looksLikeName(words, a + 1, b)) return [mention(words, a, b, 'person', oneLine(phrase))];
    const ownerName = countryNamed(prefix)?.name ?? countryOfDemonym(prefix)?.name ?? organisationNamed(prefix)?.name ?? acronymOwner ?? regionOwner ?? bodyOwner ?? (n === 2 ? twoWordBodyOwner(words, a, b, prefix) : null);
    if (!ownerName) continue;
    const owned: Owner = { name: ownerName, text: prefix };
    const head = gazetteerMention(ctx, words, a, a + n - 1, prefix) ?? [];
    // "Kenyan Ambassador to the United Nations Peter Otieno" is a person, though "Nations" names a body.
    const person = titledPerson(ctx, words, a + n, b, owned);
    if (person) return [...head, ...person];
    if (hasWord(words, a + n, b, ORGANISATION_WORDS)) return [organisation(words, a, b, phrase)];
    // ("the UN Development Programme (UNDP)", "the UN Population Fund": a programme or a fund
    // an intergovernmental body names after itself is one of its agencies, a body of its own.)
    if (b > a + n - 1 && UN_AGENCY_HEAD.test(words[b].text) && organisationNamed(prefix)?.kind === 'intergovernmental') return [organisation(words, a, b, phrase)];
    // "Bharat Mandapam", "India Gate": a site named after its country is one place.
    const site = PLACE_HEADS.get(words[b].lower);
    // ("the Bharat Ratna C. Subramaniam Auditorium": a building named after someone, several words on.)
    if (site && (b === a + n || BUILDING_HEAD.test(words[b].lower)) && !countryOfDemonym(prefix)) return [mention(words, a, b, 'place', oneLine(phrase), { placeKind: site })];
    const rest = classifySpan(ctx, words, a + n, b, owned);
    // "Chinese New Year", "French Open": a demonym before a term is part of its name.
    const whole = rest.length === 1 && (rest[0].cls === 'term' || rest[0].status === 'maybe-person') && rest[0].first === words[a + n].first && rest[0].last === words[b].last;
    if (whole && !countryNamed(prefix) && countryOfDemonym(prefix)) return [mention(words, a, b, 'term', oneLine(phrase))];
    // ("the Bharat Forecast System", "India Energy Week": a country's name before a thing's is
    // the thing's, where the name ends on a word of its kind.)
    // (Not a pair of countries joined by a dash, "India–US Joint Military Exercise": each is named.)
    if (whole && countryNamed(prefix) && TERM_WORDS.has(words[b].lower) && !dashPaired(ctx, words, a, prefix, phrase)) return [mention(words, a, b, 'term', oneLine(phrase))];
    // "Bharat Ratna", "Pakistan Prize for …": a country's name before an award's is the award's.
    if (whole && AWARD_HEAD.test(wordsText(ctx.text, ctx.tokens, words, b, b))) return [mention(words, a, b, 'term', oneLine(phrase))];
    return [...head, ...rest];
  }
  return null;
}

/** Whether the country opening a span is one of a pair a dash joins ("India–US …", either side). */
function dashPaired(ctx: RunContext, words: Word[], a: number, prefix: string, phrase: string): boolean {
  const start = ctx.tokens[words[a].first].start;
  return /[-–—]/.test(phrase.slice(prefix.length, prefix.length + 2)) || /[-–—]\s?$/.test(ctx.text.slice(Math.max(0, start - 2), start));
}

/** Any other span: split at "of", a titled person, a body, a place, a term or a name. */
function plainSpan(ctx: RunContext, words: Word[], a: number, b: number, owner: Owner | null, phrase: string): Mention[] {
  const split = splitAtOf(ctx, words, a, b);
  if (split) return split;
  // "the PM Vishwakarma scheme", "the CM Rise scheme": a title opening the name of the kind of
  // thing after it names a scheme after an office, not a person.
  const after = words[b].last < ctx.sLast ? ctx.tokens[words[b].last + 1] : null;
  if (b > a && TITLE_HEADS.has(words[a].lower) && after && KIND_NOUNS.has(after.text)) return [mention(words, a, b, 'term', oneLine(phrase))];
  // ("in the Serchhip North Assembly constituency", "the Zunheboto Assembly seat": a seat is a
  // place named without the house word, which only says which house it returns a member to.)
  // ("Dadra and Nagar Haveli Lok Sabha seat": both words of the house.)
  if (b > a && /^(?:assembly|sabha)$/.test(words[b].lower) && after && /^(?:constituency|constituencies|seat|segment|bypoll|by-election)$/.test(after.text)) {
    const end = b - 1 > a && /^(?:lok|vidhan|rajya)$/.test(words[b - 1].lower) ? b - 2 : b - 1;
    return [mention(words, a, end, 'place', oneLine(wordsText(ctx.text, ctx.tokens, words, a, end)), { placeKind: 'other' })];
  }
  const person = titledPerson(ctx, words, a, b, owner);
  if (person) return person;
  // ("Nagaland CM Zhaleo", "Chief Minister Atishi" as "CM Atishi": a short office before one
  // name word is that person's, unless the kind of thing after makes it a scheme's name above.)
  if (b === a + 1 && SHORT_OFFICES.has(words[a].lower) && NAME_WORD.test(words[b].text) && !isCommonWord(words[b].lower) && !(after && KIND_NOUNS.has(after.text))) {
    const m = mention(words, b, b, 'person', words[b].text, { personCue: true });
    m.role = roleText(words[a].text, owner, false);
    return [m];
  }
  if (allTitleWords(words, a, b)) return [];
  // "an Ottawa New Democrat MP": after "a/an", words ending in an office describe someone; the
  // description is no entity itself, a place inside it still is. ("Stephen King", "John Major"
  // have no "a" before them and stay names.)
  if (b > a && TITLE_HEADS.has(words[b].lower) && /^an?$/i.test(ctx.tokens[words[a].first - 1]?.text ?? '')) {
    return placesWithin(ctx, words, a, b - 1);
  }
  // "singer Sonu Nigam": after a lower-case role, two name words are a person whatever they end in.
  if (b === a + 1 && ORGANISATION_WORDS.has(words[b].lower) && lowerCaseTitleBefore(ctx.tokens, words[a].first, ctx.sFirst) && NAME_WORD.test(words[a].text) && !ORGANISATION_WORDS.has(words[a].lower)) {
    const m = mention(words, a, b, 'person', oneLine(phrase), { personCue: true });
    const role = roleAround(ctx.text, ctx.tokens, words[a].first, words[b].last, ctx.sFirst, ctx.sLast);
    if (role) m.role = role;
    return [m];
  }
  // ("the International Booker Prize": a name ending in a prize or an award is the award, whatever
  // body word stands inside it.)
  if (b > a && AWARD_HEAD.test(words[b].text) && !ORGANISATION_WORDS.has(words[b].lower)) return [mention(words, a, b, 'term', oneLine(phrase))];
  // ("the Neeraj Chopra Classic", "the NC Classic": a meet named after a person is the meet.)
  if (b > a && EVENT_HEAD.test(words[b].text)) return [mention(words, a, b, 'term', oneLine(phrase))];
  // ("the Labour Force Participation Rate": a measure, though a body's word stands inside it.)
  if (b > a && MEASURE_HEAD.test(words[b].text)) return [mention(words, a, b, 'term', oneLine(phrase))];
  // ("President of Rairangpur Bar Association Akshaya Kumar Mohanty": a body's name, then a person's
  // of two to four words with a given name among them, written on without a comma.)
  const bodyEnd = officerAfterBody(words, a, b);
  if (bodyEnd >= 0) {
    // (The office before the body, "President of", is the person's, no part of the body's name.)
    const from = isTitleWord(words[a].lower) && words[a + 1]?.lower === 'of' ? a + 2 : a;
    return [organisation(words, from, bodyEnd, oneLine(wordsText(ctx.text, ctx.tokens, words, from, bodyEnd))), ...classifySpan(ctx, words, bodyEnd + 1, b, owner)];
  }
  // ("Services resumed at 4:00 am": a body's everyday word alone, capitalised only because it
  // opens the sentence, names none.)
  if (a === b && words[a].first === ctx.sFirst && ORGANISATION_WORDS.has(words[a].lower) && isCommonWord(words[a].lower)) return [];
  // ("announced in the Union Budget 2024-25", "the Reserve Bank Act": the last word, a kind of thing,
  // is what the name names, whatever body word stands before it.)
  if (b > a && (words[b].lower === 'budget' || words[b].lower === 'act' || words[b].lower === 'bill' || words[b].lower === 'report' || words[b].lower === 'index') && !honourAsName(words, a, b)) return [mention(words, a, b, 'term', oneLine(phrase))];
  if (hasWord(words, a, b, ORGANISATION_WORDS)) return [organisation(words, a, b, phrase)];
  // ("dismissed a Letters Patent Appeal", "a Special Leave Petition": a court filing, no person.)
  if (b > a && FILING_HEAD.test(words[b].text)) return [mention(words, a, b, 'term', oneLine(phrase))];
  // "Marc Lamont Hill" is a person, "Chapel Hill" a place: a given name decides.
  // ("Sudarshan Setu", "Rajiv Gandhi Bhawan": an Indian site word names a site after a person,
  // whose given name opens it.)
  const placeKind = isGivenName(words[a].lower) && !NAMED_AFTER_SITE.test(words[b].lower) ? undefined : PLACE_HEADS.get(words[b].lower);
  if (placeKind && b > a) return [mention(words, a, b, 'place', oneLine(phrase), { placeKind })];
  // ("one of the most secretive Bills ever brought": Indian papers capitalise the kinds of law;
  // in the plural, alone, they name none.)
  if (a === b && PLURAL_LAW_KINDS.test(words[a].text)) return [];
  if ((hasWord(words, a, b, TERM_WORDS) && !honourAsName(words, a, b)) || /^(?:II|III|IV|V|VI|VII|VIII|IX|XI|XII)$/.test(words[b].text)) {
    return [mention(words, a, b, 'term', oneLine(phrase))];
  }
  // ("Eminent Hindi writer Ramesh Chandra Verma", "the Tamil daily": a language, whatever capitalised
  // word opens the sentence before it; not a surname after a given name.)
  if (LANGUAGES.has(words[b].lower) && !(b > a && isGivenName(words[a].lower))) return [mention(words, b, b, 'term', words[b].text)];
  // ("the Malabar Naval exercise", "the Yudh Abhyas military exercise", "the Varuna naval
  // exercise": the kind of drill, after its name, is no part of it; the name is the exercise's.)
  const next = ctx.tokens[words[b].last + 1]?.text ?? '';
  const drill = DRILL_NOUN.test(next) || (DRILL_KIND.test(upperFirst(next)) && DRILL_NOUN.test(ctx.tokens[words[b].last + 2]?.text ?? ''));
  if (drill && !(a === b && DRILL_KIND.test(words[a].text))) {
    const last = DRILL_KIND.test(words[b].text) && b > a ? b - 1 : b;
    return [mention(words, a, last, 'term', oneLine(wordsText(ctx.text, ctx.tokens, words, a, last)))];
  }
  if (a === b) return singleWord(ctx, words[a]);
  // "… Council on American - Islamic Relations Alia Salem": the end of a body's name run into
  // its officer's; the last two words are the person when the words before are no name.
  // ("the world's first Development Impact Bond": not where the first of the two is an everyday word.)
  if (b - a >= 2 && b - a < MAX_NAME_WORDS + 2 && !looksLikeName(words, a, b) && looksLikeName(words, b - 1, b) && COMMON_WORD_ENDING.test(words[b - 2].text) && (isGivenName(words[b - 1].lower) || !everyday(words[b - 1].lower))) {
    // (The words before are the tail of a name begun earlier: no name of their own.)
    return classifySpan(ctx, words, b - 1, b, null);
  }
  // "the Tis Hazari complex", "the Narendra Modi stadium": a lower-case site after the words
  // makes them a place's name, whatever shape they have.
  if (nameWords(words, a, b) <= MAX_NAME_WORDS && looksLikeName(words, a, b)) return nameSpan(ctx, words, a, b, after, phrase);
  return [mention(words, a, b, 'term', oneLine(phrase))];
}

/** A span shaped like a name: a place, a term or a person, by the words around it. */
function nameSpan(ctx: RunContext, words: Word[], a: number, b: number, after: RawToken | null, phrase: string): Mention[] {
  // (Not initials: "the East L.A. station" is a short form of a place the article names in full.)
  // ("the Ahmad Garh police station": the site word after a word of what it serves.)
  const site = after && SITE_SERVING.has(after.text) && words[b].last + 2 <= ctx.sLast ? ctx.tokens[words[b].last + 2] : after;
  // (A person's name names a site too, where the words between say what it serves.)
  if (site && SITE_AFTER.has(site.text) && (site !== after || !isGivenName(words[a].lower)) && !words.slice(a, b + 1).some((w) => /\./.test(w.text))) return [mention(words, a, b, 'place', oneLine(phrase), { placeKind: SITE_AFTER.get(site.text)! })];
  // "Camp Larzac", "Fort William": a site's kind opening its name.
  if (b > a && LEADING_SITE_WORDS.has(words[a].text)) return [mention(words, a, b, 'place', oneLine(phrase), { placeKind: 'other' })];
  // "in La Cavalerie", "near San Jose": after a word of place, an article or saint of Romance
  // place names opens a town's name, not a person's.
  if (b > a && PLACE_NAME_OPENERS.has(words[a].text) && /^(?:in|at|near|from)$/.test(ctx.tokens[words[a].first - 1]?.text ?? '')) return [mention(words, a, b, 'place', oneLine(phrase), { placeKind: 'city' })];
  // ("run over by a train near Joda Phatak in Amritsar": a name after "near" and before "in" and
  // a place is a place, as a single word is; no given name opens it.)
  if (!isGivenName(words[a].lower) && ctx.tokens[words[a].first - 1]?.text === 'near' && ctx.tokens[words[b].last + 1]?.text === 'in' && /^\p{Lu}/u.test(ctx.tokens[words[b].last + 2]?.text ?? '')) return [mention(words, a, b, 'place', oneLine(phrase), { placeKind: 'city' })];
  // ("The 77-year-old Congressman won from Garhi Sampla-Kiloi": where one was elected from is a
  // constituency, a place.)
  if (!isGivenName(words[a].lower) && SEAT_FROM.test(ctx.text.slice(Math.max(0, ctx.tokens[words[a].first].start - 24), ctx.tokens[words[a].first].start))) return [mention(words, a, b, 'place', oneLine(phrase), { placeKind: 'city' })];
  // ("… former wrestler Vinesh Phogat from Julana, … and Mamman Khan from Ferozepur Jhirka were key
  // Congress candidates who won": in a sentence of seats won, "from" a name no given name opens.)
  if (!words.slice(a, b + 1).some((w) => isGivenName(w.lower)) && /\bfrom\s+$/.test(ctx.text.slice(Math.max(0, ctx.tokens[words[a].first].start - 6), ctx.tokens[words[a].first].start)) && SEATS_WON.test(ctx.text.slice(ctx.tokens[ctx.sFirst].start, ctx.tokens[ctx.sLast].end))) return [mention(words, a, b, 'place', oneLine(phrase), { placeKind: 'city' })];
  // "the Survey Ships", "Ganga Towns": a plural everyday noun ends no person's name.
  // ("Kathryn Waters", "Sarah Fields": a name before them keeps them a surname.)
  // ("the Contracting Parties", "Scheduled Castes": a verb's -ing or -ed form and a plural in
  // -ies are everyday words too.)
  if (b > a && !isGivenName(words[a].lower) && everyday(words[a].lower) && /\p{Ll}s$/u.test(words[b].text) && isCommonWord(singular(words[b].lower))) return [mention(words, a, b, 'term', oneLine(phrase))];
  // "the Electoral Bond scheme", "the Kavach exercise": the name of the kind of thing after it.
  // ("the Swachh Survekshan 2024-25 awards": its edition may stand between.)
  const kindAfter = after && /^(?:19|20)\d\d(?:-\d{2,4})?$/.test(after.text) && words[b].last + 2 <= ctx.sLast ? ctx.tokens[words[b].last + 2] : after;
  if (kindAfter && (KIND_NOUNS.has(kindAfter.text) || KIND_NOUNS.has(kindAfter.text.replace(/s$/, ''))) && !isGivenName(words[a].lower)) return [mention(words, a, b, 'term', oneLine(phrase))];
  // ("He is a Qualified Flying Instructor", "an Experimental Test Pilot", "served as Standing
  // Counsel", "A qualified Chartered Accountant": a run ending in what someone does, with no
  // given name in it, is a trade written with capitals.)
  if (b > a && (PERSON_NOUNS.has(words[b].lower) || TRADE_END.test(words[b].text)) && !words.slice(a, b + 1).some((w) => isGivenName(w.lower)) && ARTICLE_BEFORE.test(ctx.text.slice(Math.max(0, ctx.tokens[words[a].first].start - 24), ctx.tokens[words[a].first].start))) return [mention(words, a, b, 'term', oneLine(phrase))];
  // ("Naatu Naatu", "Jai Jai": a word said twice is a song's or a slogan's name, nobody's.)
  if (b === a + 1 && words[a].lower === words[b].lower) return [mention(words, a, b, 'term', oneLine(phrase))];
  // ("Intense Filmmakers", "Young Achievers": a run ending in the plural of what people do is a
  // group or a label, nobody's name.)
  if (b > a && /\p{Ll}s$/u.test(words[b].text) && PERSON_NOUNS.has(singular(words[b].lower)) && !words.slice(a, b + 1).some((w) => isGivenName(w.lower))) return [mention(words, a, b, 'term', oneLine(phrase))];
  // "Long-billed Vultures", "the Fourth Quarter", "Second World War": a compound adjective or
  // an ordinal opens no person's name.
  // (Not before a given name: "Second Gentleman Doug Emhoff".)
  if (b > a && !words.slice(a, b + 1).some((w) => isGivenName(w.lower)) && (COMPOUND_ADJECTIVE.test(words[a].text) || ORDINAL_OPENER.test(words[a].text))) return [mention(words, a, b, 'term', oneLine(phrase))];
  const first = words[a].first;
  const last = words[b].last;
  const cue = hasPersonCue(ctx.tokens, words.slice(a, b + 1), first, last, ctx.sFirst, ctx.sLast);
  // ("protested at the Jantar Mantar in New Delhi": two unknown words after a preposition of
  // place and "the", with no given name and no cue, are a landmark, a gallery, a ground: a
  // term (no town among a town's options); a person takes no "the".)
  if (!cue && b > a && !words.slice(a, b + 1).some((w) => isGivenName(w.lower)) && LANDMARK_BEFORE.test(ctx.text.slice(Math.max(0, ctx.tokens[first].start - 12), ctx.tokens[first].start))) return [mention(words, a, b, 'term', oneLine(phrase))];
  // ("… in Rae Bareli, Uttar Pradesh; Kalyani, West Bengal": a name its state follows after a
  // comma is a town.)
  const stateAfter = /^,\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)/u.exec(ctx.text.slice(ctx.tokens[last].end, ctx.tokens[last].end + 30));
  // (After a word of place, or in a list the semicolons part: "Ram Kumar, Uttar Pradesh's
  // minister" is a person.)
  const listed = /[;]\s*$/.test(ctx.text.slice(Math.max(0, ctx.tokens[first].start - 3), ctx.tokens[first].start)) || /\b(?:in|at|near|from)\s+$/.test(ctx.text.slice(Math.max(0, ctx.tokens[first].start - 8), ctx.tokens[first].start));
  if (!cue && stateAfter && listed && !isGivenName(words[a].lower) && !/^['’]s\b/.test(ctx.text.slice(ctx.tokens[last].end + stateAfter[0].length)) && (regionNamed(stateAfter[1]) || regionNamed(stateAfter[1].split(' ')[0]))) return [mention(words, a, b, 'place', oneLine(phrase), { placeKind: 'city' })];
  // ("Beyt Dwarka is an island close to Okha port": what the sentence says a name is, a place.)
  const placeSaid = PLACE_SAID.exec(ctx.text.slice(ctx.tokens[last].end, ctx.tokens[last].end + 40));
  const saidKind = placeSaid?.[1] ?? placeSaid?.[2];
  if (!cue && saidKind && !isGivenName(words[a].lower)) return [mention(words, a, b, 'place', oneLine(phrase), { placeKind: saidKind === 'island' ? 'islands' : NATURAL_PLACE.test(saidKind) ? 'other' : 'city' })];
  // Without a cue, two or three unknown capitalised words are still most often a person in
  // news, unless one of them is an everyday word ("Star Wars", "Mountain View").
  // ("the sounding of Traditional Gong": nor when the first is an adjective's form.)
  // ("the Chandigarh Mayoral polls", "the Kerala Startup run": a known place opening two words
  // with no cue and no given name is that place's thing, not a person.)
  if (!cue && b === a + 1 && !isGivenName(words[a].lower) && !isGivenName(words[b].lower) && (cityNamed(words[a].text) || regionNamed(words[a].text) || countryNamed(words[a].text))) return [mention(words, a, b, 'term', oneLine(phrase))];
  // ("Delhi SG Pipers", "Tamil Nadu Dragons": a place's name opening a side's, its last word a plural.)
  if (!cue && b > a + 1 && (cityNamed(words[a].text) || regionNamed(words[a].text)) && /^\p{Lu}\p{Ll}+[^s]s$/u.test(words[b].text) && !words.slice(a, b + 1).some((w) => isGivenName(w.lower))) return [mention(words, a, b, 'term', oneLine(phrase))];
  // ("a note: "Unusual Column. …"": nor when every word is an everyday word and none a given name.)
  const doubtful = !cue && (hasWord(words, a, b, NON_NAME_WORDS) || (!isGivenName(words[a].lower) && (ADJECTIVE_FORM.test(words[a].text) || words.slice(a, b + 1).every((w) => isCommonWord(w.lower)))));
  const m = mention(words, a, b, 'person', oneLine(phrase), { status: doubtful ? 'maybe-person' : 'final', personCue: cue });
  const role = roleAround(ctx.text, ctx.tokens, first, last, ctx.sFirst, ctx.sLast);
  if (role) m.role = role;
  return [m];
}

/** A region's name (of one to three words, "and" inside) opening the run, and a name of two
 *  words or more after it, after a lower-case title: the place and the person apart. */
function regionBeforeName(ctx: RunContext, words: Word[], a: number, b: number): Mention[] | null {
  // (Or after "and": "Jammu and | Kashmir Ravi Shankar Mehta", the state's name read in halves.)
  // ("The first woman Supreme Court Judge in Asia M Fathima Beevi": or after a title and where it
  // was held, the name of its holder straight after the place.)
  if (b - a < 2 || !(lowerCaseTitleBefore(ctx.tokens, words[a].first, ctx.sFirst) || ctx.tokens[words[a].first - 1]?.text === 'and' || titleInPlaceBefore(ctx.tokens, words[a].first, ctx.sFirst))) return null;
  for (let k = a; k <= Math.min(a + 3, b - 2); k++) {
    const region = regionNamed(wordsText(ctx.text, ctx.tokens, words, a, k));
    if (!region || !looksLikeName(words, k + 1, b)) continue;
    return [mention(words, a, k, 'place', region.name, { placeKind: regionPlaceKind(region) }), ...classifySpan(ctx, words, k + 1, b, null)];
  }
  return null;
}

/** Whether "… Judge in " or "… chief minister of " stands before the token `first`: an office,
 *  then the preposition of where it is held. */
function titleInPlaceBefore(tokens: readonly RawToken[], first: number, sFirst: number): boolean {
  return first - 2 >= sFirst && /^(?:in|of|from)$/.test(tokens[first - 1].text) && TITLE_HEADS.has(tokens[first - 2].text.toLowerCase());
}

/**
 * "Carlo De Benedetti of Italy", "Colorado State University of the US": a complete name, then
 * "of" and where it is from. Split there; "Bank of England" (one word before "of") stays whole.
 */
function splitAtOf(ctx: RunContext, words: Word[], a: number, b: number): Mention[] | null {
  // ("the Union Territory of Jammu and Kashmir": what kind of place it is, then its name.)
  if (b >= a + 3 && words[a].lower === 'union' && words[a + 1].lower === 'territory' && words[a + 2].text === 'of') return classifySpan(ctx, words, a + 3, b, null);
  // ("a special Bench of Justices Anil Kilor and Shyam Chandak": a body, then the people who make
  // it up, a plural title before their names.)
  const ofPeople = words.findIndex((w, i) => i > a && i < b - 1 && w.text === 'of' && afterPluralTitle(words, i + 1, b, ctx.tokens[words[b].last + 1]?.text === 'and') > i + 1);
  if (ofPeople > a) return [...classifySpan(ctx, words, a, ofPeople - 1, null), ...classifySpan(ctx, words, ofPeople + 1, b, null)];
  // "Chief Justice of the Allahabad High Court", "Governor of the Reserve Bank of India" with no
  // name after them: an office, whose body is the name.
  // ("Secretary of State John Kerry" and "Prime Minister of India Narendra Modi" name a person.)
  const firstOf = words.findIndex((w, i) => i > a && i < b && w.text === 'of');
  // ("Superintendent of Police SG Patil": an office whose complement a name follows is that person's.)
  const titled = splitTitle(words.slice(a, b + 1));
  const namedHolder = titled !== null && titled.hasComplement && a + titled.nameStart <= b && looksLikeName(words, a + titled.nameStart, b);
  // ("the Chief Ministers of Assam and Meghalaya Himanta Biswa Sarma and …": so is an office of
  // several holders, in the plural.)
  const plural = firstOf > a && pluralHead(words[firstOf - 1].lower) && (firstOf - 1 === a || allTitleWords(words, a, firstOf - 2));
  if (plural && firstOf + 1 <= b) return classifySpan(ctx, words, words[firstOf + 1].lower === 'the' ? Math.min(b, firstOf + 2) : firstOf + 1, b, null);
  if (firstOf > a && !namedHolder && TITLE_HEADS.has(words[firstOf - 1].lower) && allTitleWords(words, a, firstOf - 1)) {
    const from = words[firstOf + 1]?.lower === 'the' ? firstOf + 2 : firstOf + 1;
    const body = from <= b ? classifySpan(ctx, words, from, b, null) : [];
    if (body.length === 1 && (body[0].cls === 'organisation' || body[0].cls === 'place') && body[0].first === words[from].first && body[0].last === words[b].last) return body;
  }
  // ("Atishi of the Aam Aadmi Party (AAP) was sworn in": one name before "of the" and a party is
  // its member, named apart from it.)
  if (b >= a + 3 && words[a + 1].text === 'of' && words[a + 2].lower === 'the' && NAME_WORD.test(words[a].text) && !isCommonWord(words[a].lower) && !ORGANISATION_WORDS.has(words[a].lower) && !isTitleWord(words[a].lower) && /\bParty$/.test(wordsText(ctx.text, ctx.tokens, words, a + 3, b).replace(/\s*\([^()]*\)$/, ''))) {
    return [...classifySpan(ctx, words, a, a, null), ...classifySpan(ctx, words, a + 3, b, null)];
  }
  // "Srikakulam of Andhra Pradesh": one unknown word before "of" and a state or country is a
  // place and where it is ("Bank of England", "Bay of Bengal", "Prince of Wales" say what they are).
  if (b >= a + 2 && words[a + 1].text === 'of') {
    const right = wordsText(ctx.text, ctx.tokens, words, a + 2, b);
    const left = words[a].lower;
    if ((countryNamed(right) || regionNamed(right)) && !ORGANISATION_WORDS.has(left) && !PLACE_HEADS.has(left) && !TERM_WORDS.has(left) && !isTitleWord(left) && NAME_WORD.test(words[a].text)) {
      // ("Dhankar was a Member of Rajasthan's Legislative Assembly": an everyday noun, capitalised
      // as an office is, names nothing; the place after it is a name of its own.)
      if (isCommonWord(left)) return classifySpan(ctx, words, a + 2, b, null);
      const known = classifySpan(ctx, words, a, a, null);
      const place = known.length === 1 && known[0].cls !== 'person' ? known : [mention(words, a, a, 'place', words[a].text, { placeKind: 'city' })];
      return [...place, ...classifySpan(ctx, words, a + 2, b, null)];
    }
  }
  for (let k = b - 1; k > a + 1; k--) {
    if (words[k].text !== 'of') continue;
    const rightStart = words[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    if (rightStart > b) return null;
    const right = wordsText(ctx.text, ctx.tokens, words, rightStart, b).replace(/^the\s+/i, '');
    const rightIsPlace = countryNamed(right) !== null || regionNamed(right) !== null || cityNamed(right) !== null;
    // ("Justice Vibhu Bakhru of the Delhi High Court": a title and a name are a person too.)
    const titled = splitTitle(words.slice(a, k));
    const leftIsPerson =
      (looksLikeName(words, a, k - 1) && !hasWord(words, a, k - 1, NON_NAME_WORDS)) ||
      (titled !== null && titled.nameStart > 0 && a + titled.nameStart < k && looksLikeName(words, a + titled.nameStart, k - 1));
    // "Colorado State University of the US" is split; "Reserve Bank of India" is one name:
    // a body is split from its country only when "the" comes between or it names a place itself.
    const leftIsBody = ORGANISATION_WORDS.has(words[k - 1].lower) && (words[k + 1]?.lower === 'the' || leftNamesPlace(words, a, k - 1));
    if (leftIsPerson || (leftIsBody && rightIsPlace)) {
      return [...classifySpan(ctx, words, a, k - 1, null), ...classifySpan(ctx, words, rightStart, b, null)];
    }
    return null;
  }
  return null;
}

/** The known places among some words ("Ottawa" in "Ottawa New Democrat MP"). */
function placesWithin(ctx: RunContext, words: Word[], a: number, b: number): Mention[] {
  const out: Mention[] = [];
  for (let i = a; i <= b; i++) {
    const known = gazetteerMention(ctx, words, i, i, words[i].text);
    if (known) out.push(...known.filter((m) => m.cls === 'place'));
  }
  return out;
}

/** "Colorado State University": a body named after a place (so "of …" adds a second place). */
function leftNamesPlace(words: Word[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (countryNamed(words[i].text) || regionNamed(words[i].text) || cityNamed(words[i].text)) return true;
  return false;
}

/** A whole span that a gazetteer knows, or a hyphenated pair of them ("Russian-Japanese"). */
function gazetteerMention(ctx: RunContext, words: Word[], a: number, b: number, phrase: string): Mention[] | null {
  const bare = phrase.replace(/^the\s+/i, '');
  const org = organisationNamed(phrase)?.name ?? organisationNamed(bare)?.name;
  if (org) return [mention(words, a, b, 'organisation', org)];
  const country = countryNamed(bare) ?? countryOfDemonym(bare);
  if (country) return [mention(words, a, b, 'place', country.name, { placeKind: 'country' })];
  const region = regionNamed(bare);
  if (region) return [mention(words, a, b, 'place', region.name, { placeKind: regionPlaceKind(region) })];
  const city = cityNamed(bare);
  if (city) return [mention(words, a, b, 'place', city.name, { placeKind: 'city' })];
  if (a === b && phrase.includes('-')) return hyphenPair(ctx, words[a]);
  return null;
}

/** "Japan-Russia", "Russian-Japanese", "Japan-U.S.": each part a country, each its own mention. */
function hyphenPair(ctx: RunContext, word: Word): Mention[] | null {
  const out: Mention[] = [];
  let partStart = word.first;
  for (let i = word.first; i <= word.last + 1; i++) {
    if (i <= word.last && ctx.tokens[i].text !== '-') continue;
    if (i - 1 < partStart) return null;
    const text = ctx.text.slice(ctx.tokens[partStart].start, ctx.tokens[i - 1].end);
    const c = countryNamed(text) ?? countryOfDemonym(text);
    if (!c) return null;
    out.push({ first: partStart, last: i - 1, cls: 'place', surface: text, canonical: c.name, placeKind: 'country', status: 'final' });
    partStart = i + 1;
  }
  return out.length > 1 ? out : null;
}

/**
 * "Indian Space Research Organisation Chairman V Narayanan", "Indian Air Force Group Captain
 * Shubhanshu Shukla": a body's name (two words or more, the last a body word), then the title of
 * its officer and their name of two words or more, in one capitalised run. The body is an
 * organisation and the officer a person whose role is the body's.
 */
function bodyThenOfficer(ctx: RunContext, words: Word[], a: number, b: number): Mention[] | null {
  for (let j = a + 2; j <= b - 2; j++) {
    if (!ORGANISATION_WORDS.has(words[j - 1].lower) || !(isTitleWord(words[j].lower) || opensCompoundRank(words, j))) continue;
    const split = splitTitle(words.slice(j, b + 1));
    if (!split?.hasRole || split.nameStart === 0 || b - (j + split.nameStart) < 1) continue;
    const body = oneLine(wordsText(ctx.text, ctx.tokens, words, a, j - 1)).replace(/^the\s+/i, '');
    const person = titledPerson(ctx, words, j, b, { name: organisationNamed(body)?.name ?? body, text: body });
    if (person?.length) return [organisation(words, a, j - 1, body), ...person];
  }
  return null;
}

/** "the current chairperson of the Law Commission of India Ritu Raj Awasthi": a body named for its
 *  place, then a full name its office ran into (a known given name opening it). */
function bodyOfPlaceThenName(ctx: RunContext, words: Word[], a: number, b: number): Mention[] | null {
  for (let k = a + 2; k + 2 <= b; k++) {
    if (words[k - 1].text !== 'of' || k - 2 < a || !ORGANISATION_WORDS.has(words[k - 2].lower)) continue;
    // (The place after "of": one word or two, a country or a state.)
    for (const end of [k, k + 1]) {
      if (end + 2 > b || b - end > MAX_NAME_WORDS) continue;
      const place = wordsText(ctx.text, ctx.tokens, words, k, end);
      if (!countryNamed(place) && !regionNamed(place)) continue;
      if (!isGivenName(words[end + 1].lower) || !looksLikeName(words, end + 1, b)) continue;
      const body = oneLine(wordsText(ctx.text, ctx.tokens, words, a, end)).replace(/^the\s+/i, '');
      return [organisation(words, a, end, body), ...classifySpan(ctx, words, end + 1, b, null)];
    }
  }
  return null;
}

/** "the Cabinet", "the Parliament": a body named by one word after "the". */
const BODY_WORD = /^(?:Cabinet|Parliament|Assembly|Senate|Legislature|Ministry|Government|Council|Committee|Commission|Board|Court|Bench|Party)$/;
/** "The lone woman in the Cabinet Lalrinpuii has been allotted …": a body of one word, then a name
 *  its mention ran into (no word of a body's own name, and one word alone no everyday one). */
function bodyWordThenName(ctx: RunContext, words: Word[], a: number, b: number): Mention[] | null {
  if (b === a || !BODY_WORD.test(words[a].text) || !/^the$/i.test(ctx.tokens[words[a].first - 1]?.text ?? '')) return null;
  if (!looksLikeName(words, a + 1, b) || (b === a + 1 && isCommonWord(words[b].lower))) return null;
  // (One word alone is a person's whole name, as Mizo names are: "Lalrinpuii", no surname to wait for.)
  const rest = classifySpan(ctx, words, a + 1, b, null).map((m) => (m.cls === 'person' && m.status === 'single' ? { ...m, status: 'final' as const, personCue: true } : m));
  return [organisation(words, a, a, words[a].text), ...rest];
}

/** Where the names start after a plural title opening the span ("Deputy Chief Ministers …"),
 *  or `a` when it opens with none. */
/** "won from ", "contested from ": a constituency follows. */
const SEAT_FROM = /\b(?:won|contested|contesting|elected|re-elected|lost)\s+from\s+$/;
/** A sentence of seats won or contested. */
const SEATS_WON = /\b(?:won|contested|elected)\s+from\b|\b(?:seats?|constituenc(?:y|ies))\b[^.;]*\b(?:won|wins?|elected|victorious)\b|\b(?:won|wins?|elected|victorious)\b[^.;]*\b(?:seats?|constituenc(?:y|ies)|elections?)\b/;

/** "Ministers", "Secretaries", "Justices": a title word in the plural. */
function pluralHead(w: string): boolean {
  return /s$/.test(w) && (TITLE_HEADS.has(w.slice(0, -1)) || TITLE_HEADS.has(w.replace(/ies$/, 'y')) || TITLE_HEADS.has(w.replace(/es$/, '')));
}

function afterPluralTitle(words: Word[], a: number, b: number, nextIsAnd: boolean): number {
  let k = a;
  while (k < b - 1 && !pluralHead(words[k].lower) && isTitleWord(words[k].lower)) k++;
  // (Two name words at least after it, a person's: "the Chief Ministers Conference", "Reporters
  // Without Borders" are names of their own.)
  // ("former Prime Ministers PV Narasimha Rao, Charan Singh and …": initials run together too.)
  const person = (j: number) => isGivenName(words[j].lower) || /^(?:\p{Lu}\.?|\p{Lu}{2,3})$/u.test(words[j].text);
  if (k < b - 1 && pluralHead(words[k].lower) && looksLikeName(words, k + 1, b) && (person(k + 1) || nextIsAnd)) return k + 1;
  // ("a division bench of Justices Gavai and K.V. Viswanathan": a surname alone before "and".)
  return k === b - 1 && nextIsAnd && pluralHead(words[k].lower) && /^\p{Lu}\p{Ll}+$/u.test(words[b].text) && !GATHERING.test(words[b].text) ? b : a;
}
/** "Chief Ministers Conference and …": what a plural title may name, no one's surname. */
const GATHERING = /^(?:Conference|Council|Meeting|Summit|Forum|Conclave|Assembly|Committee|Association|Club|Day|Week|Cup|Trophy)$/;

/** "Chief General", "Chief Admiral", "Chief of the Air Staff Air Chief Marshal": an office, then
 *  the holder's rank. */
const RANK_AFTER_CHIEF = /^(.*\b(?:Chief|Staff|Commander|Commanding))\s+(?:General|Gen\.?|Admiral|Adm\.?|Vice Admiral|Vice Adm\.?|Air Chief Marshal|Air Marshal|Lt\.? Gen\.?|Lieutenant General)$/;

function newBeforePlace(rest: string): boolean {
  return !!(regionNamed(rest) ?? countryNamed(rest)) && !(cityNamed(`New ${rest}`) ?? regionNamed(`New ${rest}`) ?? countryNamed(`New ${rest}`));
}

/** "Foreign Minister Sergei Lavrov" → person "Sergei Lavrov", role "Foreign Minister of Russia". */
function titledPerson(ctx: RunContext, words: Word[], a: number, b: number, owner: Owner | null): Mention[] | null {
  // ("his Bangladesh counterpart Sheikh Hasina": a title that opens a two-word name is part of it.)
  if (b === a + 1 && NAME_OPENERS.has(words[a].lower) && looksLikeName(words, a, b)) return [mention(words, a, b, 'person', oneLine(wordsText(ctx.text, ctx.tokens, words, a, b)), { personCue: true })];
  const split = splitTitle(words.slice(a, b + 1));
  if (!split) return null;
  const nameA = a + split.nameStart;
  if (nameA > b) return allTitleWords(words, a, b) || split.hasComplement ? [] : null;
  // ("posted as the Chief Engineer at the UN Mission": a trade after the office is its head, no name.)
  if (nameA === b && (TRADE_END.test(words[b].text) || PERSON_NOUNS.has(words[b].lower))) return [];
  // ("commissioned into the Executive Branch of the Indian Navy": after "the", a title and one
  // everyday word are a thing's name, no one's.)
  if (nameA === b && isCommonWord(words[b].lower) && words[a].first > ctx.sFirst && ctx.tokens[words[a].first - 1].text.toLowerCase() === 'the') return null;
  if (!looksLikeName(words, nameA, b)) return null;
  // "ISRO Chairman Dr. V Narayanan": an honorific is no part of the office, before or after it.
  // ("Indian Army Chief General Upendra Dwivedi": the rank after the office is no part of it.)
  const title = oneLine(wordsText(ctx.text, ctx.tokens, words, a, nameA - 1))
    .replace(/^(?:(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+)+/, '')
    .replace(HONORIFIC_TAIL, '')
    .replace(RANK_AFTER_CHIEF, '$1')
    // ("Crown Prince of Abu Dhabi Sheikh Mohammed bin Zayed": the style before the name is the name's.)
    .replace(/\s+(?:Sheikh|Sheikha|Shaikh)$/, '');
  const m = mention(words, nameA, b, 'person', oneLine(wordsText(ctx.text, ctx.tokens, words, nameA, b)), { personCue: true });
  if (split.hasRole && title.split(/\s+/).some((w) => TITLE_HEADS.has(w.toLowerCase()))) m.role = placeOwnedRole(title, owner) ?? portfolioRole(ctx, words, a, title, owner) ?? roleText(title, owner, split.hasComplement);
  return [m];
}

/** "New Maharashtra Governor" → "Governor of Maharashtra": the place a title opens on, after a
 *  word for the holder's turn ("New", "Outgoing", "Incoming"), owns the office. */
function placeOwnedRole(title: string, owner: Owner | null): string | null {
  if (owner) return null;
  const m = /^(?:(?:New|Outgoing|Incoming)\s+)?(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)\s+(\p{Lu}.*)$/u.exec(title);
  if (!m) return null;
  for (const [place, rest] of [[m[1], m[2]], [m[1].split(' ')[0], `${m[1].split(' ').slice(1).join(' ')} ${m[2]}`.trim()]]) {
    if (place && rest && (regionNamed(place) ?? countryNamed(place) ?? cityNamed(place))) return `${rest} of ${withThe(place)}`;
  }
  return null;
}

/** "Minister of Social Justice and Empowerment" from "Social Justice and Empowerment Minister …"
 *  (the owner, if any, is the portfolio's one unknown word before the title: "Tourism"). */
function portfolioRole(ctx: RunContext, words: Word[], a: number, title: string, owner: Owner | null): string | null {
  const body = owner && owner.text === owner.name && /^\p{Lu}\p{Ll}+$/u.test(owner.text) && !countryNamed(owner.text) && !organisationNamed(owner.text) && !regionNamed(owner.text) ? owner.text : null;
  if (owner && !body) return null;
  const first = body ? words[a - 1]?.first : words[a].first;
  if (first === undefined) return null;
  return portfolioOffice(title, body, portfolioHalfBefore(ctx.text, ctx.tokens, first, ctx.sFirst));
}

function roleText(title: string, owner: Owner | null, hasComplement: boolean): string {
  if (!owner) return title;
  if (hasComplement) return owner.text === owner.name ? `${owner.name}’s ${title}` : `${owner.text} ${title}`;
  return `${title} of ${withThe(owner.name)}`;
}

/** One unknown capitalised word: an acronym is an organisation; anything else waits for the article. */
const PLURAL_LAW_KINDS = /^(?:Bills|Acts|Ordinances|Rules|Laws|Amendments|Resolutions|Treaties|Schemes)$/;

function singleWord(ctx: RunContext, word: Word): Mention[] {
  // "the PM-KISAN scheme", "the POSHAN scheme": a word in capitals or hyphenated before the
  // kind of thing it names is that thing's name. ("the Biden campaign" stays a person's name.)
  const after = word.last < ctx.sLast ? ctx.tokens[word.last + 1] : null;
  if (after && after.start > ctx.tokens[word.last].end && KIND_NOUNS.has(after.text) && /^(?:\p{Lu}{2,}|\p{Lu}[\p{L}]*(?:-\p{L}+)+)$/u.test(word.text)) {
    return [{ first: word.first, last: word.last, cls: 'term', surface: word.text, canonical: word.text, status: 'final' }];
  }
  // ("the Earth observation satellite TRISHNA": a word in capitals too long for a body's short
  // form, after the kind of thing it names, is that thing's name.)
  const before = word.first > ctx.sFirst ? ctx.tokens[word.first - 1] : null;
  if (before && KIND_NOUNS.has(before.text) && /^\p{Lu}{7,12}$/u.test(word.text)) {
    return [{ first: word.first, last: word.last, cls: 'term', surface: word.text, canonical: word.text, status: 'final' }];
  }
  if (ACRONYM.test(word.text) && !NOT_ORGANISATIONS.has(word.text) && !ROMAN_NUMERAL.test(word.text)) {
    return [{ first: word.first, last: word.last, cls: 'organisation', surface: word.text, canonical: word.text, status: 'final' }];
  }
  // "IE6", "Chandrayaan-3", "COVID-19", "A320": letters and digits together name a product,
  // mission, model or disease — a term worth asking about even when mentioned once.
  if (CODE_NAME.test(word.text) || BRAND_NAME.test(word.text)) {
    return [{ first: word.first, last: word.last, cls: 'term', surface: word.text, canonical: word.text, status: 'final' }];
  }
  if (!NAME_WORD.test(word.text) || CONTRACTION.test(word.text) || /^\p{Lu}\.$/u.test(word.text)) return [];
  // ("Commanding", "Presiding" alone: a participle that ends a title names no one.)
  if (TITLE_PARTICIPLE.test(word.text)) return [];
  // ("India’s star Javelin thrower Neeraj Chopra", "the Hockey player": a sport written with a
  // capital before its athlete is what they play.)
  if (after && after.start > ctx.tokens[word.last].end && SPORT.test(word.text) && ATHLETE_NOUN.test(after.text)) return [];
  // ("founded by the Ruia brothers Shashikant Ruia and Ravi Ruia", "the Gandhi family": a surname
  // before the kin it is shared by names no one of them.)
  if (after && /^(?:brothers|sisters|siblings|family|families|clan|couple|household|dynasty)$/.test(after.text)) return [];
  const city = cityFromContext(ctx, word);
  if (city) return [city];
  // ("the sessions judge, Bulandshahar", "District Magistrate, Kanpur": an office's seat after it.)
  const t = ctx.tokens;
  if (word.first - 2 >= ctx.sFirst && t[word.first - 1].text === ',' && SEAT_OFFICES.has(t[word.first - 2].text.toLowerCase())) {
    return [{ first: word.first, last: word.last, cls: 'place', surface: word.text, canonical: word.text, status: 'final', placeKind: 'city' }];
  }
  const m: Mention = { first: word.first, last: word.last, cls: 'person', surface: word.text, canonical: word.text, status: personInApposition(ctx.tokens, word.last, ctx.sLast) ? 'final' : 'single' };
  // "coach Smith": a lower-case title makes a lone surname a person even if never named in full.
  const role = roleAround(ctx.text, ctx.tokens, word.first, word.last, ctx.sFirst, ctx.sLast);
  if (role && lowerCaseTitleBefore(ctx.tokens, word.first, ctx.sFirst)) {
    m.status = 'final';
    m.role = role;
  }
  // "Urdu poet Gulzar", "actress Rekha": one name after what someone does is a person's.
  const noun = word.first > ctx.sFirst ? ctx.tokens[word.first - 1].text : '';
  if (PERSON_NOUNS.has(noun)) m.status = 'final';
  // ("with Deepika scoring the only goal of the match": a given name alone before what a player
  // does is how sports reports name a player.)
  if (after && isGivenName(word.lower) && !isCommonWord(word.lower) && PLAYER_DEED.test(after.text)) m.status = 'final';
  return [m];
}

/** What a player does, right after their name. */
const PLAYER_DEED = /^(?:scor(?:ed|es|ing)|struck|strikes|netted|nets|saved|saves|converted|equalised|equalized|assisted|clinched|bagged|smashed|fired|slotted)$/;

/** India's honours, written before their holder's name in Indian English ("Padma Shri Phukan"). */
const HONOUR_BEFORE_NAME: ReadonlySet<string> = new Set(['Padma Shri', 'Padma Bhushan', 'Padma Vibhushan', 'Bharat Ratna']);

/** "player-turned-coach", "actor-turned-politician": a hyphened word ending in what someone is. */
function hyphenedTrade(lower: string): boolean {
  const tail = lower.split('-').pop()!;
  return PERSON_NOUNS.has(tail) || TITLE_HEADS.has(tail) || isTitleWord(tail);
}

/** "Evansville, Indiana", "the city of Evansville": an unknown word the context makes a city. */
function cityFromContext(ctx: RunContext, word: Word): Mention | null {
  const t = ctx.tokens;
  const next = word.last + 2 <= ctx.sLast && t[word.last + 1].text === ',' ? t[word.last + 2] : null;
  let place = false;
  // The state or country may run over several tokens ("New York", "South Korea").
  // ("Ranked no.1 in Tests, India played like champions": not an everyday word's plural.)
  const everydayPlural = /s$/.test(word.lower) && isCommonWord(word.lower.slice(0, -1));
  for (let k = word.last + 2; next && !everydayPlural && k <= Math.min(ctx.sLast, word.last + 4); k++) {
    const after = ctx.text.slice(next.start, t[k].end);
    if (countryNamed(after) || regionNamed(after)) place = true;
  }
  const before = word.first - 2 >= ctx.sFirst ? `${t[word.first - 2].text} ${t[word.first - 1].text}`.toLowerCase() : '';
  if (/^(?:city|town|village) of$/.test(before)) place = true;
  // "in Srikakulam district", "Gajapati district of Odisha": a name before a lower-case
  // district word is a district.
  const after = word.last + 1 <= ctx.sLast ? t[word.last + 1].text : '';
  // ("30 kilometres from Dwarka town": a name before a lower-case town word is a town.)
  if (/^(?:town|city|village)$/.test(after) && !/^\p{Lu}/u.test(t[word.last + 2]?.text ?? '')) {
    return { first: word.first, last: word.last, cls: 'place', surface: word.text, canonical: word.text, placeKind: 'city', status: 'final' };
  }
  if (/^(?:district|districts|tehsil|taluk|taluka|mandal|block)$/.test(after)) {
    return { first: word.first, last: word.last, cls: 'place', surface: word.text, canonical: word.text, placeKind: 'region', status: 'final' };
  }
  // "near Palasa in Srikakulam district": a name after "near" and before "in" is a place.
  if (/\bnear$/.test(before) && after === 'in') place = true;
  // ("commenced on Monday at Umroi, in …", "was held at Pokhran."): a name after "at" where a day
  // or an event's verb stands before it is the venue; one is "at" a person only by a verb of
  // aiming ("a jibe at Gandhi").
  if (/^(?:\S+day|today|yesterday|held|began|begun|commenced|started|opened|conducted|organised|organized|inaugurated|stationed|based|located|situated|hosted|landed|arrived) at$/.test(before) && /^(?:,|\.|in|on|near|from|to|and|;)$/.test(after)) place = true;
  return place ? { first: word.first, last: word.last, cls: 'place', surface: word.text, canonical: word.text, placeKind: 'city', status: 'final' } : null;
}

function organisation(words: Word[], a: number, b: number, phrase: string): Mention {
  const name = oneLine(phrase).replace(/^the\s+/i, '');
  return mention(words, a, b, 'organisation', organisationNamed(name)?.name ?? name);
}

/** The words of a name, a particle inside it not counted ("Luiz Inacio Lula da Silva" has four). */
function nameWords(words: readonly Word[], a: number, b: number): number {
  let particles = 0;
  // ("Tamim Bin Hamad Al Thani": capitalised as Indian releases write them.)
  for (let i = a + 1; i < b; i++) if (SURNAME_PARTICLES.has(words[i].lower)) particles++;
  // ("Sabah Al-Khaled Al-Hamad Al-Mubarak Al-Sabah": an Arabic name's "Al-" parts are its lineage,
  // counted as one word however many there are.)
  let lineage = 0;
  for (let i = a + 1; i <= b; i++) if (/^(?:Al|El)-\p{Lu}/u.test(words[i].text)) lineage++;
  return b - a + 1 - particles - Math.max(0, lineage - 1);
}

/** Whether every word from i to b is a single capital letter. */
function trailingInitialsFrom(words: readonly Word[], i: number, b: number): boolean {
  for (let j = i; j <= b; j++) if (!/^\p{Lu}$/u.test(words[j].text)) return false;
  return true;
}

function looksLikeName(words: readonly Word[], a: number, b: number): boolean {
  if (nameWords(words, a, b) > MAX_NAME_WORDS) return false;
  for (let i = a; i <= b; i++) {
    const w = words[i];
    if (SURNAME_PARTICLES.has(w.lower) && i > a && i < b) continue;
    // Initials without stops, as Indian papers write them: "K Sivan", "DY Chandrachud".
    if (i < b && /^\p{Lu}{1,2}$/u.test(w.text)) continue;
    // ("Collector Meghasree D R": Kerala and Tamil Nadu write the initials after the given name;
    // single letters ending a run that opens on a name word, no everyday one: not "Plan B", "Vitamin D".)
    // (One letter alone only after a known given name: "Chitra S", never "Vitamin D".)
    // (Or after an honorific in the run: "Dr Kalesh S".)
    if (i > a && /^\p{Lu}$/u.test(w.text) && trailingInitialsFrom(words, i, b) && /^\p{Lu}\p{Ll}{3,}$/u.test(words[a].text) && !isCommonWord(words[a].lower) && (b - i >= 1 || i - 1 > a || isGivenName(words[a].lower) || (a > 0 && HONORIFIC_BEFORE.test(words[a - 1].text)))) continue;
    // ("BVR Subrahmanyam", "KVS Rao": three, without a vowel, before a surname that is no everyday
    // word or place, where they are no body's short form — not "GHI Score", "INS Surat".)
    if (i === a && b === a + 1 && /^[B-DF-HJ-NP-TV-Z]{3}$/.test(w.text) && !organisationNamed(w.text) && !isCommonWord(words[b].lower) && !cityNamed(words[b].text) && !regionNamed(words[b].text)) continue;
    // ("Balbir Singh Senior": a generational word after a name of two words ends it, no title.)
    if (i === b && i >= a + 2 && /^(?:Senior|Junior)$/.test(w.text)) continue;
    if (!NAME_WORD.test(w.text) || CONTRACTION.test(w.text) || COMMON_WORD_ENDING.test(w.text)) return false;
    // ("Quantum Computing", "Investment Banking": an everyday word in -ing is no name's.)
    if (/\p{Ll}{3}ing$/u.test(w.text) && isCommonWord(w.lower)) return false;
    // "Sheikh Hasina": a title that opens a two-word name is part of it.
    if (i === a && b === a + 1 && NAME_OPENERS.has(w.lower)) continue;
    // "Raj Shukla": a given name that is also a word of some office's name ("Panchayati Raj")
    // opens a name when no head of a title follows it.
    // ("Ritu Raj Awasthi": or stands second after another given name.)
    if ((i === a || (i === a + 1 && isGivenName(words[a].lower))) && i < b && isGivenName(w.text) && !TITLE_HEADS.has(w.lower) && !isTitleWord(words[i + 1].lower)) continue;
    for (const part of w.lower.split('-')) {
      // (An honour's word before other name words is a name's: "Bhushan Ramkrishna Gavai".)
      // ("Lakshya Sen", "Amartya Sen": a title's short form that is a surname too, last in the run.)
      if (ORGANISATION_WORDS.has(part) || PLACE_HEADS.has(part) || (TERM_WORDS.has(part) && !(HONOUR_WORDS.has(part) && i < b)) || (isTitleWord(part) && !(i === b && i > a && TITLE_SURNAMES.has(part)))) return false;
    }
    // (Nor a continent's adjective: "the Southeast Asian state".)
    // ("Preeti Sudan", "Michael Jordan": a country's name last, after a given name, is a surname.)
    const surnameAfterGiven = i === b && i > a && isGivenName(words[a].lower) && countryNamed(w.text) !== null;
    if (!surnameAfterGiven && (countryNamed(w.text) || countryOfDemonym(w.text) || regionNamed(w.text) || regionOfAdjective(w.text))) return false;
  }
  return true;
}

function allTitleWords(words: readonly Word[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (!isTitleWord(words[i].lower)) return false;
  return true;
}

/** Whether a word of the span, or a part of a hyphenated word ("Prize-winner"), is in the set. */
/** "Justice Bhushan Ramkrishna Gavai", "Ratna Pathak Shah": an honour's word ("Padma Bhushan",
 *  "Bharat Ratna") that is a person's name, as it stands before other name words (an honour's
 *  word ends its name) and is the run's only term word. */
function honourAsName(words: readonly Word[], a: number, b: number): boolean {
  const at = words.slice(a, b + 1).findIndex((w) => TERM_WORDS.has(w.lower));
  if (at < 0 || !HONOUR_WORDS.has(words[a + at].lower)) return false;
  // ("Prashant Bhushan": after a given name, the last word too.)
  if (a + at === b) return b === a + 1 && isGivenName(words[a].lower);
  for (let j = a; j <= b; j++) if (j !== a + at && hasWord(words, j, j, TERM_WORDS)) return false;
  return true;
}
const HONOUR_WORDS = new Set(['bhushan', 'vibhushan', 'bhushana', 'vibhushana', 'ratna', 'samman', 'puraskar']);

function hasWord(words: readonly Word[], a: number, b: number, set: ReadonlySet<string>): boolean {
  for (let i = a; i <= b; i++) {
    const lower = words[i].lower;
    if (set.has(lower)) return true;
    if (lower.includes('-') && lower.split('-').some((part) => set.has(part))) return true;
  }
  return false;
}

/** The country or organisation before a possessive: "Russia’s Foreign Minister …". */
function possessiveOwner(ctx: RunContext, first: number): Owner | null {
  const k = first - 1;
  if (k <= ctx.sFirst || !/^['’]s?$/.test(ctx.tokens[k].text)) return null;
  for (let start = Math.max(ctx.sFirst, k - MAX_PREFIX_WORDS); start < k; start++) {
    const text = ctx.text.slice(ctx.tokens[start].start, ctx.tokens[k - 1].end);
    const name = countryNamed(text)?.name ?? organisationNamed(text)?.name;
    if (name) return { name, text };
  }
  return null;
}

function mention(words: readonly Word[], a: number, b: number, cls: Mention['cls'], canonical: string, extra: Partial<Mention> = {}): Mention {
  const surface = words.slice(a, b + 1).map((w) => w.text).join(' ');
  return { first: words[a].first, last: words[b].last, cls, canonical, surface, status: 'final', ...extra };
}

/** A common word, or the -ing or -ed form of one ("contracting", "scheduled"). */
function everyday(lower: string): boolean {
  if (isCommonWord(lower)) return true;
  if (/ing$/.test(lower)) return isCommonWord(lower.slice(0, -3));
  return /ed$/.test(lower) && (isCommonWord(lower.slice(0, -1)) || isCommonWord(lower.slice(0, -2)));
}

/** "parties" → "party", "ships" → "ship". */
function singular(lower: string): string {
  return /[^aeiou]ies$/.test(lower) ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
}

/** The last word of a body's name run on into a person's ("… Bar Association Akshaya Kumar
 *  Mohanty"), or -1: a body's head word with two to four name words after it, one of them a
 *  given name and none a body's or a title's. */
function officerAfterBody(words: readonly Word[], a: number, b: number): number {
  for (let k = a + 1; k <= b - 2; k++) {
    if (!ORGANISATION_WORDS.has(words[k].lower)) continue;
    const rest = words.slice(k + 1, b + 1);
    if (rest.length > 4 || rest.some((w) => ORGANISATION_WORDS.has(w.lower) || isTitleWord(w.lower) || TERM_WORDS.has(w.lower) || PLACE_HEADS.has(w.lower) || !/^\p{Lu}\p{Ll}+$/u.test(w.text))) continue;
    if (rest.some((w) => isGivenName(w.lower))) return k;
  }
  return -1;
}

