/**
 * "The Mission will be implemented over seven years", "Who published the index?": a description
 * that stands for something the article named. It is written as that name ("NMEO-Oilseeds",
 * "the Global Hunger Index"), the short form in brackets when the article gave one; a
 * description of a thing that is always named (a mission, a scheme, an index) with no name
 * before it, or of a decision, makes the text unusable (null): the student could not tell
 * which one is meant.
 */
import { CALENDAR_ALTERNATION } from '../util/calendar.js';
import { PROVISION, PROVISION_OF } from '../util/provision.js';
import type { Entity, Sentence } from '../types.js';
import { lastEntityBefore, namedInHeadline, sentenceOfEntity, timelineAfter, type ArticleContext } from './article-context.js';
import { reEscape } from '../util/re-escape.js';
import { isAcronymOf } from '../util/acronym.js';
import { normalizeKey } from '../util/ids.js';
import { namesAnotherReport } from '../util/report-words.js';
import { KINDS_OPENING_NAMES, organisationNamed } from '../lexicon/index.js';

/** Nouns that name a named thing, with the words its name may be headed by. */
const HEADS: Record<string, readonly string[]> = {
  mission: ['mission', 'abhiyan'],
  scheme: ['scheme', 'yojana', 'programme', 'program', 'mission', 'abhiyan'],
  yojana: ['yojana', 'scheme'],
  // ("the Prime Minister Dhan-Dhaanya Krishi Yojana … The programme will cover 100 districts")
  programme: ['programme', 'program', 'scheme', 'mission', 'yojana', 'abhiyan'],
  initiative: ['initiative', 'programme', 'scheme', 'mission', 'yojana', 'abhiyan'],
  index: ['index', 'report'],
  report: ['report', 'index', 'survey', 'study'],
  study: ['study', 'report', 'survey'],
  survey: ['survey', 'report', 'study', 'census'],
  policy: ['policy'],
  project: ['project'],
  fund: ['fund'],
  portal: ['portal'],
  bill: ['bill', 'act'],
  law: ['act', 'law', 'sanhita', 'adhiniyam', 'code'],
  // ("Which organisation passed the Act?": the Act the article named.)
  act: ['act', 'sanhita', 'adhiniyam', 'code'],
  // ("Ashok Chakra", "Padma Vibhushan", "Arjuna Award": India's honours by their own head words.)
  // ("Mithra Vibhushana": Sri Lanka's honours end on the vowel.)
  award: ['award', 'prize', 'puraskar', 'samman', 'ratna', 'chakra', 'vibhushan', 'vibhushana', 'bhushan', 'bhushana', 'shri', 'medal', 'trophy'],
  prize: ['prize', 'award'],
  // ("the 10th lecture in the series", "won the series 2-1": which series, or no question.)
  series: ['series', 'lecture', 'trophy'],
  laws: [],
  grouping: [],
  bloc: [],
  decision: [],
  // ("Which two people founded the startup?": which startup, the story named before.)
  startup: [],
  // ("The view was backed by three other judges", "The move will benefit …": whose view, which
  // move, the sentence before said.)
  view: [],
  move: [],
  // ("Which organisation recognised the discipline?": Yogasan, which the question cannot say.)
  discipline: [],
  // ("The collaboration reflects the growing strategic partnership …": which one, the story said.)
  collaboration: [],
  partnership: [],
  // ("Who was the third Asian to achieve the feat?": what feat, the question cannot say.)
  feat: [],
  milestone: [],
  // ("The agency expects the deficit to narrow …": S&P Global Ratings, as the lead named it.)
  agency: ['agency', 'ratings', 'organisation', 'organization'],
  // ("… also held the coveted post": which post, the sentence before said.)
  post: [],
  // ("The extensive operation, dubbed 'Silkyara', …": "Operation Kaveri" where the article named one.)
  operation: ['operation'],
  // Named when the article named one; a bare "the festival" still says enough in its story.
  festival: ['festival', 'utsav', 'mahotsav'],
  summit: ['summit'],
  exercise: ['exercise'],
  conference: ['conference', 'summit'],
  exhibition: ['exhibition', 'exhibit', 'expo'],
  tournament: ['tournament', 'championship', 'cup', 'trophy', 'olympiad'],
  // ("The rocket was last used during the Chandrayaan-3 launch": which rocket, the story named.)
  rocket: ['rocket', 'vehicle'],
  // ("This missile is equipped with MIRV technology": Agni-5, the missile the story named.)
  missile: ['missile'],
  // ("The spacecraft was launched on a GSLV Mark 3": Chandrayaan-3, the mission the story named.)
  spacecraft: ['spacecraft', 'mission', 'probe', 'lander', 'orbiter'],
  // ("The section was inserted by an amendment in 1985": Section 6A, as the ruling named it.)
  section: ['section'],
  // ("… this groundbreaking vaccine targets Plasmodium falciparum": AdFalciVax, the vaccine named before.)
  vaccine: ['vaccine'],
  satellite: ['satellite'],
  // ("The wetland is an important wintering ground …": Udaipur Jheel, the wetland named before.)
  wetland: ['wetland', 'lake', 'jheel', 'jalashay', 'tal', 'lagoon', 'estuary', 'marsh', 'reservoir', 'sanctuary', 'reserve'],
};
/** Kinds whose short forms take "the": "the GHI", "the EPI". */
const REPORT_KINDS = new Set(['index', 'report', 'study', 'survey']);
/** Kinds a description names only bare: "the award", never "the literature prize". */
const BARE_ONLY = new Set(['award', 'prize']);
/** Kinds an article may leave unnamed ("the festival runs through March 11"). */
// ("the agency's new director" in a story of ISRO and a newspaper: the bare word still says enough.)
// ("… Aditya-L1, reached its destination as ISRO placed the spacecraft in a halo orbit": a craft
// the sentence itself has named may stay "the spacecraft".)
const MAY_GO_UNNAMED = ['festival', 'summit', 'exercise', 'conference', 'exhibition', 'tournament', 'agency', 'spacecraft', 'missile', 'vaccine', 'satellite'];
/** Without a name these leave nothing to go on. */
/** ("appointed under the law" says enough without the law's name.) */
const MUST_NAME = new Set(Object.keys(HEADS).filter((k) => k !== 'law' && !MAY_GO_UNNAMED.includes(k)));
/** Words that may follow a description's noun when it heads its phrase ("the scheme will …",
 *  "the mission aims …"); any other lower-case word after it makes the noun a modifier ("the
 *  policy repo rate") and the phrase no description. */
