import { normalizeKey } from '../util/ids.js';

const STOP = new Set(
  'a an the of in on at to for from by with and or as is are was were be been has have had its it this that after before over into about than their his her new says said will who what which'.split(' '),
);

/** Content words, cut to a stem-like prefix so "upgrade"/"upgrades", "attacked"/"attack" meet:
 *  how the headline's words are compared with a fact's. */
export function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of normalizeKey(text).split(' ')) if (w.length > 2 && !STOP.has(w)) out.add(w.slice(0, 6));
  return out;
}
