/**
 * ingest → analyze → extract for one text that has been read, with every failure turned into
 * a one-line reason: the same code runs in a worker thread and in-process, so `--jobs` never
 * changes what comes out.
 */
import { writeSync } from 'node:fs';
import { basename } from 'node:path';
import { IngestError, type InputKind } from '../ingest/index.js';
import { studyText, type ArticleResult } from '../pipeline.js';
import { contentDigest } from './content-digest.js';
import { digested, type DigestedFacts } from './fact-digest.js';
import { slimResult } from './slim-result.js';

export interface StudyTask {
  source: string;
  text: string;
  kind: InputKind;
  /** The day to give the article when its text states none (a feed's date for its page). */
  date?: string;
  /** Send back the facts as JSON and a digest (`digested`) instead of as objects: what a batch
   *  that parks facts on disk wants, made in the worker rather than in the thread that collects. */
  digest?: boolean;
}

/** With `digest`, the result's `facts` is empty: they are in `digested`. */
export type StudyOutcome = { ok: true; result: ArticleResult; digested?: DigestedFacts; /** see content-digest.ts */ contentDigest: string } | { ok: false; reason: string };

/**
 * Fault injection for the tests of fault isolation (no real article reliably crashes a
 * stage): a source whose name contains this text throws as if a stage had a bug.
 */
const FAIL_ON = process.env.QUIZWIRE_FAIL_ON;
/** The same for a stage that never returns (what issue 18's inputs did): a thread blocked for
 *  good, as stuck as a busy loop (it never yields) without keeping a core busy while tests run. */
const HANG_ON = process.env.QUIZWIRE_HANG_ON;

export function studyOne(task: StudyTask): StudyOutcome {
  try {
    if (FAIL_ON && task.source.includes(FAIL_ON)) throw new Error('injected fault (QUIZWIRE_FAIL_ON)');
    if (HANG_ON && task.source.includes(HANG_ON)) {
      // Said at once (a synchronous write: the thread never yields), so a test signals a run
      // that is stuck, not one still starting.
      writeSync(2, `quizwire test hook: hanging on ${basename(task.source)}\n`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    }
    const result = studyText(task.text, { source: task.source, kind: task.kind, fileName: basename(task.source), fallbackDate: task.date });
    // Made here, while the paragraphs are still there (a batch keeps only the meta).
    const digest = contentDigest(result.article);
    if (!task.digest) return { ok: true, result: slimResult(result), contentDigest: digest };
    return { ok: true, result: { ...slimResult(result), facts: [] }, digested: digested(result.facts), contentDigest: digest };
  } catch (err) {
    // An IngestError is the input's fault; anything else is ours, but still only this file's.
    const reason = err instanceof IngestError ? err.message : `internal error: ${(err as Error)?.message ?? String(err)}`;
    return { ok: false, reason };
  }
}
