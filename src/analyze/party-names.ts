/**
 * "the ruling Georgian Dream party", "the opposition Awami League party": capitalised words
 * before a lower-case "party" (or "alliance", "movement", "coalition", "front") are the name of
 * one body, however the analyser read them ("Georgian" as Georgia, "Dream" alone).
 */
import type { Entity } from '../types.js';
import { countryOf, countryOfDemonym } from '../lexicon/index.js';
import { entitiesWithin, replaceWith, straddles } from './entity-spans.js';

const BODY = /((?:\p{Lu}[\p{L}'’.-]*\s+){1,4})(?:party|alliance|movement|coalition|front)\b/gu;

export function joinPartyNames(text: string, entities: Entity[]): Entity[] {
  if (!/\b(?:party|alliance|movement|coalition|front)\b/.test(text)) return entities;
  let out = entities;
  for (const m of text.matchAll(BODY)) {
    const start = m.index!;
    const name = m[1].trim();
    const end = start + name.length;
    // A sentence's first word, or a country or a people alone ("the Russian party"), names no body.
    // "the BJP-led alliance", "the Saudi-led coalition": an adjective, not the name.
    if (start === 0 || /-\p{Ll}+$/u.test(name) || (!name.includes(' ') && (countryOf(name) || countryOfDemonym(name)))) continue;
    const inside = entitiesWithin(out, start, end);
    // A word the analyser dropped ("the Labour party") is still the name, unless it is a function word.
    if ((inside.length === 0 && /^(?:The|A|An|This|That|Its|His|Her|Their|Our)\b/.test(name)) || straddles(out, start, end)) continue;
    if (inside.length === 1 && inside[0].start === start && inside[0].end === end && inside[0].cls === 'organisation') continue;
    const joined: Entity = { text: name, cls: 'organisation', start, end, canonical: name.replace(/\s+/g, ' ') };
    out = replaceWith(out, inside, joined);
  }
  return out;
}
