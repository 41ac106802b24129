/**
 * Places below and above countries: cities (capitals from the country data, well-known others),
 * states and provinces, rivers, regions and continents. Built on first use from the data
 * modules; read through the lexicon's API (index.ts).
 */
import { allCountries } from './countries.js';
import { CITIES_OF_KNOWN_STATE, CITY_SPELLINGS, INDIAN_SITES, MAJOR_CITIES } from './data/cities.js';
import { DISTRICT_SPELLINGS, INDIAN_DISTRICTS } from './data/districts.js';
import { CONTINENTS, LANDMASSES, SUBNATIONAL_REGIONS, WORLD_REGIONS } from './data/regions.js';
import { RIVERS, type River } from './data/rivers.js';
import { STATES, USUALLY_NOT_THE_STATE } from './data/states.js';
import { addFirst, lexiconKey, lookUp } from './key.js';

export interface City {
  name: string;
  country: string;
  /** A town or site to recognise, never offered as a stand-in for another city. */
  minor?: boolean;
  /** The state an Indian district is in, where only one state has a district of that name. */
  state?: string;
}

export type RegionKind = 'continent' | 'state' | 'region';

export interface Region {
  /** As news writes it, without a leading "the". */
  name: string;
  kind: RegionKind;
  /** The country a state or sub-national region is in. */
  country?: string;
  /** A union or federal territory rather than a state. */
  territory?: boolean;
}

interface PlaceIndex {
  cities: Map<string, City>;
  regions: Map<string, Region>;
  /** Every state by name, those named like something else too. */
  states: Map<string, Region>;
  rivers: Map<string, River>;
}

function build(): PlaceIndex {
  const cities = new Map<string, City>();
  // A capital of a sovereign state wins over a territory's of the same name.
  for (const c of [...allCountries()].sort((x, y) => Number(y.independent) - Number(x.independent))) {
    for (const cap of c.capitals) addFirst(cities, cap, { name: cap, country: c.name });
  }
  for (const [city, country] of Object.entries(MAJOR_CITIES)) addFirst(cities, city, { name: city, country });
  for (const site of INDIAN_SITES) addFirst(cities, site, { name: site, country: 'India', minor: true });
  addDistricts(cities);
  for (const [spelling, name] of Object.entries(CITY_SPELLINGS)) cities.set(lexiconKey(spelling), { name, country: cities.get(lexiconKey(name))?.country ?? 'United States' });

  const regions = new Map<string, Region>();
  const states = new Map<string, Region>();
  for (const name of [...CONTINENTS, ...LANDMASSES]) addFirst(regions, name, { name, kind: 'continent' });
  for (const name of WORLD_REGIONS) addFirst(regions, name, { name, kind: 'region' });
  for (const [country, list] of Object.entries(STATES)) {
    for (const name of list.states) addFirst(states, name, { name, kind: 'state', country });
    for (const name of list.territories ?? []) addFirst(states, name, { name, kind: 'state', country, territory: true });
  }
  for (const [key, state] of states) if (!USUALLY_NOT_THE_STATE.includes(state.name)) addFirst(regions, key, state);
  for (const [country, names] of Object.entries(SUBNATIONAL_REGIONS)) for (const name of names) addFirst(regions, name, { name, kind: 'region', country });

  const rivers = new Map<string, River>();
  for (const r of RIVERS) {
    for (const n of [r.name, ...(r.aliases ?? [])]) {
      addFirst(rivers, `${n} River`, r);
      addFirst(rivers, `River ${n}`, r);
      if (r.bare !== false) addFirst(rivers, n, r);
    }
  }
  return { cities, regions, states, rivers };
}

/** India's districts as towns to recognise, each with its state; a city the lists above hold
 *  already gains its state. ("Aurangabad" is a district of two states: it gains none.) */
function addDistricts(cities: Map<string, City>): void {
  const statesOf = new Map<string, string[]>();
  for (const [state, names] of Object.entries(INDIAN_DISTRICTS)) for (const name of names) statesOf.set(name, [...(statesOf.get(name) ?? []), state]);
  for (const [spelling, name] of Object.entries(DISTRICT_SPELLINGS)) if (!statesOf.has(spelling)) statesOf.set(spelling, statesOf.get(name) ?? []);
  for (const [name, states] of statesOf) {
    const key = lexiconKey(name);
    const had = cities.get(key);
    const state = states.length === 1 ? { state: states[0] } : {};
    if (!had) cities.set(key, { name, country: 'India', minor: true, ...state });
    else if (had.country === 'India' && !had.state) cities.set(key, { ...had, ...state });
  }
}

/** Districts of an Indian state, in the lexicon's spellings. */
export function districtsOf(state: string): readonly string[] {
  return INDIAN_DISTRICTS[state] ?? [];
}

let index: PlaceIndex | null = null;
const placeIndex = (): PlaceIndex => (index ??= build());

/** A capital or well-known city, in its canonical spelling, with its country. */
export function cityNamed(name: string): City | null {
  return lookUp(placeIndex().cities, name) ?? null;
}

const KNOWN_STATE = new Set(CITIES_OF_KNOWN_STATE.map((c) => c.toLowerCase()));
/** Whether every reader knows which state a city is in (a metro, a state capital). */
export function stateKnownOf(city: string): boolean {
  return KNOWN_STATE.has(city.trim().toLowerCase());
}

/** A continent, part of the world, state or sub-national region known by name alone. */
export function regionNamed(name: string): Region | null {
  return lookUp(placeIndex().regions, name) ?? null;
}

/** A continent's or part of the world's adjective ("Asian", "European", "African"): a region that
 *  is not a state or sub-national one, its name with "n" or "an" after it. */
export function regionOfAdjective(word: string): Region | null {
  if (!word.endsWith('n')) return null;
  const region = regionNamed(word.slice(0, -1)) ?? (word.endsWith('an') ? regionNamed(word.slice(0, -2)) : null);
  return region && (region.kind === 'continent' || (region.kind === 'region' && !region.country)) ? region : null;
}

/** A state, province or territory, also those whose names usually mean something else ("Georgia"). */
export function stateNamed(name: string): Region | null {
  return lookUp(placeIndex().states, name) ?? null;
}

/** A river, as "the X", "X River" or "River X" (bare only where the name means nothing else). */
export function riverNamed(name: string): River | null {
  return lookUp(placeIndex().rivers, name) ?? null;
}

/** States of a country (its territories first when `territories`). */
export function statesOf(country: string, territories = false): string[] {
  const list = STATES[country];
  if (!list) return [];
  return territories ? [...(list.territories ?? []), ...list.states] : [...list.states];
}

/** Rivers the lexicon knows, of one country first then the rest of its region. */
export function riversNear(country: string | null): River[] {
  if (!country) return [...RIVERS];
  const home = allCountries().find((c) => c.name === country);
  const sameRegion = (r: River) => allCountries().find((c) => c.name === r.country)?.subregion === home?.subregion;
  return [...RIVERS.filter((r) => r.country === country), ...RIVERS.filter((r) => r.country !== country && sameRegion(r))];
}

/** Continents a wrong option may name: people live and trade there (no "biologists from Antarctica"). */
export function continents(): readonly string[] {
  return CONTINENTS.filter((c) => c !== 'Antarctica');
}

/** Every continent, region and state known by name alone. */
export function allRegions(): Region[] {
  return [...new Set(placeIndex().regions.values())];
}

/** A country's capital and well-known cities, in canonical spellings. */
export function citiesOf(country: string): string[] {
  const names = new Set<string>();
  for (const city of placeIndex().cities.values()) if (city.country === country && !city.minor) names.add(city.name);
  return [...names];
}
