// Child process for memory.test.ts (run with --expose-gc): streams generated articles through
// the built library's streaming entry point and prints heap used (after a full GC) in two
// phases of one run: first DROP articles whose results the consumer drops (heap once 200 are
// studied and at the end of the phase), then KEEP more whose results it keeps (heap at the end,
// and what it kept). The second phase starts with the caches the first one warmed, so what it
// grows by is what the consumer keeps.
// Usage: node --expose-gc stream-memory.mjs DROP KEEP
// The articles are tiny made-up ones; collector-memory.mjs measures real-sized ones.
import { studyStream } from '../../dist/batch/index.js';
import { madeUpArticle } from './made-up-articles.mjs';

const drop = Number(process.argv[2] ?? 1000);
const keep = Number(process.argv[3] ?? 0);

function* madeUpArticles() {
  for (let i = 0; i < drop + keep; i++) yield { source: `a${i}.txt`, text: madeUpArticle(i), kind: 'text' };
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
let atDrop = 0;
const early = Math.min(200, Math.floor(drop / 5));
for await (const event of studyStream(madeUpArticles(), { jobs: 1 })) {
  done++;
  if (event.ok) {
    facts += event.result.facts.length;
    paragraphs += event.result.article.paragraphs.length;
    if (done > drop) kept.push(event.result);
  }
  if (done === early) at200 = heap();
  if (done === drop) atDrop = heap();
}
const atEnd = heap();
console.log(JSON.stringify({ done, facts, paragraphs, at200, atDrop, atEnd, keptBytes: JSON.stringify(kept).length }));
