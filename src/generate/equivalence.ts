/**
 * When two strings name the same thing ("U.S." = "United States", "four" = "4",
 * "Lavrov" = "Sergei Lavrov"), and whether a text mentions a value in any of its spellings.
 * Both guard distractors: an option must never be the answer in disguise, nor something the
 * question itself names.
 */
import type { AnswerType } from '../types.js';
import { initials, isAcronymOf } from '../util/acronym.js';
import { normalizeKey } from '../util/ids.js';
import { containsWholeWord, lowerOf, wholeWordSpans } from '../util/whole-word.js';
import { countryNamed, countryOfDemonym, isCommonWord, isGivenName, nameTitleWords, organisationNamed, RESERVE_HEADS } from '../lexicon/index.js';
import { dateKey, parseDate } from './date-forms.js';
import { isPercent, parseNumber, UNIT_SCALE } from './number-forms.js';

const NAME_TITLES = nameTitleWords();

/** Name tokens without titles: "President Vladimir Putin" → ["vladimir", "putin"]. */
/** A name word with its doubled letters written once ("Aastha" → "astha", "Sreekanth" →
 *  "srekanth"): the spellings one Indian name is romanised in. */
function romanKey(word: string): string {
  return word.replace(/(\p{L})\1+/gu, '$1');
}
/** ("Rajeev" / "Rajiv", "Agasthiyamalai" / "Agasthyamalai": a long vowel written "ee" or "i", a
 *  glide written "iy" or "y".) */
function vowelKey(word: string): string {
  return romanKey(word.replace(/ee/g, 'i').replace(/oo/g, 'u').replace(/iy/g, 'y'));
}
/** A name's consonants alone ("Dadasaheb", "Dada Sahab" → "ddshb"), for names written apart. */
function consonantKey(word: string): string {
  return romanKey(word.toLowerCase().replace(/[^a-z]|[aeiou]/g, ''));
}
/** One word in two romanisations, by either key. */
// ("Mohammed" / "Mohammad", "Rehman" / "Rahman": a long name's "e" written "a".)
const romanAlike = (a: string, b: string) => romanKey(a) === romanKey(b) || vowelKey(a) === vowelKey(b) || (a.length >= 6 && b.length === a.length && vowelKey(a.replace(/e/g, 'a')) === vowelKey(b.replace(/e/g, 'a')));

/** A name word as it sounds: doubled letters once, "sh" as "s" ("Mishra" / "Misra", "Shrikant" / "Srikant"). */
function spokenKey(word: string): string {
  return romanKey(word).replace(/sh/g, 's');
}

/** Whether a span "from … to <date>" ends on a day of the month `month` names (a month and year, no day). */
function endsInMonth(span: string, month: ReturnType<typeof parseDate>): boolean {
  if (!month || month.day > 0 || !month.month || !month.year) return false;
  const end = /^from\s.+?\s(?:to|till|until)\s(.+)$/i.exec(span.trim());
  const last = end ? parseDate(end[1]) : null;
  return !!last && last.month === month.month && last.year === month.year;
}

/** Name tokens and bare keys already worked out: sameValue's first asks of a batch meet the
 *  same few thousand answers tens of thousands of times (~20 and ~30 asks per name). */
const NAME_TOKENS = new Map<string, readonly string[]>();
const BARE_KEYS = new Map<string, string>();
const REMEMBERED_NAMES = 20_000;

export function nameTokens(name: string): readonly string[] {
  let tokens = NAME_TOKENS.get(name);
  if (!tokens) {
    if (NAME_TOKENS.size >= REMEMBERED_NAMES) NAME_TOKENS.clear();
    NAME_TOKENS.set(name, (tokens = tokensOf(name)));
  }
  return tokens;
}

function tokensOf(name: string): string[] {
  // ("LK Advani", "L K Advani", "L.K. Advani": initials written together are letters each.)
  const initials = name.replace(/\./g, ' ').replace(/\b\p{Lu}{2,3}\b(?=\s+\p{Lu}\p{Ll})/gu, (run) => run.split('').join(' '));
  return normalizeKey(initials)
    .split(' ')
    .filter((t) => t && !NAME_TITLES.has(t));
}

// ("Women's Reservation Bill" and "Women Reservation Bill": a possessive written or not is one name.)
// ("Prime Minister Dhan-Dhaanya Krishi Yojana" and "PM Dhan-Dhaanya Krishi Yojana": a scheme named
// after an office is one name however the office is written.)
function bareKey(s: string): string {
  let key = BARE_KEYS.get(s);
  if (key === undefined) {
    if (BARE_KEYS.size >= REMEMBERED_NAMES) BARE_KEYS.clear();
    BARE_KEYS.set(s, (key = bareKeyOf(s)));
  }
  return key;
}

function bareKeyOf(s: string): string {
  // ("Padma Sri", "Padmashri": the Padma Shri as Indian papers spell it.)
  return normalizeKey(s).replace(/^the /, '').replace(/ s\b/g, '').replace(/^prime minister /, 'pm ').replace(/^chief minister /, 'cm ').replace(/\bpadma ?s(?:h)?ri\b/, 'padma shri');
}

function numberKey(s: string): string | null {
  const n = parseNumber(s);
  return n ? `${n.value}|${isPercent(n) ? '%' : ''}|${n.style.startsWith('ordinal') ? 'ord' : ''}` : null;
}

const codeKey = (s: string) => s.toLowerCase().replace(/[^\p{L}\d]+/gu, '');

/** A figure's amount and the half-step it was rounded to, in one currency or none; null for a
 *  figure of fewer than three significant digits (rounded so far, it may stand for many). */
type Amount = { value: number; half: number; money: string };

/** Amounts already read: a set compares one answer with every figure of every other item. */
const AMOUNTS = new Map<string, Amount | null>();

function amountOf(s: string): Amount | null {
  let amount = AMOUNTS.get(s);
  if (amount === undefined) {
    if (AMOUNTS.size >= 20_000) AMOUNTS.clear();
    AMOUNTS.set(s, (amount = readAmount(s)));
  }
  return amount;
}

