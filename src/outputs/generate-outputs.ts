/**
 * A whole run as a library call: inputs in, every output file out, for every format and, with
 * `groupBy`, for every period too. What the command line does between reading its flags and
 * writing files lives here, so a program gets the same files the CLI writes:
 * - articles studied over worker threads, their facts parked on disk (batch/);
 * - with workers and a batch worth it, each set's .apkg made on a thread of its own while
 *   this one renders the other formats;
 * - garbage collected between formats of a big batch, so one format's leftovers are gone
 *   before the next makes its own (the 10,000-article, 1 GB budget of `npm run bench`).
 * Files go to `onFile` one at a time as they are made (a big text file as a producer of its
 * text, made as it is written); without `onFile` they are collected in the result.
 * The network is used only for inputs that are URLs and for `web.feeds`; with `state`, articles
 * an earlier run made are left out, and `markDone()` records this run's once its files are kept.
 */
import { apkgInWorker, type ApkgRun } from '../batch/apkg-in-worker.js';
import { jobsFor } from '../batch/auto-jobs.js';
import { BatchCollector, type ItemSpill } from '../batch/batch-document.js';
import type { DateRange } from '../batch/date-range.js';
import type { GroupBy } from '../batch/periods.js';
import { isWebUrl } from '../fetch/web-url.js';
import type { GenerateOptions } from '../generate/index.js';
import { renderFormat, type Format } from '../render/index.js';
import type { TemplateEnv } from '../render/template/env.js';
import type { WorksheetOptions } from '../render/worksheet/html.js';
import { StudyState } from '../state/state-file.js';
import type { ArticleMeta, Item, OutputFile, TopicId } from '../types.js';
import { collectGarbage } from '../util/collect-garbage.js';
import { ankiTimestamp } from './anki-timestamp.js';
import { OUTPUT_DEFAULTS } from './defaults.js';
import { outputSets, type OutputSet } from './output-sets.js';
import { lazyWeb } from './input-queue.js';
import { studyInputs, type InputEvent, type OutputsInput, type StudyRun } from './study-inputs.js';
import type { FetchCounts, WebOptions } from './web-inputs.js';

/** Below this, starting the .apkg's own thread costs more than the deck. */
const APKG_THREAD_MIN_ARTICLES = 50;

/** Batches big enough that collecting garbage between formats pays (a pause of ~0.1 s each). */
const COLLECT_BETWEEN_FORMATS_FROM = 1_000;

export interface OutputsOptions {
  /** Default: json. */
  formats?: readonly Format[];
  /** Item types, seed and items per article (defaults: all types, 1, 20). */
  generate?: Partial<GenerateOptions>;
  /** Anki deck; `::` makes a sub-deck (default "Current Affairs"). */
  deck?: string;
  /** Worksheet (and PDF, Markdown) settings; the seed defaults to the generate seed. */
  worksheet?: Partial<Omit<WorksheetOptions, 'name' | 'stream'>>;
  /** Base name of the files (default: the article's title, or "quiz"). */
  name?: string;
  /** A folder of templates that override the built-in ones. */
  templateDir?: string;
  /** Worker threads (default: the available CPUs for a batch worth them, batch/auto-jobs.ts); 1 works in this thread. */
  jobs?: number;
  /** Also one set of files per day, week or month of the article dates, or per syllabus
   *  topic (default none). */
  groupBy?: GroupBy;
  /** Only articles dated in this range (undated ones are then left out). */
  range?: DateRange;
  /** Only articles filed under one of these syllabus topics (default: every article). */
  topics?: readonly TopicId[];
  /** Folders never read as input (the output folder, when it is inside an input folder). */
  skipDirs?: string[];
  /** Feeds to read and how to fetch (URL inputs are fetched with or without it). */
  web?: WebOptions;
  /** A state file (see state/state-file.ts; none yet: an empty one): the articles it lists are
   *  left out, and the result's `markDone()` adds this run's. Throws StateFileError for a file
   *  that is not one. */
  state?: string;
  /** Stops the run at the next safe point: between articles, or between two files. */
  signal?: AbortSignal;
  /** Progress: each input finished, each phase ended, problems that did not stop the run. */
  onEvent?: (event: OutputsEvent) => void;
  /** Each file as it is made; the next is made once this returns (or its promise settles). A
   *  big text file may come as TextChunks, made as it is written. Without it, the files are
   *  collected whole in the result. */
  onFile?: (file: GeneratedFile) => void | Promise<void>;
  /** Wraps an article studied in this thread (the CLI lets Ctrl-C act at once meanwhile). */
  studyHere?: StudyRun['studyHere'];
}

