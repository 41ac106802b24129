/**
 * Cross-article near-duplicates: the same story from several sources (or days) should give
 * one set of questions. Two facts from different articles are the same fact when they have
 * the same normalised answer (and answer type) and their questions or their sentences share
 * at least `threshold` of their words (token Jaccard). Of each such pair the better one is
 * kept: the higher score, then the earlier article. Pure; input order decides ties.
 */
import type { ArticleResult } from '../pipeline.js';
import type { Fact } from '../types.js';
import { normalizeKey } from '../util/ids.js';

export interface DedupeOptions {
  /** Token Jaccard similarity from which two facts are the same fact (default 0.8). */
  threshold?: number;
}

export interface DedupeOutcome {
  results: ArticleResult[];
  /** How many facts were dropped as near-duplicates of a fact of another article. */
  dropped: number;
}

export const DEFAULT_DUPLICATE_THRESHOLD = 0.8;

/** Distinct lower-cased word tokens of a text. */
export function tokenSet(text: string): Set<string> {
  const key = normalizeKey(text);
  return new Set(key ? key.split(' ') : []);
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

interface Candidate {
  fact: Fact;
  articleIndex: number;
  /** Word sets, made only for facts whose answer another article also gives (most have none). */
  question?: Set<string>;
  sentence?: Set<string>;
}

interface Compared extends Candidate {
  question: Set<string>;
  sentence: Set<string>;
}

function isNearDuplicate(a: Compared, b: Compared, threshold: number): boolean {
  return jaccard(a.question, b.question) >= threshold || jaccard(a.sentence, b.sentence) >= threshold;
}

/** Best first: higher score, then earlier article, then earlier sentence. */
function better(a: Candidate, b: Candidate): number {
  return b.fact.score - a.fact.score || a.articleIndex - b.articleIndex || a.fact.sentenceIndex - b.fact.sentenceIndex;
}

/**
 * Candidates that cannot reach the threshold with `c` are skipped cheaply by size: Jaccard
 * ≤ min/max of the two sizes. Facts are compared only within one answer bucket, so a big
 * batch costs about (facts per answer)² comparisons, not (all facts)².
 */
function sizeAllows(a: Set<string>, b: Set<string>, threshold: number): boolean {
  const [lo, hi] = a.size <= b.size ? [a.size, b.size] : [b.size, a.size];
  return hi === 0 || lo / hi >= threshold;
}

export function dedupeFacts(results: readonly ArticleResult[], opts: DedupeOptions = {}): DedupeOutcome {
  const threshold = opts.threshold ?? DEFAULT_DUPLICATE_THRESHOLD;
  const buckets = new Map<string, Candidate[]>();
  results.forEach((r, articleIndex) => {
    for (const fact of r.facts) {
      const key = `${fact.answerType}\u001f${normalizeKey(fact.answer)}`;
      const c: Candidate = { fact, articleIndex };
      const bucket = buckets.get(key);
      if (bucket) bucket.push(c);
      else buckets.set(key, [c]);
    }
  });

  const drop = new Set<Fact>();
  for (const bucket of buckets.values()) {
    if (bucket.length < 2 || new Set(bucket.map((c) => c.articleIndex)).size < 2) continue;
    const kept: Compared[] = [];
    for (const candidate of [...bucket].sort(better)) {
      const c: Compared = { ...candidate, question: tokenSet(candidate.fact.question), sentence: tokenSet(candidate.fact.sentence) };
      const dup = kept.some(
        (k) =>
          k.articleIndex !== c.articleIndex &&
          (sizeAllows(k.question, c.question, threshold) || sizeAllows(k.sentence, c.sentence, threshold)) &&
          isNearDuplicate(k, c, threshold),
      );
      if (dup) drop.add(c.fact);
      else kept.push(c);
    }
  }
  if (drop.size === 0) return { results: [...results], dropped: 0 };
  return {
    results: results.map((r) => ({ ...r, facts: r.facts.filter((f) => !drop.has(f)) })),
    dropped: drop.size,
  };
}
