/**
 * The set an article's quiz prints: its facts in order of how central they are to the story
 * (the headline's news first), each asked once in the type that suits it, none printing
 * another's answer, and no more items than the article has facts worth asking.
 */
import { nameInitials } from '../util/acronym.js';
import { headlineNewsOf } from '../util/became-of.js';
import { MONTH_ALTERNATION } from '../util/calendar.js';
import type { Fact, Item, ItemType } from '../types.js';
import { answerParts, centralityOf, NEWS, textBeforeBlank, undatedOffice, type Centrality } from './centrality.js';
import { containsWord, namesStructure, sameValue } from './equivalence.js';
import { parseDate } from './date-forms.js';
import { canMerge, mergeCloze } from './items/cloze-merge.js';
import { exists, type Candidate } from './select.js';
import { typeOrder } from '../util/type-order.js';
import { compareIds } from '../util/compare-ids.js';
import { normalizeKey } from '../util/ids.js';
import { TOPIC_MENTIONS } from '../util/topic-mentions.js';
import { conflict, givesItselfAway, listedApart, setEntry, shows, type Answer, type SetEntry } from './set-conflicts.js';
import { asksOffice, describedBy, describedByQuestion, describedByRole, describedLaunch, describedPerson, describedRecord, describedWinner, heldNow, withDescriptions, type Described } from './describe-people.js';
import { headlineReferent, type HeadlineReferent } from './headline-referent.js';
import { withoutAuthors } from './unnamed-author.js';
import { withoutAsides } from './without-aside.js';
import { appositiveAlone } from './appositive-alone.js';
import { withoutSchemeName } from './unnamed-scheme.js';
import { withoutCount } from './without-count.js';
import { codeAliases } from './code-aliases.js';
import { containsWholeWord } from '../util/whole-word.js';

function shortSetValue(items: number): number {
  return Math.min(items, SHORT_SET) * SHORT_SET_ITEM_VALUE;
}

/** A fact below this confidence is not worth a student's time, even in a short set. */
const MIN_FACT_SCORE = 0.3;
/** What asking the headline's fact adds to a set's worth, beyond its centrality. (0.8 let a try
 *  without the headline's answer win on four more small items, where that answer was printed in
 *  many: "University of Southern Indiana", the Warhol exhibit's news.) */
const HEADLINE_BONUS = 1.5;
/** Centrality within which facts rank first alike (one sentence's, told apart by a mention). */
const HEADLINE_TIE = 0.02;
/** How far behind the first a headline name's news question still counts as the headline's fact. */
const HEADLINE_NEWS_TIE = 0.05;
/** How close two tries' worth must be to count as the same. */
const SET_VALUE_TIE = 0.05;
/** How much more a try without the headline's fact must be worth than a full set that asks it. */
const FULL_SET_MARGIN = 0.5;
/** What asking the figure the headline prints adds to a set's worth, beyond its centrality. */
const HEADLINE_FIGURE_VALUE = 0.3;
/** What any asked fact adds to a set's worth, beyond its centrality. */
const ITEM_VALUE = 0.1;
/** What each of a set's first items adds beyond that: a set shorter than a sheet's section
 *  ("Who is a key economic adviser …?" → Bibek Debroy, and one item beside it, the name barring
 *  the rest of an obituary) is a poorer quiz than six items without the name. */
const SHORT_SET_ITEM_VALUE = 0.3;
const SHORT_SET = 6;
/** How many of the first try's most barring entries are each tried without. */
const VARIANTS = 6;
/** How many of the best try's most barring entries are tried without as well. */
const SECOND_VARIANTS = 2;
/** Confidence a fact needs to join another's cloze as a second blank. */
const MIN_MERGE_SCORE = 0.45;
/** Answers a headline may give the lead's cloze as a second blank before the rest of the set. */
const EARLY_BLANK = new Set<Fact['answerType']>(['number', 'term', 'date', 'year']);
/** Kinds of fact one set may carry only so many of. */
const KIND_CAPS: readonly (readonly [(f: Fact) => boolean, number])[] = [
  // "Who said that …?" three times over is a sheet of quotations, not of the news.
  [(f) => f.pattern === 'quote', 1],
  // A statistics release is more than its sub-figures ("coal output expanded at _____",
  // "electricity generation was up by _____", "GVA growth in mining is _____", …): the headline's
  // figure and three more, the most central.
  [(f) => f.answerType === 'number', 4],
  // ("Who was the President of the United States, according to the article?", "… the Prime
  // Minister of Israel …?", "… the President of the UAE …?": the leaders a summit story names in
  // passing are background; one such question is enough, the rest a roll call.)
  [undatedOffice, 1],
];
/** A preposition of place before a name (its owner's possessive between): "in Haryana's _____". */
const LOCATIVE_BEFORE = /\b(?:in|with|from|at|of|to|amid|near|across|into|off)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?$/u;
/** Words a second blank of a cloze may have. */
const MAX_EXTRA_WORDS = 5;
/** Words between the lead's blank and the headline's figure or term added to it. */
const HEADLINE_BLANKS_GAP = 2;
/** Blanks one cloze may carry. */
const MAX_BLANKS = 2;
/** How far below a plain cloze of the same answer a news pattern's question may rank and still
 *  be asked before it. */
const NEWS_OVER_CLOZE = 0.06;
/** How many of the article's fact sentences name a name by its initials ("AMU"). */
function shortFormMentions(f: Fact, facts: readonly Fact[]): number {
  const short = nameInitials(f.answer);
  return short ? new Set(facts.filter((g) => containsWord(g.sentence, short)).map((g) => g.sentence)).size : 0;
}
/** A relative clause the blank stands in: ", which had ruled that ". */
const RELATIVE_BEFORE = /,\s+(?:which|who|whose)\s[^;]*$/;
/** Share of a set per type when all types are on. */
const SHARE: Record<ItemType, number> = { short: 0.3, cloze: 0.2, mcq: 0.3, truefalse: 0.12, statements: 0.08 };

/** Kinds of answer the analyser may tell apart wrongly for one name. */
const NAMES: ReadonlySet<Fact['answerType']> = new Set(['organisation', 'term']);

type AnswerClass = 'figure' | 'name' | 'term' | 'blank';

function answerClass(f: Fact): AnswerClass {
  if (f.pattern === 'cloze') return 'blank';
  if (f.answerType === 'number' || f.answerType === 'year' || f.answerType === 'date') return 'figure';
  return f.answerType === 'term' ? 'term' : 'name';
}

/** How well each type suits a kind of answer: a figure is best chosen among near values, a
 *  person or place recalled or chosen, a term recalled in its sentence. */