const FOLLOWS_HEAD = '(?:is|was|will|would|has|had|have|are|were|can|could|may|might|must|shall|should|aims|aimed|seeks|sought|provides|provided|covers|covered|includes|included|offers|envisages|envisions|entails|proposes|mandates|stipulates|targets|focuses|focused|ensures|supports|benefits|involves|comprises|promotes|enables|requires|allows|extends|ranks|ranked|found|showed|shows|says|said|reflects|marks|signals|underlines|highlights|following|and|or|but|to|of|for|in|on|at|by|with|from|as|that|which|who|under|also|would|through|across|among|into|within|during|before|after|since|until|via|over|soon|now|yet|still|only|alone|itself|being|been|a|an|the|earlier|later|last|next|yesterday|today|[a-z]+ed|expects|forecast|forecasts|estimates|projects|predicts|warns|notes|adds|believes|sees)';
/** "the Bill on August 6": "on" and a date start no name ("the Mission on Natural Farming" does). */
const MONTH_OR_DAY = `${CALENDAR_ALTERNATION}\\b`;
const DESCRIPTION = new RegExp(`\\b([Tt]he|[Tt]his)\\s+((?:[a-z0-9][\\w-]*\\s+){0,2}?)(${Object.keys(HEADS).join('|')}|Mission|Scheme|Index|Bill|Act)\\b(?!-)(?!\\s+(?:on|of|for|to|called|named)\\b(?!\\s+(?:\\{\\{c\\d+::)?(?:\\d|${MONTH_OR_DAY})))(?!\\s+(?!${FOLLOWS_HEAD}\\b)[a-z][\\w-]*)`, 'g');
/** "… submitted by …", "… prepared by …": a description followed by who made it. */
const MADE_BY_AFTER = /^\s+(?:submitted|prepared|released|drafted|tabled|compiled|published|presented|brought out|authored)\s+by\s/;
const TELLING_END = /^\s+(?:said|says|added|noted|stated|told\s+\p{L}+)[.!?”"]*$/u;
/** An office a later "the post" can be. ("named head coach of the national team, becoming the
 *  first Indian … to occupy the coveted post".) */
const OFFICE_BEFORE = /\b(?:[Pp]resident|[Vv]ice[ -][Pp]resident|[Pp]rime [Mm]inister|[Mm]inister|[Gg]overnor|[Cc]hief|[Ss]ecretary|[Jj]udge|[Jj]ustice|[Cc]hair(?:man|person|woman)?|[Dd]irector|[Cc]ommissioner|[Mm]ayor|[Ss]peaker|[Aa]dviser|[Aa]dvisor|[Aa]mbassador|[Ee]nvoy|[Cc]oach|[Cc]aptain|[Hh]ead|[Cc]hancellor|[Rr]egistrar|[Cc]ontroller|[Aa]uditor|[Ee]ditor|CEO|MD|CM|PM|CJI|CEC|NSA|CDS)\b/;
/** Modifiers that praise or size a thing without saying which it is. */
const SAYS_NOT_WHICH = /^(?:(?:coveted|top|key|prestigious|powerful|important|crucial|extensive|massive|major|big|huge|mammoth|daring|complex|challenging|ambitious|entire|whole|much-awaited|much-needed|high-profile)\s+)+$/;
/** Praise of a thing the article named: "this groundbreaking vaccine" is AdFalciVax still (a
 *  "historic feat" is no named thing, and stays as written). */
const PRAISES_NAMED = /^(?:(?:groundbreaking|ground-breaking|path-breaking|pathbreaking|innovative|novel|indigenous)\s+)+$/;
const HINT = new RegExp(`\\b(?:${Object.keys(HEADS).join('|')})\\b`, 'i');
const RANKING = /\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|last|next|largest|biggest|oldest|new|other|such|same|\w+est)\b/i;
/** "Mission Mausam", "Operation Kaveri": a short name its kind word opens. */
const KIND_OPENS = new RegExp(`^(?:${KINDS_OPENING_NAMES.join('|')})\\s+\\S+(?:\\s+\\S+)?$`);
/** A short form written right after a name: "(NMEO-Oilseeds)", "(PM E-Drive)". */
const SHORT_AFTER = /^\s*\(([\p{Lu}][\p{Lu}\p{N}&-]*(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}{1,3}-\p{Lu}[\p{Ll}\p{N}]+)?)\)/u;

