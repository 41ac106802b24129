/**
 * The streaming entry point for batches of any size: inputs (paths from `collectInputs`, or
 * texts already in memory) in, one outcome per input out, in input order whatever the number
 * of workers. Only a bounded window of inputs is in flight; each article's text is dropped
 * once studied, so memory grows with the facts kept, not with the articles read.
 */
import type { InputKind } from '../ingest/index.js';
import type { CollectedInput } from '../io/collect-inputs.js';
import { readInput } from '../io/read-input.js';
import type { ArticleResult } from '../pipeline.js';
import type { DigestedFacts } from './fact-digest.js';
import { jobsFor, PARALLEL_MIN_ARTICLES } from './auto-jobs.js';
import { studyOne, type StudyOutcome, type StudyTask } from './study-one.js';
import { WorkerPool } from './worker-pool.js';

/** A path (or a path that could not be listed), or a text already read. */
export type BatchInput = CollectedInput | { source: string; text: string; kind: InputKind; /** see StudyTask.date */ date?: string };

export type StudyEvent =
  | {
      ok: true;
      source: string;
      /** With the `digest` option its facts are empty: they are in `digested`. */
      result: ArticleResult;
      digested?: DigestedFacts;
      /** What the article says, as a digest (batch/content-digest.ts). */
      contentDigest: string;
      warnings: string[];
      /** Unix seconds; 0 when unknown. */
      modified: number;
    }
  | { ok: false; source: string; reason: string; warnings: string[] };

export interface StreamOptions {
  /** Worker threads; 1 studies in this thread. Default: the machine's cores for a batch worth them (auto-jobs.ts). */
  jobs?: number;
  /** Facts as JSON plus a digest, for a consumer that parks them on disk (see StudyTask). */
  digest?: boolean;
  /** Time allowed per article: with it, every article is studied in a worker that is stopped
   *  when its time is up (that input fails, the others go on), even one article with jobs 1. */
  budgetMs?: (task: StudyTask) => number;
  /** Stops the workers at once: the articles not yet studied fail as not studied. */
  signal?: AbortSignal;
  /**
   * With a budget, one input of at most this many characters is still studied in this thread
   * (so is each of a batch when the jobs are left to us and one is chosen):
   * bounded work (ingest/bound-text.ts: ~1 s per 100 KB at worst) that a worker's start-up
   * (~0.3 s) would only slow down. `studyHere` wraps that study (the CLI lets signals act
   * at once meanwhile, as this thread cannot answer them).
   */
  inlineMaxChars?: number;
  /** (`lone`: the run's only article, not one of a small batch studied here too.) */
  studyHere?: (study: () => StudyOutcome, lone: boolean) => StudyOutcome;
}

/** Inputs in flight per worker: enough to keep workers busy while files are read. */
const WINDOW_PER_JOB = 8;

type Prepared = { task: StudyTask; warnings: string[]; modified: number } | { source: string; reason: string; warnings: string[] };

async function prepare(input: BatchInput): Promise<Prepared> {
  if ('text' in input) return { task: input, warnings: [], modified: 0 };
  if ('error' in input) return { source: input.path, reason: input.error, warnings: [] };
  const read = await readInput(input.path);
  if (!read.ok) return { source: read.source, reason: read.error, warnings: [] };
  return {
    task: { source: read.source, text: read.text, kind: read.kind },
    warnings: read.warnings,
    modified: read.modified,
  };
}

function toEvent(p: Prepared, outcome: StudyOutcome | null): StudyEvent {
  if (!('task' in p)) return { ok: false, source: p.source, reason: p.reason, warnings: p.warnings };
  const source = p.task.source;
  if (!outcome || !outcome.ok) return { ok: false, source, reason: outcome?.reason ?? 'not studied', warnings: p.warnings };
  return { ok: true, source, result: outcome.result, digested: outcome.digested, contentDigest: outcome.contentDigest, warnings: p.warnings, modified: p.modified };
}

