/**
 * Scientific names in a story of a find: "The newly described species, Hasarius kolkataensis,
 * belongs to …", "the first record of the genus Hasarius in the state". A genus is capitalised and
 * its species epithet is not, so the name runner, which reads capitalised runs, misses them.
 * Returns character ranges of the names, only in sentences that speak of a species or genus.
 */
import { isCommonWord } from '../lexicon/index.js';
import type { CharRange } from './quoted-terms.js';

const CUE = /\b(?:species|sub-?species|genus|genera)\b/i;
/** Genus and epithet: "Hasarius kolkataensis", "Hoya bella", "Xylocopa indica". */
// ("Rhabdophis bindi", "Cnemaspis rashidi": an epithet after a person or a thing, in -i.)
const BINOMIAL = /(?<![\p{L}-])(\p{Lu}\p{Ll}{2,})\s+(\p{Ll}{3,}(?:a|us|um|ae|i|is|ensis|ium|oides|ella|ina|ana|ia))(?![\p{L}-])/gu;
/** "the genus Hasarius": a genus named after its rank. */
const GENUS = /\bgenus\s+(\p{Lu}\p{Ll}{3,})(?![\p{L}-])/gu;

export function speciesNames(text: string): CharRange[] {
  if (!CUE.test(text)) return [];
  const out: CharRange[] = [];
  for (const m of text.matchAll(BINOMIAL)) {
    // ("In parts", "The area": an everyday word is no genus, its next word no epithet.)
    if (isCommonWord(m[1].toLowerCase()) || isCommonWord(m[2])) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of text.matchAll(GENUS)) {
    const start = m.index! + m[0].length - m[1].length;
    if (!out.some((r) => start < r.end && r.start < start + m[1].length)) out.push({ start, end: start + m[1].length });
  }
  return out;
}
