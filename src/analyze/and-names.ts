/**
 * Places whose own name holds an "and" ("Jammu and Kashmir", "Andaman and Nicobar Islands",
 * "Trinidad and Tobago"), and terms ("Goods and Services Tax"): the analyser reads two names
 * joined by "and"; the lexicon's list of such names puts them together again (or finds them
 * where it saw neither half), so a blank never asks half of one.
 */
import type { Entity } from '../types.js';
import { entitiesWithin, replaceWith, straddles } from './entity-spans.js';
import { countryOf, INSTITUTION_HEADS, organisationNamed, PACT_HEADS, placeNamesWithAnd, regionNamed, regionPlaceKind, TERMS_WITH_AND } from '../lexicon/index.js';

let withAnd: readonly string[] | null = null;
const namesWithAnd = () => (withAnd ??= [...placeNamesWithAnd(), ...TERMS_WITH_AND]);

/** An opening quote right before a name: one the quotes hold whole. */
const QUOTE_BEFORE = /^[‘'"“]$/;

export function joinAndNames(text: string, entities: Entity[]): Entity[] {
  if (!text.includes(' and ')) return entities;
  let out = entities;
  for (const name of namesWithAnd()) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (/[\p{L}\p{N}]/u.test(text[end] ?? '') || /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) continue;
      // A term read across the name's first half ("Chief Minister of Jammu") gives way to it.
      // ("Gross Goods" read across "Gross Goods and Services Tax": any name, before a term.)
      const term = TERMS_WITH_AND.includes(name);
      // ("Chief Secretary for the Union Territory of Andaman": so does an office read as a body
      // that ends on "of" and the first half.)
      const cut = out.filter((e) => (e.cls === 'term' || (e.cls === 'organisation' && /\sof\s+$/.test(text.slice(e.start, at))) || (term && e.end < end)) && e.start < at && e.end > at && e.end <= end);
      // (Inside a longer name it stays a part: "Defence Research and Development Organisation".)
      // (A place too, inside a quoted title: "‘The Order of the Republic of Trinidad and Tobago’".)
      if (out.some((e) => e.start <= at && e.end >= end && e.end - e.start > end - at && (term || (e.cls === 'term' && QUOTE_BEFORE.test(text.slice(Math.max(0, e.start - 1), e.start)))))) continue;
      // ("18 Jammu and Kashmir Rifles": a name that runs on past the place is a longer name with
      // the place in it, a regiment or a body, of the class of the part it runs into.)
      const runsOn = !term ? out.find((e) => e.start > at && e.start < end && e.end > end && e.cls !== 'person') : undefined;
      if (runsOn && !straddles(out.filter((e) => !cut.includes(e) && e !== runsOn), at, end)) {
        const longer = text.slice(at, runsOn.end);
        out = replaceWith(out, [...entitiesWithin(out, at, end), ...cut, runsOn], { text: longer, cls: runsOn.cls, start: at, end: runsOn.end, canonical: longer });
        continue;
      }
      if (straddles(out.filter((e) => !cut.includes(e)), at, end)) continue;
      const inside = [...entitiesWithin(out, at, end), ...cut];
      const region = regionNamed(name);
      const joined: Entity = term
        ? { text: name, cls: 'term', start: at, end, canonical: name }
        : { text: name, cls: 'place', start: at, end, canonical: name, placeKind: countryOf(name) ? 'country' : (region ? regionPlaceKind(region) : 'region') };
      out = replaceWith(out, inside, joined);
      if (!term) out = wholePlaceInRole(out, name, end);
    }
  }
  return out;
}

/** "Jammu and Kashmir Deputy Chief Minister Surinder Choudhary": the office the analyser read
 *  from the name's second half ("… of Kashmir") is the whole place's. */
function wholePlaceInRole(entities: Entity[], name: string, end: number): Entity[] {
  const half = ` of ${name.slice(name.lastIndexOf(' and ') + 5)}`;
  return entities.map((e) => (e.cls === 'person' && e.role?.endsWith(half) && e.start > end && e.start - end < 60 ? { ...e, role: `${e.role.slice(0, -half.length)} of ${name}` } : e));
}

/** What a name of rules, a law or a scheme ends on. */
const RULES_HEAD = /\b(?:Rules|Act|Bill|Regulations|Code|Policy|Scheme|Programme|Mission|Fund|Order|Guidelines)$/;
/** A count's name whose head the first half shares: "Socio Economic and Caste Census". */
const SHARED_HEAD = /\b(?:Census|Survey)$/;
/** What a partnership's or a pact's name ends on, after words that only qualify it ("Special
 *  Strategic and Global Partnership"). */
