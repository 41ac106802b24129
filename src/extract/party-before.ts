/**
 * The party (or alliance, or candidate) an election sentence credits with a win, as both the
 * seats a party won (patterns/seats.ts) and the election it won (patterns/election-won.ts) read it.
 */
import type { Entity, Sentence } from '../types.js';
import { isAcronymOf } from '../util/acronym.js';
import { organisationNamed } from '../lexicon/index.js';

/** ", which came into being in 2013," between a party and its verb. */
const RELATIVE_CLAUSE = /,\s+(?:which|who)\s+[^,]{1,60},\s*$/;
/** A party's own word after its name: "the Mahayuti alliance", "the Left Front". */
export const GROUP_WORD = /^\s+(?:alliance|combine|front|bloc|coalition|party)\b/;

/** "-led alliance", "-led Mahayuti alliance": the group a party leads, after its name. */
const LED_GROUP = /^-led\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:alliance|combine|front|bloc|coalition)\b/u;

/** A legislature's name: what a party wins, never the party. */
export const HOUSE = /\b(?:Assembly|Sabha|Parliament|House|Council|Legislature|Corporation)$/;

export interface Party {
  entity: Entity;
  /** As the question writes it: "the Bharatiya Janata Party-led Mahayuti alliance", "Shiv Sena (Eknath Shinde)". */
  written: string;
}

const PARTY_CLASSES = new Set<Entity['cls']>(['organisation', 'person', 'term']);

/** The name ending right before the verb, past "alone", a group word and a faction's bracket. */
export function partyBefore(s: Sentence, at: number): Party | null {
  // ("Sikkim Krantikari Morcha (SKM), which came into being in 2013, bagged 17 seats")
  // ("The BJP-led Mahayuti alliance on Saturday retained power": the day between is no name's.)
  const before = s.text.slice(0, at).replace(RELATIVE_CLAUSE, '').replace(/\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday)\s*$/, '').replace(/\s+(?:alone|also|together|has|have|had)\s*$/, '').trimEnd();
  let end = before.length;
  const head = s.text.slice(0, end);
  const group = /\s+(?:alliance|combine|front|bloc|coalition|party)$/.exec(head);
  if (group) end = group.index;
  // ("Hemant Soren's JMM-led alliance stormed back to power": the party that leads it.)
  // (Unless the analyser read "-led" into the name: "the Jharkhand Mukti Morcha-led alliance".)
  const led = !!group && /-led$/.test(s.text.slice(0, end)) && !s.entities.some((e) => e.end === end && PARTY_CLASSES.has(e.cls));
  if (led) end -= '-led'.length;
  const bracket = /\s*\([^()]{1,30}\)$/.exec(s.text.slice(0, end));
  const nameEnd = bracket ? bracket.index : end;
  // (The analyser may have read a faction's bracket into the name: "Janata Dal (Secular)".)
  const entity = s.entities.find((e) => (e.end === nameEnd || (bracket && e.end === end && e.start < nameEnd)) && PARTY_CLASSES.has(e.cls)) ?? (led ? shortFormEnding(s, nameEnd) : undefined);
  // ("The BJP has swept the Gujarat Legislative Assembly winning 156 …": a house is what is won.)
  if (!entity || HOUSE.test(entity.text)) return null;
  // ("The JMM, Congress and the RJD alliance won 47 seats": the last of a list shares the win.)
  if (group && /,\s*(?:[\w.()-]+\s+){1,4}and\s+(?:the\s+)?$/.test(s.text.slice(Math.max(0, entity.start - 60), entity.start))) return null;
  // ("Sikkim Democratic Front(SDF)": the party's own short form in brackets is left out; a
  // faction's is kept.)
  const short = bracket ? bracket[0].trim().slice(1, -1) : '';
  const writtenEnd = bracket && isAcronymOf(short, entity.text) ? nameEnd : before.length;
  return { entity, written: written(s, entity, writtenEnd) };
}

/** "JMM" in "JMM-led": a party's short form the analyser read as part of a longer word. */
function shortFormEnding(s: Sentence, end: number): Entity | undefined {
  const m = /(?:^|[\s(])(\p{Lu}{2,6}(?:\([A-Z]\))?)$/u.exec(s.text.slice(0, end));
  if (!m) return undefined;
  const start = end - m[1].length;
  return { text: m[1], cls: 'organisation', start, end, canonical: organisationNamed(m[1])?.name ?? m[1] };
}

/** "The BJP-led Mahayuti alliance secured …, winning …": the party that opens the sentence
 *  (after a place or time phrase: "In Jharkhand, the JMM-led alliance won …"). */
export function openingParty(s: Sentence): Party | null {
  const lead = /^(?:(?:In|On|At)\s+[^,]{1,40},\s+|(?:As|After|With|While)\s+)?(?:The\s+|the\s+)?/.exec(s.text)![0];
  const opening = s.entities.find((e) => e.start === lead.length && PARTY_CLASSES.has(e.cls));
  // ("Hemant Soren's JMM-led alliance …, winning 52 seats": the owner's party, not the owner.)
  const owner = opening && /^['’]s\s+/.exec(s.text.slice(opening.end));
  const entity = owner ? s.entities.find((e) => e.start === opening.end + owner[0].length && PARTY_CLASSES.has(e.cls)) : opening;
  if (!entity) return null;
  // ("The Communist Party of India (M)-led Left Democratic Front (LDF) retained power …": the named
  // alliance a party leads is the one that won.)
  const led = /^-led\s+(?:the\s+)?/.exec(s.text.slice(entity.end));
  const alliance = led && s.entities.find((e) => e.start === entity.end + led[0].length && PARTY_CLASSES.has(e.cls));
  if (alliance) return { entity: alliance, written: /\b(?:Front|Alliance|Coalition|Bloc)$/.test(alliance.text) ? `the ${alliance.text}` : written(s, alliance, alliance.end) };
  const group = LED_GROUP.exec(s.text.slice(entity.end)) ?? GROUP_WORD.exec(s.text.slice(entity.end));
  return { entity, written: written(s, entity, entity.end + (group ? group[0].length : 0)) };
}

function written(s: Sentence, e: Entity, end: number): string {
  const text = s.text.slice(e.start, end).trim();
  return /\bthe\s+$/i.test(s.text.slice(Math.max(0, e.start - 4), e.start)) || GROUP_WORD.test(s.text.slice(e.end)) ? `the ${text}` : text;
}
