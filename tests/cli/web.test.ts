/**
 * The command line on the web: article URLs and feeds read from a local news site (tests/fetch/
 * news-server.ts; nothing here touches the internet), each fault one line naming its URL while
 * the rest of the run goes on, pages cached, and --state writing only new articles.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atom, jsonFeed, opml, rss, startNewsServer, type NewsServer } from '../fetch/news-server.js';
import { CLI, cliAsync, filesIn, problemLines, ROOT, tempDir, type CliResult } from './run-cli.js';

let site: NewsServer;
beforeAll(async () => {
  site = await startNewsServer();
  const items = [
    { path: '/news/port-berth.html', title: 'Kandla port opens its fourteenth container berth', date: 'Tue, 01 Dec 2026 09:00:00 +0530' },
    { path: '/news/dam-inspection.html', title: 'Engineers finish the monsoon inspection', date: 'Mon, 30 Nov 2026 18:00:00 +0530' },
  ];
  site.routes.set('/feeds/gazette.xml', { type: 'application/rss+xml', body: rss(site.base, items) });
  site.routes.set('/feeds/ledger.atom', { type: 'application/atom+xml', body: atom([{ path: '/news/dam-inspection.html', title: 'Dam', date: '2026-11-30T08:00:00+05:30' }, { path: '/news/solar-park.html', title: 'Solar', date: '2026-12-02T06:00:00+05:30' }]) });
  site.routes.set('/feeds/metro.json', { type: 'application/feed+json', body: jsonFeed(site.base, [{ path: '/news/metro-line.html', title: 'Metro', date: '2026-12-01T06:00:00+05:30' }]) });
  site.routes.set('/feeds/all.opml', { type: 'text/x-opml', body: opml([`${site.base}/feeds/gazette.xml`, `${site.base}/feeds/ledger.atom`, `${site.base}/feeds/metro.json`]) });
});
afterAll(() => site.close());

/** The CLI waited for without blocking this process (it serves the site). */
const run = (args: string[], env: Record<string, string> = {}) => cliAsync(args, { env });

interface Doc {
  articles: { title: string; source: string; date: string | null }[];
  items: unknown[];
}

async function generate(args: string[], cache = tempDir()): Promise<CliResult & { doc: Doc | null }> {
  const r = await run(['generate', ...args, '--cache', cache, '--out', '-', '-f', 'json', '-j', '1']);
  return { ...r, doc: r.stdout ? (JSON.parse(r.stdout) as Doc) : null };
}

const url = (path: string) => `${site.base}${path}`;

/**
 * One run on an article page, made once for the tests that look at it: what it read, and what
 * it left in its page cache (which held an entry half-written by a run no longer alive).
 */
let page: CliResult & { doc: Doc | null; cache: string };
beforeAll(async () => {
  const cache = tempDir();
  mkdirSync(join(cache, 'pages'));
  // No process has this id: the kernel's limit is below it.
  writeFileSync(join(cache, 'pages', '.quizwire-tmp-99999999-0a1b.page'), 'half');
  page = { ...(await generate([url('/news/port-berth.html')], cache)), cache };
});

