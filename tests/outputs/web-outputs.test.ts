/**
 * generateOutputs on the web, as a library user calls it: URL inputs (in a list, or met in an
 * async iterable), feeds, a state file marked done only by markDone(), a read-only cache. Served
 * by a local news site (tests/fetch/news-server.ts); nothing here touches the internet.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The built library: its workers load compiled .js files.
import { generateOutputs, type OutputsEvent } from '../../dist/index.js';
import { jsonFeed, startNewsServer, type NewsServer } from '../fetch/news-server.js';
import { tempDir } from '../temp-dir.js';

let site: NewsServer;
beforeAll(async () => {
  site = await startNewsServer();
  site.routes.set('/feeds/metro.json', { type: 'application/feed+json', body: jsonFeed(site.base, [{ path: '/news/metro-line.html', title: 'Metro', date: '2026-12-01T06:00:00+05:30' }]) });
});
afterAll(() => site.close());

const url = (path: string) => `${site.base}${path}`;
const sourcesOf = (content: unknown) => (JSON.parse(String(content)) as { articles: { source: string }[] }).articles.map((a) => a.source);

describe('generateOutputs on the web', () => {
  it('reads URL inputs and feeds, says what the feeds gave, and leaves out what markDone() recorded', async () => {
    const dir = tempDir();
    const state = join(dir, 'state.json');
    const options = { formats: ['json'] as const, jobs: 1, web: { feeds: [url('/feeds/metro.json')], fetch: { cacheDir: join(dir, 'cache') } }, state };
    const events: OutputsEvent[] = [];
    const first = await generateOutputs([url('/news/port-berth.html'), url('/news/port-berth.html')], { ...options, onEvent: (e) => events.push(e) });
    expect(sourcesOf(first.files[0].content)).toEqual([url('/news/port-berth.html'), url('/news/metro-line.html')]);
    expect(events.find((e) => e.kind === 'fetched')).toEqual({ kind: 'fetched', feeds: 1, listed: 1, outside: 0, toRead: 1, pages: 2, unchanged: 0 });
    // Nothing is done until the caller says its files are kept.
    expect(existsSync(state)).toBe(false);
    expect(first.markDone()).toBe(2);
    expect((JSON.parse(readFileSync(state, 'utf8')) as { articles: unknown[] }).articles).toHaveLength(2);

    const hits = site.hits('/news/port-berth.html');
    const second = await generateOutputs([url('/news/port-berth.html'), url('/news/dam-inspection.html')], options);
    expect(second.alreadyDone).toBe(2);
    expect(sourcesOf(second.files[0].content)).toEqual([url('/news/dam-inspection.html')]);
    // A page the state file knows is not even fetched.
    expect(site.hits('/news/port-berth.html')).toBe(hits);
  });

  it('fetches a URL met in an async iterable of inputs', async () => {
    async function* inputs() {
      yield url('/news/solar-park.html');
    }
    const result = await generateOutputs(inputs(), { formats: ['json'], jobs: 1, web: { fetch: { cacheDir: tempDir() } } });
    expect(result.failed).toEqual([]);
    expect(sourcesOf(result.files[0].content)).toEqual([url('/news/solar-park.html')]);
  });

  it('with a read-only cache, reads it but writes nothing to it', async () => {
    const cache = tempDir();
    const result = await generateOutputs([url('/news/metro-line.html')], { formats: ['json'], jobs: 1, web: { fetch: { cacheDir: cache, readOnlyCache: true } } });
    expect(result.studied).toBe(1);
    expect(existsSync(join(cache, 'pages'))).toBe(false);
  });
});
