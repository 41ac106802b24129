/**
 * The story's key term: a lower-case word or compound of the headline that names a concept,
 * that the lead says and the article keeps using — "ozone" under "Scientists analyse effects of
 * global warming, atmospheric ozone on crops", "two-plus-two" under "… as part of 2+2
 * mechanism", "repo rate" under "RBI keeps repo rate unchanged". Names are found by their
 * capitals; such a term has none, so without this no cloze could ask the headline's own word.
 */
import type { Entity, Sentence } from '../types.js';
import { KIND_NOUNS, isCommonWord } from '../lexicon/index.js';
import { isTitleWord } from './title-split.js';
import { NUMBER_COMPOUND, numberKey } from '../util/number-compound.js';

export interface KeyTerm {
  /** How the article first writes it ("two-plus-two"). */
  canonical: string;
  /** Each place the article says it, by sentence index. */
  spans: Map<number, Occurrence[]>;
}

/** Sentences of the lead in which the term must first appear. */
const LEAD_SENTENCES = 3;
/** Sentences a single word must stand in, and a compound, to be the story's term. */
const MIN_SENTENCES_WORD = 3;
const MIN_SENTENCES_COMPOUND = 2;

const STOP = new Set('a an the of in on at to for from by with and or as is are was were be been has have had its it this that after before over into about than their his her new says said will who what which amid against under between not no'.split(' '));

const LIGHT_VERB = /^(?:makes?|made|making|takes?|took|taking|gets?|got|gives?|gave|creates?|created|scripts?|scripted)$/i;
/** Offices as headlines shorten them. */
const HEADLINE_OFFICE_SHORT = /^(?:secy|addl|jt|dy|govr?|min)\.?$/i;
/** Measures whose figure is the news ("India's rank up 16 notches"): never the term itself. */
const MEASURE = new Set(['rank', 'ranking', 'position', 'spot', 'score', 'tally', 'share', 'total', 'level', 'toll']);
/** A verb's -ing form opening a phrase with its object ("installing rooftop solar"): no concept's word. */
const DOING = /^(?:installing|providing|setting|building|boosting|promoting|creating|developing|making|giving|taking|ensuring|improving|strengthening|expanding|raising|reducing|increasing|enhancing|launching|opening|starting|supporting|helping|granting|allowing|offering|protecting|conserving|achieving|reaching|crossing|winning|securing)$/;
/** What happened, said as a noun ("ISRO's LVM3-M6 launch"): the event, never a concept to learn. */
const EVENT = new Set(['launch', 'visit', 'meeting', 'talks', 'ceremony', 'inauguration', 'win', 'victory', 'defeat', 'loss', 'death', 'demise', 'crash', 'accident', 'appointment', 'verdict', 'ruling', 'launching', 'rescue', 'efforts', 'operations', 'search', 'relief']);
/** A gesture someone made ("pays floral tributes to Gandhi"): no concept, however it is qualified. */
/** The weather a story is of ("Monsoon arrives in Kerala"): its setting, asked by its place, day
 *  and figures, never a concept to blank ("In 2019 as well, _____ had hit Kerala by June 8"). */
const WEATHER = new Set(['monsoon', 'rain', 'rains', 'rainfall', 'cyclone', 'heatwave', 'flood', 'floods', 'earthquake', 'landslide', 'landslides', 'snowfall', 'drought', 'storm', 'cloudburst', 'fog', 'coldwave']);
const GESTURE = new Set(['tribute', 'tributes', 'homage', 'respects', 'condolences', 'wishes', 'greetings', 'prayers', 'obeisance']);
/** What a winner takes ("win individual gold medals"): the news is who won it, never a concept. */
const PRIZE = new Set(['gold', 'silver', 'bronze', 'medal', 'medals', 'title', 'titles', 'trophy', 'trophies', 'award', 'awards', 'prize', 'prizes', 'cup', 'crown']);
/** Past participles that end a phrase, not a compound: "votes cast", "funds raised". */
const PARTICIPLE_AFTER = /^(?:cast|held|made|taken|given|found|done|seen|shown|sold|paid|set|put|kept|left|built|sent|won|lost|told|spent|raised|polled|issued|filed|recorded|used|collected|allocated)$/;
// ("slips to 86th rank": what the headline numbers by an ordinal is counted too.)
const COUNT = /^(?:\d[\d,.]*|\d+(?:st|nd|rd|th)|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|lakhs?|crores?|millions?)$/i;

interface Candidate {
  /** The headline's words, lower-case. */
  words: string[];
  /** A lone word: a concept written as a mass noun ("ozone pollution", "rising ozone"), not a
   *  count noun the article writes with an article or in the plural ("the exhibit", "tigers"). */
  mass?: boolean;
  /** A number compound ("2+2"), matched by its key. */
  compound?: string;
}

/** Endings of nouns that may stand before a compound's head ("consumption", "household"). */
const NOUN_ENDING = /\p{Ll}(?:tion|sion|ment|ness|ity|ance|ence|hold|ship|ture)$/u;