describe('generate from the web', () => {
  it('reads an article page given by its URL (meta title and date, boilerplate dropped)', () => {
    const r = page;
    expect(r.status, r.stderr).toBe(0);
    expect(r.doc!.articles).toEqual([expect.objectContaining({ title: 'Kandla port opens its fourteenth container berth', date: '2026-12-01', source: url('/news/port-berth.html') })]);
    expect(r.doc!.items.length).toBeGreaterThan(0);
    expect(r.stdout).not.toMatch(/newsletter|All rights reserved/);
  });

  it('reads RSS, Atom and JSON Feed, and an OPML list of them, in a fixed order', async () => {
    const feeds = ['--feed', url('/feeds/gazette.xml'), '--feed', url('/feeds/ledger.atom'), '--feed', url('/feeds/metro.json')];
    const r = await generate(feeds);
    expect(r.status, r.stderr).toBe(0);
    const order = ['port-berth', 'dam-inspection', 'solar-park', 'metro-line'].map((p) => url(`/news/${p}.html`));
    expect(r.doc!.articles.map((a) => a.source)).toEqual(order);
    // The same list from an OPML file on disk gives the same bytes.
    const dir = tempDir();
    writeFileSync(join(dir, 'feeds.opml'), opml(feeds.filter((f) => f !== '--feed')));
    const listed = await generate(['--feed', join(dir, 'feeds.opml')]);
    expect(listed.status, listed.stderr).toBe(0);
    expect(listed.stdout).toBe(r.stdout);
    const served = await generate(['--feed', url('/feeds/all.opml')]);
    expect(served.stdout).toBe(r.stdout);
  });

  it('reads a feed file on disk', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'metro.json'), jsonFeed(site.base, [{ path: '/news/metro-line.html', title: 'Metro' }]));
    const r = await generate(['--feed', join(dir, 'metro.json')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.doc!.articles.map((a) => a.title)).toEqual(['Pune metro line extended to Hinjewadi']);
  });

  it('leaves out feed items dated outside --since/--until without fetching them', async () => {
    const before = site.hits('/news/solar-park.html');
    const r = await generate(['--feed', url('/feeds/all.opml'), '--until', '2026-12-01', '--since', '2026-12-01']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.doc!.articles.map((a) => a.date)).toEqual(['2026-12-01', '2026-12-01']);
    expect(site.hits('/news/solar-park.html')).toBe(before);
    expect(r.stderr).toMatch(/quizwire: 5 articles listed in 3 feeds; 3 outside the dates; 2 to read/);
  });

  it('--since yesterday keeps an undated page its feed dates today, and fetches nothing older', async () => {
    const now = new Date();
    const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toUTCString();
    site.routes.set('/feeds/today.xml', {
      type: 'application/rss+xml',
      body: rss(site.base, [
        { path: '/news/undated-note.html', title: 'Library hours', date: daysAgo(0) },
        { path: '/news/metro-line.html?old', title: 'Old', date: daysAgo(10) },
      ]),
    });
    const r = await run(['generate', '--feed', url('/feeds/today.xml'), '--since', 'yesterday', '--cache', tempDir(), '--out', '-', '-f', 'json'], { TZ: 'UTC' });
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.articles).toEqual([expect.objectContaining({ title: 'Library extends its evening hours for examination season', date: now.toISOString().slice(0, 10) })]);
    expect(site.hits('/news/metro-line.html?old')).toBe(0);
    const week = await run(['generate', '--feed', url('/feeds/today.xml'), '--since', '7d', '--cache', tempDir(), '--out', '-', '-f', 'json', '-q'], { TZ: 'UTC' });
    expect((JSON.parse(week.stdout) as Doc).articles).toHaveLength(1);
  });

  it('reports each fault as one line naming its URL, goes on with the rest, and exits 1', async () => {
    const bad = {
      '/missing.html': 'HTTP 404 Not Found',
      '/report.pdf': 'not an HTML page (application/pdf)',
      '/loop/a': 'redirect loop',
      '/slow': 'timed out after 0.5 s',
      '/private/port-berth.html': 'does not allow quizwire',
    };
    const gone = await startNewsServer();
    await gone.close();
    const args = [...Object.keys(bad).map(url), `${gone.base}/news/port-berth.html`, url('/news/metro-line.html'), '--feed', url('/feeds/missing.xml')];
    const r = await run(['generate', ...args, '--fetch-timeout', '0.5', '--cache', tempDir(), '--out', '-', '-f', 'json']);
    expect(r.status).toBe(1);
    const lines = problemLines(r.stderr);
    for (const [path, problem] of Object.entries(bad)) {
      expect(lines.filter((l) => l.startsWith(`quizwire: ${url(path)}: `) && l.includes(problem)), `${path}\n${r.stderr}`).toHaveLength(1);
    }
    expect(lines).toContain(`quizwire: ${gone.base}/news/port-berth.html: cannot connect: connection refused`);
    expect(lines).toContain(`quizwire: ${url('/feeds/missing.xml')}: HTTP 404 Not Found`);
    expect(lines, r.stderr).toHaveLength(7);
    expect((JSON.parse(r.stdout) as Doc).articles.map((a) => a.title)).toEqual(['Pune metro line extended to Hinjewadi']);
  });

  it('a second run asks with conditional requests and reads unchanged pages from the cache', async () => {
    const cache = tempDir();
    const first = await generate(['--feed', url('/feeds/metro.json')], cache);
    const requests = site.log.length;
    const second = await generate(['--feed', url('/feeds/metro.json')], cache);
    expect(second.stdout).toBe(first.stdout);
    const asked = site.log.slice(requests).filter((l) => l.path === '/news/metro-line.html');
    expect(asked).toHaveLength(1);
    expect(asked[0].status).toBe(304);
    expect(second.stderr).toMatch(/1 page unchanged, read from the cache/);
  });

  it('--fetch-concurrency bounds the requests in flight', async () => {
    const s = await startNewsServer();
    try {
      s.routes.set('/f.xml', { type: 'application/rss+xml', body: rss(s.base, ['port-berth', 'metro-line', 'dam-inspection'].map((p) => ({ path: `/slow-page/${p}.html`, title: p }))) });
      const r = await run(['generate', '--feed', `${s.base}/f.xml`, '--fetch-concurrency', '1', '--cache', tempDir(), '--out', '-', '-f', 'json', '-q']);
      expect(r.status, r.stderr).toBe(0);
      expect(s.maxInFlight).toBe(1);
    } finally {
      await s.close();
    }
  });
});

