/**
 * Whether one item of a set gives another away: a student who reads "Who was the Foreign
 * Minister of Russia?" above "Which was the third country …?" → Russia has the answer before
 * the question. An answer counts as shown when any of its spellings (aliases, demonyms, a
 * person's surname) stands in another item's question, options or statements.
 */
import { reEscape } from '../util/re-escape.js';
import type { AnswerType, Item } from '../types.js';
import { answerParts } from './centrality.js';
import { romanisedIn, roundedAlike, sameValue, spellings } from './equivalence.js';
import { normalizeKey } from '../util/ids.js';
import { containsWholeWord, wholeWordSpans } from '../util/whole-word.js';
import { initials, nameInitials, withoutHalvesHyphen } from '../util/acronym.js';
import { afterGivenName } from './describe-people.js';

/** How another item's text could print an answer: each spelling (alias, demonym, surname),
 *  lower-cased for a quick look first, and its words as a padded key. */
interface Forms {
  /** (`surname`: a person's last name alone, which may be another's: see surnameOf.) */
  spellings: { word: string; lower: string; ignoreCase: boolean; surname?: true }[];
  key: string;
  /** The answer as an acronym ("PMKSY"), looked for spelled out. */
  acronym?: string;
}

const ACRONYM = /^(?:[A-Z]\.?){3,8}$/;
/** Small words a name's acronym skips: "Reserve Bank of India" → RBI. */
const JOINING = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&']);

/** The acronyms an entry's runs of capitalised words spell out, worked out once. */
const SPELLED = new WeakMap<SetEntry, Set<string>>();
function spelledOut(e: SetEntry): Set<string> {
  let found = SPELLED.get(e);
  if (!found) {
    found = new Set();
    // ("Ayushman Bharat – Pradhan Mantri Jan Arogya Yojana": a dash between a name's halves too.)
    for (const run of e.text.match(/\p{Lu}\p{Ll}+(?:(?:\s+(?:of|and|for|the|on|in|&))*(?:\s+[–—]\s+|[\s-]+)\p{Lu}\p{Ll}+)+/gu) ?? []) {
      const words = run.split(/[\s–—-]+/).filter((w) => w && !JOINING.has(w));
      for (let i = 0; i < words.length; i++) for (let j = i + 3; j <= Math.min(words.length, i + 8); j++) found.add(initials(words.slice(i, j)));
    }
    SPELLED.set(e, found);
  }
  return found;
}

/** An answer to recall, with its type. */
export interface Answer {
  value: string;
  type: AnswerType;
  given?: string;
  /** A list of three people or more the item asks whole ("A, B, C and D"), or one of them. */
  ofList?: true;
}

/** What a set reads of an item, worked out once. */
export interface SetEntry {
  item: Item;
  /** The values a student must recall, each with its type ([] for true/false, statements). */
  answers: Answer[];
  /** Everything printed for the item but its key. */
  text: string;
  /** The same, lower-cased: most pairs of items share no answer's letters at all. */
  lower: string;
}

/** Whether an answer is a list of people asked whole (or one of them) and the other item's
 *  sentence is another: "Who were selected for the Khel Ratna?" → "Manu Bhaker, D Gukesh, …" asks
 *  none of the four's own deeds another sentence tells ("Who was the youngest player …?"). */
export function listedApart(answer: Answer, sentence: string, other: string): boolean {
  return answer.ofList === true && sentence !== other;
}

/** Entries already made: a set is tried several ways over the same candidates. */
const ENTRIES = new WeakMap<Item, SetEntry>();

export function setEntry(item: Item): SetEntry {
  let entry = ENTRIES.get(item);
  if (!entry) ENTRIES.set(item, (entry = makeEntry(item)));
  return entry;
}

