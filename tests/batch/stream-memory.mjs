// Child process for memory.test.ts (run with --expose-gc): streams generated articles
// through the built library's streaming entry point and prints heap used (after a full GC)
// once 200 and once all articles have been studied, plus what the consumer kept.
// Usage: node --expose-gc stream-memory.mjs COUNT keep|drop
// The articles are tiny made-up ones; collector-memory.mjs measures real-sized ones.
import { studyStream } from '../../dist/batch/index.js';
import { madeUpArticle } from './made-up-articles.mjs';

const count = Number(process.argv[2] ?? 2000);
const mode = process.argv[3];
const keep = mode === 'keep';

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
const early = Math.min(200, Math.floor(count / 5));
for await (const event of studyStream(madeUpArticles(), { jobs: 1 })) {
  done++;
  if (event.ok) {
    facts += event.result.facts.length;
    paragraphs += event.result.article.paragraphs.length;
    if (keep) kept.push(event.result);
  }
  if (done === early) at200 = heap();
}
const atEnd = heap();
console.log(JSON.stringify({ done, facts, paragraphs, at200, atEnd, keptBytes: JSON.stringify(kept).length }));
