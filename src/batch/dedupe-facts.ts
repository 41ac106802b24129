/**
 * Cross-article near-duplicates: the same story from several sources (or days) should give
 * one set of questions. Two facts from different articles are the same fact when they have
 * the same normalised answer (and answer type) and their questions or their sentences share
 * at least `threshold` of their words (token Jaccard). Of each such pair the better one is
 * kept: the higher score, then the earlier article. Pure; input order decides ties.
 */
import type { ArticleResult } from '../pipeline.js';
import { normalizeKey } from '../util/ids.js';
import { answerKey } from './fact-digest.js';

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

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/** One fact as the duplicate check sees it; its word sets are made only when compared. */
export interface DedupeFact<T = unknown> {
  /** Bucket: `answerType␟normalised answer` (facts are compared only within one). */
  key: string;
  score: number;
  sentenceIndex: number;
  words: () => WordSets<T>;
}

interface WordSets<T> {
  question: ReadonlySet<T>;
  sentence: ReadonlySet<T>;
}

interface Candidate<T> {
  fact: DedupeFact<T>;
  articleIndex: number;
  factIndex: number;
}

function isNearDuplicate<T>(a: WordSets<T>, b: WordSets<T>, threshold: number): boolean {
  return jaccard(a.question, b.question) >= threshold || jaccard(a.sentence, b.sentence) >= threshold;
}

/** Best first: higher score, then earlier article, then earlier sentence. */
function better<T>(a: Candidate<T>, b: Candidate<T>): number {
  return b.fact.score - a.fact.score || a.articleIndex - b.articleIndex || a.fact.sentenceIndex - b.fact.sentenceIndex;
}

/**
 * Candidates that cannot reach the threshold with `c` are skipped cheaply by size: Jaccard
 * ≤ min/max of the two sizes. Facts are compared only within one answer bucket, so a big
 * batch costs about (facts per answer)² comparisons, not (all facts)².
 */
function sizeAllows(a: ReadonlySet<unknown>, b: ReadonlySet<unknown>, threshold: number): boolean {
  const [lo, hi] = a.size <= b.size ? [a.size, b.size] : [b.size, a.size];
  return hi === 0 || lo / hi >= threshold;
}

/** Per article, the indexes of its facts that repeat a better fact of another article. */
export function findDuplicates<T>(articles: readonly (readonly DedupeFact<T>[])[], threshold = DEFAULT_DUPLICATE_THRESHOLD): Set<number>[] {
  const buckets = new Map<string, Candidate<T>[]>();
  articles.forEach((facts, articleIndex) => {
    facts.forEach((fact, factIndex) => {
      const c: Candidate<T> = { fact, articleIndex, factIndex };
      const bucket = buckets.get(fact.key);
      if (bucket) bucket.push(c);
      else buckets.set(fact.key, [c]);
    });
  });
  const dropped = articles.map(() => new Set<number>());
  for (const bucket of buckets.values()) {
    if (bucket.length < 2 || new Set(bucket.map((c) => c.articleIndex)).size < 2) continue;
    const kept: (Candidate<T> & WordSets<T>)[] = [];
    for (const candidate of [...bucket].sort(better)) {
      const c = { ...candidate, ...candidate.fact.words() };
      const dup = kept.some(
        (k) =>
          k.articleIndex !== c.articleIndex &&
          (sizeAllows(k.question, c.question, threshold) || sizeAllows(k.sentence, c.sentence, threshold)) &&
          isNearDuplicate(k, c, threshold),
      );
      if (dup) dropped[c.articleIndex].add(c.factIndex);
      else kept.push(c);
    }
  }
  return dropped;
}

export function dedupeFacts(results: readonly ArticleResult[], opts: DedupeOptions = {}): DedupeOutcome {
  const dropped = findDuplicates(
    results.map((r) =>
      r.facts.map((f) => ({
        key: answerKey(f),
        score: f.score,
        sentenceIndex: f.sentenceIndex,
        words: () => ({ question: tokenSet(f.question), sentence: tokenSet(f.sentence) }),
      })),
    ),
    opts.threshold ?? DEFAULT_DUPLICATE_THRESHOLD,
  );
  const count = dropped.reduce((n, d) => n + d.size, 0);
  if (count === 0) return { results: [...results], dropped: 0 };
  return {
    results: results.map((r, i) => (dropped[i].size ? { ...r, facts: r.facts.filter((_, j) => !dropped[i].has(j)) } : r)),
    dropped: count,
  };
}
