/**
 * Every value of every answer class seen across a batch of articles, so one article's
 * question can borrow plausible wrong options from its own article first and the batch next.
 */
import type { AnswerType, Fact } from '../types.js';
import { normalizeKey } from '../util/ids.js';
import { roleOf } from './person-roles.js';

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

/** The fact's answer, related values and also-true values, in that order. */
export function poolEntries(fact: Fact): PoolEntry[] {
  const out: PoolEntry[] = [];
  for (const raw of [fact.answer, ...(fact.related ?? []), ...(fact.alsoTrue ?? [])]) {
    const value = raw.trim();
    if (!value) continue;
    const key = `${fact.answerType}\u001f${fact.articleId}\u001f${normalizeKey(value)}`;
    const role = fact.answerType === 'person' ? roleOf(value, fact.sentence) : null;
    out.push({ value, answerType: fact.answerType, articleId: fact.articleId, role, key });
  }
  return out;
}

/** Collects entries into a pool, first seen first, one per key. */
export class PoolBuilder {
  private readonly seen = new Set<string>();
  private readonly values: PoolValue[] = [];

  add(entry: PoolEntry): void {
    if (this.seen.has(entry.key)) return;
    this.seen.add(entry.key);
    this.values.push({ value: entry.value, answerType: entry.answerType, articleId: entry.articleId, role: entry.role });
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

interface PoolIndex {
  byArticle: Map<string, PoolValue[]>;
  /** Keyed by answer type, and by answer type and role for people ("person|minister"). */
  byKind: Map<string, PoolValue[]>;
}

/** Built once per pool (the pool stays plain data; the index is a cache beside it). */
const INDEXES = new WeakMap<DistractorPool, PoolIndex>();

function indexOf(pool: DistractorPool): PoolIndex {
  let index = INDEXES.get(pool);
  if (index) return index;
  index = { byArticle: new Map(), byKind: new Map() };
  const push = <K>(map: Map<K, PoolValue[]>, key: K, p: PoolValue) => {
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  };
  for (const p of pool.values) {
    push(index.byArticle, p.articleId, p);
    push(index.byKind, p.answerType, p);
    if (p.role) push(index.byKind, `${p.answerType}|${p.role}`, p);
  }
  INDEXES.set(pool, index);
  return index;
}

/**
 * Pool values of the given answer types: all of this article's, and a seeded sample of at
 * most OTHER_SAMPLE from other articles (of one role only, when `role` is given).
 */
export function poolValues(
  pool: DistractorPool,
  types: readonly AnswerType[],
  articleId: string,
  random: () => number = () => 0.5,
  role: string | null = null,
): { own: PoolValue[]; other: PoolValue[] } {
  const index = indexOf(pool);
  const own = (index.byArticle.get(articleId) ?? []).filter((p) => types.includes(p.answerType));
  const other: PoolValue[] = [];
  for (const type of types) {
    const list = index.byKind.get(role === null ? type : `${type}|${role}`) ?? [];
    other.push(...sample(list, OTHER_SAMPLE, random).filter((p) => p.articleId !== articleId));
  }
  return { own, other };
}

/** Up to `n` items of a list in list order, from a seeded random window (O(n), not O(list)). */
function sample<T>(list: readonly T[], n: number, random: () => number): T[] {
  if (list.length <= n) return list.slice();
  const start = Math.floor(random() * list.length);
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(list[(start + i) % list.length]);
  return out;
}