describe('--state: only what is new', () => {
  it('writes a deck and worksheet of the new articles only, and remembers them once written', async () => {
    const dir = tempDir();
    const state = join(dir, 'state.json');
    const out = join(dir, 'out');
    const feed = (paths: string[]) => site.routes.set('/feeds/daily.xml', { type: 'application/rss+xml', body: rss(site.base, paths.map((p) => ({ path: p, title: p }))) });
    const day = (n: number) => run(['generate', '--feed', url('/feeds/daily.xml'), '--state', state, '--cache', join(dir, 'cache'), '--out', join(out, String(n)), '-f', 'json', '-f', 'worksheet', '-f', 'apkg', '--name', 'daily', '-q']);
    const titles = (n: number) => (JSON.parse(readFileSync(join(out, String(n), 'daily.json'), 'utf8')) as Doc).articles.map((a) => a.title);

    feed(['/news/port-berth.html', '/news/dam-inspection.html']);
    expect((await day(1)).status).toBe(0);
    expect(titles(1)).toHaveLength(2);
    const remembered = JSON.parse(readFileSync(state, 'utf8')) as { articles: { source: string; digest: string }[] };
    expect(remembered.articles.map((a) => a.source).sort()).toEqual([url('/news/dam-inspection.html'), url('/news/port-berth.html')]);

    // The next day the feed lists one new story beside the two old ones.
    feed(['/news/solar-park.html', '/news/port-berth.html', '/news/dam-inspection.html']);
    const before = site.hits('/news/port-berth.html');
    const r = await day(2);
    expect(r.status, r.stderr).toBe(0);
    expect(titles(2)).toEqual(['Rajasthan commissions a 600 MW solar park at Bhadla']);
    expect(existsSync(join(out, '2', 'daily.html'))).toBe(true);
    expect(existsSync(join(out, '2', 'Current-Affairs.apkg'))).toBe(true);
    expect(site.hits('/news/port-berth.html')).toBe(before);

    // Nothing new: nothing written, and that is no failure.
    const none = await run(['generate', '--feed', url('/feeds/daily.xml'), '--state', state, '--cache', join(dir, 'cache'), '--out', join(out, '3'), '-f', 'json']);
    expect(none.status, none.stderr).toBe(0);
    expect(none.stderr).toMatch(/no new articles; nothing written/);
    expect(existsSync(join(out, '3'))).toBe(false);
  });

  it('knows a story by what it says, at another address too', async () => {
    const dir = tempDir();
    const state = join(dir, 'state.json');
    const first = await generate([url('/news/metro-line.html'), '--state', state]);
    expect(first.status, first.stderr).toBe(0);
    const copy = await generate([url('/gzip/metro-line.html'), url('/news/dam-inspection.html'), '--state', state]);
    expect(copy.status, copy.stderr).toBe(0);
    expect(copy.doc!.articles.map((a) => a.source)).toEqual([url('/news/dam-inspection.html')]);
  });

  it('a run that fails marks nothing done', async () => {
    const dir = tempDir();
    const state = join(dir, 'state.json');
    // The output folder is a file: nothing can be written, so nothing is done.
    writeFileSync(join(dir, 'out'), 'not a folder');
    const r = await run(['generate', url('/news/port-berth.html'), '--state', state, '--cache', tempDir(), '--out', join(dir, 'out'), '-f', 'json']);
    expect(r.status).toBe(1);
    expect(existsSync(state)).toBe(false);
    // Nor does a dry run: it writes nothing.
    const dry = await run(['generate', url('/news/port-berth.html'), '--state', state, '--cache', tempDir(), '--out', join(dir, 'dry'), '-f', 'json', '--dry-run']);
    expect(dry.status, dry.stderr).toBe(0);
    expect(existsSync(state)).toBe(false);
    const again = await generate([url('/news/port-berth.html'), '--state', state]);
    expect(again.doc!.articles).toHaveLength(1);
    expect(existsSync(state)).toBe(true);
  });

  it('refuses a state file that is not one, naming it', async () => {
    const dir = tempDir();
    const state = join(dir, 'state.json');
    writeFileSync(state, '{"hello": 1}');
    const r = await generate([url('/news/port-berth.html'), '--state', state]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`quizwire: ${state}: not a quizwire state file`);
  });
});

