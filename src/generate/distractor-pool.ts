/**
 * Every value of every answer class seen across a batch of articles, so one article's
 * question can borrow plausible wrong options from its own article first and the batch next.
 */
import type { AnswerType, Fact } from '../types.js';
import { normalizeKey } from '../util/ids.js';
import { namesThing } from '../util/named-thing.js';
import { roleOf } from './person-roles.js';
import { SITE_AFTER } from '../lexicon/index.js';

export interface PoolValue {
  value: string;
  answerType: AnswerType;
  articleId: string;
  /** A person's role word as the source sentence gives it ("minister"), else null. */
  role: string | null;
}

/** Plain data: it may be built once per run and shared by every article's generation. */
export interface DistractorPool {
  values: PoolValue[];
}

/** A value a fact lends the pool, with its dedupe key (so a batch can build the pool from
 *  such entries alone, without keeping its facts). */
export interface PoolEntry extends PoolValue {
  /** `answerType␟articleId␟normalised value`: one pool value per key. */
  key: string;
}

/** Words of a body's name, never of a person's. */
export const BODY_WORD = /\b(?:Relations|Council|Committee|Ministry|Department|Association|Foundation|Institute|University|Party|Board|Commission|Society|Union|Corporation|Agency|Organisation|Organization|Bureau|Office|Trust|Federation)\b/;

const CAMPUS_NETWORK = /^(?:the\s+)?(?:Indian Institutes? of (?:Technology|Management|Information Technology)|National Institutes? of Technology|All India Institutes? of Medical Sciences|IITs?|IIMs?|NITs?|AIIMS)$/i;

/** The fact's answer, related values and also-true values, in that order. */
export function poolEntries(fact: Fact): PoolEntry[] {
  const out: PoolEntry[] = [];
  for (const raw of [fact.answer, ...(fact.related ?? []), ...(fact.alsoTrue ?? [])]) {
    const value = raw.trim();
    // "Islamic Relations Alia Salem": a name the analyser ran into a body's is no option.
    if (!value || (fact.answerType === 'person' && (BODY_WORD.test(value) || namesThing(value, fact.sentence)))) continue;
    // ("… with Indian Institute of Technology at the second spot": a network of campuses named
    // without one is no institution an option or a false statement can name.)
    if (CAMPUS_NETWORK.test(value)) continue;
    // ("at H N Reliance hospital": a name before a lower-case site word is that site's, no town to
    // offer among towns.)
    if (fact.answerType === 'place' && siteNamed(value, fact.sentence)) continue;
    const key = `${fact.answerType}\u001f${fact.articleId}\u001f${normalizeKey(value)}`;
    const role = fact.answerType === 'person' ? roleOf(value, fact.sentence) : null;
    out.push({ value, answerType: fact.answerType, articleId: fact.articleId, role, key });
  }
  return out;
}

/** Whether the sentence writes the name before a lower-case site word ("H N Reliance hospital"). */
function siteNamed(value: string, sentence: string): boolean {
  const at = sentence.indexOf(value);
  const word = at < 0 ? undefined : /^\s+(\p{Ll}+)\b/u.exec(sentence.slice(at + value.length))?.[1];
  return word !== undefined && SITE_AFTER.get(word) === 'other';
}

/** Collects entries into a pool, first seen first, one per key. */
// (A person first seen in a sentence that gives no role, "after Manika Batra", takes the role
// another sentence gives them: "shuttlers Lakshya Sen and HS Prannoy".)
export class PoolBuilder {
  private readonly seen = new Map<string, PoolValue>();
  private readonly values: PoolValue[] = [];

  add(entry: PoolEntry): void {
    const known = this.seen.get(entry.key);
    if (known) {
      if (known.role === null && entry.role !== null) known.role = entry.role;
      return;
    }
    const value = { value: entry.value, answerType: entry.answerType, articleId: entry.articleId, role: entry.role };
    this.seen.set(entry.key, value);
    this.values.push(value);
  }

  build(): DistractorPool {
    return { values: this.values };
  }
}

/** Answers, related values and also-true values of all facts, one entry per
 *  (answer type, article, value), in first-seen order. */