/** ", which the Union Cabinet cleared …", " with a corpus of …": words after a description
 *  that say which thing it is. */
const LAUNCHED_BY_AFTER = /^,\s+which\s+(?:the\s+)?(?:\p{L}+\s+){1,5}(?:approved|cleared|launched|unveiled|introduced|inaugurated)\b/u;
const COSTED_AFTER = /^\s+(?:with|worth)\s+(?:a|an)\s+(?:total\s+)?(?:corpus|outlay|budget|allocation)\s+of\b/;

/** The text with its descriptions named, or null when one names nothing. `blankAt` keeps a
 *  cloze's deletion out of it. */
export function nameDescriptions(text: string, ctx: ArticleContext, sentence: Sentence): string | null {
  if (!HINT.test(text)) return text;
  let failed = false;
  const out = text.replace(DESCRIPTION, (whole, _det: string, _modifiers: string, noun: string, at: number) => {
    // "the National Mission …" is a name already: only a bare "the mission" is a description.
    if (/\{\{c\d+::[^}]*$/.test(text.slice(0, at))) return whole;
    const kind = noun.toLowerCase();
    // ("…, the agency said.": the telling at a sentence's end stands for its teller as written.)
    if (TELLING_END.test(text.slice(at + whole.length).trimEnd()) && /,\s*$/.test(text.slice(0, at))) return whole;
    // ("…, said the report.", "…, as per the report.": so does one told after its verb.)
    if (/,\s+(?:said|says|added|adds|noted|notes|stated|states|reported|according\s+to|as\s+per)\s+$/.test(text.slice(0, at)) && /^[.!?”"]*$/.test(text.slice(at + whole.length).trim())) return whole;
    // ("accepted the report submitted by a high-level committee headed by Ram Nath Kovind": who
    // made it says which one.)
    if (MADE_BY_AFTER.test(text.slice(at + whole.length))) return whole;
    // ("the joint military exercise AUSTRAHIND", "the scheme PM-KUSUM": the name right after its
    // kind says which one.)
    if (/^\s(?:\{\{c\d+::)?\p{Lu}/u.test(text.slice(at + whole.length))) return whole;
    // ("the scheme with a corpus of ₹1 lakh crore": what it costs says which one too.)
    // (So does what launched it: "the scheme, which the Union Cabinet cleared in July 2025 to …".)
    if (COSTED_AFTER.test(text.slice(at + whole.length)) || LAUNCHED_BY_AFTER.test(text.slice(at + whole.length))) return whole;
    // ("… became the prime minister in 2004 after X turned down the post": the office the text
    // named before it.)
    if (kind === 'post' && OFFICE_BEFORE.test(text.slice(0, at))) return whole;
    const heads = HEADS[kind];
    // "the second regional bloc", "the largest scheme": words that say which make their own
    // description; only "the 5-year-long scheme"-like modifiers of a named kind are references.
    // ("the coveted post", "the extensive operation": a word of praise or size says no more which
    // one than the bare noun.)
    const modifiers = SAYS_NOT_WHICH.test(_modifiers) || (heads.length && PRAISES_NAMED.test(_modifiers)) ? '' : _modifiers;
    if (modifiers && (!heads.length || RANKING.test(modifiers))) return whole;
    // ("In a boost to the space programme, …": a noun before the kind makes a thing of its own,
    // not the mission the story named; "the annual report", "the 5-year-long scheme" point back.)
    const lastModifier = modifiers.trim().split(/\s+/).pop();
    if (lastModifier && sentence.tokens.some((t) => t.text === lastModifier && t.pos === 'NOUN')) return whole;
    // ("the fourth Norwegian to win the literature prize": of all the Nobel Prizes, the one its
    // words say; a prize is written as a name only when it stands bare.)
    if (modifiers && BARE_ONLY.has(kind)) return whole;
    // ("the PM E-Drive scheme, a follow-up to the now-terminated FAME programme … the scheme":
    // a name of the description's own kind comes before one of a kin kind.)
    // ("the tournament" in a story of the Chess Olympiad, the Gaprindashvili Cup and a World
    // Championship: of a kind that may go unnamed, the bare word says less but nothing wrong.)
    // ("The mission marked India’s return …, following Rakesh Sharma’s spaceflight aboard the Soviet
    // Soyuz mission in 1984": a name later in its own sentence is another one, unless set right
    // beside it, "the scheme, PM-POSHAN,".)
    const from = sentence.text.toLowerCase().indexOf(whole.toLowerCase());
    const span = from < 0 ? null : { start: from, end: from + whole.length };
    // ("The award was presented to Modi by President …" before "The Dharma Chakra on the medal
    // reflects …": an honour is named before it is called "the award"; one named after is
    // another thing, or a part of it.)
    let named = heads.length && !(MAY_GO_UNNAMED.includes(kind) && namesOfKind(ctx, heads) > 1) ? (antecedent(ctx, sentence, heads.slice(0, 1), false, span) ?? antecedent(ctx, sentence, heads, !BARE_ONLY.has(kind), span)) : null;
    // ("According to the report, India has slipped …" after a sentence on the Ease of Doing Business
    // report, in a story of the Prosperity Index: a report other than the headline's may be either.)
    if (named && REPORT_KINDS.has(kind) && otherThanHeadlineReport(named, ctx)) {
      failed = true;
      return whole;
    }
    if (!named) {
      // "the study" names nothing; "the crop study" still says which.
      // ("… in the latest Tiger census are encouraging as the survey revealed …": nor where the
      // text before it names one of its kind by a capitalised word.)
      // (Read in the whole sentence, a cloze may be its clause alone: the card says "the Tiger
      // census" where its clause said "the survey".)
      const inSentence = sentence.text.toLowerCase().indexOf(whole.toLowerCase());
      const kindNamed = MUST_NAME.has(kind) && !modifiers ? namedKindBefore(inSentence > 0 ? sentence.text.slice(0, inSentence) : text.slice(0, at), heads) : null;
      if (kindNamed) {
        const start = at === 0 || /[.!?]\s+$/.test(text.slice(0, at));
        return text.includes(kindNamed) ? whole : `${start ? 'The' : 'the'} ${kindNamed}`;
      }
      // ("members of the BRICS … declared expansion of the grouping": a grouping's name is an
      // acronym no head word finds; the body its own sentence names before it is the one.)
      if (kind === 'grouping' && inSentence > 0 && sentence.entities.some((e) => e.cls === 'organisation' && e.end <= inSentence)) return whole;
      failed ||= MUST_NAME.has(kind) && !modifiers;
      return whole;
    }
    // ("PM Electric Drive Revolution in Innovative Vehicle Enhancement (PM E-DRIVE) Scheme": the
    // short form the name carries, with its head word, is how the article goes on calling it.)
    // ("The award also follows a precedent where Wg Cdr Sharma was similarly conferred the Ashok
    // Chakra": a text that names the thing itself leans on nothing; "The Ashok Chakra … the Ashok
    // Chakra" would read as two.)
    // (Nor one whose blank it names: "the {{c1::ELI}} scheme".)
    if (text.includes(named) || unblanked(text).includes(named)) return whole;
    const short = /\((\p{Lu}[\p{Lu}\d&-]*(?:\s\p{Lu}[\p{Lu}\d&-]*)?)\)(\s+\p{Lu}\p{Ll}+)?$/u.exec(named);
    if (short) named = `the ${short[1]}${short[2] ?? ''}`;
    const start = at === 0 || /[.!?]\s+$/.test(text.slice(0, at));
    // ("LVM3 vehicle": a short form before its kind word is said with "the" too.)
    // ("Section 6A": a provision by its number takes none.)
    // ("S&P Global Ratings", "Fitch Ratings", "AT&T": a rating firm's name, or one opening on
    // initials joined by "&", takes none either.)
    // ("The GCI placed 46 countries in Tier 1": a report's short form is said with "the", a body's
    // may not be.)
    // ("Mission Mausam", "Operation Kaveri": a name its kind word opens takes none either.)
    // ("the PEN Pinter Prize": a prize is said with "the" whatever opens its name.)
    const bare = ((/^\p{Lu}{2,}|^\p{Lu}&\p{Lu}/u.test(named) || KIND_OPENS.test(named) || /\sRatings$/.test(named)) && !/\s\p{Ll}+$/u.test(named) && !REPORT_KINDS.has(kind) && !/\s(?:Prize|Award)$/.test(named)) || /^[Tt]he\s/.test(named) || PROVISION.test(named);
    const written = bare ? named : `the ${named}`;
    return start ? written[0].toUpperCase() + written.slice(1) : written;
  });
  return failed ? null : out;
}

/** A cloze's text with its deletions written out. */
function unblanked(text: string): string {
  return text.replace(/\{\{c\d+::([^}]*)\}\}/g, '$1');
}

/** A thing of one of these kinds a text names by a capitalised word before the kind's noun
 *  ("the latest Tiger census" → "Tiger census"), or null. */
function namedKindBefore(text: string, heads: readonly string[]): string | null {
  return heads.length ? (new RegExp(`\\b(?!(?:The|A|An|This|That|These|Its|Their|In|On|At|As|For|Of)\\s)\\p{Lu}[\\p{L}-]*\\s+(?:${heads.map(reEscape).join('|')})\\b`, 'u').exec(text)?.[0] ?? null) : null;
}

/** The tests for names headed by one of `heads`, built once per list of heads: every
 *  description of every fact asks again. */
const HEAD_PATTERNS = new Map<string, { headed: RegExp; headedAtEnd: RegExp; headAfter: RegExp; apposed: RegExp; kindBefore: RegExp }>();
function headPatterns(heads: readonly string[]): { headed: RegExp; headedAtEnd: RegExp; headAfter: RegExp; apposed: RegExp; kindBefore: RegExp } {
  const key = heads.join('|');
  let found = HEAD_PATTERNS.get(key);
  if (!found) {
    const alternation = heads.map(reEscape).join('|');
    found = {
      headed: new RegExp(`\\b(?:${alternation})s?\\b`, 'i'),
      headedAtEnd: new RegExp(`\\b(?:${alternation})$`, 'i'),
      // ("the … Vehicle Enhancement (PM E-Drive) scheme": its short form may stand between.)
      // (Not a bracket of the name's own: "the Biological Diversity (Amendment) Bill".)
      // ("the 'Capacity Building and Human Resource Development' scheme": or its closing quote.)
      // ("the Varuna naval exercise": or a word of its kind between.)
      headAfter: new RegExp(`^['’"”]?\\s+(?:\\((?!Amendment\\b)[^()]{1,30}\\)\\s+)?(?:(?:naval|military|joint|air|army|bilateral|trilateral|multilateral|maritime|annual)\\s+)?(?:${alternation})\\b`, 'i'),
      // ("the National Pension System Vatsalya (NPS Vatsalya), a pioneering pension scheme …": or
      // what its apposition calls it.)
      apposed: new RegExp(`^(?:\\s*\\([^()]{1,20}\\))?,\\s+an?\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:${alternation})\\b`, 'iu'),
      // ("its first indigenous … malaria vaccine, AdFalciVax": or the kind word set right before it.)
      kindBefore: new RegExp(`\\b(?:${alternation}),?\\s(?:(?:called|named|dubbed)\\s)?['‘"“]?$`, 'i'),
    };
    HEAD_PATTERNS.set(key, found);
  }
  return found;
}

/** Kinds a name may follow ("malaria vaccine, AdFalciVax"); a scheme or a mission is named by its own head. */
const KIND_BEFORE_KINDS = new Set(['vaccine', 'satellite']);

/** How far after a description its name may start in the same sentence: ", " or " (". */
const APPOSED_GAP = 4;

/** How many different names headed by one of `heads` the article gives. */
function namesOfKind(ctx: ArticleContext, heads: readonly string[]): number {
  const { headedAtEnd: headed } = headPatterns(heads);
  return new Set(ctx.timeline.filter((t) => /\s/.test(t.entity.canonical.trim()) && headed.test(headOf(t.entity.canonical))).map((t) => t.entity.canonical)).size;
}

/** Whether the headline names a report or index and `named` is another one. */
const HEADLINE_REPORT = /\b(?:Index|Report|Rankings?|Survey)\b/i;
function otherThanHeadlineReport(named: string, ctx: ArticleContext): boolean {
  if (!HEADLINE_REPORT.test(ctx.analyzed.article.title)) return false;
  // ("NFHS-5": a short form's letters say too little to tell it apart; as before, it stands.)
  if (!/\p{Ll}{2}/u.test(named)) return false;
  return namesAnotherReport(named.replace(/\s*\([^)]*\)/g, ''), ctx.headlineKey);
}

/** A name's head word: the last, or the one before "on/of/for" ("Mission" of "National Mission
 *  on Natural Farming"), or the name itself when it is one word or a short form. */
function headOf(name: string): string {
  // ("Section 6A", "Article 370": a provision is headed by its kind, its number after.)
  const provision = PROVISION.exec(name.trim());
  if (provision) return provision[1];
  // ("the Kerala Cattle Markets (Regulation) Act, 2024": its year after it is no head.)
  // ("Vibrant Villages Programme II", "Digital India Mission 2.0": nor its phase's number.)
  // ("the Public Examinations (Prevention of Unfair Means) Act": nor what its brackets say it does.)
  // ("Mission Mausam", "Operation Sindoor": a kind word that opens a short name heads it.)
  const opening = KIND_OPENS.test(name.trim()) ? /^\S+/.exec(name.trim()) : null;
  if (opening) return opening[0];
  const words = name.trim().replace(/,?\s+(?:18|19|20)\d\d$/, '').replace(/[\s–-]+(?:I{1,3}|IV|V|\d{1,2}(?:\.\d)?)$/, '').replace(/\s+\([^()]*\)(?=\s)/g, '').split(/\s+/);
  const joint = words.findIndex((w, i) => i > 0 && /^(?:on|of|for)$/.test(w));
  return joint > 0 ? words[joint - 1] : words[words.length - 1];
}

/** A lower-case word after a name that makes the name its modifier (no verb, no preposition). */
const MODIFIES_NOUN = /^\s+(?!(?:with|to|for|in|on|at|by|and|or|but|is|was|are|were|will|would|has|had|have|from|of|as|which|that|who|under|after|before|since|during)\b)\p{Ll}[\p{Ll}-]+\b/u;

/** Words before an outlet named as the teller: "reported Live Law", "according to LiveLaw". */
const REPORTER_BEFORE = /\b(?:reported|reports|according to|told|quoted|said)\s+(?:by\s+)?(?:the\s+)?$/i;

/** "BJP", "UNDP": a body the lexicon knows is no scheme, index or mission; nor are "the 13 'Modi
 *  guarantees'", named in the plural, "the scheme". */
function knownBodyOrMany(e: Entity): boolean {
  return (e.cls === 'organisation' && organisationNamed(e.canonical) !== null) || /[^s'’]s$/.test(headOf(e.canonical));
}

/** Head nouns of names that are no report, scheme or mission: a day, a body, a gathering. */
const OTHER_KIND_HEAD = /^(?:Day|Week|Network|Polls?|Council|Commission|Committee|Ministry|Department|Organi[sz]ation|Bank|Agency|Institute|University|Board|Authority|Court|Party|Assembly|Summit|Conference|Forum)$/;

/** A short form of capitals alone: "UNDP", "HDR". */
const BODY_SHORT_FORM = /^\p{Lu}{2,6}$/u;

const SURVEY_BODY = /\bSurvey of\s+(?:the\s+)?\p{Lu}/u;

/** Names of any kind in one sentence that make it a list of members. */
const MANY_NAMES = 5;
/** Names of one kind in one sentence that make a list. */
const LIST_OF_KIND = 3;

/** How far ahead a name may come after its description ("The government will spend … on the
 *  scheme. … the PM-POSHAN scheme …"). */
const AHEAD = 3;

/** "ISRO's heaviest rocket LVM3 carrying 36 satellites": a name the headline writes beside its
 *  kind word is of that kind wherever the body names it bare ("the flight of LVM3"). */
function kindBesideInHeadline(x: Entity, ctx: ArticleContext, heads: readonly string[]): string | undefined {
  const key = normalizeKey(x.canonical);
  // ("PM-eBus Sewa" under "… approves PM e-Bus Sewa scheme": one name, its words joined otherwise.)
  const compact = key.replace(/\s+/g, '');
  const headline = ctx.headlineKey.replace(/\s+/g, '');
  return heads.find((h) => ctx.headlineKey.includes(` ${h} ${key} `) || ctx.headlineKey.includes(` ${key} ${h} `) || (compact.length >= 6 && headline.includes(`${compact}${h}`)));
}

/** "Asia's version of the ", "the equivalent of the ", "akin to the ": what a thing is likened to. */
const COMPARED_BEFORE = /\b(?:version|equivalent|counterpart|answer)\s+(?:of|to)\s+(?:the\s+)?$|\b(?:akin|similar)\s+to\s+(?:the\s+)?$|\bdubbed\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}$/u;

/** The nearest earlier name headed by one of `heads` (or written before one: "the PM-POSHAN
 *  scheme"), else the first such name a few sentences on; as its short form when it has one. */
function antecedent(ctx: ArticleContext, sentence: Sentence, heads: readonly string[], lookAhead = true, span: { start: number; end: number } | null = null): string | null {
  const { headed, headAfter, apposed, kindBefore } = headPatterns(heads);
  const sentenceOf = (x: Entity) => sentenceOfEntity(ctx, x);
  // A name, not the description itself read as one ("The Mission will …").
  // ("Chandrayaan-3", "Aditya-L1": a one-word code name with its number is a name too.)
  const isName = (x: Entity) => /\s/.test(x.canonical.trim()) || /^\p{Lu}{2,}/u.test(x.canonical) || /^\p{Lu}\p{L}+-?\p{Lu}?\d+$/u.test(x.canonical);
  // ("… malaria vaccine, AdFalciVax": a one-word name set right after its kind word is a name too.)
  const kindSetBefore = (x: Entity, own = sentenceOf(x)) => KIND_BEFORE_KINDS.has(heads[0]) && kindBefore.test(own?.text.slice(Math.max(0, x.start - 40), x.start) ?? '');
  // Headed, not merely containing the word: "the National Mission on Natural Farming" is a
  // mission, "the Mission Control Centre" a centre.
  // ("the Zoological Survey of India, Kozhikode": a survey of a place is a body, not a study.)
  // ("…, reported Live Law": the outlet that told it is no law.)
  // ("struck down Section 377 of the Indian Penal Code": a law after a provision only holds it;
  // "the law" later means the provision.)
  const ofKind = (x: Entity, own = sentenceOf(x)) =>
    // ("the Varuna naval exercise": a one-word name its kind word follows is a name too.)
    (x.cls === 'term' || x.cls === 'organisation') && (isName(x) || kindSetBefore(x, own) || headAfter.test(own?.text.slice(x.end) ?? '')) && !SURVEY_BODY.test(x.canonical) && !REPORTER_BEFORE.test(own?.text.slice(0, x.start) ?? '') && !PROVISION_OF.test(own?.text.slice(0, x.start) ?? '') && (headed.test(headOf(x.canonical)) || headAfter.test(own?.text.slice(x.end) ?? '') || apposed.test(own?.text.slice(x.end) ?? '') || kindSetBefore(x, own) || kindBesideInHeadline(x, ctx, heads) !== undefined);
  // ("The umbrella scheme has four sub-schemes: (i) …, (iv) the Travel Grant Scheme. The scheme
  // is implemented by …": a member of a list of its kind is never "the scheme" alone.)
  const listSentence = (x: Entity, own = sentenceOf(x)) => !!own && own.entities.filter((o) => ofKind(o, own)).length >= LIST_OF_KIND;
  // (Nor a name that only qualifies a noun after it: "World Championship contender D. Gukesh";
  // "the Electoral Bond scheme" is the kind word itself.)
  const qualifies = (x: Entity) => MODIFIES_NOUN.test(sentenceOf(x)?.text.slice(x.end) ?? '');
  const beforeNoun = (x: Entity, own = sentenceOf(x)) => !!own && own.tokens.find((t) => t.start > x.end)?.pos === 'NOUN' && qualifies(x) && !headAfter.test(own.text.slice(x.end));
  const laterInSentence = (x: Entity) => span !== null && x.start >= span.end + APPOSED_GAP && sentenceOf(x) === sentence;
  // ("the Ramon Magsaysay Awards, Asia's version of the Nobel Prize. … the first Indian organisation
  // to receive the award": a thing named to compare with is not the thing.)
  const compared = (x: Entity) => COMPARED_BEFORE.test(sentenceOf(x)?.text.slice(Math.max(0, x.start - 40), x.start) ?? '');
  const names = (x: Entity) => ofKind(x) && !listSentence(x) && !beforeNoun(x) && !laterInSentence(x) && !compared(x);
  const ahead = () => {
    for (let i = timelineAfter(ctx, sentence.index); i < ctx.timeline.length && ctx.timeline[i].sentence <= sentence.index + AHEAD; i++) {
      if (names(ctx.timeline[i].entity)) return ctx.timeline[i].entity;
    }
    return null;
  };
  const last = lastEntityBefore(ctx, sentence, Infinity, names) ?? (lookAhead ? ahead() : null);
  if (!last) return null;
  // ("… the Ken-Betwa River Link Project … he also inaugurated the Omkareshwar Floating Solar
  // Project … under the project": of two names of the kind, the one the headline names is the
  // story's.)
  const e = namedInHeadline(last, ctx) ? last : (ctx.timeline.find((t) => t.sentence <= sentence.index && names(t.entity) && namedInHeadline(t.entity, ctx))?.entity ?? last);
  // "… the National Mission on Natural Farming. … the Cabinet cleared AIM 2.0 … The initiative
  // will …": a thing named in between, of no kind the text says, may be the one meant.
  // ("… the Employment Linked Incentive (ELI) scheme. … the ELI scheme, … registered with EPFO
  // … The scheme aims …": the story came back to it by its short form; what stood before that
  // mention is no longer in between.)
  const eShort = SHORT_AFTER.exec(sentenceOf(e)?.text.slice(e.end) ?? '')?.[1];
  const sameThing = last === e || last.canonical === e.canonical || last.text === eShort || isAcronymOf(last.text, e.canonical);
  const at = (sameThing ? sentenceOf(last)?.index : undefined) ?? sentenceOf(e)?.index ?? sentence.index;
  // (Not the members of a list of the kind, nor what the list's sentence names beside them;
  // not a body's short form the article spells out ("released by the UNDP"), which no
  // description of a thing stands for, nor the name's own ("HDI"); "AIM 2.0" may be the one meant.)
  const spelledBody = (x: Entity) => BODY_SHORT_FORM.test(x.text) && ctx.timeline.some((t) => t.entity.cls === 'organisation' && t.entity.text !== x.text && isAcronymOf(x.text, t.entity.canonical));
  // ("These include Ramlila, Vedic chanting, Kutiyattam, …": one of many names a sentence lists
  // is a member, not the list or scheme a later description means.)
  const amidMany = (x: Entity) => (sentenceOf(x)?.entities.filter((o) => o.cls === 'term' || o.cls === 'organisation' || o.cls === 'place' || o.cls === 'person').length ?? 0) >= MANY_NAMES;
  // ("the South Asian averages" qualifies its noun as well.)
  // ("the International Day of Happiness", "the … Solutions Network": a name headed by another
  // kind's noun is not the thing either.)
  const between = ctx.timeline.filter((t) => t.sentence > at && t.sentence < sentence.index && (t.entity.cls === 'term' || (t.entity.cls === 'organisation' && !spelledBody(t.entity))) && isName(t.entity) && !ofKind(t.entity) && !listSentence(t.entity) && !qualifies(t.entity) && !OTHER_KIND_HEAD.test(headOf(t.entity.canonical)) && !knownBodyOrMany(t.entity) && !amidMany(t.entity));
  if (between.some((t) => t.entity.canonical !== e.canonical && !isAcronymOf(t.entity.text, e.canonical))) return null;
  const own = sentenceOf(e);
  // ("the Employment Linked Incentive (ELI) scheme": its kind word after the short form goes
  // with it, "the ELI scheme".)
  const kindAfterShort = eShort && own ? /\)\s+(\p{Ll}+)$/u.exec(headAfter.exec(own.text.slice(e.end))?.[0] ?? '') : null;
  if (eShort) return kindAfterShort ? `${eShort} ${kindAfterShort[1]}` : eShort;
  // ("the Electoral Bond scheme": the kind word written after the name goes with it.)
  // ("the LVM3 rocket": or the one the headline wrote beside it.)
  const kind = !headed.test(headOf(e.canonical)) && own ? (headAfter.exec(own.text.slice(e.end))?.[0] ?? kindBesideInHeadline(e, ctx, heads)) : undefined;
  return kind && !kind.includes('(') ? `${e.canonical} ${kind.replace(/^['’"”]/, '').trim()}` : e.canonical;
}
