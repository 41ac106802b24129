#!/usr/bin/env node
// `npm run bench`: speed and memory, measured (never asserted in tests).
//   one article cold: process start to exit, median of 5 runs, peak RSS
//   a batch of N articles (default 1000) built from the corpus: wall time, articles/s, peak RSS
//   where the time goes: the stages timed in-process over the same batch
// Usage: npm run bench [-- --count N] [--formats json,anki,...]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeBatch } from './make-batch.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : dflt);
const count = Number(opt('count', 1000));
const formats = opt('formats', 'json').split(',');
const cli = join(root, 'dist/cli/main.js');
const hasTime = existsSync('/usr/bin/time');

function run(cmdArgs) {
  const argv = hasTime ? ['-f', '%e %M', process.execPath, ...cmdArgs] : cmdArgs;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(hasTime ? '/usr/bin/time' : process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const m = /^([\d.]+) (\d+)$/.exec(last);
  if (r.status !== 0 && r.status !== 1) throw new Error(`run failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  return { wall, peakMB: m ? Number(m[2]) / 1024 : NaN };
}

const work = mkdtempSync(join(tmpdir(), 'quizwire-bench-'));
try {
  const seed = join(root, 'seeds/russia-japan-2plus2.txt');
  const fmtArgs = formats.flatMap((f) => ['--format', f]);
  const cold = [];
  for (let i = 0; i < 5; i++) cold.push(run([cli, 'generate', seed, '--out', join(work, 'one'), '--quiet', ...fmtArgs]));
  cold.sort((a, b) => a.wall - b.wall);
  const c = cold[2];
  console.log(`one article, cold (median of 5): ${c.wall.toFixed(3)} s wall, peak ${c.peakMB.toFixed(0)} MB`);

  const batchDir = join(work, 'batch');
  makeBatch(join(root, 'tests/fixtures/corpus'), batchDir, count);
  const b = run([cli, 'generate', batchDir, '--out', join(work, 'batch-out'), '--quiet', ...fmtArgs]);
  console.log(`batch of ${count} articles (${formats.join(',')}): ${b.wall.toFixed(2)} s wall, ${(count / b.wall).toFixed(0)} articles/s, peak ${b.peakMB.toFixed(0)} MB`);

  // Where the time goes, in-process over the same files.
  const lib = await import(join(root, 'dist/index.js'));
  const files = readdirSync(batchDir).sort().map((f) => readFileSync(join(batchDir, f), 'utf8'));
  const t = { ingest: 0, analyze: 0, extract: 0, generate: 0, render: 0 };
  const clock = () => Number(process.hrtime.bigint()) / 1e6;
  const results = [];
  for (const text of files) {
    let s = clock();
    const article = lib.ingest(text, { source: 'x.txt', kind: 'text' });
    t.ingest += clock() - s; s = clock();
    const analyzed = lib.analyzeArticle(article);
    t.analyze += clock() - s; s = clock();
    results.push({ article, facts: lib.extractFacts(analyzed) });
    t.extract += clock() - s;
  }
  let s = clock();
  const doc = lib.buildDocument(results, { types: lib.DEFAULT_TYPES, seed: 1, maxPerArticle: 20 });
  t.generate += clock() - s; s = clock();
  lib.renderJson(doc, { name: 'bench' });
  t.render += clock() - s;
  const total = Object.values(t).reduce((a, b) => a + b, 0);
  console.log(`stages (in-process, ${count} articles, ${doc.items.length} items): ` + Object.entries(t).map(([k, v]) => `${k} ${v.toFixed(0)} ms (${((100 * v) / total).toFixed(0)}%)`).join(', '));
} finally {
  rmSync(work, { recursive: true, force: true });
}
