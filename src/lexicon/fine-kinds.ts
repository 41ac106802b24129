/**
 * Fine kinds: what a name is, finely enough that a question's options can all be of one kind
 * (a state with states, a river with rivers, a ministry with ministries), and the lexicon's
 * curated names of each kind, the options an article cannot supply itself.
 */
import { allCountries, countryNamed, countryOfCapital, countryOfDemonym, isFormerState, type Country } from './countries.js';
import { CONTINENTS } from './data/regions.js';
import { lexiconKey } from './key.js';
import { organisationKind, organisationNamed, organisations, type OrgKind } from './organisations.js';
import { cityNamed, regionNamed, riverNamed, riversNear, stateNamed, statesOf } from './places.js';
import { reEscape } from '../util/re-escape.js';

export type PlaceFineKind = 'country' | 'state' | 'city' | 'river' | 'continent' | 'region';

/** The kind of a place the lexicon knows by name, or null for a name it does not know. */
export function knownPlaceKind(name: string): PlaceFineKind | null {
  const bare = name.trim().replace(/^the\s+/i, '');
  if (CONTINENTS.some((c) => lexiconKey(c) === lexiconKey(bare))) return 'continent';
  if (countryNamed(bare) || isFormerState(bare)) return 'country';
  if (riverNamed(bare)) return 'river';
  if (stateNamed(bare)) return 'state';
  if (cityNamed(bare)) return 'city';
  return regionNamed(bare) ? 'region' : null;
}

/** A river by its name's shape: "Teesta River", "River Thames", "the Yamuna river". */
export function looksLikeRiver(name: string): boolean {
  return riverNamed(name) !== null || /^(?:the\s+)?(?:River\s+\p{Lu}|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+[Rr]iver$)/u.test(name.trim());
}

/** The country a place is in, when the lexicon knows it: a country itself, a capital's, a city's, a state's or a river's. */
export function countryOfPlace(name: string): Country | null {
  const home = countryNamed(name) ?? countryOfCapital(name) ?? countryOfDemonym(name);
  if (home) return home;
  const of = cityNamed(name)?.country ?? stateNamed(name)?.country ?? riverNamed(name)?.country;
  return of ? countryNamed(of) : null;
}

/** Curated states for a state answer: its country's (territories first for a territory). */
export function statesLike(state: string): string[] {
  const known = stateNamed(state);
  return known?.country ? statesOf(known.country, known.territory === true) : [];
}

/**
 * Curated rivers for a river answer, written as the answer writes its river ("Teesta River" →
 * "Torsa River", "River Thames" → "River Severn", "the Yamuna" → "Ganga"): its country's
 * first, then its region's.
 */
export function riversLike(river: string, country: string | null): string[] {
  const shape = /^(?:the\s+)?River\s/i.test(river) ? 'before' : /\s[Rr]iver$/.test(river) ? 'after' : 'bare';
  const home = country ?? riverNamed(river)?.country ?? null;
  return riversNear(home)
    .filter((r) => shape !== 'bare' || r.bare !== false)
    .map((r) => (shape === 'before' ? `River ${r.name}` : shape === 'after' && !/\sRiver$/.test(r.name) ? `${r.name} River` : r.name));
}

/** Kinds of body a country has its own of: options only from the answer's country. */
const NATIONAL_KINDS: ReadonlySet<OrgKind> = new Set(['ministry', 'agency', 'government-body', 'legislature', 'party']);

let countryPatterns: Map<string, RegExp> | null = null;

/** Whether a text names a country (by name, alias or demonym). Only for the countries that
 *  have bodies of their own in the lexicon. */
function namesCountry(text: string, country: string): boolean {
  countryPatterns ??= new Map();
  let re = countryPatterns.get(country);
  if (!re) {
    const c = allCountries().find((x) => x.name === country);
    const words = c ? [...c.aliases, ...c.demonyms] : [country];
    re = new RegExp(`(?<![\\p{L}])(?:${words.map(reEscape).join('|')})(?![\\p{L}])`, 'u');
    countryPatterns.set(country, re);
  }
  return re.test(text);
}

/**
 * Curated organisations of an organisation answer's kind. A country's own bodies (ministries,
 * agencies, parties …) only of the answer's own country or one `text` (the article) names: an
 * Indian ministry is no option for a US department.
 */
export function organisationsLike(answer: string, text: string): string[] {
  const kind = organisationKind(answer);
  if (!kind) return [];
  const home = organisationNamed(answer)?.country;
  // ("the Supreme Court", "the Bombay High Court": a country's court is chosen among a country's
  // courts, never beside the Permanent Court of Arbitration.)
  const national = kind === 'court' && /\b(?:Supreme|High) Court\b/.test(answer);
  return organisations(kind)
    .filter((o) => !o.country || !NATIONAL_KINDS.has(kind) || o.country === home || namesCountry(text, o.country))
    .filter((o) => !national || o.country)
    .map((o) => o.name);
}
