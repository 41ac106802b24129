/**
 * "the Navy's GSAT-7R (CMS-03)": a craft or a mission the article calls by two codes, one in
 * brackets after the other, is one thing; a set that asks it by one name has asked it.
 */
import type { Fact } from '../types.js';

/** A code: capitals, then a digit somewhere ("GSAT-7R", "CMS-03", "LVM3-M5"). */
const CODE = String.raw`[A-Z][A-Za-z]*-?\d[\w-]*`;
const CODE_PAIR = new RegExp(String.raw`(?<![\w-])(${CODE})\s+\((${CODE})\)`, 'g');

const ALIASES = new WeakMap<readonly Fact[], Map<string, string>>();

/** Each code of a pair mapped to the other, as the article's sentences write them. */
export function codeAliases(facts: readonly Fact[]): Map<string, string> {
  let aliases = ALIASES.get(facts);
  if (aliases) return aliases;
  aliases = new Map();
  for (const sentence of new Set(facts.map((f) => f.sentence))) {
    if (!sentence.includes('(')) continue;
    for (const [, a, b] of sentence.matchAll(CODE_PAIR)) {
      aliases.set(a, b);
      aliases.set(b, a);
    }
  }
  ALIASES.set(facts, aliases);
  return aliases;
}
