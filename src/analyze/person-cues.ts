/**
 * Context that marks a capitalised pair as a person: a given name, an initial, a reporting verb
 * next to it ("said Lavrov", "Kishida said"), "according to", an appositive ("X, 45," / "X, who").
 * Lower-case titles before the name ("coach Alireza Mehraban") also give the role.
 */
import type { RawToken } from './nlp.js';
import type { Word } from './words.js';
import { countryOf, isGivenName, PERSON_NOUNS, SURNAME_PARTICLES, titleHeads, titleModifiers } from '../lexicon/index.js';
import { withThe } from '../util/definite-article.js';

const TITLE_HEADS = titleHeads();
const TITLE_MODIFIERS = titleModifiers();

const REPORTING = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'explained', 'stated', 'wrote', 'writes', 'noted', 'asked',
  'announced', 'argued', 'claimed', 'insisted', 'warned', 'replied', 'commented', 'tweeted', 'confirmed', 'denied',
  'believes', 'believed', 'thinks', 'thought', 'admitted', 'recalled', 'urged', 'described', 'spoke',
]);
/** Reporting verbs a name may follow in inversion ("said Lavrov"); the others before a name take
 *  it as their object ("Ahlawat claimed Sultanpur Majra", "told Reuters", "urged Chief Minister"). */
const INVERTED = new Set(['said', 'says', 'added', 'adds', 'explained', 'stated', 'wrote', 'writes', 'noted', 'asked', 'argued', 'insisted', 'replied', 'commented', 'tweeted']);
const INITIAL = /^\p{Lu}\.$/u;

export function hasPersonCue(tokens: readonly RawToken[], words: readonly Word[], first: number, last: number, sFirst: number, sLast: number): boolean {
  if (isGivenName(words[0].lower.replace(/\.$/, ''))) return true;
  if (words.some((w) => INITIAL.test(w.text) || SURNAME_PARTICLES.has(w.text))) return true;
  for (let k = Math.max(sFirst, first - 2); k < first; k++) if (INVERTED.has(tokens[k].text.toLowerCase())) return true;
  for (let k = last + 1; k <= Math.min(sLast, last + 3); k++) {
    const t = tokens[k].text.toLowerCase();
    if (REPORTING.has(t)) return true;
    if (t !== ',' && k > last + 1) break;
  }
  if (first - 2 >= sFirst && tokens[first - 1].text === 'to' && tokens[first - 2].text.toLowerCase() === 'according') return true;
  // Appositive: "Jane Doe, 45," or "Jane Doe, who …".
  if (last + 2 <= sLast && tokens[last + 1].text === ',') {
    const t = tokens[last + 2];
    if (t.text.toLowerCase() === 'who' || /^\d{1,3}$/.test(t.text)) return true;
  }
  return lowerCaseTitleBefore(tokens, first, sFirst) !== null;
}

/**
 * The role a sentence gives a name without a capitalised title: a lower-case title before it
 * ("coach Alireza Mehraban", "the team's coach, Alireza Mehraban") or an "as" phrase after it
 * ("Shinzo Abe as Japan’s Prime Minister").
 */
export function roleAround(text: string, tokens: readonly RawToken[], first: number, last: number, sFirst: number, sLast: number): string | null {
  return lowerCaseTitleBefore(tokens, first, sFirst) ?? asTitleAfter(text, tokens, last, sLast);
}

/** "Dharmendra, the star who …", "Gulzar, the veteran lyricist, …", "Dharmendra, born Dharam
 *  Singh Deol": a lone name with a person's trade, or a birth name, in apposition after it. */
export function personInApposition(tokens: readonly RawToken[], last: number, sLast: number): boolean {
  let k = last + 1;
  if (k + 2 > sLast || tokens[k].text !== ',') return false;
  k++;
  if (tokens[k].text === 'born') return /^\p{Lu}/u.test(tokens[k + 1].text);
  if (!/^(?:the|a|an)$/i.test(tokens[k].text)) return false;
  // (Up to three words before the trade: "the veteran Bollywood actor".)
  for (let j = k + 1; j <= Math.min(sLast, k + 4); j++) {
    if (PERSON_NOUNS.has(tokens[j].text.toLowerCase())) return j === sLast || /^(?:,|who|whose|and)$/.test(tokens[j + 1].text);
  }
  return false;
}

/** "… as Japan’s Prime Minister", "… as chairman of the panel": the title after "as". */
function asTitleAfter(text: string, tokens: readonly RawToken[], last: number, sLast: number): string | null {
  let k = last + 1;
  if (k > sLast || tokens[k].text !== 'as') return null;
  k++;
  let owner = '';
  // An owner with a possessive: "Japan’s".
  if (k + 1 <= sLast && /^['’]s$/.test(tokens[k + 1].text) && /^\p{Lu}/u.test(tokens[k].text)) {
    owner = tokens[k].text;
    k += 2;
  } else if (k <= sLast && /^(?:the|a|an)$/i.test(tokens[k].text)) k++;
  const start = k;
  let headEnd = -1;
  while (k <= sLast) {
    const lower = tokens[k].text.toLowerCase();
    if (TITLE_HEADS.has(lower)) headEnd = k;
    else if (!TITLE_MODIFIERS.has(lower)) break;
    k++;
  }
  if (headEnd < 0) return null;
  const title = text.slice(tokens[start].start, tokens[headEnd].end);
  const country = owner ? countryOf(owner) : null;
  return country ? `${title} of ${withThe(country.name)}` : title;
}

/** Titles that, written in lower case, are everyday adjectives: "11 major Upanishads", "the
 *  general public", "a private firm" name no Major, General or Private. */
const EVERYDAY_ADJECTIVE_TITLES = new Set(['major', 'general', 'private']);

/** A lower-case title right before a name ("coach", "team spokesperson"), or null. */
export function lowerCaseTitleBefore(tokens: readonly RawToken[], first: number, sFirst: number): string | null {
  let k = first - 1;
  // Appositive order: "the team's coach, Alireza Mehraban".
  if (k > sFirst && tokens[k].text === ',') k--;
  if (k < sFirst) return null;
  const head = tokens[k].text;
  if (head !== head.toLowerCase() || !TITLE_HEADS.has(head) || EVERYDAY_ADJECTIVE_TITLES.has(head)) return null;
  // ("a five-judge Constitution Bench", "a three-member committee": the office word ends a
  // compound adjective, "judge" glued to its number.)
  if (k - 1 >= sFirst && tokens[k - 1].text === '-' && tokens[k - 1].end === tokens[k].start) return null;
  let start = k;
  while (start - 1 >= sFirst) {
    const t = tokens[start - 1].text;
    if (t !== t.toLowerCase() || !(TITLE_MODIFIERS.has(t) || TITLE_HEADS.has(t))) break;
    start--;
  }
  return tokens.slice(start, k + 1).map((t) => t.text).join(' ');
}
