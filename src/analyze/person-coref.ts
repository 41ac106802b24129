/**
 * Article-wide decisions about people, made after every sentence is read:
 * - a surname alone ("said Lavrov", "Mr Key") takes the full name seen earlier in the article
 *   (or, failing that, later: the headline may use the surname first);
 * - a capitalised pair with no cue in its own sentence is a person when the article elsewhere
 *   treats it or its surname as one; otherwise it is kept as a term;
 * - a lone unknown word is a person only as such a surname; if it recurs it is a term,
 *   otherwise it is dropped.
 */
import { surnameOf } from '../util/surname.js';
import type { Mention } from './mention.js';
import { isTitleWord } from './title-split.js';
import { INITIALS_LIKE_HONORIFIC } from './words.js';
import { reEscape } from '../util/re-escape.js';
import { cityNamed, countryOf, honorificsOfRespect, isCommonWord, NAME_ADJECTIVE_END, regionNamed } from '../lexicon/index.js';

export interface PlacedMention {
  sentence: number;
  mention: Mention;
}

/** How often an unknown single word must recur to be kept as a term. */
const MIN_TERM_REPEATS = 2;
const LOCATIVE = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'across', 'outside', 'inside', 'of']);

/** "Govardhan Asrani, known popularly by mononym Asrani": a full name and the one word it goes by. */
const KNOWN_BY_MONONYM = /(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)+),\s+(?:(?:popularly|widely|fondly|better|also)\s+)?known\s+(?:(?:popularly|widely)\s+)?(?:by\s+(?:the\s+|his\s+|her\s+)?(?:mononym|single\s+name|screen\s+name)|as)\s+(\p{Lu}\p{L}+)\b/gu;

/** "Veteran actor Asrani … passed away" before "Govardhan Asrani, known popularly by mononym
 *  Asrani": the word the story says a person goes by is that person wherever it stands, before
 *  the full name too (a bare surname otherwise points back only). */
function mononymsNamed(all: readonly PlacedMention[], body: string): void {
  if (!body.includes('known')) return;
  for (const m of body.matchAll(KNOWN_BY_MONONYM)) {
    const [full, word] = [m[1], m[2]];
    if (!full.split(/\s+/).includes(word)) continue;
    for (const { mention } of all) if (mention.cls === 'person' && mention.canonical === word) mention.canonical = full;
  }
}

function surname(name: string): string {
  return surnameOf(name).toLowerCase();
}

/** A full name the article writes once that another it writes more often differs from by a
 *  slip of the pen in the surname ("Tom Actor" once, "Tom Alter" four times): the same person,
 *  named as the article names them most. */
function mendMisspelledNames(all: readonly PlacedMention[]): void {
  const counts = new Map<string, number>();
  for (const { mention: m } of all) if (m.cls === 'person' && m.canonical.includes(' ')) counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + 1);
  for (const { mention: m } of all) {
    // (The slip may turn the name into words the analyser took for a term: "Tom Actor".)
    if ((m.cls !== 'person' && m.cls !== 'term') || !m.canonical.includes(' ') || (counts.get(m.canonical) ?? 0) > 1) continue;
    const words = m.canonical.split(' ');
    // (Written once each, "Nithya Menen" and "Nithya Menon" one letter apart are one person too,
    // named as the article first names her.)
    const right = [...counts].find(([name, n]) => {
      const other = name.split(' ');
      // ("Preeti Sudan" first, "Preety Sudan" later: one given name spelt two ways, as Indian names
      // are written in Roman letters, is one person, named as the article first names her.)
      if (other.length === words.length && name !== m.canonical && other.slice(1).join(' ') === words.slice(1).join(' ') && other[0] !== words[0] && sameSpoken(other[0], words[0])) return firstNamed(all, name, m.canonical) === name;
      if (other.length !== words.length || other.slice(0, -1).join(' ') !== words.slice(0, -1).join(' ')) return false;
      const [a, b] = [words[words.length - 1], other[other.length - 1]];
      if (a === b || a.length < 4 || b.length < 4) return false;
      const d = editDistance(a.toLowerCase(), b.toLowerCase());
      return (n >= 2 && d <= 2) || (n === 1 && d === 1 && a.length >= 5 && name !== m.canonical && firstNamed(all, name, m.canonical) === name);
    });
    if (!right) continue;
    m.canonical = right[0];
    if (m.cls === 'term') Object.assign(m, { cls: 'person', status: 'final' });
  }
}