function readAmount(s: string): Amount | null {
  const n = parseNumber(s);
  if (!n || isPercent(n) || n.style.startsWith('ordinal')) return null;
  const unit = /^\s*(lakh crore|thousand|lakh|million|crore|billion|trillion)\b/i.exec(n.suffix)?.[1].toLowerCase();
  const scale = unit ? UNIT_SCALE[unit] : 1;
  const digits = String(Math.round(n.value * 10 ** n.decimals)).replace(/^0+/, '').length;
  if (digits < 3) return null;
  const money = /(?:Rs\.?|₹|INR)\s*$/i.test(n.prefix) ? 'INR' : /\$\s*$/.test(n.prefix) ? 'USD' : '';
  return { value: n.value * scale, half: (scale * 10 ** -n.decimals) / 2, money };
}

/** "Nearly ", "about ", "over ": a figure said as a round one. */
const HEDGED = /^\s*(?:nearly|about|around|approximately|roughly|close\s+to|almost|over|more\s+than|some)\s+/i;

/** "Rs 1.68 lakh crore" and "Rs 1,68,337 crore": one amount, the first the second rounded (or cut). */
export function roundedAlike(a: string, b: string): boolean {
  // ("Nearly 97 crore" and "96.8 crore": a hedged figure is the other rounded, however few its digits.)
  if (HEDGED.test(a) !== HEDGED.test(b)) {
    const [hedged, exact] = HEDGED.test(a) ? [a, b] : [b, a];
    const h = parseNumber(hedged.replace(HEDGED, ''));
    const e = amountOf(exact);
    const hs = h && !isPercent(h) ? UNIT_SCALE[/^\s*(lakh crore|thousand|lakh|million|crore|billion|trillion)\b/i.exec(h.suffix)?.[1].toLowerCase() ?? ''] ?? 1 : null;
    if (h && e && hs !== null && h.value * hs !== e.value && Math.abs(h.value * hs - e.value) <= 0.02 * e.value) return true;
  }
  const x = amountOf(a);
  const y = amountOf(b);
  if (!x || !y || x.money !== y.money || x.value === y.value) return false;
  const coarse = x.half >= y.half ? x : y;
  const fine = coarse === x ? y : x;
  const tolerance = coarse.half * (1 + 1e-9);
  // ("crossed USD 820 billion" for USD 820.93 billion: news rounds a record down as often as to
  // the nearest.)
  return Math.abs(coarse.value - fine.value) <= tolerance || (fine.value > coarse.value && fine.value - coarse.value < 2 * tolerance);
}

function sameThing(a: string, b: string): boolean {
  const ca = countryNamed(a) ?? countryOfDemonym(a);
  const cb = countryNamed(b) ?? countryOfDemonym(b);
  if (ca && cb) return ca === cb;
  const oa = organisationNamed(a);
  const ob = organisationNamed(b);
  return !!oa && oa === ob;
}

export { isAcronymOf };

/** "HysIS" of "Hyper Spectral Imaging Satellite": a short form in mixed case, each word giving
 *  the letters it starts with, in order (small words may give none). */
const SMALL_WORD = /^(?:of|and|the|for|in|on|to|&)$/;
function spelledFromStarts(short: string, long: string): boolean {
  if (!/^\p{Lu}[\p{L}]{2,7}$/u.test(short) || !/\p{Ll}/u.test(short.slice(1)) || !/\p{Lu}.*\p{Lu}/u.test(short)) return false;
  const letters = short.toLowerCase();
  const words = long.toLowerCase().split(/[\s-]+/).filter(Boolean);
  if (words.length < 2 || words.length > 8) return false;
  const seen = new Map<string, boolean>();
  const from = (i: number, j: number): boolean => {
    if (j === words.length) return i === letters.length;
    const key = `${i},${j}`;
    const known = seen.get(key);
    if (known !== undefined) return known;
    let ok = SMALL_WORD.test(words[j]) && from(i, j + 1);
    for (let n = 1; !ok && i + n <= letters.length && n <= words[j].length && words[j][n - 1] === letters[i + n - 1]; n++) ok = from(i + n, j + 1);
    seen.set(key, ok);
    return ok;
  };
  return from(0, 0);
}

/** "Uniform Civil Code Bill" → "Uniform Civil Code": a bill's or scheme's kind word after its name. */
function withoutKindWord(name: string): string {
  return name.trim().replace(/\s+(?:Bill|Act|Scheme|Mission|Yojana)(?:,?\s+(?:19|20)\d\d)?$/, '');
}

/** A programme's name without its kind word: "Gaganyaan Mission" → "Gaganyaan". */
function withoutProgrammeWord(name: string): string {
  return name.trim().replace(/\s+(?:Scheme|Mission|Yojana|Programme|Abhiyan)$/i, '');
}

/** A code's letter O beside a digit or a hyphen read as the zero it stands for. */
function zeroed(code: string): string {
  return code.replace(/(?<=[-\d])O(?![\p{Ll}])|O(?=\d)/gu, '0');
}

/** Whether two answers are the same value in different spellings. */
/** sameValue, remembered by type and both answers: a set's tries and its distractors ask the same
 *  pairs again and again. Cleared when it grows past a batch's worth. */
const SAME_VALUE = new Map<string, boolean>();
export function sameValue(a: string, b: string, type: AnswerType): boolean {
  if (a === b) return true;
  const key = `${type}\u001f${a}\u001f${b}`;
  let same = SAME_VALUE.get(key);
  if (same === undefined) {
    if (SAME_VALUE.size > 100_000) SAME_VALUE.clear();
    SAME_VALUE.set(key, (same = sameValueOnce(a, b, type)));
  }
  return same;
}

