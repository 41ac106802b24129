import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
// The built library: generation workers load compiled .js files next to the pool.
import { apkgInWorker } from '../../dist/batch/apkg-in-worker.js';
import { BatchCollector } from '../../dist/batch/batch-document.js';
import { renderAnkiApkg } from '../../dist/render/anki/apkg.js';
import { dedupeFacts } from '../../dist/batch/dedupe-facts.js';
import { digestFacts, digestPoolEntries, digestWordSets, wordHashes } from '../../dist/batch/fact-digest.js';
import { studyStream } from '../../dist/batch/index.js';
import { buildDistractorPool, PoolBuilder } from '../../dist/generate/index.js';
import { buildDocument, studyText, type ArticleResult } from '../../dist/pipeline.js';
import { DEFAULT_TYPES } from '../../dist/generate/index.js';

const WIKINEWS = join(import.meta.dirname, '../fixtures/corpus/wikinews');
const files = readdirSync(WIKINEWS).filter((f) => f.endsWith('.txt')).sort();
const texts = files.map((f) => ({ source: f, text: readFileSync(join(WIKINEWS, f), 'utf8') }));
const options = { types: DEFAULT_TYPES, seed: 5, maxPerArticle: 20 };

function study(list = texts): ArticleResult[] {
  return list.map((t) => {
    const r = studyText(t.text, { source: t.source, kind: 'text' });
    return { article: { ...r.article, paragraphs: [] }, facts: r.facts, topics: r.topics };
  });
}

/** The corpus twice over, the copies re-dated, so the duplicate check has work to do. */
const twice = [...texts, ...texts.slice(0, 6).map((t) => ({ source: `copy-${t.source}`, text: t.text.replace(/\b(20\d\d)\b/, (y) => String(Number(y) + 1)) }))];

async function viaCollector(results: ArticleResult[], jobs: number, digested = false) {
  const collector = new BatchCollector();
  try {
    for (const r of results) collector.add(r, digested ? { json: JSON.stringify(r.facts), digest: digestFacts(r.facts) } : undefined);
    return await collector.build(options, { jobs });
  } finally {
    collector.close();
  }
}

/** Every article of `twice` studied once, for all the tests below. */
const results = study(twice);

describe('BatchCollector', () => {
  const expected = (() => {
    const d = dedupeFacts(results);
    return { doc: buildDocument(d.results, options), dropped: d.dropped };
  })();

  it('gives the document that buildDocument gives over the deduplicated results, with 1 and 2 workers', async () => {
    expect(expected.dropped).toBeGreaterThan(0);
    const one = await viaCollector(results, 1);
    expect(one.doc).toEqual(expected.doc);
    expect(one.duplicates).toBe(expected.dropped);
    expect(one.failed).toEqual([]);
    const two = await viaCollector(results, 2, true);
    expect(two.doc).toEqual(expected.doc);
  });

  it('takes the digests a worker made in place of the facts', async () => {
    // Four articles and their re-dated copies: duplicates to drop, work for both workers. (That
    // digests give the document the facts give is shown above over all of them; what is new here
    // is where the digests are made.)
    const some = [0, 1, 2, 3, 16, 17, 18, 19];
    const d = dedupeFacts(some.map((i) => results[i]));
    expect(d.dropped).toBeGreaterThan(0);
    const events = [];
    for await (const e of studyStream(some.map((i) => ({ ...twice[i], kind: 'text' as const })), { jobs: 2, digest: true })) events.push(e);
    const collector = new BatchCollector();
    try {
      for (const e of events) {
        expect(e.ok && e.result.facts).toEqual([]);
        if (e.ok) collector.add(e.result, e.digested);
      }
      expect((await collector.build(options, { jobs: 1 })).doc).toEqual(buildDocument(d.results, options));
    } finally {
      collector.close();
    }
  });

  it('reports an article whose generation fails, by its source, and goes on', async () => {
    const collector = new BatchCollector();
    const spill = (collector as unknown as { spill: { path: string } }).spill.path;
    for (const r of results.slice(0, 3)) collector.add(r);
    rmSync(spill); // every article's facts are gone: each generation fails on its own
    const built = await collector.build(options, { jobs: 1 });
    collector.close();
    expect(built.failed.map((f) => f.source)).toEqual(results.slice(0, 3).map((r) => r.article.source));
    expect(built.failed[0].reason).toMatch(/internal error while generating/);
    expect(built.doc.items).toEqual([]);
  });

  it('parks the items for the .apkg thread, which makes the same file as the renderer', async () => {
    const collector = new BatchCollector();
    try {
      for (const r of results.slice(0, 8)) collector.add(r);
      const built = await collector.build(options, { jobs: 2, spillItems: true });
      expect(built.itemSpill!.articles.map((a) => a.articleId)).toEqual(results.slice(0, 8).map((r) => r.article.id));
      const opts = { deck: 'Deck', timestamp: 1_700_000_000 };
      const [aside] = await apkgInWorker(built.itemSpill!, built.doc.articles, opts).files;
      const [direct] = await renderAnkiApkg(built.doc, opts);
      expect(aside.name).toBe(direct.name);
      expect(Buffer.from(aside.content as Uint8Array).equals(Buffer.from(direct.content as Uint8Array))).toBe(true);
      // One period's deck: only that period's articles.
      const part = built.doc.articles.slice(2, 4);
      const [partAside] = await apkgInWorker(built.itemSpill!, part, opts).files;
      const partDoc = { ...built.doc, articles: part, items: built.doc.items.filter((i) => part.some((a) => a.id === i.articleId)) };
      const [partDirect] = await renderAnkiApkg(partDoc, opts);
      expect(Buffer.from(partAside.content as Uint8Array).equals(Buffer.from(partDirect.content as Uint8Array))).toBe(true);
      // A spill that is gone: the thread's failure comes back as an error naming the format.
      await expect(apkgInWorker({ ...built.itemSpill!, path: '/nonexistent/items.jsonl' }, built.doc.articles, opts).files).rejects.toThrow(/^\.apkg: /);
    } finally {
      collector.close();
    }
  });

  it('is part of the library API, with studyStream, as the README shows', async () => {
    const lib = await import('../../dist/index.js');
    expect(lib.BatchCollector).toBe(BatchCollector);
    expect(lib.studyStream).toBe(studyStream);
  });

  it('removes its spill file on close', () => {
    const collector = new BatchCollector();
    const spill = (collector as unknown as { spill: { path: string } }).spill.path;
    collector.add(results[0]);
    expect(existsSync(spill)).toBe(true);
    collector.close();
    expect(existsSync(dirname(spill))).toBe(false);
  });
});

describe('digestFacts', () => {
  // The first four articles (studied above, in `twice`).
  const four = results.slice(0, 4);
  const facts = four.flatMap((r) => r.facts);
  const digest = digestFacts(facts);

  it('keeps each fact’s question and sentence words, hashed', () => {
    facts.forEach((f, i) => {
      const sets = digestWordSets(digest, i);
      expect(sets.question).toEqual(new Set(wordHashes(f.question)));
      expect(sets.sentence).toEqual(new Set(wordHashes(f.sentence)));
      expect(sets.question.size).toBeGreaterThan(0);
    });
  });

  it('lends the pool what the facts lend it', () => {
    const builder = new PoolBuilder();
    for (const r of four) for (const e of digestPoolEntries(digestFacts(r.facts).pool, r.article.id)) builder.add(e);
    expect(builder.build()).toEqual(buildDistractorPool(facts));
  });
});