const SUITS: Record<AnswerClass, Partial<Record<ItemType, number>>> = {
  figure: { mcq: 1, short: 0.8, cloze: 0.6, truefalse: 0.45 },
  name: { short: 1, mcq: 0.95, cloze: 0.5, truefalse: 0.45 },
  term: { cloze: 1, short: 0.85, truefalse: 0.45 },
  blank: { cloze: 1, mcq: 0.9, truefalse: 0.4 },
};

export interface SetOptions {
  types: readonly ItemType[];
  max: number;
  headline: string;
  /** Statements items over the facts the set has not asked (made only if there is room). */
  statements?: (unasked: Fact[]) => Candidate[];
}

class SetBuilder {
  readonly entries: SetEntry[] = [];
  private readonly perType = new Map<ItemType, number>();
  readonly asked = new Set<string>();
  /** Facts asked by an item whose answer the student must give (not a true/false, which prints it). */
  readonly recalled = new Set<string>();
  /** People the set asks for whose office its question names. */
  private readonly people: Described[] = [];

  constructor(
    private readonly want: Map<ItemType, number>,
    readonly max: number,
    /** Launched things the article's facts can describe, called so once the set asks them. */
    private readonly things: readonly Described[] = [],
    /** People the article's facts ask for by an office: called so once the set asks them any way. */
    private readonly officeHolders: readonly Described[] = [],
    /** The article's day, when known: an office asked long before it is no description now. */
    private readonly asOf?: string,
  ) {}

  get full(): boolean {
    return this.entries.length >= this.max;
  }

  /** The article's codes written as pairs ("GSAT-7R (CMS-03)"), each to the other. */
  aliases: ReadonlyMap<string, string> = new Map();

  /** How many candidates each entry has barred: the entries worth trying the set without. */
  readonly barring = new Map<SetEntry, number>();

  /** The first entry the item conflicts with (counted in `barring`), or null. */
  private barOf(entry: SetEntry, ignore?: SetEntry): SetEntry | null {
    const bar = this.entries.find((e) => e !== ignore && (conflict(e, entry) || this.aliasShown(e, entry) || this.aliasShown(entry, e))) ?? null;
    if (bar) this.barring.set(bar, (this.barring.get(bar) ?? 0) + 1);
    return bar;
  }

  /** Whether `b` prints the other code of one of `a`'s answers ("CMS-03" for GSAT-7R). */
  private aliasShown(a: SetEntry, b: SetEntry): boolean {
    if (!this.aliases.size) return false;
    return a.answers.some((x) => {
      const alias = this.aliases.get(x.value);
      return alias !== undefined && containsWholeWord(b.text, alias, false);
    });
  }

  fits(item: Item, ignore?: SetEntry): SetEntry | null {
    const entry = setEntry(item);
    return givesItselfAway(entry) || this.barOf(entry, ignore) ? null : entry;
  }

  /** The item as it fits: as it is, or with the people the set asks for called by their office. */
  fitting(item: Item): SetEntry | null {
    const entry = setEntry(item);
    const bar = this.barOf(entry);
    if (!bar) return entry;
    const rewrite = rewritesOf(item, bar);
    // ("The latest UNDP report noted …" where UNDP is asked: "The latest report noted …".)
    const unnamed = rewrite('unnamed', () => withoutAuthors(item, bar.answers));
    const fitsUnnamed = unnamed && this.fits(unnamed);
    if (fitsUnnamed) return fitsUnnamed;
    // ("The test missile, developed by … DRDO laboratories, can carry …" where DRDO is asked.)
    const trimmed = rewrite('trimmed', () => withoutAsides(unnamed ?? item, bar.answers));
    const fitsTrimmed = trimmed && this.fits(trimmed);
    if (fitsTrimmed) return fitsTrimmed;
    // ("Out of the 57 new KVs, …" where 57 is asked: "Out of the new KVs, …".)
    const uncounted = rewrite('uncounted', () => withoutCount(trimmed ?? unnamed ?? item, bar.answers));
    const fitsUncounted = uncounted && this.fits(uncounted);
    if (fitsUncounted) return fitsUncounted;
    // ("… was recognised for ‘12th Fail’, a biographical drama inspired by … _____" where Vikrant
    // Massey is asked: "‘12th Fail’ is a biographical drama inspired by … _____".)
    const apposed = rewrite('apposed', () => appositiveAlone(item, bar.answers));
    const fitsApposed = apposed && this.fits(apposed);
    if (fitsApposed) return fitsApposed;
    // ("… allocated for One Nation One Subscription for three calendar years" where the scheme is
    // asked: "… allocated for the scheme …".)
    const unnamedScheme = rewrite('scheme', () => withoutSchemeName(item, bar.item));
    const fitsScheme = unnamedScheme && this.fits(unnamedScheme);
    if (fitsScheme) return fitsScheme;
    const redescribed = this.redescribedBar(entry, bar);
    if (redescribed) return redescribed;
    // Only worth a try when a described person's entry is what barred it.
    if (!this.people.some((p) => p.name === bar.item.answer || bar.answers.some((a) => a.value === p.name))) return null;
    const described = withDescriptions(item, this.people);
    return described ? this.fits(described) : null;
  }

  /**
   * "… when Madhya Pradesh Chief Minister Mohan Yadav released them into the _____" above "Who was
   * the Chief Minister of Madhya Pradesh?": the entry that prints the person the item asks for
   * calls them by their office instead (replacing it in the set), where it then fits; or null.
   */
  private redescribedBar(entry: SetEntry, bar: SetEntry): SetEntry | null {
    // (By an office only: "the practising homeopath and Manju Sam" reads as a riddle.)
    if (!asksOffice(entry.item.question)) return null;
    const asked = (p: Described) => entry.answers.some((a) => a.value === p.name);
    const own = heldNow(describedBy(entry.item), entry.item, this.asOf);
    const who = [...this.officeHolders.filter(asked), ...(own && asked(own) ? [own] : [])];
    const other = who.length ? withDescriptions(bar.item, who) : null;
    const described = other && this.fits(other, bar);
    if (!described || conflict(described, entry) || !this.fits(entry.item, bar)) return null;
    this.entries[this.entries.indexOf(bar)] = described;
    return entry;
  }

  /** The item with the people the set asks for called by their description, or null. */
  described(item: Item): Item | null {
    return withDescriptions(item, this.people);
  }

  /** Preference for a type now: its suitability, nudged towards the types still short of their share. */
  weight(type: ItemType, suit: number): number {
    const want = this.want.get(type) ?? 0;
    return suit + 0.35 * (want ? 1 - (this.perType.get(type) ?? 0) / want : -1);
  }

