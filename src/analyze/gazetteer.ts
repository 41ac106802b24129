/**
 * Country, city, region and organisation lookups, built once at module load from
 * world-countries and i18n-iso-countries plus the small curated lists in ./data.
 * Keys are normalised (normalizeKey), so "U.S.", "US" and "us" meet.
 */
import { createRequire } from 'node:module';
import type { PlaceKind } from '../types.js';
import { normalizeKey } from '../util/ids.js';
import { worldCountries as loadWorldCountries } from '../util/world-countries.js';
import { MAJOR_CITIES } from './data/cities.js';
import { ORGANISATIONS } from './data/organisations.js';
import { CONTINENTS, WORLD_REGIONS, regionKind } from './data/regions.js';

export interface CountryInfo {
  name: string;
  region: string;
  subregion: string;
  capital?: string;
}

// i18n-iso-countries ships CommonJS with a JSON payload; require() loads it the same way on every Node.
const require = createRequire(import.meta.url);
const worldCountries = loadWorldCountries();
// Only the English names: the package's entry point loads every language (~35 ms at start-up).
const isoEnglish = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };

/** Names English news uses where the package's common name differs. */
const DISPLAY_NAME: Record<string, string> = { Türkiye: 'Turkey' };

/** Aliases the packages lack; short codes are listed here because package codes ("IN") are words too. */
const EXTRA_ALIASES: Record<string, readonly string[]> = {
  'United States': ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America', 'the States'],
  'United Kingdom': ['UK', 'U.K.', 'Britain', 'Great Britain'],
  'United Arab Emirates': ['UAE', 'U.A.E.', 'Emirates'],
  'North Korea': ['DPRK'],
  'DR Congo': ['DRC'],
  'Netherlands': ['Holland'],
  Myanmar: ['Burma'],
  Turkey: ['Türkiye', 'Turkiye'],
  'South Korea': ['Korea'],
  Czechia: ['Czech Republic'],
  Eswatini: ['Swaziland'],
  'Vatican City': ['Holy See', 'Vatican'],
  'Timor-Leste': ['East Timor'],
  'New Zealand': ['NZ'],
  'South Africa': ['RSA'],
};

/** Demonyms the packages lack (plurals and people-nouns are added by rule below). */
const EXTRA_DEMONYMS: Record<string, readonly string[]> = {
  'United States': ['US', 'U.S.', 'American'],
  'United Kingdom': ['UK', 'U.K.', 'British', 'Briton', 'Britons'],
  Netherlands: ['Dutch'],
  Philippines: ['Philippine', 'Filipino'],
  Turkey: ['Turkish', 'Turk', 'Turks'],
  'South Korea': ['Korean'],
  Switzerland: ['Swiss'],
  Sweden: ['Swede', 'Swedes'],
  Denmark: ['Dane', 'Danes'],
  Finland: ['Finn', 'Finns'],
  Poland: ['Pole', 'Poles'],
  Thailand: ['Thai'],
  Bangladesh: ['Bangladeshi'],
  Pakistan: ['Pakistani'],
  Israel: ['Israeli'],
  Iraq: ['Iraqi'],
  Afghanistan: ['Afghan', 'Afghani'],
  Kuwait: ['Kuwaiti'],
  'New Zealand': ['Kiwi'],
};

interface CountryRecord extends CountryInfo {
  cca2: string;
}

const countries: CountryRecord[] = [];
/** normalised name/alias → country */
const countryByName = new Map<string, CountryRecord>();
/** normalised demonym → country */
const countryByDemonym = new Map<string, CountryRecord>();
const cityToCountry = new Map<string, { name: string; country: string }>();
const regionNames = new Map<string, { name: string; kind: PlaceKind }>();
const organisationNames = new Map<string, string>();

function addName(map: Map<string, CountryRecord>, name: string, rec: CountryRecord): void {
  const key = normalizeKey(name);
  if (key && !map.has(key)) map.set(key, rec);
}