/** Two spellings of one name in Roman letters ("Preeti"/"Preety", "Sunil"/"Suneel", "Pooja"/"Puja"):
 *  the same once the spellings of a long vowel and a doubled letter are folded. Never two names
 *  ("Rajesh"/"Ramesh"). */
function sameSpoken(a: string, b: string): boolean {
  const fold = (w: string) => w.toLowerCase().replace(/ee|y$|ie$/g, 'i').replace(/oo/g, 'u').replace(/(\p{L})\1/gu, '$1');
  return a.length >= 4 && b.length >= 4 && fold(a) === fold(b);
}

/** The initials of a name's given names, or null when they are not all initials: "B R Gavai",
 *  "K. G. Balakrishnan" → "BR", "KG". */
function initialsOnly(name: string): string | null {
  const given = name.split(' ').slice(0, -1);
  if (!given.length || !given.every((w) => /^(?:\p{Lu}\.?){1,2}$/u.test(w))) return null;
  return given.map((w) => w.replace(/\./g, '')).join('');
}

/** "MR Srinivasan" and "Dr M R Srinivasan", "K.G. Balakrishnan" and "K G Balakrishnan": one
 *  person, whose initials the article spaces or dots two ways; called as it first writes them. */
function sameInitials(all: readonly PlacedMention[]): void {
  const first = new Map<string, string>();
  for (const { mention: m } of all) {
    const initials = m.cls === 'person' ? initialsOnly(m.canonical) : null;
    if (!initials) continue;
    const key = `${initials} ${m.canonical.split(' ').pop()}`;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, m.canonical);
    else m.canonical = seen;
  }
}

/** "B R Gavai" where the article also writes "Bhushan Ramkrishna Gavai": one person, named by the
 *  given names the initials stand for (so that a bare "Gavai" is theirs, not ambiguous). */
function spellOutInitials(all: readonly PlacedMention[]): void {
  const spelled = new Map<string, string>();
  for (const { mention: m } of all) {
    if (m.cls !== 'person' || !m.canonical.includes(' ') || initialsOnly(m.canonical) !== null) continue;
    const words = m.canonical.split(' ');
    spelled.set(`${words.slice(0, -1).map((w) => w[0]).join('')} ${words[words.length - 1]}`, m.canonical);
  }
  if (!spelled.size) return;
  for (const { mention: m } of all) {
    const initials = m.cls === 'person' ? initialsOnly(m.canonical) : null;
    const full = initials && spelled.get(`${initials} ${m.canonical.split(' ').pop()}`);
    if (full) m.canonical = full;
  }
}

/** "PM Modi" where the article names Narendra Modi: a title and a surname of someone it names
 *  in full (the analyser keeps "PM" with one word, as in "PM Kisan"). The title is the role,
 *  the surname is resolved as any other. */