/** Two names alike: a code's zero typed as O, a short form of the other, or spelled from its starts. */
function sameName(a: string, b: string): boolean {
  // ("SR-0 DEMOSAT" and "SR-O DEMOSAT": a code's zero typed as the letter O.)
  if (/\d/.test(a + b) && /O/.test(a + b) && bareKey(zeroed(a)) === bareKey(zeroed(b))) return true;
  if (isAcronymOf(a.trim(), b.trim()) || isAcronymOf(b.trim(), a.trim())) return true;
  // ("Indian Institute of Science (IISc) Bengaluru" / "IISc Bengaluru": a name written with its
  // short form is either form.)
  const [sa, sb] = [shortFormsOf(a), shortFormsOf(b)];
  if (sa && (sa.some((x) => bareKey(x) === bareKey(b)) || (sb && sb.some((y) => sa.some((x) => bareKey(x) === bareKey(y)))))) return true;
  if (sb && sb.some((y) => bareKey(y) === bareKey(a))) return true;
  if (spelledFromStarts(a.trim(), b.trim()) || spelledFromStarts(b.trim(), a.trim())) return true;
  // ("UCC" for the "Uniform Civil Code Bill": a law's short form is the bill's, its kind word aside.)
  if (isAcronymOf(a.trim(), withoutKindWord(b)) || isAcronymOf(b.trim(), withoutKindWord(a))) return true;
  // ("the Rajya Sabha" and "the Upper House of Parliament": India's two Houses by their names and
  // by their places.)
  if (HOUSES.some(([name, place]) => (name.test(a) && place.test(b)) || (name.test(b) && place.test(a)))) return true;
  // ("Phase-II BMD" and "Phase-II Ballistic Missile Defence": the same opening words, the rest
  // written short in one of them.)
  if (sharedOpeningThenShort(a.trim(), b.trim()) || sharedOpeningThenShort(b.trim(), a.trim())) return true;
  // ("SevaNidhi" and "Seva Nidhi", "Ken Betwa" and "Ken-Betwa": one name, closed up or in words.)
  const [ca, cb] = [bareKey(a).replace(/\s+/g, ''), bareKey(b).replace(/\s+/g, '')];
  if (ca === cb && ca.length >= 6) return true;
  return false;
}
/** India's Houses of Parliament, by name and by place. */
const HOUSES: readonly (readonly [RegExp, RegExp])[] = [
  [/^\s*(?:the\s+)?Rajya\s+Sabha\s*$/i, /^\s*(?:the\s+)?Upper\s+House(?:\s+of\s+(?:the\s+)?Parliament)?\s*$/i],
  [/^\s*(?:the\s+)?Lok\s+Sabha\s*$/i, /^\s*(?:the\s+)?Lower\s+House(?:\s+of\s+(?:the\s+)?Parliament)?\s*$/i],
];
/** Whether `short` opens on words `long` opens on and ends on the initials of the rest of `long`. */
function sharedOpeningThenShort(short: string, long: string): boolean {
  const s = short.split(/\s+/);
  const l = long.split(/\s+/);
  let k = 0;
  while (k < s.length - 1 && k < l.length - 1 && s[k].toLowerCase() === l[k].toLowerCase()) k++;
  return k > 0 && k === s.length - 1 && l.length - k >= 2 && /^\p{Lu}{2,6}$/u.test(s[k]) && isAcronymOf(s[k], l.slice(k).join(' '));
}
const FIGURE_TYPES = new Set<AnswerType>(['number', 'date', 'year']);
/** A figure, a sum or a date opening the answer: "96.8 crore", "$1.3 billion", "Rs 5 lakh". */
const FIGURE_START = /^\s*(?:\d|[$₹€£]|Rs\.?\s|USD\s|INR\s)/;

/** Whether each word of `short` is a word of `long`, or the initial of one, each used once. */
function initialsInAnyOrder(short: readonly string[], long: readonly string[]): boolean {
  const used = new Set<number>();
  // (Whole words first: an initial takes only a word no whole word claimed.)
  for (const t of short.filter((w) => w.length > 1)) {
    const i = long.findIndex((l, k) => !used.has(k) && l === t);
    if (i < 0) return false;
    used.add(i);
  }
  return short.filter((w) => w.length === 1).every((t) => {
    const i = long.findIndex((l, k) => !used.has(k) && l.startsWith(t));
    if (i >= 0) used.add(i);
    return i >= 0;
  });
}

