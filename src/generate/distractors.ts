/**
 * Plausible wrong options for a fact's answer. Candidates come in tiers of plausibility —
 * the article's own values of the same class, then the gazetteer's neighbours (same
 * subregion, same kind of organisation), then the rest of the batch — and every candidate
 * must pass the same guards: same kind as the answer, not the answer in another spelling,
 * not something the article says is also true, not named in the question or its sentence,
 * not listed with the answer elsewhere in the article ("Russia and Japan"), not a repeat.
 */
import { namesThingIn } from '../util/named-thing.js';
import type { AnswerType, Fact } from '../types.js';
import { shuffledHead } from '../util/random.js';
import {
  WOMAN_WORD,
  allCountries, isMajorPower, riverNamed, stateNamed, cityNamed, citiesOf, continents, districtsOf, countryNamed, countryOfDemonym, countryOfPlace, organisationKind, organisationNamed, organisationsLike,
  isCommonWord, isGivenName, partOfEachOther, regionNamed, riversLike, roleOfWord, statesLike, succeedsStateIn, titleHeads, titleModifiers, type Country,
} from '../lexicon/index.js';
import { placeClass } from './data/places.js';
import { reEscape } from '../util/re-escape.js';
import { kindOf, kindsCompatible } from './classify.js';
import { BODY_WORD, poolValues, roleInArticle, type DistractorPool, type PoolValue } from './distractor-pool.js';
import { containsWord, listedTogether, mentions, nameTokens, sameValue } from './equivalence.js';
import { nearValues } from './near-values.js';
import { isRank, rankedTotal, rankStep } from './rank-options.js';
import { parseNumber } from './number-forms.js';
import { roleOf } from './person-roles.js';
import { wholeWordSpans } from '../util/whole-word.js';
import { knownNames } from '../util/known-names.js';
import { DESTINATION_BEFORE, PARTIES_TOGETHER, storyParties } from './story-parties.js';

/** Pool answer types that can supply candidates for each answer type. */
const SOURCE_TYPES: Record<AnswerType, AnswerType[]> = {
  country: ['country', 'place'],
  place: ['place', 'country'],
  person: ['person'],
  organisation: ['organisation'],
  term: ['term'],
  number: ['number'],
  year: ['year'],
  date: ['date'],
};

/** "At what age did the writer pass away?" → 86: no one is 116 (options stay below 105). */
const AGE_QUESTION = /\b(?:at what age|how old|aged?)\b/i;
function beyondAge(fact: Fact, value: string): boolean {
  return fact.answerType === 'number' && AGE_QUESTION.test(fact.question) && Number(value.replace(/[^\d.]/g, '')) >= 105;
}

/** A story of cricket: its formats and its words. */
const CRICKET_STORY = /\b(?:cricket|ODIs?|T20Is?|Test (?:series|match|century|cricket)|wickets?|innings|BCCI|ICC)\b/;
/** The countries that play Test cricket, as the lexicon names them. */
const CRICKET_NATIONS: readonly string[] = ['India', 'Australia', 'England', 'South Africa', 'New Zealand', 'Pakistan', 'Sri Lanka', 'Bangladesh', 'Zimbabwe', 'Afghanistan', 'Ireland'];

/** A country's envoy to another, by the word for the post. */
const ENVOY_NOUN = String.raw`(?:envoy|ambassador|high\s+commissioner)`;
const ENVOY = new RegExp(String.raw`\b(?:${ENVOY_NOUN}|helmsman|mission\s+in)\b`, 'i');

/** Whether the article calls envoys by the country's people ("Indian envoy to Indonesia"). */
function sendsEnvoys(candidate: string, articleSentences: readonly string[]): boolean {
  const country = countryNamed(candidate);
  if (!country?.demonyms.length) return false;
  const sent = new RegExp(String.raw`\b(?:${country.demonyms.map(reEscape).join('|')})\s+${ENVOY_NOUN}\b`, 'i');
  return articleSentences.some((s) => sent.test(s));
}

/** Sovereign, not micro-states: the countries a reader would believe as an answer. */
function plausibleCountries(filter: (c: Country) => boolean): Country[] {
  return allCountries().filter((c) => c.independent && !c.micro && filter(c));
}

