import { articleBudgetMs } from '../batch/article-budget.js';
import { studyStream } from '../batch/study-stream.js';
import { inRange, type DateRange } from '../batch/date-range.js';
import type { BatchCollector } from '../batch/batch-document.js';
import type { StudyState } from '../state/state-file.js';
import { inputQueue } from './input-queue.js';
import { withDefaultSignals, type InterruptWatch } from './interrupt.js';
import type { Progress } from './progress.js';
import { problemLine, warningLine } from './report.js';
import type { WebInputs } from './web-inputs.js';

/** A lone article up to this size is studied in this thread (see StreamOptions.inlineMaxChars). */
const INLINE_MAX_CHARS = 100_000;

export interface StudyOutcome {
  /** Inputs that could not be used, with the reason. */
  failed: { source: string; reason: string }[];
  /** Articles left out by --since/--until: dated outside the range, or undated. */
  outOfRange: number;
  undated: number;
  /** Articles left out as made by an earlier run (--state). */
  alreadyDone: number;
  /** The newest modification time of the inputs read (Unix seconds; 0 when none has one: stdin). */
  newestInput: number;
  /** Inputs finished (studied or skipped) before the run ended or was interrupted. */
  done: number;
  interrupted: boolean;
}

export interface StudyRun {
  inputs: string[];
  /** The output folder, never read as input. */
  out?: string;
  jobs: number;
  range: DateRange;
  /** Where the articles in the date range go. */
  collector: BatchCollector;
  progress: Progress;
  interrupt: InterruptWatch;
  /** The pages of the URLs and feeds given, fetched already. */
  web?: WebInputs;
  /** --state: articles made by earlier runs are left out; the others are noted for it. */
  state?: StudyState;
}

/**
 * Read, ingest, analyze and extract every input, streamed over `jobs` workers. A bad input
 * is reported (one line naming it) and skipped; the others go on. Each article has a time
 * budget (its worker is stopped past it), and an interrupt stops the workers at once.
 */
export async function studyInputs(run: StudyRun): Promise<StudyOutcome> {
  // URLs the state file knew were not even fetched.
  const outcome: StudyOutcome = { failed: [], outOfRange: 0, undated: 0, alreadyDone: run.web?.known ?? 0, newestInput: 0, done: 0, interrupted: false };
  const options = { jobs: run.jobs, digest: true, budgetMs: articleBudgetMs, signal: run.interrupt.signal, inlineMaxChars: INLINE_MAX_CHARS, studyHere: withDefaultSignals };
  for await (const event of studyStream(inputQueue(run.inputs, run.web, run.out ? [run.out] : []), options)) {
    // What comes after an interrupt is an article dropped unstudied, not a failure.
    if (run.interrupt.requested) {
      outcome.interrupted = true;
      break;
    }
    outcome.done++;
    for (const w of event.warnings) run.progress.say(warningLine(event.source, w));
    if (!event.ok) {
      run.progress.say(problemLine(event.source, event.reason));
      outcome.failed.push({ source: event.source, reason: event.reason });
    } else {
      const verdict = inRange(event.result.article.date, run.range);
      if (verdict === 'in' && run.state?.has(event.source, event.contentDigest)) outcome.alreadyDone++;
      else if (verdict === 'in') {
        run.state?.note(event.result.article, event.contentDigest);
        run.collector.add(event.result, event.digested);
        outcome.newestInput = Math.max(outcome.newestInput, event.modified);
      } else if (verdict === 'out') outcome.outOfRange++;
      else outcome.undated++;
    }
    run.progress.tick(!event.ok);
  }
  if (run.interrupt.requested) outcome.interrupted = true;
  return outcome;
}

/** How many inputs there are, walked separately so a progress bar can show an ETA. */
export async function countInputs(inputs: string[], out?: string, web?: WebInputs): Promise<number> {
  let n = 0;
  for await (const entry of inputQueue(inputs, web, out ? [out] : [])) if (!('error' in entry)) n++;
  return n;
}
