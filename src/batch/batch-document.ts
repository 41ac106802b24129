/**
 * A whole batch's document with memory bounded by what the outputs need. As each article is
 * studied its facts go to a spill file and only a digest stays in memory; once all are read,
 * the digests decide the cross-article duplicates and make the distractor pool, and then the
 * articles are generated one by one (over worker threads) from their spilled facts. Gives the
 * same document as `buildDocument(dedupeFacts(results).results)` over the same articles.
 */
import { PoolBuilder, type GenerateOptions } from '../generate/index.js';
import { articleMeta, type ArticleResult } from '../pipeline.js';
import type { ArticleMeta, Fact, Item, QuizDocument } from '../types.js';
import { VERSION } from '../version.js';
import { findDuplicates, type DedupeFact } from './dedupe-facts.js';
import { digested, digestPool, digestPoolEntries, digestWordSets, type DigestedFacts, type FactsDigest } from './fact-digest.js';
import { JsonSpill, type SpillSlot } from './json-spill.js';
import { generateOne, type GenerateOutcome, type GenerateShared, type GenerateTask } from './generate-one.js';
import { ItemStrings } from './share-strings.js';
import { jobsFor } from './auto-jobs.js';
import { WorkerPool } from './worker-pool.js';

interface StudiedArticle {
  meta: ArticleMeta;
  /** Dropped once the pool is built. */
  digest: FactsDigest | null;
  slot: SpillSlot;
}

export interface BatchDocument {
  doc: QuizDocument;
  /** Facts dropped as near-duplicates of another article's. */
  duplicates: number;
  /** Articles whose generation failed (their items are left out). */
  failed: { source: string; reason: string }[];
  /** `stop()` said stop before every article was generated. */
  stopped: boolean;
  /** With `spillItems`: where each article's items are parked (as JSON), in document order,
   *  for a renderer on another thread. Valid until the collector is closed. */
  itemSpill?: ItemSpill;
}

export interface ItemSpill {
  path: string;
  articles: { articleId: string; slot: SpillSlot }[];
}

/** Articles generated ahead of the one being collected, per worker. */
/**
 * Generation workers' heap cap. Left alone, each grew to ~300 MB on a 10,000-article batch
 * (V8 defers collection while memory is plentiful) while this thread held the items: 1.2 GB
 * at the peak. What a worker keeps (the pool and its caches) is far less; with this cap the
 * peak was ~0.75 GB for ~10 % more time. A batch whose pool needs more gets it (the pool
 * doubles the cap of a worker that runs out and redoes its tasks).
 */
const GENERATE_WORKER_HEAP_MB = 160;
const WINDOW_PER_JOB = 8;

export class BatchCollector {
  /** Made with the first article: nothing is on disk before there is something to park. */
  private factSpill: JsonSpill | null = null;
  private items: JsonSpill | null = null;
  private readonly articles: StudiedArticle[] = [];

  get size(): number {
    return this.articles.length;
  }

  /** Keep an article: its meta and digest here, its facts on disk. `digested` (made in a
   *  worker, `parked`) stands for `result.facts` when given. */
  add(result: ArticleResult, parked?: DigestedFacts): void {
    const { json, digest } = parked ?? digested(result.facts);
    this.articles.push({ meta: articleMeta(result.article, result.topics), digest, slot: this.spill.append(json) });
  }

  private get spill(): JsonSpill {
    return (this.factSpill ??= new JsonSpill('facts'));
  }

  /** Removes the spill files; call when done, whatever happened. */
  close(): void {
    this.factSpill?.close();
    this.items?.close();
  }

