import { availableParallelism } from 'node:os';

/**
 * How many workers a batch gets when the user does not say (`--jobs` left out). On two cores
 * one worker plus this thread already keep both busy, and every extra worker loads the NLP
 * models again: measured on this 2-core machine (npm start's formats, made-up batches), one
 * job against two took 1.06 s vs 1.17 s for 16 articles, 3.15 vs 3.45 for 128, 5.12 vs 5.24
 * for 256, and only from 512 articles did two win (8.91 vs 8.37; 15.8 vs 13.2 at 1,000).
 * With more cores the extra workers have cores of their own: they are used for any batch,
 * as before (not measured here). One job chosen here is this thread (study-stream.ts): 299
 * corpus articles took 6.96 s there against 7.39 s with two workers.
 */
export const PARALLEL_MIN_ARTICLES = 300;

/** `jobs` when given; otherwise the cores, for a batch of at least `articles` articles that is worth them. */
export function jobsFor(articles: number, jobs: number | undefined): number {
  if (jobs !== undefined) return Math.max(1, Math.floor(jobs));
  const cores = availableParallelism();
  return cores > 2 || articles >= PARALLEL_MIN_ARTICLES ? cores : 1;
}
