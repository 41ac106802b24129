import { apkgInWorker, type ApkgRun } from '../batch/apkg-in-worker.js';
import { collectGarbage } from '../util/collect-garbage.js';
import { BatchCollector } from '../batch/batch-document.js';
import { groupDocument } from '../batch/group-articles.js';
import type { DateRange } from '../batch/date-range.js';
import type { GroupBy } from '../batch/periods.js';
import type { GenerateOptions } from '../generate/index.js';
import { renderFormat, type Format, type RenderOptions } from '../render/index.js';
import type { TemplateEnv } from '../render/template-env.js';
import type { StudyState } from '../state/state-file.js';
import type { OutputFile, QuizDocument } from '../types.js';
import { safeFileName } from '../util/file-name.js';
import { ankiTimestamp } from './anki-timestamp.js';
import { watchInterrupt, type InterruptWatch } from './interrupt.js';
import { phaseTimer } from './phase-timer.js';
import { createProgress, type ProgressMode } from './progress.js';
import { printable, reportInfo, reportProblem, reportWarning } from './report.js';
import { countInputs, studyInputs } from './study-inputs.js';
import { formatSummary } from './summary.js';
import { EXIT } from './usage-error.js';
import type { WebInputs } from './web-inputs.js';
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
  jobs: number;
  /** Also one set of files per day, week or month. */
  groupBy: GroupBy;
  range: DateRange;
  /** Render and summarise, write nothing. */
  dryRun: boolean;
  progress: ProgressMode;
  /** The pages of the URLs and feeds given (cli/web-inputs.ts), fetched before the run. */
  web?: WebInputs;
  /** --state: only articles no earlier run made; those written are marked done at the end. */
  state?: StudyState;
}

/** Below this, starting the .apkg's own thread costs more than the deck. */
const APKG_THREAD_MIN_ARTICLES = 50;

/** Batches big enough that collecting garbage between formats pays (a pause of ~0.1 s each). */
const COLLECT_BETWEEN_FORMATS_FROM = 1_000;

/** One document to render: the whole batch, or one period of it. */
interface OutputSet {
  doc: QuizDocument;
  options: RenderOptions;
}

/** The `generate` job. Returns the exit code: 0 all good, 1 some input or output failed, 130 interrupted. */
export async function runGenerate(run: GenerateRun): Promise<number> {
  const outDir = run.out === '-' ? undefined : run.out;
  const interrupt = watchInterrupt(
    () => reportInfo('quizwire: interrupted; stopping at the next safe point (Ctrl-C again to stop now)'),
    () => removeOwnTemps(outDir),
  );
  // A dry run writes nothing, nor removes anything; a run to stdout still tidies the temp folder.
  if (!run.dryRun) {
    const removed = removeLeftovers(outDir);
    if (removed > 0 && !run.quiet) reportInfo(`quizwire: removed ${removed} temporary file(s) left by an interrupted run`);
  }
  try {
    return await generate(run, interrupt);
  } finally {
    interrupt.dispose();
    // What a stopped worker could not remove (the .apkg thread's parked notes).
    removeOwnTemps(outDir);
  }
}

async function generate(run: GenerateRun, interrupt: InterruptWatch): Promise<number> {
  const collector = new BatchCollector();
  try {
    return await generateFrom(collector, run, interrupt);
  } finally {
    collector.close();
  }
}