  async build(options: GenerateOptions, opts: { jobs?: number; stop?: () => boolean; spillItems?: boolean } = {}): Promise<BatchDocument> {
    const jobs = jobsFor(this.articles.length, opts.jobs);
    const useWorkers = jobs > 1 && this.articles.length > 1;
    // Started before the duplicates and the pool are worked out in this thread (~0.6 s for
    // 2,000 articles): the workers load their modules meanwhile instead of after it.
    const pool = useWorkers ? generatePool(jobs) : null;
    try {
      const { dropped, shared } = this.shared(options);
      pool?.broadcast(shared);
      // Items come back as JSON when they are parked too: the worker makes the text in parallel.
      const json = Boolean(opts.spillItems) && useWorkers;
      const tasks = this.articles.map((a, i): GenerateTask => ({ spill: this.spill.path, slot: a.slot, dropped: [...dropped[i]], headline: a.meta.title, json }));
      const run = async (task: GenerateTask) => (pool ? pool.run(task) : generateOne(task, shared));
      const made = await this.generate(tasks, run, pool ? jobs * WINDOW_PER_JOB : 1, opts);
      const doc: QuizDocument = { generator: { name: 'quizwire', version: VERSION }, articles: this.articles.map((a) => a.meta), items: made.items };
      return { doc, duplicates: dropped.reduce((n, d) => n + d.size, 0), failed: made.failed, stopped: made.stopped, itemSpill: made.itemSpill };
    } finally {
      await pool?.close();
    }
  }

  /** The cross-article duplicates, and what every article's generation shares. */
  private shared(options: GenerateOptions): { dropped: Set<number>[]; shared: GenerateShared } {
    const dropped = findDuplicates(
      this.articles.map((a) => dedupeView(a.digest!)),
      this.articles.map((a) => a.meta),
    );
    const builder = new PoolBuilder();
    this.articles.forEach((a, i) => {
      // The pool takes values only from the facts kept: an article that lost some gets its
      // values again from the facts left (few do; their facts are read back from disk).
      const pool = dropped[i].size ? digestPool(this.keptFacts(a, dropped[i])) : a.digest!.pool;
      for (const entry of digestPoolEntries(pool, a.meta.id)) builder.add(entry);
      a.digest = null;
    });
    return { dropped, shared: { pool: builder.build(), options } };
  }

  /** Every article's items, in article order, `window` of them in flight. */
  private async generate(tasks: GenerateTask[], run: (task: GenerateTask) => Promise<GenerateOutcome>, window: number, opts: { stop?: () => boolean; spillItems?: boolean }) {
    const itemSpill: ItemSpill | undefined = opts.spillItems ? { path: (this.items ??= new JsonSpill('items')).path, articles: [] } : undefined;
    const items: Item[] = [];
    const strings = new ItemStrings();
    const failed: BatchDocument['failed'] = [];
    let stopped = false;
    const pending: Promise<GenerateOutcome>[] = [];
    const collect = (i: number, outcome: GenerateOutcome) => {
      if (!outcome.ok) {
        failed.push({ source: this.articles[i].meta.source, reason: outcome.reason });
        return;
      }
      const got = 'items' in outcome ? outcome.items : (JSON.parse(outcome.itemsJson) as Item[]);
      if (itemSpill) {
        const slot = this.items!.append('itemsJson' in outcome ? outcome.itemsJson : JSON.stringify(got));
        itemSpill.articles.push({ articleId: this.articles[i].meta.id, slot });
      }
      strings.share(got);
      for (const item of got) items.push(item);
    };
    let next = 0;
    for (let i = 0; i < tasks.length; i++) {
      pending.push(run(tasks[i]));
      if (pending.length >= window) collect(next++, await pending.shift()!);
      if (opts.stop?.()) {
        stopped = true;
        break;
      }
    }
    while (pending.length) collect(next++, await pending.shift()!);
    return { items, failed, stopped, itemSpill };
  }

  private keptFacts(a: StudiedArticle, dropped: ReadonlySet<number>) {
    return this.spill.read<Fact[]>(a.slot).filter((_, j) => !dropped.has(j));
  }
}

function generatePool(jobs: number): WorkerPool<GenerateTask, GenerateOutcome> {
  return new WorkerPool<GenerateTask, GenerateOutcome>(new URL('./generate-worker.js', import.meta.url), jobs, (reason) => ({ ok: false, reason }), {
    maxOldGenerationMb: GENERATE_WORKER_HEAP_MB,
  });
}

function dedupeView(d: FactsDigest): DedupeFact<number>[] {
  return d.keys.map((key, i) => ({ key, score: d.scores[i], sentenceIndex: d.sentenceIndexes[i], words: () => digestWordSets(d, i) }));
}