function sameValueOnce(a: string, b: string, type: AnswerType): boolean {
  if (bareKey(a) === bareKey(b)) return true;
  // (Two figures are never one name's short form of the other: the name checks are skipped.)
  if (!(FIGURE_TYPES.has(type) && FIGURE_START.test(a) && FIGURE_START.test(b)) && sameName(a, b)) return true;
  switch (type) {
    case 'number': {
      const ka = numberKey(a);
      return (ka !== null && ka === numberKey(b)) || roundedAlike(a, b);
    }
    case 'year':
    case 'date': {
      const da = parseDate(a);
      const db = parseDate(b);
      // ("April 29" and "April 29, 2025": a day written without its year is that day still.)
      if (!!da && !!db && (dateKey(da) === dateKey(db) || (da.day > 0 && da.day === db.day && da.month === db.month && (!da.year || !db.year)))) return true;
      // ("from May 13, 2016 to July 29, 2022" / "July 2022": a tenure's end is the month it ended.)
      return endsInMonth(a, db) || endsInMonth(b, da);
    }
    case 'person': {
      // One name inside the other ("Kishida" in "Fumio Kishida") is the same person.
      const ta = nameTokens(a);
      const tb = nameTokens(b);
      if (!ta.length || !tb.length) return false;
      // ("Suryakant" / "Surya Kant": one name, written with its parts joined or apart.)
      if (ta.join('') === tb.join('')) return true;
      // ("Astha Poonia" / "Aastha Poonia": one name in two romanisations, its long vowels written
      // doubled or not, the surname the same.)
      if (ta.length === tb.length && ta.length > 1 && ta[ta.length - 1] === tb[tb.length - 1] && ta.every((w, i) => romanAlike(w, tb[i]))) return true;
      // ("Anurag Thakur" / "Anuraj Thakur": a given name whose last letter a report mistyped, the
      // surname the same; only the last letter, so "Rajesh" and "Ramesh Kumar" stay two people.)
      if (ta.length === 2 && tb.length === 2 && ta[1] === tb[1] && ta[1].length >= 4 && ta[0] !== tb[0] && ta[0].length >= 5 && ta[0].length === tb[0].length && ta[0].slice(0, -1) === tb[0].slice(0, -1)) return true;
      // ("Satwik" / "Satwiksairaj Rankireddy": a short form of a long given name, alone.)
      if ((ta.length === 1 && tb.length > 1 && ta[0].length >= 5 && tb[0].startsWith(ta[0])) || (tb.length === 1 && ta.length > 1 && tb[0].length >= 5 && ta[0].startsWith(tb[0]))) return true;
      // (Of two names of one length, the one with initials is the short one, either way round.)
      const initialled = (t: readonly string[]) => t.some((w) => w.length === 1);
      const [short, long] = ta.length < tb.length || (ta.length === tb.length && initialled(ta)) ? [ta, tb] : [tb, ta];
      // ("D Gukesh" is "Gukesh Dommaraju": a South Indian name puts the initial of the family
      // name first, and the papers write it out last; the words match in any order.)
      if (short.length === long.length && initialled(short) && short.some((t) => t.length >= 4 && long.includes(t)) && initialsInAnyOrder(short, long)) return true;
      // ("SS Sandhu" is "Sukhbir Singh Sandhu": an initial stands for a name it begins, the
      // surname written out in both.)
      if (short.length === long.length && short[short.length - 1] === long[long.length - 1] && short.some((t) => t.length === 1)) {
        return short.every((t, i) => t === long[i] || (t.length === 1 && long[i].startsWith(t)));
      }
      // ("Mishra" / "Manoj Misra": a surname alone in either romanisation, "sh" written "s".)
      return short.every((t) => long.includes(t) || (t.length >= 4 && long.some((l) => spokenKey(l) === spokenKey(t))));
    }
    case 'term':
    case 'organisation': {
      // "Protected B" / "Protection B": the same words but for their endings; "the Tokyo
      // Olympics" / "the Tokyo Games": one event.
      if (sameThing(a, b) || stemKey(a) === stemKey(b) || stemKey(gamesKey(a)) === stemKey(gamesKey(b))) return true;
      // "Agni-V" / "Agni-5"; "RDI Scheme" / "Research Development and Innovation Scheme".
      if (numeralKey(a) === numeralKey(b) || shortWithHead(a, b) || shortWithHead(b, a)) return true;
      // ("Gaganyaan Mission" / "Gaganyaan": a programme's name with its kind word or without.)
      // (Not a law named after a body: "Nalanda Heritage Trust Act" is no trust.)
      if (bareKey(withoutProgrammeWord(a)) === bareKey(withoutProgrammeWord(b))) return true;
      // ("Madarsa Act" / "Uttar Pradesh Board of Madarsa Education Act": a law by its key words.)
      if (lawByKeyWords(a, b) || lawByKeyWords(b, a)) return true;
      // ("Aditya-L1" / "Aditya L-1": a code's letters and figures, however hyphened and spaced.)
      if (/\d/.test(a) && codeKey(a) === codeKey(b)) return true;
      // ("New Generation Ballistic Missile Agni-Prime" / "Agni-Prime": a code name with the kind
      // of thing it is written before it.)
      if (codeAfterKind(a, b) || codeAfterKind(b, a)) return true;
      // ("C-17" / "C-17 Globemaster": a model's code with its name after it.)
      if (codeBeforeName(a, b) || codeBeforeName(b, a)) return true;
      // ("Agasthiyamalai Elephant Reserve" / "Agasthyamalai Elephant Reserve": one name in two
      // romanisations, word for word.)
      if (sameRomanised(a, b)) return true;
      // ("World Championships" / "World Weightlifting Championships": an event with its sport said.)
      if (withSportWord(a, b) || withSportWord(b, a)) return true;
      // "INS Imphal" / "Stealth Guided Missile Destroyer Imphal": one ship.
      const va = vesselName(a);
      if (va !== null && va === vesselName(b)) return true;
      // ("Chenab bridge" / "Chenab Rail Bridge", "Pamban Bridge" / "New Pamban Railway Bridge": one
      // bridge, by its own name.)
      return sameStructure(a, b);
    }
    case 'place':
      // ("Agasthiyamalai Elephant Reserve" / "Agasthyamalai Elephant Reserve": a reserve, a town,
      // in two romanisations too.)
      return sameThing(a, b) || withFeatureWord(a, b) || withFeatureWord(b, a) || sameStructure(a, b) || sameRomanised(a, b);
    default:
      return sameThing(a, b);
  }
}

function sameRomanised(a: string, b: string): boolean {
  const wa = a.toLowerCase().split(/\s+/);
  const wb = b.toLowerCase().split(/\s+/);
  return wa.length === wb.length && a.length >= 8 && wa.some((w, i) => w !== wb[i]) && wa.every((w, i) => romanAlike(w, wb[i]));
}

/** Whether `long` is the code name `short` ("Agni-Prime", "PSLV-C16") with capitalised words of
 *  its kind before it. */
function codeAfterKind(short: string, long: string): boolean {
  const s = short.trim();
  return s.length >= 4 && /[-\d]/.test(s) && /^\p{Lu}/u.test(s) && long.trim().endsWith(` ${s}`) && /^(?:\p{Lu}[\p{L}-]*\s+){1,5}$/u.test(long.trim().slice(0, -s.length));
}

/** Whether `long` is the code `short` ("C-17") and a name or two of capitalised words after it
 *  ("C-17 Globemaster"). */
function codeBeforeName(short: string, long: string): boolean {
  const s = short.trim();
  return /^\p{Lu}[\p{Lu}\d]*-\d[\p{L}\d]*$/u.test(s) && long.trim().startsWith(`${s} `) && /^(?:\s+\p{Lu}\p{Ll}[\p{L}]*){1,2}$/u.test(long.trim().slice(s.length));
}

/** "Indian Institute of Science (IISc) Bengaluru" → its two forms, "Indian Institute of Science
 *  Bengaluru" and "IISc Bengaluru"; null for a name with no short form of its own in brackets. */