/** "Karnataka’s ": a place's owner, right before it (a state pins the place to its country). */
const OWNER_BEFORE = /(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})[’']s\s+$/u;

/** The country a place answer is in, if known: itself, a city's, a state's, a river's, or the
 *  one the sentence names right after it ("near Mecca, Saudi Arabia"; "Evansville, Indiana"). */
function homeCountry(place: string, sentence: string): Country | null {
  const known = countryOfPlace(place);
  if (known) return known;
  const at = sentence.indexOf(`${place}, `);
  if (at < 0) return null;
  const after = sentence.slice(at + place.length + 2).match(/^[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,3}/u);
  if (!after) return null;
  // Longest run of capitalised words that names a country: "Saudi Arabia", not "Saudi".
  const words = after[0].split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const c = countryOfPlace(words.slice(0, n).join(' '));
    if (c) return c;
  }
  return null;
}

/** The country of a state or city. */
const countryOfStateOrCity = (name: string) => regionNamed(name)?.country ?? cityNamed(name)?.country;

/** The country whose states and cities the article names most, or null. */
function settingCountry(articleText: string): string | null {
  const counts = new Map<string, number>();
  for (const m of articleText.matchAll(/\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?/gu)) {
    // ("Tamil Nadu", or "Kerala" of "Kerala Revenue Minister".)
    const country = countryOfStateOrCity(m[0]) ?? countryOfStateOrCity(m[0].split(/\s/)[0]);
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best?.[0] ?? null;
}

/** The lexicon's candidates of the answer's fine kind, in tiers: [nearest, …, far] — e.g. the
 *  home country's capital, then capitals of the same subregion, then of the same region; a
 *  state's fellow states; a river's country's rivers; a ministry's fellow ministries. */
function lexiconTiers(answer: string, type: AnswerType, sentence: string, articleText: string): string[][] {
  if (type === 'organisation') return [organisationsLike(answer, articleText)];
  if (type !== 'country' && type !== 'place') return [];
  const cls = type === 'country' ? 'country' : placeClass(answer);
  if (cls === 'continent') return [continents().slice()];
  if (cls === 'state') return [statesLike(answer)];
  // (A river the lexicon does not know flows where the story is: "the Iruvazhinji River" in a
  // report from Wayanad, Kerala, takes India's rivers, not the Missouri and the Amur.)
  // (Its own country's first, then its region's: the Indus only where India's run out.)
  if (cls === 'river') {
    const home = homeCountry(answer, sentence)?.name ?? settingCountry(articleText) ?? riverNamed(answer)?.country ?? null;
    const rivers = riversLike(answer, home);
    const own = (r: string) => (riverNamed(r)?.country ?? home) === home;
    return [rivers.filter(own), rivers.filter((r) => !own(r))];
  }
  if (cls === 'region') return [];
  const home = homeCountry(answer, sentence) ?? countryOfDemonym(answer);
  if (!home) return [];
  const near = (c: Country) => c.subregion === home.subregion;
  const far = (c: Country) => c.region === home.region;
  if (cls === 'country') {
    const names = (f: (c: Country) => boolean) => plausibleCountries(f).map((c) => c.name);
    // ("India had lost to _____ in the inaugural final" → New Zealand: in a cricket story, the
    // countries that play it, never Papua New Guinea and the Solomon Islands.)
    if (CRICKET_STORY.test(articleText) && CRICKET_NATIONS.includes(home.name)) return [CRICKET_NATIONS.filter((n) => n !== home.name)];
    // (A major power's peers first: "imposed by the _____" → China or Russia, not the Bahamas.)
    return isMajorPower(home) ? [names((c) => c !== home && isMajorPower(c)), names(near), names(far)] : [names(near), names(far)];
  }
  if (cls === 'city' || cls === 'other') {
    // The home country's capital and cities, then its neighbours' capitals: Riyadh and Jeddah,
    // then Doha, for Mecca.
    const capitals = (f: (c: Country) => boolean) => plausibleCountries(f).flatMap((c) => c.capitals.slice(0, 1));
    // (An Indian district takes its state's other districts first: Nashik beside Pune and Satara.)
    const state = cityNamed(answer)?.state;
    const districts = state ? [districtsOf(state).filter((d) => d !== answer)] : [];
    return [...districts, [...home.capitals.slice(0, 1), ...citiesOf(home.name)], capitals(near), capitals(far)];
  }
  return [];
}

/** The sentence after the answer's first occurrence, or null when the answer is not in it. */
function afterAnswer(fact: Fact): string | null {
  const at = fact.sentence.indexOf(fact.answer);
  return at < 0 ? null : fact.sentence.slice(at + fact.answer.length);
}

/** "Five of the six members": the answer is part of a whole, and no option may reach it. */
function wholeOf(after: string | null): number | null {
  if (after === null) return null;
  const of = /^\s+of\s+(?:the|its|their|his|her)\s+(\S+)/.exec(after);
  const whole = of ? parseNumber(of[1]) : null;
  return whole && whole.value > 1 ? whole.value : null;
}

/**
 * "raised from ₹50,000 to ₹75,000": the answer's side of the other end. An option on the wrong
 * side would undo the change the sentence reports ("raised from ₹50,000 to ₹45,000").
 */
function changeSide(fact: Fact): ((value: number) => boolean) | null {
  const m = /\bfrom\s+(\S+(?:\s+(?:lakh|crore|million|billion|per\s*cent|percent))*)\s+to\s+(\S+(?:\s+(?:lakh|crore|million|billion|per\s*cent|percent))*)/i.exec(fact.sentence);
  if (!m) return null;
  const [from, to] = [m[1], m[2]].map((t) => t.replace(/[,.;]$/, ''));
  const answerIsTo = to === fact.answer;
  if (!answerIsTo && from !== fact.answer) return null;
  const other = parseNumber(answerIsTo ? from : to)?.value;
  const own = parseNumber(fact.answer)?.value;
  if (other === undefined || own === undefined || other === own) return null;
  return own > other ? (v) => v > other : (v) => v < other;
}

/** Candidates looked at per tier. */
const MAX_TRIED_PER_TIER = 60;

/** Candidate tiers, most plausible first, each in the order to try them. */
function candidateTiers(fact: Fact, pool: DistractorPool, random: () => number, articleSentences: readonly string[]): string[][] {
  const type = fact.answerType;
  // Near values arrive already in a seeded order, spares last.
  if (type === 'number' || type === 'year' || type === 'date') {
    const rank = isRank(fact);
    const last = rank ? rankedTotal(articleSentences) : null;
    const near = nearValues(fact.answer, type, random, fact.asOf ? Number(fact.asOf.slice(0, 4)) : undefined, rank ? rankStep(fact.answer) : undefined).filter((v) => !beyondAge(fact, v) && !(last !== null && (parseNumber(v)?.value ?? 0) > last));
    const after = type === 'number' ? afterAnswer(fact) : null;
    const whole = wholeOf(after);
    // "in four quarters": a plural after the answer leaves no room for "one".
    const plural = after !== null && /^\s+[a-z]+s\b/.test(after);
    const side = type === 'number' ? changeSide(fact) : null;
    return [
      near.filter((v) => {
        const value = parseNumber(v)?.value;
        if (whole !== null && (value ?? Infinity) >= whole) return false;
        if (plural && value === 1) return false;
        return side === null || value === undefined || side(value);
      }),
    ];
  }
  // Tiers come shuffled: a bounded look at each is a fair sample and keeps a batch linear.
  return namedTiers(fact, pool, random, articleSentences).map((tier) => shuffledHead([...new Set(tier)], MAX_TRIED_PER_TIER, random));
}


/** A question that asks for a god. */
const DEITY_ASKED = /\b(?:deity|deities|god|goddess|gods)\b/i;

/** "Who was the President of the United States in …?": a question that asks for the holder of an office. */
const OFFICE_ASKED = /^Who (?:was|is) the\s/;

/** The role the first sentence of the article that gives the person one gives them, or null. */
// (Read once per article and person: every question of the article asks it of the same names.)
const ROLES_IN = new WeakMap<readonly string[], Map<string, string | null>>();
function roleInSentences(value: string, sentences: readonly string[]): string | null {
  let known = ROLES_IN.get(sentences);
  if (!known) ROLES_IN.set(sentences, (known = new Map()));
  if (known.has(value)) return known.get(value)!;
  let found: string | null = null;
  for (const sentence of sentences) {
    if (!sentence.includes(value)) continue;
    found = roleOf(value, sentence);
    if (found) break;
  }
  known.set(value, found);
  return found;
}

/** Whether a fact's sentence names a country other than India: an office it tells of may be
 *  that country's, whose holders no other story of a batch can vouch for. */
// (Remembered per fact: every try of a set ranks its options again.)
const FOREIGN_OFFICE = new WeakMap<Fact, boolean>();
function foreignOffice(fact: Fact): boolean {
  let found = FOREIGN_OFFICE.get(fact);
  if (found === undefined) FOREIGN_OFFICE.set(fact, (found = countriesIn(fact.sentence).some((c) => c !== 'India')));
  return found;
}

/** Whether a story is of another country: one it names more often than India, twice at least. */
const FOREIGN_STORY = new WeakMap<readonly string[], boolean>();
function foreignStory(sentences: readonly string[]): boolean {
  let found = FOREIGN_STORY.get(sentences);
  if (found === undefined) {
    const counts = new Map<string, number>();
    for (const s of sentences) for (const c of countriesIn(s)) counts.set(c, (counts.get(c) ?? 0) + 1);
    const india = counts.get('India') ?? 0;
    found = [...counts].some(([c, n]) => c !== 'India' && n >= 2 && n > india);
    FOREIGN_STORY.set(sentences, found);
  }
  return found;
}

/** The countries a text names, by name or people ("Bangladesh", "Argentine"). */
const countriesIn = (text: string) => [...knownNames(text, (name) => (countryNamed(name) ?? countryOfDemonym(name))?.name)];

/** A person's role group ("minister" → politician), or null. */
const groupOf = (role: string | null) => (role === null ? null : (roleOfWord(role)?.group ?? null));

function namedTiers(fact: Fact, pool: DistractorPool, random: () => number, articleSentences: readonly string[]): string[][] {
  const type = fact.answerType;
  // ("Who is the presiding deity of the temple?": the article's people are no gods, and no list
  // holds gods to offer beside the answer.)
  if (type === 'person' && DEITY_ASKED.test(fact.question)) return [];
  const role = type === 'person' ? roleOf(fact.answer, fact.sentence) : null;
  // Of the article's own people, none known to be of another kind: no politician for a judge.
  const group = groupOf(role);
  // (Asked by an office, "Who was the President of …?", only people the article shows holding
  // one of that kind will do: not a company's co-founder or an activist of unknown role.)
  const byOffice = group !== null && OFFICE_ASKED.test(fact.question);
  // (Nor, for someone the article gives no role, one it shows holding an office: "_____ got bronze
  // in archery" is no place for the Prime Minister.)
  // (A person's role is read from any sentence of the article that gives one: "President _____
  // recognised … athletes" is no place for the "shuttlers Lakshya Sen and HS Prannoy" it names.)
  // (Or from the title the article writes before their name anywhere: "Advocate Kanu Agarwal".)
  const roleOfPerson = (value: string, known: string | null) => known ?? (type === 'person' ? (roleInSentences(value, articleSentences) ?? fact.people?.[value]?.role ?? null) : null);
  const ownFits = (p: PoolValue) => {
    const r = roleOfPerson(p.value, p.role);
    // (Beside someone of a known role, a name with no role must read as a person's by its given
    // name: "Modular Bridges", "Karthigai Deepam" and "Dongria Kondh" are no ministers or judges.)
    return group === null ? type !== 'person' || r === null || groupOf(r) === null : r === null ? !byOffice && readsAsPerson(p.value) : groupOf(r) === group;
  };
  const { own, other } = poolValues(pool, SOURCE_TYPES[type], fact.articleId, random, role, ownFits);
  // ("Islamic Relations Alia Salem": a name the analyser ran into a body's is no person.)
  // ("After which CJI was … the second CJI …?" → S M Sikri: not the President or the Law Minister
  // the article also names; a person the pool knows in another group of roles is no option.)
  const roleInPool = (v: string) => roleInArticle(pool, fact.articleId, v) ?? roleOfPerson(v, null);
  const related = (fact.related ?? []).filter((v) => type !== 'person' || (!BODY_WORD.test(v) && (group === null || (roleInPool(v) === null ? readsAsPerson(v) : groupOf(roleInPool(v)) === group))));
  if (type === 'term') return [related, own];
  if (type === 'person') {
    // People only ever come from articles: a made-up name is a lie in an answer key. From
    // other articles only people of the same role: a film star is no foreign minister.
    // (Nor of another country's office: "assassinated President _____" of Bangladesh is no place
    // for Argentina's Javier Milei of another story; a foreign office asks the article's own.)
    return [byOffice ? [] : related, own, role === null || foreignOffice(fact) || foreignStory(articleSentences) ? [] : other];
  }
  // An organisation of unknown kind has no like in other articles that we could vouch for.
  if (type === 'organisation' && organisationKind(fact.answer) === null) return [related, own];
  // The batch's values go after the nearest lexicon tier and before the far ones; a town or a
  // venue of another story is no option (Herat and Mecca beside Los Angeles): places come from
  // this article and the lexicon only.
  const articleText = articleSentences.length ? articleSentences.join(' ') : `${fact.sentence} ${fact.question}`;
  const [nearest = [], ...rest] = lexiconTiers(fact.answer, type, fact.sentence, articleText);
  const others = type === 'place' ? [] : other;
  return [related, own, nearest, ...rest.slice(0, -1), others, ...rest.slice(-1)];
}

/** The candidate as it should read beside the answer: a demonym for a demonym answer,
 *  a full name beside a one-name answer, the common name for a country. */
function inAnswerForm(candidate: string, fact: Fact, answerKind: string): string | null {
  if (fact.answerType === 'country' || answerKind === 'place:country') {
    const c = countryNamed(candidate) ?? countryOfDemonym(candidate);
    if (!c) return answerKind === 'place:country' ? null : candidate;
    return answerKind === 'demonym' ? (c.demonyms[0] ?? null) : c.name;
  }
  if (fact.answerType === 'organisation') {
    // An acronym answer ("FIFA") beside spelled-out names stands out; use their acronyms too.
    const org = organisationNamed(candidate);
    if (org && isAcronym(fact.answer)) return org.aliases.find(isAcronym) ?? org.name;
    return org ? org.name : candidate.trim();
  }
  if (answerKind === 'person:single') {
    // A surname answer gets surnames, taken only from full names: a lone capitalised word
    // in the pool ("Scientology") may be no person at all. Someone known by one name
    // ("Chief Minister Atishi") gets others' full names: "Jain", "Bharadwaj" read as no one.
    const tokens = nameTokens(candidate);
    if (tokens.length < 2) return null;
    return isMononym(fact) ? candidate.trim() : (candidate.trim().split(/\s+/).pop() ?? null);
  }
  return candidate.trim();
}

const TITLE_HEADS = titleHeads();
const TITLE_MODIFIERS = titleModifiers();

/** A one-word person answer that its sentence writes with no given name before it (titles
 *  aside): a name of its own, not a surname. */
function isMononym(fact: Fact): boolean {
  const at = wholeWordSpans(fact.sentence, fact.answer)[0];
  if (!at) return false;
  const before = /(\p{Lu}[\p{L}.'’-]*)\s+$/u.exec(fact.sentence.slice(Math.max(0, at[0] - 40), at[0]))?.[1];
  const word = before?.replace(/\.$/, '').toLowerCase();
  return !word || TITLE_HEADS.has(word) || TITLE_MODIFIERS.has(word);
}

function isAcronym(s: string): boolean {
  return /^[A-Z][A-Z0-9.&-]{1,7}$/.test(s.trim());
}

/** Whether the first of a full name's words stands alone in the text (not before another
 *  capitalised word: "Rajiv Gandhi" is no mention of Rajiv Kumar). */
function givenNameStands(text: string, name: string): boolean {
  const given = /^(\p{Lu}\p{Ll}{3,})\s+\p{Lu}/u.exec(name.trim())?.[1];
  return given !== undefined && text.includes(given) && wholeWordSpans(text, given).some(([, end]) => !/^(?:\s+\p{Lu}|[’']s\s+\p{Lu})/u.test(text.slice(end, end + 30)));
}

/** Whether a candidate may stand as a wrong option for this fact. `articleSentences`
 *  (optional) are searched for the candidate listed together with the answer. */
/** A city's locality by its last word: "Ajit Singh Nagar", "Swathi Theatre", "Rajarajeswari Peta". */
const LOCALITY_END = /\b(?:Nagar|Theatre|Colony|Road|Area|Market|Peta|Pet|Chowk|Bazaar|Layout|Sector|Street|Marg|Vihar|Enclave|Puram|Bagh|Gunj|Ganj|Junction)$/;

export function acceptableDistractor(candidate: string, fact: Fact, chosen: readonly string[], articleSentences: readonly string[] = []): boolean {
  const type = fact.answerType;
  const answerKind = kindOf(fact.answer, type);
  const kind = kindOf(candidate, type);
  if (answerKind === null || kind === null || !kindsCompatible(answerKind, kind)) return false;
  if (sameValue(candidate, fact.answer, type)) return false;
  if ((type === 'country' || type === 'place') && partOfEachOther(candidate, fact.answer)) return false;
  // ("East Los Angeles" beside Los Angeles: an option that holds the answer's words points at it.)
  // ("NITI Aayog Governing Council Meeting" beside "Governing Council Meeting": a body's or a
  // term's longer name holding the answer's words is the answer again.)
  if ((type === 'place' || type === 'country' || ((type === 'organisation' || type === 'term') && /\s/.test(fact.answer) && /\s/.test(candidate))) && (containsWord(candidate, fact.answer) || containsWord(fact.answer, candidate))) return false;
  // ("rain water from the upper reaches in _____, Nalgonda …" → Khammam, with Ajit Singh Nagar and
  // Swathi Theatre among the options: a town or district the lexicon knows stands beside places of
  // its rank, never a city's locality.)
  if (type === 'place' && cityNamed(fact.answer) && !cityNamed(candidate) && !regionNamed(candidate) && !countryNamed(candidate) && LOCALITY_END.test(candidate)) return false;
  // ("Karnataka’s _____ district" with London among the options: where the sentence puts the
  // answer in a state, a place the reader knows is in another country is absurd.)
  if (type === 'place' && inOtherCountry(candidate, fact)) return false;
  // ("Parts of Karachi and the Saurashtra region" for Kutch: a district's stand-in is a place of
  // its own country.)
  if (type === 'place' && cityNamed(fact.answer)?.state && (countryOfPlace(candidate)?.name ?? 'India') !== 'India') return false;
  // ("Rs 138 crore for Ara, Rs 1,130 crore for Siwan … and Rs 497 crore for _____" → Aurangabad,
  // with Bengaluru among the options: where the sentence's other towns are all in one state, a
  // town known to be in another is absurd.)
  if (type === 'place' && cityNamed(fact.answer)?.country === 'India' && otherStateThanSentence(candidate, fact)) return false;
  // ("strip _____ of its special status" → Jammu and Kashmir, with New York among the options: a
  // state's stand-in is a state of its own country.)
  const ownState = type === 'place' ? stateNamed(fact.answer) : null;
  if (ownState?.country && stateNamed(candidate)?.country !== ownState.country) return false;
  if ((type === 'country' || type === 'place') && (succeedsStateIn(candidate, fact.question) || succeedsStateIn(candidate, fact.sentence))) return false;
  if ((fact.alsoTrue ?? []).some((t) => sameValue(candidate, t, type))) return false;
  if (mentions(fact.question, candidate, type) || mentions(fact.sentence, candidate, type)) return false;
  // ("S. Azeez Basha v. Union of India": a party of a case the article names is no judge to offer.)
  if (type === 'person' && namesThingIn(candidate, articleSentences)) return false;
  // ("_____ has got a new helmsman, Harsh Shringla, who will be moving from Thailand": where the
  // story's own country posts its envoys, it is none of the options.)
  if (type === 'country' && ENVOY.test(fact.sentence) && sendsEnvoys(candidate, articleSentences)) return false;
  if (type === 'country' && (PARTIES_TOGETHER.test(fact.sentence) || destinationBlank(fact)) && storyParties(articleSentences).includes(countryNamed(candidate)?.name ?? candidate)) return false;
  // ("Dharmendra's performance as _____ in Satyakam": Dharmendra Kewal Krishan Deol is the man
  // the stem names by his first name, no wrong option.)
  if (type === 'person' && givenNameStands(fact.sentence, candidate)) return false;
  // ("Kim Ye-ji" for "the first woman to win a medal in shooting for India": the article ties
  // her to another country than the answer's.)
  if (type === 'person' && (ofOtherCountry(fact, candidate) || ofOtherGender(fact, candidate))) return false;
  if (chosen.some((c) => sameValue(candidate, c, type))) return false;
  // ("Guru Ghasidas - Tamor Pingla Tiger Reserve", "Tamor Pingla Wildlife Sanctuary", "Guru Ghasidas
  // National Park": three options naming one place leave the fourth the odd one out.)
  // (Not by the kind word all of them share with the answer: "Ujjwala Yojana", "Mudra Yojana".)
  const kindWord = type === 'term' ? fact.answer.trim().split(/\s+/).pop() : undefined;
  if ((type === 'place' || type === 'term') && chosen.some((c) => shareDistinctiveWord(candidate, c, kindWord))) return false;
  if (type === 'organisation' && !sameHead(fact.answer, candidate)) return false;
  // ("the _____ festival" → Vaikuntha Ekadasi, beside a deity and a temple trust: terms have no
  // kind of their own to vouch for, so a stand-in shares the answer's head word ("… Yojana",
  // "… Award") or is a code name as the answer is ("Agni-5", "PSLV-C53").)
  if (type === 'term' && !sameTermKind(fact.answer, candidate)) return false;
  // ("the _____ won two of the three seats it contested" → Samajwadi Party, with the
  // Conservative Party of another story beside it: a country's own party, ministry or central
  // bank has stand-ins of that country only.)
  if (type === 'organisation' && ofOtherNation(fact.answer, candidate)) return false;
  if (type === 'number' && overTheWhole(candidate, fact)) return false;
  return !listedTogether(articleSentences, fact.answer, candidate, type);
}

function sameTermKind(answer: string, candidate: string): boolean {
  const head = (t: string) => t.trim().split(/\s+/).pop()!.toLowerCase();
  const code = (t: string) => /\p{L}[-\s]?\d/u.test(t) && !/\s\S+\s/.test(t.trim());
  return (/\s/.test(answer.trim()) && /\s/.test(candidate.trim()) && head(answer) === head(candidate)) || (code(answer) && code(candidate));
}

/** Whether the candidate is a town of a known state other than the one state every town of the
 *  fact's sentence the lexicon places is in (the answer among them). */
function otherStateThanSentence(candidate: string, fact: Fact): boolean {
  const theirs = cityNamed(candidate)?.state;
  if (!theirs) return false;
  const states = new Set<string>();
  // (The answer's own state counts: "… Rs 1,130 crore for _____" → Siwan, in Bihar, beside towns
  // the lexicon places nowhere.)
  for (const m of fact.sentence.matchAll(/\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?/gu)) {
    const city = cityNamed(m[0]);
    if (city?.country === 'India' && city.state) states.add(city.state);
  }
  return states.size === 1 && !states.has(theirs);
}

function ofOtherNation(answer: string, candidate: string): boolean {
  const own = organisationNamed(answer)?.country;
  const theirs = organisationNamed(candidate)?.country;
  return own !== undefined && theirs !== undefined && own !== theirs;
}

/** Whether the answer is where a leader travels ("… take him to Ethiopia and _____"). */
function destinationBlank(fact: Fact): boolean {
  const at = fact.sentence.indexOf(fact.answer);
  return at > 0 && DESTINATION_BEFORE.test(fact.sentence.slice(Math.max(0, at - 80), at));
}

function inOtherCountry(candidate: string, fact: Fact): boolean {
  const at = fact.sentence.indexOf(fact.answer);
  // ("likely to ferry the citizens to _____ in Saudi Arabia" → Jeddah: the country the sentence
  // puts the answer in, its towns only.)
  const inCountry = at >= 0 ? /^,?\s+in\s+(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+){0,2})\b/u.exec(fact.sentence.slice(at + fact.answer.length))?.[1] : undefined;
  const country = inCountry ? countryNamed(inCountry) : null;
  if (country) {
    const place = countryOfPlace(candidate);
    if (place && place.name !== country.name) return true;
  }
  const owner = at > 0 ? OWNER_BEFORE.exec(fact.sentence.slice(0, at))?.[1] : undefined;
  const state = owner ? regionNamed(owner) : undefined;
  const theirs = state ? countryOfPlace(candidate) : null;
  return !!state && !!theirs && theirs.name !== state.country;
}

/** Capitalised words of a name that say which one it is (not "Tiger", "Reserve", "National"). */
function distinctiveWords(name: string): string[] {
  return (name.match(/\p{Lu}[\p{L}'’-]{3,}/gu) ?? []).filter((w) => !isCommonWord(w.toLowerCase()));
}

function shareDistinctiveWord(a: string, b: string, except?: string): boolean {
  const words = distinctiveWords(b).filter((w) => w !== except);
  return words.length > 0 && distinctiveWords(a).some((w) => words.includes(w));
}

/** "held in 312 constituencies of the 294-member assembly": a count beyond the whole its sentence
 *  or question names ("N-member", "out of N", "of the N") is false at a glance. */
function overTheWhole(candidate: string, fact: Fact): boolean {
  const value = Number(candidate.replace(/,/g, ''));
  const answer = Number(fact.answer.replace(/,/g, ''));
  if (!Number.isFinite(value) || !Number.isFinite(answer)) return false;
  const wholes = [...`${fact.question} ${fact.sentence}`.matchAll(/\b(\d[\d,]*)-member\b|\bout of (?:the )?(\d[\d,]*)\b|\bof the (\d[\d,]*)\b/g)]
    .map((m) => Number((m[1] ?? m[2] ?? m[3]).replace(/,/g, '')))
    .filter((n) => n >= answer);
  return wholes.some((n) => value > n);
}

/** Heads a body's wrong options share with it: "the Delhi High Court Chief Justice" is chosen
 *  among High Courts, never beside the Supreme Court or "State High Court Bench"; a ministry
 *  among ministries. */
const HEADS = [/\bHigh Court$/, /^Ministry of\b/, /^Department of\b/];

function sameHead(answer: string, candidate: string): boolean {
  return HEADS.every((h) => !h.test(answer) || h.test(candidate));
}

// (Only where the question names the answer's country or people: in "Who threatened to come
// close?" of a javelin final, a Czech is as good a wrong answer as an Indian.)
// ("… a win over Albania’s _____" with Ravi Dahiya and Bajrang Punia as options: where the
// question names the answer's country, one the article ties to no country is no like either.)
function ofOtherCountry(fact: Fact, candidate: string): boolean {
  const mine = fact.people?.[fact.answer]?.country;
  if (!mine) return false;
  const country = countryNamed(mine);
  if (!country || ![country.name, ...country.demonyms].some((w) => wholeWordSpans(fact.question, w).length > 0)) return false;
  const theirs = fact.people?.[candidate]?.country;
  return !theirs || (theirs !== mine && !OWN_COUNTRY_BEFORE_BLANK.test(fact.question));
}
/** "Albania’s _____": the country owns the blank; any other country's person is a like. */
const OWN_COUNTRY_BEFORE_BLANK = /\p{Lu}[\p{L}. -]*[’']s\s+_____/u;

/** "Who was the first woman to win …?": a wrong answer the article does not show to be a woman
 *  reads false at a glance (or worse, is not false for the right reason). */
function ofOtherGender(fact: Fact, candidate: string): boolean {
  if (!WOMAN_WORD.test(fact.question) && !WOMAN_WORD.test(fact.statement ?? '')) return false;
  return fact.people?.[fact.answer]?.gender !== 'm' && fact.people?.[candidate]?.gender !== 'f';
}

/** All acceptable wrong options, best first (at most `limit`). Deterministic for a given
 *  `random` sequence. */
export function rankDistractors(
  fact: Fact,
  pool: DistractorPool,
  random: () => number,
  limit = 8,
  articleSentences: readonly string[] = [],
): string[] {
  const answerKind = kindOf(fact.answer, fact.answerType);
  if (answerKind === null) return [];
  const chosen: string[] = [];
  for (const tier of candidateTiers(fact, pool, random, articleSentences)) {
    for (const raw of tier.slice(0, MAX_TRIED_PER_TIER)) {
      const candidate = inAnswerForm(raw, fact, answerKind);
      if (candidate && acceptableDistractor(candidate, fact, chosen, articleSentences)) chosen.push(candidate);
      if (chosen.length >= limit) return chosen;
    }
  }
  return chosen;
}

/** Exactly `n` wrong options, or null when that many good ones cannot be found: no
 *  multiple choice beats a multiple choice with a silly option. */
export function pickDistractors(
  fact: Fact,
  pool: DistractorPool,
  random: () => number,
  n = 3,
  articleSentences: readonly string[] = [],
): string[] | null {
  const ranked = rankDistractors(fact, pool, random, n, articleSentences);
  return ranked.length >= n ? ranked.slice(0, n) : null;
}

/** A name with no role the article gives, read as a person's by its given name (or its initial:
 *  "G Jayachandran"), never "Modular Bridges" or "Karthigai Deepam". */
function readsAsPerson(value: string): boolean {
  const first = value.trim().split(/\s+/)[0].replace(/\.$/, '');
  return /^\p{Lu}{1,2}$/u.test(first) || isGivenName(first.toLowerCase());
}
