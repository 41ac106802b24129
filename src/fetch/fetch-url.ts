/**
 * Fetch one URL politely: robots.txt asked first (for every hop), redirects followed up to a
 * limit (a loop is named as one), a copy from the cache reused when the site answers 304 Not
 * Modified, and at most N requests in flight (per host fewer). Any failure is a FetchError
 * whose message is the one line the user sees after the URL.
 */
import { STATUS_CODES } from 'node:http';
import { FetchError } from './fetch-error.js';
import type { FetchSettings } from './fetch-settings.js';
import { httpGet } from './http-get.js';
import { Limiter } from './limiter.js';
import { conditionalHeaders, PageCache } from './page-cache.js';
import { ROBOTS_MAX_BYTES, RobotsBook, type Robot } from './robots.js';

export interface Fetched {
  /** The URL asked for. */
  url: string;
  /** Where the page was in the end, after redirects (relative links resolve against it). */
  finalUrl: string;
  contentType: string | null;
  body: Uint8Array;
  /** Read from the cache after a 304. */
  fromCache: boolean;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export class Fetcher {
  private readonly limiter: Limiter;
  private readonly cache: PageCache;
  private readonly robots: RobotsBook;
  /** Pages the site said were unchanged (304), read from the cache: for the run's summary. */
  readonly counts = { notModified: 0 };

  constructor(
    private readonly settings: FetchSettings,
    parseRobots: (robotsUrl: string, text: string) => Robot,
    /** Stops every request, waiting or in flight (the run was interrupted). */
    private readonly stop?: AbortSignal,
  ) {
    this.limiter = new Limiter(settings.concurrency, Math.min(settings.perHost, settings.concurrency));
    this.cache = new PageCache(settings.cacheDir, settings.readOnlyCache);
    this.robots = new RobotsBook(async (robotsUrl) => {
      try {
        const got = await this.follow(robotsUrl, { robots: false, maxBytes: ROBOTS_MAX_BYTES });
        return { status: 200, text: Buffer.from(got.body).toString('utf8') };
      } catch (err) {
        const status = (err as { status?: number }).status;
        if (status) return { status, text: '' };
        throw err;
      }
    }, parseRobots);
  }

  /** The page at `url`, or a FetchError. */
  get(url: string): Promise<Fetched> {
    return this.follow(url, { robots: true, maxBytes: this.settings.maxBytes });
  }

  private async follow(url: string, opts: { robots: boolean; maxBytes: number }): Promise<Fetched> {
    const seen = new Set<string>();
    let at = checkedUrl(url);
    for (let hop = 0; ; hop++) {
      seen.add(at);
      if (opts.robots && !(await this.robots.allows(at))) throw new FetchError(`robots.txt of ${new URL(at).host} does not allow quizwire to fetch ${hop ? at : 'it'}`);
      const cached = this.cache.get(at);
      const answer = await this.limiter.run(new URL(at).host, () =>
        httpGet({ url: at, headers: conditionalHeaders(cached), userAgent: this.settings.userAgent, timeoutMs: this.settings.timeoutMs, maxBytes: opts.maxBytes, stop: this.stop }),
      );
      if (answer.status === 304 && cached) {
        this.counts.notModified++;
        return { url, finalUrl: at, contentType: cached.contentType, body: cached.body, fromCache: true };
      }
      if (REDIRECTS.has(answer.status)) {
        const location = answer.headers.get('location');
        if (!location) throw new FetchError(`HTTP ${answer.status} redirect without a Location`);
        const next = checkedUrl(new URL(location, at).href, 'redirected to');
        if (seen.has(next)) throw new FetchError(`redirect loop (${next} again)`);
        if (hop + 1 > this.settings.maxRedirects) throw new FetchError(`too many redirects (more than ${this.settings.maxRedirects})`);
        at = next;
        continue;
      }
      if (answer.status < 200 || answer.status >= 300) {
        throw Object.assign(new FetchError(`HTTP ${answer.status} ${STATUS_CODES[answer.status] ?? ''}`.trim()), { status: answer.status });
      }
      const contentType = answer.headers.get('content-type');
      this.cache.put({ url: at, etag: answer.headers.get('etag'), lastModified: answer.headers.get('last-modified'), contentType, body: answer.body });
      return { url, finalUrl: at, contentType, body: answer.body, fromCache: false };
    }
  }
}

/** An http(s) URL, normalised (`new URL().href`); anything else is refused before any request. */
function checkedUrl(text: string, what = 'not'): string {
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    throw new FetchError(`${what === 'not' ? 'not a valid URL' : `${what} an invalid URL`}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new FetchError(what === 'not' ? `not an http(s) URL` : `${what} a ${u.protocol} address, not http(s)`);
  u.hash = '';
  return u.href;
}
