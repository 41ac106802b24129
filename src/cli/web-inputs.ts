/**
 * The run's web inputs, fetched before anything is studied: the URLs given as inputs and the
 * articles of the `--feed`s (within --since/--until by the feed's date, and not already made
 * by an earlier run with --state). Pages are fetched at once, as the fetcher allows (N in
 * flight, fewer per host), but kept in a fixed order. A page that cannot be had becomes a
 * failed input, named with its problem when the inputs are studied; the others go on.
 * Loaded only when a URL or feed is given: an offline run never loads the network code.
 */
import { inRange, type DateRange } from '../batch/date-range.js';
import type { BatchInput } from '../batch/study-stream.js';
import { FetchError } from '../fetch/fetch-error.js';
import { Fetcher } from '../fetch/fetch-url.js';
import type { FetchSettings } from '../fetch/fetch-settings.js';
import { htmlPageText } from '../fetch/page-text.js';
import type { Robot } from '../fetch/robots.js';
import { readFeeds, reasonOf } from '../feeds/read-feeds.js';
import type { StudyState } from '../state/state-file.js';

export interface WebRequest {
  /** The inputs given that are URLs, in order. */
  urls: string[];
  /** The --feed values, in order. */
  feeds: string[];
  range: DateRange;
  settings: FetchSettings;
  state?: StudyState;
}

export interface WebInputs {
  /** Each input URL's page, or its failure; none for a URL the state file knows. */
  pages: Map<string, BatchInput>;
  /** The feeds' failures and articles, in the feeds' order. */
  feedInputs: BatchInput[];
  /** URLs not fetched because the state file knows them: made by an earlier run. */
  known: number;
  /** What the feeds and fetches gave, for stderr (null when there were no feeds). */
  summary: string | null;
}

export async function fetchWebInputs(req: WebRequest): Promise<WebInputs> {
  // A CommonJS package whose types describe an ES module: its default export is the function.
  const robotsParser = (await import('robots-parser')).default as unknown as (url: string, text: string) => Robot;
  const fetcher = new Fetcher(req.settings, robotsParser);
  const taken = new Set<string>();
  const counts = { items: 0, outside: 0, known: 0, toRead: 0 };
  const wanted = (url: string) => {
    if (taken.has(url)) return false;
    taken.add(url);
    if (req.state?.hasUrl(url)) counts.known++;
    return !req.state?.hasUrl(url);
  };

  // The pages given are on their way while the feeds are read.
  const pages = new Map(req.urls.filter(wanted).map((url) => [url, fetchPage(fetcher, url, null)] as const));
  const feeds = await readFeeds(req.feeds, fetcher);
  const feedInputs: (BatchInput | Promise<BatchInput>)[] = [];
  for (const feed of feeds) {
    if ('error' in feed) {
      feedInputs.push({ path: feed.source, error: feed.error });
      continue;
    }
    for (const item of feed.items) {
      counts.items++;
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
  const summary = req.feeds.length === 0 ? null : feedSummary(feeds.length, counts, fetcher.counts.notModified);
  return { pages: settled, feedInputs: fromFeeds, known: counts.known, summary };
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

function feedSummary(feeds: number, c: { items: number; outside: number; toRead: number }, unchanged: number): string {
  const parts = [`${c.items} article${c.items === 1 ? '' : 's'} listed in ${feeds} feed${feeds === 1 ? '' : 's'}`];
  if (c.outside) parts.push(`${c.outside} outside the dates`);
  parts.push(`${c.toRead} to read${unchanged ? ` (${unchanged} page${unchanged === 1 ? '' : 's'} unchanged, read from the cache)` : ''}`);
  return `quizwire: ${parts.join('; ')}`;
}