/** A word a term may hold: lower-case letters, maybe hyphenated ("stubble", "heat-wave"). */
const TERM_WORD = /^[a-z][a-z-]*[a-z]$/;

/** "PM Vishwakarma initiative will celebrate our traditional artisans: Modi": a claim the headline
 *  puts in someone's mouth, not a concept its news teaches. */
const SPEAKER_AFTER_COLON = /:\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*$/u;

function headlineCandidates(title: string): Candidate[] {
  const out: Candidate[] = [];
  if (SPEAKER_AFTER_COLON.test(title)) return out;
  // "Sweden, Belgium, England win three points": punctuation ends a phrase.
  for (const [p, phrase] of title.split(/[,;:|"“”‘’()[\]—–]|\s-\s/).entries()) {
    const words = phrase.trim().split(/\s+/).filter(Boolean);
    // What the headline opens with is its subject, the story's topic, not the term its news
    // teaches: "Monsoon reaches Kerala, earliest onset since 2009" asks when, not what.
    if (p === 0) words.shift();
    for (const w of words) {
      const m = w.match(NUMBER_COMPOUND);
      if (m && m[0] === w) out.push({ words: [w.toLowerCase()], compound: numberKey(w) });
    }
    // A word the headline says is about something else ("effects of …", "worship of …") only
    // leads to the term.
    // Nor is the word after a name, its head ("Church of Scientology website", "Hajj stampede"):
    // the name is what the story is about.
    // Nor the noun of "makes landfall", "creates history": the verb's, not a concept.
    // Nor a thing the headline counts ("four new wetlands", "Two cheetah cubs"): its figure is the news.
    // ("… sign trade pact in virtual ceremony", "ISRO puts heaviest satellite in orbit": a
    // headline's closing "in …" says where or how, no concept.)
    let closing = words.length - 1;
    while (closing > 0 && !/^(?:in|into|at|on|via)$/.test(words[closing])) closing--;
    const closingFrom = closing > 0 && closing >= words.length - 3 ? closing : words.length;
    const usable = words.map(
      (w, i) =>
        TERM_WORD.test(w) &&
        !STOP.has(w) &&
        w.length >= 4 &&
        words[i + 1] !== 'of' &&
        !(i > 0 && /^\p{Lu}/u.test(words[i - 1])) &&
        !(i > 0 && LIGHT_VERB.test(words[i - 1])) &&
        // ("Revenue secy Sanjay Malhotra", "finance minister": a portfolio before its office;
        // "chief minister": the office itself.)
        !isTitleWord((words[i + 1] ?? '').toLowerCase()) &&
        !isTitleWord(w) &&
        !HEADLINE_OFFICE_SHORT.test(words[i + 1] ?? '') &&
        !words.slice(Math.max(0, i - 3), i).some((x) => COUNT.test(x)) &&
        i < closingFrom,
    );
    for (let i = 0; i < words.length; i++) {
      // ("household consumption expenditure": after a noun the word heads a longer compound.)
      if (!usable[i] || (i > 0 && NOUN_ENDING.test(words[i - 1]))) continue;
      // A lone word: a rare one in the singular ("crops" counts things), no kind of thing ("mission").
      // (Nor an abstract noun, "inflation", "cooperation": its story's topic, which a blank
      // would ask in a sentence about something else.)
      // (Nor a measure whose figure is the news: "India's rank up 16 notches".)
      if ((!isCommonWord(words[i]) || words[i].includes('-')) && !KIND_NOUNS.has(words[i]) && !MEASURE.has(words[i]) && !EVENT.has(words[i]) && !GESTURE.has(words[i]) && !PRIZE.has(words[i]) && !WEATHER.has(words[i]) && !/[^s]s$/.test(words[i]) && !NOUN_ENDING.test(words[i])) out.push({ words: [words[i]], mass: true });
      // "repo rate", "stubble burning": a whole compound of two words with a rare word in it
      // (not "heaviest communication" of "heaviest communication satellite").
      // (Nor a kind of thing, "communication satellite": its name is what to learn.)
      // (Nor what is being done about the news: "rescue efforts resume".)
      // (Nor a noun and the participle after it: "votes cast through EVMs".)
      // (Nor a verb's -ing and its object: "for installing rooftop solar".)
      if (usable[i + 1] && !DOING.test(words[i]) && !KIND_NOUNS.has(words[i + 1]) && !PRIZE.has(words[i + 1]) && !WEATHER.has(words[i + 1]) && !GESTURE.has(words[i + 1]) && !PARTICIPLE_AFTER.test(words[i + 1]) && !(EVENT.has(words[i]) && EVENT.has(words[i + 1])) && (!isCommonWord(words[i]) || !isCommonWord(words[i + 1])))
        out.push({ words: [words[i], words[i + 1]] });
    }
  }
  return out;
}

/** A word and its plural or singular. */
function wordForm(w: string): string {
  const base = w.endsWith('es') && w.length > 5 ? `${w.slice(0, -2)}(?:es)?` : w.endsWith('s') && !w.endsWith('ss') ? `${w.slice(0, -1)}s?` : `${w}(?:s|es)?`;
  return base.replace(/-/g, '\\-');
}

const DETERMINER_BEFORE = /\b(?:a|an|the|this|that|its|their|his|her|our|each|every|one)\s+$/i;

interface Occurrence {
  start: number;
  end: number;
  text: string;
  /** A noun follows: the words may start a longer compound ("heaviest communication satellite"). */
  runsOn?: boolean;
  /** An article or a possessive stands before it ("the exhibit"): a count noun. */
  determined?: boolean;
}

function occurrences(c: Candidate, s: Sentence): Occurrence[] {
  const out: Occurrence[] = [];
  if (c.compound) {
    for (const m of s.text.matchAll(NUMBER_COMPOUND)) if (numberKey(m[0]) === c.compound) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
    return out;
  }
  const re = new RegExp(`(?<![\\w-])${c.words.map(wordForm).join('\\s+')}(?![\\w-])`, 'gi');
  for (const m of s.text.matchAll(re)) {
    const at = m.index!;
    // Written in capitals mid-sentence, or after a capitalised word, it is part of a name
    // ("Ozone Day", "Montreal Protocol on ozone" aside).
    if (/\p{Lu}/u.test(m[0]) && at > 0 && !/^[\s“"‘']*$/.test(s.text.slice(0, at))) continue;
    if (/\p{Lu}[\p{L}.]*\s+$/u.test(s.text.slice(Math.max(0, at - 30), at)) && at > 0 && !/^\S+\s+$/.test(s.text.slice(0, at))) continue;
    // A noun, not the verb the headline's noun also spells ("rules", "worship").
    const last = [...s.tokens].reverse().find((t) => t.start >= at && t.end <= at + m[0].length);
    // ("stubble burning": a gerund heads a compound too.)
    if (!last || (last.pos !== 'NOUN' && last.pos !== 'PROPN' && !(c.words.length > 1 && last.pos === 'VERB' && /ing$/.test(last.text)))) continue;
    const runsOn = c.words.length > 1 && s.tokens.find((t) => t.start >= at + m[0].length)?.pos === 'NOUN';
    const determined = DETERMINER_BEFORE.test(s.text.slice(Math.max(0, at - 12), at));
    out.push({ start: at, end: at + m[0].length, text: m[0], runsOn, determined });
  }
  return out;
}

/** Whether the article writes a word as a mass noun: in the singular and with no article before
 *  it, at least as often as not. */
function massNoun(found: readonly Occurrence[], word: string): boolean {
  return found.filter((o) => o.text.toLowerCase() !== word || o.determined).length * 2 < found.length;
}

export function headlineTerm(title: string, sentences: readonly Sentence[]): KeyTerm | null {
  let best: { term: KeyTerm; count: number; size: number } | null = null;
  for (const c of headlineCandidates(title)) {
    const spans = new Map<number, Occurrence[]>();
    for (const s of sentences) {
      const found = occurrences(c, s);
      if (found.length) spans.set(s.index, found);
    }
    const found = [...spans.values()].flat();
    if (c.mass && !massNoun(found, c.words[0])) continue;
    // A compound is whole, not the start of a longer one, where the article writes it.
    if (found.filter((o) => o.runsOn).length * 2 > found.length) continue;
    const first = Math.min(...spans.keys());
    const size = c.compound || c.words.length > 1 || c.words[0].includes('-') ? 2 : 1;
    if (first >= LEAD_SENTENCES || spans.size < (size > 1 ? MIN_SENTENCES_COMPOUND : MIN_SENTENCES_WORD)) continue;
    // A pair is worth its word where it stands in half the word's sentences or more.
    const count = spans.size * (size > 1 ? 2 : 1);
    if (best && (count < best.count || (count === best.count && size <= best.size))) continue;
    best = { term: { canonical: spans.get(first)![0].text.toLowerCase(), spans }, count, size };
  }
  return best?.term ?? null;
}

/**
 * The term's entities added to each sentence that says it, where no name stands ("two" of
 * "two-plus-two" is part of it, not a count).
 */
export function withKeyTerm(s: Sentence, term: KeyTerm | null): Entity[] {
  const spans = term?.spans.get(s.index);
  if (!spans) return s.entities;
  let out = s.entities;
  for (const span of spans) {
    const inside = out.filter((e) => e.start < span.end && span.start < e.end);
    if (inside.some((e) => (e.cls !== 'number' && e.cls !== 'ordinal') || e.start < span.start || e.end > span.end)) continue;
    out = [...out.filter((e) => !inside.includes(e)), { text: span.text, cls: 'term', start: span.start, end: span.end, canonical: term!.canonical, keyTerm: true }];
  }
  return out.sort((a, b) => a.start - b.start);
}