function titleBeforeSurname(all: readonly PlacedMention[]): void {
  const surnames = new Set<string>();
  for (const { mention: m } of all) {
    const words = m.canonical.split(' ');
    if (m.cls === 'person' && words.length > 1 && !isTitleWord(words[0].toLowerCase())) surnames.add(surname(m.canonical));
  }
  for (const { mention: m } of all) {
    const two = /^(\S+) (\p{Lu}[\p{L}'’-]+)$/u.exec(m.surface);
    // ("MR Srinivasan" beside "Dr M R Srinivasan": an honorific's letters in capitals are initials.)
    if (m.cls !== 'person' || m.last !== m.first + 1 || m.canonical !== m.surface || !two || INITIALS_LIKE_HONORIFIC.test(two[1]) || !isTitleWord(two[1].toLowerCase()) || !surnames.has(two[2].toLowerCase())) continue;
    Object.assign(m, { first: m.last, surface: two[2], canonical: two[2], status: 'final', role: m.role ?? two[1] });
  }
}

/** "Sharma Oli" where the article names "KP Sharma Oli": the last words of one longer name the
 *  article gives a person are that person, called by the whole name (two longer names that
 *  end so leave it as written). A longer name longer only by a title or a word of respect
 *  ("Ustad Zakir Hussain") is the same name, called as it was. */
function tailOfLongerName(all: readonly PlacedMention[]): void {
  const names = new Set<string>();
  for (const { mention: m } of all) {
    const words = m.canonical.split(' ');
    if (m.cls === 'person' && words.length >= 3 && !honorificsOfRespect().has(words[0].toLowerCase()) && !isTitleWord(words[0].toLowerCase())) names.add(m.canonical);
  }
  if (!names.size) return;
  for (const { mention: m } of all) {
    if (m.cls !== 'person' || m.canonical.split(' ').length !== 2) continue;
    // ("Michelle Bachelet" of "Veronica Michelle Bachelet Jeria": a Spanish name's middle two, its
    // given name and father's surname, after a second given name and before the mother's.)
    const longer = [...names].filter((n) => n.endsWith(` ${m.canonical}`) || (n.split(' ').length >= 4 && n.includes(` ${m.canonical} `)));
    if (longer.length === 1) m.canonical = longer[0];
  }
}

/** Which of two names the article writes first. */
function firstNamed(all: readonly PlacedMention[], a: string, b: string): string | undefined {
  return all.find(({ mention: m }) => m.canonical === a || m.canonical === b)?.mention.canonical;
}

/** Levenshtein distance, for short words. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** "-led", "-backed" (the lexicon's words that make a name an adjective), "-era", "-headed", "-ruled". */
const LED_SUFFIX = new RegExp(`-(?:${NAME_ADJECTIVE_END.source.replace(/^\^\(\?:|\)\$$/g, '')}|era|headed|ruled)$`);

/** Resolve in place; returns the mentions to keep, in the same order. */
export function resolvePeople(all: PlacedMention[], headline = '', body = ''): PlacedMention[] {
  // ("Shri Shibu Soren Ji": the respectful "Ji" after a name is no part of it.)
  for (const { mention: m } of all) if (m.cls === 'person' && /\s\p{Lu}\p{L}+\sJi$/u.test(m.canonical)) m.canonical = m.canonical.slice(0, -3);
  // ("the Mamata Banerjee-led party": the name made an adjective is still hers, and a bare
  // "Banerjee" later may be her as much as Rajib Banerjee.)
  // (Written short there, "the Mohan Majhi-led government", it is the "Mohan Charan Majhi" named in full.)
  const longer = all.map(({ mention: m }) => m).filter((m) => m.cls === 'person' && !LED_SUFFIX.test(m.canonical) && m.canonical.split(' ').length >= 3);
  for (const { mention: m } of all) {
    if (m.cls !== 'person' || !LED_SUFFIX.test(m.canonical)) continue;
    const name = m.canonical.replace(LED_SUFFIX, '');
    const words = name.split(' ');
    const full = words.length === 2 && longer.find((o) => { const t = o.canonical.split(' '); return t[0] === words[0] && t[t.length - 1] === words[1]; });
    m.canonical = full ? full.canonical : name;
  }
  mendMisspelledNames(all);
  mononymsNamed(all, body);
  sameInitials(all);
  spellOutInitials(all);
  titleBeforeSurname(all);
  tailOfLongerName(all);
  const confirmed = new Set<string>();
  const cuedSurnames = new Set<string>();
  for (const { mention: m } of all) {
    if (m.cls !== 'person') continue;
    if (m.status === 'final' && m.canonical.includes(' ')) confirmed.add(m.canonical);
    if (m.personCue || m.status === 'final') cuedSurnames.add(surname(m.canonical));
  }
  // Full names, in article order, for surname look-ups.
  const fullNames: FullName[] = [];
  for (const p of all) {
    const m = p.mention;
    if (m.cls !== 'person' || !m.canonical.includes(' ')) continue;
    if (m.status === 'maybe-person') {
      if (confirmed.has(m.canonical) || cuedSurnames.has(surname(m.canonical))) m.status = 'final';
      else continue;
    }
    fullNames.push({ sentence: p.sentence, name: m.canonical, relative: m.relative, at: m.first });
  }
  fullNames.unshift(...headlinePeople(headline, body, all, fullNames));
  const singleCounts = new Map<string, number>();
  // ("Retired commander …" opening two sentences: a word only ever capitalised as a sentence's
  // first is an everyday word, however often it opens one.)
  const midSentence = new Set<string>();
  for (const { mention: m } of all) {
    if (m.status !== 'single') continue;
    singleCounts.set(m.surface, (singleCounts.get(m.surface) ?? 0) + 1);
    if (m.before) midSentence.add(m.surface);
  }
  const namedPeople = new Set(all.filter(({ mention: m }) => m.cls === 'person' && m.status === 'final' && !m.surface.includes(' ') && !m.canonical.includes(' ')).map(({ mention: m }) => m.surface));
  // ("the India–Mongolia Joint Military Exercise Nomadic Elephant … A key component of Nomadic
  // Elephant involved …": a name the article reads as a thing's where a cue says so is no person's
  // where nothing does.)
  const things = new Set(all.filter(({ mention: m }) => m.cls === 'term' && m.status === 'final' && m.surface.includes(' ')).map(({ mention: m }) => m.surface));
  for (const { mention: m } of all) if (m.cls === 'person' && !m.personCue && !m.role && things.has(m.surface)) Object.assign(m, { cls: 'term', status: 'final' });
  // ("Bima Sakhis will also get …" beside the "Bima Sakhi Yojana": the plural of a name a thing
  // is called by names the people it makes, no one person.)
  for (const { mention: m } of all) if (m.cls === 'person' && !m.role && /\p{Ll}s$/u.test(m.surface) && m.surface.includes(' ') && [...things].some((t) => containsWholeWords(t, m.surface.slice(0, -1)))) Object.assign(m, { cls: 'term', status: 'final' });
  const lookup = nameIndex(fullNames);
  const kept: PlacedMention[] = [];
  // Mentions of each full name so far, its surname-only ones included.
  const seen = new Map<string, number>();
  // Whom each surname alone was last taken for, and where.
  const lastBare = new Map<string, { sentence: number; name: string }>();
  for (const p of all) {
    const m = p.mention;
    const oneWord = !m.surface.includes(' ') && !m.canonical.includes(' ');
    if (m.cls === 'person' && m.status === 'final' && m.canonical.includes(' ')) seen.set(m.canonical, (seen.get(m.canonical) ?? 0) + 1);
    if (oneWord && (m.cls === 'person' || (m.status === 'final' && !LOCATIVE.has(m.before ?? '')))) {
      // ("near Amboli": after a preposition of place, a lone word is no given name of someone.)
      const full = fullNameFor(lookup, m.surface, { sentence: p.sentence, at: m.first }, seen, LOCATIVE.has(m.before ?? ''), lastBare.get(m.surface.toLowerCase()));
      // "Kumar" in a story of Gyanesh Kumar and Rajiv Kumar that does not say which: no one.
      if (full === AMBIGUOUS) continue;
      if (full) {
        lastBare.set(m.surface.toLowerCase(), { sentence: p.sentence, name: full });
        seen.set(full, (seen.get(full) ?? 0) + 1);
        Object.assign(m, { cls: 'person', canonical: full, status: 'final' });
        delete m.placeKind;
      }
    }
    if (m.status === 'maybe-person') {
      m.cls = 'term';
      m.status = 'final';
    }
    // A lone unknown word that names no one the article names in full is a term when the
    // article keeps coming back to it ("Scientology"), and noise otherwise.
    // ("Malayalam superstar Mohanlal … Mohanlal has acted in …": one name a cue made a person's
    // is that person's wherever else it stands alone.)
    if (m.status === 'single' && namedPeople.has(m.surface)) Object.assign(m, { cls: 'person', status: 'final' });
    // ("Satwik and Chirag …" after "Satwiksairaj Rankireddy and Chirag Shetty": a short form of one
    // person's long given name, as sports pages write it.)
    const shortened = m.status === 'single' ? givenNameShortened(fullNames, m.surface) : null;
    if (shortened) Object.assign(m, { cls: 'person', canonical: shortened, status: 'final' });
    if (m.status === 'single') {
      // "between Lumbini and Kushinagar": a word joined by "and" to a name kept just before is
      // of its kind, even said once.
      const pair = kept[kept.length - 1];
      const paired = m.before === 'and' && pair && pair.sentence === p.sentence && pair.mention.last === m.first - 2 && (pair.mention.cls === 'term' || pair.mention.cls === 'place');
      // ("The Men in Blue …", "a 34-0 lead in Turn 1": an everyday word capitalised as a
      // nickname's or a label's part is no term, however often.)
      if (!paired && ((singleCounts.get(m.surface) ?? 0) < MIN_TERM_REPEATS || !midSentence.has(m.surface) || isCommonWord(m.surface))) continue;
      m.cls = paired ? pair.mention.cls : 'term';
      // (Not a country's kind: "between Sagar Island in India and Khepupara" pairs a town with the
      // country before it, and every country is one the lexicon knows.)
      if (paired && pair.mention.placeKind && pair.mention.placeKind !== 'country') m.placeKind = pair.mention.placeKind;
      m.status = 'final';
    }
    kept.push(p);
  }
  return kept;
}

/** Where a name the headline writes stands, before the first sentence. */
const HEADLINE = -1;

/**
 * Full names the headline writes whose surname the story uses ("Abhijit Banerjee wins …" where
 * the body names only "Nirmala Banerjee", "Dipak Banerjee" and a bare "Banerjee"), without a
 * title before them ("PM Modi" is no full name). The body must write the given name alone too
 * ("her son Abhijit,"): "Padma Vibhushan Zakir Hussain" or "Prez Murmu" name no one new.
 */
function headlinePeople(headline: string, body: string, all: readonly PlacedMention[], known: readonly FullName[]): FullName[] {
  if (!headline) return [];
  const surnames = new Set(all.filter(({ mention: m }) => m.cls === 'person').map(({ mention: m }) => surname(m.canonical)));
  const names = new Set(known.map((n) => n.name));
  // ("Mulayam Singh Yadav's demise: …": a full name the body writes too is the headline's person.)
  // (A plain look first: a pattern is compiled only for a name the headline holds at all.)
  const found: FullName[] = [...names].filter((name) => headline.includes(name) && new RegExp(`(?<![\\p{L}-])${reEscape(name)}(?![\\p{L}-])`, 'u').test(headline)).map((name) => ({ sentence: HEADLINE, name }));
  // (A headline in title case capitalises its everyday words too: its capitals name no one by themselves.)
  const long = headline.split(/\s+/).filter((w) => /^\p{L}{4,}$/u.test(w) && isCommonWord(w.toLowerCase()));
  const titleCase = long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length > 0.6;
  for (const m of headline.matchAll(HEADLINE_NAME)) {
    const words = m[0].split(/\s+/);
    while (words.length && isTitleWord(words[0].replace(/\.$/, '').toLowerCase())) words.shift();
    const name = words.join(' ');
    // (Not "Iran FM Araghchi", "Nagpur's Divya", "Naga Heritage Village Kisama".)
    // ("Javed Akhtar, Mridula Garg chosen for …" over "Akhtar has been chosen for “Lava”": or a
    // surname the body writes alone where no one it names in full bears it.)
    if (words.length < 2) continue;
    const last = words[words.length - 1];
    // (Standing alone as someone who did something: "Akhtar has been chosen", no "Cyclone Montha",
    // "divorced Muslim women", "Ya Ali".)
    const bareSurname = !titleCase && !words.some((w) => isCommonWord(w.toLowerCase()) || /-\p{Ll}/u.test(w)) && !known.some((n) => surname(n.name) === surname(name)) && new RegExp(`(?<!\\p{Lu}[\\p{L}.'’-]*\\s)(?<![\\p{L}-])${reEscape(last)}(?:['’]s)?\\s+(?:has|had|is|was|will|would|said|says|\\p{Ll}+ed)\\b`, 'u').test(body);
    if (words.length < 2 || words.length > 3 || !(surnames.has(surname(name)) || bareSurname) || names.has(name)) continue;
    // (Nor "Khichan And Menar": a title-case headline's small word joins two names.)
    if (words.some((w) => /['’]s$|^\p{Lu}{2,}$/u.test(w) || TITLE_CASE_SMALL_WORD.test(w) || countryOf(w) !== null || regionNamed(w) !== null || cityNamed(w) !== null)) continue;
    if (bareSurname || new RegExp(`(?<![\\p{L}-])${reEscape(words[0])}(?![\\p{L}-])(?!\\s+\\p{Lu})`, 'u').test(body)) found.push({ sentence: HEADLINE, name });
  }
  return found;
}

const TITLE_CASE_SMALL_WORD = /^(?:And|Or|Of|The|In|For|To|On|At|With|By|From|As|Is|Are)$/;

// (Each word ends on a letter: a word's run cannot be split two ways.)
const HEADLINE_NAME = /(?<![\p{L}'’.-])\p{Lu}(?:[\p{L}'’.-]*\p{L})?\.?(?:\s+\p{Lu}(?:[\p{L}'’-]*\p{L})?){1,3}(?![\p{L}'’-])/gu;

/** A full name as the article writes it, where. */
interface FullName {
  sentence: number;
  /** Its first token, where the sentence has one: a name after a surname alone is not its referent. */
  at?: number;
  name: string;
  relative?: boolean;
}

interface NameIndex {
  bySurname: Map<string, FullName[]>;
  byFirstName: Map<string, Set<string>>;
}

function nameIndex(names: readonly FullName[]): NameIndex {
  const bySurname = new Map<string, FullName[]>();
  const byFirstName = new Map<string, Set<string>>();
  for (const n of names) {
    // ("Bachelet" of "Veronica Michelle Bachelet Jeria": a four-word name's father's surname, the
    // one it goes by, before the mother's.)
    const words = n.name.split(' ');
    const keys = words.length >= 4 ? [surname(n.name), words[words.length - 2].toLowerCase()] : [surname(n.name)];
    for (const key of keys) {
      const list = bySurname.get(key) ?? [];
      list.push(n);
      bySurname.set(key, list);
    }
    // (A headline's name is found by its surname only: "the Naga people" is no one's given name.)
    if (n.sentence === HEADLINE) continue;
    const first = n.name.split(' ')[0].toLowerCase();
    const set = byFirstName.get(first) ?? new Set<string>();
    set.add(n.name);
    byFirstName.set(first, set);
  }
  return { bySurname, byFirstName };
}

/** A surname two people of the article bear, with nothing to say which is meant. */
const AMBIGUOUS = Symbol('ambiguous');

/**
 * The full name a single word stands for. One person of the article with that surname: that
 * one (named earlier, else later: the headline may use the surname first), unless named only
 * as someone's relative. Several: the only
 * one named in this sentence or the one before, other than as someone's relative ("His father,
 * Justice Y.V. Chandrachud" does not take over the story's "Justice Chandrachud"); else the one
 * the story is about, named at least twice as often so far as any other; else no one
 * (AMBIGUOUS). No surname match: the only full name with that first name ("Gloria").
 */
function fullNameFor(index: NameIndex, word: string, where: { sentence: number; at: number }, seen: ReadonlyMap<string, number>, afterPlaceWord = false, lastBare?: { sentence: number; name: string }): string | null | typeof AMBIGUOUS {
  const sentence = where.sentence;
  // ("Hooda won by 71,465 votes defeating BJP's Manju Hooda": a namesake named after the surname
  // in its own sentence is someone else, the one it is set against.)
  const before = (n: FullName) => n.sentence < sentence || (n.sentence === sentence && (n.at === undefined || n.at < where.at));
  const key = word.toLowerCase();
  const bearers = index.bySurname.get(key) ?? [];
  const names = [...new Set(bearers.map((n) => n.name))];
  // ("Gulzar's daughter, Meghna Gulzar": a name given only as someone's relative is not whom
  // the bare name means; it is the one they are the relative of.)
  // ("Gupta performed a traditional pooja …" before "Chief Secretary Sanjay Gupta read out the
  // warrant": a bare surname points back; one bearer named only after it is no one it can mean.)
  if (names.length === 1) return bearers.every((n) => n.relative) || !bearers.some(before) ? null : names[0];
  if (names.length === 0) {
    if (afterPlaceWord) return null;
    const byFirst = index.byFirstName.get(key);
    return byFirst?.size === 1 ? [...byFirst][0] : null;
  }
  const earlier = [...new Set(bearers.filter(before).map((n) => n.name))];
  if (earlier.length === 0) return AMBIGUOUS;
  // "Congress Vice-President Rahul Gandhi also took to Twitter … In a tweet, Gandhi said …": the
  // namesake just named is meant, however often the story named the other (but not a relative
  // named in passing).
  // (The surname alone just before counts as its own namesake: "Hooda won …, defeating BJP's
  // Manju Hooda. … Hooda said" is the winner speaking still.)
  const recent = lastBare && lastBare.sentence >= sentence - 1 ? [lastBare.name] : [];
  const nearBy = (back: number) => [...new Set([...bearers.filter((n) => ((n.sentence === sentence && before(n)) || (n.sentence < sentence && n.sentence >= sentence - back)) && !n.relative).map((n) => n.name), ...recent])];
  // ("UP chief secretary Manoj Kumar Singh put the death toll at 116. Baring seven children …, the
  // dead are all women. Singh said 72 have been identified": one sentence of no one's between.)
  // (Not over the headline's person: "Nirmala Banerjee said … Nirmala said … Banerjee is an
  // alumnus" under "Abhijit Banerjee wins …" is the laureate.)
  const adjacent = nearBy(1);
  const near = adjacent.length || bearers.some((n) => n.sentence === HEADLINE) ? adjacent : nearBy(2);
  // "Abhijit Banerjee wins Nobel Prize" over a story that calls his mother "Nirmala": the bare
  // surname is the headline's person, as news writes its subject; but with another namesake
  // just named, which is meant is not said.
  const headlined = bearers.find((n) => n.sentence === HEADLINE);
  if (near.length === 1) return headlined && headlined.name !== near[0] ? AMBIGUOUS : near[0];
  if (headlined) return headlined.name;
  const count = (name: string) => seen.get(name) ?? 0;
  const [top, next] = [...earlier].sort((a, b) => count(b) - count(a));
  if (next === undefined || (count(top) >= 2 && count(top) >= 2 * count(next))) return top;
  return AMBIGUOUS;
}

/** The one full name whose given name a word shortens ("Satwik" of "Satwiksairaj Rankireddy"):
 *  five letters at least, an everyday word never; null when none or several. */
function givenNameShortened(names: readonly FullName[], word: string): string | null {
  if (word.length < 5 || isCommonWord(word.toLowerCase())) return null;
  const found = new Set(names.filter((n) => n.sentence !== HEADLINE).map((n) => n.name).filter((n) => { const first = n.split(' ')[0]; return first.length > word.length + 2 && first.startsWith(word); }));
  return found.size === 1 ? [...found][0] : null;
}

/** Whether a name holds the words of another whole ("Bima Sakhi Yojana" holds "Bima Sakhi"). */
function containsWholeWords(name: string, words: string): boolean {
  return ` ${name} `.includes(` ${words} `);
}
