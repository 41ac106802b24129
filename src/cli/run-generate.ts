/**
 * `quizwire generate`: the library's generateOutputs (src/outputs) makes the files; this
 * shows its progress, stages each file as it comes (temp file) and renames them all into place
 * at the end, or prints the one format to stdout, or, for a dry run, says what would change.
 * With --state, the articles written are marked done once every file is in place.
 */
import type { DateRange } from '../batch/date-range.js';
import type { GroupBy } from '../batch/periods.js';
import type { GenerateOptions } from '../generate/index.js';
import { generateOutputs, type GeneratedFile, type OutputsEvent, type OutputsResult } from '../outputs/generate-outputs.js';
import { countInputs } from '../outputs/study-inputs.js';
import { cachedPagesDir } from '../fetch/cache-dir.js';
import type { Format, RenderOptions } from '../render/index.js';
import type { OutputFile, TopicId } from '../types.js';
import { watchInterrupt, withDefaultSignals, type InterruptWatch } from './interrupt.js';
import { phaseTimer, type PhaseTimer } from './phase-timer.js';
import { createProgress, type Progress, type ProgressMode } from './progress.js';
import { printable, problemLine, reportInfo, reportProblem, reportWarning, warningLine } from './report.js';
import { fetchSummary, formatSummary } from './summary.js';
import { EXIT } from './usage-error.js';
import { setOneArticleFlags } from './v8-start-flags.js';
import type { WebPlan } from './web-options.js';
import { planOutputs, writeToStdout } from './write-outputs.js';
import { commitStaged, discardStaged, stageFile, type StagedFile } from '../io/stage-files.js';
import { removeLeftovers, removeOwnTemps } from '../io/leftovers.js';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';

export interface GenerateRun {
  inputs: string[];
  out: string;
  formats: Format[];
  generate: GenerateOptions;
  render: Omit<RenderOptions, 'name' | 'ankiTimestamp'>;
  name?: string;
  templateDir?: string;
  quiet: boolean;
  /** Worker threads for the per-article work; 1 = in this thread. */
  jobs?: number;
  /** Also one set of files per day, week or month, or per topic. */
  groupBy: GroupBy;
  range: DateRange;
  /** Only articles of these topics (empty: every article). */
  topics: TopicId[];
  /** Render and summarise, write nothing. */
  dryRun: boolean;
  progress: ProgressMode;
  /** URL inputs and feeds: how to read them (none: the run never touches the network). */
  web?: WebPlan['web'];
  /** --state: only articles no earlier run made; those written are marked done at the end. */
  state?: string;
}

/** The `generate` job. Returns the exit code: 0 all good, 1 some input or output failed, 130 interrupted. */
export async function runGenerate(run: GenerateRun): Promise<number> {
  const outDir = run.out === '-' ? undefined : run.out;
  // The page cache writes its entries through temporary files too.
  const tempDirs = [outDir, run.web && cachedPagesDir(run.web.fetch.cacheDir)];
  const interrupt = watchInterrupt(
    () => reportInfo('quizwire: interrupted; stopping at the next safe point (Ctrl-C again to stop now)'),
    () => removeOwnTemps(...tempDirs),
  );
  // A dry run writes nothing, nor removes anything; a run to stdout still tidies the temp folder.
  if (!run.dryRun) {
    const removed = removeLeftovers(...tempDirs);
    if (removed > 0 && !run.quiet) reportInfo(`quizwire: removed ${removed} temporary file(s) left by an interrupted run`);
  }
  try {
    return await generate(run, interrupt);
  } finally {
    interrupt.dispose();
    // What a stopped worker could not remove (the .apkg thread's parked notes).
    removeOwnTemps(...tempDirs);
  }
}