  add(entry: SetEntry, factIds: readonly string[]): void {
    this.entries.push(entry);
    // (The headline's own words for its person, "the Australian woman", read better than the
    // question's whole appositive.)
    const asked = heldNow(describedBy(entry.item), entry.item, this.asOf);
    // (The office of one whose death the story tells is a former one: see officeHolders.)
    const who = asked && (this.officeHolders.find((d) => d.name === asked.name && d.description === asked.description.replace(/^the /, 'the former ')) ?? asked);
    if (who && !this.things.some((t) => t.name === who.name)) this.people.push(who);
    // "approved the _____ scheme …" asks a launched thing as a blank: its fact's question describes it.
    for (const t of [...this.things, ...this.officeHolders]) if (entry.answers.some((a) => a.value === t.name) && !this.people.some((p) => p.name === t.name)) this.people.push(t);
    this.perType.set(entry.item.type, (this.perType.get(entry.item.type) ?? 0) + 1);
    for (const f of factIds) this.asked.add(f);
    if (entry.item.type !== 'truefalse' && entry.item.type !== 'statements') for (const f of factIds) this.recalled.add(f);
  }

  /** Whether an entry prints the fact's answer. */
  prints(f: Fact): boolean {
    const probe: SetEntry = { item: { answer: f.answer } as Item, answers: [{ value: f.answer, type: f.answerType }], text: '', lower: '' };
    return this.entries.some((e) => shows(probe, e));
  }

  answered(f: Fact): boolean {
    // (A cloze of two blanks keeps its first blank's type for both: "on _____ … Governor _____".)
    // (A body's short form the analyser read as a term is the body still: "MoSPI noted …".)
    // (The same words are the same answer whatever the analyser took them for: "Triple Talaq"
    // read as a name in one sentence, "triple talaq" as a term in the next.)
    // ("Chenab" asked as a term, "Chenab Rail Bridge" read as a place: one bridge.)
    const kindsMeet = (a: { type: Fact['answerType']; value: string }, value: string) => a.type === f.answerType || (NAMES.has(a.type) && NAMES.has(f.answerType)) || ((a.type === 'place' || f.answerType === 'place') && (namesStructure(a.value) || namesStructure(value)));
    const ownList = (e: SetEntry, a: Answer) => listedApart(a, e.item.sentence, f.sentence);
    const asks = (value: string) => this.entries.some((e) => e.answers.some((a) => !ownList(e, a) && (((e.answers.length > 1 || kindsMeet(a, value)) && sameAnswer(a.value, value, f.answerType)) || normalizeKey(a.value) === normalizeKey(value))));
    if (asks(f.answer)) return true;
    // ("Sakar Vishwa Hari Bhole Baba" is asked where the set asks "Bhole Baba": a person's fuller
    // name ending on the name the set asks.)
    // (Either may be read as a term: "Sakar Vishwa Hari Bhole Baba" ran with his titles.)
    const personal = (t: Fact['answerType']) => t === 'person' || t === 'term';
    if (personal(f.answerType) && this.entries.some((e) => e.answers.some((a) => !ownList(e, a) && personal(a.type) && (a.type === 'person' || f.answerType === 'person') && endsOnName(a.value, f.answer)))) return true;
    // ("CMS-03" is asked where the set asks "GSAT-7R (CMS-03)".)
    const alias = this.aliases.get(f.answer);
    if (alias && asks(alias)) return true;
    // ("EOS-01" is asked where the set asks the satellite "EOS": a code with its number and without.)
    const stem = codeStem(f.answer);
    if (this.entries.some((e) => e.answers.some((a) => (stem !== null && a.value === stem) || codeStem(a.value) === f.answer))) return true;
    // ("one nation, one election" is asked as its parts, "one nation" and "one election".)
    const parts = answerParts(f.answer);
    if (parts.length > 1 && parts.every(asks)) return true;
    // ("… assumed office as the CAG on August 8, 2020" and "Mr. Murmu was appointed CAG in August
    // 2020": one event's date at two precisions, in sentences of the same names, is one fact.)
    const month = f.answerType === 'date' ? monthOf(f.answer) : null;
    return month !== null && this.entries.some((e) => e.answers.some((a) => a.type === 'date' && a.value !== f.answer && monthOf(a.value) === month) && sharesName(e.item.sentence, f.sentence));
  }
}

/** An item rewritten so as not to print what a bar asks, by item, bar and rewrite: every try of
 *  a set meets the same pairs again, and the same rewritten item keeps the pairs judged for it
 *  (a new one each try was judged afresh against every entry). Each is made only when asked
 *  for, as before: the set's tries still fit the same items in the same order. */
const REWRITES = new WeakMap<Item, WeakMap<SetEntry, Map<string, Item | null>>>();
function rewritesOf(item: Item, bar: SetEntry): (how: string, make: () => Item | null) => Item | null {
  let byBar = REWRITES.get(item);
  if (!byBar) REWRITES.set(item, (byBar = new WeakMap()));
  let made = byBar.get(bar);
  if (!made) byBar.set(bar, (made = new Map()));
  const row = made;
  return (how, make) => {
    let out = row.get(how);
    if (out === undefined) row.set(how, (out = make()));
    return out;
  };
}

/** "EOS-01" → "EOS": a code's letters without its number; null for anything else. */
function codeStem(value: string): string | null {
  return /^(\p{Lu}{2,6})-\d{1,3}$/u.exec(value.trim())?.[1] ?? null;
}

/** Whether one name of two words or more ends the other: "Bhole Baba", "Sakar Vishwa Hari Bhole Baba". */
function endsOnName(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a.trim(), b.trim()] : [b.trim(), a.trim()];
  return /\s/.test(short) && long.endsWith(` ${short}`);
}

/** "August 8, 2020", "8 August 2020", "August 2020" → "8 2020" (read as sameValue reads dates);
 *  null for a date without both month and year, or with more words than the date. */
function monthOf(date: string): string | null {
  const form = parseDate(date.trim());
  const whole = form !== null && form.prefix === '' && form.suffix === '';
  return whole && (form.kind === 'mdy' || form.kind === 'dmy' || form.kind === 'my') ? `${form.month} ${form.year}` : null;
}