function makeEntry(item: Item): SetEntry {
  const recalled = item.type === 'truefalse' || item.type === 'statements' ? [] : (item.answers ?? [item.answer]);
  const type = item.answerType as AnswerType;
  // (A name with "and" in it is entered as its parts and whole: "Research Development and
  // Innovation Scheme" is "Research Development", "Innovation Scheme" and the "RDI Scheme".)
  const listed = new Set<string>();
  const answers = recalled.flatMap((a) => {
    const parts = answerParts(a);
    if (type === 'person' && parts.length >= 3) for (const p of [...parts, a]) listed.add(p);
    return parts.length > 1 ? [...parts, a] : parts;
  }).map((value): Answer => {
    // ("Divya" of Divya Deshmukh: found once here, looked for in every other entry.)
    const given = type === 'person' ? /^(\p{Lu}\p{Ll}{2,})\s+\p{Lu}/u.exec(value)?.[1] : undefined;
    return { value, type, ...(given ? { given } : {}), ...(listed.has(value) ? { ofList: true as const } : {}) };
  });
  const text = [item.question, ...(item.options ?? []), ...(item.statements ?? []).map((s) => s.text)].join('\n');
  return { item, answers, text, lower: text.toLowerCase() };
}

/** An answer's forms, by answer: a set judges each against every other entry. */
const FORMS = new WeakMap<Answer, Forms>();
function formsOf(ans: Answer): Forms {
  let forms = FORMS.get(ans);
  if (!forms) {
    const words = spellings(ans.value, ans.type).map((s) => s.trim()).filter(Boolean);
    // (Short all-capital forms, "US", "WHO", only in capitals: the word "who" is not the WHO.)
    // ("PMKSY" prints "Pradhan Mantri Kisan Sampada Yojana", and the other way round.)
    const short = nameInitials(ans.value);
    if (short) words.push(short);
    // ("United Nations Human Rights Council" printed as "UN Human Rights Council", and back.)
    const un = /^(?:the\s+)?(?:United Nations|UN)\s+(\p{Lu}.*)$/u.exec(ans.value.trim());
    if (un) words.push(`UN ${un[1]}`, `United Nations ${un[1]}`);
    const surname = ans.type === 'person' && /\s/.test(ans.value.trim()) ? ans.value.trim().split(/\s+/).pop() : undefined;
    const found = words.map((word) => ({ word, lower: word.toLowerCase(), ignoreCase: !(word.length <= 4 && word === word.toUpperCase()) && word !== short, ...(word === surname ? { surname: true as const } : {}) }));
    const bare = withoutHalvesHyphen(ans.value.trim());
    const acronym = ACRONYM.test(bare) ? bare.replace(/\./g, '') : undefined;
    FORMS.set(ans, (forms = { spellings: found, key: ` ${normalizeKey(ans.value)} `, acronym }));
  }
  return forms;
}

/** Every way another item could print an answer (aliases, demonyms, surname, initials). */
export function printedForms(ans: Answer): string[] {
  return formsOf(ans).spellings.map((s) => s.word);
}

/** Whether `a`'s answer is printed in `b`. */
export function shows(a: SetEntry, b: SetEntry): boolean {
  return a.answers.some((ans) => {
    const forms = formsOf(ans);
    // (Also as plain words: "Washington, D.C." among options shows "Washington D.C.".)
    return (
      forms.spellings.some((s) => b.lower.includes(s.lower) && (s.surname ? surnameOf(b.text, s.word, ans.value) : containsWholeWord(b.text, s.word, s.ignoreCase))) ||
      keyOf(b).includes(forms.key) ||
      (forms.acronym !== undefined && spelledOut(b).has(forms.acronym)) ||
      givenNameAlone(b, ans) ||
      prefixedShortForm(ans.value, b.text) ||
      (ans.type === 'number' && roundedFigureIn(ans.value, b.text)) ||
      schemeByKeyWordsIn(ans, b.text) ||
      (ans.type === 'person' && romanisedIn(b.text, ans.value)) ||
      slashPartIn(ans.value, b.text) ||
      closedUpIn(ans.value, b.text)
    );
  });
}

/** A scheme's, mission's or law's name, by its last word: "… Green Hydrogen Mission". */
const SCHEME_NAME = /(?:\p{Lu}[\p{L}-]*\s+){1,5}(?:Mission|Scheme|Yojana|Abhiyan|Programme|Policy|Act|Bill|Code)\b/gu;
const SCHEME_END = /\b(?:Mission|Scheme|Yojana|Abhiyan|Programme|Policy|Act|Bill|Code)$/;

