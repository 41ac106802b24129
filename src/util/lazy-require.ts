import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A package loaded the first time it is used, not when quizwire starts: a one-article run
 * should not pay for an HTML parser it never calls (linkedom alone takes ~0.13 s to load).
 * Uses the package's CommonJS build, so the pipeline stays synchronous.
 */
export function lazyRequire<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
