import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import robotsParser from 'robots-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher } from '../../src/fetch/fetch-url.js';
import { FETCH_DEFAULTS, type FetchSettings } from '../../src/fetch/fetch-settings.js';
import type { Robot } from '../../src/fetch/robots.js';
import { htmlPageText } from '../../src/fetch/page-text.js';
import { USER_AGENT } from '../../src/fetch/user-agent.js';
import { tempDir } from '../temp-dir.js';
import { pageBytes, startNewsServer, type NewsServer } from './news-server.js';

let server: NewsServer;
beforeAll(async () => {
  server = await startNewsServer();
});
afterAll(() => server.close());

const parse = robotsParser as unknown as (url: string, text: string) => Robot;
function fetcher(over: Partial<FetchSettings> = {}): Fetcher {
  return new Fetcher({ ...FETCH_DEFAULTS, cacheDir: tempDir(), userAgent: USER_AGENT, ...over }, parse);
}

/** The reason a fetch failed with. */
async function failure(f: Fetcher, path: string): Promise<string> {
  try {
    await f.get(`${server.base}${path}`);
  } catch (err) {
    expect((err as Error).name).toBe('FetchError');
    return (err as Error).message;
  }
  throw new Error(`${path} did not fail`);
}

describe('Fetcher', () => {
  it('gets a page, saying who asks (quizwire/<version> and where to read about it)', async () => {
    const got = await fetcher().get(`${server.base}/news/port-berth.html`);
    expect(Buffer.from(got.body).equals(pageBytes('port-berth'))).toBe(true);
    expect(got.fromCache).toBe(false);
    const ua = server.log.find((l) => l.path === '/news/port-berth.html')!.headers['user-agent'];
    expect(ua).toBe(USER_AGENT);
    expect(ua).toMatch(/^quizwire\/\d+\.\d+\.\d+ \(\+https?:\/\//);
  });

  it('undoes gzip and br bodies', async () => {
    const f = fetcher();
    for (const enc of ['gzip', 'br']) {
      const got = await f.get(`${server.base}/${enc}/dam-inspection.html`);
      expect(Buffer.from(got.body).equals(pageBytes('dam-inspection')), enc).toBe(true);
    }
  });

  it('follows a redirect and tells where the page was in the end', async () => {
    const got = await fetcher().get(`${server.base}/redirect/once`);
    expect(got.url).toBe(`${server.base}/redirect/once`);
    expect(got.finalUrl).toBe(`${server.base}/news/port-berth.html`);
  });

  it('names a redirect loop, and gives up after the redirect limit', async () => {
    expect(await failure(fetcher(), '/loop/a')).toMatch(/^redirect loop/);
    const f = fetcher({ maxRedirects: 3 });
    expect(await failure(f, '/chain/1')).toBe('too many redirects (more than 3)');
    expect(server.hits('/chain/5')).toBe(0);
  });

  it('says 404 and refuses what is not an HTML page', async () => {
    expect(await failure(fetcher(), '/missing.html')).toBe('HTTP 404 Not Found');
    const pdf = await fetcher().get(`${server.base}/report.pdf`);
    expect(() => htmlPageText(pdf.body, pdf.contentType)).toThrow('not an HTML page (application/pdf)');
  });

  it('times out a slow answer', async () => {
    expect(await failure(fetcher({ timeoutMs: 300 }), '/slow')).toBe('timed out after 0.3 s');
  });

  it('stops reading past the size limit', async () => {
    expect(await failure(fetcher({ maxBytes: 50_000 }), '/big.html')).toMatch(/^page too large \(over the /);
  });

  it('names a site that cannot be reached', async () => {
    // A port nothing listens on: the server's own, once closed.
    const gone = await startNewsServer();
    await gone.close();
    const f = fetcher();
    await expect(f.get(`${gone.base}/news/port-berth.html`)).rejects.toThrow('cannot connect: connection refused');
  });

  it('respects robots.txt, also at the end of a redirect, and reads it once per site', async () => {
    const f = fetcher();
    const before = server.hits('/robots.txt');
    expect(await failure(f, '/private/port-berth.html')).toMatch(/robots\.txt of 127\.0\.0\.1:\d+ does not allow quizwire/);
    expect(await failure(f, '/redirect/to-private')).toMatch(/does not allow quizwire to fetch .*\/private\/port-berth\.html/);
    await f.get(`${server.base}/news/metro-line.html`);
    expect(server.hits('/private/port-berth.html')).toBe(0);
    expect(server.hits('/robots.txt') - before).toBe(1);
  });

  it('asks again with If-None-Match / If-Modified-Since and reads a 304 from the cache', async () => {
    const cacheDir = tempDir();
    const first = await fetcher({ cacheDir }).get(`${server.base}/news/solar-park.html`);
    expect(first.fromCache).toBe(false);
    const f = fetcher({ cacheDir });
    const again = await f.get(`${server.base}/news/solar-park.html`);
    expect(again.fromCache).toBe(true);
    expect(Buffer.from(again.body).equals(Buffer.from(first.body))).toBe(true);
    expect(f.counts.notModified).toBe(1);
    const asked = server.log.filter((l) => l.path === '/news/solar-park.html').at(-1)!;
    expect(asked.status).toBe(304);
    expect(asked.headers['if-none-match']).toMatch(/^"[0-9a-f]+"$/);
    expect(asked.headers['if-modified-since']).toBe('Tue, 01 Dec 2026 06:00:00 GMT');
    // Entries only (written whole, under a temporary name first): no temporary file left.
    expect(readdirSync(join(cacheDir, 'pages')).every((n) => n.endsWith('.page'))).toBe(true);
  });

  it('never has more requests in flight than allowed', async () => {
    const s = await startNewsServer();
    try {
      const f = fetcher({ concurrency: 1 });
      await Promise.all(['/slow-page/port-berth.html', '/slow-page/metro-line.html', '/news/dam-inspection.html'].map((p) => f.get(`${s.base}${p}`)));
      expect(s.maxInFlight).toBe(1);
    } finally {
      await s.close();
    }
  });
});