const lastWord = (text: string) => text.slice(text.lastIndexOf(' ') + 1);
/** The first half's last word qualifies, it names nothing: "Strategic", "Comprehensive". */
const QUALIFIER_END = /\p{L}(?:ic|al|ive|ary|ed|ing)$/u;

/**
 * "the Telangana Medical and Dental Colleges Admission Rules, 2017": the analyser reads two terms
 * joined by "and"; when the second is a body of rules or a law, they are one name.
 */
export function joinRuleHalves(text: string, entities: Entity[]): Entity[] {
  if (!text.includes(' and ')) return entities;
  let out = entities;
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i], out[i + 1]];
    // ("The Immigration and Foreigners Bill": a first half the analyser took for a body it does
    // not know, "Immigration", as it took "Immigration Bureau" elsewhere.)
    const firstHalf = a.cls === 'term' || (a.cls === 'organisation' && !organisationNamed(a.text));
    if (!firstHalf || b.cls !== 'term' || !/^\s+and\s+$/.test(text.slice(a.end, b.start))) continue;
    if (!RULES_HEAD.test(b.text) && !((PACT_HEADS.has(lastWord(b.text)) || SHARED_HEAD.test(b.text)) && QUALIFIER_END.test(a.text))) continue;
    const name = text.slice(a.start, b.end);
    out = replaceWith(out, [a, b], { text: name, cls: 'term', start: a.start, end: b.end, canonical: name });
  }
  // ("the Promotion and Regulation of Online Gaming Bill": a first half the analyser read as no
  // name at all, capitalised words after "the" and before "and", where no other name stands.)
  for (const b of [...out]) {
    if (b.cls !== 'term' || !RULES_HEAD.test(b.text)) continue;
    const m = FIRST_HALF.exec(text.slice(Math.max(0, b.start - 60), b.start));
    if (!m) continue;
    const start = b.start - m[1].length;
    if (out.some((e) => e !== b && e.end > start && e.start < b.start)) continue;
    const name = text.slice(start, b.end);
    out = replaceWith(out, [b], { text: name, cls: 'term', start, end: b.end, canonical: name });
  }
  return out;
}

const FIRST_HALF = /\b[Tt]he\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+and\s+)$/u;

/** "for Astronomy and Astrophysics", "of Science Education and Research", "on Political Affairs":
 *  capitalised words, with "and". */
const WING_TAIL = /^\s+(?:and|&)\s+(?:Hospital|Research\s+(?:Centre|Center|Institute))\b/;
const NAME_TAIL = /^\s+(?:for|of|on(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b))\s+\p{Lu}[\p{L}-]*(?:(?:\s+|\s+(?:and|&|for|in)\s+)\p{Lu}[\p{L}-]*)*/u;

/**
 * "the Inter-University Centre for Astronomy and Astrophysics": the analyser reads a body and
 * the terms of its field apart; the field's capitalised words after "for"/"of" are its name's.
 * ("Conference on Financing for Resilience": a "for" inside the field too.)
 */
export function joinInstitutionNames(text: string, entities: Entity[]): Entity[] {
  let out = entities;
  for (const e of entities) {
    if ((e.cls !== 'organisation' && e.cls !== 'term') || !INSTITUTION_HEADS.has(lastWord(e.text))) continue;
    // ("B J Medical College and Hospital", "… Institute and Research Centre": the hospital or
    // research wing a college runs is part of its name.)
    const tail = NAME_TAIL.exec(text.slice(e.end)) ?? (/^(?:College|Institute)$/.test(lastWord(e.text)) ? WING_TAIL.exec(text.slice(e.end)) : null);
    if (!tail) continue;
    // ("… for Science Education and Research in Pune": a place after "in" is where the body is.)
    const claimed = (to: number) => out.some((x) => x !== e && x.start >= e.end && x.end <= to && (x.cls === 'person' || x.cls === 'place'));
    let end = e.end + tail[0].length;
    const lastIn = tail[0].lastIndexOf(' in ');
    if (lastIn > 0 && claimed(end)) end = e.end + lastIn;
    const inside = out.filter((x) => x !== e && x.start >= e.end && x.end <= end);
    // (Only words no other name claims beyond the tail: "the Board of Control for Cricket in India" stays the analyser's.)
    if (inside.some((x) => x.cls === 'person' || x.cls === 'place') || straddles(out.filter((x) => x !== e && !inside.includes(x)), e.end, end)) continue;
    const name = text.slice(e.start, end);
    // (Under the lexicon's name where it knows the body: "South Asian Association for Regional Cooperation" is SAARC's.)
    // (A conference or convention on a subject is an event or a treaty, no body: its options are
    // never NGOs.)
    const known = organisationNamed(name);
    const cls = !known && /^(?:Conference|Convention)$/.test(lastWord(e.text)) ? 'term' : e.cls;
    out = replaceWith(out, [e, ...inside], { ...e, cls, text: name, canonical: known?.name ?? name, end });
  }
  return out;
}

