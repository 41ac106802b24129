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

/** Answers, related values and also-true values of all facts, one entry per
 *  (answer type, article, value), in first-seen order. */
export function buildDistractorPool(facts: readonly Fact[]): DistractorPool {
  const seen = new Set<string>();
  const values: PoolValue[] = [];
  const add = (value: string, fact: Fact) => {
    const v = value.trim();
    if (!v) return;
    const key = `${fact.answerType}\u001f${fact.articleId}\u001f${normalizeKey(v)}`;
    if (seen.has(key)) return;
    seen.add(key);
    const role = fact.answerType === 'person' ? roleOf(v, fact.sentence) : null;
    values.push({ value: v, answerType: fact.answerType, articleId: fact.articleId, role });
  };
  for (const f of facts) {
    add(f.answer, f);
    for (const v of f.related ?? []) add(v, f);
    for (const v of f.alsoTrue ?? []) add(v, f);
  }
  return { values };
}

/** Pool values of the given answer types, split into this article's and the rest. */
export function poolValues(pool: DistractorPool, types: readonly AnswerType[], articleId: string): { own: PoolValue[]; other: PoolValue[] } {
  const own: PoolValue[] = [];
  const other: PoolValue[] = [];
  for (const p of pool.values) {
    if (!types.includes(p.answerType)) continue;
    (p.articleId === articleId ? own : other).push(p);
  }
  return { own, other };
}
