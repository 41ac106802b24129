/**
 * Cross-article near-duplicates: the same story from several sources (or days) should give
 * one set of questions. Two facts from different articles are the same fact when they have
 * the same normalised answer (and answer type) and their questions or their sentences share
 * at least `threshold` of their words (token Jaccard). Of each such pair one is kept: the one
 * of the earliest-dated article, then the higher score, then the article that comes first by
 * its id. Never by input order: adding a later copy of a story, or a copy whose file sorts
 * first, must not move a fact (and its Anki GUID) away from the article that had it.
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

/** What decides which of two articles keeps a shared fact: its date, then its id. */
export interface ArticleRank {
  /** `YYYY-MM-DD`, or null (ranked after every dated article). */
  date: string | null;
  id: string;
}

interface Candidate<T> {
  fact: DedupeFact<T>;
  articleIndex: number;
  factIndex: number;
  rank: ArticleRank;
}

function isNearDuplicate<T>(a: WordSets<T>, b: WordSets<T>, threshold: number): boolean {
  return jaccard(a.question, b.question) >= threshold || jaccard(a.sentence, b.sentence) >= threshold;
}

/** Best first: the earlier-dated article, higher score, the article first by id, earlier sentence. */
function better<T>(a: Candidate<T>, b: Candidate<T>): number {
  return (
    compareDates(a.rank.date, b.rank.date) ||
    b.fact.score - a.fact.score ||
    (a.rank.id < b.rank.id ? -1 : a.rank.id > b.rank.id ? 1 : 0) ||
    a.fact.sentenceIndex - b.fact.sentenceIndex
  );
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null || b === null) return a === null ? 1 : -1;
  return a < b ? -1 : 1;
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
export function findDuplicates<T>(
  articles: readonly (readonly DedupeFact<T>[])[],
  ranks: readonly ArticleRank[],
  threshold = DEFAULT_DUPLICATE_THRESHOLD,
): Set<number>[] {
  const buckets = new Map<string, Candidate<T>[]>();
  articles.forEach((facts, articleIndex) => {
    facts.forEach((fact, factIndex) => {
      const c: Candidate<T> = { fact, articleIndex, factIndex, rank: ranks[articleIndex] };
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
    results.map((r) => r.article),
    opts.threshold ?? DEFAULT_DUPLICATE_THRESHOLD,
  );
  const count = dropped.reduce((n, d) => n + d.size, 0);
  if (count === 0) return { results: [...results], dropped: 0 };
  return {
    results: results.map((r, i) => (dropped[i].size ? { ...r, facts: r.facts.filter((_, j) => !dropped[i].has(j)) } : r)),
    dropped: count,
  };
}
