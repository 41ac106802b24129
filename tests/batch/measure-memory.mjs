// Heap figures of the streaming entry point, each measured in a child `node --expose-gc`
// running stream-memory.mjs: for memory.test.ts (small batches, bounds in proportion) and for
// `npm run bench` (the figure at a real batch size).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;

/** One run: `mode` is keep, drop or collect; `articles` made-up (tiny) or corpus (real-sized). */
export function measureStream(mode, count, articles = 'made-up') {
  if (!existsSync(join(here, '../../dist/batch/index.js'))) throw new Error('dist/ is missing: run "npm run build" (npm test does it)');
  const r = spawnSync(process.execPath, ['--expose-gc', join(here, 'stream-memory.mjs'), String(count), mode, articles], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`stream-memory.mjs ${mode} ${count} failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/**
 * How much the heap grows over `count` corpus articles (from the first fifth on) beyond what
 * the stream alone grows by (the name caches grow in every mode), when the consumer keeps
 * every result's facts as objects, and when it hands them to a BatchCollector as the CLI does.
 */
export function collectorGrowth(count) {
  const [drop, keep, collect] = ['drop', 'keep', 'collect'].map((mode) => measureStream(mode, count, 'corpus'));
  const grew = (m) => m.atEnd - m.at200 - (drop.atEnd - drop.at200);
  return { keep: grew(keep), collect: grew(collect), done: collect.done, items: collect.items };
}
