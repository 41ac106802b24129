import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// The built library: workers load compiled .js files next to the pool.
import { studyStream, type StudyEvent } from '../../dist/batch/index.js';
import { jobsFor } from '../../dist/batch/auto-jobs.js';

const WIKINEWS = join(import.meta.dirname, '../fixtures/corpus/wikinews');

async function collect(jobs: number, inputs: unknown[]): Promise<StudyEvent[]> {
  const out: StudyEvent[] = [];
  for await (const e of studyStream(inputs as never, { jobs })) out.push(e);
  return out;
}

describe('studyStream', () => {
  const files = readdirSync(WIKINEWS).filter((f) => f.endsWith('.txt')).sort();
  const inputs = [
    ...files.map((f) => ({ path: join(WIKINEWS, f) })),
    { path: '/nonexistent/x.txt', error: 'no such file or directory' },
    { source: 'mem.txt', text: '!!!', kind: 'text' },
  ];

  it('yields one event per input, in input order, the same with 1 and 3 workers', async () => {
    const one = await collect(1, inputs);
    const three = await collect(3, inputs);
    expect(one.map((e) => e.source)).toEqual([...files.map((f) => join(WIKINEWS, f)), '/nonexistent/x.txt', 'mem.txt']);
    expect(three).toEqual(one);
    expect(one.filter((e) => !e.ok).map((e) => e.source)).toEqual(['/nonexistent/x.txt', 'mem.txt']);
  });

  it('keeps only slim articles: meta and facts, no paragraphs', async () => {
    const [e] = await collect(1, [{ source: 'a.txt', text: readFileSync(join(WIKINEWS, files[0]), 'utf8'), kind: 'text' }]);
    expect(e.ok).toBe(true);
    if (e.ok) {
      expect(e.result.article.paragraphs).toEqual([]);
      expect(e.result.facts.length).toBeGreaterThan(0);
    }
  });

  it('with a budget, a batch too small for two workers is studied in this thread unless --jobs is given', async () => {
    const three = files.slice(0, 3).map((f) => ({ path: join(WIKINEWS, f) }));
    const run = async (jobs: number | undefined) => {
      let here = 0;
      const lone: boolean[] = [];
      const events: StudyEvent[] = [];
      const options = { jobs, budgetMs: () => 60_000, inlineMaxChars: 100_000, studyHere: <T>(study: () => T, alone: boolean) => (here++, lone.push(alone), study()) };
      for await (const e of studyStream(three, options)) events.push(e);
      return { here, events, lone };
    };
    const auto = await run(undefined);
    // (On more than two cores even a small batch gets a worker per core.)
    expect(auto.here).toBe(jobsFor(3, undefined) === 1 ? 3 : 0);
    const given = await run(1);
    expect(given.here).toBe(0);
    expect(given.events).toEqual(auto.events);
    expect(auto.events.every((e) => e.ok)).toBe(true);
    // (Each is told it is one of several: the CLI's one-article settings are not for them.)
    expect(auto.lone.every((l) => !l)).toBe(true);
  });
});
