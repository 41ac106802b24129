import { dedupeFacts } from '../batch/dedupe-facts.js';
import { groupDocument } from '../batch/group-articles.js';
import type { DateRange } from '../batch/date-range.js';
import type { GroupBy } from '../batch/periods.js';
import type { GenerateOptions } from '../generate/index.js';
import { buildDocument } from '../pipeline.js';
import { renderFormat, type Format, type RenderOptions } from '../render/index.js';
import type { TemplateEnv } from '../render/template-env.js';
import type { OutputFile, QuizDocument } from '../types.js';
import { safeFileName } from '../util/file-name.js';
import { watchInterrupt, type InterruptWatch } from './interrupt.js';
import { createProgress, type ProgressMode } from './progress.js';
import { reportInfo, reportProblem, reportWarning } from './report.js';
import { countInputs, studyInputs } from './study-inputs.js';
import { formatSummary } from './summary.js';
import { EXIT } from './usage-error.js';
import { planOutputs, writeOutputs, writeToStdout } from './write-outputs.js';

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
}

/** One document to render: the whole batch, or one period of it. */
interface OutputSet {
  doc: QuizDocument;
  options: RenderOptions;
}

/** The `generate` job. Returns the exit code: 0 all good, 1 some input or output failed, 130 interrupted. */
export async function runGenerate(run: GenerateRun): Promise<number> {
  const interrupt = watchInterrupt(() => reportInfo('quizwire: interrupted; stopping at the next safe point (Ctrl-C again to stop now)'));
  try {
    return await generate(run, interrupt);
  } finally {
    interrupt.dispose();
  }
}

async function generate(run: GenerateRun, interrupt: InterruptWatch): Promise<number> {
  const progress = await createProgress(run.progress);
  if (run.progress === 'bar') void countInputs(run.inputs).then((n) => progress.setTotal(n), () => {});
  const study = await studyInputs({ inputs: run.inputs, jobs: run.jobs, range: run.range, progress, interrupt });
  progress.stop();
  if (study.interrupted) {
    reportInfo(`quizwire: interrupted after ${study.done} input(s) (${study.results.length} studied); nothing written`);
    return EXIT.interrupted;
  }
  const failedCode = study.failed.length > 0 ? EXIT.failed : EXIT.ok;
  if (study.results.length === 0) {
    const why = study.outOfRange + study.undated > 0 ? 'no articles in the date range' : 'no usable articles';
    reportProblem(run.inputs.join(' '), `${why}; nothing written`);
    return EXIT.failed;
  }

  const { results, dropped } = dedupeFacts(study.results);
  const doc = buildDocument(results, run.generate);
  const sets = outputSets(doc, run, study.newestInput);

  // Render everything first, write after: a template error must not leave half the outputs.
  let env: TemplateEnv | undefined;
  let lazyEnv = (): TemplateEnv => {
    throw new Error('templates are not loaded');
  };
  const files: OutputFile[] = [];
  try {
    // Handlebars is loaded only when a format uses templates (JSON and .apkg do not).
    if (run.formats.some((f) => f !== 'json' && f !== 'apkg')) {
      const { createTemplateEnv } = await import('../render/template-env.js');
      lazyEnv = () => (env ??= createTemplateEnv(run.templateDir));
    }
    for (const set of sets) {
      for (const format of run.formats) {
        const { files: rendered, warnings } = await renderFormat(format, set.doc, set.options, lazyEnv);
        for (const w of warnings) reportWarning(format, w);
        files.push(...rendered);
      }
    }
  } catch (err) {
    reportProblem(run.templateDir ?? 'render', (err as Error).message);
    return EXIT.failed;
  }
  if (interrupt.requested) {
    reportInfo('quizwire: interrupted before writing; nothing written');
    return EXIT.interrupted;
  }

  if (run.out === '-') {
    writeToStdout(dedupeByName(files));
    return failedCode;
  }
  const planned = planOutputs(dedupeByName(files), run.out);
  const summary = { read: study.results.length + study.outOfRange + study.undated, failed: study.failed, outOfRange: study.outOfRange, undated: study.undated, duplicates: dropped, items: doc.items, dryRun: run.dryRun };
  if (run.dryRun) {
    if (!run.quiet) for (const line of formatSummary({ ...summary, files: planned })) reportInfo(line);
    return failedCode;
  }
  let outcome;
  try {
    outcome = await writeOutputs(planned, interrupt);
  } catch (err) {
    reportProblem(run.out, `cannot write: ${(err as Error).message}`);
    return EXIT.failed;
  }
  if (outcome.interrupted) {
    const done = outcome.written.map((p) => p.path).join(', ') || 'none';
    reportInfo(`quizwire: interrupted while writing; finished files: ${done}; ${planned.length - outcome.written.length} not written`);
    return EXIT.interrupted;
  }
  if (!run.quiet) for (const line of formatSummary({ ...summary, files: outcome.written })) reportInfo(line);
  return failedCode;
}

/** The whole batch, then one set per period (file names and decks get the period). */
function outputSets(doc: QuizDocument, run: GenerateRun, newestInput: number): OutputSet[] {
  const name = run.name ? safeFileName(run.name) : defaultName(doc);
  // Anki takes a note's new text only from a newer file: stamp notes with the inputs' newest
  // modification time, so an unchanged input gives the same bytes and an edited one updates.
  const base: RenderOptions = { ...run.render, name, ankiTimestamp: newestInput };
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
