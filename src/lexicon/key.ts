/**
 * The lexicon's one way to compare names: dots dropped ("U.S." = "US"), then the project's
 * folding (case, accents, punctuation). A leading "the" is tried both kept and dropped by the
 * look-ups, so "the U.S." finds "US" but "States" alone does not find "the States".
 */
import { normalizeKey } from '../util/ids.js';

/** Memoised: the same few hundred names are looked up again and again in a batch. */
const KEYS = new Map<string, string>();
const KEY_LIMIT = 50_000;

export function lexiconKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    if (KEYS.size >= KEY_LIMIT) KEYS.clear();
    key = normalizeKey(name.replace(/\./g, '').replace(/\s&\s/g, ' and '));
    KEYS.set(name, key);
  }
  return key;
}

/** The entry for a name, as written or without a leading "the". */
export function lookUp<T>(map: ReadonlyMap<string, T>, name: string): T | undefined {
  const key = lexiconKey(name);
  return map.get(key) ?? (key.startsWith('the ') ? map.get(key.slice(4)) : undefined);
}

/** Adds `name`'s key to `map` unless the key is taken (first entry wins) or empty. */
export function addFirst<T>(map: Map<string, T>, name: string, value: T): void {
  const key = lexiconKey(name);
  if (key && !map.has(key)) map.set(key, value);
}
