/**
 * Which candidate items of one article make the worksheet: near-duplicates merged, then a
 * greedy pick of the best score, nudged so the mix stays balanced across types and spread
 * over facts rather than asking one fact four ways.
 */
import type { Item, ItemType } from '../types.js';
import { THIRD_PERSON_PRONOUN } from '../util/dangling.js';
import { normalizeKey } from '../util/ids.js';

export interface Candidate {
  item: Item;
  /** Facts the item asks about (several for a statements item). */
  factIds: string[];
  /**
   * Set while the candidate is pending: `item` already holds every field selection reads, and
   * this makes the real item, or null when it cannot be made (a multiple choice without three
   * good distractors). Selection finishes a candidate only when the answer matters, and the
   * pick is the same as if every candidate had been finished first.
   */
  finish?: () => Item | null;
}

/** What a candidate that turned out impossible finishes with, every time it is asked again. */
const IMPOSSIBLE = (): null => null;

/** Finishes a pending candidate in place; whether it exists. */
function exists(c: Candidate): boolean {
  if (!c.finish) return true;
  const item = c.finish();
  c.finish = item ? undefined : IMPOSSIBLE;
  if (item) c.item = item;
  return item !== null;
}

/** Share of a worksheet per type when all types are on. */
const SHARE: Record<ItemType, number> = { short: 0.3, cloze: 0.2, mcq: 0.25, truefalse: 0.15, statements: 0.1 };
/** Each earlier item on the same fact scales a candidate's score by this. */
const REPEAT_FACTOR = 0.7;
/** Each earlier item with the same answer scales a candidate's score by this: a quiz that asks
 *  about many different people, places and numbers teaches more than one about the same name. */
const SAME_ANSWER_FACTOR = 0.75;
/** A type past its share still fills slots nothing else wants. */
const OVER_SHARE_FACTOR = 0.4;
const FRESH_OVER_SHARE_FACTOR = 0.7;
/** A prompt with "his", "their" … (pointing back inside itself) reads less cleanly alone. */
const PRONOUN_FACTOR = 0.85;
const CLOZE_OF_QUESTION_FACTOR = 0.9;

const LEANS = new WeakMap<Item, boolean>();

function leansOnPronoun(item: Item): boolean {
  let leans = LEANS.get(item);
  if (leans === undefined) LEANS.set(item, (leans = THIRD_PERSON_PRONOUN.test(item.question.replace(/“[^”]*”|"[^"]*"/g, ' '))));
  return leans;
}
export const TYPE_ORDER: readonly ItemType[] = ['short', 'cloze', 'mcq', 'truefalse', 'statements'];

/** Word sets of questions: near-duplicate checks compare every pair of an article's candidates. */
const WORDS = new Map<string, Set<string>>();

function words(s: string): Set<string> {
  let set = WORDS.get(s);
  if (!set) {
    if (WORDS.size > 20_000) WORDS.clear();
    set = new Set(normalizeKey(s).split(' ').filter((w) => w.length > 2));
    WORDS.set(s, set);
  }
  return set;
}

function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (!wa.size || !wb.size) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared);
}

/** Same type and fact, or same type and answer with the same sentence or nearly the
 *  same wording. */
export function nearDuplicate(a: Item, b: Item): boolean {
  if (a.type !== b.type) return false;
  if (a.factId === b.factId) return true;
  if (a.type === 'statements') return false;
  if (a.type === 'cloze' && a.sentence === b.sentence && overlaps(a.answer, b.answer)) return true;
  if (normalizeKey(a.answer) !== normalizeKey(b.answer)) return false;
  return a.sentence === b.sentence || similarity(a.question, b.question) >= 0.8;
}

/** "New Zealand" inside "the New Zealand government": the same blank, more or less. */
function overlaps(a: string, b: string): boolean {
  const [ka, kb] = [` ${normalizeKey(a)} `, ` ${normalizeKey(b)} `];
  return ka.includes(kb) || kb.includes(ka);
}

function byScore(a: Candidate, b: Candidate): number {
  return b.item.score - a.item.score || a.item.id.localeCompare(b.item.id);
}

/** Candidates without near-duplicates, keeping the better-scored of each pair. A pending
 *  candidate is finished only when a later one would be dropped as its duplicate. */
export function dedupe(candidates: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of [...candidates].sort(byScore)) if (!duplicateOfKept(kept, c)) kept.push(c);
  return kept;
}