/** Whether two sentences name one same person or body (a capitalised word past their first). */
function sharesName(a: string, b: string): boolean {
  const names = (t: string) => new Set((t.match(/(?<=\s)\p{Lu}[\p{L}-]{2,}/gu) ?? []).filter((w) => !MONTH_WORD.test(w)));
  const first = names(a);
  return [...names(b)].some((w) => first.has(w));
}
const MONTH_WORD = new RegExp(`^(?:${MONTH_ALTERNATION})$`, 'i');

/** sameValue, remembered (by type, then each answer, so no key is built): every try of a set
 *  asks it again for the same pairs. */
const SAME = new Map<string, Map<string, Map<string, boolean>>>();
let remembered = 0;
function sameAnswer(a: string, b: string, type: Fact['answerType']): boolean {
  if (a === b) return true;
  let byType = SAME.get(type);
  if (!byType) SAME.set(type, (byType = new Map()));
  let row = byType.get(a);
  if (!row) byType.set(a, (row = new Map()));
  let same = row.get(b);
  if (same === undefined) {
    if (++remembered > 50_000) {
      SAME.clear();
      remembered = 0;
    }
    row.set(b, (same = sameValue(a, b, type)));
  }
  return same;
}

function wantedPerType(types: readonly ItemType[], max: number): Map<ItemType, number> {
  const total = types.reduce((s, t) => s + SHARE[t], 0);
  return new Map(types.map((t) => [t, Math.max(1, (SHARE[t] / total) * Math.min(max, 20))]));
}

/** The fact's candidates, best type first for this set. */
function preferred(f: Fact, own: Candidate[], set: SetBuilder, first: ItemType | null): Candidate[] {
  const suits = SUITS[answerClass(f)];
  const weigh = (c: Candidate) => set.weight(c.item.type, suits[c.item.type] ?? 0) + (c.item.type === first ? 1 : 0);
  return own.filter((c) => suits[c.item.type] !== undefined).sort((a, b) => weigh(b) - weigh(a));
}

/** "The Union Cabinet approved the {{c1::National Mission …}} with an outlay of {{c2::Rs 10,103
 *  crore}}": a lead whose news is a name and its figure asks both in one cloze, where a question
 *  for the name would bar the figure (its own text names what the figure belongs to). */
function withFigure(f: Fact, own: readonly Candidate[], input: SetInput): boolean {
  const { ordered: facts, byFact } = input;
  const cloze = own.find((c) => c.item.type === 'cloze');
  // (A count or an amount: a date beside a name is no part of the news worth a second blank.)
  const figure = (x: Fact) => x.answerType === 'number';
  // (Not a person a news pattern asks: "_____, the star who … spanning 300 films …, died" asks
  // the star better as "Which beloved Hindi cinema star passed away?".)
  // (Nor the Nth of something, whose question says what it was the Nth of: "Which was admitted as
  // the 21st member of the G20?", where the cloze's blank stands before those words.)
  if (!cloze || figure(f) || (NEWS.has(f.pattern) && (f.answerType === 'person' || f.pattern === 'ordinal'))) return false;
  return facts.some((g) => {
    if (g === f || g.sentence !== f.sentence || g.score < MIN_FACT_SCORE || !figure(g)) return false;
    const other = byFact.get(g.id)?.find((c) => c.item.type === 'cloze');
    return other !== undefined && canMerge(cloze.item, other.item);
  });
}

/** "… including 10 children and _____ women", "… VK Gupta and retired bureaucrat _____": the
 *  last of a list, or a part of a breakdown, is no second blank worth a card beside the first. */
function listedAfter(f: Fact): boolean {
  const at = f.sentence.indexOf(f.answer);
  if (at < 0) return false;
  const before = f.sentence.slice(Math.max(0, at - 80), at);
  return (f.answerType === 'number' && INCLUDING_BEFORE.test(before)) || (f.answerType === 'person' && NAME_AND_BEFORE.test(before));
}
const INCLUDING_BEFORE = /\bincluding\s+[^,;]{0,40}$/;
const NAME_AND_BEFORE = /\p{Lu}[\p{L}.-]*\s+and\s+(?:[\p{Ll}-]+\s+){0,3}$/u;

/** Clozes already merged, by their two parts: every try of a set merges the same pairs, and
 *  the same merged item keeps the pairs judged for it. */
const MERGED = new WeakMap<Item, WeakMap<Item, Item>>();
function mergedOnce(base: Item, extra: Item): Item {
  let row = MERGED.get(base);
  if (!row) MERGED.set(base, (row = new WeakMap()));
  let merged = row.get(extra);
  if (!merged) row.set(extra, (merged = mergeCloze(base, extra)));
  return merged;
}

/** Adds more blanks of the same sentence to the set's clozes, for facts not asked yet. */
function mergeClozes(set: SetBuilder, input: SetInput, skip: (f: Fact) => boolean, minGap?: number): void {
  const { byFact, ordered: facts, headlined } = input;
  set.entries.forEach((first, at) => {
    // (A blank that long is a name to copy out: one such blank is a card, two are a chore.)
    if (first.item.type !== 'cloze' || first.item.answer.split(/\s+/).length > MAX_EXTRA_WORDS) return;
    let entry = first;
    for (const f of facts) {
      if ((entry.item.answers?.length ?? 1) >= MAX_BLANKS) break;
      // A second blank must be worth a card of its own, not a figure the sentence mentions in passing.
      // (The lead item's sentence is the news: any fact worth asking joins it.)
      // (So is a figure the headline states: "… to spend ₹1.31 lakh cr in 5 years".)
      const min = at === 0 || headlined.has(f.id) ? MIN_FACT_SCORE : MIN_MERGE_SCORE;
      // (Not the day the lead's news happened on, unless the headline gives it: "India and the US
      // on _____, finalised defence deals worth _____" asks a weekday beside the news.)
      if (f.answerType === 'date' && !headlined.has(f.id) && f.pattern === 'cloze') continue;
      // (Nor a place the headline names where it only says where: "… rare earth magnet parks in
      // _____" under "… parks in Gujarat" is read off the sheet's title. "_____ has retained the top
      // spot" is the news, and joins.)
      // (Nor, beside the lead's news, the story's own country or a year that labels its season:
      // "… as _____ beat England by just _____ runs" → India, "his first title of the _____ season"
      // → 2025, a blank any reader of the headline fills.)
      if (at === 0 && entry.item.answers === undefined && weakSecondBlank(f, input)) continue;
      if (input.headlinePlaces.has(f.id) && LOCATIVE_BEFORE.test(f.sentence.slice(Math.max(0, f.sentence.indexOf(f.answer) - 40), Math.max(0, f.sentence.indexOf(f.answer))))) continue;
      // ("the _____" → Cyclone Warning Division of the India Meteorological Department: a second
      // blank that long is a name to copy out, not a fact to recall beside the first.)
      if (set.asked.has(f.id) || skip(f) || f.sentence !== entry.item.sentence || f.score < min || set.answered(f) || f.answer.split(/\s+/).length > MAX_EXTRA_WORDS || listedAfter(f)) continue;
      const own = byFact.get(f.id)?.find((c) => c.item.type === 'cloze')?.item;
      // (A blank joins its sentence's cloze as the set prints it: its people described.)
      const extra = own && (canMerge(entry.item, own, minGap) ? own : set.described(own));
      if (!extra || !canMerge(entry.item, extra, minGap)) continue;
      const merged = set.fits(mergedOnce(entry.item, extra), entry);
      if (!merged) continue;
      // A new entry in its place: entries are shared by every try of the set.
      set.entries[at] = entry = merged;
      set.asked.add(f.id);
      set.recalled.add(f.id);
    }
  });
}