function shortFormsOf(name: string): [string, string] | null {
  const m = /^(.+?)\s+\((\p{Lu}[\p{L}&-]{1,9})\)(.*)$/u.exec(name.trim());
  return m && isAcronymOf(m[2], m[1]) ? [`${m[1]}${m[3]}`, `${m[2]}${m[3]}`] : null;
}

/** Whether `short` ("Madarsa Act") is `long` ("… Board of Madarsa Education Act") by some of its
 *  words, in order, ending on the same kind of law; or of mission ("Green Hydrogen Mission" /
 *  "National Green Hydrogen Mission"). */
function lawByKeyWords(short: string, long: string): boolean {
  // (Most pairs of answers are no laws: told by the last word, before either is normalised.)
  if (!LAW_END.test(short) || !LAW_END.test(long)) return false;
  const s = normalizeKey(short).split(' ');
  const l = normalizeKey(long).split(' ');
  if (s.length < 2 || s.length >= l.length || !LAW_KIND.test(s[s.length - 1]) || s[s.length - 1] !== l[l.length - 1]) return false;
  let at = 0;
  for (const w of s) {
    at = l.indexOf(w, at);
    if (at < 0) return false;
    at++;
  }
  // (A word of its own, not only the kind's usual company: "National Mission" names no one mission.)
  return s.slice(0, -1).some((w) => w.length >= 4 && !GENERIC_NAME_WORDS.has(w));
}
// ("Dadasaheb Phalke Award" / "Dadasaheb Phalke Lifetime Achievement Award": an award too.)
const LAW_KIND = /^(?:act|bill|code|sanhita|adhiniyam|rules|regulations|mission|scheme|yojana|abhiyan|programme|program|policy|award|prize)$/;
const LAW_END = /(?:^|[^\p{L}\p{N}])(?:act|bill|code|sanhita|adhiniyam|rules|regulations|mission|scheme|yojana|abhiyan|programme|program|policy|award|prize)[^\p{L}\p{N}]*$/iu;
const GENERIC_NAME_WORDS = new Set(['national', 'india', 'indian', 'pradhan', 'mantri', 'bharat', 'rashtriya', 'central', 'state', 'union', 'scheme', 'mission', 'yojana']);

const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4', v: '5', vi: '6', vii: '7', viii: '8', ix: '9', x: '10' };
/** "Agni-V" and "Agni-5", "Chandrayaan-III" and "Chandrayaan-3": a name's number after its
 *  hyphen, in Roman numerals or in figures. */
function numeralKey(s: string): string {
  return bareKey(withArabicNumeral(s));
}

/** "Agni-V" → "Agni-5": a Roman numeral after a hyphen written in figures. */
function withArabicNumeral(s: string): string {
  return s.replace(/-([IVX]{1,4})\b/g, (whole, r: string) => (ROMAN[r.toLowerCase()] ? `-${ROMAN[r.toLowerCase()]}` : whole));
}

/** Whether `short` is `long` with the words before their shared head cut to initials. */
function shortWithHead(short: string, long: string): boolean {
  const s = short.trim().split(/\s+/);
  const l = long.trim().split(/\s+/);
  return s.length === 2 && l.length > 2 && s[1].toLowerCase() === l[l.length - 1].toLowerCase() && /^\p{Lu}{2,6}$/u.test(s[0]) && isAcronymOf(s[0], l.slice(0, -1).join(' '));
}

/** The kind of feature a place's name may leave unsaid: "the Pacific" is the Pacific Ocean. */
// ("Kuno" for Kuno National Park: a reserve called by its own name after the first mention.)
const FEATURE_WORD = new RegExp(`^(?:ocean|sea|river|desert|peninsula|mountains|range|hills|islands?|valley|${RESERVE_HEADS.map((h) => h.toLowerCase()).join('|')})$`);

/** Whether `long` is `short` and the word of its kind: "Pacific Ocean" / "Pacific". */
function withFeatureWord(long: string, short: string): boolean {
  const l = bareKey(long).split(' ');
  const k = bareKey(short);
  return [1, 2].some((n) => l.length > n && FEATURE_WORD.test(l.slice(-n).join(' ')) && l.slice(0, -n).join(' ') === k);
}

/** Whether `long` is `short` with one more capitalised word before the event's head word:
 *  "World Weightlifting Championships" / "World Championships". (Not a word that makes it another
 *  event: "Asian Para Games", "World Junior Championships".) */
const EVENT_HEAD = /^(?:championships?|cup|games|open|trophy|league|olympiad|tour)$/;
const OTHER_EVENT_WORD = /^(?:para|junior|juniors|youth|women's|women|men's|masters|senior|veterans|deaf|special|winter|summer|indoor|u-?\d+|under-\d+)$/;
function withSportWord(long: string, short: string): boolean {
  const l = long.trim().split(/\s+/);
  const s = short.trim().split(/\s+/);
  if (s.length < 2 || l.length !== s.length + 1 || !EVENT_HEAD.test(s[s.length - 1].toLowerCase())) return false;
  const at = s.length - 1;
  const added = l[at];
  return /^\p{Lu}/u.test(added) && !OTHER_EVENT_WORD.test(added.toLowerCase()) && s.every((w, i) => w.toLowerCase() === l[i < at ? i : i + 1].toLowerCase());
}

/** A ship's own name, without its navy's prefix or the kind of ship before it: "INS Imphal",
 *  "the Stealth Guided Missile Destroyer Imphal", "MV Chem Pluto" → "imphal", "chem pluto". */
const DRILL_NAME = /^(?:Exercise|Operation|Op)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)$/u;
const VESSEL = /^(?:the\s+)?(?:(?:INS|ICGS|INSV|MV|MT|USS|USNS|HMS|HMAS|RFS|PNS|CNS|SS)\s+|(?:[\p{L}-]+\s+){0,4}(?:destroyer|frigate|corvette|submarine|warship|ship|carrier|vessel|tanker|cruiser)\s+(?:INS\s+)?)(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)$/iu;
function vesselName(s: string): string | null {
  const m = VESSEL.exec(s.trim());
  return m ? normalizeKey(m[1]) : null;
}