/** An output file, with the format that made it and its period (null: the whole batch). */
export interface GeneratedFile extends OutputFile {
  format: Format;
  period: string | null;
}

/** A file made whole (without `onFile`): its text or its bytes. */
export type WholeFile = GeneratedFile & { content: string | Uint8Array };

export type OutputsEvent =
  | InputEvent
  /** The feeds were read and the pages known before the study fetched (when there were any). */
  | ({ kind: 'fetched' } & FetchCounts)
  /** A phase ended: "study", "generate", "render <format>", "render apkg (its own thread, waited for)". */
  | { kind: 'phase'; name: string }
  /** An article studied but not generated (its items are left out). */
  | { kind: 'failed'; source: string; reason: string }
  /** A format's problem that did not stop it (no browser for the PDF: the HTML instead). */
  | { kind: 'warning'; format: Format; message: string };

export interface OutputsResult {
  /** Where `signal` stopped the run (nothing more was made), or null. */
  stopped: 'study' | 'generate' | 'render' | null;
  /** Inputs finished (studied or skipped). */
  done: number;
  /** Articles studied in the date range: the documents' articles (0: nothing was made). */
  studied: number;
  /** Inputs that could not be read or studied, and articles that could not be generated. */
  failed: { source: string; reason: string }[];
  /** Articles left out by `range`. */
  outOfRange: number;
  undated: number;
  /** Articles left out by `topics`. */
  offTopic: number;
  /** Articles left out as made by an earlier run (`state`). */
  alreadyDone: number;
  /** Facts dropped as near-duplicates of another article's. */
  duplicates: number;
  /** The whole batch's items. */
  items: readonly Item[];
  /** Every file, when no `onFile` was given. */
  files: WholeFile[];
  /** With `state`: mark this run's articles done and write the state file (temp + rename).
   *  Call it once the files are where they belong, not for a run whose files were dropped.
   *  Returns how many were added; throws when the file cannot be written. */
  markDone(): number;
}

/** Every output file of the inputs, for every format and period (see the header). */
export async function generateOutputs(inputs: Iterable<OutputsInput> | AsyncIterable<OutputsInput>, options: OutputsOptions = {}): Promise<OutputsResult> {
  const collector = new BatchCollector();
  try {
    return await outputsFrom(collector, inputs, options);
  } finally {
    collector.close();
  }
}

async function outputsFrom(collector: BatchCollector, inputs: Iterable<OutputsInput> | AsyncIterable<OutputsInput>, options: OutputsOptions): Promise<OutputsResult> {
  const say = options.onEvent ?? (() => {});
  const stopped = () => options.signal?.aborted ?? false;
  const formats = options.formats ?? OUTPUT_DEFAULTS.formats;
  const generate: GenerateOptions = {
    types: options.generate?.types ?? [...OUTPUT_DEFAULTS.types],
    seed: options.generate?.seed ?? OUTPUT_DEFAULTS.seed,
    maxPerArticle: options.generate?.maxPerArticle ?? OUTPUT_DEFAULTS.maxPerArticle,
  };
  const range = options.range ?? {};
  const state = options.state !== undefined ? StudyState.load(options.state) : undefined;
  // URL inputs known now (a list) are fetched with the feeds before the study; others when met.
  const urls = Array.isArray(inputs) ? (inputs as OutputsInput[]).filter((i): i is string => typeof i === 'string' && isWebUrl(i)) : [];
  const web = lazyWeb(async () => (await import('./web-inputs.js')).fetchWebInputs({ urls, web: options.web ?? {}, range, state, signal: options.signal }));
  if (urls.length > 0 || (options.web?.feeds?.length ?? 0) > 0) say({ kind: 'fetched', ...(await web.open()).counts });
  const study = await studyInputs({
    inputs,
    skipDirs: options.skipDirs ?? [],
    jobs: options.jobs,
    range,
    topics: options.topics,
    collector,
    web,
    state,
    signal: options.signal,
    studyHere: options.studyHere,
    onInput: say,
  });
  say({ kind: 'phase', name: 'study' });
  let made: readonly ArticleMeta[] = [];
  const markDone = () => (state ? state.commit(made) : 0);
  const result: OutputsResult = { stopped: null, done: study.done, studied: collector.size, failed: study.failed, outOfRange: study.outOfRange, undated: study.undated, offTopic: study.offTopic, alreadyDone: study.alreadyDone, duplicates: 0, items: [], files: [], markDone };
  if (study.interrupted) return { ...result, stopped: 'study' };
  if (collector.size === 0) return result;

  // With workers, the .apkg is made on a thread of its own from items parked on disk, while
  // this one renders the other formats (that thread parks its notes on disk too).
  const jobs = jobsFor(collector.size, options.jobs);
  const apkgAside = formats.includes('apkg') && jobs > 1 && collector.size >= APKG_THREAD_MIN_ARTICLES;
  const built = await collector.build(generate, { jobs, stop: stopped, spillItems: apkgAside });
  say({ kind: 'phase', name: 'generate' });
  if (built.stopped) return { ...result, stopped: 'generate' };
  for (const f of built.failed) say({ kind: 'failed', source: f.source, reason: f.reason });
  Object.assign(result, { failed: [...study.failed, ...built.failed], duplicates: built.duplicates, items: built.doc.items });

  const w = options.worksheet ?? {};
  const worksheet: Omit<WorksheetOptions, 'name'> = {
    title: w.title,
    paper: w.paper ?? OUTPUT_DEFAULTS.paper,
    columns: w.columns ?? OUTPUT_DEFAULTS.columns,
    versions: w.versions ?? OUTPUT_DEFAULTS.versions,
    key: w.key ?? OUTPUT_DEFAULTS.key,
    keyDetail: w.keyDetail,
    seed: w.seed ?? generate.seed,
  };
  const base = { deck: options.deck ?? OUTPUT_DEFAULTS.deck, worksheet, ankiTimestamp: ankiTimestamp(study.newestInput, built.doc.articles), stream: Boolean(options.onFile) };
  const sets = outputSets(built.doc, base, options.name, options.groupBy ?? OUTPUT_DEFAULTS.groupBy);
  // Without onFile nothing is streamed (`stream` above): each file's content is whole.
  const emit = options.onFile ?? ((file: GeneratedFile) => void result.files.push(file as WholeFile));
  const renderAll = renderSets(sets, { formats, templateDir: options.templateDir, apkgThread: apkgAside ? built.itemSpill : undefined, big: collector.size >= COLLECT_BETWEEN_FORMATS_FROM, stopped, say, emit });
  if ((await renderAll) === 'stopped') return { ...result, stopped: 'render' };
  made = built.doc.articles;
  return result;
}