/** A blank too plain to stand beside the lead's: the story's country (named again and again), or a
 *  bare year the headline does not give. */
function weakSecondBlank(f: Fact, input: SetInput): boolean {
  if (f.answerType === 'country' && input.namedOften.has(f.id)) return true;
  return (f.answerType === 'year' || (f.answerType === 'date' && /^(?:19|20)\d\d$/.test(f.answer))) && !input.headlined.has(f.id);
}

/** A set over the facts in order, leaving out those `skip` names. */
/** What every try of one article's set is built from. */
interface SetInput {
  /** The facts, most central first. */
  ordered: readonly Fact[];
  byFact: Map<string, Candidate[]>;
  opts: SetOptions;
  referent: HeadlineReferent | null;
  /** Facts whose answer the headline names. */
  headlined: ReadonlySet<string>;
  /** Places the headline names, by fact: known to the reader before any item. */
  headlinePlaces: ReadonlySet<string>;
  /** Facts whose answer the story names again and again (its topic or setting). */
  namedOften: ReadonlySet<string>;
}

function buildSet(input: SetInput, skipping: (f: Fact) => boolean): SetBuilder {
  const { ordered, byFact, opts, referent } = input;
  // (A fact kept only to describe its person, "the 1986-batch IPS officer", is never asked.)
  const skip = (f: Fact) => f.describesOnly === true || skipping(f);
  const set = new SetBuilder(wantedPerType(opts.types, opts.max), opts.max, things(ordered, referent), officeHolders(ordered), ordered[0]?.asOf);
  set.aliases = codeAliases(ordered);
  // A true/false prints its whole sentence, barring every answer in it: it comes second, for
  // the facts no recall item could ask.
  for (const pass of [(t: ItemType) => t !== 'truefalse', (t: ItemType) => t === 'truefalse']) {
    for (const f of ordered) {
      if (set.full) break;
      if (f.score < MIN_FACT_SCORE || skip(f) || set.asked.has(f.id) || set.answered(f)) continue;
      if (KIND_CAPS.some(([ofKind, max]) => ofKind(f) && ordered.filter((g) => ofKind(g) && set.asked.has(g.id)).length >= max)) continue;
      const own = (byFact.get(f.id) ?? []).filter((c) => pass(c.item.type));
      const first = set.entries.length === 0 ? (withFigure(f, own, input) ? 'cloze' : 'short') : null;
      for (const c of preferred(f, own, set, first)) {
        // ("The headline inflation is the highest in five years." beside "… surged to an eight-year
        // high of _____": a true/false whose value another item prints is decided by reading it.)
        // (A figure only: a name printed elsewhere, "Hyderabad", leaves "Most passengers were
        // residents of Hyderabad." to judge; the same count or span printed is the same fact told.)
        if (c.item.type === 'truefalse' && f.answerType === 'number' && set.prints(f)) continue;
        const entry = exists(c) ? set.fitting(c.item) : null;
        if (!entry) continue;
        set.add(entry, c.factIds);
        // The lead item's sentence is the news: a second blank the headline names, a figure or
        // a scheme, is added before other items can bar it ("outlay of _____ for … “_____”").
        // (Not a party or a person: "_____ senior leader …" would bar the party's seats.)
        // (Two words apart will do there: "kept the _____ unchanged at _____" → repo rate; 6.5 per cent.)
        // (And the figure that made the lead a cloze: "approved the _____ scheme with an outlay of
        // _____", not the chief minister who presided.)
        if (set.entries.length === 1) {
          mergeClozes(set, input, (g) => skip(g) || !input.headlined.has(g.id) || !EARLY_BLANK.has(g.answerType), HEADLINE_BLANKS_GAP);
          // (A named thing's figure: a place's, "winds of up to _____ km per hour", is no part of it.)
          if (first === 'cloze' && c.item.type === 'cloze' && f.answerType === 'term') mergeClozes(set, input, (g) => skip(g) || g.answerType !== 'number');
        }
        break;
      }
    }
  }
  // A try without an answer must not ask it as a second blank either.
  mergeClozes(set, input, skip);
  return set;
}

