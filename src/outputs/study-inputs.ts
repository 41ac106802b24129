import { articleBudgetMs } from '../batch/article-budget.js';
import { studyStream, type BatchInput, type StreamOptions } from '../batch/study-stream.js';
import { inRange, type DateRange } from '../batch/date-range.js';
import { isWebUrl } from '../fetch/web-url.js';
import { collectInputs } from '../io/collect-inputs.js';
import type { BatchCollector } from '../batch/batch-document.js';
import type { ArticleTopic, TopicId } from '../types.js';
import type { StudyState } from '../state/state-file.js';
import { inputQueue, type LazyWeb } from './input-queue.js';

/** A lone article up to this size is studied in this thread (see StreamOptions.inlineMaxChars). */
const INLINE_MAX_CHARS = 100_000;

/** An input of a run: a path (a file, a folder walked for articles, or "-" for stdin), an
 *  http(s) URL of an article page, or a text already in memory. */
export type OutputsInput = string | BatchInput;

/** One input finished: studied, or skipped with the reason (warnings either way). */
export type InputEvent =
  | { kind: 'input'; source: string; ok: true; warnings: string[] }
  | { kind: 'input'; source: string; ok: false; reason: string; warnings: string[] };

export interface StudyOutcome {
  /** Inputs that could not be used, with the reason. */
  failed: { source: string; reason: string }[];
  /** Articles left out by the date range: dated outside it, or undated. */
  outOfRange: number;
  undated: number;
  /** Articles in the range left out by the topics: filed under none of them. */
  offTopic: number;
  /** Articles left out as made by an earlier run (the state file). */
  alreadyDone: number;
  /** The newest modification time of the inputs read (Unix seconds; 0 when none has one: stdin). */
  newestInput: number;
  /** Inputs finished (studied or skipped) before the run ended or was stopped. */
  done: number;
  interrupted: boolean;
}

export interface StudyRun {
  inputs: Iterable<OutputsInput> | AsyncIterable<OutputsInput>;
  /** Folders never read as input (the output folder). */
  skipDirs: string[];
  jobs?: number;
  range: DateRange;
  /** Only articles filed under one of these topics (none: every article). */
  topics?: readonly TopicId[];
  /** Where the articles in the date range (and of the topics) go. */
  collector: BatchCollector;
  /** The pages of URL inputs and the feeds' articles. */
  web: LazyWeb;
  /** Articles made by earlier runs are left out; the others are noted in it. */
  state?: StudyState;
  signal?: AbortSignal;
  /** Wraps an article studied in this thread (the CLI lets Ctrl-C act at once meanwhile). */
  studyHere?: StreamOptions['studyHere'];
  onInput: (event: InputEvent) => void;
}

/**
 * Read, ingest, analyze and extract every input, streamed over `jobs` workers. A bad input
 * is reported (an event naming it) and skipped; the others go on. Each article has a time
 * budget (its worker is stopped past it), and the signal stops the workers at once.
 */
export async function studyInputs(run: StudyRun): Promise<StudyOutcome> {
  const outcome: StudyOutcome = { failed: [], outOfRange: 0, undated: 0, offTopic: 0, alreadyDone: 0, newestInput: 0, done: 0, interrupted: false };
  const onTopic = (topics: readonly ArticleTopic[]) => !run.topics?.length || topics.some((t) => run.topics!.includes(t.topic));
  const stopped = () => run.signal?.aborted ?? false;
  const options = { jobs: run.jobs, digest: true, budgetMs: articleBudgetMs, signal: run.signal, inlineMaxChars: INLINE_MAX_CHARS, studyHere: run.studyHere };
  for await (const event of studyStream(inputQueue(run.inputs, run.web, run.skipDirs), options)) {
    // What comes after a stop is an article dropped unstudied, not a failure.
    if (stopped()) {
      outcome.interrupted = true;
      break;
    }
    outcome.done++;
    if (!event.ok) {
      outcome.failed.push({ source: event.source, reason: event.reason });
    } else {
      const verdict = inRange(event.result.article.date, run.range);
      // The topics before the state: an article off the topics asked is neither written nor
      // marked done, so a later run asking for its topic still makes it.
      if (verdict === 'in' && !onTopic(event.result.topics)) outcome.offTopic++;
      else if (verdict === 'in' && run.state?.has(event.source, event.contentDigest)) outcome.alreadyDone++;
      else if (verdict === 'in') {
        run.state?.note(event.result.article, event.contentDigest);
        run.collector.add(event.result, event.digested);
        outcome.newestInput = Math.max(outcome.newestInput, event.modified);
      } else if (verdict === 'out') outcome.outOfRange++;
      else outcome.undated++;
    }
    run.onInput(event.ok ? { kind: 'input', source: event.source, ok: true, warnings: event.warnings } : { kind: 'input', source: event.source, ok: false, reason: event.reason, warnings: event.warnings });
  }
  if (stopped()) outcome.interrupted = true;
  // URLs the state file knew were not even fetched.
  outcome.alreadyDone += (await run.web.current())?.known ?? 0;
  return outcome;
}

/** How many articles the paths hold, walked separately so a progress bar can show an ETA (web
 *  pages are counted by the 'fetched' event). */
export async function countInputs(inputs: readonly string[], skipDirs: string[] = []): Promise<number> {
  let n = 0;
  for await (const entry of collectInputs(inputs.filter((i) => !isWebUrl(i)), { skipDirs })) if (!('error' in entry)) n++;
  return n;
}