/** A bridge, tunnel or dam by its own words: "New Pamban Railway Bridge" → "pamban". */
// ("Delhi-Ghaziabad-Meerut RRTS Corridor" / "the Delhi-Ghaziabad-Meerut corridor": a route by its
// ends, with its kind or without.)
const STRUCTURE_HEAD = /\b(?:Bridge|bridge|Tunnel|tunnel|Dam|dam|Barrage|barrage|Setu|Sea Link|Expressway|Flyover|Corridor|corridor)$/;
const STRUCTURE_WORDS = /\b(?:the|new|rail|railway|road|arch|sea|cable-stayed|steel|vertical|lift|bridge|tunnel|dam|barrage|setu|link|expressway|flyover|corridor|RRTS)\b/gi;
function structureKey(s: string): string {
  return normalizeKey(s.replace(STRUCTURE_WORDS, ' '));
}
/** Whether a name is a bridge's, a tunnel's or a dam's by its last word. */
export function namesStructure(name: string): boolean {
  return STRUCTURE_HEAD.test(name.trim());
}
function sameStructure(a: string, b: string): boolean {
  // (One of the two names the structure by its kind; the other may be its own name alone.)
  if (!STRUCTURE_HEAD.test(a.trim()) && !STRUCTURE_HEAD.test(b.trim())) return false;
  const ka = structureKey(a);
  return ka !== '' && ka === structureKey(b);
}

function gamesKey(s: string): string {
  return s.replace(/\b(?:Olympic\s+Games|Olympics|Games)\b/g, 'Games');
}

function stemKey(s: string): string {
  return bareKey(s).split(' ').map((w) => w.slice(0, 5)).join(' ');
}

/** Whole-word occurrence; short all-capital forms ("US", "WHO") only in capitals, so the
 *  word "who" in a question does not count as the WHO. */
export function containsWord(text: string, word: string): boolean {
  const w = word.trim();
  return w !== '' && containsWholeWord(text, w, ignoreCaseFor(w));
}

function ignoreCaseFor(w: string): boolean {
  return !(w.length <= 4 && w === w.toUpperCase());
}

/** Spellings already worked out: every candidate option is checked against several texts. */
const SPELLINGS = new Map<string, readonly string[]>();

/** All the ways a text could mention a value: aliases and demonyms of a country, aliases
 *  of a known organisation, the surname of a person. */
export function spellings(value: string, type: AnswerType): readonly string[] {
  const key = `${type}\u001f${value}`;
  let forms = SPELLINGS.get(key);
  if (!forms) {
    if (SPELLINGS.size > 50_000) SPELLINGS.clear();
    forms = findSpellings(value, type);
    SPELLINGS.set(key, forms);
  }
  return forms;
}