const RUNNER_UP = /\brunner-up\b/;
/** A site's kind, ending its name: what its other mentions can call it once it is asked. */
const SITE_KIND = /\s((?:Wildlife |Bird )?Sanctuary|National Park|Tiger Reserve|Biosphere Reserve|Port|Airport|Bridge|Tunnel|Stadium|Dam|Expressway)$/;
/** "Which was declared as Madhya Pradesh’s eighth tiger reserve?" → "Madhya Pradesh’s eighth tiger reserve". */
const NTH_OF_KIND = /^Which was (?:(?:declared|designated|notified) as )?(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,3}[’']s\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+[^?]+)\?$/u;

/** The launched things of an article that a description can call, and the person its headline
 *  describes (remembered per fact list: every try of a set asks again). */
const THINGS = new WeakMap<readonly Fact[], Described[]>();
function things(facts: readonly Fact[], referent: HeadlineReferent | null): Described[] {
  let found = THINGS.get(facts);
  if (!found) {
    // (A satellite's short name, "NISAR", may read as a body's: it is launched all the same.)
    found = facts.filter((f) => f.pattern === 'launched' && (f.answerType === 'term' || f.answerType === 'organisation')).flatMap((f) => describedLaunch(f.question, f.answer, f.sentence) ?? []);
    // ("Which party stormed to power in Odisha?": an election's winner, called so where its seats are asked.)
    for (const f of facts) {
      const winner = f.pattern === 'election-won' && f.answerType === 'organisation' && !found.some((d) => d.name === f.answer) ? describedWinner(f.question, f.answer, f.sentence) : null;
      if (winner) found.push(winner);
    }
    // ("Which is India's longest cable-stayed bridge?": a thing's record, called so where it is asked.)
    for (const f of facts) {
      // ("Which was declared as Madhya Pradesh’s eighth tiger reserve?": a site's place in its kind's
      // count describes it the same way.)
      const asked = f.pattern === 'ordinal' ? NTH_OF_KIND.exec(f.question) : null;
      const question = asked ? `Which is ${asked[1]}?` : f.question;
      const record = (f.pattern === 'superlative' || asked) && f.answerType !== 'person' && f.answerType !== 'country' && !found.some((d) => d.name === f.answer) ? describedRecord(question, f.answer, f.sentence) : null;
      if (record) found.push(record);
    }
    // ("Gandhi Sagar Sanctuary", where the set asks it: "… transported by road to the sanctuary,
    // located over _____ kilometres from Kuno" in its other items, where no other answer is one.)
    // (Only the story's first fact's site, the headline's news: a site the story names everywhere
    // is its topic, asked by no weaker item for the sake of the rest.)
    const first = facts[0];
    const kind = first && (first.answerType === 'place' || first.answerType === 'organisation') && !found.some((d) => d.name === first.answer) ? SITE_KIND.exec(first.answer)?.[1] : undefined;
    const head = kind?.split(' ').pop();
    const site = kind && !facts.some((g) => g.answer !== first.answer && g.answer.endsWith(` ${head}`)) ? describedRecord(`Which is the ${/Sanctuary$/.test(kind) ? 'sanctuary' : kind.toLowerCase()}?`, first.answer, first.sentence) : null;
    if (site) found.push(site);
    const sentence = referent && facts.find((f) => f.id === referent.factId)?.sentence;
    const person = sentence && describedPerson(referent.name, sentence, referent.description);
    if (person) found.push(person);
    THINGS.set(facts, found);
  }
  return found;
}

/** Each person a fact asks for by an office, an award or a first, with the most central such
 *  question's description (remembered per fact list). */
const HOLDERS = new WeakMap<readonly Fact[], Described[]>();
/** "… passed away", "… died": the death told right after a name, within its sentence. */
// (The name's own verb, past an aside: not "Veena George said … a man who died".)
const DIED_AFTER = /^(?:\s*\([^)]{0,20}\))?(?:,[^,;]{1,120},)?\s+(?:has\s+|had\s+)?(?:passed away|died|breathed (?:his|her) last)\b/;
function officeHolders(facts: readonly Fact[]): Described[] {
  let found = HOLDERS.get(facts);
  if (!found) {
    found = [];
    // ("The Governor of Jammu and Kashmir … passed away at the age of 79": an office of one whose
    // death the story tells is a former one.)
    const sentences = [...new Set(facts.map((f) => f.sentence))];
    const died = (name: string) => sentences.some((t) => { const at = t.indexOf(name); return at >= 0 && DIED_AFTER.test(t.slice(at + name.length, at + name.length + 160)); });
    const dead = new Set(facts.filter((f) => f.answerType === 'person' && (f.pattern === 'died' || died(f.answer))).map((f) => f.answer));
    for (const f of facts) {
      if (f.answerType !== 'person' || found.some((d) => d.name === f.answer)) continue;
      const d = heldNow(describedByQuestion(f, false), f, f.asOf) ?? describedByRole(f);
      if (d) found.push(dead.has(f.answer) && d.person && /^the (?!former |late )/.test(d.description) && f.pattern !== 'died' ? { ...d, description: d.description.replace(/^the /, 'the former ') } : d);
    }
    HOLDERS.set(facts, found);
  }
  return found;
}


/** The answers the story keeps naming (its topic): asking one of them bars every item that
 *  names it, so a set is also tried without them. */
function topicAnswers(ordered: readonly Fact[], centrality: Map<string, Centrality>): Fact[] {
  const out: Fact[] = [];
  for (const f of ordered) {
    if (centrality.get(f.id)!.named < TOPIC_MENTIONS || out.some((o) => sameAnswer(o.answer, f.answer, f.answerType))) continue;
    out.push(f);
  }
  return out.slice(0, 3);
}

/**
 * "Who was the first Indian to visit the International Space Station?" before "… Group Captain
 * _____ has piloted his crew back to Earth": of two facts with one answer (a set asks it once),
 * the news pattern's question says what to learn about it, and a plain cloze ranked just above
 * it gives way.
 */
export function newsBeforeCloze(ordered: Fact[], rank: (f: Fact) => number): Fact[] {
  for (let i = 0; i < ordered.length; i++) {
    const f = ordered[i];
    if (!NEWS.has(f.pattern)) continue;
    const j = ordered.findIndex((g, k) => k < i && g.pattern === 'cloze' && g.answerType === f.answerType && rank(g) - rank(f) <= NEWS_OVER_CLOZE && sameAnswer(g.answer, f.answer, f.answerType));
    if (j >= 0) ordered.splice(j, 0, ...ordered.splice(i, 1));
  }
  return ordered;
}

/** "Who was the President of Indonesia, according to the article?" beside "Who was the chief guest
 *  at the 76th Republic Day celebrations?": of two questions of one person, the office no date
 *  anchors gives way to the one that tells the news. */
function undatedOfficeLast(ordered: Fact[]): Fact[] {
  const other = (f: Fact) => ordered.some((g) => g !== f && !undatedOffice(g) && g.pattern !== 'cloze' && g.pattern !== 'quote' && g.answerType === f.answerType && sameAnswer(g.answer, f.answer, f.answerType));
  const late = ordered.filter((f) => undatedOffice(f) && other(f));
  return late.length ? [...ordered.filter((f) => !late.includes(f)), ...late] : ordered;
}

/** Where a figure stands in its sentence: of two figures alike, the first is what the sentence
 *  tells ("evacuated _____ people to 507 rehabilitation centres", not the centres). */
// (Figures only: of two names, the first is as often the plainer, "elevated to the _____ from
// the Delhi High Court" → Supreme Court.)
function blankAt(f: Fact): number {
  return f.answerType === 'number' || f.answerType === 'date' || f.answerType === 'year' ? Math.max(0, f.cloze.indexOf('{{c1::')) : 0;
}

/** The order a set is built in: the most central fact first; of facts alike, the earlier one. */
export function centralFirst(rank: (f: Fact) => number): (a: Fact, b: Fact) => number {
  return (a, b) => rank(b) - rank(a) || a.sentenceIndex - b.sentenceIndex || blankAt(a) - blankAt(b) || compareIds(a.id, b.id);
}

