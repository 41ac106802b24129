/**
 * The options of a run that reads the web or remembers what it made: `--feed`, `--cache`,
 * `--fetch-concurrency`, `--fetch-timeout` and `--state` (flags over the config's keys), as
 * generateOutputs' `web` and `state` options.
 */
import type { QuizwireConfig } from '../config/config-schema.js';
import { defaultCacheDir } from '../fetch/cache-dir.js';
import { FETCH_DEFAULTS } from '../fetch/fetch-settings.js';
import { isWebUrl } from '../fetch/web-url.js';
import type { WebOptions } from '../outputs/web-inputs.js';
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
  /** Undefined when the run reads nothing from the web (no URL input, no feed). */
  web?: WebOptions & { fetch: { cacheDir: string } };
  state?: string;
}

/** A dry run reads the page cache but writes nothing to it. */
export function resolveWebPlan(inputs: readonly string[], flags: WebFlags, config: QuizwireConfig, dryRun: boolean): WebPlan {
  const feeds = (flags.feed ?? config.feeds ?? []).map(String);
  if (inputs.length === 0 && feeds.length === 0) throw new UsageError('give articles to read: files, folders, - for stdin, URLs, or --feed');
  const concurrency = flags.fetchConcurrency ?? FETCH_DEFAULTS.concurrency;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) throw new UsageError('--fetch-concurrency must be a whole number from 1 to 32');
  const timeout = flags.fetchTimeout ?? FETCH_DEFAULTS.timeoutMs / 1000;
  if (!(timeout > 0)) throw new UsageError('--fetch-timeout must be a positive number of seconds');
  const state = flags.state ?? config.state;
  if (feeds.length === 0 && !inputs.some(isWebUrl)) return { state };
  const fetch = { concurrency, timeoutMs: Math.round(timeout * 1000), cacheDir: flags.cache ?? config.cache ?? defaultCacheDir(), readOnlyCache: dryRun };
  return { web: { feeds, fetch }, state };
}