/** "Cabinet approves Green Hydrogen Mission under which …" beside the blank of "National Green
 *  Hydrogen Mission": the same scheme printed by all its words but one. */
function schemeByKeyWordsIn(ans: Answer, text: string): boolean {
  if ((ans.type !== 'term' && ans.type !== 'organisation') || !SCHEME_END.test(ans.value) || !/\s/.test(ans.value)) return false;
  // (All its words but one: "Online Gaming Bill" leaves the "Promotion and Regulation of …" to ask.)
  const words = ans.value.split(/\s+/).length;
  for (const m of text.matchAll(SCHEME_NAME)) if (m[0] !== ans.value && m[0].trim().split(/\s+/).length >= words - 1 && sameValue(m[0], ans.value, 'term')) return true;
  return false;
}

/** A figure with its currency and unit, as an item's text may print it. */
const FIGURE = /(?:(?:Rs\.?|₹|INR|US\$|\$)\s?)?\d[\d,]*(?:\.\d+)?(?:\s+(?:lakh crore|thousand|lakh|million|crore|billion|trillion)\b)?/g;

/** "Rs 1.68 lakh crore" asked above "the collection came at Rs 1,68,337 crore": the answer printed
 *  to more (or fewer) digits is printed still. */
function roundedFigureIn(answer: string, text: string): boolean {
  if (!/\d/.test(text)) return false;
  for (const m of text.matchAll(FIGURE)) if (roundedAlike(answer, m[0])) return true;
  return false;
}

/** Whether an item's own question prints one of its answers: a cloze whose person was described
 *  by the office another blank asks ("The JNU Vice Chancellor, … appointed as the new _____"). */
export function givesItselfAway(entry: SetEntry): boolean {
  if (!entry.answers.length) return false;
  // (Judged once per item: every try of a set asks again.)
  let verdict = SELF_SHOWN.get(entry.item);
  if (verdict === undefined) SELF_SHOWN.set(entry.item, (verdict = shows(entry, setEntry({ ...entry.item, options: undefined, statements: undefined }))));
  return verdict;
}
const SELF_SHOWN = new WeakMap<Item, boolean>();

/** "JNU VC" in "The JNU Vice Chancellor, …": a name whose last word is a short form, printed
 *  with that word spelt out. */
function prefixedShortForm(value: string, text: string): boolean {
  // (The cheap tests first: most answers end on no short form.)
  const cut = value.lastIndexOf(' ');
  const short = cut > 0 ? value.slice(cut + 1) : '';
  if (short.length < 2 || short.length > 4 || !/^\p{Lu}+$/u.test(short)) return false;
  const prefix = value.slice(0, cut).trim();
  if (!prefix || !text.includes(prefix)) return false;
  const words = String.raw`\p{Lu}[\p{L}-]*`;
  const spelt = new RegExp(`(?:^|[^\\p{L}])${reEscape(prefix)}\\s+(${words}(?:\\s+${words}){${short.length - 1}})`, 'u').exec(text);
  return !!spelt && spelt[1].split(/\s+/).map((w) => w[0]).join('') === short;
}

/** Whether a text names someone by this surname alone: not "Ratan Tata" or "Tata Sons" where the
 *  answer is JRD Tata (another given name before it, or a longer name it opens). */
function surnameOf(text: string, surname: string, fullName: string): boolean {
  return wholeWordSpans(text, surname).some(([s, e]) => !afterGivenName(text, s, fullName) && !/^\s+\p{Lu}/u.test(text.slice(e, e + 3)));
}

/** An entry's capitalised words, worked out once: most pairs share no given name at all. */
const CAPITALISED = new WeakMap<SetEntry, Set<string>>();
function capitalisedWords(e: SetEntry): Set<string> {
  let words = CAPITALISED.get(e);
  if (!words) CAPITALISED.set(e, (words = new Set(e.text.match(/\p{Lu}\p{Ll}+/gu) ?? [])));
  return words;
}