async function generate(run: GenerateRun, interrupt: InterruptWatch): Promise<number> {
  const timer = phaseTimer();
  const progress = await createProgress(run.progress);
  const out = run.out === '-' ? undefined : run.out;
  // Files are counted by walking them, web pages once the feeds are read.
  let pagesKnown: (pages: number) => void = () => {};
  if (run.progress === 'bar') {
    const pages = run.web ? new Promise<number>((resolve) => (pagesKnown = resolve)) : 0;
    void Promise.all([countInputs(run.inputs, out ? [out] : []), pages]).then(([files, web]) => progress.setTotal(files + web), () => {});
  }

  // Each file is staged (written to a temporary name) as soon as it is made, so a big batch
  // never holds every format in memory; all are moved into place only when every format has
  // rendered. A template error or Ctrl-C removes the staged files: never half an output set.
  // Stdout and dry runs keep the (single or inspected) output in memory instead.
  const inMemory = run.out === '-' || run.dryRun;
  const kept: OutputFile[] = [];
  const staged: StagedFile[] = [];
  // Only a failure while files are made is reported here; one before is the program's own.
  let rendering = false;
  const onEvent = (event: OutputsEvent) => {
    if (event.kind === 'phase' && event.name === 'generate') rendering = true;
    if (event.kind === 'fetched') {
      pagesKnown(event.pages);
      if (event.feeds > 0 && !run.quiet) progress.say(fetchSummary(event));
      timer.lap('fetch');
    } else showEvent(event, progress, timer);
  };
  let result: OutputsResult;
  try {
    result = await generateOutputs(run.inputs, {
      formats: run.formats,
      generate: run.generate,
      deck: run.render.deck,
      worksheet: run.render.worksheet,
      name: run.name,
      templateDir: run.templateDir,
      jobs: run.jobs,
      groupBy: run.groupBy,
      range: run.range,
      topics: run.topics,
      skipDirs: out ? [out] : [],
      web: run.web,
      state: run.state,
      signal: interrupt.signal,
      // A lone article is studied in this thread (StreamOptions.inlineMaxChars), and its items
      // made here too: the one-article flags are for it (a small batch studied here needs its
      // regexes optimised, as a worker's are).
      studyHere: (study, lone) => {
        if (lone) setOneArticleFlags();
        return withDefaultSignals(study);
      },
      onEvent,
      onFile: (file) => void (inMemory ? kept.push(file) : staged.push(stage(join(run.out, file.name), file))),
    });
  } catch (err) {
    if (!rendering) throw err;
    discardStaged(staged);
    const e = err as Error & { staging?: boolean };
    reportProblem(e.staging ? run.out : (run.templateDir ?? 'render'), e.staging ? `cannot write: ${e.message}` : e.message);
    return EXIT.failed;
  }
  if (result.stopped === 'study') {
    reportInfo(`quizwire: interrupted after ${result.done} input(s) (${result.studied} studied); nothing written`);
    return EXIT.interrupted;
  }
  if (result.alreadyDone > 0 && !run.quiet) reportInfo(`quizwire: ${result.alreadyDone} article(s) left out: made by an earlier run (${printable(run.state!)})`);
  if (result.studied === 0 && result.alreadyDone > 0) {
    reportInfo('quizwire: no new articles; nothing written');
    return result.failed.length > 0 ? EXIT.failed : EXIT.ok;
  }
  if (result.studied === 0) {
    const why = result.offTopic > 0 ? 'no articles of the topics asked (--topics)' : result.outOfRange + result.undated > 0 ? 'no articles in the date range' : 'no usable articles';
    reportProblem(run.inputs.join(' ') || '--feed', `${why}; nothing written`);
    return EXIT.failed;
  }
  if (result.stopped === 'generate') {
    reportInfo('quizwire: interrupted while generating; nothing written');
    return EXIT.interrupted;
  }
  if (result.stopped === 'render') {
    discardStaged(staged);
    reportInfo('quizwire: interrupted before writing; nothing written');
    return EXIT.interrupted;
  }
  const failedCode = result.failed.length > 0 ? EXIT.failed : EXIT.ok;
  const summary = { read: result.studied + result.outOfRange + result.undated + result.offTopic, failed: result.failed, outOfRange: result.outOfRange, undated: result.undated, offTopic: result.offTopic, duplicates: result.duplicates, items: result.items, dryRun: run.dryRun };

  if (run.out === '-') {
    writeToStdout(kept);
    return markDone(result, run) ? failedCode : EXIT.failed;
  }
  if (run.dryRun) {
    if (!run.quiet) for (const line of formatSummary({ ...summary, files: planOutputs(kept, run.out) })) reportInfo(line);
    return failedCode;
  }
  const written: StagedFile[] = [];
  for (const file of staged) {
    // Let a pending Ctrl-C be handled before moving the next file into place.
    await nextTurn();
    if (interrupt.requested) {
      discardStaged(staged.filter((f) => !written.includes(f)));
      const done = written.map((f) => printable(f.path)).join(', ') || 'none';
      reportInfo(`quizwire: interrupted while writing; finished files: ${done}; ${staged.length - written.length} not written`);
      return EXIT.interrupted;
    }
    try {
      commitStaged(file);
    } catch (err) {
      discardStaged(staged.filter((f) => f !== file && !written.includes(f)));
      reportProblem(run.out, `cannot write: ${(err as Error).message}`);
      return EXIT.failed;
    }
    written.push(file);
  }
  timer.lap('write');
  if (!run.quiet) for (const line of formatSummary({ ...summary, files: written })) reportInfo(line);
  return markDone(result, run) ? failedCode : EXIT.failed;
}

/** --state: the written articles are done. False (reported) when the state file cannot be written. */
function markDone(result: OutputsResult, run: GenerateRun): boolean {
  try {
    result.markDone();
    return true;
  } catch (err) {
    reportProblem(run.state!, `cannot write the state file: ${(err as Error).message}`);
    return false;
  }
}

/** Progress on stderr: inputs as they finish, phase times (QUIZWIRE_TIMINGS), problems. */
function showEvent(event: OutputsEvent, progress: Progress, timer: PhaseTimer): void {
  switch (event.kind) {
    case 'input':
      for (const w of event.warnings) progress.say(warningLine(event.source, w));
      if (!event.ok) progress.say(problemLine(event.source, event.reason));
      progress.tick(!event.ok);
      return;
    case 'phase':
      // The bar is cleared (and the lines it held back printed) once every input is read.
      if (event.name === 'study') progress.stop();
      timer.lap(event.name);
      return;
    case 'failed':
      reportProblem(event.source, event.reason);
      return;
    case 'warning':
      reportWarning(event.format, event.message);
  }
}

/** Stage one file. */
function stage(path: string, file: GeneratedFile): StagedFile {
  try {
    return stageFile(path, file.content);
  } catch (err) {
    // Streamed text is made while it is written: a template error surfaces here, and is
    // reported as what it is, not as a write failure.
    // (Matched by name: loading the template module here would load Handlebars for JSON runs.)
    if ((err as Error)?.name === 'TemplateError') throw err;
    throw Object.assign(err as Error, { staging: true });
  }
}