async function generateFrom(collector: BatchCollector, run: GenerateRun, interrupt: InterruptWatch): Promise<number> {
  const timer = phaseTimer();
  const progress = await createProgress(run.progress);
  const out = run.out === '-' ? undefined : run.out;
  if (run.progress === 'bar') void countInputs(run.inputs, out, run.web).then((n) => progress.setTotal(n), () => {});
  const study = await studyInputs({ inputs: run.inputs, out, jobs: run.jobs, range: run.range, collector, progress, interrupt, web: run.web, state: run.state });
  progress.stop();
  timer.lap('study');
  if (study.interrupted) {
    reportInfo(`quizwire: interrupted after ${study.done} input(s) (${collector.size} studied); nothing written`);
    return EXIT.interrupted;
  }
  if (study.alreadyDone > 0 && !run.quiet) reportInfo(`quizwire: ${study.alreadyDone} article(s) left out: made by an earlier run (${printable(run.state!.file)})`);
  if (collector.size === 0 && study.alreadyDone > 0) {
    reportInfo('quizwire: no new articles; nothing written');
    return study.failed.length > 0 ? EXIT.failed : EXIT.ok;
  }
  if (collector.size === 0) {
    const why = study.outOfRange + study.undated > 0 ? 'no articles in the date range' : 'no usable articles';
    reportProblem(run.inputs.join(' ') || '--feed', `${why}; nothing written`);
    return EXIT.failed;
  }

  // With workers, the .apkg is made on a thread of its own from items parked on disk, while
  // this one renders the other formats (that thread parks its notes on disk too).
  const apkgAside = run.formats.includes('apkg') && run.jobs > 1 && collector.size >= APKG_THREAD_MIN_ARTICLES;
  const built = await collector.build(run.generate, { jobs: run.jobs, stop: () => interrupt.requested, spillItems: apkgAside });
  const apkgThread = apkgAside ? built.itemSpill : undefined;
  timer.lap('generate');
  if (built.stopped) {
    reportInfo('quizwire: interrupted while generating; nothing written');
    return EXIT.interrupted;
  }
  for (const f of built.failed) reportProblem(f.source, f.reason);
  const failed = [...study.failed, ...built.failed];
  const failedCode = failed.length > 0 ? EXIT.failed : EXIT.ok;
  const doc = built.doc;
  const sets = outputSets(doc, run, study.newestInput);

  const summary = { read: collector.size + study.outOfRange + study.undated, failed, outOfRange: study.outOfRange, undated: study.undated, duplicates: built.duplicates, items: doc.items, dryRun: run.dryRun };

  // Each file is staged (written to a temporary name) as soon as it is rendered, so a big
  // batch never holds every format in memory; all are moved into place only when every format
  // has rendered. A template error or Ctrl-C removes the staged files: never half an output set.
  // Stdout and dry runs keep the (single or inspected) output in memory instead.
  const inMemory = run.out === '-' || run.dryRun;
  const kept: OutputFile[] = [];
  const staged = new Map<string, StagedFile>();
  const discardAll = () => discardStaged([...staged.values()]);
  let env: TemplateEnv | undefined;
  let aside: ApkgRun | null = null;
  let lazyEnv = (): TemplateEnv => {
    throw new Error('templates are not loaded');
  };
  try {
    // Handlebars is loaded only when a format uses templates (JSON and .apkg do not).
    if (run.formats.some((f) => f !== 'json' && f !== 'apkg')) {
      const { createTemplateEnv } = await import('../render/template-env.js');
      lazyEnv = () => (env ??= createTemplateEnv(run.templateDir));
    }
    const keep = (rendered: OutputFile[]) => {
      if (inMemory) kept.push(...rendered);
      else for (const f of rendered) stage(staged, join(run.out, f.name), f.content);
    };
    // Rendered and kept in a call of its own: a variable of this loop would hold the last
    // format's files (a year's CSV rows: hundreds of MB) while the next format renders.
    const renderAndKeep = async (format: Format, set: OutputSet) => {
      const { files, warnings } = await renderFormat(format, set.doc, set.options, lazyEnv);
      for (const w of warnings) reportWarning(format, w);
      keep(files);
    };
    for (const set of sets) {
      aside = apkgThread ? apkgInWorker(apkgThread, set.doc.articles, { deck: set.options.deck, timestamp: set.options.ankiTimestamp }) : null;
      for (const format of run.formats) {
        if (format === 'apkg' && aside) continue;
        // What the last format dropped is collected before the next one makes its own.
        if (collector.size >= COLLECT_BETWEEN_FORMATS_FROM) collectGarbage();
        await renderAndKeep(format, set);
        timer.lap(`render ${format}`);
        if (interrupt.requested) break;
      }
      if (aside) {
        keep(await aside.files);
        timer.lap('render apkg (its own thread, waited for)');
        aside = null;
      }
      if (interrupt.requested) break;
    }
  } catch (err) {
    aside?.cancel();
    discardAll();
    const e = err as Error & { staging?: boolean };
    reportProblem(e.staging ? run.out : (run.templateDir ?? 'render'), e.staging ? `cannot write: ${e.message}` : e.message);
    return EXIT.failed;
  }
  if (interrupt.requested) {
    discardAll();
    reportInfo('quizwire: interrupted before writing; nothing written');
    return EXIT.interrupted;
  }

  if (run.out === '-') {
    writeToStdout(dedupeByName(kept));
    return markDone(run, doc) ? failedCode : EXIT.failed;
  }
  if (run.dryRun) {
    if (!run.quiet) for (const line of formatSummary({ ...summary, files: planOutputs(dedupeByName(kept), run.out) })) reportInfo(line);
    return failedCode;
  }
  const written: StagedFile[] = [];
  for (const file of staged.values()) {
    // Let a pending Ctrl-C be handled before moving the next file into place.
    await nextTurn();
    if (interrupt.requested) {
      discardStaged([...staged.values()].filter((f) => !written.includes(f)));
      const done = written.map((f) => printable(f.path)).join(', ') || 'none';
      reportInfo(`quizwire: interrupted while writing; finished files: ${done}; ${staged.size - written.length} not written`);
      return EXIT.interrupted;
    }
    try {
      commitStaged(file);
    } catch (err) {
      discardStaged([...staged.values()].filter((f) => f !== file && !written.includes(f)));
      reportProblem(run.out, `cannot write: ${(err as Error).message}`);
      return EXIT.failed;
    }
    written.push(file);
  }
  timer.lap('write');
  if (!run.quiet) for (const line of formatSummary({ ...summary, files: written })) reportInfo(line);
  return markDone(run, doc) ? failedCode : EXIT.failed;
}

