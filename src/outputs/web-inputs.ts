/**
 * The web inputs of a run: the URLs among the inputs and the articles of the feeds (within the
 * date range by the feed's date, and not already made by an earlier run: the state file). Pages
 * are fetched at once, as the fetcher allows (N in flight, fewer per host), and studied in a
 * fixed order (input-queue.ts). A page that cannot be had becomes a failed input, named with its
 * problem when the inputs are studied; the others go on. Loaded only when a URL or feed is
 * given: an offline run never loads the network code (nor feedsmith and robots-parser).
 */
import { inRange, type DateRange } from '../batch/date-range.js';
import type { BatchInput } from '../batch/study-stream.js';
import { defaultCacheDir } from '../fetch/cache-dir.js';
import { FetchError } from '../fetch/fetch-error.js';
import { FETCH_DEFAULTS, type FetchSettings } from '../fetch/fetch-settings.js';
import { Fetcher } from '../fetch/fetch-url.js';
import { htmlPageText } from '../fetch/page-text.js';
import type { Robot } from '../fetch/robots.js';
import { USER_AGENT } from '../fetch/user-agent.js';
import { readFeeds, reasonOf } from '../feeds/read-feeds.js';
import type { StudyState } from '../state/state-file.js';

/** How a run reads the web (generateOutputs' `web` option). */
export interface WebOptions {
  /** Feeds (RSS, Atom, JSON Feed) or OPML lists of feeds, as URLs or files: their articles
   *  are read after the inputs, in this order. */
  feeds?: readonly string[];
  /** Limits and the cache folder; defaults: FETCH_DEFAULTS, $XDG_CACHE_HOME/quizwire (else
   *  ~/.cache/quizwire), quizwire's User-Agent. */
  fetch?: Partial<FetchSettings>;
}

/** What the feeds listed and the fetches gave (the run's summary line, a progress total). */
export interface FetchCounts {
  /** Feeds read (an OPML list counts its feeds); 0 when none was given. */
  feeds: number;
  /** Articles the feeds listed, those dated outside the range, those to read. */
  listed: number;
  outside: number;
  toRead: number;
  /** Pages fetched for the study (input URLs and feed articles, failed ones too). */
  pages: number;
  /** Pages the site said were unchanged (304), read from the cache. */
  unchanged: number;
}

export interface WebRequest {
  /** The inputs that are URLs, when known before the run (the inputs given as a list). */
  urls: readonly string[];
  web: WebOptions;
  range: DateRange;
  state?: StudyState;
  signal?: AbortSignal;
}

export interface WebInputs {
  /** An input URL's page, fetched already or now; null when the state file knows it or it
   *  came before (a URL given twice is read once). */
  page(url: string): Promise<BatchInput | null>;
  /** The feeds' failures and articles, in the feeds' order. */
  feedInputs: BatchInput[];
  /** URLs not fetched because the state file knows them: made by an earlier run. */
  readonly known: number;
  counts: FetchCounts;
}

export function fetchSettings(over: Partial<FetchSettings> = {}): FetchSettings {
  return { ...FETCH_DEFAULTS, cacheDir: defaultCacheDir(), userAgent: USER_AGENT, ...over };
}

/** The run's web inputs: the pages of `urls` and the feeds' articles fetched, all settled. */
export async function fetchWebInputs(req: WebRequest): Promise<WebInputs> {
  // A CommonJS package whose types describe an ES module: its default export is the function.
  const robotsParser = (await import('robots-parser')).default as unknown as (url: string, text: string) => Robot;
  const fetcher = new Fetcher(fetchSettings(req.web.fetch), robotsParser, req.signal);
  const taken = new Set<string>();
  let known = 0;
  const wanted = (url: string) => {
    if (taken.has(url)) return false;
    taken.add(url);
    if (req.state?.hasUrl(url)) known++;
    return !req.state?.hasUrl(url);
  };

  // The pages given are on their way while the feeds are read.
  const pages = new Map(req.urls.filter(wanted).map((url) => [url, fetchPage(fetcher, url, null)] as const));
  const feedValues = req.web.feeds ?? [];
  const feeds = await readFeeds(feedValues, fetcher);
  const counts: FetchCounts = { feeds: feeds.length, listed: 0, outside: 0, toRead: 0, pages: pages.size, unchanged: 0 };
  const feedInputs: (BatchInput | Promise<BatchInput>)[] = [];
  for (const feed of feeds) {
    if ('error' in feed) {
      feedInputs.push({ path: feed.source, error: feed.error });
      continue;
    }
    for (const item of feed.items) {
      counts.listed++;
      // An undated item is fetched: its page may say when it was published.
      if (inRange(item.day, req.range) === 'out') counts.outside++;
      else if (wanted(item.url)) {
        counts.toRead++;
        feedInputs.push(fetchPage(fetcher, item.url, item.day));
      }
    }
  }
  const settled = new Map<string, BatchInput>();
  for (const [url, page] of pages) settled.set(url, await page);
  const fromFeeds = await Promise.all(feedInputs);
  counts.pages += counts.toRead;
  counts.unchanged = fetcher.counts.notModified;
  const given = new Set<string>();
  return {
    // A URL not known before the run (the inputs were not a list) is fetched when reached.
    async page(url) {
      if (given.has(url)) return null;
      given.add(url);
      if (settled.has(url)) return settled.get(url)!;
      return wanted(url) ? fetchPage(fetcher, url, null) : null;
    },
    feedInputs: fromFeeds,
    get known() {
      return known;
    },
    counts,
  };
}

/** A page as an input to study, or as a failed input naming its problem. */
async function fetchPage(fetcher: Fetcher, url: string, day: string | null): Promise<BatchInput> {
  try {
    const got = await fetcher.get(url);
    return { source: url, text: htmlPageText(got.body, got.contentType), kind: 'html', ...(day && { date: day }) };
  } catch (err) {
    return { path: url, error: err instanceof FetchError ? err.message : reasonOf(err) };
  }
}