/** "Divya, who hails from Nagpur …" shows Divya Deshmukh: Indian reports call people by their
 *  given name alone. (Not "Rajiv Gandhi" for Rajiv Kumar: a given name before another name.) */
function givenNameAlone(entry: SetEntry, ans: { given?: string }): boolean {
  const given = ans.given;
  if (!given || !capitalisedWords(entry).has(given)) return false;
  // (Found by hand: a regex per name cost more to compile than every search, and a batch
  // meets thousands of names.)
  return wholeWordSpans(entry.text, given).some(([, end]) => !BEFORE_ANOTHER_NAME.test(entry.text.slice(end, end + 40)));
}

/** What follows a given name that is part of a longer name: "Rajiv Gandhi", "Rajiv's Gandhi …". */
const BEFORE_ANOTHER_NAME = /^(?:\s+\p{Lu}|[’']s\s+\p{Lu})/u;

/** An entry's printed text as padded plain words, worked out once. */
const KEYS = new WeakMap<SetEntry, string>();
/** A short form in brackets inside a name: "the Employment Linked Incentive (ELI) Scheme". */
const BRACKETED_SHORT_FORM = /\s+\(\p{Lu}[\p{Lu}\d&.-]{1,9}\)(?=\s+\p{Lu})/gu;

/** The entry's words as a padded key, a name's bracketed short form left out (the text still has it). */
function keyOf(e: SetEntry): string {
  let key = KEYS.get(e);
  if (key === undefined) KEYS.set(e, (key = ` ${normalizeKey(e.text.replace(BRACKETED_SHORT_FORM, ''))} `));
  return key;
}

function overlaps(a: string, b: string): boolean {
  const [ka, kb] = [` ${normalizeKey(a)} `, ` ${normalizeKey(b)} `];
  return ka.includes(kb) || kb.includes(ka);
}

/** Pairs already judged, per first item: the tries of one article's set ask the same pairs. */
const JUDGED = new WeakMap<Item, WeakMap<Item, boolean>>();

/** Whether either item gives the other away. A true/false prints its whole sentence, so it
 *  shares that sentence with no other item (nor do two true/false items). */
export function conflict(a: SetEntry, b: SetEntry): boolean {
  let row = JUDGED.get(a.item);
  if (!row) JUDGED.set(a.item, (row = new WeakMap()));
  let verdict = row.get(b.item);
  if (verdict === undefined) row.set(b.item, (verdict = judge(a, b)));
  return verdict;
}

function judge(a: SetEntry, b: SetEntry): boolean {
  // ("The Army Aviation Corps raised the first squadron of its Apache attack helicopters in Jodhpur …"
  // beside "The Indian Army on Friday raised its first squadron of Apache attack helicopters in
  // Rajasthan's Jodhpur …": a lead told twice, in other words, is one fact asked twice.)
  if (a.item.sentence !== b.item.sentence && retold(a.item.sentence, b.item.sentence)) return true;
  if (a.item.sentence === b.item.sentence) {
    if (a.item.type === 'truefalse' || b.item.type === 'truefalse') return true;
    // "New Zealand" and "the New Zealand government" from one sentence: one fact asked twice.
    if (a.answers.some((x) => b.answers.some((y) => overlaps(x.value, y.value)))) return true;
  }
  // ("What was India's rank in the Global Hunger Index?" → 111th, and "put the country at _____
  // (out of 125)" → 111: a rank written as an ordinal and as a bare figure is one fact.)
  const own = (x: Answer) => !listedApart(x, a.item.sentence, b.item.sentence);
  if (a.answers.some((x) => own(x) && b.answers.some((y) => own(y) && (sameRank(x.value, y.value) || kindApart(x.value, y.value) || kindApart(y.value, x.value) || unShort(x.value) === unShort(y.value))))) return true;
  // ("The _____ mission" → SSLV-D1/EOS-02 and "_____ is an earth observation satellite" → EOS-02:
  // a part of an answer written with its slash is asked with it.)
  if (a.answers.some((x) => b.answers.some((y) => slashPart(x.value, y.value) || slashPart(y.value, x.value)))) return true;
  return shows(a, b) || shows(b, a);
}

/** Whether two sentences tell one thing: most of the longer words of the shorter are the other's,
 *  and neither gives a figure the other does not ("decisions were made on 78 issues" beside "…
 *  on 57 issues" are two meetings). */
function retold(a: string, b: string): boolean {
  const [fa, fb]: string[][] = [a.match(/\d[\d,.]*/g) ?? [], b.match(/\d[\d,.]*/g) ?? []];
  if (fa.some((f) => !fb.includes(f)) && fb.some((f) => !fa.includes(f))) return false;
  const [x, y] = [contentWords(a), contentWords(b)];
  const small = x.size <= y.size ? x : y;
  const large = small === x ? y : x;
  if (small.size < RETOLD_MIN_WORDS) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size >= RETOLD_SHARE;
}
const RETOLD_MIN_WORDS = 8;
const RETOLD_SHARE = 0.8;
/** Words of four letters or more that say nothing of what a sentence is about. */
const FUNCTION_WORDS = new Set('that were with from have been this their which will also said says stated told made during after before into over about more than such there these those them they what when where while would could should other being under upon'.split(' '));
/** A sentence's words of four letters or more, lower-cased, read once per sentence. */
const CONTENT = new Map<string, Set<string>>();
function contentWords(sentence: string): Set<string> {
  let words = CONTENT.get(sentence);
  if (!words) {
    if (CONTENT.size > 5000) CONTENT.clear();
    CONTENT.set(sentence, (words = new Set((sentence.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w)))));
  }
  return words;
}

/** "EOS-02 is an earth observation satellite …" beside the blank of "SSLV-D1/EOS-02": a part of a
 *  slashed answer, printed. */
function slashPartIn(value: string, text: string): boolean {
  return value.includes('/') && value.split('/').some((p) => p.trim().length >= 4 && containsWholeWord(text, p.trim()));
}

/** "SevaNidhi" beside the blank of "Seva Nidhi" (and the other way round): one name, written
 *  closed up or as two words. */
function closedUpIn(value: string, text: string): boolean {
  const v = value.trim();
  if (TWO_WORD_NAME.test(v)) return containsWholeWord(text, v.replace(/\s+/g, ''));
  if (CLOSED_UP_NAME.test(v)) return containsWholeWord(text, v.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));
  return false;
}
const TWO_WORD_NAME = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}$/u;
const CLOSED_UP_NAME = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+){1,2}$/u;

