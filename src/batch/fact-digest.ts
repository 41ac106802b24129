/**
 * What a batch must remember of an article's facts until every article is read, when the
 * facts themselves wait on disk: the cross-article duplicate check's inputs (answer key,
 * score, word sets as 32-bit hashes packed in a string) and the distinct values the facts
 * lend the distractor pool. Plain arrays and strings: few objects, so little heap per article.
 */
import { buildDistractorPool, type PoolEntry } from '../generate/distractor-pool.js';
import type { AnswerType, Fact } from '../types.js';
import { foldKey, normalizeKey } from '../util/ids.js';
import { seedFrom } from '../util/random.js';

export interface FactsDigest {
  /** Per fact: `answerType␟normalised answer`. */
  keys: string[];
  scores: number[];
  sentenceIndexes: number[];
  /** Word hashes of every fact's question, then of each distinct sentence, two UTF-16 units
   *  each (a string is one allocation; an array of numbers is many). */
  words: string;
  /** Where each run of hashes starts, and where the last ends: run i < facts is fact i's
   *  question; run facts + sentenceRun[i] is fact i's sentence (facts share sentences). */
  bounds: number[];
  sentenceRun: number[];
  /** The distinct values all the facts lend the pool, first seen first. */
  pool: { values: string[]; types: AnswerType[]; roles: (string | null)[] };
}

/** An article's facts as JSON (for the spill file) and their digest. */
export interface DigestedFacts {
  json: string;
  digest: FactsDigest;
}

/** The duplicate check's bucket: same answer type and same answer, however written. */
export function answerKey(fact: Fact): string {
  return `${fact.answerType}\u001f${normalizeKey(fact.answer)}`;
}

/** Distinct hashed words of a text (FNV-1a; a collision merely merges two words). Folded
 *  without the key cache: a digest reads each text once, and keeping its key would only grow
 *  the heap the batch holds. */
export function wordHashes(text: string): number[] {
  const key = foldKey(text);
  return key ? [...new Set(key.split(' ').map(seedFrom))] : [];
}

const packHash = (h: number) => String.fromCharCode(h >>> 16, h & 0xffff);

/** The pool entries of these facts, one per value, as the digest keeps them. */
export function digestPool(facts: readonly Fact[]): FactsDigest['pool'] {
  const { values } = buildDistractorPool(facts);
  return { values: values.map((v) => v.value), types: values.map((v) => v.answerType), roles: values.map((v) => v.role) };
}

/** The facts as a batch parks them: JSON for the spill file, and their digest. */
export function digested(facts: readonly Fact[]): DigestedFacts {
  return { json: JSON.stringify(facts), digest: digestFacts(facts) };
}

export function digestFacts(facts: readonly Fact[]): FactsDigest {
  const words: string[] = [];
  const bounds: number[] = [];
  const run = (text: string) => {
    bounds.push(words.length);
    for (const h of wordHashes(text)) words.push(packHash(h));
  };
  for (const f of facts) run(f.question);
  const sentences = new Map<string, number>();
  const sentenceRun = facts.map((f) => {
    let at = sentences.get(f.sentence);
    if (at === undefined) {
      sentences.set(f.sentence, (at = sentences.size));
      run(f.sentence);
    }
    return at;
  });
  bounds.push(words.length);
  return {
    keys: facts.map(answerKey),
    scores: facts.map((f) => f.score),
    sentenceIndexes: facts.map((f) => f.sentenceIndex),
    words: words.join(''),
    bounds,
    sentenceRun,
    pool: digestPool(facts),
  };
}

function unpack(words: string, from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (let i = from; i < to; i++) out.add(((words.charCodeAt(2 * i) << 16) | words.charCodeAt(2 * i + 1)) >>> 0);
  return out;
}

/** Fact i's question and sentence word sets. */
export function digestWordSets(d: FactsDigest, i: number): { question: Set<number>; sentence: Set<number> } {
  const s = d.keys.length + d.sentenceRun[i];
  return {
    question: unpack(d.words, d.bounds[i], d.bounds[i + 1]),
    sentence: unpack(d.words, d.bounds[s], d.bounds[s + 1]),
  };
}

/** The digest's pool values as entries of the article `articleId`. */
export function digestPoolEntries(pool: FactsDigest['pool'], articleId: string): PoolEntry[] {
  return pool.values.map((value, i) => ({
    value,
    answerType: pool.types[i],
    articleId,
    role: pool.roles[i],
    key: `${pool.types[i]}\u001f${articleId}\u001f${normalizeKey(value)}`,
  }));
}