/** "Ministry of Information", "Directorate of Art": a body of one field, its head first. */
const BODY_OF_ONE_FIELD = /^(?:[Tt]he\s+)?(?:Ministry|Department|Directorate|Commission|Council|Board|Institute|Academy|Bureau|Division)\s+of\s+\p{Lu}[\p{L}-]*$/u;
/** The last word of a body's own name: "Reserve Bank", "Indian Navy". */
const BODY_LAST = /\b(?:Bank|Navy|Army|Force|Forces|Police|Corporation|Company|Limited|Ltd|Authority|Commission|Council|Board|Agency|Institute|University|Court|Party|Organisation|Organization)$/;
/** " and Broadcasting", " and Civil Aviation": the second field, capitalised words after "and". */
const SECOND_FIELD = /^\s+(?:and|&)\s+((?:\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*){0,2})(?![\p{L}-])/u;

/**
 * "the Ministry of Information and Broadcasting", "the Directorate of Art and Culture": the analyser
 * ends a body's name at the "and" of its two fields; the second field is the name's (where it names
 * no body or place of its own: "the Ministry of Defence and Indian Navy" are two).
 */
export function joinBodyOfTwoFields(text: string, entities: Entity[]): Entity[] {
  if (!text.includes(' and ') && !text.includes(' & ')) return entities;
  let out = entities;
  for (const e of entities) {
    if (e.cls !== 'organisation' || !BODY_OF_ONE_FIELD.test(e.text)) continue;
    const m = SECOND_FIELD.exec(text.slice(e.end));
    // (Nor a body after it: "the Ministry of Finance and Reserve Bank of India", "… and Indian Navy".)
    if (!m || organisationNamed(m[1]) || regionNamed(m[1]) || countryOf(m[1]) || INSTITUTION_HEADS.has(m[1].split(/\s+/)[0]) || BODY_LAST.test(m[1])) continue;
    // ("… and Civil Aviation of Himachal", read as a term of its own: the field with where it serves.)
    const read = out.find((x) => x !== e && x.start === e.end + m[0].length - m[1].length && (x.cls === 'term' || x.cls === 'organisation'));
    if (read && organisationNamed(read.canonical)) continue;
    const end = Math.max(e.end + m[0].length, read?.end ?? 0);
    // (Only words no person or place claims: "… and Rajnath Singh" is someone else.)
    const inside = out.filter((x) => x !== e && x.start >= e.end && x.start < end);
    if (inside.some((x) => x.cls === 'person' || x.cls === 'place' || x.end > end)) continue;
    const name = text.slice(e.start, end);
    const known = organisationNamed(name);
    out = replaceWith(out, [e, ...inside], { ...e, text: name, canonical: known?.name ?? name, end });
  }
  return out;
}

/**
 * "the Punjab and Haryana High Court": the analyser reads the first state apart from the court
 * named after the second; a state and "<State> High Court" joined by "and" are one court, the
 * High Court two states share.
 */
export function joinSharedCourt(text: string, entities: Entity[]): Entity[] {
  if (!text.includes(' and ')) return entities;
  let out = entities;
  for (const court of entities) {
    if (court.cls !== 'organisation' || !/^\p{Lu}[\p{L}-]*\s+High Court$/u.test(court.text)) continue;
    const state = out.find((e) => e.cls === 'place' && e.placeKind === 'region' && /^\s+and\s+$/.test(text.slice(e.end, court.start)));
    if (!state) continue;
    const name = text.slice(state.start, court.end);
    out = replaceWith(out, [state, court], { ...court, text: name, canonical: organisationNamed(name)?.name ?? name, start: state.start });
  }
  return out;
}
