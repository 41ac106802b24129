/**
 * A feed's text (RSS 2.0, RSS 1.0/RDF, Atom or JSON Feed) → its articles: link, title and day,
 * in the feed's own order. Parsing is feedsmith's (chosen over rss-parser and
 * @extractus/feed-extractor: see README "Reading news from the web"); picking each format's
 * link and date is ours. Relative links resolve against the feed's URL.
 */
import { parseFeed } from 'feedsmith';
import { feedDay } from './feed-day.js';

export interface FeedItem {
  url: string;
  title: string | null;
  /** ISO day the feed gives it (published, else updated), or null. */
  day: string | null;
}

/** Text that is no feed (or feed list) quizwire can read: its message is the one-line reason. */
export class FeedError extends Error {}

type Link = { href?: string; rel?: string; type?: string };
type AnyItem = {
  title?: string | { value?: string };
  link?: string;
  links?: Link[];
  url?: string;
  external_url?: string;
  guid?: { value?: string; isPermaLink?: boolean };
  id?: string;
  pubDate?: string;
  published?: string;
  updated?: string;
  date_published?: string;
  date_modified?: string;
  dc?: { dates?: string[]; date?: string };
};

/** The page an item is about: its link; for Atom the alternate (HTML) one; for RSS a permalink guid. */
function itemLink(item: AnyItem): string | null {
  if (item.links?.length) {
    const alternate = item.links.filter((l) => l.href && (!l.rel || l.rel === 'alternate'));
    return (alternate.find((l) => !l.type || /html/.test(l.type)) ?? alternate[0])?.href ?? null;
  }
  const guid = item.guid?.isPermaLink !== false ? item.guid?.value : undefined;
  return item.link ?? item.url ?? item.external_url ?? (guid && /^https?:\/\//i.test(guid) ? guid : null);
}

function itemDate(item: AnyItem): string | null {
  return item.pubDate ?? item.published ?? item.date_published ?? item.dc?.dates?.[0] ?? item.dc?.date ?? item.updated ?? item.date_modified ?? null;
}

function itemTitle(item: AnyItem): string | null {
  const t = typeof item.title === 'string' ? item.title : item.title?.value;
  return t?.trim() || null;
}

/** Throws FeedFormatError when the text is no feed quizwire can read. */
export function parseFeedItems(text: string, feedUrl: string): FeedItem[] {
  let parsed;
  try {
    parsed = parseFeed(text);
  } catch {
    throw new FeedError('not a feed (RSS, Atom or JSON Feed)');
  }
  const feed = parsed.feed as { items?: AnyItem[]; entries?: AnyItem[] };
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  for (const item of feed.items ?? feed.entries ?? []) {
    const link = itemLink(item);
    const url = link ? absoluteHttpUrl(link, feedUrl) : null;
    // An item without a page to read (a podcast episode, a note) has nothing for quizwire.
    if (!url || seen.has(url)) continue;
    seen.add(url);
    items.push({ url, title: itemTitle(item), day: feedDay(itemDate(item)) });
  }
  return items;
}

/** `link` resolved against `base`, when it is an http(s) URL. */
export function absoluteHttpUrl(link: string, base: string): string | null {
  try {
    const u = new URL(link.trim(), base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}
