import { createRequire } from 'node:module';
import { sha256 } from './sha256.js';

type Crypto = typeof import('node:crypto');
let crypto: Crypto | undefined;

/**
 * Loading node:crypto takes ~7 ms, more than a one-article run's few hundred digests cost in
 * JavaScript (sha256.ts, the same bytes). So a process's first SHA-256 digests are made there;
 * after these, node:crypto is loaded: its digests are about twice as fast, for a batch.
 */
let jsDigestsLeft = 2_000;

function nodeCrypto(): Crypto {
  return (crypto ??= createRequire(import.meta.url)('node:crypto') as Crypto);
}

/** The digest of a UTF-8 string. */
export function hashOf(algorithm: 'sha1' | 'sha256', text: string): Buffer {
  if (algorithm === 'sha256' && jsDigestsLeft > 0) {
    jsDigestsLeft--;
    return sha256(text);
  }
  const c = nodeCrypto();
  // Node's one-shot `crypto.hash` (from 20.12) where present: about twice as fast as createHash for short strings.
  const oneShot = (c as { hash?: (alg: string, data: string, encoding: 'buffer') => Buffer }).hash;
  return oneShot ? oneShot(algorithm, text, 'buffer') : c.createHash(algorithm).update(text, 'utf8').digest();
}
