import { collectInputs } from '../io/collect-inputs.js';
import { readInput } from '../io/read-input.js';
import { IngestError } from '../ingest/index.js';
import { studyText, type ArticleResult } from '../pipeline.js';
import { reportProblem, reportWarning } from './report.js';
import { basename } from 'node:path';
import { statSync } from 'node:fs';

export interface StudyOutcome {
  results: ArticleResult[];
  /** Inputs that could not be used, with the reason. */
  failed: { source: string; reason: string }[];
  /** The newest modification time of the inputs read (Unix seconds; now for stdin). */
  newestInput: number;
}

/**
 * Read, ingest, analyze and extract every input, one at a time. A bad input is reported on
 * stderr (one line naming it) and skipped; the others go on.
 */
export async function studyInputs(inputs: string[]): Promise<StudyOutcome> {
  const outcome: StudyOutcome = { results: [], failed: [], newestInput: 0 };
  const fail = (source: string, reason: string) => {
    reportProblem(source, reason);
    outcome.failed.push({ source, reason });
  };
  for await (const entry of collectInputs(inputs)) {
    if ('error' in entry) {
      fail(entry.path, entry.error);
      continue;
    }
    const read = await readInput(entry.path);
    if (!read.ok) {
      fail(read.source, read.error);
      continue;
    }
    for (const w of read.warnings) reportWarning(read.source, w);
    outcome.newestInput = Math.max(outcome.newestInput, modifiedSeconds(read.source));
    try {
      outcome.results.push(
        studyText(read.text, { source: read.source, kind: read.kind, fileName: basename(read.source) }),
      );
    } catch (err) {
      // An IngestError is the input's fault; anything else is ours, but still only this file's.
      const reason = err instanceof IngestError ? err.message : `internal error: ${(err as Error).message}`;
      fail(read.source, reason);
    }
  }
  return outcome;
}

function modifiedSeconds(source: string): number {
  if (source === '-') return Math.floor(Date.now() / 1000);
  try {
    return Math.floor(statSync(source).mtimeMs / 1000);
  } catch {
    return Math.floor(Date.now() / 1000);
  }
}