function slashPart(whole: string, part: string): boolean {
  return whole.includes('/') && whole.split('/').some((p) => p.trim() === part.trim());
}

/** "Exercise KHANJAR" and "KHANJAR", "Operation Sindoor" and "Sindoor": one name, written with
 *  the word of its kind and without; asked twice, one fact is. */
function kindApart(longer: string, shorter: string): boolean {
  const [l, s] = [longer.trim().toLowerCase(), shorter.trim().toLowerCase()];
  if (s.length < 3 || l === s) return false;
  const rest = l.startsWith(`${s} `) ? l.slice(s.length + 1) : l.endsWith(` ${s}`) ? l.slice(0, -s.length - 1) : null;
  return rest !== null && KIND_WORD.test(rest);
}
const KIND_WORD = /^(?:exercise|operation|mission|project|scheme|programme|program|yojana|abhiyan|campaign|initiative|satellite|rocket|missile|cyclone|storm|river|lake|dam|festival|summit|the)$/;

/** "United Nations Human Rights Council" and "UN Human Rights Council": one body, asked once. */
function unShort(name: string): string {
  return name.trim().toLowerCase().replace(/^(?:the\s+)?united nations\s/, 'un ');
}

function sameRank(a: string, b: string): boolean {
  const ordinal = /^(\d+)(?:st|nd|rd|th)$/;
  const [oa, ob] = [ordinal.exec(a.trim()), ordinal.exec(b.trim())];
  return (!!oa && oa[1] === b.trim()) || (!!ob && ob[1] === a.trim());
}
