/**
 * The options of a run that reads the web or remembers what it made: `--feed`, `--cache`,
 * `--fetch-concurrency`, `--fetch-timeout` and `--state` (flags over the config's keys), and
 * the step that acts on them before the run: the state file read, the pages fetched.
 */
import type { QuizwireConfig } from '../config/config-schema.js';
import { defaultCacheDir } from '../fetch/cache-dir.js';
import { FETCH_DEFAULTS, type FetchSettings } from '../fetch/fetch-settings.js';
import { USER_AGENT } from '../fetch/user-agent.js';
import { isWebUrl } from '../fetch/web-url.js';
import { StudyState } from '../state/state-file.js';
import { reportInfo } from './report.js';
import type { GenerateRun } from './run-generate.js';
import { UsageError } from './usage-error.js';

export interface WebFlags {
  feed?: string[];
  cache?: string;
  state?: string;
  fetchConcurrency?: number;
  /** Seconds. */
  fetchTimeout?: number;
}

export interface WebPlan {
  urls: string[];
  feeds: string[];
  settings: FetchSettings;
  statePath?: string;
}

export function resolveWebPlan(inputs: readonly string[], flags: WebFlags, config: QuizwireConfig): WebPlan {
  const feeds = flags.feed ?? config.feeds ?? [];
  if (inputs.length === 0 && feeds.length === 0) throw new UsageError('give articles to read: files, folders, - for stdin, URLs, or --feed');
  const concurrency = flags.fetchConcurrency ?? FETCH_DEFAULTS.concurrency;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) throw new UsageError('--fetch-concurrency must be a whole number from 1 to 32');
  const timeout = flags.fetchTimeout ?? FETCH_DEFAULTS.timeoutMs / 1000;
  if (!(timeout > 0)) throw new UsageError('--fetch-timeout must be a positive number of seconds');
  return {
    urls: inputs.filter(isWebUrl),
    feeds: feeds.map(String),
    statePath: flags.state ?? config.state,
    settings: {
      ...FETCH_DEFAULTS,
      concurrency,
      timeoutMs: Math.round(timeout * 1000),
      cacheDir: flags.cache ?? config.cache ?? defaultCacheDir(),
      userAgent: USER_AGENT,
    },
  };
}

/** The run with its state file read and its web pages fetched (nothing is fetched without URLs or feeds). */
export async function prepareWebRun(run: GenerateRun, plan: WebPlan): Promise<GenerateRun> {
  const state = plan.statePath ? StudyState.load(plan.statePath) : undefined;
  if (plan.urls.length === 0 && plan.feeds.length === 0) return { ...run, state };
  const { fetchWebInputs } = await import('./web-inputs.js');
  const web = await fetchWebInputs({ urls: plan.urls, feeds: plan.feeds, range: run.range, settings: plan.settings, state });
  if (web.summary && !run.quiet) reportInfo(web.summary);
  return { ...run, state, web };
}