/** --state: the written articles are done. False (reported) when the state file cannot be written. */
function markDone(run: GenerateRun, doc: QuizDocument): boolean {
  if (!run.state) return true;
  try {
    run.state.commit(doc.articles);
    return true;
  } catch (err) {
    reportProblem(run.state.file, `cannot write the state file: ${(err as Error).message}`);
    return false;
  }
}

/** Stage one file; a later format may replace a file of the same name (the PDF's HTML fallback). */
function stage(staged: Map<string, StagedFile>, path: string, content: OutputFile['content']): void {
  const previous = staged.get(path);
  if (previous) discardStaged([previous]);
  try {
    staged.set(path, stageFile(path, content));
  } catch (err) {
    // Streamed text is made while it is written: a template error surfaces here, and is
    // reported as what it is, not as a write failure.
    // (Matched by name: loading the template module here would load Handlebars for JSON runs.)
    if ((err as Error)?.name === 'TemplateError') throw err;
    throw Object.assign(err as Error, { staging: true });
  }
}

/** The whole batch, then one set per period (file names and decks get the period). */
function outputSets(doc: QuizDocument, run: GenerateRun, newestInput: number): OutputSet[] {
  const name = run.name ? safeFileName(run.name) : defaultName(doc);
  const base: RenderOptions = { ...run.render, name, ankiTimestamp: ankiTimestamp(newestInput, doc.articles), stream: true };
  const sets: OutputSet[] = [{ doc, options: base }];
  for (const { period, doc: part } of groupDocument(doc, run.groupBy)) {
    const title = run.render.worksheet.title;
    sets.push({
      doc: part,
      options: {
        ...base,
        name: `${name}-${period}`,
        deck: `${run.render.deck}::${period}`,
        worksheet: { ...base.worksheet, ...(title !== undefined && { title: `${title} — ${period}` }) },
      },
    });
  }
  return sets;
}

/** "worksheet" and "pdf" (without a browser) can both yield the same HTML file: write it once. */
function dedupeByName(files: OutputFile[]): OutputFile[] {
  return [...new Map(files.map((f) => [f.name, f])).values()];
}

/** One article: its title; several: "quiz". */
function defaultName(doc: QuizDocument): string {
  return doc.articles.length === 1 ? safeFileName(doc.articles[0].title) : 'quiz';
}