/** The article's set, in worksheet order: by type (the group of the most central item first,
 *  see typeOrder), then most central first. */
export function selectSet(facts: readonly Fact[], candidates: readonly Candidate[], opts: SetOptions): Item[] {
  // (Read once: centrality ranks its fact first, and every try of the set describes its person.)
  const referent = headlineReferent(facts, opts.headline);
  const centrality = centralityOf(facts, opts.headline, referent);
  const rank = (f: Fact) => centrality.get(f.id)!.score;
  const ordered = undatedOfficeLast(newsBeforeCloze(
    [...facts].filter((f) => !centrality.get(f.id)!.offTopic).sort(centralFirst(rank)),
    rank,
  ));
  const byFact = new Map<string, Candidate[]>();
  for (const c of candidates) if (c.factIds.length === 1) byFact.set(c.factIds[0], [...(byFact.get(c.factIds[0]) ?? []), c]);

  // Asking a name bars every other item that prints it: the set is also tried without the
  // answers that barred most in the first try and without the story's topic, and the set worth
  // most (the centrality of what it asks, the headline's fact counting extra) is kept.
  // Each item is worth something of its own too: a set of one headline item beside four the
  // headline's name bars is a poorer quiz than the four.
  // (The headline's fact is any of those ranked first alike: "_____ more wetlands … designated
  // 'Ramsar sites'" asks it by its count as well as by its topic term.)
  // (So is a news pattern's question of a headline name ranked close behind: the seed's "Which was
  // the third country … to set up a 2+2 mechanism with Japan?" beside its lead's subject.)
  // (Where the first is a person the headline names, the lead's figure or date is the news told
  // of them: "extends tenure of CDS Gen Anil Chauhan" → "… as CDS up to _____" → May 2026.)
  // (Only in the lead, and not a year: "part of the 2023 title-winning team" tells of the past.)
  // (So is the headline's own figure told in the lead's paragraph: "Did the 16th census reveal 891
  // Asiatic lions in Gujarat?" → "… a total of _____ lions", not the state it was counted in.)
  const headlineFigure = (f: Fact) => (f.answerType === 'number' || f.answerType === 'date') && f.sentenceIndex <= 1 && centrality.get(f.id)!.inHeadline && ordered.length > 0 && rank(f) >= rank(ordered[0]) - HEADLINE_NEWS_TIE;
  const personInLead = ordered.length > 0 && ordered[0].answerType === 'person' && ordered[0].sentenceIndex === 0 && centrality.get(ordered[0].id)!.inHeadline;
  const newsDetail = (f: Fact) => personInLead && f.answerType === 'date' && !centrality.get(f.id)!.inHeadline;
  // (So is another of the first fact's sentence whose answer the headline prints too: "… to eliminate
  // visceral leishmaniasis, commonly known as kala-azar" under "… eliminate visceral leishmaniasis
  // (kala-azar)", the story's name for it printed in every item.)
  // (Used only within the first fact's sentence, where the test below already stands.)
  const headlineTwin = (f: Fact) => centrality.get(f.id)!.inHeadline && centrality.get(ordered[0].id)!.inHeadline && f.answerType === ordered[0].answerType;
  const lead = ordered.filter((f, i) => i === 0 || (f.sentence === ordered[0].sentence && (rank(f) >= rank(ordered[0]) - HEADLINE_TIE || newsDetail(f) || headlineTwin(f))) || (NEWS.has(f.pattern) && centrality.get(f.id)!.inHeadline && rank(f) >= rank(ordered[0]) - HEADLINE_NEWS_TIE) || headlineFigure(f));
  // (Where a news pattern asks the headline's name, its question is the headline's fact: "Which
  // was the 4th country to achieve space docking?", not "… completed the _____ process" → docking.)
  // (So is one that asks of the headline's thing, beside a blank of that thing in its sentence:
  // "Who was awarded the Booker Prize?" under "Kiran Desai loses out … for Booker Prize", not
  // "… who took home this year's _____ for fiction".)
  const asksOfHeadlined = (f: Fact) => lead.some((g) => g !== f && g.pattern === 'cloze' && g.sentence === f.sentence && centrality.get(g.id)!.inHeadline && containsWholeWord(f.question, g.answer));
  const newsOfHeadline = (f: Fact) => NEWS.has(f.pattern) && (centrality.get(f.id)!.inHeadline || asksOfHeadlined(f));
  // (Or where the headline opens on one of the lead's answers and what became of it, that one:
  // "African Union becomes permanent member of G20 summit which began in Delhi" is the Union's
  // news, not Delhi's.)
  const opensHeadline = (f: Fact) => headlineNewsOf(opts.headline, f.answer);
  // (A plain blank of the story's topic, "which had ruled that _____ … could not be a minority
  // institution" → AMU in a report that names AMU in every paragraph, is no news of the headline's:
  // asked, it bars the items that tell the news.)
  // (Only where the blank stands in a clause about something else: "… case, which had ruled that
  // _____ …". The subject of the news itself, "the _____ flight-tested …", is its fact.)
  // ("AMU" of every paragraph names the Aligarh Muslim University of the lead.)
  const topicBlank = (f: Fact) => f.pattern === 'cloze' && RELATIVE_BEFORE.test(textBeforeBlank(f.cloze)) && Math.max(centrality.get(f.id)!.named, shortFormMentions(f, facts)) >= TOPIC_MENTIONS;
  const headlineNews = (lead.some(newsOfHeadline) ? lead.filter(newsOfHeadline) : lead.some(opensHeadline) ? lead.filter(opensHeadline) : lead).filter((f) => !topicBlank(f));
  // ("Which country was the runner-up of the ICC Women’s World Cup 2025?" beside "Which country won
  // …?" under "… Team India defeat South Africa …": the winner is the headline's fact, the side
  // beaten only its other half.)
  const headlineFacts = headlineNews.some((f) => f.pattern === 'title-won' && !RUNNER_UP.test(f.question)) ? headlineNews.filter((f) => !(f.pattern === 'title-won' && RUNNER_UP.test(f.question))) : headlineNews;
  // (What facts asked add to a set: their centrality, and each of the first few an item's worth.)
  // (The headline's own figure, "winning 78 seats", counts extra wherever the lead tells it: a try
  // that trades it for two small blanks of its sentence is the poorer quiz.)
  // (Not the count a rank is out of: "151 out of 180 countries" ranks India, 180 is the field.)
  const headlinedFigure = (f: Fact) => f.answerType === 'number' && f.sentenceIndex <= 1 && centrality.get(f.id)!.inHeadline && !/\bout\s+of\s+\{\{c1::/.test(f.cloze);
  const factsWorth = (fs: readonly Fact[]) => fs.reduce((v, f) => v + rank(f) + ITEM_VALUE + (headlinedFigure(f) ? HEADLINE_FIGURE_VALUE : 0), 0) + shortSetValue(fs.length);
  // ("Indian men's national team captain _____ … against _____" → Sunil Chhetri; Kuwait, under
  // "Sunil Chhetri set to retire … after Kuwait match": where the headline opens on a person the
  // story names everywhere, their blank bars every other item; the lead's other answer the
  // headline names asks its news as well, the person left named.)
  const opening = headlineFacts.length === 1 && headlineFacts[0].answerType === 'person' && headlineFacts[0].pattern === 'cloze' && centrality.get(headlineFacts[0].id)!.named >= TOPIC_MENTIONS ? headlineFacts[0] : null;
  const alsoHeadline = opening ? facts.filter((f) => f.sentence === opening.sentence && f.id !== opening.id && f.pattern === 'cloze' && centrality.get(f.id)!.inHeadline && !sameAnswer(f.answer, opening.answer, f.answerType)) : [];
  const value = (set: SetBuilder) =>
    // (The headline's fact as a true/false prints its answer: only a recall item asks it.)
    factsWorth(ordered.filter((f) => set.asked.has(f.id))) + ([...headlineFacts, ...alsoHeadline].some((f) => set.recalled.has(f.id)) ? HEADLINE_BONUS : 0);
  // (The try without the person alone, its other blank kept.)
  const personOnly = opening && alsoHeadline.length ? [[{ value: opening.answer, type: opening.answerType }]] : [];
  // (A headline's name the story keeps naming, "the Global Competitiveness Index", is its topic:
  // blanked early it would bar every item that names it.)
  const early = (f: Fact) => centrality.get(f.id)!.inHeadline && centrality.get(f.id)!.named < TOPIC_MENTIONS;
  const headlinePlace = (f: Fact) => (f.answerType === 'place' || f.answerType === 'country') && centrality.get(f.id)!.inHeadline;
  const input: SetInput = { ordered, byFact, opts, referent, headlined: new Set(facts.filter(early).map((f) => f.id)), headlinePlaces: new Set(facts.filter(headlinePlace).map((f) => f.id)), namedOften: new Set(facts.filter((f) => centrality.get(f.id)!.named >= TOPIC_MENTIONS).map((f) => f.id)) };
  let set = buildSet(input, () => false);
  const topics = topicAnswers(ordered, centrality);
  // Only entries that barred something are worth a try without them, the most barring first.
  const barring = [...set.barring].filter(([e, n]) => n >= 2 && e.answers.length).sort((a, b) => b[1] - a[1]);
  // An entry is tried without by its whole answer and each part of it ("Russia and Japan").
  const whole = (e: SetEntry) => [...e.answers, ...(e.answers.length > 1 ? [{ value: e.item.answer, type: e.answers[0].type }] : [])];
  // (The most barring entry of several answers is tried without its whole answer alone too: "Russia
  // and Japan" out, "Russia" may still be asked by the news question the lead holds.)
  const wholeOnly = barring.slice(0, 1).filter(([e]) => e.answers.length > 1).map(([e]) => [{ value: e.item.answer, type: e.answers[0].type }]);
  const barred = [...barring.slice(0, VARIANTS).map(([e]) => whole(e)), ...wholeOnly, ...personOnly, topics.map((t) => ({ value: t.answer, type: t.answerType }))];
  type Answer = { value: string; type: Fact['answerType'] };
  const without = (answers: readonly Answer[]) => (f: Fact) => answers.some((a) => a.type === f.answerType && sameAnswer(f.answer, a.value, a.type));
  // (A try cannot beat the set when all it could still ask is worth no more: not built.)
  const mostWithout = (skip: (f: Fact) => boolean) =>
    factsWorth(ordered.filter((f) => f.score >= MIN_FACT_SCORE && !skip(f))) + ([...headlineFacts, ...alsoHeadline].some((f) => !skip(f)) ? HEADLINE_BONUS : 0);
  // (Of tries worth all but the same, the one asking the headline's fact: the seed's "Which was
  // the third country …?" → Russia, not "After which two countries was Russia the third …?".)
  // (Nor does a try without the headline's fact beat a set that asks it and is a sheet's section
  // already by a few more small items: the seed's 7 items with Russia, not 12 without.)
  const asksHeadline = (x: SetBuilder) => [...headlineFacts, ...alsoHeadline].some((f) => x.recalled.has(f.id));
  const better = (a: SetBuilder, b: SetBuilder) => {
    const by = value(a) - value(b);
    if (asksHeadline(b) && !asksHeadline(a) && b.entries.length >= SHORT_SET) return by > FULL_SET_MARGIN;
    if (Math.abs(by) > SET_VALUE_TIE) return by > 0;
    return asksHeadline(a) === asksHeadline(b) ? by > 0 : asksHeadline(a);
  };
  let best: { set: SetBuilder; left: Answer[] } | null = null;
  for (const answers of barred) {
    // (Nor taken as the best try the second level starts from: nothing less than it can beat the set.)
    if (!answers.length || mostWithout(without(answers)) <= value(set)) continue;
    const other = buildSet(input, without(answers));
    if (!best || value(other) > value(best.set)) best = { set: other, left: answers };
    if (better(other, set)) set = other;
  }
  // One level further: "India" left out, "South Africa" may bar the rest of a match report in
  // turn; the best of those tries is tried again without what barred most in it too.
  if (best) {
    const next = [...best.set.barring].filter(([e, n]) => n >= 2 && e.answers.length).sort((a, b) => b[1] - a[1]);
    for (const [e] of next.slice(0, SECOND_VARIANTS)) {
      const skip = without([...best.left, ...whole(e)]);
      if (mostWithout(skip) <= value(set)) continue;
      const other = buildSet(input, skip);
      if (better(other, set)) set = other;
    }
  }
  if (opts.statements && !set.full) {
    const unasked = ordered.filter((f) => !set.asked.has(f.id) && f.score >= MIN_FACT_SCORE);
    for (const c of opts.statements(unasked)) {
      const entry = !set.full && exists(c) ? set.fits(c.item) : null;
      if (entry) set.add(entry, c.factIds);
    }
  }
  const items = set.entries.map((e) => ({ ...e.item, score: centrality.get(e.item.factId)?.score ?? 0 }));
  const order = typeOrder(items);
  return items.sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type) || b.score - a.score || compareIds(a.id, b.id));
}