for (const c of worldCountries) {
  const name = DISPLAY_NAME[c.name.common] ?? c.name.common;
  const rec: CountryRecord = { name, region: c.region, subregion: c.subregion, capital: c.capital[0], cca2: c.cca2 };
  countries.push(rec);
}
// Common names first so an alias never shadows a real name ("Congo" is both Congos' alias).
for (const rec of countries) addName(countryByName, rec.name, rec);
const byCode = new Map(countries.map((r) => [r.cca2, r]));
// Sovereign states first, so a shared demonym or alias ("French") means the state, not a territory.
const sovereignFirst = [...worldCountries].sort((x, y) => Number(y.independent === true) - Number(x.independent === true));
for (const c of sovereignFirst) {
  const rec = byCode.get(c.cca2)!;
  addName(countryByName, c.name.common, rec);
  addName(countryByName, c.name.official, rec);
  for (const alt of c.altSpellings) if (alt.length > 3 && alt !== c.cca2 && /^[\p{L} .,'’()-]+$/u.test(alt)) addName(countryByName, alt, rec);
  const dem = c.demonyms?.eng;
  if (dem) {
    for (const d of [dem.m, dem.f]) {
      addName(countryByDemonym, d, rec);
      // People-nouns: "Afghans", "Americans" ("Chinese", "Swiss" have none).
      if (/[^sh]$/.test(d)) addName(countryByDemonym, `${d}s`, rec);
    }
  }
}
for (const [code, value] of Object.entries(isoEnglish.countries)) {
  const rec = byCode.get(code);
  const names = Array.isArray(value) ? value : [value];
  if (rec) for (const n of names) if (n.length > 3) addName(countryByName, n.replace(/^(.*), (.*)$/, '$2 $1'), rec);
}
const byDisplay = new Map(countries.map((r) => [r.name, r]));
for (const [name, aliases] of Object.entries(EXTRA_ALIASES)) {
  const rec = byDisplay.get(name);
  if (rec) for (const a of aliases) countryByName.set(normalizeKey(a), rec);
}
for (const [name, dems] of Object.entries(EXTRA_DEMONYMS)) {
  const rec = byDisplay.get(name);
  if (rec) for (const d of dems) countryByDemonym.set(normalizeKey(d), rec);
}

for (const rec of countries) {
  if (rec.capital) cityToCountry.set(normalizeKey(rec.capital), { name: rec.capital, country: rec.name });
}
for (const [city, country] of Object.entries(MAJOR_CITIES)) {
  const key = normalizeKey(city);
  if (!cityToCountry.has(key)) cityToCountry.set(key, { name: city, country });
}
cityToCountry.set(normalizeKey('Washington D.C.'), { name: 'Washington, D.C.', country: 'United States' });
cityToCountry.set(normalizeKey('Washington DC'), { name: 'Washington, D.C.', country: 'United States' });

for (const r of [...CONTINENTS, ...WORLD_REGIONS]) {
  const name = r.replace(/^the /, '');
  const key = normalizeKey(r);
  if (!regionNames.has(key)) regionNames.set(key, { name, kind: regionKind(name) });
}

for (const [canonical, aliases] of Object.entries(ORGANISATIONS)) {
  organisationNames.set(normalizeKey(canonical), canonical);
  for (const a of aliases) organisationNames.set(normalizeKey(a), canonical);
}

/**
 * Look-up keys, memoised: the same few hundred names are looked up again and again, and
 * normalising (Unicode folding, a regex) costs more than the Map look-up itself.
 */
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

function keyOf(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    key = normalizeKey(name);
    keyCache.set(name, key);
  }
  return key;
}

/** The country a name, alias or demonym stands for ("Japanese" → Japan, "U.S." → United States). */
export function countryOf(name: string): CountryInfo | null {
  const key = keyOf(name.replace(/[’']s$/, ''));
  const rec = countryByName.get(key) ?? countryByDemonym.get(key);
  return rec ? publicInfo(rec) : null;
}

/** The country a name stands for, only as a name or alias (not as a demonym). */
export function countryByCountryName(name: string): CountryInfo | null {
  const rec = countryByName.get(keyOf(name));
  return rec ? publicInfo(rec) : null;
}

/** The country whose demonym this is ("Russian" → Russia). */
export function countryByDemonymWord(word: string): CountryInfo | null {
  const rec = countryByDemonym.get(keyOf(word));
  return rec ? publicInfo(rec) : null;
}

/** Every country and territory, for distractors. */
export function allCountries(): CountryInfo[] {
  return countries.map(publicInfo);
}

/** A capital or a well-known city. */
export function isCity(name: string): boolean {
  return cityToCountry.has(keyOf(name));
}

/** Canonical spelling of a known city, or null. */
export function cityName(name: string): string | null {
  return cityToCountry.get(keyOf(name))?.name ?? null;
}

/** Country of a capital or well-known city ("Tokyo" → "Japan"), or null. */
export function cityCountry(name: string): string | null {
  return cityToCountry.get(keyOf(name))?.country ?? null;
}

/** A continent or world/sub-national region with its kind, or null. */
export function regionOf(name: string): { name: string; kind: PlaceKind } | null {
  return regionNames.get(keyOf(name)) ?? null;
}

/** A well-known organisation or news agency (by name or alias). */
export function isOrganisation(name: string): boolean {
  return organisationNames.has(keyOf(name));
}

/** Canonical name of a well-known organisation ("UN" → "United Nations"), or null. */
export function organisationName(name: string): string | null {
  return organisationNames.get(keyOf(name)) ?? null;
}

function publicInfo(rec: CountryRecord): CountryInfo {
  const info: CountryInfo = { name: rec.name, region: rec.region, subregion: rec.subregion };
  if (rec.capital) info.capital = rec.capital;
  return info;
}

/** Place names that hold an " and " (regions and countries), longest first. */
let andNames: string[] | null = null;
export function placeNamesWithAnd(): readonly string[] {
  andNames ??= [...new Set([...regionNames.values()].map((r) => r.name).concat(allCountries().map((c) => c.name)))]
    .filter((n) => n.includes(' and '))
    .sort((a, b) => b.length - a.length);
  return andNames;
}