function duplicateOfKept(kept: Candidate[], c: Candidate): boolean {
  for (let i = 0; i < kept.length; i++) {
    if (!nearDuplicate(kept[i].item, c.item)) continue;
    if (exists(kept[i])) return true;
    kept.splice(i--, 1);
  }
  return false;
}

/** Whether more than `max` of the candidates exist, finishing pending ones only until that is known. */
function moreThan(candidates: readonly Candidate[], max: number): boolean {
  let count = candidates.filter((c) => !c.finish).length;
  for (const c of candidates) {
    if (count > max) return true;
    if (c.finish && exists(c)) count++;
  }
  return count > max;
}

function caps(types: readonly ItemType[], max: number): Map<ItemType, number> {
  const total = types.reduce((s, t) => s + SHARE[t], 0);
  return new Map(types.map((t) => [t, Math.max(1, Math.round((SHARE[t] / total) * max))]));
}

/** What `adjusted` needs of a candidate that does not change while picking. */
interface Ranked {
  c: Candidate;
  /** Normalised answer ('' for true/false and statements: their answer says nothing). */
  answer: string;
  /** Score times the factors that depend only on the item itself. */
  base: number;
}

function ranked(c: Candidate): Ranked {
  const answer = c.item.type === 'truefalse' || c.item.type === 'statements' ? '' : normalizeKey(c.item.answer);
  // A fact found by a question pattern is best asked as that question: its cloze comes second.
  const clozeOfQuestion = c.item.type === 'cloze' && c.item.tags[0] !== 'cloze' ? CLOZE_OF_QUESTION_FACTOR : 1;
  return { c, answer, base: c.item.score * clozeOfQuestion * (leansOnPronoun(c.item) ? PRONOUN_FACTOR : 1) };
}

/** At most `max` items, best first by adjusted score (see the constants above). */
export function selectBalanced(candidates: readonly Candidate[], types: readonly ItemType[], max: number): Candidate[] {
  const deduped = dedupe(candidates);
  if (!moreThan(deduped, max)) return deduped.filter(exists);
  const pool = deduped.map(ranked);
  const cap = caps(types, max);
  const perType = new Map<ItemType, number>();
  const perFact = new Map<string, number>();
  const perAnswer = new Map<string, number>();
  const chosen: Candidate[] = [];
  const adjusted = ({ c, answer, base }: Ranked) => {
    // Mean over the item's facts, so a statements item is not punished for covering three.
    const repeats = c.factIds.reduce((n, f) => n + (perFact.get(f) ?? 0), 0) / Math.max(1, c.factIds.length);
    const over = (perType.get(c.item.type) ?? 0) >= (cap.get(c.item.type) ?? 0);
    const sameAnswer = answer ? (perAnswer.get(answer) ?? 0) : 0;
    // An item about something not asked yet may pass its type's share more easily.
    const overFactor = over ? (answer && sameAnswer === 0 ? FRESH_OVER_SHARE_FACTOR : OVER_SHARE_FACTOR) : 1;
    return base * REPEAT_FACTOR ** repeats * SAME_ANSWER_FACTOR ** sameAnswer * overFactor;
  };
  while (chosen.length < max && pool.length) {
    let best = 0;
    let bestScore = adjusted(pool[0]);
    for (let i = 1; i < pool.length; i++) {
      const score = adjusted(pool[i]);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    const [{ c, answer }] = pool.splice(best, 1);
    // A pending pick that cannot be made was never a candidate: pick again without it.
    if (!exists(c)) continue;
    chosen.push(c);
    perType.set(c.item.type, (perType.get(c.item.type) ?? 0) + 1);
    for (const f of c.factIds) perFact.set(f, (perFact.get(f) ?? 0) + 1);
    if (answer) perAnswer.set(answer, (perAnswer.get(answer) ?? 0) + 1);
  }
  return chosen;
}

/** Worksheet order: by type, then best first; ids break ties so the order never wobbles. */
export function worksheetOrder(a: Item, b: Item): number {
  return TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || b.score - a.score || a.id.localeCompare(b.id);
}