export function buildDistractorPool(facts: readonly Fact[]): DistractorPool {
  const builder = new PoolBuilder();
  for (const f of facts) for (const e of poolEntries(f)) builder.add(e);
  return builder.build();
}

/** How many values of other articles one question looks at: a year of newspapers has
 *  hundreds of thousands, and a fair sample of them is as good as all and keeps a batch linear. */
export const OTHER_SAMPLE = 200;

/** Values of one kind, as parallel columns: a sample reads two flat arrays instead of
 *  chasing one object per value across the heap (a batch's pool has hundreds of thousands). */
interface KindColumn {
  values: string[];
  /** Each value's article, as a number from `PoolIndex.articleNo`. */
  articles: number[];
}

interface PoolIndex {
  articleNo: Map<string, number>;
  byArticle: Map<string, PoolValue[]>;
  /** Keyed by answer type, and by answer type and role for people ("person|minister"). */
  byKind: Map<string, KindColumn>;
}

/** Built once per pool (the pool stays plain data; the index is a cache beside it). */
const INDEXES = new WeakMap<DistractorPool, PoolIndex>();

function indexOf(pool: DistractorPool): PoolIndex {
  let index = INDEXES.get(pool);
  if (index) return index;
  index = { articleNo: new Map(), byArticle: new Map(), byKind: new Map() };
  const { articleNo, byArticle, byKind } = index;
  const push = (key: string, value: string, article: number) => {
    const column = byKind.get(key);
    if (column) {
      column.values.push(value);
      column.articles.push(article);
    } else byKind.set(key, { values: [value], articles: [article] });
  };
  for (const p of pool.values) {
    let article = articleNo.get(p.articleId);
    if (article === undefined) articleNo.set(p.articleId, (article = articleNo.size));
    const own = byArticle.get(p.articleId);
    if (own) own.push(p);
    else byArticle.set(p.articleId, [p]);
    push(p.answerType, p.value, article);
    if (p.role) push(`${p.answerType}|${p.role}`, p.value, article);
  }
  INDEXES.set(pool, index);
  return index;
}

/** The role the pool knows a value of this article by, or null: the first such value's, as a
 *  scan of the whole pool would find it (read from the article's own values: a batch's pool
 *  has hundreds of thousands, and every person question asks). */
export function roleInArticle(pool: DistractorPool, articleId: string, value: string): string | null {
  return indexOf(pool).byArticle.get(articleId)?.find((p) => p.value === value && p.role !== null)?.role ?? null;
}

/**
 * Pool values of the given answer types: all of this article's (those `ownFits`), and a seeded
 * sample of at most OTHER_SAMPLE from other articles (of one role only, when `role` is given).
 */
export function poolValues(
  pool: DistractorPool,
  types: readonly AnswerType[],
  articleId: string,
  random: () => number = () => 0.5,
  role: string | null = null,
  ownFits: (p: PoolValue) => boolean = () => true,
): { own: string[]; other: string[] } {
  const index = indexOf(pool);
  const own: string[] = [];
  for (const p of index.byArticle.get(articleId) ?? []) if (types.includes(p.answerType) && ownFits(p)) own.push(p.value);
  const article = index.articleNo.get(articleId) ?? -1;
  const other: string[] = [];
  for (const type of types) {
    const column = index.byKind.get(role === null ? type : `${type}|${role}`);
    if (column) sampleOthers(column, OTHER_SAMPLE, random, article, other);
  }
  return { own, other };
}

/** Up to `n` values of a column in column order, from a seeded random window (O(n), not
 *  O(column)), leaving out the article's own; appended to `out`. */
function sampleOthers(column: KindColumn, n: number, random: () => number, article: number, out: string[]): void {
  const { values, articles } = column;
  const size = values.length;
  const whole = size <= n;
  const start = whole ? 0 : Math.floor(random() * size);
  const count = whole ? size : n;
  for (let i = 0, k = start; i < count; i++, k = k + 1 === size ? 0 : k + 1) if (articles[k] !== article) out.push(values[k]);
}
