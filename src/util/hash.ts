import crypto from 'node:crypto';

/** Node's one-shot `crypto.hash` (from 20.12) where present: about twice as fast as createHash for short strings. */
const oneShot = (crypto as { hash?: (alg: string, data: string, encoding: 'buffer') => Buffer }).hash;

/** The digest of a UTF-8 string. */
export function hashOf(algorithm: 'sha1' | 'sha256', text: string): Buffer {
  return oneShot ? oneShot(algorithm, text, 'buffer') : crypto.createHash(algorithm).update(text, 'utf8').digest();
}