function findSpellings(value: string, type: AnswerType): string[] {
  const out = new Set<string>([value, value.replace(/^the\s+/i, '')]);
  const country = countryNamed(value) ?? countryOfDemonym(value);
  if (country && type !== 'person') {
    for (const a of country.aliases) out.add(a);
    for (const d of country.demonyms) out.add(d);
  }
  const org = organisationNamed(value);
  if (org && type !== 'person') for (const a of org.aliases) out.add(a);
  // ("Article 105" is printed in "Articles 105 and 194" too.)
  const provision = /^(Article|Section|Clause)\s+(\S+)$/.exec(value.trim());
  if (provision && type !== 'person') out.add(`${provision[1]}s ${provision[2]}`);
  // ("Women's Reservation Bill" is printed as "Women Reservation Bill" too.)
  if (type !== 'person' && /\p{L}['’]s\s/u.test(value)) out.add(value.replace(/(\p{L})['’]s\s/gu, '$1 '));
  // "6.5 per cent", "6.5 percent", "6.5%", a headline's "6.5 pc": one figure however the text writes it.
  const percent = /^(.*?\d)\s*(?:%|per\s?cent|percent|pc)$/i.exec(value);
  // ("6.50%" is 6.5%: a rate written with its trailing zero, or without.)
  if (percent && type === 'number') {
    const figures = new Set([percent[1]]);
    const decimal = /^(.*\d\.\d*?)0+$/.exec(percent[1]);
    if (decimal) figures.add(decimal[1].replace(/\.$/, ''));
    else if (/\d\.\d$/.test(percent[1])) figures.add(`${percent[1]}0`);
    // ("–0.58 per cent" under a headline's "-0.58%": a minus typed as a dash or as a hyphen.)
    for (const figure of [...figures]) if (/^[-–−]/.test(figure)) for (const sign of ['-', '–', '−']) figures.add(sign + figure.slice(1));
    for (const figure of figures) for (const unit of ['%', ' per cent', ' percent', ' pc']) out.add(`${figure}${unit}`);
  }
  // ("eight years" is printed as the "eight-year high" of another item: a span made an adjective.)
  const span = type === 'number' ? /^(\S+)\s+(year|month|week|day|decade|hour|minute)s?$/i.exec(value.trim()) : null;
  if (span) out.add(`${span[1]}-${span[2]}`);
  // "₹1.31 lakh crore", "Rs 1.31 lakh crore", "1.31 lakh crore rupees", a headline's "₹1.31 lakh cr".
  const rupees = type === 'number' ? RUPEES.exec(value.trim()) : null;
  if (rupees) {
    const [, amount, unit] = rupees;
    const units = [unit, unit.replace(/crore$/, 'cr')];
    for (const u of units) for (const form of [`₹${amount} ${u}`, `Rs ${amount} ${u}`, `Rs. ${amount} ${u}`, `${amount} ${u} rupees`]) out.add(form);
  }
  // (A name, whatever type a cloze of two blanks gave it: "the _____ with a corpus of _____".)
  if (type !== 'person' && type !== 'date' && type !== 'year' && /^\p{Lu}/u.test(value.trim())) {
    // ("Agni-5" is printed "Agni-V" too, and the other way round.)
    const roman = withArabicNumeral(value);
    if (roman !== value) out.add(roman);
    const arabic = value.replace(/-(10|[1-9])\b/g, (_whole, d: string) => `-${Object.keys(ROMAN).find((k) => ROMAN[k] === d)!.toUpperCase()}`);
    if (arabic !== value) out.add(arabic);
    // ("Research Development and Innovation Scheme" is "the RDI Scheme" in the next paragraph.)
    const words = value.trim().split(/\s+/);
    const short = initials(words.slice(0, -1).filter((w) => /^\p{Lu}/u.test(w)));
    if (words.length > 2 && short.length >= 2 && isAcronymOf(short, words.slice(0, -1).join(' '))) out.add(`${short} ${words[words.length - 1]}`);
  }
  // ("Deepawali" is "Deepavali" in the next paragraph: Indian names are written with v or w alike.)
  if (type !== 'date' && type !== 'year' && type !== 'number' && /^\p{Lu}/u.test(value.trim()) && /[aeiou][vw]/i.test(value)) {
    out.add(value.replace(/(?<=[aeiou])w/g, 'v'));
    out.add(value.replace(/(?<=[aeiou])v/g, 'w'));
  }
  // ("PM Dhan-Dhaanya Krishi Yojana" is the "Prime Minister Dhan-Dhaanya Krishi Yojana".)
  const office = type !== 'person' ? /^(?:the\s+)?(Prime Minister|PM|Chief Minister|CM)\s+(?=\p{Lu})/u.exec(value) : null;
  if (office) out.add(`${OFFICE_FORMS[office[1]]} ${value.slice(office[0].length)}`);
  // ("Kuno National Park" is "Kuno" in the next paragraph.)
  const reserve = type === 'place' ? RESERVE_TAIL.exec(value.trim()) : null;
  const own = reserve ? reserve.input.slice(0, reserve.index) : '';
  if (own && (own.includes(' ') || !isCommonWord(own.toLowerCase()))) out.add(own);
  // ("INS Imphal" is "the Imphal" in the next sentence.)
  const vessel = type === 'term' ? VESSEL.exec(value.trim()) : null;
  if (vessel) out.add(vessel[1]);
  // ("Sela Road Tunnel" is "Sela tunnel" in the lead, "New Pamban Railway Bridge" the "Pamban
  // Bridge": a structure by its own name, with its kind or alone.)
  if ((type === 'term' || type === 'place' || type === 'organisation') && namesStructure(value)) {
    const own = value.replace(STRUCTURE_WORDS, ' ').replace(/\s+/g, ' ').trim();
    const head = value.trim().split(/\s+/).pop()!;
    if (own.length >= 4 && !isCommonWord(own.toLowerCase())) for (const form of [own, `${own} ${head}`, `${own} ${head.toLowerCase()}`]) out.add(form);
  }
  // ("Exercise AUSTRAHIND" is "AUSTRAHIND" in the next paragraph; "Operation Sindoor", "Sindoor".)
  const drill = type === 'term' ? DRILL_NAME.exec(value.trim()) : null;
  if (drill && drill[1].length >= 4) out.add(drill[1]);
  if (type === 'person') {
    const tokens = value.split(/\s+/);
    const last = tokens[tokens.length - 1];
    if (tokens.length > 1 && last.length > 2) out.add(last);
  }
  return [...out].filter((s) => s.trim().length > 0);
}

const RESERVE_TAIL = new RegExp(`(?<=\\p{L})\\s+(?:${RESERVE_HEADS.join('|')})$`, 'u');

const OFFICE_FORMS: Record<string, string> = { 'Prime Minister': 'PM', PM: 'Prime Minister', 'Chief Minister': 'CM', CM: 'Chief Minister' };

/** An amount in rupees with an Indian unit, however the currency is written. */
const RUPEES = /^(?:₹\s?|Rs\.?\s?|INR\s?)?(\d[\d,]*(?:\.\d+)?)\s+(lakh crore|crore|lakh)(?:\s+rupees)?$/i;

/** Whether `text` mentions `value` in any of its spellings. */
export function mentions(text: string, value: string, type: AnswerType): boolean {
  const forms = spellings(value, type);
  if (type !== 'person') return forms.some((s) => containsWord(text, s));
  // ("Gyanesh Kumar" is not named by "Rajiv Kumar": a surname after someone else's given name or
  // initials is that other person's.)
  const tokens = value.trim().split(/\s+/);
  const given = tokens[0];
  const surname = tokens.length > 1 && forms.includes(tokens[tokens.length - 1]) ? tokens[tokens.length - 1] : null;
  return forms.some((s) => s !== surname && containsWord(text, s)) || (surname !== null && wholeWordSpans(text, surname, ignoreCaseFor(surname)).some(([at]) => !otherPersonBefore(text.slice(Math.max(0, at - 40), at), given, tokens.slice(0, -1)))) || shortGivenIn(text, given) || (tokens.length === 2 && givenAloneIn(text, given));
}

/** "Rohit drew curtains on his Test career …" names Rohit Sharma: a given name standing alone, as
 *  sports writing calls a player, with no other name before or after it. */
function givenAloneIn(text: string, given: string): boolean {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(given)) return false;
  return wholeWordSpans(text, given, false).some(([at, end]) => !/\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, at - 30), at)) && !/^\s+\p{Lu}/u.test(text.slice(end, end + 3)));
}

/** "Satwik and Chirag" names Satwiksairaj Rankireddy: a long given name, cut short as sports
 *  writing does, as a word of its own. */
function shortGivenIn(text: string, given: string): boolean {
  if (given.length < 8) return false;
  for (const m of text.matchAll(/\b\p{Lu}\p{Ll}{4,}\b/gu)) if (given.startsWith(m[0]) && given.length > m[0].length) return true;
  return false;
}

/** Whether the text names the person in another romanisation ("Rajeev Kumar" for Rajiv Kumar):
 *  as many capitalised words, each alike, the last the same. */
