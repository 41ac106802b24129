/**
 * "The Indian Institute of Technology (IIT), Delhi is the best-ranked …": an institution of many
 * campuses, its short form and the city of the campus are one name, "IIT Delhi" — the name the
 * article goes on using. Without this the blank is the network's name and the city is lost.
 */
import type { Entity, Sentence } from '../types.js';
import { cityNamed, regionNamed } from '../lexicon/index.js';
import { initials, isAcronymOf } from '../util/acronym.js';
import { replaceSpan } from './entity-spans.js';

/** Institutions that have campuses in many cities. */
const INSTITUTION = /\b(?:Institute|Institutes|University|College|Academy|School|Sciences|Management|Technology)\b/;
/** "(IIT), Delhi", "(AIIMS) New Delhi": the short form, then the campus's city. */
// ("(IISc) Bengaluru": a short form may end on a small letter.)
const CAMPUS_AFTER = /^\s*\((\p{Lu}{2,7}\p{Ll}?)\),?\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)/u;

/** "The Indian Institute of Technology, Bombay has risen …": a network of campuses named in full,
 *  a comma, then its campus's one-word name (an old city name, "Bombay", "Madras", included). */
const NETWORK = /^(?:the\s+)?(?:Indian Institutes? of (?:Technology|Management|Science|Information Technology|Science Education and Research)|All India Institute of Medical Sciences|National Institute of Technology)$/i;
/** Campus towns the lexicon's cities leave out, and the old city names IITs keep. */
const CAMPUS_TOWN = /^(?:Bombay|Madras|Calcutta|Kharagpur|Roorkee|Ropar|Mandi|Dhanbad|Palakkad|Dharwad|Bhilai|Jodhpur|Kozhikode|Tiruchirappalli|Warangal|Surathkal|Calicut)$/;
/** Short forms of networks with campuses in many cities ("IIT", "AIIMS", "NIT", "IISER"); a lone
 *  institute's ("INST", Mohali) is named without its town. */
const NETWORK_SHORT = /^(?:II[A-Z]{1,4}|IISc|AIIMS|NITs?|NIFT|NID|NIPER|NLU|PGIMER?|ESIC|KVs?|IGNOU)$/;
const CAMPUS_COMMA = /^,\s+(\p{Lu}\p{Ll}{2,})(?=\s+(?:has|have|had|is|was|were|are|will|on|in|ranked|rose|topped|\p{Ll}+ed)\b|[,.;])/u;

export function withCampusNames(sentences: readonly Sentence[]): void {
  for (const s of sentences) {
    for (const e of s.entities) {
      if (e.cls !== 'organisation' || !NETWORK.test(e.text)) continue;
      const m = CAMPUS_COMMA.exec(s.text.slice(e.end));
      // (A known city only: "at the Indian Institute of Science, Gadgil founded …" is a person.)
      if (!m || !(cityNamed(m[1]) || CAMPUS_TOWN.test(m[1]))) continue;
      const end = e.end + m[0].length;
      s.entities = replaceSpan(s.entities, { text: s.text.slice(e.start, end), cls: 'organisation', start: e.start, end, canonical: `${initials(e.text.replace(/^the\s+/i, '').split(/\s+/))} ${m[1]}` } satisfies Entity);
    }
    if (!s.text.includes('(')) continue;
    for (const e of s.entities) {
      if (e.cls !== 'organisation' || !INSTITUTION.test(e.text)) continue;
      const m = CAMPUS_AFTER.exec(s.text.slice(e.end));
      if (!m || !NETWORK_SHORT.test(m[1]) || !isAcronymOf(m[1], e.text)) continue;
      // (The longest known city: "New Delhi", else "Delhi" of "Delhi is …".)
      const city = [m[2], m[2].split(/\s/)[0]].find((c) => cityNamed(c) !== null || regionNamed(c) !== null || CAMPUS_TOWN.test(c));
      if (!city) continue;
      const end = e.end + m[0].length - (m[2].length - city.length);
      const campus: Entity = { text: s.text.slice(e.start, end), cls: 'organisation', start: e.start, end, canonical: `${m[1]} ${city}` };
      s.entities = replaceSpan(s.entities, campus);
    }
  }
}
