/**
 * An OPML file (the list of feeds a feed reader exports) → the feeds' URLs, in the order the
 * file lists them (folders read depth first). Relative URLs resolve against the file's place.
 */
import { parseOpml } from 'feedsmith';
import { absoluteHttpUrl, FeedError } from './parse-feed.js';

type Outline = { xmlUrl?: string; outlines?: Outline[] };

/** A quick look: is this text an OPML document rather than a feed? */
export function looksLikeOpml(text: string): boolean {
  return /<opml[\s>]/i.test(text.slice(0, 2048));
}

/** Throws FeedError when it is not OPML. */
export function opmlFeedUrls(text: string, base: string): string[] {
  let doc;
  try {
    doc = parseOpml(text);
  } catch {
    throw new FeedError('not an OPML feed list');
  }
  const urls: string[] = [];
  const walk = (outlines: Outline[] | undefined) => {
    for (const o of outlines ?? []) {
      const url = o.xmlUrl ? absoluteHttpUrl(o.xmlUrl, base) : null;
      if (url && !urls.includes(url)) urls.push(url);
      walk(o.outlines);
    }
  };
  walk((doc.body as { outlines?: Outline[] } | undefined)?.outlines);
  return urls;
}
