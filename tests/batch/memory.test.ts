/**
 * The streaming memory bound, measured in a child `node --expose-gc` (heap after a full GC,
 * not time): the stream itself keeps nothing per article, and a consumer that keeps every
 * result grows by about the size of what it keeps (articles slimmed to meta + facts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const MB = 1024 * 1024;

function measure(mode: 'keep' | 'drop' | 'collect', count = 2000, articles = 'made-up') {
  if (!existsSync(join(here, '../../dist/batch/index.js'))) throw new Error('dist/ is missing: run "npm run build" (npm test does it)');
  const r = spawnSync(process.execPath, ['--expose-gc', join(here, 'stream-memory.mjs'), String(count), mode, articles], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { done: number; facts: number; factBytes: number; paragraphs: number; at200: number; atEnd: number; items: number; afterBuild: number; keptBytes: number };
}

describe('studyStream memory', () => {
  it('does not grow with the number of articles when the consumer keeps nothing', () => {
    const m = measure('drop');
    expect(m.done).toBe(2000);
    expect(m.facts).toBeGreaterThan(2000);
    expect(m.atEnd - m.at200).toBeLessThan(8 * MB);
  });

  it('grows by about what is kept: slim results without paragraphs', () => {
    const m = measure('keep');
    expect(m.paragraphs).toBe(0);
    expect(m.atEnd - m.at200).toBeLessThan(3 * m.keptBytes + 8 * MB);
  });

  it('a batch collector keeps a fraction of what the facts would take, on real-sized articles', () => {
    // Growth from the 100th to the 500th article beyond what the stream alone grows by
    // (the name caches grow in every mode): the facts kept as objects, or the collector.
    const [drop, keep, collect] = (['drop', 'keep', 'collect'] as const).map((mode) => measure(mode, 500, 'corpus'));
    const grew = (m: typeof drop) => m.atEnd - m.at200 - (drop.atEnd - drop.at200);
    expect(collect.done).toBe(500);
    expect(grew(keep)).toBeGreaterThan(5 * MB);
    expect(grew(collect)).toBeLessThan(0.5 * grew(keep));
    expect(collect.items).toBeGreaterThan(500 * 8);
  });
});
