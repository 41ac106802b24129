// Child process for memory.test.ts (run with --expose-gc): streams generated articles
// through the built library's streaming entry point and prints heap used (after a full GC)
// once 200 and once all articles have been studied, plus what the consumer kept.
// Usage: node --expose-gc stream-memory.mjs COUNT keep|drop|collect [corpus]
// `collect` hands each article to a BatchCollector (facts to its spill file, a digest kept),
// as the CLI does, and also reports the heap once the document is built. `corpus` streams
// varied copies of the corpus articles (real length and facts) instead of tiny made-up ones.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { studyStream } from '../../dist/batch/index.js';
import { BatchCollector } from '../../dist/batch/batch-document.js';
import { makeBatch } from '../bench/make-batch.mjs';
import { madeUpArticle } from './made-up-articles.mjs';

const count = Number(process.argv[2] ?? 2000);
const mode = process.argv[3];
const keep = mode === 'keep';
const collector = mode === 'collect' ? new BatchCollector() : null;

function* corpusArticles() {
  const dir = mkdtempSync(join(tmpdir(), 'quizwire-mem-'));
  try {
    makeBatch(join(import.meta.dirname, '../fixtures/corpus'), dir, count);
    for (const f of readdirSync(dir).sort()) yield { source: f, text: readFileSync(join(dir, f), 'utf8'), kind: 'text' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function* madeUpArticles() {
  for (let i = 0; i < count; i++) yield { source: `a${i}.txt`, text: madeUpArticle(i), kind: 'text' };
}

const heap = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};

const kept = [];
let done = 0;
let facts = 0;
let paragraphs = 0;
let at200 = 0;
let factBytes = 0;
const articles = process.argv[4] === 'corpus' ? corpusArticles : madeUpArticles;
const early = Math.min(200, Math.floor(count / 5));
for await (const event of studyStream(articles(), { jobs: 1, digest: collector !== null })) {
  done++;
  if (event.ok) {
    facts += event.digested ? event.digested.digest.keys.length : event.result.facts.length;
    factBytes += event.digested ? event.digested.json.length : JSON.stringify(event.result.facts).length;
    paragraphs += event.result.article.paragraphs.length;
    if (keep) kept.push(event.result);
    collector?.add(event.result, event.digested);
  }
  if (done === early) at200 = heap();
}
const atEnd = heap();
let items = 0;
let afterBuild = 0;
if (collector) {
  const built = await collector.build({ types: ['short', 'cloze', 'mcq', 'truefalse', 'statements'], seed: 1, maxPerArticle: 20 }, { jobs: 1 });
  items = built.doc.items.length;
  afterBuild = heap();
  collector.close();
}
console.log(JSON.stringify({ done, facts, factBytes, paragraphs, at200, atEnd, items, afterBuild, keptBytes: JSON.stringify(kept).length, keptFacts: kept.reduce((n, r) => n + r.facts.length, 0) }));
