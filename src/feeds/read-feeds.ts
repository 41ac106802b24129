/**
 * `--feed` values → the articles they list: each value is a feed or an OPML list of feeds, at a
 * URL or in a file. Feeds are fetched at once (the fetcher bounds how many), and their articles
 * come out in a fixed order, never that of the answers: the values' order, each feed's own order
 * within it, the first listing of a URL kept.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { FetchError } from '../fetch/fetch-error.js';
import type { Fetcher } from '../fetch/fetch-url.js';
import { bodyText } from '../fetch/page-text.js';
import { readInput } from '../io/read-input.js';
import { isWebUrl } from '../fetch/web-url.js';
import { FeedError, parseFeedItems, type FeedItem } from './parse-feed.js';
import { looksLikeOpml, opmlFeedUrls } from './parse-opml.js';

/** One feed's articles, or why it gave none (`source`: the feed's URL or file). */
export type FeedOutcome = { source: string; items: FeedItem[] } | { source: string; error: string };

/** A feed value's text and the base its relative links resolve against. */
async function readFeedText(value: string, fetcher: Fetcher): Promise<{ text: string; base: string }> {
  if (isWebUrl(value)) {
    const got = await fetcher.get(value);
    return { text: bodyText(got.body, got.contentType), base: got.finalUrl };
  }
  const read = await readInput(value);
  if (!read.ok) throw new FetchError(read.error);
  return { text: read.text, base: pathToFileURL(resolve(value)).href };
}

async function readFeed(value: string, fetcher: Fetcher): Promise<FeedOutcome[]> {
  let text: string;
  let base: string;
  try {
    ({ text, base } = await readFeedText(value, fetcher));
    if (!looksLikeOpml(text)) return [{ source: value, items: parseFeedItems(text, base) }];
  } catch (err) {
    return [{ source: value, error: reasonOf(err) }];
  }
  // A list of feeds: each one read in turn (a list inside a list is not followed).
  let urls: string[];
  try {
    urls = opmlFeedUrls(text, base);
  } catch (err) {
    return [{ source: value, error: reasonOf(err) }];
  }
  if (urls.length === 0) return [{ source: value, error: 'the OPML list names no feeds (no outline with an xmlUrl)' }];
  return Promise.all(
    urls.map(async (url): Promise<FeedOutcome> => {
      try {
        const got = await fetcher.get(url);
        return { source: url, items: parseFeedItems(bodyText(got.body, got.contentType), got.finalUrl) };
      } catch (err) {
        return { source: url, error: reasonOf(err) };
      }
    }),
  );
}

/** Every feed value's outcomes, in the order given. */
export async function readFeeds(values: readonly string[], fetcher: Fetcher): Promise<FeedOutcome[]> {
  return (await Promise.all(values.map((v) => readFeed(v, fetcher)))).flat();
}

export function reasonOf(err: unknown): string {
  if (err instanceof FetchError || err instanceof FeedError) return err.message;
  return `internal error: ${(err as Error)?.message ?? String(err)}`;
}