describe('the daily run from a config file', () => {
  it('reads "feeds", "state" and "cache" from quizwire.config.json (paths from its folder)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'package.json'), '{}');
    writeFileSync(join(dir, 'quizwire.config.json'), JSON.stringify({ feeds: [url('/feeds/metro.json')], state: 'state.json', cache: 'cache', formats: ['json'], out: 'daily' }));
    const r = await new Promise<CliResult>((resolve) => {
      const child = spawn(process.execPath, [CLI, 'generate', '--since', '2026-12-01', '--name', 'today', '-q'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (status) => resolve({ status, stdout: '', stderr }));
    });
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'daily/today.json'), 'utf8')) as Doc).articles.map((a) => a.source)).toEqual([url('/news/metro-line.html')]);
    expect(existsSync(join(dir, 'state.json'))).toBe(true);
    expect(existsSync(join(dir, 'cache/pages'))).toBe(true);
  });

  it('asks for something to read when there are neither inputs nor feeds', async () => {
    const r = await run(['generate', '--out', '-', '-f', 'json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^quizwire: give articles to read: files, folders, - for stdin, URLs, or --feed\n/);
  });
});

describe('what a run leaves in the page cache', () => {
  it('a dry run reads the cache but writes nothing to it', async () => {
    const cache = tempDir();
    const dry = await run(['generate', url('/news/port-berth.html'), '--cache', cache, '--out', join(tempDir(), 'out'), '-f', 'json', '--dry-run']);
    expect(dry.status, dry.stderr).toBe(0);
    expect(existsSync(join(cache, 'pages'))).toBe(false);
    // Filled by a real run (the shared one above), the cache then serves a dry run's 304.
    const pages = readdirSync(join(page.cache, 'pages'));
    expect(pages.length).toBeGreaterThan(0);
    const again = await run(['generate', '--feed', url('/feeds/gazette.xml'), '--until', '2026-12-01', '--since', '2026-12-01', '--cache', page.cache, '--out', join(tempDir(), 'out'), '-f', 'json', '--dry-run']);
    expect(again.stderr).toMatch(/1 page unchanged, read from the cache/);
    expect(readdirSync(join(page.cache, 'pages'))).toEqual(pages);
  });

  it('removes a cache entry half-written by a run no longer alive', () => {
    expect(page.status, page.stderr).toBe(0);
    expect(readdirSync(join(page.cache, 'pages')).filter((f) => f.includes('quizwire-tmp'))).toEqual([]);
  });

  it('Ctrl-C while pages are fetched stops the run: exit 130, nothing written, no temporary file', async () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    site.routes.set('/feeds/slow.xml', { type: 'application/rss+xml', body: rss(site.base, [{ path: '/news/metro-line.html', title: 'Metro' }, { path: '/slow', title: 'Slow' }]) });
    const before = site.hits('/news/metro-line.html');
    const child = spawn(process.execPath, [CLI, 'generate', '--feed', url('/feeds/slow.xml'), '--state', join(dir, 'state.json'), '--cache', cache, '--out', join(dir, 'out'), '-f', 'json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Interrupted once the fast page has its answer: the slow one (3 s) is then in flight.
    const poll = setInterval(() => {
      if (site.hits('/news/metro-line.html') > before && !child.killed) child.kill('SIGINT');
    }, 10);
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearInterval(poll);
    expect(status, stderr).toBe(130);
    expect(stderr).toMatch(/interrupted after 0 input/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(existsSync(join(dir, 'state.json'))).toBe(false);
    expect(filesIn(cache).filter((f) => f.includes('quizwire-tmp'))).toEqual([]);
  });
});
