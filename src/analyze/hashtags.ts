/**
 * A hashtag is a name as it is written: "#IStandWithAhmed", "#MeToo", "#HarGharTiranga". Returns
 * the character ranges of those with a letter after the "#" and three characters or more (not
 * "#1", nor the "#" of "C#").
 */
import type { CharRange } from './quoted-terms.js';

const HASHTAG = /(?<![\p{L}\d&#])#\p{L}[\p{L}\d_]{2,40}/gu;

export function hashtags(text: string): CharRange[] {
  if (!text.includes('#')) return [];
  return [...text.matchAll(HASHTAG)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}