interface RenderRun {
  formats: readonly Format[];
  templateDir?: string;
  /** Where the items are parked for the .apkg's own thread, when it has one. */
  apkgThread?: ItemSpill;
  /** Collect garbage between formats. */
  big: boolean;
  stopped: () => boolean;
  say: (event: OutputsEvent) => void;
  emit: (file: GeneratedFile) => void | Promise<void>;
}

/** Every set's files in every format, each handed on as soon as it is made. */
async function renderSets(sets: readonly OutputSet[], run: RenderRun): Promise<'done' | 'stopped'> {
  let env: TemplateEnv | undefined;
  let lazyEnv = (): TemplateEnv => {
    throw new Error('templates are not loaded');
  };
  // Handlebars is loaded only when a format uses templates (JSON and .apkg do not).
  if (run.formats.some((f) => f !== 'json' && f !== 'apkg')) {
    const { createTemplateEnv } = await import('../render/template/env.js');
    lazyEnv = () => (env ??= createTemplateEnv(run.templateDir));
  }
  // "worksheet" and "pdf" (without a browser) can both make the same HTML file: it goes once.
  const names = new Set<string>();
  const hand = async (files: readonly OutputFile[], format: Format, set: OutputSet) => {
    for (const file of files) {
      if (names.has(file.name)) continue;
      names.add(file.name);
      await run.emit({ name: file.name, content: file.content, format, period: set.period });
    }
  };
  // Rendered and handed on in a call of its own: a variable of the loop below would hold the
  // last format's files (a year's CSV rows: hundreds of MB) while the next format renders.
  const renderOne = async (format: Format, set: OutputSet) => {
    const { files, warnings } = await renderFormat(format, set.doc, set.options, lazyEnv);
    for (const message of warnings) run.say({ kind: 'warning', format, message });
    await hand(files, format, set);
  };
  let aside: ApkgRun | null = null;
  try {
    for (const set of sets) {
      aside = run.apkgThread ? apkgInWorker(run.apkgThread, set.doc.articles, { deck: set.options.deck, timestamp: set.options.ankiTimestamp }) : null;
      for (const format of run.formats) {
        if (format === 'apkg' && aside) continue;
        // What the last format dropped is collected before the next one makes its own.
        if (run.big) collectGarbage();
        await renderOne(format, set);
        run.say({ kind: 'phase', name: `render ${format}` });
        if (run.stopped()) break;
      }
      if (aside) {
        await hand(await aside.files, 'apkg', set);
        run.say({ kind: 'phase', name: 'render apkg (its own thread, waited for)' });
        aside = null;
      }
      if (run.stopped()) return 'stopped';
    }
  } catch (err) {
    aside?.cancel();
    throw err;
  }
  return 'done';
}
