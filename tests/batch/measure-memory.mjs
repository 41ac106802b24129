// Heap figures of the streaming entry point and the batch collector, each measured in a child
// `node --expose-gc`: for memory.test.ts (small batches, bounds in proportion) and for
// `npm run bench` (the collector's figure at a real batch size).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;

/** A run of stream-memory.mjs over made-up articles: `drop` whose results the consumer drops,
 *  then `keep` whose results it keeps. (Each run is a process of its own: runs may go on at once.) */
export function measureStream(drop, keep) {
  return child('stream-memory.mjs', String(drop), String(keep));
}

/**
 * The heap kept over `count` varied corpus articles (collector-memory.mjs): by a
 * BatchCollector as the CLI uses it (`collect`), and by the same facts kept as objects (`keep`).
 */
export function collectorGrowth(count) {
  return child('collector-memory.mjs', String(count));
}

/** The child's JSON report, once it ends. */
function child(script, ...args) {
  if (!existsSync(join(here, '../../dist/batch/index.js'))) throw new Error('dist/ is missing: run "npm run build" (npm test does it)');
  return new Promise((resolve, reject) => {
    // GC on the main thread only: a forced GC then leaves the same heap on every run. With V8's
    // helper threads the collector's figure at 150 articles came out 0.40–0.54 of the facts' (2
    // runs in 6 over the 0.5 bound) and the facts' own figure moved by 0.4 MB; alone, 0.40–0.42.
    const c = spawn(process.execPath, ['--expose-gc', '--single-threaded-gc', join(here, script), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    c.stdout.on('data', (d) => (stdout += d));
    c.stderr.on('data', (d) => (stderr += d));
    c.on('error', reject);
    c.on('close', (status) => (status === 0 ? resolve(JSON.parse(stdout)) : reject(new Error(`${script} ${args.join(' ')} failed (${status}): ${stderr}`))));
  });
}
