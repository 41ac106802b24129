#!/usr/bin/env node
// `npm run bench`: speed and memory, measured (never asserted in tests).
//   one article cold: process start to exit, median of 9 runs (and their range), peak RSS, and
//   node alone started the same way, interleaved with them (this VM's speed drifts: the
//   baseline shows by how much), and the ratio of the two (issue 16's budget: ≤ 4×)
//   a batch of N articles (default 10000) built from the corpus, end to end to every format
//   but pdf: wall time, articles/s, peak RSS, and the run's own phase times (QUIZWIRE_TIMINGS:
//   study and generate on worker threads, then each format); then pdf for one worksheet
//   where the time goes in finer stages: ingest, analyze, extract, … timed in-process, one
//   thread, over the first --profile-count articles of the batch (default 2000)
//   the heap a BatchCollector keeps over --memory-count corpus articles (default 500), against
//   the facts kept as objects (tests/batch/memory.test.ts checks the same at 150)
// Usage: npm run bench [-- --count N] [--formats json,anki,...] [--jobs N] [--profile-count N] [--memory-count N]
//        npm run bench -- --pathological [--sizes 0.1,0.5,2]   (hostile shapes: pathological.mjs)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectorGrowth } from '../batch/measure-memory.mjs';
import { makeBatch } from './make-batch.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
if (args.includes('--pathological')) {
  await import('./pathological.mjs');
  process.exit(0);
}
const opt = (name, dflt) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : dflt);
const count = Number(opt('count', 10000));
const formats = opt('formats', 'json,anki,apkg,worksheet,markdown').split(',');
const jobs = opt('jobs', null);
const profileCount = Math.min(count, Number(opt('profile-count', 2000)));
const memoryCount = Number(opt('memory-count', 500));
const cli = join(root, 'dist/cli/main.js');
const hasTime = existsSync('/usr/bin/time');

/** Runs of the one-article cold start (and of `node -e 0` beside it) the median is taken of. */
const COLD_RUNS = 9;

