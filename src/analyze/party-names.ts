/**
 * "the ruling Georgian Dream party", "the opposition Awami League party": capitalised words
 * before a lower-case "party" (or "alliance", "movement", "coalition", "front") are the name of
 * one body, however the analyser read them ("Georgian" as Georgia, "Dream" alone).
 */
import type { Entity } from '../types.js';
import { countryOf, countryOfDemonym, organisationNamed } from '../lexicon/index.js';
import { entitiesWithin, replaceWith, straddles } from './entity-spans.js';
import { isAcronymOf } from '../util/acronym.js';

const BODY = /((?:\p{Lu}[\p{L}'’.-]*\s+){1,4})(?:party|alliance|movement|coalition|front)\b/gu;

export function joinPartyNames(text: string, entities: Entity[]): Entity[] {
  const out = text.includes('(') || BARE_QUALIFIER_HINT.test(text) ? withFactionQualifiers(text, entities) : entities;
  return /\b(?:party|alliance|movement|coalition|front)\b/.test(text) ? withLowerCaseKind(text, out) : out;
}

/** Last words of a party's name a faction's qualifier may follow. */
// ("Communist Party of India (M)": a party "of" its country too.)
const PARTY_END = /\b(?:Dal|Sena|Congress|Party|League|Morcha|Kazhagam|Samiti|Samaj|NCP|CPI|JD|SAD|AIADMK|LJP|RLD)$|\bParty of India$/;
/** "(Secular)", "(United)", "(UBT)", "(Sharadchandra Pawar)": a faction's qualifier in brackets. */
const QUALIFIER = /^\s?\((\p{Lu}[\p{Ll}-]+(?:\s\p{Lu}[\p{Ll}-]+)?|\p{Lu}{1,4})\)/u;
/** "Shiv Sena UBT won 20 seats": a faction's short form without brackets. */
const BARE_QUALIFIER = /^\s(\p{Lu}{2,4})(?![\p{L}\d-])/u;
const BARE_QUALIFIER_HINT = /\b(?:Dal|Sena|Congress|Party|League|Morcha|Kazhagam|Samiti|Samaj|NCP|CPI|JD|SAD|AIADMK|LJP|RLD)\s\p{Lu}{2,4}\b/u;

/** "HD Kumaraswamy's Janata Dal (Secular) 19 seats": the qualifier in brackets is part of the
 *  party's name (another party than the Janata Dal), not an aside. */
function withFactionQualifiers(text: string, entities: Entity[]): Entity[] {
  let out = entities;
  for (const e of entities) {
    if (e.cls !== 'organisation' || !PARTY_END.test(e.text)) continue;
    // (Bare, not another party's short form: "the Congress BJP rivalry".)
    const bare = BARE_QUALIFIER.exec(text.slice(e.end));
    const q = QUALIFIER.exec(text.slice(e.end)) ?? (bare && !organisationNamed(bare[1]) ? bare : null);
    // (Not the party's own short form: "Rashtriya Lok Dal (RLD)".)
    if (!q || isAcronymOf(q[1], e.text)) continue;
    const end = e.end + q[0].length;
    // ("CPI(M)", "LJP(RV)": a faction the lexicon knows goes by its name there.)
    const known = organisationNamed(text.slice(e.start, end));
    const joined: Entity = { ...e, text: text.slice(e.start, end), end, canonical: known?.name ?? `${e.canonical} ${q[0].trim()}` };
    out = replaceWith(out, entitiesWithin(out, e.start, end), joined);
  }
  return out;
}

function withLowerCaseKind(text: string, entities: Entity[]): Entity[] {
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
