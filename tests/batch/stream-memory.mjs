// Child process for memory.test.ts (run with --expose-gc): streams generated articles
// through the built library's streaming entry point and prints heap used (after a full GC)
// once 200 and once all articles have been studied, plus what the consumer kept.
// Usage: node --expose-gc stream-memory.mjs COUNT keep|drop
import { studyStream } from '../../dist/batch/index.js';

const count = Number(process.argv[2] ?? 2000);
const keep = process.argv[3] === 'keep';
const PLACES = ['Delhi', 'Paris', 'Nairobi', 'Lima', 'Oslo', 'Hanoi', 'Cairo', 'Quito'];
const PEOPLE = ['Asha Rao', 'Pierre Blanc', 'Grace Otieno', 'Luis Ramos', 'Ingrid Berg', 'Minh Tran'];

function* articles() {
  for (let i = 0; i < count; i++) {
    const place = PLACES[i % PLACES.length];
    const person = PEOPLE[(i * 7) % PEOPLE.length];
    const text = [
      `Summit number ${i} opens in ${place}`,
      `Monday, March ${(i % 28) + 1}, 2021`,
      '',
      `${place.toUpperCase()}: The ${i}th regional summit opened in ${place} on Monday, where ${person}, the Foreign Minister, met ${3 + (i % 40)} delegations.`,
      '',
      `${person} said the meeting would address trade worth ${100 + i} million dollars. It is the first such meeting since ${1990 + (i % 30)}.`,
    ].join('\n');
    yield { source: `a${i}.txt`, text, kind: 'text' };
  }
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
for await (const event of studyStream(articles(), { jobs: 1 })) {
  done++;
  if (event.ok) {
    facts += event.result.facts.length;
    paragraphs += event.result.article.paragraphs.length;
    if (keep) kept.push(event.result);
  }
  if (done === 200) at200 = heap();
}
const atEnd = heap();
console.log(JSON.stringify({ done, facts, paragraphs, at200, atEnd, keptBytes: JSON.stringify(kept).length, keptFacts: kept.reduce((n, r) => n + r.facts.length, 0) }));