function run(cmdArgs, env = {}) {
  const argv = hasTime ? ['-f', '%e %M', process.execPath, ...cmdArgs] : cmdArgs;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(hasTime ? '/usr/bin/time' : process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, ...env } });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const m = /^([\d.]+) (\d+)$/.exec(last);
  if (r.status !== 0 && r.status !== 1) throw new Error(`run failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  const phases = [...r.stderr.matchAll(/^quizwire: timing (.+) ([\d.]+) s, rss (\d+) MB, peak so far (\d+) MB$/gm)].map((p) => ({ name: p[1], s: Number(p[2]), rssMB: Number(p[3]), peakMB: Number(p[4]) }));
  return { wall, peakMB: m ? Number(m[2]) / 1024 : NaN, phases };
}

const work = mkdtempSync(join(tmpdir(), 'quizwire-bench-'));
try {
  const seed = join(root, 'seeds/russia-japan-2plus2.txt');
  const fmtArgs = formats.flatMap((f) => ['--format', f]);
  const jobArgs = jobs ? ['--jobs', jobs] : [];
  // A new process for one article, against Node itself started the same way, the two runs
  // interleaved (this VM's speed drifts, and other work on it slows both alike), after one
  // unmeasured run of each: "cold" is a fresh process, not a file cache emptied by the build.
  const oneArticle = [cli, 'generate', seed, '--out', join(work, 'one'), '--quiet', '--format', 'json'];
  run(oneArticle);
  run(['-e', '0']);
  const cold = [];
  const bare = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    cold.push(run(oneArticle));
    bare.push(run(['-e', '0']));
  }
  cold.sort((a, b) => a.wall - b.wall);
  bare.sort((a, b) => a.wall - b.wall);
  const mid = COLD_RUNS >> 1;
  console.log(
    `one article, cold, json (median of ${COLD_RUNS}): ${cold[mid].wall.toFixed(3)} s wall (${cold[0].wall.toFixed(3)}–${cold[COLD_RUNS - 1].wall.toFixed(3)}), peak ${cold[mid].peakMB.toFixed(0)} MB; node alone: ${bare[mid].wall.toFixed(3)} s; ×${(cold[mid].wall / bare[mid].wall).toFixed(2)}`,
  );
  const version = run([cli, '--version']);
  console.log(`--version: ${version.wall.toFixed(3)} s wall`);

  const batchDir = join(work, 'batch');
  makeBatch(join(root, 'tests/fixtures/corpus'), batchDir, count);
  const b = run([cli, 'generate', batchDir, '--out', join(work, 'batch-out'), '--quiet', ...fmtArgs, ...jobArgs], { QUIZWIRE_TIMINGS: '1' });
  console.log(`batch of ${count} articles (${formats.join(',')}): ${b.wall.toFixed(2)} s wall, ${(count / b.wall).toFixed(0)} articles/s, peak ${b.peakMB.toFixed(0)} MB`);
  const phaseTotal = b.phases.reduce((a, p) => a + p.s, 0);
  for (const p of b.phases) console.log(`  ${p.name.padEnd(18)} ${p.s.toFixed(2).padStart(8)} s  ${((100 * p.s) / phaseTotal).toFixed(1).padStart(5)}%  rss at end ${p.rssMB} MB, peak so far ${p.peakMB} MB`);
  const p = run([cli, 'generate', seed, '--out', join(work, 'pdf'), '--quiet', '--format', 'pdf']);
  console.log(`pdf, one worksheet: ${p.wall.toFixed(2)} s wall, peak ${p.peakMB.toFixed(0)} MB${existsSync(join(work, 'pdf')) && readdirSync(join(work, 'pdf')).some((f) => f.endsWith('.pdf')) ? '' : ' (no browser: HTML written instead)'}`);

  // Where the time goes, in-process (one thread) over the same files.
  const lib = await import(join(root, 'dist/index.js'));
  const { dedupeFacts } = await import(join(root, 'dist/batch/dedupe-facts.js'));
  const { renderFormat } = await import(join(root, 'dist/render/index.js'));
  const { createTemplateEnv } = await import(join(root, 'dist/render/template/env.js'));
  const { planOutputs } = await import(join(root, 'dist/cli/write-outputs.js'));
  const { commitStaged, stageFile } = await import(join(root, 'dist/io/stage-files.js'));
  const files = readdirSync(batchDir).sort().slice(0, profileCount).map((f) => readFileSync(join(batchDir, f), 'utf8'));
  const t = { ingest: 0, analyze: 0, extract: 0, dedupe: 0, generate: 0 };
  const clock = () => Number(process.hrtime.bigint()) / 1e6;
  const results = [];
  for (const text of files) {
    let s = clock();
    const article = lib.ingest(text, { source: 'x.txt', kind: 'text' });
    t.ingest += clock() - s; s = clock();
    const analyzed = lib.analyzeArticle(article);
    t.analyze += clock() - s; s = clock();
    results.push({ article: { ...article, paragraphs: [] }, facts: lib.extractFacts(analyzed) });
    t.extract += clock() - s;
  }
  let s = clock();
  const deduped = dedupeFacts(results);
  t.dedupe += clock() - s; s = clock();
  const doc = lib.buildDocument(deduped.results, { types: lib.DEFAULT_TYPES, seed: 1, maxPerArticle: 20 });
  t.generate += clock() - s;
  let env;
  const out = [];
  for (const format of formats) {
    s = clock();
    const r = await renderFormat(format, doc, { name: 'bench', deck: 'Bench', ankiTimestamp: 1, worksheet: { paper: 'a4', columns: 1, versions: 1, key: 'inline', seed: 1 } }, () => (env ??= createTemplateEnv()));
    t[`render ${format}`] = clock() - s;
    out.push(...r.files);
  }
  s = clock();
  for (const f of planOutputs(out, join(work, 'stage-out'))) commitStaged(stageFile(f.path, f.file.content));
  t.write = clock() - s;
  const total = Object.values(t).reduce((a, v) => a + v, 0);
  console.log(`stages (in-process, one thread, ${files.length} articles, ${deduped.dropped} duplicate facts merged, ${doc.items.length} items):`);
  for (const [k, v] of Object.entries(t)) console.log(`  ${k.padEnd(18)} ${v.toFixed(0).padStart(8)} ms  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${((1000 * files.length) / Math.max(v, 0.001)).toFixed(0)} articles/s`);

  const grew = await collectorGrowth(memoryCount);
  const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);
  console.log(`heap kept over ${memoryCount} corpus articles: facts as objects ${mb(grew.keep)} MB, by a BatchCollector ${mb(grew.collect)} MB (${((100 * grew.collect) / grew.keep).toFixed(0)}%); ${grew.items} items built`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
