// Child process (run with --expose-gc): the heap a BatchCollector keeps for COUNT varied
// copies of the corpus articles (real length and facts), against the same facts kept as
// objects. The articles are studied once, their results parked as JSON lines; then, with
// nothing else running, each is handed to a collector (which parks the facts on disk and keeps
// a digest), the document built; then each is kept whole. Heap after a full GC, before and
// after each pass: what grows is what the consumer keeps, nothing of the study's own caches.
// Usage: node --expose-gc collector-memory.mjs COUNT
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BatchCollector } from '../../dist/batch/batch-document.js';
import { studyStream } from '../../dist/batch/index.js';
import { makeBatch } from '../bench/make-batch.mjs';

const count = Number(process.argv[2] ?? 200);

function* corpusArticles() {
  const dir = mkdtempSync(join(tmpdir(), 'quizwire-mem-'));
  try {
    makeBatch(join(import.meta.dirname, '../fixtures/corpus'), dir, count);
    for (const f of readdirSync(dir).sort()) yield { source: f, text: readFileSync(join(dir, f), 'utf8'), kind: 'text' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const heap = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};

const parked = [];
for await (const event of studyStream(corpusArticles(), { jobs: 1 })) if (event.ok) parked.push(JSON.stringify(event.result));

let before = heap();
let collector = new BatchCollector();
for (const line of parked) collector.add(JSON.parse(line));
const collect = heap() - before;
const built = await collector.build({ types: ['short', 'cloze', 'mcq', 'truefalse', 'statements'], seed: 1, maxPerArticle: 20 }, { jobs: 1 });
const items = built.doc.items.length;
collector.close();
collector = null;

before = heap();
const kept = parked.map((line) => JSON.parse(line));
const keep = heap() - before;
console.log(JSON.stringify({ done: parked.length, facts: kept.reduce((n, r) => n + r.facts.length, 0), collect, keep, items }));
