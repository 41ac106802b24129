import { hashOf } from './hash.js';
import { customRandom, urlAlphabet } from 'nanoid';

/** SHA-256 of the parts joined by a separator that cannot appear in them. */
export function digest(parts: readonly string[]): Buffer {
  return hashOf('sha256', parts.join('\u001f'));
}

/**
 * A stable id: nanoid's alphabet and size, driven by bytes of a hash instead of a random
 * source, so the same parts always give the same id (re-imports update, never duplicate).
 */
export function stableId(parts: readonly string[], size = 12): string {
  const bytes = digest(parts);
  let offset = 0;
  const next = customRandom(urlAlphabet, size, (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = bytes[(offset++) % bytes.length];
    return out;
  });
  return next();
}

/** Keys already computed: the same names are compared again and again across a batch. */
const KEYS = new Map<string, string>();
/** Sentences and questions repeat only within an article (several facts share one): a small
 *  cache holds the current article's, and a big one would only churn. */
const LONG_KEYS = new Map<string, string>();

/** Lower-case, accents folded, punctuation dropped: for comparing names and facts. */
export function normalizeKey(text: string): string {
  const long = text.length > 64;
  const cache = long ? LONG_KEYS : KEYS;
  let key = cache.get(text);
  if (key === undefined) {
    if (cache.size > (long ? 2_000 : 100_000)) cache.clear();
    key = foldKey(text);
    cache.set(text, key);
  }
  return key;
}

/** Text with nothing to fold but case and punctuation (most news text): normalize() and the
 *  accent strip are the costly part of folding and change nothing there. */
const PLAIN = /^[\x20-\x7e\u00a0\u2000-\u206f]*$/;

/** The same folding, uncached: for a text seen once (a whole article), not worth keeping. */
export function foldKey(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