/** The first `n` items of an iterator, and an iterable that replays them before the rest. */
async function peek<T>(source: AsyncIterable<T> | Iterable<T>, n: number): Promise<{ head: T[]; all: AsyncIterable<T> }> {
  const it = (Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]()) as
    | AsyncIterator<T>
    | Iterator<T>;
  const head: T[] = [];
  let done = false;
  while (head.length < n) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    head.push(r.value);
  }
  async function* all(): AsyncGenerator<T> {
    yield* head;
    if (done) return;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  return { head, all: all() };
}

/**
 * Study workers' heap cap. Left alone, V8 let the two workers' heaps grow while memory was
 * plentiful: a 10,000-article batch peaked at 0.92–1.06 GB, over the 1 GB budget, though a
 * worker keeps nothing between articles but the models and caches. With a cap of 192 or 320
 * MB the peak was 0.80 GB, at the same speed within this VM's noise. A worker that needs more
 * gets twice the cap and redoes its tasks (worker-pool.ts).
 */
const STUDY_WORKER_HEAP_MB = 320;

export async function* studyStream(inputs: AsyncIterable<BatchInput> | Iterable<BatchInput>, opts: StreamOptions = {}): AsyncGenerator<StudyEvent> {
  // Starting workers costs each one a load of the NLP models: not worth it for one article,
  // and without a --jobs not for a batch too small to pay for a second one (auto-jobs.ts).
  const { head, all } = await peek(inputs, opts.jobs === undefined ? PARALLEL_MIN_ARTICLES : 2);
  const jobs = jobsFor(head.length, opts.jobs);
  const several = head.length > 1;
  // Jobs left to us and one chosen: the articles a lone one could be are studied here too. A
  // worker would do the same work after loading the models once more (~0.35 s) and overlap only
  // its study with this thread's generating: 2 articles took 1.07 s that way against 0.60 s
  // here, 16 1.95 against 1.61, 128 4.6 against 4.05 (npm start's json and anki, 2 cores).
  const hereToo = opts.jobs === undefined && jobs === 1;
  const workers = opts.budgetMs ? (several ? jobs : head.length) : jobs > 1 && several ? jobs : 0;
  // Made on first use: a lone small article never needs it.
  let pool = null as WorkerPool<StudyTask, StudyOutcome> | null;
  const workerPool = () =>
    (pool ??= new WorkerPool<StudyTask, StudyOutcome>(new URL('./study-worker.js', import.meta.url), workers, (reason) => ({ ok: false, reason }), {
      budgetMs: opts.budgetMs,
      maxOldGenerationMb: STUDY_WORKER_HEAP_MB,
    }));
  const stop = () => void pool?.close();
  opts.signal?.addEventListener('abort', stop);
  const here = (task: StudyTask) => (opts.studyHere ? opts.studyHere(() => studyOne(task), !several) : studyOne(task));
  const run = async (input: BatchInput): Promise<StudyEvent> => {
    const p = await prepare(input);
    if (!('task' in p)) return toEvent(p, null);
    const task = opts.digest ? { ...p.task, digest: true } : p.task;
    const inline = workers === 0 || ((!several || hereToo) && task.text.length <= (opts.inlineMaxChars ?? -1));
    if (opts.signal?.aborted) return toEvent(p, { ok: false, reason: 'not studied' });
    return toEvent(p, inline ? here(task) : await workerPool().run(task));
  };
  const window = workers > 0 ? jobs * WINDOW_PER_JOB : 1;
  const pending: Promise<StudyEvent>[] = [];
  try {
    for await (const input of all) {
      pending.push(run(input));
      if (pending.length >= window) yield await pending.shift()!;
    }
    while (pending.length) yield await pending.shift()!;
  } finally {
    opts.signal?.removeEventListener('abort', stop);
    await pool?.close();
  }
}