export function romanisedIn(text: string, value: string): boolean {
  const tokens = value.trim().split(/\s+/);
  if (tokens.length < 2) return false;
  const last = tokens[tokens.length - 1];
  // (A run ends on the same last word: a text without it has none, and most have not.)
  if (!text.includes(last)) return false;
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const words = m[0].split(/\s+/);
    if (words.length < tokens.length || words[words.length - 1] !== last) continue;
    const own = words.slice(-tokens.length);
    if (own.every((w, i) => romanAlike(w.toLowerCase(), tokens[i].toLowerCase()))) return true;
  }
  return false;
}
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+/gu;

/** "PM Modi", "CM Yogi", "Dr. Rao": short titles, no one's initials. */
const TITLE_SHORT_FORMS = /^(?:PM|CM|MP|MLA|MLC|CJI|CEC|DGP|SP|IG|DM|Dr|Mr|Mrs|Ms|Prof|Smt|Shri|Sri|Gen|Lt|Col|Capt|Maj|Adm|Sen|Rep|Gov|Sh)\.?$/;

/** Whether the text just before a surname ends in another person's given name or initials: a
 *  capitalised word that is no title ("Justice", "Mr") and no everyday word ("The"). */
function otherPersonBefore(before: string, given: string, names: readonly string[]): boolean {
  const word = /(\p{Lu}[\p{L}.]*)\s+$/u.exec(before)?.[1];
  // ("Rajeev Kumar" is Rajiv Kumar: the given name in another romanisation is theirs.)
  if (word === undefined || word === given || romanAlike(word.toLowerCase(), given.toLowerCase())) return false;
  // ("The Dada Sahab Phalke award" is Dadasaheb Phalke's: a given name written as two words, their
  // consonants the same.)
  const pair = /(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)\s+$/u.exec(before);
  if (pair && given.length >= 6 && consonantKey(pair[1] + pair[2]) === consonantKey(given)) return false;
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (NAME_TITLES.has(lower) || TITLE_SHORT_FORMS.test(word)) return false;
  // ("S K Kaul" is Sanjay Kishan Kaul: initials of the person's own names are theirs.)
  const initials = /(?:^|[^\p{L}.])((?:\p{Lu}{1,3}\.?\s*){1,3})$/u.exec(before)?.[1];
  if (initials && /^(?:\p{Lu}\.?){1,3}$/u.test(word)) return !initials.replace(/[.\s]/g, '').split('').every((c) => names.some((n) => n.startsWith(c)));
  return isGivenName(lower) || !isCommonWord(lower);
}

/** [start, end] of every mention of a value in a text. */
function spans(text: string, value: string, type: AnswerType): [number, number][] {
  return spansOf(text, spellings(value, type));
}

/** The same, with the value's spellings already at hand. */
function spansOf(text: string, forms: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  const lower = lowerOf(text);
  for (const s of forms) {
    const w = s.trim();
    if (!w || !lower.includes(w.toLowerCase())) continue;
    out.push(...wholeWordSpans(text, w, ignoreCaseFor(w)));
  }
  return out;
}

/** The sentences that mention an answer, with where: listedTogether asks this for every
 *  candidate option of a question, so it is found once per (sentence list, answer). */
const ANSWER_SPANS = new WeakMap<readonly string[], Map<string, { sentence: string; at: [number, number][] }[]>>();

function answerMentions(sentences: readonly string[], answer: string, type: AnswerType) {
  let byAnswer = ANSWER_SPANS.get(sentences);
  if (!byAnswer) ANSWER_SPANS.set(sentences, (byAnswer = new Map()));
  const key = `${type}\u001f${answer}`;
  let found = byAnswer.get(key);
  if (!found) {
    const forms = spellings(answer, type);
    found = sentences.map((sentence) => ({ sentence, at: spansOf(sentence, forms) })).filter((x) => x.at.length > 0);
    byAnswer.set(key, found);
  }
  return found;
}

/** A list separator between two mentions: "A and B", "A or the B", "A, and B". */
const LIST_GAP = /^(?:\s*,\s*(?:and|or)\s+(?:the\s+)?|\s+(?:and|or|&|as well as)\s+(?:the\s+)?)$/i;
/** A bare comma is a list only inside a longer list ("A, B and C"); otherwise it is often
 *  just a clause break ("According to Wilkins, Warhol was …"). */
const COMMA_GAP = /^\s*,\s*(?:the\s+)?$/i;
const LIST_GOES_ON = /^\s*(?:,|and\b|or\b)/i;
/** Between two members of one longer list: separators around one or more other short names
 *  ("Sweden, Belgium, England": Sweden and England are listed together too). */
const LIST_ITEM = String.raw`(?:the\s+)?[\p{Lu}\d][\p{L}\d.'’-]*(?:\s+[\p{Lu}\d][\p{L}\d.'’-]*){0,3}`;
const LIST_SEP = String.raw`(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)`;
const LIST_MIDDLE = new RegExp(String.raw`^${LIST_SEP}(?:${LIST_ITEM}${LIST_SEP})+$`, 'u');
const LIST_CAME_BEFORE = /(?:,|\band|\bor)\s*$/i;

/** Whether some sentence lists the two values side by side ("Russia and Japan"): then the
 *  other value likely shares the answer's role, and is no safe wrong option. */
export function listedTogether(sentences: readonly string[], answer: string, other: string, type: AnswerType): boolean {
  for (const { sentence, at: a } of answerMentions(sentences, answer, type)) {
    for (const o of spans(sentence, other, type)) {
      for (const b of a) {
        const [first, second] = b[1] <= o[0] ? [b, o] : o[1] <= b[0] ? [o, b] : [null, null];
        if (!first || !second) continue;
        const gap = sentence.slice(first[1], second[0]);
        if (LIST_GAP.test(gap)) return true;
        if (gap.includes(',') && LIST_MIDDLE.test(gap)) return true;
        if (COMMA_GAP.test(gap) && (LIST_GOES_ON.test(sentence.slice(second[1])) || LIST_CAME_BEFORE.test(sentence.slice(0, first[0])))) return true;
      }
    }
  }
  return false;
}
