import { lazyRequire } from '../util/lazy-require.js';

/** node:worker_threads, loaded when the first worker starts: a one-article run starts none, and loading it is ~2 ms of a cold start. */
export const workerThreads = lazyRequire<typeof import('node:worker_threads')>('node:worker_threads');
