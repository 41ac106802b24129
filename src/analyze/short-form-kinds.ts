/**
 * "the Labour Force Participation Rate (LFPR) … LFPR stood at 54.9%": a short form the article
 * spells out is the kind of thing its long form is. An unknown acronym is read as a body
 * (classify-run.ts); one that shortens a term (a rate, an index, a scheme) is a term wherever
 * the article writes it.
 */
import type { Sentence } from '../types.js';
import { isAcronymOf } from '../util/acronym.js';
import { organisationNamed } from '../lexicon/index.js';

/** Short forms the lexicon knows as a party's that a story of prices uses for a measure:
 *  "Unlike the CPI, which tracks prices of goods …" is the Consumer Price Index. */
const PRICE_MEASURES: ReadonlyMap<string, string> = new Map([['CPI', 'Consumer Price Index']]);
const PRICE_STORY = /\b(?:inflation|deflation|WPI|wholesale price|retail price|price index|price rise)\b/i;

export function withShortFormKinds(sentences: Sentence[]): void {
  if (sentences.some((s) => PRICE_STORY.test(s.text))) {
    for (const s of sentences) s.entities = s.entities.map((e) => (PRICE_MEASURES.has(e.text) && e.cls === 'organisation' ? { ...e, cls: 'term', canonical: PRICE_MEASURES.get(e.text)! } : e));
  }
  const terms = new Set<string>();
  for (const s of sentences) {
    for (const e of s.entities) {
      if (e.cls !== 'term') continue;
      const m = /^\s*\(([A-Z][A-Za-z&]{1,7})\)/.exec(s.text.slice(e.end));
      if (m && isAcronymOf(m[1], e.text)) terms.add(m[1]);
    }
    // ("a rise in foreign currency assets (FCA)": the short form of words written small is of a
    // thing, never a body's.)
    for (const m of s.text.matchAll(/\(([A-Z]{2,6})\)/g)) if (spelledSmall(m[1], s.text.slice(0, m.index))) terms.add(m[1]);
  }
  // ("NHPM enables beneficiaries …" beside "… for approving National Health Protection Mission":
  // an acronym the article writes out as a term's name elsewhere is that term.)
  const named = sentences.flatMap((s) => s.entities.filter((e) => e.cls === 'term' && /\s/.test(e.text)).map((e) => e.text));
  // ("The RLV was launched …" under "the reusable launch vehicle prototype": an acronym whose letters
  // start the words of a thing's kind the article writes, a vehicle, a missile, a system, is that thing.)
  const acronyms = new Set(sentences.flatMap((s) => s.entities.filter((e) => e.cls === 'organisation' && /^[A-Z]{2,6}$/.test(e.text) && !terms.has(e.text)).map((e) => e.text)));
  for (const a of acronyms) if (named.some((n) => isAcronymOf(a, n))) terms.add(a);
  if (acronyms.size) {
    const words = sentences.flatMap((s) => s.text.split(/[\s-]+/)).map((w) => w.replace(/[^\p{L}]/gu, ''));
    for (const a of acronyms) if (spelledThing(a, words)) terms.add(a);
  }
  // ("ASTRA is a state-of-the-art BVR air-to-air missile" beside "fired the Astra … missile": a
  // name the article also writes as a word, capital first, is a name in capitals, no body's
  // initials.)
  if (acronyms.size) {
    const text = sentences.map((s) => s.text).join(' ');
    for (const a of acronyms) if (a.length >= 4 && !organisationNamed(a) && new RegExp(`\\b${a[0]}${a.slice(1).toLowerCase()}\\b`).test(text)) terms.add(a);
  }
  if (!terms.size) return;
  for (const s of sentences) {
    s.entities = s.entities.map((e) => (e.cls === 'organisation' && terms.has(e.text) ? { ...e, cls: 'term' } : e));
  }
}

/** Whether the words right before a bracket, all written small, spell the acronym. */
function spelledSmall(acronym: string, before: string): boolean {
  const words = before.trim().split(/\s+/).slice(-acronym.length);
  return words.length === acronym.length && words.every((w, k) => /^\p{Ll}/u.test(w) && w[0].toUpperCase() === acronym[k]);
}

/** Kinds of thing whose names are shortened as bodies' are: "RLV", "ICBM", "EVM". */
const THING_HEADS = /^(?:vehicles?|missiles?|satellites?|rockets?|systems?|machines?|engines?|aircraft|drones?|reactors?|weapons?|vaccines?|telescopes?|probes?|launchers?)$/i;

/** Whether the article writes words whose initials spell the acronym and end on a thing's kind. */
function spelledThing(acronym: string, words: readonly string[]): boolean {
  const n = acronym.length;
  for (let i = 0; i + n <= words.length; i++) {
    if (!THING_HEADS.test(words[i + n - 1])) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = words[i + k][0]?.toUpperCase() === acronym[k];
    if (ok) return true;
  }
  return false;
}
