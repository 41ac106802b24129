// Throughput of analyzeArticle on the 16 Wikinews fixtures (not a test: timings depend on the machine).
// Build first (`npx tsc -p .`), then: node tests/analyze/bench-analyze.mjs [distDir]
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = resolve(process.argv[2] ?? `${root}dist`);
const { analyzeArticle } = await import(pathToFileURL(`${dist}/analyze/index.js`).href);
const { tagText } = await import(pathToFileURL(`${dist}/analyze/nlp.js`).href);

const dir = `${root}tests/fixtures/corpus/wikinews/`;
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => {
  const [title, dateLine, ...rest] = readFileSync(dir + f, 'utf8').split('\n');
  const d = new Date(`${dateLine} UTC`);
  const paragraphs = rest.join('\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return { id: f, title, date: Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10), place: null, site: null, source: f, paragraphs };
});
const words = articles.reduce((n, a) => n + a.paragraphs.join(' ').split(/\s+/).length, 0);
const rounds = Number(process.env.ROUNDS ?? 20);

let t0 = performance.now();
for (const a of articles) analyzeArticle(a); // loads the model, warms the JIT
console.log(`first pass incl. model load: ${(performance.now() - t0).toFixed(0)} ms`);
for (let pass = 0; pass < 3; pass++) {
  t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const a of articles) for (const p of a.paragraphs) tagText(p);
  const wink = (performance.now() - t0) / rounds;
  t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const a of articles) analyzeArticle(a);
  const full = (performance.now() - t0) / rounds;
  const per600 = (ms) => (1000 / (ms / (words / 600))).toFixed(0);
  console.log(`${words} words: analysis ${(full / words * 1000).toFixed(2)} ms/kword = ${per600(full)} articles/s of 600 words (wink alone ${per600(wink)}/s)`);
}
