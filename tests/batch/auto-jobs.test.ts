import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { jobsFor, PARALLEL_MIN_ARTICLES } from '../../src/batch/auto-jobs.js';

describe('workers when --jobs is left out', () => {
  const cores = availableParallelism();

  it('a given number is kept, whatever the batch', () => {
    expect(jobsFor(1, 3)).toBe(3);
    expect(jobsFor(5000, 1)).toBe(1);
  });

  it('the cores for a batch big enough to pay for them; on 2 cores none extra below that', () => {
    expect(jobsFor(PARALLEL_MIN_ARTICLES, undefined)).toBe(cores);
    expect(jobsFor(PARALLEL_MIN_ARTICLES - 1, undefined)).toBe(cores > 2 ? cores : 1);
    expect(jobsFor(2, undefined)).toBe(cores > 2 ? cores : 1);
  });
});
