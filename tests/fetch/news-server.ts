/**
 * A local news site for the fetch and feed tests (nothing in the tests touches the internet):
 * a node:http server on 127.0.0.1 and a free port, serving the pages of tests/fixtures/web, feeds
 * of them in each format, and every fault a fetch must survive. It records each request.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { ROOT } from '../cli/run-cli.js';

export const WEB = join(ROOT, 'tests/fixtures/web');
export const PAGES = ['port-berth', 'dam-inspection', 'metro-line', 'solar-park', 'undated-note'] as const;

export interface Logged {
  path: string;
  headers: IncomingMessage['headers'];
  status: number;
}

export interface NewsServer {
  /** "http://127.0.0.1:PORT" */
  base: string;
  log: Logged[];
  /** Most requests in flight at once. */
  maxInFlight: number;
  /** Requests of a path so far. */
  hits(path: string): number;
  /** Feeds of this server's pages, by their path, set by the test (`feed` builds them). */
  routes: Map<string, { type: string; body: string }>;
  close(): Promise<void>;
}

export const pageBytes = (name: string) => readFileSync(join(WEB, `${name}.html`));
const etagOf = (body: Buffer) => `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
const LAST_MODIFIED = 'Tue, 01 Dec 2026 06:00:00 GMT';

/** An item of a feed: a path of this server, a title and the date as the format writes it. */
export interface FeedEntry {
  path: string;
  title: string;
  date?: string;
}

export function rss(base: string, items: FeedEntry[]): string {
  const xml = items.map((i) => `<item><title>${i.title}</title><link>${base}${i.path}</link>${i.date ? `<pubDate>${i.date}</pubDate>` : ''}</item>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>The Harbour Gazette</title><link>${base}/</link><description>News</description>\n${xml}\n</channel></rss>\n`;
}

export function atom(items: FeedEntry[]): string {
  // Relative links, as many Atom feeds have: they resolve against the feed's URL.
  const xml = items.map((i, n) => `<entry><title>${i.title}</title><link rel="alternate" type="text/html" href="${i.path}"/><id>urn:test:${n}</id>${i.date ? `<published>${i.date}</published><updated>${i.date}</updated>` : ''}</entry>`).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>The Valley Ledger</title><id>urn:test</id><updated>2026-12-01T00:00:00Z</updated>\n${xml}\n</feed>\n`;
}

export function jsonFeed(base: string, items: FeedEntry[]): string {
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Metro Daily', items: items.map((i, n) => ({ id: String(n), url: `${base}${i.path}`, title: i.title, ...(i.date && { date_published: i.date }) })) });
}

export function opml(feedUrls: string[]): string {
  const outlines = feedUrls.map((u, n) => `<outline type="rss" text="Feed ${n}" xmlUrl="${u}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0"><head><title>My news</title></head><body><outline text="India">\n${outlines}\n</outline></body></opml>\n`;
}

export async function startNewsServer(): Promise<NewsServer> {
  const log: Logged[] = [];
  const routes = new Map<string, { type: string; body: string }>();
  let inFlight = 0;
  const state = { maxInFlight: 0 };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = req.url ?? '/';
    const send = (status: number, headers: Record<string, string>, body?: Buffer | string) => {
      log.push({ path, headers: req.headers, status });
      res.writeHead(status, headers);
      res.end(body);
    };
    const page = /^\/(news|gzip|br|private|slow-page)\/([\w-]+)\.html$/.exec(path);
    if (path === '/robots.txt') return send(200, { 'content-type': 'text/plain' }, 'User-agent: *\nDisallow: /private/\n\nUser-agent: quizwire\nDisallow: /private/\nDisallow: /blocked-for-quizwire/\n');
    if (routes.has(path)) {
      const r = routes.get(path)!;
      return send(200, { 'content-type': r.type }, r.body);
    }
    if (page && (PAGES as readonly string[]).includes(page[2])) {
      const body = pageBytes(page[2]);
      const etag = etagOf(body);
      if (page[1] === 'slow-page') await new Promise((r) => setTimeout(r, 200));
      if (page[1] === 'gzip') return send(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' }, gzipSync(body));
      if (page[1] === 'br') return send(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' }, brotliCompressSync(body));
      if (req.headers['if-none-match'] === etag || req.headers['if-modified-since'] === LAST_MODIFIED) return send(304, { etag, 'last-modified': LAST_MODIFIED });
      return send(200, { 'content-type': 'text/html; charset=utf-8', etag, 'last-modified': LAST_MODIFIED }, body);
    }
    if (path === '/redirect/once') return send(301, { location: '/news/port-berth.html' });
    if (path === '/loop/a') return send(302, { location: '/loop/b' });
    if (path === '/loop/b') return send(302, { location: '/loop/a' });
    if (/^\/chain\/\d+$/.test(path)) return send(302, { location: `/chain/${Number(path.split('/')[2]) + 1}` });
    if (path === '/redirect/to-private') return send(302, { location: '/private/port-berth.html' });
    if (path === '/report.pdf') return send(200, { 'content-type': 'application/pdf' }, Buffer.from('%PDF-1.4\n%\xe2\xe3\n1 0 obj\n<<>>\nendobj\n', 'latin1'));
    if (path === '/slow') {
      await new Promise((r) => setTimeout(r, 3_000));
      return send(200, { 'content-type': 'text/html' }, '<p>too late</p>');
    }
    if (path === '/big.html') return send(200, { 'content-type': 'text/html' }, `<html><body>${'<p>word </p>'.repeat(20_000)}</body></html>`);
    if (path === '/ua') return send(200, { 'content-type': 'text/plain' }, String(req.headers['user-agent']));
    return send(404, { 'content-type': 'text/html' }, '<h1>Not found</h1>');
  };

  const server = createServer((req, res) => {
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    handle(req, res).catch((err) => {
      res.destroy(err as Error);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    base: `http://127.0.0.1:${port}`,
    log,
    get maxInFlight() {
      return state.maxInFlight;
    },
    hits: (path) => log.filter((l) => l.path === path).length,
    routes,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
